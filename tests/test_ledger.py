"""The bounce ledger, the same tests against SQLite and a real PostgreSQL started here."""
from __future__ import annotations

import datetime as dt
import io
import itertools
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

import bouncekit
import pg_service
from bouncekit.ledger import (
    SCHEMA_VERSION,
    EventKind,
    InvalidAddress,
    Ledger,
    LedgerError,
    LedgerLocked,
    LedgerUnavailable,
    ResumeRefused,
    SchemaTooNew,
    UnknownAddress,
)
from bouncekit.policy import Policy, PolicyAction

T0 = dt.datetime(2026, 11, 2, 10, 0, tzinfo=dt.timezone.utc)
ROOT = Path(__file__).resolve().parent.parent

USER_UNKNOWN = ("5.1.1", "550 5.1.1 <{r}>: Recipient address rejected: User unknown in local recipient table")
MAILBOX_FULL = ("4.2.2", "452 4.2.2 <{r}>: Mailbox full, quota exceeded")
BLOCKED = ("5.7.1", "554 5.7.1 Service unavailable; Client host [198.51.100.7] blocked using a DNS blocklist")


def dsn(i: int, rcpt: str, kind: tuple[str, str] = USER_UNKNOWN, when: dt.datetime = T0,
        campaign: str | None = None, action: str = "failed", crlf: bool = True) -> bytes:
    """An RFC 3464 report as an MTA writes it, with the original's headers returned."""
    status, diag = kind
    date = when.strftime("%a, %d %b %Y %H:%M:%S +0000")
    camp = f"X-Campaign-Id: {campaign}\n" if campaign else ""
    text = f"""From: MAILER-DAEMON@mx.example.net
To: news@sender.example.com
Subject: Undelivered Mail Returned to Sender
Date: {date}
Message-ID: <bounce{i}@mx.example.net>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="B{i}"

--B{i}
Content-Type: text/plain

Your message could not be delivered.

--B{i}
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.net
Arrival-Date: {date}

Final-Recipient: rfc822; {rcpt}
Action: {action}
Status: {status}
Remote-MTA: dns; in.example.org
Diagnostic-Code: smtp; {diag.format(r=rcpt)}
Last-Attempt-Date: {date}

--B{i}
Content-Type: text/rfc822-headers

From: news@sender.example.com
To: {rcpt}
Subject: Letter {i}
Message-ID: <orig{i}@sender.example.com>
{camp}
--B{i}--
"""
    return (text.replace("\n", "\r\n") if crlf else text).encode()


def delivered(i: int, rcpt: str, when: dt.datetime) -> bytes:
    return dsn(i, rcpt, ("2.0.0", "250 2.0.0 OK"), when, action="delivered")


def reports(*messages: bytes) -> list[bouncekit.Report]:
    return [bouncekit.parse(m, source=f"m:{n}") for n, m in enumerate(messages, 1)]


# --- the two databases ------------------------------------------------------------------------
@pytest.fixture(scope="session")
def postgres():
    if pg_service.find_bin() is None:
        pytest.skip("PostgreSQL is not installed (initdb not found; .ci/run installs Debian's postgresql)")
    try:
        server = pg_service.PostgresServer().start()
    except (RuntimeError, subprocess.CalledProcessError) as exc:
        pytest.skip(f"PostgreSQL could not be started here: {exc}")
    yield server
    server.stop()


_ids = itertools.count(1)


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "ledger.sqlite")
    server = request.getfixturevalue("postgres")
    return server.create_database(f"t{os.getpid()}_{next(_ids)}")


@pytest.fixture
def clock():
    now = [T0 + dt.timedelta(days=30)]

    def tick() -> dt.datetime:
        return now[0]

    tick.now = now  # type: ignore[attr-defined]
    return tick


@pytest.fixture
def ledger(db_url, clock):
    with Ledger(db_url, clock=clock) as led:
        yield led


