"""scan(): files, directories, Maildir, mbox (plain and gzip), binary streams; one report per message."""
from __future__ import annotations

import gzip
import io
import os
import re
from pathlib import Path

import pytest

import bouncekit
from bouncekit import Kind
from bouncekit.model import RECORD_FIELDS
from conftest import CORPUS

BOUNCE = CORPUS / "rfc3464" / "failed-three-recipients.eml"
DELAY = CORPUS / "rfc3464" / "delayed.eml"
LETTER = CORPUS / "misc" / "ordinary-letter.eml"
AUTO = CORPUS / "autoreply" / "auto-submitted-english.eml"
_MBOX_FROM = re.compile(rb"(?m)^From ")


def _mbox(*messages: Path, quote_from_lines: bool = True) -> bytes:
    """An mboxrd file of these messages, each after a 'From ' separator line."""
    out = []
    for i, m in enumerate(messages):
        body = m.read_bytes().replace(b"\r\n", b"\n")
        if quote_from_lines:
            body = re.sub(rb"(?m)^(>*From )", rb">\1", body)
        out.append(b"From sender%d@example.org Mon Jan  1 00:00:%02d 2024\n" % (i, i) + body.rstrip(b"\n") + b"\n\n")
    return b"".join(out)


def _sources(reports: list[bouncekit.Report]) -> list[str]:
    return [r.source for r in reports]


def _kinds(reports: list[bouncekit.Report]) -> list[Kind]:
    return [r.kind for r in reports]


def test_scan_one_file(tmp_path: Path):
    p = tmp_path / "b.eml"
    p.write_bytes(BOUNCE.read_bytes())
    reports = list(bouncekit.scan(p))
    assert _sources(reports) == [str(p)]
    assert len(reports[0].records) == 3
    assert list(bouncekit.scan(str(p)))[0].to_dicts() == reports[0].to_dicts()


def test_scan_directory_recursive_sorted_skips_hidden(tmp_path: Path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "b.eml").write_bytes(BOUNCE.read_bytes())
    (tmp_path / "a.eml").write_bytes(LETTER.read_bytes())
    (tmp_path / "sub" / "c.eml").write_bytes(DELAY.read_bytes())
    (tmp_path / ".hidden.eml").write_bytes(BOUNCE.read_bytes())
    reports = list(bouncekit.scan(tmp_path))
    assert [Path(s).name for s in _sources(reports)] == ["a.eml", "b.eml", "c.eml"]
    assert _kinds(reports) == [Kind.NOT_BOUNCE, Kind.BOUNCE, Kind.DELAY]


def test_scan_maildir_ignores_tmp(tmp_path: Path):
    md = tmp_path / "Maildir"
    for d in ("cur", "new", "tmp"):
        (md / d).mkdir(parents=True)
    (md / "cur" / "1700000000.M1P1.host:2,S").write_bytes(BOUNCE.read_bytes())
    (md / "new" / "1700000001.M2P1.host").write_bytes(DELAY.read_bytes())
    (md / "tmp" / "1700000002.M3P1.host").write_bytes(b"half-written garbage")
    reports = list(bouncekit.scan(md))
    assert [Path(s).parent.name for s in _sources(reports)] == ["cur", "new"]
    assert _kinds(reports) == [Kind.BOUNCE, Kind.DELAY]


def test_scan_mbox_one_report_per_message(tmp_path: Path):
    box = tmp_path / "bounces.mbox"
    box.write_bytes(_mbox(BOUNCE, LETTER, DELAY, AUTO))
    reports = list(bouncekit.scan(box))
    assert _sources(reports) == [f"{box}:{n}" for n in (1, 2, 3, 4)]
    assert _kinds(reports) == [Kind.BOUNCE, Kind.NOT_BOUNCE, Kind.DELAY, Kind.AUTO_REPLY]
    # each message decodes as it does alone
    assert [r.recipient for r in reports[0].records] == [
        r.recipient for r in bouncekit.parse(BOUNCE.read_bytes()).records]


