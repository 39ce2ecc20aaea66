"""Issues 10 and 17, the scan command: inputs never overwritten, exit status, safe output, options."""
from __future__ import annotations

import csv
import io
import json
import os
import signal
from pathlib import Path

import pytest

import bouncekit
from bouncekit.cli import scan as scan_cli
from bouncekit.cli.main import main
from bouncekit.intake import sources as _sources
from bouncekit.intake import workers as _workers
from conftest import CORPUS
from test_cli import run

BOUNCE = CORPUS / "rfc3464" / "failed-three-recipients.eml"
POSTMARK = b"From sender@example.org Mon Jan  1 00:00:00 2024\n"


def hostile_bounce(diagnostic: str = "=HYPERLINK(\"http://example.com/x\",\"click\")",
                   subject: str = "=cmd|' /C calc'!A0", campaign: str = "spring-7") -> bytes:
    return f"""From: MAILER-DAEMON@mx.example.net
To: sender@example.org
Subject: Undelivered Mail Returned to Sender
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="B"

--B
Content-Type: text/plain

Delivery failed.

--B
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.net

Final-Recipient: rfc822; someone@example.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; {diagnostic}

--B
Content-Type: text/rfc822-headers

From: sender@example.org
To: someone@example.com
Subject: {subject}
Message-ID: <@evil.example>
X-Campaign-Id: {campaign}

--B--
""".encode()


# -- nothing written over an input -------------------------------------------------------------

def test_output_that_is_an_input_is_refused_and_the_input_untouched(tmp_path: Path):
    box = tmp_path / "victim.mbox"
    box.write_bytes(POSTMARK + BOUNCE.read_bytes())
    before = box.read_bytes()
    link = tmp_path / "link.jsonl"
    link.symlink_to(box)
    hard = tmp_path / "hard.jsonl"
    os.link(box, hard)
    (tmp_path / "sub").mkdir()
    cases = [("-o", str(box), str(box)), ("-o", str(link), str(box)), ("-o", str(hard), str(box)),
             ("-o", str(tmp_path / "sub" / "out.jsonl"), str(tmp_path)),
             ("-o", str(box), str(tmp_path / "sub" / ".." / "victim.mbox"))]
    for args in cases:
        p = run("scan", *args)
        assert p.returncode == 2 and p.stderr.count("\n") == 1 and "refused" in p.stderr, (args, p.stderr)
        assert box.read_bytes() == before
    assert not (tmp_path / "sub" / "out.jsonl").exists()


def test_output_is_written_to_a_temporary_file_then_renamed(tmp_path: Path, monkeypatch, capsys):
    out = tmp_path / "out.jsonl"
    out.write_text("the good file of yesterday\n")

    def broken(*args, **kwargs):
        raise RuntimeError("interrupted half way")

    monkeypatch.setattr(scan_cli, "map_units", broken)
    with pytest.raises(RuntimeError):
        main(["scan", "-o", str(out), str(BOUNCE)])
    assert out.read_text() == "the good file of yesterday\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl"]  # no temporary file left
    monkeypatch.undo()
    assert main(["scan", "-o", str(out), str(BOUNCE)]) == 0
    assert len(out.read_text().splitlines()) == 3
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl"]


# -- exit status and warnings ------------------------------------------------------------------

def test_a_bad_path_gets_its_record_the_run_goes_on_and_exits_1(tmp_path: Path):
    os.mkfifo(tmp_path / "fifo")
    p = run("scan", str(tmp_path / "missing.eml"), str(BOUNCE), str(tmp_path / "fifo"))
    recs = [json.loads(x) for x in p.stdout.splitlines()]
    assert p.returncode == 1
    assert [r["kind"] for r in recs] == ["error", "bounce", "bounce", "bounce", "error"]
    assert recs[0]["source"].endswith("missing.eml") and "No such file" in recs[0]["error"]
    assert "FIFO" in recs[-1]["error"]
    assert "could not be read" in p.stderr
    assert run("scan", str(BOUNCE)).returncode == 0


def test_an_input_with_no_message_gets_a_warning(tmp_path: Path):
    (tmp_path / "empty").mkdir()
    p = run("scan", str(tmp_path / "empty"), str(BOUNCE))
    assert p.returncode == 0
    assert f"warning: {tmp_path / 'empty'}: no message found" in p.stderr


def test_exclude_glob(tmp_path: Path):
    (tmp_path / "a.eml").write_bytes(BOUNCE.read_bytes())
    (tmp_path / "a.json").write_text('{"golden": true}')
    every = run("scan", str(tmp_path))
    assert {json.loads(x)["source"].rsplit("/", 1)[1] for x in every.stdout.splitlines()} == {"a.eml", "a.json"}
    some = run("scan", "--exclude", "*.json", str(tmp_path))
    assert {json.loads(x)["source"].rsplit("/", 1)[1] for x in some.stdout.splitlines()} == {"a.eml"}


# -- safe output -------------------------------------------------------------------------------

