"""Issue 10: a truncated gzip mbox gives every message zlib can recover, then one error record of
its own, wherever the cut falls (benchmarks/gzip_truncation.py runs the same check on 20,000
messages through the command line)."""
from __future__ import annotations

import gzip
import importlib.util
import sys
import zlib
from pathlib import Path

import pytest

import bouncekit
from bouncekit import Kind
from conftest import ROOT

POSTMARK = b"From MAILER-DAEMON Mon Jan  1 00:00:00 2024\n"
MESSAGE = b"Subject: hello\nMessage-ID: <m-%d@example.org>\n\nbody line\nFrom the quoted line\n\n"
# what tells a postmark from a body line: its sender and its time
RECOGNISED = POSTMARK[:POSTMARK.index(b":") + 3]


def _box(n: int) -> bytes:
    return b"".join(POSTMARK + MESSAGE.replace(b"\nFrom ", b"\n>From ") % i for i in range(1, n + 1))


def _recoverable(data: bytes) -> int:
    """Messages zlib recovers: the first once the data reads "From " (what makes it an mbox), each
    later one once its postmark holds a sender and a time (what tells a postmark from a body line;
    the bytes of a postmark cut before that stay with the message before it)."""
    out = zlib.decompressobj(31).decompress(data)
    return out.count(b"\n\n" + RECOGNISED) + out.startswith(b"From ")


def test_every_cut_through_a_message_boundary(tmp_path: Path):
    """Stored (level 0) gzip: each byte cut is one byte less of the mbox, so the sweep ends the
    data at every byte of the end of message 1, the postmark of message 2 and its first header."""
    box = _box(3)
    raw = gzip.compress(box, 0)
    offset = raw.index(box[:20])  # where the mbox bytes start inside the gzip
    second = box.index(POSTMARK, 1)
    path = tmp_path / "box.mbox.gz"
    seen = set()
    for end in [*range(2, offset + 3), *range(offset + second - 4, offset + second + len(POSTMARK) + 12)]:
        data = raw[:end]
        path.write_bytes(data)
        want = _recoverable(data) if end > offset else 0
        reports = list(bouncekit.scan(path))
        told = want
        if offset < end < offset + 5:
            told = 1
            # 1 to 4 bytes of "From " are no mbox yet: read as the one message they are, with a
            # record of its own (no bytes are dropped), then the archive's error record
            fragment, *reports = reports
            assert fragment.source == str(path) and "ends early" not in (fragment.error or "")
        *messages, error = reports
        assert [r.source for r in messages] == [f"{path}:{k}" for k in range(1, want + 1)], end
        assert all(r.kind is not Kind.ERROR for r in messages[:-1]), end
        if messages and messages[-1].kind is Kind.ERROR:  # a cut right after a postmark: nothing of it
            assert messages[-1].error in ("empty message", "no message headers or body"), messages[-1].error
        assert error.kind is Kind.ERROR and error.source == str(path), (end, error)
        assert "ends early" in (error.error or "") and f"({told} message" in (error.error or ""), error.error
        seen.add(want)
    assert seen == {0, 1, 2}  # the sweep went through both message starts


def test_a_gzip_cut_inside_its_header_is_one_error_record(tmp_path: Path):
    path = tmp_path / "box.mbox.gz"
    path.write_bytes(gzip.compress(_box(50))[:10])
    reports = list(bouncekit.scan(path))
    assert [(r.kind, r.source) for r in reports] == [(Kind.ERROR, str(path))]
    assert "(0 messages recovered)" in (reports[0].error or "")


def test_the_acceptance_script_on_a_small_archive(capsys: pytest.CaptureFixture[str]):
    spec = importlib.util.spec_from_file_location("gzip_truncation", ROOT / "benchmarks" / "gzip_truncation.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules["gzip_truncation"] = mod
    spec.loader.exec_module(mod)
    assert mod.main(["--messages", "240", "--cuts", "2"]) == 0
    out = capsys.readouterr().out
    assert "OK: every recoverable message decoded" in out and "FAIL" not in out
    assert sum(" recoverable, " in line for line in out.splitlines()) == 1 + 7 + 2  # the whole archive, the fixed cuts, the spread ones
