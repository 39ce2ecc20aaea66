"""Webhook JSON of the sending services: golden records, the parse() hook, scan over .json and
.jsonl files, signature checks per scheme, and random JSON that must never crash."""
from __future__ import annotations

import base64
import copy
import datetime
import gzip
import hashlib
import hmac
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import bouncekit
from bouncekit.formats.webhooks import parse_json
from bouncekit.formats.webhooks.signatures import sns_signing_string
from bouncekit.model import Kind
from bouncekit.rules.webhooks import WEBHOOK_RULES
from conftest import CORPUS

WEBHOOKS = CORPUS / "webhooks"
DOCS = sorted(p for p in WEBHOOKS.rglob("*") if p.is_file() and p.suffix in (".json", ".jsonl")
              and not p.name.endswith(".expected.json"))
PROVIDERS = ("amazonses", "sendgrid", "mailgun", "postmark", "sparkpost")


def _id(p: Path) -> str:
    return str(p.relative_to(WEBHOOKS))


def _expected(p: Path) -> Path:
    return p.with_name(p.name.rsplit(".", 1)[0] + ".expected.json")


def _golden_kinds(provider: str) -> set[tuple[str, str | None]]:
    out = set()
    for p in DOCS:
        if p.parent.name == provider:
            for rec in json.loads(_expected(p).read_text(encoding="utf-8"))["records"]:
                out.add((rec["kind"], rec["severity"]))
    return out


# -- golden files ---------------------------------------------------------------------------------

def test_every_document_has_its_golden_file():
    assert DOCS
    assert [_id(p) for p in DOCS if not _expected(p).exists()] == []


@pytest.mark.parametrize("provider", PROVIDERS)
def test_each_family_has_hard_and_soft_bounces_complaints_and_deliveries(provider: str):
    kinds = _golden_kinds(provider)
    assert ("bounce", "hard") in kinds
    assert ("bounce", "soft") in kinds or ("delay", "soft") in kinds
    assert ("complaint", None) in kinds
    assert ("delivered", None) in kinds
    assert sum(1 for p in DOCS if p.parent.name == provider) >= 5


@pytest.mark.parametrize("path", DOCS, ids=_id)
def test_golden(path: Path):
    want = json.loads(_expected(path).read_text(encoding="utf-8"))
    report = bouncekit.parse(path.read_bytes(), source=path.name)
    got = report.to_dicts()
    assert report.kind.value == want["kind"], got
    assert report.parser == want["parser"], got
    assert len(got) == len(want["records"]), got
    for g, w in zip(got, want["records"]):
        assert g["source"] == path.name
        for field, value in w.items():
            assert g[field] == value, f"{field}: want {value!r} got {g[field]!r}\n{g}"
        if "rule" not in w:  # the diagnostic decided, through classify (its rule ids are its own)
            assert g["rule"] and not g["rule"].startswith("webhook."), g
    for name, value in want.get("original_headers", {}).items():
        assert report.original_headers.get(name) == value


def test_every_rule_id_is_unique_per_meaning_and_named_for_its_provider():
    seen: dict[str, tuple[Any, Any]] = {}
    for (provider, _key), row in WEBHOOK_RULES.items():
        assert row.id.startswith(f"webhook.{provider}."), row.id
        meaning = (row.kind, row.reason)
        assert seen.setdefault(row.id, meaning) == meaning, row.id
        assert (row.reason is None) == (row.kind is Kind.NOT_BOUNCE), row.id


# -- the parse() hook and the inputs it takes -----------------------------------------------------

def _doc(rel: str) -> Any:
    return json.loads((WEBHOOKS / rel).read_text(encoding="utf-8"))


