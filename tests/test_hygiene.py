"""bouncekit.hygiene and `bouncekit check-list`: the crafted list, typo suggestions for the big
providers, syntax as email-validator has it, DNS verdicts against a real DNS server on 127.0.0.1,
the ledger, and the command line."""
from __future__ import annotations

import csv
import itertools
import json
import socket
import subprocess
import threading
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bouncekit.hygiene import Checked, Verdict, check, check_one, mailbox_key, syntax
from bouncekit.hygiene.dns import DnsChecker, DomainStatus, parse_nameserver
from bouncekit.hygiene.typo import provider_domains, suggest
from dns_server import DnsServer
from test_cli import BK

HERE = Path(__file__).resolve().parent
LIST = HERE / "hygiene_list.csv"


def _rows() -> list[dict[str, str]]:
    with LIST.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_the_crafted_list_is_classified_right() -> None:
    rows = _rows()
    assert len(rows) >= 250
    assert {r["expected"] for r in rows} >= {"ok", "invalid", "typo", "disposable", "role", "duplicate"}
    wrong = []
    for row, res in zip(rows, check(r["address"] for r in rows), strict=True):
        assert isinstance(res, Checked) and res.input == row["address"]
        good = res.verdict.value == row["expected"] and (res.suggestion or "") == row["suggestion"]
        if row["expected"] == "invalid":  # says what is wrong
            good = good and res.address is None and row["note"].lower() in (res.detail or "").lower()
        elif res.address is None:
            good = False
        if not good:
            wrong.append((row["address"], row["expected"], row["suggestion"], res.verdict.value, res.suggestion, res.detail))
    assert not wrong, wrong


# the common misspellings of the 30 largest providers, and what each one means
MISSPELLINGS = {
    "gmail.com": ["gmial.com", "gmal.com", "gmaill.com", "gnail.com", "gmail.con", "gmail.co", "gamil.com", "gmai.com"],
    "yahoo.com": ["yaho.com", "yahooo.com", "yhoo.com", "yahoo.con", "tahoo.com"],
    "hotmail.com": ["hotmial.com", "hotmal.com", "hotmail.con", "hotmai.com", "hotnail.com", "hotmaill.com"],
    "outlook.com": ["outlok.com", "outloo.com", "outlook.con", "putlook.com"],
    "icloud.com": ["iclod.com", "icoud.com", "icloud.co", "icluod.com"],
    "aol.com": ["aol.con", "aoll.com"],
    "live.com": ["livr.com", "liv.com"],
    "msn.com": ["msn.con"],
    "googlemail.com": ["googlemial.com", "goglemail.com"],
    "ymail.com": ["ymial.com"],
    "protonmail.com": ["protonmal.com", "protonmail.co", "protonmial.com"],
    "zoho.com": ["zoho.con"],
    "gmx.de": ["gmx.dw"],
    "gmx.net": ["gmx.ner"],
    "web.de": ["wbe.de"],
    "t-online.de": ["tonline.de", "t-onlien.de"],
    "mail.ru": ["mial.ru", "mail.ri"],
    "yandex.ru": ["yandx.ru", "yandex.ry", "yanex.ru"],
    "rambler.ru": ["rambller.ru", "ramber.ru"],
    "ukr.net": ["urk.net", "ukr.ner"],
    "orange.fr": ["oragne.fr", "orange.fe"],
    "free.fr": ["free.ft"],
    "laposte.net": ["lapost.net", "laposte.ney"],
    "yahoo.fr": ["yaho.fr", "yahooo.fr"],
    "hotmail.fr": ["hotmial.fr"],
    "libero.it": ["libreo.it", "libero.ti"],
    "comcast.net": ["comcast.ner", "comcats.net"],
    "qq.com": ["qq.con"],
    "naver.com": ["navr.com", "naver.con"],
    "yahoo.co.jp": ["yahoo.co.lp", "yaho.co.jp"],
    "yahoo.co.uk": ["yahoo.co.uj"],
    "btinternet.com": ["btinternt.com", "btinternet.con"],
    "uol.com.br": ["uol.com.bt"],
    "seznam.cz": ["seznma.cz"],
    "wp.pl": ["wp.ol"],
}


def test_typo_suggestions_for_the_big_providers() -> None:
    wrong = {bad: suggest(bad) for good, bads in MISSPELLINGS.items() for bad in bads if suggest(bad) != good}
    assert not wrong, wrong
    assert len(MISSPELLINGS) >= 30 and set(MISSPELLINGS) <= set(provider_domains())


def test_no_suggestion_for_a_real_provider_or_an_unrelated_domain() -> None:
    listed = provider_domains()
    assert len(listed) > 150
    assert [d for d in listed if suggest(d) is not None] == []
    for d in ("acme-widgets.com", "univ-lyon2.fr", "mit.edu", "gmail.org", "google.com", "amazon.com", "aol.co",
              "yopmail.com", "mail.de", "ya.com", "ma.ru", "136.com"):
        assert suggest(d) is None, d


