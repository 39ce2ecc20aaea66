"""Issue 10, intake: every path accounted for, archives as they are, dying workers, no hang."""
from __future__ import annotations

import gzip
import os
import signal
import socket
import zlib
from pathlib import Path

import pytest

import bouncekit
from bouncekit import Kind
from bouncekit.intake import sources as _sources
from bouncekit.intake import workers as _workers
from conftest import CORPUS

BOUNCE = CORPUS / "rfc3464" / "failed-three-recipients.eml"
DELAY = CORPUS / "rfc3464" / "delayed.eml"
POSTMARK = b"From sender@example.org Mon Jan  1 00:00:00 2024\n"


def _box(n: int, eol: bytes = b"\n") -> bytes:
    msgs = [BOUNCE.read_bytes(), DELAY.read_bytes()]
    # a different header in each message, so that a compressed archive is not tiny
    out = b"".join(POSTMARK + b"X-Noise: " + os.urandom(24).hex().encode() + b"\n"
                   + msgs[i % 2].replace(b"\r\n", b"\n").rstrip(b"\n") + b"\n\n" for i in range(n))
    return out.replace(b"\n", eol)


def _scan(*paths: object, **kw: object) -> list[bouncekit.Report]:
    return list(bouncekit.scan(list(paths), **kw))  # type: ignore[arg-type]


# -- every path accounted for -------------------------------------------------------------------

def test_fifo_socket_and_device_give_error_records_not_a_hang(tmp_path: Path):
    (tmp_path / "a.eml").write_bytes(BOUNCE.read_bytes())
    os.mkfifo(tmp_path / "b-fifo")
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(tmp_path / "c-socket"))
    try:
        reports = _scan(tmp_path, "/dev/zero")
    finally:
        sock.close()
    kinds = {Path(r.source).name: (r.kind, r.error) for r in reports}
    assert kinds["a.eml"][0] is Kind.BOUNCE
    assert kinds["b-fifo"][0] is Kind.ERROR and "FIFO" in kinds["b-fifo"][1]
    assert kinds["c-socket"][0] is Kind.ERROR and "socket" in kinds["c-socket"][1]
    assert kinds["zero"][0] is Kind.ERROR and "character device" in kinds["zero"][1]


def test_unreadable_directory_and_broken_link_give_error_records(tmp_path: Path, monkeypatch):
    (tmp_path / "ok").mkdir()
    (tmp_path / "ok" / "a.eml").write_bytes(BOUNCE.read_bytes())
    (tmp_path / "secret").mkdir()
    (tmp_path / "dangling").symlink_to(tmp_path / "nowhere")
    real = os.scandir

    def scandir(path):  # the tests run as root, whom chmod 000 does not stop
        if str(path).endswith("secret"):
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(_sources.os, "scandir", scandir)
    reports = _scan(tmp_path)
    by_name = {Path(r.source).name: r for r in reports}
    assert by_name["a.eml"].kind is Kind.BOUNCE
    assert by_name["secret"].kind is Kind.ERROR and "Permission denied" in by_name["secret"].error
    assert by_name["dangling"].kind is Kind.ERROR and "broken symbolic link" in by_name["dangling"].error


def test_symlinked_directories_are_followed_once_and_loops_end(tmp_path: Path):
    inner = tmp_path / "inner"
    inner.mkdir()
    (inner / "a.eml").write_bytes(BOUNCE.read_bytes())
    (inner / "loop").symlink_to(inner)  # inner/loop/loop/loop ...
    (tmp_path / "link").symlink_to(inner)  # the same directory a second time
    elsewhere = tmp_path.parent / (tmp_path.name + "-outside")
    elsewhere.mkdir()
    (elsewhere / "b.eml").write_bytes(DELAY.read_bytes())
    (tmp_path / "out").symlink_to(elsewhere)
    reports = _scan(tmp_path)
    names = sorted(Path(r.source).name for r in reports)
    assert names == ["a.eml", "b.eml"]


def test_a_missing_path_has_its_record_and_the_others_are_read(tmp_path: Path):
    reports = _scan(tmp_path / "missing.eml", BOUNCE)
    assert [r.kind for r in reports] == [Kind.ERROR, Kind.BOUNCE]
    assert "No such file" in reports[0].error


def test_exclude_skips_by_name_and_nothing_else_is_hidden(tmp_path: Path):
    (tmp_path / "a.eml").write_bytes(BOUNCE.read_bytes())
    (tmp_path / "a.json").write_text("{}")
    (tmp_path / "b").write_bytes(DELAY.read_bytes())  # no extension: read
    assert sorted(Path(r.source).name for r in _scan(tmp_path)) == ["a.eml", "a.json", "b"]
    assert sorted(Path(r.source).name for r in _scan(tmp_path, exclude=["*.json"])) == ["a.eml", "b"]


# -- archives ----------------------------------------------------------------------------------

@pytest.mark.parametrize("eol", [b"\n", b"\r\n", b"\r"])
def test_mbox_line_ends(tmp_path: Path, eol: bytes):
    path = tmp_path / "box.mbox"
    path.write_bytes(_box(4, eol))
    for jobs in (1, 2):
        reports = _scan(path, jobs=jobs)
        assert [r.source for r in reports] == [f"{path}:{n}" for n in range(1, 5)]
        assert [r.kind for r in reports] == [Kind.BOUNCE, Kind.DELAY] * 2


