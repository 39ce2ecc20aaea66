"""The public API: inputs parse() accepts, the frozen result types, the taxonomy enums, classify()."""
from __future__ import annotations

import email
import email.policy
import io
import re
from pathlib import Path

import attrs
import pytest

import bouncekit
from bouncekit import Category, Kind, Reason, Record, Report, Severity
from bouncekit.model import RECORD_FIELDS
from conftest import CORPUS, SHARED

SAMPLE = CORPUS / "rfc3464" / "failed-three-recipients.eml"
TAXONOMY = SHARED / "spec" / "taxonomy.md"
RECORDS_SPEC = SHARED / "spec" / "records.md"
# the copy of records.md the docs site ships, when ../shared is not here
DOCS_RECORDS = Path(__file__).resolve().parent.parent / "docs" / "records.md"
_TABLE_ROW = re.compile(r"^\|\s*`([a-z_]+)`\s*\|[^|]*\|\s*`([a-z_]+)`\s*\|\s*(hard|soft|null)\s*\|", re.M)
_FIELD_ROW = re.compile(r"^\|\s*`([a-z_]+)`\s*\|", re.M)


def _recipients(report: Report) -> list[str | None]:
    return [r.recipient for r in report.records]


WANT = ["ingrid.halvorsen@mail.example.net", "tobias.renner@post.example.de", "sales@partner.example.org"]


def test_parse_accepts_bytes():
    assert _recipients(bouncekit.parse(SAMPLE.read_bytes())) == WANT


def test_parse_accepts_bytearray_and_memoryview():
    data = SAMPLE.read_bytes()
    assert _recipients(bouncekit.parse(bytearray(data))) == WANT
    assert _recipients(bouncekit.parse(memoryview(data))) == WANT


def test_parse_accepts_str():
    assert _recipients(bouncekit.parse(SAMPLE.read_text(encoding="utf-8"))) == WANT


def test_parse_accepts_email_message():
    msg = email.message_from_bytes(SAMPLE.read_bytes())
    assert _recipients(bouncekit.parse(msg)) == WANT
    msg2 = email.message_from_bytes(SAMPLE.read_bytes(), policy=email.policy.default)
    assert _recipients(bouncekit.parse(msg2)) == WANT


def test_parse_accepts_binary_file_object():
    with SAMPLE.open("rb") as fh:
        assert _recipients(bouncekit.parse(fh)) == WANT
    assert _recipients(bouncekit.parse(io.BytesIO(SAMPLE.read_bytes()))) == WANT


def test_parse_rejects_what_is_not_a_message():
    with pytest.raises(TypeError):
        bouncekit.parse(12345)  # type: ignore[arg-type]


def test_source_label_is_kept():
    report = bouncekit.parse(SAMPLE.read_bytes(), source="inbox/42.eml")
    assert report.source == "inbox/42.eml"
    assert {r.source for r in report.records} == {"inbox/42.eml"}


@pytest.mark.parametrize("data", [b"", b"   \n\n", b"\x00\xff\xfe garbage"])
def test_parse_never_raises_and_gives_one_record(data: bytes):
    report = bouncekit.parse(data)
    assert len(report.records) == 1
    assert report.kind in (Kind.ERROR, Kind.NOT_BOUNCE)


def test_report_and_record_are_frozen_attrs():
    report = bouncekit.parse(SAMPLE.read_bytes())
    assert attrs.has(Report) and attrs.has(Record)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        report.kind = Kind.DELAY  # type: ignore[misc]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        report.records[0].recipient = "x@example.com"  # type: ignore[misc]
    assert isinstance(report.records, tuple)


def test_record_fields_are_the_records_md_fields():
    spec = RECORDS_SPEC if RECORDS_SPEC.exists() else DOCS_RECORDS
    text = spec.read_text(encoding="utf-8")
    fields = tuple(m.group(1) for m in _FIELD_ROW.finditer(text))
    assert tuple(RECORD_FIELDS) == tuple(fields)
    d = bouncekit.parse(SAMPLE.read_bytes()).to_dicts()[0]
    assert list(d) == list(fields)


def test_to_dict_uses_plain_values():
    d = bouncekit.parse(SAMPLE.read_bytes()).to_dicts()[0]
    for key, value in d.items():
        assert value is None or type(value) in (str, int, float, bool), (key, value)
    assert d["kind"] == "bounce" and d["severity"] == "hard"


