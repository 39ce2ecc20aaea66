"""The ``bouncekit`` command, run as a person runs it: the installed script in a subprocess."""
from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bouncekit.model import RECORD_FIELDS
from conftest import CORPUS, ROOT

BOUNCE = CORPUS / "rfc3464" / "failed-three-recipients.eml"
DELAY = CORPUS / "rfc3464" / "delayed.eml"
LETTER = CORPUS / "misc" / "ordinary-letter.eml"
ARF = CORPUS / "arf" / "abuse-with-rcpt.eml"


def _bouncekit() -> list[str]:
    """The venv's console script when it is there, else the module."""
    script = Path(sys.executable).parent / "bouncekit"
    if script.exists():
        return [str(script)]
    found = shutil.which("bouncekit")
    return [found] if found else [sys.executable, "-m", "bouncekit"]


BK = _bouncekit()


def run(*args: str, stdin: bytes | None = None, cwd: Path | None = None,
        env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(BK + list(args), input=stdin.decode("utf-8", "surrogateescape") if stdin else None,
                          capture_output=True, text=True, timeout=60, cwd=cwd,
                          encoding="utf-8", errors="surrogateescape",
                          env={**os.environ, **env} if env else None)
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc


def lines(out: str) -> list[dict[str, object]]:
    recs = [json.loads(x) for x in out.splitlines() if x.strip()]
    for r in recs:
        assert tuple(r) == RECORD_FIELDS, r
    return recs


@pytest.fixture()
def mail_dir(tmp_path: Path) -> Path:
    d = tmp_path / "mail"
    d.mkdir()
    for i, m in enumerate(sorted(CORPUS.rglob("*.eml"))):
        (d / f"{i:03d}-{m.name}").write_bytes(m.read_bytes())
    return d


def test_scan_one_file_jsonl():
    p = run("scan", str(BOUNCE))
    assert p.returncode == 0 and p.stderr == ""
    recs = lines(p.stdout)
    assert [r["recipient"] for r in recs] == [
        "ingrid.halvorsen@mail.example.net", "tobias.renner@post.example.de", "sales@partner.example.org"]
    assert {r["source"] for r in recs} == {str(BOUNCE)}


def test_scan_stdin_through_a_pipe():
    # `cat x.eml | bouncekit scan -`
    cmd = f"cat {BOUNCE} | {' '.join(BK)} scan -"
    p = subprocess.run(cmd, shell=True, capture_output=True, text=True, timeout=60)
    assert p.returncode == 0, p.stderr
    recs = lines(p.stdout)
    assert len(recs) == 3 and {r["source"] for r in recs} == {"-:1"}


def test_scan_stdin_mbox():
    box = b"".join(b"From x@example.org Mon Jan  1 00:00:00 2024\n" + m.read_bytes() + b"\n"
                   for m in (LETTER, BOUNCE))
    p = run("scan", "-", stdin=box)
    assert p.returncode == 0
    assert [r["source"] for r in lines(p.stdout)] == ["-:1", "-:2", "-:2", "-:2"]


def test_every_line_has_every_field(mail_dir: Path):
    p = run("scan", "--jobs", "1", str(mail_dir))
    assert p.returncode == 0
    recs = lines(p.stdout)
    assert len({r["source"] for r in recs}) == len(list(mail_dir.iterdir()))


@pytest.mark.parametrize("name,data", [
    ("empty.eml", b""),
    ("random.bin", bytes(range(256)) * 3 + os.urandom(3000)),
    ("truncated.eml", BOUNCE.read_bytes()[: BOUNCE.read_bytes().index(b"Final-Recipient: rfc822; tobias") + 30]),
])
def test_odd_input_gives_one_record_and_exit_0(tmp_path: Path, name: str, data: bytes):
    f = tmp_path / name
    f.write_bytes(data)
    p = run("scan", str(f))
    assert p.returncode == 0, p.stderr
    recs = lines(p.stdout)
    assert len(recs) == 1 and recs[0]["source"] == str(f)


def test_csv_has_header_and_records_md_columns(tmp_path: Path):
    p = run("scan", "--format", "csv", str(BOUNCE), str(LETTER))
    assert p.returncode == 0
    rows = list(csv.reader(io.StringIO(p.stdout)))
    assert tuple(rows[0]) == RECORD_FIELDS
    assert len(rows) == 1 + 3 + 1
    body = list(csv.DictReader(io.StringIO(p.stdout)))
    assert body[0]["recipient"] == "ingrid.halvorsen@mail.example.net"
    assert body[0]["status"] == "5.1.1" and body[0]["severity"] == "hard"
    assert body[3]["kind"] == "not_bounce" and body[3]["recipient"] == ""


def test_output_file(tmp_path: Path):
    out = tmp_path / "records.jsonl"
    p = run("scan", "--output", str(out), str(BOUNCE), str(DELAY))
    assert p.returncode == 0 and p.stdout == ""
    recs = lines(out.read_text(encoding="utf-8"))
    assert [r["kind"] for r in recs] == ["bounce", "bounce", "bounce", "delay"]
    out2 = tmp_path / "records.csv"
    assert run("scan", "-o", str(out2), "--format", "csv", str(DELAY)).returncode == 0
    assert out2.read_text(encoding="utf-8").splitlines()[0] == ",".join(RECORD_FIELDS)


def test_summary_counts(tmp_path: Path):
    p = run("scan", "--summary", str(BOUNCE), str(DELAY), str(LETTER), str(ARF))
    assert p.returncode == 0
    text = p.stdout
    assert "{" not in text  # records are not printed with --summary alone
    for heading in ("by kind", "by category", "by severity", "top recipient domains"):
        assert heading in text
    assert "messages: 4" in text and "records: 6" in text
    by = {}
    for line in text.splitlines():
        parts = line.split()
        if len(parts) == 2 and parts[1].isdigit():
            by.setdefault(parts[0], int(parts[1]))
    assert by["bounce"] == 3 and by["delay"] == 1 and by["not_bounce"] == 1 and by["complaint"] == 1
    assert by["nonexistent_address"] == 1 and by["mailbox_full"] == 1 and by["hard"] == 2
    assert by["mail.example.net"] == 1


def test_summary_with_output_writes_both(tmp_path: Path):
    out = tmp_path / "r.jsonl"
    p = run("scan", "--summary", "-o", str(out), str(BOUNCE))
    assert p.returncode == 0 and "by kind" in p.stdout
    assert len(lines(out.read_text(encoding="utf-8"))) == 3


@pytest.mark.parametrize("args", [
    # a missing path given to scan: its error record and exit 1 (test_cli_robust.py)
    ("scan", "--bogus", "x.eml"),
    ("scan", "--format", "xml", "x.eml"),
    ("scan", "--jobs", "0", "README.md"),
    ("scan", "--jobs", "two", "README.md"),
    ("scan", "-o", "/no/such/dir/out.jsonl", "README.md"),
    ("scan",),
    ("explain", "no/such/file.eml"),
    ("classify",),
    ("frobnicate",),
    (),
])
def test_errors_are_one_line_exit_2(args: tuple[str, ...]):
    p = run(*args, cwd=ROOT)
    assert p.returncode == 2, (args, p.stdout, p.stderr)
    assert len(p.stderr.splitlines()) == 1, p.stderr
    assert p.stderr.startswith("bouncekit: error:")
    assert p.stdout == ""


def test_no_progress_output_when_stderr_is_not_a_tty(mail_dir: Path):
    p = run("scan", "--jobs", "1", str(mail_dir))
    assert p.returncode == 0 and p.stderr == ""


def test_jobs_2_equals_jobs_1(mail_dir: Path):
    one = run("scan", "--jobs", "1", str(mail_dir))
    two = run("scan", "--jobs", "2", str(mail_dir))
    assert one.returncode == two.returncode == 0
    assert one.stdout == two.stdout and one.stdout


def test_broken_pipe_is_quiet(mail_dir: Path):
    cmd = f"{' '.join(BK)} scan --jobs 1 {mail_dir} | head -1"
    p = subprocess.run(cmd, shell=True, capture_output=True, text=True, timeout=60)
    assert p.returncode == 0 and len(p.stdout.splitlines()) == 1
    assert "Traceback" not in p.stderr and "Broken pipe" not in p.stderr


def test_explain_bounce():
    p = run("explain", str(BOUNCE))
    assert p.returncode == 0
    out = p.stdout
    for label in ("recipient:", "server said:", "reason:", "category:", "severity:", "rule:", "advice:"):
        assert out.count(label) == 3, label
    assert "ingrid.halvorsen@mail.example.net" in out
    assert "550 5.1.1 <ingrid.halvorsen@mail.example.net>: Recipient address rejected" in out
    assert "550 5.1.1 550 5.1.1" not in out  # codes are not repeated
    assert "user_unknown" in out and "nonexistent_address" in out and "hard" in out


def test_explain_shows_a_vendor_decision_with_its_rule_and_confidence():
    p = run("explain", str(CORPUS / "barracuda" / "spam-blocked.eml"))
    assert p.returncode == 0
    rule = next(line for line in p.stdout.splitlines() if line.strip().startswith("rule:"))
    assert "vendor.barracuda." in rule and "(confidence: high)" in rule, rule
    # matched is the message's own words (its fixed subject), not the format's code
    assert rule.split(":", 1)[1].strip() == ('vendor.barracuda.spam_detected on '
                                             '"**Message you sent blocked by our bulk email filter**" '
                                             '(confidence: high)'), rule


def test_explain_not_bounce_and_complaint():
    p = run("explain", str(LETTER), str(ARF))
    assert p.returncode == 0
    assert "not a delivery report" in p.stdout
    assert "feedback:    abuse" in p.stdout and "complaint" in p.stdout
    assert "marked the letter as spam" in p.stdout


def test_explain_advice_follows_the_feedback_type():
    p = run("explain", str(CORPUS / "arf" / "auth-failure.eml"), str(CORPUS / "arf" / "fraud.eml"))
    assert p.returncode == 0
    assert "DKIM" in p.stdout and "fraud or phishing" in p.stdout
    assert "marked the letter as spam" not in p.stdout


def test_classify_text():
    p = run("classify", "550 5.1.1 <kim@example.com>: Recipient address rejected: User unknown")
    assert p.returncode == 0
    out = p.stdout
    assert "reason:   user_unknown" in out and "category: nonexistent_address" in out
    assert "severity: hard" in out and "rule:" in out and "advice:" in out


def test_classify_json():
    p = run("classify", "--json", "452 4.2.2 Mailbox full")
    assert p.returncode == 0
    d = json.loads(p.stdout)
    assert d["reason"] == "mailbox_full" and d["category"] == "mailbox_full" and d["severity"] == "soft"
    assert d["status"] == "4.2.2" and d["reply_code"] == "452"
    assert d["rule"]


@pytest.mark.parametrize("args,reason", [
    (("--status", "5.1.1"), "user_unknown"),
    (("--code", "552"), "mailbox_full"),
    (("--status", "4.4.7", "--code", "451"), "expired"),
    (("--status", "5.1.2", "Host not found"), "host_unknown"),
])
def test_classify_status_and_code(args: tuple[str, ...], reason: str):
    p = run("classify", "--json", *args)
    assert p.returncode == 0, p.stderr
    assert json.loads(p.stdout)["reason"] == reason


def test_version():
    p = run("--version")
    assert p.returncode == 0 and p.stdout.startswith("bouncekit ")


def test_main_in_process(capsys: pytest.CaptureFixture[str]):
    from bouncekit.cli.main import main

    assert main(["scan", "--jobs", "1", str(BOUNCE)]) == 0
    out = capsys.readouterr().out
    assert len(lines(out)) == 3


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
def test_progress_goes_to_a_terminal_stderr_only(mail_dir: Path, tmp_path: Path):
    master, slave = os.openpty()
    try:
        out = tmp_path / "out.jsonl"
        proc = subprocess.run(BK + ["scan", "--jobs", "1", "-o", str(out), str(mail_dir)],
                              stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=slave, timeout=60)
        os.close(slave)
        slave = -1
        err = b""
        while True:
            try:
                chunk = os.read(master, 4096)
            except OSError:
                break
            if not chunk:
                break
            err += chunk
    finally:
        if slave >= 0:
            os.close(slave)
        os.close(master)
    assert proc.returncode == 0 and proc.stdout == b""
    assert b"messages in" in err
    assert b"{" not in err  # records never go to the progress stream
    assert len(lines(out.read_text(encoding="utf-8"))) >= len(list(mail_dir.iterdir()))


def test_odd_bytes_and_an_ascii_locale_do_not_crash(tmp_path: Path):
    raw = DELAY.read_bytes().replace(b"Connection timed out", b"Conexi\xf3n \xff\xfe timed out")
    raw = raw.replace(b"Subject: Your invoice", b"Subject: =?utf-8?q?=ED=A0=80?= \xe9t\xe9 invoice")
    f = tmp_path / "odd.eml"
    f.write_bytes(raw)
    env = {"PYTHONIOENCODING": "ascii", "LC_ALL": "C", "LANG": "C"}
    p = run("scan", str(f), env=env)
    assert p.returncode == 0, p.stderr
    assert lines(p.stdout)[0]["kind"] == "delay"
    for cmd in (("explain", str(f)), ("classify", "550 5.1.1 m\u00fcller: unbekannt \u00fc")):
        q = run(*cmd, env=env)
        assert q.returncode == 0, q.stderr



def test_help_loads_no_decoder():
    """`bouncekit --help` (and a subcommand's --help) starts quickly: no formats, no record model,
    no typing module loaded for it."""
    code = ("import sys\nfrom bouncekit.cli import main\n"
            "for argv in (['--help'], ['scan', '--help'], ['explain', '--help']):\n"
            "    try:\n        main(argv)\n    except SystemExit:\n        pass\n"
            "heavy = [m for m in ('bouncekit.core', 'bouncekit.model', 'bouncekit.advice',"
            " 'bouncekit.intake.sources', 'attrs', 'typing') if m in sys.modules]\n"
            "print('loaded:', *heavy)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.rstrip("\n").rsplit("\n", 1)[-1] == "loaded:"


def test_explain_lists_the_advice_languages():
    from bouncekit.advice import LANGUAGES
    from bouncekit.cli import explain

    assert explain.LANGUAGES == LANGUAGES


def test_scan_leaves_at_once_with_everything_written(tmp_path: Path):
    """scan ends with os._exit (no interpreter teardown): what it wrote must all be out, in
    order, its exit code kept, a write error still one line and exit 2."""
    mbox = tmp_path / "many.mbox"
    letters = [BOUNCE.read_bytes(), DELAY.read_bytes(), LETTER.read_bytes()] * 200
    mbox.write_bytes(b"".join(b"From x@y Thu Jan  1 00:00:00 2026\n" + m.replace(b"\nFrom ", b"\n>From ")
                              + b"\n" for m in letters))
    piped = subprocess.run(BK + ["scan", "--jobs", "1", str(mbox), str(tmp_path / "missing")],
                           capture_output=True, timeout=120)
    lines = piped.stdout.decode("utf-8").splitlines()
    assert piped.returncode == 1  # the missing path's error record: exit 1, kept through os._exit
    assert len(piped.stdout) > 65536  # more than one pipe buffer: nothing left unflushed
    assert all(json.loads(line) for line in lines) and json.loads(lines[-1])["kind"] == "error"
    kinds = [json.loads(line)["kind"] for line in lines]
    assert {k: kinds.count(k) for k in set(kinds)} == {"bounce": 600, "delay": 200, "not_bounce": 200,
                                                       "error": 1}
    assert "could not be read" in piped.stderr.decode("utf-8")
    if Path("/dev/full").exists():
        with open("/dev/full", "wb") as full:
            p = subprocess.run(BK + ["scan", str(mbox)], stdout=full, stderr=subprocess.PIPE,
                               timeout=120)
        assert p.returncode == 2
        err = p.stderr.decode("utf-8").strip().splitlines()
        assert err == ["bouncekit: error: No space left on device"], err


def test_a_closed_standard_output_is_one_line_and_exit_2(tmp_path: Path):
    base = " ".join(BK)
    p = subprocess.run(f"{base} scan {BOUNCE} >&-", shell=True, capture_output=False,
                       stderr=subprocess.PIPE, text=True, timeout=60)
    assert p.returncode == 2
    assert p.stderr.strip().splitlines() == ["bouncekit: error: standard output is closed"], p.stderr
    # a command that writes nothing there still runs
    out = tmp_path / "records.jsonl"
    p = subprocess.run(f"{base} scan {BOUNCE} -o {out} >&-", shell=True, stderr=subprocess.PIPE,
                       text=True, timeout=60)
    assert p.returncode == 0 and p.stderr == ""
    assert len(out.read_text(encoding="utf-8").splitlines()) == 3


def test_a_closed_standard_input_is_an_error_not_a_traceback():
    base = " ".join(BK)
    scan = subprocess.run(f"{base} scan - <&-", shell=True, capture_output=True, text=True, timeout=60)
    assert scan.returncode == 1 and "Traceback" not in scan.stderr
    record = json.loads(scan.stdout)
    assert record["kind"] == "error" and record["source"] == "-"
    assert "standard input is closed" in record["error"]
    for cmd in ("classify -", "check-list -"):
        p = subprocess.run(f"{base} {cmd} <&-", shell=True, capture_output=True, text=True, timeout=60)
        assert p.returncode == 2, cmd
        assert p.stderr.strip().splitlines() == ["bouncekit: error: standard input is closed"], (cmd, p.stderr)