# --- acceptance ---------------------------------------------------------------------------------
def test_hard_unknown_suppressed_blocked_alerts(ledger):
    res = ledger.add(reports(dsn(1, "gone@example.org"), dsn(2, "fine@example.org", BLOCKED)))
    assert (res.added, res.suppressed, res.alerts) == (2, 1, 1)
    st = ledger.status("gone@example.org")
    assert st.suppressed and st.reason is bouncekit.Reason.USER_UNKNOWN
    assert st.rule == "policy.category.nonexistent_address" and st.since == T0
    assert st.trigger is not None and st.trigger.status == "5.1.1" and "User unknown" in st.trigger.diagnostic
    fine = ledger.status("fine@example.org")
    assert not fine.suppressed and fine.alerts == 1
    [alert] = ledger.alerts()
    assert alert.address == "fine@example.org" and alert.action is PolicyAction.ALERT_SENDER
    assert ledger.resume_check("fine@example.org").allowed


def test_three_soft_in_a_week_and_a_delivery_resets(db_url, clock):
    with Ledger(db_url, clock=clock, policy=Policy(soft_threshold=3, soft_window_days=7)) as led:
        days = [T0 + dt.timedelta(days=d) for d in (0, 2, 4)]
        led.add(reports(*(dsn(i, "full@example.org", MAILBOX_FULL, t) for i, t in enumerate(days))))
        st = led.status("full@example.org")
        assert st.suppressed and st.reason is bouncekit.Reason.MAILBOX_FULL and st.rule == "policy.soft_threshold.3_in_7d"
        # the same with a delivery between the second and the third
        led.add(reports(dsn(10, "ok@example.org", MAILBOX_FULL, days[0]), dsn(11, "ok@example.org", MAILBOX_FULL, days[1]),
                        delivered(12, "ok@example.org", days[1] + dt.timedelta(days=1)),
                        dsn(13, "ok@example.org", MAILBOX_FULL, days[2])))
        st = led.status("ok@example.org")
        assert not st.suppressed and st.soft_count == 1
        # resume-check allows mailbox full
        v = led.resume_check("full@example.org")
        assert v.allowed and v.reasons[0].startswith("mailbox full 26 days ago")


def test_provider_suppression_and_webhook_delivery_records(ledger):
    """Records that arrive from a sending service's webhooks (kinds suppressed, delivered)."""
    R = bouncekit.Reason
    sup = bouncekit.Record(source="hook:1", kind=bouncekit.Kind.SUPPRESSED, recipient="held@example.org",
                           reason=R.SUPPRESSED, category=R.SUPPRESSED.category, severity=R.SUPPRESSED.severity,
                           timestamp="2026-11-02T10:00:00Z", provider_type="OnAccountSuppressionList")
    ok = bouncekit.Record(source="hook:2", kind=bouncekit.Kind.DELIVERED, recipient="held@example.org",
                          reason=R.DELIVERED, category=R.DELIVERED.category, timestamp="2026-11-02T11:00:00Z")
    assert ledger.add([sup, ok]).added == 2
    st = ledger.status("held@example.org")
    assert st.suppressed and st.reason is R.SUPPRESSED
    assert not ledger.resume_check("held@example.org").allowed


def test_complaint_refused_without_consent(ledger):
    ledger.record_complaint("Moaner@Example.org", at=T0)
    v = ledger.resume_check("moaner@example.org")
    assert not v.allowed and v.needs == "consent" and "consent" in v.reasons[0]
    with pytest.raises(ResumeRefused):
        ledger.resume("moaner@example.org", note="asked", by="ann")
    assert ledger.status("moaner@example.org").suppressed


def test_resume_history_and_re_suppression(ledger, clock):
    ledger.add(reports(dsn(1, "bob@example.org", when=T0)))
    with pytest.raises(ResumeRefused, match="does not exist"):
        ledger.resume("bob@example.org", note="customer says it works", by="ann")
    v = ledger.resume("bob@example.org", note="customer confirmed a test letter arrived", by="ann", force=True)
    assert not v.allowed
    st = ledger.status("bob@example.org")
    assert not st.suppressed and st.resumed_by == "ann"
    # the same bounce again changes nothing; a later one suppresses again
    again = ledger.add(reports(dsn(1, "bob@example.org", when=T0)))
    assert again.duplicates == 1 and not ledger.status("bob@example.org").suppressed
    clock.now[0] += dt.timedelta(days=1)
    ledger.add(reports(dsn(2, "bob@example.org", when=clock.now[0])))
    assert ledger.status("bob@example.org").suppressed
    kinds = [(e.kind, e.status) for e in ledger.history("bob@example.org")]
    assert kinds == [(EventKind.BOUNCE, "5.1.1"), (EventKind.RESUME, None), (EventKind.BOUNCE, "5.1.1")]
    resume = ledger.history("bob@example.org")[1]
    assert resume.actor == "ann" and "test letter" in resume.note and resume.verdict.startswith("refused, forced")