def test_parse_json_takes_bytes_text_and_decoded_objects_alike():
    path = WEBHOOKS / "sendgrid" / "batch-mixed.json"
    raw = path.read_bytes()
    want = bouncekit.parse(raw).to_dicts()
    assert len(want) == 5
    assert parse_json(raw).to_dicts() == want
    assert parse_json(raw.decode()).to_dicts() == want
    assert parse_json(json.loads(raw)).to_dicts() == want
    assert bouncekit.parse("\ufeff  \n" + raw.decode()).to_dicts() == want
    assert bouncekit.parse_json is parse_json


def test_records_keep_event_order_and_skip_events_that_say_nothing_about_delivery():
    recs = parse_json(_doc("sendgrid/batch-mixed.json")).records
    # processed, open and click give no record; the rest in the order of the array
    assert [r.provider_type for r in recs] == [
        "delivered", "bounce/Invalid Address", "dropped/Unsubscribed Address", "spamreport", "deferred"]
    assert [r.kind for r in recs] == [Kind.DELIVERED, Kind.BOUNCE, Kind.SUPPRESSED, Kind.COMPLAINT, Kind.DELAY]


def test_a_suppression_is_not_a_new_bounce():
    for rel in ("amazonses/sns-bounce-onaccountsuppressionlist.json", "sendgrid/dropped-bounced-address.json",
                "mailgun/failed-suppress-bounce.json", "sparkpost/policy-rejection-suppressed.json",
                "postmark/manually-deactivated.json"):
        report = parse_json(_doc(rel))
        assert report.kind is Kind.SUPPRESSED, rel
        assert [r.reason.value for r in report.records] == ["suppressed"], rel  # type: ignore[union-attr]


def test_json_lines_given_to_parse_are_one_report_in_order():
    report = bouncekit.parse((WEBHOOKS / "postmark" / "exported-events.jsonl").read_bytes())
    assert [r.kind for r in report.records] == [Kind.BOUNCE, Kind.COMPLAINT, Kind.DELIVERED]
    assert report.kind is Kind.BOUNCE


@pytest.mark.parametrize("data, why", [
    (b"{", "malformed JSON"),
    (b'[{"a": 1}] {"b": ', "malformed JSON (document 2)"),
    (b'{"a": "\xff"}', "not UTF-8"),
    (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
])
def test_bad_json_is_one_error_record(data: bytes, why: str):
    report = bouncekit.parse(data, source="x.json")
    assert report.kind is Kind.ERROR
    [rec] = report.records
    assert rec.kind is Kind.ERROR and rec.source == "x.json"
    assert why in (rec.error or "")


@pytest.mark.parametrize("doc", [{}, [], {"Type": "Notification"}, [{"event": "bounce"}], {"msys": 3}, "text", 7, None])
def test_json_that_is_none_of_the_services_is_one_not_bounce_record(doc: Any):
    [rec] = parse_json(json.dumps(doc)).records
    assert rec.kind is Kind.NOT_BOUNCE and rec.recipient is None


def test_the_original_headers_come_from_the_event_where_it_has_them():
    report = parse_json(_doc("amazonses/sns-bounce-permanent-general.json"))
    assert report.original_headers.get("x-campaign-id") == "weekly-2026-47"
    assert parse_json(_doc("sendgrid/batch-mixed.json")).original_headers.get("subject") is None


def test_suppressed_records_serialise():
    rec = parse_json(_doc("sendgrid/dropped-bounced-address.json")).records[0]
    assert json.loads(rec.to_json()) == rec.to_dict()
    assert rec.to_dict()["kind"] == "suppressed"


# -- scan over webhook files ----------------------------------------------------------------------

def test_scan_reads_json_files_as_one_document_and_json_lines_as_one_per_line(tmp_path: Path):
    hooks = tmp_path / "hooks"
    hooks.mkdir()
    for rel in ("postmark/hard-bounce.json", "sparkpost/batch-mixed.json"):
        (hooks / rel.replace("/", "-")).write_bytes((WEBHOOKS / rel).read_bytes())
    lines = [json.dumps(_doc(rel)) for rel in ("mailgun/delivered.json", "sendgrid/spamreport.json")]
    (hooks / "z-export.jsonl").write_text(lines[0] + "\n\n" + lines[1] + "\n{broken\n")
    with gzip.open(hooks / "z-export2.jsonl.gz", "wt") as f:
        f.write(lines[1] + "\n")
    reports = list(bouncekit.scan(hooks))
    sources = [r.source.rsplit("/", 1)[-1] for r in reports]
    assert sources == ["postmark-hard-bounce.json", "sparkpost-batch-mixed.json", "z-export.jsonl:1",
                       "z-export.jsonl:2", "z-export.jsonl:3", "z-export2.jsonl.gz:1"]
    assert [r.kind for r in reports] == [Kind.BOUNCE, Kind.BOUNCE, Kind.DELIVERED, Kind.COMPLAINT, Kind.ERROR,
                                         Kind.COMPLAINT]
    assert len(reports[1].records) == 4
    assert [r.to_dicts() for r in bouncekit.scan(hooks, jobs=2)] == [r.to_dicts() for r in reports]


def test_cli_scan_writes_webhook_records(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    from bouncekit.cli import main

    path = tmp_path / "ses.json"
    path.write_bytes((WEBHOOKS / "amazonses" / "event-bounce-noemail-two-recipients.json").read_bytes())
    assert main(["scan", str(path)]) in (0, None)
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [x["provider_type"] for x in lines] == ["Permanent/NoEmail", "Permanent/NoEmail"]


# -- signatures -----------------------------------------------------------------------------------

def _self_signed() -> tuple[Any, bytes]:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "sns.test.invalid")])
    now = datetime.datetime.now(datetime.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now)
            .not_valid_after(now + datetime.timedelta(days=1)).sign(key, hashes.SHA256()))
    return key, cert.public_bytes(serialization.Encoding.PEM)