def test_a_suggestion_is_one_whole_listed_domain() -> None:
    # the name of one domain is never glued to the suffix of another (yaho.fr is yahoo.fr, not yahoo.com)
    listed = set(provider_domains())
    expected = {"yaho.fr": "yahoo.fr", "hotmial.fr": "hotmail.fr", "yahoo.co.uj": "yahoo.co.uk", "gmx.dr": "gmx.fr",
                "hotmail.co.uj": "hotmail.co.uk", "yaho.de": "yahoo.de", "outlook.fe": "outlook.fr", "yahoo.com.bt": "yahoo.com.br"}
    got = {d: suggest(d) for d in expected}
    assert got == expected and set(got.values()) <= listed
    assert check_one("x@yaho.fr").suggestion == "x@yahoo.fr"


ATEXT = st.sampled_from(list("abcXYZ019.-_+'!#=?@ ü\"()[],;:\\") + ["ж", "é", "..", "@@"])
DOMAINS = st.sampled_from(["gmail.com", "Example.ORG", "münchen.de", "xn--mnchen-3ya.de", "a-b.co.uk", "-bad.com",
                           "bad-.com", "x", "a..b", "host.local", "x.123", "c0m.c0m", "ü.ü", "1.2.3.4", ""])


@settings(max_examples=300, deadline=None)
@given(st.lists(ATEXT, min_size=0, max_size=12).map("".join), DOMAINS)
def test_syntax_agrees_with_email_validator(local: str, domain: str) -> None:
    from email_validator import EmailNotValidError, validate_email
    text = f"{local}@{domain}"
    ours = syntax(text)
    try:
        v = validate_email(text.strip(), check_deliverability=False)
    except EmailNotValidError:
        assert ours.address is None and ours.error
        return
    if len(v.local_part.encode()) > 64:  # RFC 5321's limit, which email-validator leaves to the server
        assert ours.address is None
        return
    assert ours.address == v.normalized and ours.ascii_domain == v.ascii_domain


def test_duplicates_follow_documented_rules_only() -> None:
    assert mailbox_key("First.Last", "GMAIL.com") == mailbox_key("firstlast", "googlemail.com")
    assert mailbox_key("first.last", "outlook.com") != mailbox_key("firstlast", "outlook.com")  # dots count there
    assert mailbox_key("Ann", "acme-widgets.com") != mailbox_key("ann", "acme-widgets.com")  # case kept where unknown
    assert mailbox_key("Ann", "Yahoo.com") == mailbox_key("ann", "yahoo.com")
    res = list(check(["A@x-corp.com", "a@X-CORP.com", "A@x-corp.com"]))
    assert [r.verdict for r in res] == [Verdict.OK, Verdict.OK, Verdict.DUPLICATE]
    assert [r.verdict for r in check(["a@gmail.com", "a@gmail.com"], duplicates=False)] == [Verdict.OK, Verdict.OK]


def test_seen_table_matches_a_set() -> None:
    import random

    from bouncekit.hygiene import Seen
    rnd = random.Random(15)
    values = [rnd.getrandbits(64) or 1 for _ in range(20000)]
    values += rnd.sample(values, 5000) + [1, 2, 3, 2**64 - 1, 3]
    seen, ref = Seen(8), set()
    for v in values:  # grows from 8 slots through many doublings
        assert seen.add(v) is (v not in ref)
        ref.add(v)
    assert len(seen) == len(ref) and len(seen.table) <= 16 * 2 * len(ref)