def test_fields_headers_stream_and_idempotence(ledger):
    msgs = reports(dsn(1, "c@example.org", campaign="spring-42"))
    first = ledger.add(msgs, headers=["X-Campaign-Id"], stream="campaign")
    second = ledger.add(reports(dsn(1, "c@example.org", campaign="spring-42")), headers=["X-Campaign-Id"])
    assert (first.added, second.added, second.duplicates) == (1, 0, 1)
    [e] = ledger.history("c@example.org")
    assert e.headers == {"X-Campaign-Id": "spring-42"} and e.stream == "campaign"
    assert (e.status, e.reply_code, e.remote_mta, e.message_id) == ("5.1.1", "550", "in.example.org", "orig1@sender.example.com")
    assert e.rule and e.category is bouncekit.Category.NONEXISTENT_ADDRESS and e.severity is bouncekit.Severity.HARD
    assert ledger.stats().events == 1
    with pytest.raises(LedgerError, match="stream"):
        ledger.add(msgs, stream="newsletter")


def test_unknown_and_malformed_addresses(ledger):
    with pytest.raises(UnknownAddress):
        ledger.status("nobody@example.org")
    with pytest.raises(UnknownAddress):
        ledger.history("nobody@example.org")
    for bad in ("no-at-sign", "a b@example.org", "@example.org", "x@", "x@.org", "x@\x1b[2J"):
        with pytest.raises(InvalidAddress):
            ledger.status(bad)
    assert ledger.get("nobody@example.org") is None


def test_compaction_keeps_the_trigger_and_summarises(ledger, clock):
    ledger.add(reports(*(dsn(i, "old@example.org", BLOCKED, T0 + dt.timedelta(hours=i)) for i in range(5)),
                       dsn(9, "old@example.org", when=T0 + dt.timedelta(days=1))))
    n = ledger.compact(older_than_days=0, now=T0 + dt.timedelta(days=400))
    assert n == 5
    [kept] = ledger.history("old@example.org")
    assert kept.reason is bouncekit.Reason.USER_UNKNOWN  # the event that suppressed stays
    [summary] = ledger.summaries("old@example.org")
    assert (summary.kind, summary.reason, summary.events) == (EventKind.BOUNCE, bouncekit.Reason.BLOCKED, 5)
    assert ledger.stats().compacted == 5
    # compacting again adds nothing; an old bounce ingested later is past the horizon
    assert ledger.compact(older_than_days=0, now=T0 + dt.timedelta(days=400)) == 0
    late = ledger.add(reports(dsn(20, "old@example.org", BLOCKED, T0)))
    assert late.too_old == 1 and late.added == 0


def test_export_and_import(ledger):
    ledger.add(reports(dsn(1, "x@example.org"), dsn(2, "y@example.org", BLOCKED)))
    out = io.StringIO()
    assert ledger.export_suppressed(out, "csv") == 1
    lines = out.getvalue().splitlines()
    assert lines[0] == "address,reason,category,since,rule,complaint"
    assert lines[1].startswith("x@example.org,user_unknown,nonexistent_address,2026-11-02T10:00:00Z,")
    out = io.StringIO()
    ledger.export_suppressed(out, "jsonl")
    assert json.loads(out.getvalue())["address"] == "x@example.org"
    res = ledger.import_suppressed([{"address": "old@example.org", "reason": "user_unknown", "since": "2025-01-01"},
                                    "plain@example.org"], note="from the old tool", by="ops")
    assert res.suppressed == 2
    assert ledger.status("old@example.org").rule == "import"
    assert not ledger.resume_check("plain@example.org").allowed  # no cause known: confirm first
    assert ledger.import_suppressed(["plain@example.org"]).duplicates == 1
    before = ledger.stats()
    with pytest.raises(InvalidAddress, match="line 2"):
        ledger.import_suppressed(["fresh@example.org", "not an address"])
    assert ledger.stats() == before and ledger.get("fresh@example.org") is None  # nothing half-written