@pytest.fixture(scope="module")
def sns_key() -> tuple[Any, bytes]:
    pytest.importorskip("cryptography")
    return _self_signed()


def _sign_sns(message: dict[str, Any], key: Any, version: str) -> dict[str, Any]:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import padding

    message = dict(message, SignatureVersion=version)
    signed = sns_signing_string(message)
    assert signed is not None
    algorithm = hashes.SHA1() if version == "1" else hashes.SHA256()
    message["Signature"] = base64.b64encode(key.sign(signed, padding.PKCS1v15(), algorithm)).decode()
    return message


@pytest.mark.parametrize("version", ["1", "2"])
@pytest.mark.parametrize("rel", ["amazonses/sns-bounce-permanent-general.json",
                                 "amazonses/sns-subscription-confirmation.json"])
def test_sns_signature(sns_key: tuple[Any, bytes], version: str, rel: str):
    key, cert = sns_key
    message = _sign_sns(_doc(rel), key, version)
    assert bouncekit.verify_sns_signature(message, cert)
    assert bouncekit.verify_sns_signature(json.dumps(message), cert.decode())
    tampered = dict(message, Message=message["Message"].replace("a", "b", 1))
    assert not bouncekit.verify_sns_signature(tampered, cert)
    assert not bouncekit.verify_sns_signature(dict(message, SignatureVersion="3"), cert)
    assert not bouncekit.verify_sns_signature({k: v for k, v in message.items() if k != "Timestamp"}, cert)
    _, other_cert = _self_signed()
    assert not bouncekit.verify_sns_signature(message, other_cert)
    assert not bouncekit.verify_sns_signature(message, b"not a certificate")
    assert not bouncekit.verify_sns_signature(dict(message, Signature="%%%"), cert)


def test_sns_signature_of_a_notification_without_subject(sns_key: tuple[Any, bytes]):
    key, cert = sns_key
    message = {k: v for k, v in _doc("amazonses/sns-bounce-transient-general.json").items() if k != "Subject"}
    message = _sign_sns(message, key, "2")
    assert bouncekit.verify_sns_signature(message, cert)
    assert not bouncekit.verify_sns_signature(dict(message, Subject="added"), cert)