def test_csv_cells_cannot_be_formulas(tmp_path: Path):
    path = tmp_path / "evil.eml"
    path.write_bytes(hostile_bounce())
    p = run("scan", "--format", "csv", str(path))
    rows = list(csv.DictReader(io.StringIO(p.stdout)))
    assert len(rows) == 1
    assert rows[0]["diagnostic"].startswith("'=HYPERLINK(")
    assert rows[0]["subject"] == "'=cmd|' /C calc'!A0"
    assert rows[0]["message_id"] == "'@evil.example"
    for row in rows:
        assert not any(v and v[0] in "=+-@\t\r" for v in row.values()), row


def test_explain_and_summary_escape_control_characters(tmp_path: Path):
    path = tmp_path / "evil.eml"
    path.write_bytes(hostile_bounce(diagnostic="550 no \x1b]0;owned\x07 such \x1b[2J user \u202eevil"))
    p = run("explain", str(path))
    assert "\x1b" not in p.stdout and "\x07" not in p.stdout and "\u202e" not in p.stdout
    assert "\\x1b]0;owned\\x07" in p.stdout and "\\u202e" in p.stdout


# -- --header, rule, matched, confidence -------------------------------------------------------

def test_header_adds_original_headers_as_fields_and_columns(tmp_path: Path):
    path = tmp_path / "b.eml"
    path.write_bytes(hostile_bounce(campaign="=?utf-8?q?spring=E2=80=937?="))
    p = run("scan", "--header", "X-Campaign-Id", "--header", "X-Absent", str(path))
    rec = json.loads(p.stdout)
    assert rec["X-Campaign-Id"] == "spring\u20137" and rec["X-Absent"] is None
    assert rec["rule"] and rec["confidence"] in ("high", "low") and "matched" in rec
    p = run("scan", "--format", "csv", "--header", "X-Campaign-Id", str(path))
    row = next(csv.DictReader(io.StringIO(p.stdout)))
    assert row["X-Campaign-Id"] == "spring\u20137" and row["rule"] and row["confidence"]
    bad = run("scan", "--header", "subject", str(path))
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1


# -- progress ----------------------------------------------------------------------------------

def test_progress_line_is_clean_and_formats_numbers_one_way():
    buf = io.StringIO()
    progress = scan_cli._Progress(buf)
    progress.tick(20080)
    progress.last = 0
    progress.tick(5)
    progress.done()
    text = buf.getvalue()
    final = text.rsplit("\r", 1)[1]
    assert final.startswith("\x1b[K") and "20,085 messages in" in final and final.endswith(" s\n")
    assert all(line.startswith("\x1b[K") for line in text.split("\r")[1:]), "each line erases the one before"
    assert "20080" not in text and "20,080" in text


def test_progress_shows_when_stderr_is_a_terminal_whatever_stdout_is(tmp_path: Path):
    import pty
    import subprocess

    from test_cli import BK

    leader, follower = pty.openpty()
    p = subprocess.run(BK + ["scan", "--summary", str(BOUNCE)], stdout=subprocess.PIPE, stderr=follower,
                       timeout=60)
    os.close(follower)
    err = os.read(leader, 65536).decode()
    os.close(leader)
    assert p.returncode == 0 and "messages:" in p.stdout.decode()
    assert "bouncekit: 1 messages in" in err


# -- --jobs 2 with a worker killed -------------------------------------------------------------

def _killing_parse(data, source="-"):
    if b"KILL-THE-WORKER" in bytes(data):
        os.kill(os.getpid(), signal.SIGKILL)
    return bouncekit.core.parse(data, source=source)


@pytest.mark.skipif(not _workers.can_fork(), reason="no os.fork here")
@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_cli_jobs_2_with_a_killed_worker_keeps_every_message_in_order(tmp_path: Path, monkeypatch, fmt: str):
    import bouncekit.core

    one = BOUNCE.read_bytes()
    box = b"".join(POSTMARK + one + b"\n" for _ in range(20)) + POSTMARK + b"Subject: KILL-THE-WORKER\n\nx\n\n"
    box += b"".join(POSTMARK + one + b"\n" for _ in range(20))
    path = tmp_path / "box.mbox"
    path.write_bytes(box)
    monkeypatch.setattr(_sources, "parse", _killing_parse)
    monkeypatch.setattr(_sources, "_RANGE_BYTES", 5000)
    outs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}.{fmt}"
        status = main(["scan", "--jobs", jobs, "--format", fmt, "-o", str(out), str(path)]) if jobs == "2" else None
        if jobs == "1":
            monkeypatch.setattr(_sources, "parse", bouncekit.core.parse)
            main(["scan", "--jobs", "1", "--format", fmt, "-o", str(out), str(path)])
            monkeypatch.setattr(_sources, "parse", _killing_parse)
        else:
            assert status == 1
        outs.append(out.read_text())
    if fmt == "jsonl":
        one_job = [json.loads(x) for x in outs[0].splitlines()]
        two_jobs = [json.loads(x) for x in outs[1].splitlines()]
    else:
        one_job = list(csv.DictReader(io.StringIO(outs[0])))
        two_jobs = list(csv.DictReader(io.StringIO(outs[1])))
    assert [r["source"] for r in two_jobs] == [r["source"] for r in one_job]
    killed = [r for r in two_jobs if r["kind"] == "error"]
    assert len(killed) == 1 and killed[0]["source"] == f"{path}:21" and "SIGKILL" in killed[0]["error"]
    assert [r for r in two_jobs if r["kind"] != "error"] == [r for r in one_job if r["source"] != f"{path}:21"]