def test_newer_schema_refused(db_url):
    Ledger(db_url).close()
    if db_url.startswith("postgresql"):
        import psycopg

        with psycopg.connect(db_url, autocommit=True) as c:
            c.execute("UPDATE bk_meta SET value = '99' WHERE key = 'schema_version'")
    else:
        with sqlite3.connect(db_url) as c:
            c.execute("UPDATE bk_meta SET value = '99' WHERE key = 'schema_version'")
    with pytest.raises(SchemaTooNew, match=f"schema version 99, newer than this bouncekit reads \\({SCHEMA_VERSION}\\)"):
        Ledger(db_url)


def test_corpus_twice_same_counts(db_url, sisimai_dir):
    with Ledger(db_url) as led:
        first = led.ingest(sisimai_dir / "maildir")
        s1 = led.stats()
        second = led.ingest(sisimai_dir / "maildir")
        assert led.stats() == s1
    assert first.added == s1.events and first.added > 400 and second.added == 0
    assert second.duplicates == first.added + first.duplicates
    assert s1.suppressed > 50 and s1.alerts > 50


def _mbox(path: Path, start: int, stop: int, addresses: int) -> None:
    kinds = [USER_UNKNOWN, MAILBOX_FULL, BLOCKED, MAILBOX_FULL]
    with open(path, "wb") as fh:
        for i in range(start, stop):
            fh.write(b"From MAILER-DAEMON Mon Nov  2 10:00:00 2026\n")
            fh.write(dsn(i, f"user{i % addresses}@example.org", kinds[i % 4], T0 + dt.timedelta(minutes=i), crlf=False))
            fh.write(b"\n")


