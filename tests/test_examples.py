"""The scripts in examples/ run as their docstrings say."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "corpus"
EXAMPLES = ROOT / "examples"


def run(script: str, *args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, str(EXAMPLES / script), *args], input=stdin,
                          capture_output=True, timeout=60)


def test_postfix_pipe_appends_one_line_per_failed_recipient(tmp_path: Path) -> None:
    out = tmp_path / "records.jsonl"
    msg = (CORPUS / "postfix" / "rcpt-user-unknown.eml").read_bytes()
    assert run("postfix_pipe.py", str(out), stdin=msg).returncode == 0
    assert run("postfix_pipe.py", str(out), stdin=msg).returncode == 0
    lines = [json.loads(x) for x in out.read_text().splitlines()]
    assert [r["recipient"] for r in lines] == ["tomas.weber@example.net"] * 2
    assert lines[0]["reason"] == "user_unknown"


def test_postfix_pipe_accepts_a_letter_that_is_not_a_bounce(tmp_path: Path) -> None:
    out = tmp_path / "records.jsonl"
    r = run("postfix_pipe.py", str(out), stdin=b"From: a@example.org\nSubject: hi\n\nhello\n")
    assert r.returncode == 0 and out.read_text() == ""


def test_postfix_pipe_asks_postfix_to_retry_when_it_cannot_write(tmp_path: Path) -> None:
    r = run("postfix_pipe.py", str(tmp_path / "missing-dir" / "x.jsonl"),
            stdin=(CORPUS / "postfix" / "rcpt-user-unknown.eml").read_bytes())
    assert r.returncode == 75 and b"cannot write" in r.stderr


def test_maildir_cron_reports_dead_addresses_once(tmp_path: Path) -> None:
    maildir = tmp_path / "Maildir"
    for sub in ("new", "cur", "tmp"):
        (maildir / sub).mkdir(parents=True)
    shutil.copy(CORPUS / "postfix" / "rcpt-user-unknown.eml", maildir / "new" / "1.host")
    shutil.copy(CORPUS / "postfix" / "delayed-two-recipients.eml", maildir / "cur" / "2.host:2,S")
    state = tmp_path / "seen"
    first = run("maildir_cron.py", str(maildir), str(state))
    assert first.returncode == 0, first.stderr
    assert first.stdout.decode().split() == ["tomas.weber@example.net"]
    # the next run sees nothing new, even after a mail reader renamed the file with a flag
    (maildir / "new" / "1.host").rename(maildir / "cur" / "1.host:2,S")
    second = run("maildir_cron.py", str(maildir), str(state))
    assert second.returncode == 0 and second.stdout == b""
    assert sorted(state.read_text().split()) == ["1.host", "2.host"]