def test_mbox_unquotes_from_lines(tmp_path: Path):
    letter = b"From: a@example.org\nTo: b@example.net\nSubject: hi\n\nline one\nFrom here on we walk.\n"
    box = tmp_path / "q.mbox"
    quoted = letter.replace(b"\nFrom here", b"\n>From here")
    box.write_bytes(b"From a@example.org Mon Jan  1 00:00:00 2024\n" + quoted + b"\n"
                    + b"From a@example.org Mon Jan  1 00:00:01 2024\n" + quoted)
    reports = list(bouncekit.scan(box))
    assert _kinds(reports) == [Kind.NOT_BOUNCE, Kind.NOT_BOUNCE]
    from bouncekit.intake.sources import iter_mbox
    msgs = list(iter_mbox(io.BytesIO(box.read_bytes())))
    assert len(msgs) == 2 and all(b"\nFrom here on we walk." in m for m in msgs)


def test_scan_gzip_mbox(tmp_path: Path):
    data = _mbox(BOUNCE, DELAY, LETTER)
    plain, packed = tmp_path / "box", tmp_path / "box.gz"
    plain.write_bytes(data)
    packed.write_bytes(gzip.compress(data))
    a, b = list(bouncekit.scan(plain)), list(bouncekit.scan(packed))
    assert _sources(b) == [f"{packed}:{n}" for n in (1, 2, 3)]
    assert [r.to_dicts()[0]["recipient"] for r in a] == [r.to_dicts()[0]["recipient"] for r in b]
    assert _kinds(b) == [Kind.BOUNCE, Kind.DELAY, Kind.NOT_BOUNCE]


def test_scan_gzip_single_message(tmp_path: Path):
    p = tmp_path / "one.eml.gz"
    p.write_bytes(gzip.compress(BOUNCE.read_bytes()))
    reports = list(bouncekit.scan(p))
    assert _sources(reports) == [str(p)]
    assert reports[0].kind is Kind.BOUNCE and len(reports[0].records) == 3


def test_truncated_gzip_gives_an_error_record(tmp_path: Path):
    p = tmp_path / "broken.gz"
    p.write_bytes(gzip.compress(_mbox(BOUNCE, DELAY) * 50)[:300])
    reports = list(bouncekit.scan(p))
    assert reports and reports[-1].kind is Kind.ERROR and reports[-1].error


def test_scan_binary_stream_single_message():
    reports = list(bouncekit.scan(io.BytesIO(BOUNCE.read_bytes())))
    assert len(reports) == 1 and reports[0].kind is Kind.BOUNCE
    assert reports[0].source == "-:1"


def test_scan_binary_stream_mbox():
    reports = list(bouncekit.scan(io.BytesIO(_mbox(BOUNCE, LETTER))))
    assert _sources(reports) == ["-:1", "-:2"]


def test_scan_named_file_object(tmp_path: Path):
    p = tmp_path / "named.eml"
    p.write_bytes(BOUNCE.read_bytes())
    with p.open("rb") as fh:
        reports = list(bouncekit.scan(fh))
    assert _sources(reports) == [str(p)]


def test_scan_several_sources_in_order(tmp_path: Path):
    a, b = tmp_path / "a.eml", tmp_path / "b.mbox"
    a.write_bytes(LETTER.read_bytes())
    b.write_bytes(_mbox(BOUNCE, DELAY))
    reports = list(bouncekit.scan([b, a]))
    assert _sources(reports) == [f"{b}:1", f"{b}:2", str(a)]


@pytest.mark.parametrize("name,data", [
    ("empty.eml", b""),
    ("random.bin", bytes(range(256)) * 7 + os.urandom(2000)),
    ("truncated.eml", BOUNCE.read_bytes()[: BOUNCE.read_bytes().index(b"Final-Recipient: rfc822; tobias") + 30]),
    ("nul.eml", b"\x00" * 4096),
    ("only-headers.eml", b"Subject: x"),
])
def test_odd_files_give_exactly_one_record(tmp_path: Path, name: str, data: bytes):
    p = tmp_path / name
    p.write_bytes(data)
    reports = list(bouncekit.scan(p))
    assert len(reports) == 1
    assert len(reports[0].records) == 1
    d = reports[0].to_dicts()[0]
    assert tuple(d) == RECORD_FIELDS and d["source"] == str(p)