def test_streaming_in_order_and_offline_never_opens_a_socket(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_network(*a: object, **k: object) -> None:
        raise AssertionError("the offline check opened a socket")
    monkeypatch.setattr(socket, "socket", no_network)
    endless = (f"user{i}@example.org" for i in itertools.count())
    first = list(itertools.islice(check(endless), 5))  # an endless input: results come as it is read
    assert [r.input for r in first] == [f"user{i}@example.org" for i in range(5)]
    assert check_one("x@gmial.com").findings[0] is Verdict.TYPO


def test_verdict_order_and_findings() -> None:
    r = check_one("info@gmial.com")  # a typo of a role address on a squatted domain: the typo comes first
    assert r.verdict is Verdict.TYPO and Verdict.ROLE in r.findings and r.suggestion == "info@gmail.com"
    assert check_one("info@mailinator.com").verdict is Verdict.DISPOSABLE
    assert check_one("a@b").to_dict()["verdict"] == "invalid"
    assert Verdict.ROLE.bad is False and Verdict.NO_DOMAIN.bad is True


# --- DNS, against a real server on 127.0.0.1 ------------------------------------------------------

@pytest.fixture(scope="module")
def dns_server():
    server = DnsServer().start()
    yield server
    server.stop()


def test_dns_verdicts(dns_server: DnsServer) -> None:
    addrs = ["ann@mail-ok.net", "bob@nullmx.net", "cat@a-only.net", "dan@v6-only.net", "eve@no-mail.net",
             "fay@nowhere-at-all.net", "gus@slow.net", "hal@broken.net", "ann2@mail-ok.net", "x@gmial.com"]
    t = time.monotonic()
    res = {r.input: r for r in check(addrs, dns=True, nameserver=dns_server.address, timeout=0.5)}
    assert time.monotonic() - t < 5  # one timeout, not one per address
    assert res["ann@mail-ok.net"].verdict is Verdict.OK and res["ann@mail-ok.net"].detail is None
    assert res["bob@nullmx.net"].verdict is Verdict.NULL_MX
    assert res["cat@a-only.net"].verdict is Verdict.OK  # no MX but an A record: implicit MX
    assert res["dan@v6-only.net"].verdict is Verdict.OK
    assert res["eve@no-mail.net"].verdict is Verdict.NO_MAIL_HOST
    assert res["fay@nowhere-at-all.net"].verdict is Verdict.NO_DOMAIN and "NXDOMAIN" in res["fay@nowhere-at-all.net"].detail
    # could not check: never bad, and said so
    assert res["gus@slow.net"].verdict is Verdict.OK and "could not check" in res["gus@slow.net"].detail
    assert res["hal@broken.net"].verdict is Verdict.OK and "SERVFAIL" in res["hal@broken.net"].detail
    assert res["x@gmial.com"].verdict is Verdict.TYPO and Verdict.NO_DOMAIN in res["x@gmial.com"].findings
    mx_queries = [n for n, t in dns_server.queries if n == "mail-ok.net." and t == "MX"]
    assert len(mx_queries) == 1  # cached per domain


def test_dns_concurrency_is_bounded(dns_server: DnsServer) -> None:
    active = peak = 0
    lock = threading.Lock()

    class Counting(DnsChecker):
        def _lookup(self, domain: str):  # type: ignore[no-untyped-def]
            nonlocal active, peak
            with lock:
                active += 1
                peak = max(peak, active)
            try:
                time.sleep(0.02)
                return super()._lookup(domain)
            finally:
                with lock:
                    active -= 1

    checker = Counting(dns_server.address, timeout=0.5, concurrency=3)
    addrs = [f"u@d{i}.net" for i in range(24)]
    res = list(check(addrs, dns=True, resolver=checker, window=10))
    assert [r.input for r in res] == addrs and all(r.verdict is Verdict.NO_DOMAIN for r in res)
    assert 1 < peak <= 3


def test_nameserver_option() -> None:
    assert parse_nameserver("127.0.0.1:5353") == ("127.0.0.1", 5353)
    assert parse_nameserver("[::1]:53") == ("::1", 53) and parse_nameserver("::1") == ("::1", 53)
    assert parse_nameserver("ns.example.net") == ("ns.example.net", 53)
    for bad in ("", "host:99999", "host:x", ":53"):
        with pytest.raises(ValueError):
            parse_nameserver(bad)
    assert DomainStatus.UNCHECKED.value == "unchecked"


# --- the ledger -----------------------------------------------------------------------------------

def _ledger(path: Path):  # type: ignore[no-untyped-def]
    from bouncekit.ledger import Ledger
    from bouncekit.model import Action, Confidence, Kind, Reason, Record

    def bounce(rcpt: str, reason: Reason, status: str) -> Record:
        return Record(source="t.eml", kind=Kind.BOUNCE, recipient=rcpt, action=Action.FAILED, status=status,
                      reply_code=status[0] + "50", reason=reason, category=reason.category, severity=reason.severity,
                      timestamp="2026-11-02T10:00:00+00:00", confidence=Confidence.HIGH, diagnostic=f"{status} {rcpt}")
    with Ledger(path) as book:
        book.add([bounce("gone@acme-widgets.com", Reason.USER_UNKNOWN, "5.1.1"),
                  bounce("full@acme-widgets.com", Reason.MAILBOX_FULL, "4.2.2")])
    return Ledger(path, create=False)


def test_ledger_suppressed_and_bounced_before(tmp_path: Path) -> None:
    book = _ledger(tmp_path / "ledger.sqlite")
    try:
        res = list(check(["gone@acme-widgets.com", "Full@acme-widgets.com", "new@acme-widgets.com"], ledger=book))
    finally:
        book.close()
    assert res[0].verdict is Verdict.SUPPRESSED and "user_unknown" in res[0].detail
    assert res[1].verdict is Verdict.BOUNCED_BEFORE and "2026-11-02" in res[1].detail and "mailbox_full" in res[1].detail
    assert res[2].verdict is Verdict.OK


def test_cli_db(tmp_path: Path) -> None:
    db = tmp_path / "ledger.sqlite"
    _ledger(db).close()
    p = run("-", "--db", str(db), "--format", "jsonl", stdin=b"gone@acme-widgets.com\nnew@acme-widgets.com\n")
    assert p.returncode == 0, p.stderr
    assert [json.loads(x)["verdict"] for x in p.stdout.decode().splitlines()] == ["suppressed", "ok"]


# --- the command line -----------------------------------------------------------------------------

def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([*BK, "check-list", *args], input=stdin, capture_output=True, timeout=60)


def test_cli_csv_sniffed(tmp_path: Path) -> None:
    src = tmp_path / "contacts.csv"
    src.write_bytes("Имя;Почта;Город\nОлег;oleg@gmial.com;Київ\nАнна;anna@@mail.ru;Львів\nИнна;info@acme-widgets.com;Odesa\n"
                    .encode("cp1251"))
    out = tmp_path / "checked.csv"
    p = run(str(src), "--output", str(out))
    assert p.returncode == 0, p.stderr
    rows = list(csv.reader(out.read_text(encoding="utf-8").splitlines(), delimiter=";"))
    assert rows[0] == ["Имя", "Почта", "Город", "verdict", "suggestion", "detail"]
    assert rows[1][:5] == ["Олег", "oleg@gmial.com", "Київ", "typo", "oleg@gmail.com"]
    assert rows[2][3] == "invalid" and "@" in rows[2][5] and rows[3][3] == "role"
    summary = p.stdout.decode()
    assert "checked 3 addresses" in summary and "typo" in summary and "gmial.com -> gmail.com (1)" in summary
    assert src.read_bytes().startswith("Имя".encode("cp1251"))  # the input untouched


def test_cli_plain_text_stdin_jsonl() -> None:
    p = run("-", "--format", "jsonl", stdin=b"a@acme-widgets.com\n\nhello world\nb@hotmial.com\n")
    assert p.returncode == 0, p.stderr
    lines = [json.loads(x) for x in p.stdout.decode().splitlines()]
    assert [x["verdict"] for x in lines] == ["ok", "invalid", "typo"]
    assert lines[2]["suggestion"] == "b@hotmail.com" and lines[1]["email"] == "hello world"
    assert "checked 3 addresses" in p.stderr.decode()  # the summary beside, not inside, the data


def test_cli_column_by_number_without_header(tmp_path: Path) -> None:
    src = tmp_path / "l.tsv"
    src.write_text("1\tAnn\tann@yaho.com\n2\tBob\tbob@acme-widgets.com\n", encoding="utf-8")
    p = run(str(src), "--column", "3", "--no-summary")
    assert p.returncode == 0 and p.stderr == b""
    rows = list(csv.reader(p.stdout.decode().splitlines(), delimiter="\t"))
    assert rows[1][2:5] == ["ann@yaho.com", "typo", "ann@yahoo.com"] and rows[2][3] == "ok"


def test_cli_dns(dns_server: DnsServer, tmp_path: Path) -> None:
    src = tmp_path / "l.txt"
    src.write_text("a@mail-ok.net\nb@nullmx.net\nc@nowhere-at-all.net\nd@no-mail.net\ne@slow.net\n", encoding="utf-8")
    p = run(str(src), "--nameserver", dns_server.address, "--timeout", "0.5", "--format", "jsonl")
    assert p.returncode == 0, p.stderr
    verdicts = [json.loads(x)["verdict"] for x in p.stdout.decode().splitlines()]
    assert verdicts == ["ok", "null_mx", "no_domain", "no_mail_host", "ok"]
    err = p.stderr.decode()
    assert "top dead domains:" in err and "nowhere-at-all.net (no_domain, 1)" in err and "could not be checked" in err


@pytest.mark.parametrize("args,words", [
    (("no/such.csv",), "no such file"),
    ((".",), "is a directory"),
    (("LIST", "--column", "nope"), "no column named"),
    (("LIST", "--nameserver", "host:99999"), "bad port"),
    (("LIST", "--output", "LIST"), "write over the input"),
    (("LIST", "--format", "xml"), "invalid choice"),
    (("LIST", "--db", "no/such.sqlite"), "ledger"),
])
def test_cli_errors_are_one_line(tmp_path: Path, args: tuple[str, ...], words: str) -> None:
    src = tmp_path / "l.csv"
    src.write_text("email\na@acme-widgets.com\n", encoding="utf-8")
    p = run(*[str(src) if a == "LIST" else a for a in args])
    err = p.stderr.decode()
    assert p.returncode == 2 and err.count("\n") == 1 and words in err, err
    assert src.read_text(encoding="utf-8") == "email\na@acme-widgets.com\n"