@pytest.mark.parametrize("url, ok", [
    ("https://sns.eu-west-1.amazonaws.com/SimpleNotificationService-01d088a6f77103d0fe307c0069e40ed6.pem", True),
    ("https://sns.cn-north-1.amazonaws.com.cn/SimpleNotificationService-abc.pem", True),
    ("http://sns.eu-west-1.amazonaws.com/SimpleNotificationService-abc.pem", False),
    ("https://sns.eu-west-1.amazonaws.com.attacker.example/x.pem", False),
    ("https://attacker.example/sns.eu-west-1.amazonaws.com/x.pem", False),
    ("https://sns.eu-west-1.amazonaws.com/x.txt", False),
    ("not a url", False),
])
def test_sns_certificate_url(url: str, ok: bool):
    assert bouncekit.sns_certificate_url_ok(url) is ok


def test_sendgrid_signature():
    pytest.importorskip("cryptography")
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    key = ec.generate_private_key(ec.SECP256R1())
    der = key.public_key().public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    pem = key.public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    public = base64.b64encode(der).decode()  # as SendGrid shows the verification key
    body = (WEBHOOKS / "sendgrid" / "batch-mixed.json").read_bytes()
    timestamp = "1795342800"
    signature = base64.b64encode(key.sign(timestamp.encode() + body, ec.ECDSA(hashes.SHA256()))).decode()
    assert bouncekit.verify_sendgrid_signature(body, signature, timestamp, public)
    assert bouncekit.verify_sendgrid_signature(body.decode(), signature, timestamp, pem)
    assert not bouncekit.verify_sendgrid_signature(body + b" ", signature, timestamp, public)
    assert not bouncekit.verify_sendgrid_signature(body, signature, "1795342801", public)
    other = ec.generate_private_key(ec.SECP256R1()).public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    assert not bouncekit.verify_sendgrid_signature(body, signature, timestamp, base64.b64encode(other).decode())
    assert not bouncekit.verify_sendgrid_signature(body, "not base64!", timestamp, public)
    assert not bouncekit.verify_sendgrid_signature(body, signature, timestamp, "bm90IGEga2V5")


def test_mailgun_signature():
    signing_key = "key-3ax6xnjp29jd6fds4gc373sgvjxteol0"
    doc = _doc("mailgun/failed-permanent-bounce.json")
    sig = doc["signature"]
    good = hmac.new(signing_key.encode(), (sig["timestamp"] + sig["token"]).encode(), hashlib.sha256).hexdigest()
    assert bouncekit.verify_mailgun_signature(signing_key, sig["timestamp"], sig["token"], good)
    assert bouncekit.verify_mailgun_signature(signing_key.encode(), int(sig["timestamp"]), sig["token"], good.upper())
    # the signature written in the sample was not made with this key
    assert not bouncekit.verify_mailgun_signature(signing_key, sig["timestamp"], sig["token"], sig["signature"])
    assert not bouncekit.verify_mailgun_signature(signing_key, sig["timestamp"], sig["token"] + "x", good)
    assert not bouncekit.verify_mailgun_signature("", sig["timestamp"], sig["token"], good)
    assert not bouncekit.verify_mailgun_signature(signing_key, None, sig["token"], good)  # type: ignore[arg-type]


# -- random input ---------------------------------------------------------------------------------

_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=12), inner, max_size=6),
    max_leaves=30,
)
# the keys the readers look at, so random documents get past their first checks
_KEYS = st.sampled_from(["Type", "TopicArn", "Message", "notificationType", "eventType", "mail", "bounce",
                         "bouncedRecipients", "event", "email", "sg_event_id", "event-data", "id", "timestamp",
                         "recipient", "delivery-status", "RecordType", "TypeCode", "Email", "BouncedAt",
                         "MessageID", "msys", "message_event", "type", "bounce_class", "items", "paging"])