def test_two_processes_lose_nothing(db_url, tmp_path):
    """Two processes ingest the halves of a 10,000-message mbox at once, on the same addresses."""
    Ledger(db_url).close()  # schema first, as a deployment would
    _mbox(tmp_path / "a.mbox", 0, 5000, 3000)
    _mbox(tmp_path / "b.mbox", 5000, 10000, 3000)
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    procs = [subprocess.Popen([sys.executable, "-m", "bouncekit", "ledger", "ingest", str(tmp_path / half),
                               "--db", db_url, "--jobs", "1", "--format", "json"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
             for half in ("a.mbox", "b.mbox")]
    outs = [p.communicate(timeout=240) for p in procs]
    for p, (_out, err) in zip(procs, outs):
        assert p.returncode == 0, err.decode()
    results = [json.loads(out) for out, _ in outs]
    assert sum(r["added"] for r in results) == 10000 and all(r["messages"] == 5000 for r in results)
    with Ledger(db_url) as led:
        st = led.stats()
        assert (st.events, st.addresses) == (10000, 3000)
        # every address's state counted every one of its events (no lost update)
        assert sum(led.state(f"user{i}@example.org").events for i in range(0, 3000, 7)) == sum(
            len(range(i, 10000, 3000)) for i in range(0, 3000, 7))
        # user0: messages 0, 3000, 6000, 9000 -> kinds 0 (user unknown) first: suppressed
        assert led.status("user0@example.org").suppressed


def test_unreachable_postgres():
    with pytest.raises(LedgerUnavailable, match=r"cannot reach the ledger postgresql://bk:\*\*\*@127.0.0.1:1/x: .*refused"):
        Ledger("postgresql://bk:secret@127.0.0.1:1/x", timeout=2)


def test_sqlite_locked_and_nothing_half_written(tmp_path):
    path = str(tmp_path / "l.sqlite")
    with Ledger(path) as led:
        led.add(reports(dsn(1, "a@example.org")))
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with Ledger(path, timeout=0.2) as led:
            with pytest.raises(LedgerLocked, match="locked by another process"):
                led.add(reports(dsn(2, "b@example.org")))
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    with Ledger(path) as led:
        assert led.stats().events == 1 and led.get("b@example.org") is None


_HOLDER = r"""
import sqlite3, sys
c = sqlite3.connect(sys.argv[1], isolation_level=None)
c.execute("BEGIN IMMEDIATE")  # the write lock, held by this process
c.execute("DELETE FROM bk_events")  # an uncommitted change of its own
print("locked", flush=True)
sys.stdin.readline()
c.execute("ROLLBACK")
"""


def test_cli_ingest_waits_for_a_locked_sqlite_then_one_line(tmp_path):
    """Another process holds an open write transaction: ``ledger ingest`` waits its ``--timeout``,
    then one line and exit 2, no traceback, nothing of its 1,200 messages written; once the lock
    is gone the same command adds them all."""
    import time

    db = str(tmp_path / "l.sqlite")
    with Ledger(db) as led:
        led.add(reports(dsn(1, "first@example.org")))
    _mbox(tmp_path / "m.mbox", 0, 1200, 1200)  # three batches of 500
    holder = subprocess.Popen([sys.executable, "-c", _HOLDER, db], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "locked\n"
        t0 = time.monotonic()
        r = _cli("ingest", str(tmp_path / "m.mbox"), "--db", db, "--timeout", "1", "--jobs", "1", cwd=tmp_path)
        waited = time.monotonic() - t0
    finally:
        holder.communicate("\n", timeout=30)
    assert r.returncode == 2 and r.stdout == "", r.stderr
    assert r.stderr == f"bouncekit: error: the ledger {db} is locked by another process (waited 1 s); nothing was written\n"
    assert waited >= 1.0
    with Ledger(db) as led:
        st = led.stats()
        assert (st.events, st.addresses) == (1, 1) and led.get("user0@example.org") is None
    r = _cli("ingest", str(tmp_path / "m.mbox"), "--db", db, "--timeout", "1", "--jobs", "1", "--format", "json",
             cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["added"] == 1200
    with Ledger(db) as led:
        assert led.stats().events == 1201
    bad = _cli("stats", "--db", db, "--timeout", "0", cwd=tmp_path)
    assert bad.returncode == 2 and "--timeout must be more than 0" in bad.stderr


def test_locked_part_way_keeps_whole_batches(tmp_path):
    """The lock is taken by another connection after the first batch: the error says what the
    batches before committed (whole), the failing batch leaves nothing, a re-run adds the rest."""
    db = str(tmp_path / "l.sqlite")
    msgs = [dsn(i, f"user{i}@example.org") for i in range(12)]
    holder = sqlite3.connect(db, isolation_level=None)

    def feed():
        for n, m in enumerate(msgs):
            if n == 7:  # batches of 5: the first is committed, the second is being gathered
                holder.execute("BEGIN IMMEDIATE")
            yield bouncekit.parse(m, source=f"m:{n}")

    with Ledger(db, timeout=0.2) as led:
        try:
            with pytest.raises(LedgerLocked) as err:
                led.add(feed(), batch=5)
        finally:
            holder.execute("ROLLBACK")
        assert err.value.partial is not None and err.value.partial.added == 5
        assert led.stats().events == 5
        again = led.add(reports(*msgs), batch=5)
        assert (again.added, again.duplicates) == (7, 5) and led.stats().events == 12
    holder.close()


def test_postgres_connection_dropped_mid_ingest(postgres, tmp_path):
    """The server ends the ingest's connection in the middle of its second batch (terminated by
    another session while that batch waits for a row lock): one clear line and exit 2, the first
    batch kept whole, nothing of the second; a re-run completes with exact counts."""
    import time

    import psycopg

    url = postgres.create_database(f"drop{os.getpid()}_{next(_ids)}")
    Ledger(url).close()
    _mbox(tmp_path / "m.mbox", 0, 1200, 1200)  # batches of 500: messages 0-499, 500-999, 1000-1199
    args = ("ingest", str(tmp_path / "m.mbox"), "--db", url, "--jobs", "1", "--timeout", "60")
    holder = psycopg.connect(url)  # a transaction of its own holding a row the second batch needs
    holder.execute("INSERT INTO bk_addresses (address) VALUES ('user700@example.org')")
    with psycopg.connect(url, autocommit=True) as admin:
        env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "LANG": "C.UTF-8"}
        proc = subprocess.Popen([sys.executable, "-m", "bouncekit", "ledger", *args], cwd=tmp_path, env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            deadline, waiting = time.monotonic() + 120, None
            while waiting is None and time.monotonic() < deadline and proc.poll() is None:
                waiting = admin.execute("SELECT pid FROM pg_stat_activity WHERE datname = current_database() "
                                        "AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()").fetchone()
                time.sleep(0.05)
            assert waiting is not None, "the ingest never waited for the held row"
            assert admin.execute("SELECT count(*) FROM bk_events").fetchone() == (500,)
            assert admin.execute("SELECT pg_terminate_backend(%s)", waiting).fetchone() == (True,)
            out, err = proc.communicate(timeout=60)
        finally:
            if proc.poll() is None:
                proc.kill()
            holder.rollback()
            holder.close()
        assert proc.returncode == 2 and out == "", err
        assert err.count("\n") == 1 and "Traceback" not in err
        assert err.startswith(f"bouncekit: error: lost the ledger {url}: ")
        assert "server closed the connection" in err or "terminating connection" in err
        assert "the 500 events of the batches before are kept whole" in err
        assert admin.execute("SELECT count(*) FROM bk_events").fetchone() == (500,)
        assert admin.execute("SELECT count(*), sum(events) FROM bk_addresses").fetchone() == (500, 500)
        r = _cli(*args, "--format", "json", cwd=tmp_path)
        assert r.returncode == 0, r.stderr
        assert {k: json.loads(r.stdout)[k] for k in ("messages", "added", "duplicates")} == {
            "messages": 1200, "added": 700, "duplicates": 500}
        assert admin.execute("SELECT count(*), count(DISTINCT fingerprint) FROM bk_events").fetchone() == (1200, 1200)
        # one event per address, each counted once in its state: nothing lost, nothing doubled
        assert admin.execute("SELECT count(*), min(events), max(events) FROM bk_addresses").fetchone() == (1200, 1, 1)
    again = _cli(*args, "--format", "json", cwd=tmp_path)
    assert again.returncode == 0 and json.loads(again.stdout)["added"] == 0
    with Ledger(url) as led:
        assert (led.stats().events, led.stats().addresses) == (1200, 1200)
        assert led.status("user0@example.org").suppressed and not led.status("user2@example.org").suppressed


def test_not_a_database_and_missing(tmp_path):
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"this is no database" * 100)
    with pytest.raises(LedgerUnavailable, match="not a bouncekit ledger"):
        Ledger(str(junk))
    with pytest.raises(LedgerError, match="no ledger at"):
        Ledger(str(tmp_path / "missing.sqlite"), create=False)
    assert not (tmp_path / "missing.sqlite").exists()


# --- the command line ---------------------------------------------------------------------------
def _cli(*args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    e = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "LANG": "C.UTF-8"}
    e.pop("BOUNCEKIT_DB", None)
    e.update(env or {})
    return subprocess.run([sys.executable, "-m", "bouncekit", "ledger", *args], cwd=cwd, env=e,
                          capture_output=True, text=True, timeout=120)


def test_cli_support_workflow(tmp_path):
    mbox = tmp_path / "b.mbox"
    with open(mbox, "wb") as fh:
        for i, (who, kind) in enumerate([("gone@example.org", USER_UNKNOWN), ("fine@example.org", BLOCKED),
                                         ("full@example.org", MAILBOX_FULL)] + [("full@example.org", MAILBOX_FULL)] * 2):
            fh.write(b"From MAILER-DAEMON Mon Nov  2 10:00:00 2026\n"
                     + dsn(i, who, kind, T0 + dt.timedelta(days=i), campaign=f"c{i}", crlf=False) + b"\n")
    r = _cli("ingest", str(mbox), "--header", "X-Campaign-Id", "--format", "json", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["added"] == 5 and (tmp_path / "bouncekit.sqlite").exists()
    st = json.loads(_cli("status", "gone@example.org", "--format", "json", cwd=tmp_path).stdout)
    assert st["suppressed"] is True and st["reason"] == "user_unknown" and st["since"] == "2026-11-02T10:00:00Z"
    assert st["trigger"]["headers"] == {"X-Campaign-Id": "c0"}
    fr = _cli("status", "gone@example.org", "--lang", "fr", cwd=tmp_path)
    assert fr.returncode == 0 and "Adresse inexistante" in fr.stdout
    chk = _cli("resume-check", "gone@example.org", "--format", "json", cwd=tmp_path)
    v = json.loads(chk.stdout)
    assert chk.returncode == 1 and v["allowed"] is False and any("does not exist" in x for x in v["reasons"])
    refused = _cli("resume", "gone@example.org", "--note", "customer called", cwd=tmp_path)
    assert refused.returncode == 2 and refused.stderr.count("\n") == 1 and "refused" in refused.stderr
    forced = _cli("resume", "gone@example.org", "--note", "customer confirmed", "--by", "ann", "--force", cwd=tmp_path)
    assert forced.returncode == 0 and "forced" in forced.stdout
    assert json.loads(_cli("resume-check", "full@example.org", "--format", "json", cwd=tmp_path).stdout)["allowed"]
    hist = _cli("history", "gone@example.org", cwd=tmp_path).stdout.splitlines()
    assert "resume by ann: customer confirmed" in hist[0] and "bounce user_unknown 5.1.1" in hist[1]
    stats = json.loads(_cli("stats", "--format", "json", cwd=tmp_path).stdout)
    assert (stats["events"], stats["addresses"], stats["suppressed"]) == (6, 3, 1)
    sup = _cli("suppressed", "--format", "jsonl", cwd=tmp_path).stdout.splitlines()
    assert [json.loads(x)["address"] for x in sup] == ["full@example.org"]
    # BOUNCEKIT_DB elsewhere: a command that only reads does not create it
    other = tmp_path / "other.sqlite"
    r = _cli("stats", cwd=tmp_path, env={"BOUNCEKIT_DB": str(other)})
    assert r.returncode == 2 and "no ledger at" in r.stderr and not other.exists()


def test_cli_bad_input(tmp_path):
    _cli("import", "-", cwd=tmp_path)  # nothing to import from an empty stdin: creates the ledger only
    for args, words in [(("status", "not an address"), "not an e-mail address"),
                        (("status", "nobody@example.org"), "no event for nobody@example.org"),
                        (("ingest", "missing.mbox"), "no such file"),
                        (("stats", "--policy", "missing.toml"), "cannot read policy"),
                        (("stats", "--db", "postgresql://bk@127.0.0.1:1/x"), "cannot reach the ledger"),
                        (("stats", "--db", "mysql://x/y"), "unknown database URL"),
                        ((), "give a ledger command")]:
        r = _cli(*args, cwd=tmp_path)
        assert r.returncode == 2 and words in r.stderr and r.stderr.count("\n") == 1, (args, r.stderr)
    bad = tmp_path / "list.csv"
    bad.write_text("address,reason\nok@example.org,user_unknown\nbroken,user_unknown\n")
    r = _cli("import", str(bad), cwd=tmp_path)
    assert r.returncode == 2 and "line 2" in r.stderr
    assert json.loads(_cli("stats", "--format", "json", cwd=tmp_path).stdout)["addresses"] == 0


def test_scan_output_to_a_fifo_is_written_in_place(tmp_path):
    """``scan --output`` to a device or FIFO (the benchmark's /dev/null) writes to it and never
    renames a temporary file over it (which, as root, would replace /dev/null with a file)."""
    import stat
    import threading

    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    msg = tmp_path / "m.eml"
    msg.write_bytes(dsn(1, "a@example.org"))
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    r = subprocess.run([sys.executable, "-m", "bouncekit", "scan", str(msg), "--output", str(fifo)],
                       env={**os.environ, "PYTHONPATH": str(ROOT / "src")}, capture_output=True, timeout=60)
    reader.join(timeout=30)
    assert r.returncode == 0, r.stderr
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert b'"recipient": "a@example.org"' in got[0]


def test_docs_examples_run(tmp_path, monkeypatch):
    """The Python blocks of docs/ledger.md run in order; its TOML block is a valid policy."""
    import re

    text = (ROOT / "docs" / "ledger.md").read_text(encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    ns: dict[str, object] = {}
    for block in re.findall(r"```python\n(.*?)```", text, re.S):
        exec(compile(block, "docs/ledger.md", "exec"), ns)
    [toml] = re.findall(r"```toml\n(.*?)```", text, re.S)
    (tmp_path / "policy.toml").write_text(toml)
    p = Policy.from_toml(tmp_path / "policy.toml")
    assert (p.soft_threshold, p.soft_window_days) == (7, 30)