def test_empty_file_is_an_error_record(tmp_path: Path):
    p = tmp_path / "empty.eml"
    p.write_bytes(b"")
    (report,) = list(bouncekit.scan(p))
    assert report.kind is Kind.ERROR and report.records[0].error


def test_jobs_give_the_same_reports_in_the_same_order(tmp_path: Path):
    for i, m in enumerate(sorted(CORPUS.rglob("*.eml"))):
        (tmp_path / f"{i:03d}.eml").write_bytes(m.read_bytes())
    one = [r.to_dicts() for r in bouncekit.scan(tmp_path, jobs=1)]
    two = [r.to_dicts() for r in bouncekit.scan(tmp_path, jobs=2)]
    assert one == two and len(one) == len(list(CORPUS.rglob("*.eml")))


def test_shared_mboxes_give_one_source_per_message(sisimai_dir: Path):
    box = sisimai_dir / "mailbox"
    if not box.is_dir():
        pytest.skip("no shared mailbox directory")
    files = sorted(box.iterdir())
    assert len(files) == 2
    for mbox in files:
        expected = len(_MBOX_FROM.findall(mbox.read_bytes()))
        reports = list(bouncekit.scan(mbox))
        assert _sources(reports) == [f"{mbox}:{n}" for n in range(1, expected + 1)], mbox.name
        assert all(r.records for r in reports)
        assert not [r.source for r in reports if r.kind is Kind.ERROR]