def _check(report: bouncekit.Report) -> None:
    assert report.records
    assert report.kind is not Kind.ERROR, report.records[0].error  # valid JSON: a reader never fails
    for rec in report.records:
        assert isinstance(rec.kind, Kind)
        json.loads(rec.to_json())
        if rec.kind in (Kind.BOUNCE, Kind.DELAY, Kind.SUPPRESSED):
            assert rec.reason is not None and rec.rule


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_json)
def test_random_json_never_crashes(doc: Any):
    _check(parse_json(json.dumps(doc)))
    _check(bouncekit.parse(json.dumps(doc).encode()))


_SAMPLES = [json.loads(p.read_text(encoding="utf-8")) for p in DOCS if p.suffix == ".json" and p.parent.name != "other"]


def _mutate(doc: Any, path: list[int], value: Any) -> Any:
    """``doc`` with one value, reached by following ``path`` through its containers, replaced."""
    doc = copy.deepcopy(doc)
    node, parent, slot = doc, None, None
    for step in path:
        if isinstance(node, dict) and node:
            slot = sorted(node)[step % len(node)]
        elif isinstance(node, list) and node:
            slot = step % len(node)
        else:
            break
        parent, node = node, node[slot]
    if parent is None:
        return value
    parent[slot] = value
    return doc


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(_SAMPLES), st.lists(st.integers(0, 50), max_size=8), _json, st.dictionaries(_KEYS, _json, max_size=3))
def test_provider_documents_with_a_random_value_never_crash(doc: Any, path: list[int], value: Any, extra: dict):
    mutated = _mutate(doc, path, value)
    if isinstance(mutated, dict):
        mutated.update(extra)
    if not isinstance(mutated, str):  # a str given to parse_json is JSON text, not a decoded value
        _check(parse_json(mutated))
    _check(parse_json(json.dumps(mutated)))


# -- the documentation's examples -----------------------------------------------------------------

_DOC = Path(__file__).resolve().parent.parent / "docs" / "webhooks.md"


def _doc_blocks() -> list[str]:
    import re

    return re.findall(r"```python\n(.*?)```", _DOC.read_text(encoding="utf-8"), re.S)


@pytest.mark.parametrize("block", _doc_blocks(), ids=lambda b: b.splitlines()[-1][:40])
def test_docs_examples_print_what_their_comments_say(block: str, capsys: pytest.CaptureFixture[str]):
    import fnmatch
    import re

    exec(compile(block, str(_DOC), "exec"), {})
    printed = capsys.readouterr().out.splitlines()
    promised = [m.group(1).strip() for m in re.finditer(r"^print\(.*?\)\s*#\s*(.*)$", block, re.M)]
    assert len(printed) == len(promised)
    for out, want in zip(printed, promised):
        assert fnmatch.fnmatchcase(out, want.replace("...", "*")), (out, want)


# -- into the ledger ------------------------------------------------------------------------------

def test_webhook_records_drive_the_ledger(tmp_path: Path):
    from bouncekit.ledger import Ledger

    hooks = tmp_path / "hooks"
    hooks.mkdir()
    for rel in ("sendgrid/batch-mixed.json", "sendgrid/dropped-bounced-address.json",
                "mailgun/failed-temporary-mailbox-full.json"):
        (hooks / rel.replace("/", "-")).write_bytes((WEBHOOKS / rel).read_bytes())
    with Ledger(tmp_path / "ledger.sqlite") as led:
        led.ingest(hooks)
        assert not led.is_suppressed("anna.berg@example.com")      # delivered
        assert led.is_suppressed("cranky@example.org")             # spam report
        assert led.is_suppressed("n.fischer@example.org")          # on SendGrid's bounce list
        assert not led.is_suppressed("full.box@example.net")        # one soft delay
        assert not led.is_suppressed("queue.full@example.org")
        assert led.is_suppressed("typo@exmaple.com")              # domain not found
        assert led.is_suppressed("left.list@example.net")          # dropped: unsubscribed