def _taxonomy_rows() -> list[tuple[str, str, str]]:
    if not TAXONOMY.exists():
        pytest.skip("../shared/spec/taxonomy.md is not here")
    rows = [m.groups() for m in _TABLE_ROW.finditer(TAXONOMY.read_text(encoding="utf-8"))]
    assert len(rows) > 30, "taxonomy table not found"
    return rows  # type: ignore[return-value]


def test_reason_enum_matches_taxonomy_exactly():
    rows = _taxonomy_rows()
    names = [name for name, _, _ in rows]
    assert sorted(r.value for r in Reason) == sorted(names) and len(names) == len(set(names))
    for name, category, severity in rows:
        reason = Reason(name)
        assert reason.category is Category(category), name
        want = None if severity == "null" else Severity(severity)
        assert reason.severity is want, name


def test_category_and_severity_enums_match_taxonomy():
    rows = _taxonomy_rows()
    assert {c.value for c in Category} == {c for _, c, _ in rows}
    assert {s.value for s in Severity} == {"hard", "soft"}


def test_kind_enum_matches_records_md():
    assert [k.value for k in Kind] == [
        "bounce", "delay", "delivered", "auto_reply", "complaint", "suppressed", "not_bounce", "error"]


def test_enums_compare_and_print_as_their_values():
    assert Reason.USER_UNKNOWN == "user_unknown"
    assert str(Category.MAILBOX_FULL) == "mailbox_full"
    assert f"{Severity.HARD}" == "hard"


@pytest.mark.parametrize("args,reason", [
    (dict(status="5.1.1", reply_code="550", diagnostic="550 5.1.1 <a@example.com>: User unknown"), "user_unknown"),
    (dict(status="5.2.2", reply_code="552", diagnostic="mailbox full"), "mailbox_full"),
    (dict(status="4.4.7"), "expired"),
    (dict(reply_code="552"), "mailbox_full"),
    (dict(), "unknown"),
])
def test_classify_returns_reason_category_severity(args: dict[str, str], reason: str):
    c = bouncekit.classify(**args)
    assert c.reason is Reason(reason)
    assert c.category is Reason(reason).category
    assert c.severity is Reason(reason).severity
    assert isinstance(c.rule, str) and c.rule


def test_classify_positional_and_int_reply_code():
    c = bouncekit.classify("5.1.1", 550, "User unknown")
    assert c.reason is Reason.USER_UNKNOWN
    assert bouncekit.classify(None, 552).reason is Reason.MAILBOX_FULL


def test_public_names_are_exported():
    for name in ("parse", "scan", "classify", "Report", "Record", "Reason", "Category", "Severity", "Kind",
                 "Action", "Classification", "Headers", "__version__"):
        assert hasattr(bouncekit, name), name
        assert name in bouncekit.__all__, name
    for name in bouncekit.__all__:
        assert getattr(bouncekit, name) is not None


def test_original_headers_reach_custom_headers():
    report = bouncekit.parse((CORPUS / "rfc3464" / "original-message-campaign.eml").read_bytes())
    assert report.original_headers.get("X-Campaign-Id") == "spring-webinar-2024-06"
    assert report.original_headers.get("x-campaign-id") == "spring-webinar-2024-06"
    assert report.original_message_id == "c-9931.r-22@courses.example.com"


def test_explanation_names_the_rule():
    rec = bouncekit.parse(SAMPLE.read_bytes()).records[0]
    assert rec.explanation is not None
    assert rec.explanation.reason is rec.reason
    assert rec.explanation.rule


def test_inline_text_dsn_keeps_reporting_mta():
    rec = bouncekit.parse((CORPUS / "rfc3464" / "inline-text-dsn.eml").read_bytes()).records[0]
    assert rec.reporting_mta == "legacy.example.net"


def test_scan_is_exported_and_reads_a_path(tmp_path: Path):
    p = tmp_path / "one.eml"
    p.write_bytes(SAMPLE.read_bytes())
    reports = list(bouncekit.scan(p))
    assert len(reports) == 1 and _recipients(reports[0]) == WANT


def test_a_parser_that_raises_lets_the_next_one_try(monkeypatch):
    from bouncekit import core as _core
    from bouncekit.formats.registry import Registry
    from bouncekit.formats.spec import Check, Format
    from conftest import CORPUS

    def boom(mail):  # type: ignore[no-untyped-def]
        raise ValueError("surprised")

    broken = Format("broken", Check(lambda mail: True), boom)
    monkeypatch.setattr(_core, "_FORMATS", Registry([broken, *_core._FORMATS.formats]))
    report = bouncekit.parse((CORPUS / "rfc3464" / "failed-three-recipients.eml").read_bytes())
    assert report.parser == "rfc3464" and report.kind is bouncekit.Kind.BOUNCE