def test_oversized_message_does_not_hide_the_next_one():
    from bouncekit.mime import MAX_MESSAGE_BYTES

    big = b"Subject: big attachment\n\n" + (b"x" * 99 + b"\n") * (2 * MAX_MESSAGE_BYTES // 100)
    sep = b"From a@example.org Mon Jan  1 00:00:00 2024\n"
    box = sep + big + sep + BOUNCE.read_bytes() + b"\n" + sep + DELAY.read_bytes()
    reports = list(bouncekit.scan(io.BytesIO(box)))
    assert _sources(reports) == ["-:1", "-:2", "-:3"]
    assert _kinds(reports) == [Kind.NOT_BOUNCE, Kind.BOUNCE, Kind.DELAY]


def test_unreadable_source_gives_an_error_record_and_the_scan_goes_on(tmp_path: Path):
    good = tmp_path / "good.eml"
    good.write_bytes(BOUNCE.read_bytes())
    missing = tmp_path / "missing.eml"
    reports = list(bouncekit.scan([missing, good]))
    assert _sources(reports) == [str(missing), str(good)]
    assert reports[0].kind is Kind.ERROR and reports[0].records[0].error
    assert reports[1].kind is Kind.BOUNCE


@pytest.mark.parametrize("chunk", [7, 64, 1 << 20])
def test_mbox_reader_cuts_the_same_messages_whatever_the_read_size(tmp_path: Path, monkeypatch, chunk: int):
    from bouncekit.intake import sources as _scan

    messages = sorted(CORPUS.rglob("*.eml"))[:40]
    path = tmp_path / "box.mbox"
    path.write_bytes(_mbox(*messages) + b"From last@example.org Mon Jan  1 00:00:00 2024\nX: 1\n\nno final newline")
    big = [data for _, data in _scan.iter_messages(str(path))]
    monkeypatch.setattr(_scan, "_CHUNK", chunk)
    streamed = list(_scan.iter_messages(str(path)))
    assert len(streamed) == len(messages) + 1
    assert [data for _, data in streamed] == big


def test_mbox_with_jobs_gives_the_same_reports_in_the_same_order(tmp_path: Path):
    path = tmp_path / "box.mbox"
    path.write_bytes(_mbox(*sorted(CORPUS.rglob("*.eml"))) * 3)
    one = [r.to_dicts() for r in bouncekit.scan(path, jobs=1)]
    two = [r.to_dicts() for r in bouncekit.scan(path, jobs=2)]
    assert one == two and len(one) == 3 * len(list(CORPUS.rglob("*.eml")))


@pytest.mark.parametrize("size,probe", [(1, 1 << 16), (700, 9), (1 << 19, 1 << 16), (5000, 1)])
def test_mbox_runs_hold_the_same_messages_as_the_stream_reader(tmp_path: Path, monkeypatch, size: int, probe: int):
    """Runs cut at message starts (probes too small for a message, "\\nFrom " across a probe's
    edge), each counted and numbered on from the ones before it as the workers and the parent do,
    split into exactly the messages, with the same labels, the one-process reader gives."""
    from bouncekit.intake import sources as _scan

    messages = sorted(CORPUS.rglob("*.eml"))[:40]
    path = tmp_path / "box.mbox"
    path.write_bytes(_mbox(*messages) + b"From last@example.org Mon Jan  1 00:00:00 2024\nX: 1\n\nno final newline")
    monkeypatch.setattr(_scan, "_RANGE_BYTES", size)
    streamed = list(_scan.iter_messages(str(path)))
    monkeypatch.setattr(_scan, "_PROBE_BYTES", probe)
    runs = [run for _, run in _scan.iter_messages(str(path), ranges=True)]
    assert all(isinstance(r, _scan.MboxRange) for r in runs)
    assert [r.place for r in runs] == list(range(len(runs)))
    assert runs[0].first == 1 and all(r.first == 0 for r in runs[1:])  # known once counted
    numbering, first, items = _scan.RUN_NUMBERING, 1, []
    for run in runs:
        count, read = numbering.read(run)
        items += numbering.numbered(run, read, first)
        assert list(numbering.with_first(run, first).items()) == numbering.numbered(run, read, first)
        first += count
    assert items == streamed
    assert runs[0].start == 0 and runs[-1].end == path.stat().st_size
    assert all(a.end == b.start for a, b in zip(runs, runs[1:]))


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_cli_numbers_mbox_runs_as_one_process_does(tmp_path: Path, monkeypatch, capsysbinary, fmt: str):
    """With --jobs 2 the workers read runs of an mbox and this process numbers the messages: the
    output equals --jobs 1 byte for byte, also for the same file twice and a name CSV must quote."""
    from bouncekit.cli.main import main
    from bouncekit.intake import sources as _scan

    name = tmp_path / 'odd, "name".mbox'
    name.write_bytes(_mbox(*sorted(CORPUS.rglob("*.eml"))[:60]))
    monkeypatch.setattr(_scan, "_RANGE_BYTES", 3000)
    outputs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"out-{jobs}"
        assert main(["scan", "--jobs", jobs, "--format", fmt, "-o", str(out), str(name), str(BOUNCE), str(name)]) == 0
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]
    assert outputs[0].count(b'.mbox:1"') >= 2 and outputs[0].count(b'.mbox:60"') >= 2


def test_jobs_without_fork_use_a_process_pool(tmp_path: Path, monkeypatch):
    """Where os.fork is missing, a multiprocessing pool decodes in the same order."""
    from bouncekit.intake import sources as _scan

    path = tmp_path / "box.mbox"
    path.write_bytes(_mbox(*sorted(CORPUS.rglob("*.eml"))[:50]))
    one = [r.to_dicts() for r in bouncekit.scan(path, jobs=1)]
    monkeypatch.setattr(_scan, "can_fork", lambda: False)
    two = [r.to_dicts() for r in bouncekit.scan(path, jobs=2)]
    assert one == two and len(one) == 50


def test_standard_input_closed_is_an_error_report(monkeypatch):
    import sys

    monkeypatch.setattr(sys, "stdin", None)
    reports = list(bouncekit.scan("-"))
    assert [r.kind for r in reports] == [Kind.ERROR]
    assert reports[0].source == "-" and reports[0].records[0].error == "standard input is closed"