def test_from_lines_in_bodies(tmp_path: Path):
    letter = b"From: a@example.org\nSubject: hi\n\nFrom here on we walk.\n>From the quoted line.\n"
    path = tmp_path / "box.mbox"
    path.write_bytes(POSTMARK + letter + b"\n" + POSTMARK + letter)
    msgs = [m for _, m in _sources.iter_messages(str(path))]
    assert len(msgs) == 2  # an unquoted "From here" is no postmark: it stays in the body
    assert all(b"\nFrom here on we walk.\nFrom the quoted line.\n" in m for m in msgs)


def _recoverable(data: bytes) -> int:
    """What zlib itself recovers from (possibly truncated) gzip bytes: messages whose postmark it reaches."""
    z = zlib.decompressobj(31)
    try:
        out = z.decompress(data)
    except zlib.error:
        return -1
    # a postmark counts once its sender and time are there (what tells it from a body line): a cut
    # inside "From sender Mon Jan  1 00:00" leaves those bytes with the message before
    mark = POSTMARK[:POSTMARK.index(b":") + 3]
    return out.count(b"\n\n" + mark) + out.startswith(mark)


@pytest.mark.parametrize("cut", [100, 3000, 9_000, 17_777])
def test_truncated_gzip_yields_every_recoverable_message_then_one_error(tmp_path: Path, cut: int):
    raw = gzip.compress(_box(400), 6)
    assert len(raw) > cut
    path = tmp_path / "box.mbox.gz"
    path.write_bytes(raw[:len(raw) - cut])
    reports = _scan(path, BOUNCE)
    *messages, error, last = reports
    assert len(messages) == _recoverable(raw[:len(raw) - cut]) > 0
    assert [r.source for r in messages] == [f"{path}:{n}" for n in range(1, len(messages) + 1)]
    assert error.kind is Kind.ERROR and error.source == str(path) and "truncated" in error.error
    assert last.kind is Kind.BOUNCE  # the scan goes on


def test_corrupt_gzip_and_concatenated_members(tmp_path: Path):
    one, two = gzip.compress(_box(3)), gzip.compress(_box(2))
    path = tmp_path / "two.mbox.gz"
    path.write_bytes(one + two)
    assert len(_scan(path)) == 5
    bad = bytearray(one)
    bad[len(bad) // 2] ^= 0xFF
    path.write_bytes(bytes(bad))
    reports = _scan(path)
    assert reports[-1].kind is Kind.ERROR and reports[-1].source == str(path)


def test_parse_reads_a_stream_up_to_the_cap_and_stops():
    class Endless:
        reads = 0

        def read(self, n: int = -1) -> bytes:
            self.reads += 1
            return b"\0" * (n if n and n > 0 else 1 << 16)

    stream = Endless()
    report = bouncekit.parse(stream)
    assert report.records and stream.reads == 1


# -- dying workers -----------------------------------------------------------------------------

def _die_on_seven(n: int) -> int:
    if n == 7:
        os.kill(os.getpid(), signal.SIGKILL)
    return n


def _die_once(n: int, marker: str = "") -> int:
    if n == 5 and not os.path.exists(marker):
        open(marker, "w").close()
        os.kill(os.getpid(), signal.SIGKILL)
    return n


@pytest.mark.skipif(not _workers.can_fork(), reason="no os.fork here")
def test_fork_map_redoes_the_work_of_a_dead_worker(tmp_path: Path):
    import functools

    fn = functools.partial(_die_once, marker=str(tmp_path / "died"))
    assert [r for _, r in _workers.fork_map(range(20), fn, 2)] == list(range(20))
    lost = list(_workers.fork_map(range(12), _die_on_seven, 2, lost=lambda u, why: -1))
    assert [r for _, r in lost] == [*range(7), -1, *range(8, 12)]


def _killing_parse(data, source="-"):
    if b"KILL-THE-WORKER" in bytes(data):
        os.kill(os.getpid(), signal.SIGKILL)
    return bouncekit.core.parse(data, source=source)


@pytest.mark.skipif(not _workers.can_fork(), reason="no os.fork here")
def test_scan_jobs_2_survives_a_message_that_kills_its_worker(tmp_path: Path, monkeypatch):

    monkeypatch.setattr(_sources, "parse", _killing_parse)
    box = _box(30)
    box += POSTMARK + b"Subject: KILL-THE-WORKER\n\nboom\n\n" + _box(30)
    path = tmp_path / "box.mbox"
    path.write_bytes(box)
    monkeypatch.setattr(_sources, "_RANGE_BYTES", 4000)
    reports = _scan(path, jobs=2)
    assert [r.source for r in reports] == [f"{path}:{n}" for n in range(1, 62)]
    assert reports[30].kind is Kind.ERROR and "SIGKILL" in reports[30].error
    assert [r.kind for r in reports[:30]] == [Kind.BOUNCE, Kind.DELAY] * 15
    assert [r.kind for r in reports[31:]] == [Kind.BOUNCE, Kind.DELAY] * 15
    # files in batches die the same way
    for n in range(4):
        (tmp_path / f"m{n}.eml").write_bytes(b"Subject: KILL-THE-WORKER\n\nx\n" if n == 2 else BOUNCE.read_bytes())
    files = sorted(tmp_path.glob("m*.eml"))
    reports = _scan(*files, jobs=2)
    assert [r.kind for r in reports] == [Kind.BOUNCE, Kind.BOUNCE, Kind.ERROR, Kind.BOUNCE]
