"""The I/O edge: message sources (files, directories, Maildir, mbox, gzip, streams) and scan()."""
from __future__ import annotations

import gzip
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import IO, NamedTuple, TypeVar, Union

from ..core import error_report, parse
from ..mime import MAX_MESSAGE_BYTES
from ..model import Report
from .workers import can_fork, fork_map

PathLike = Union[str, "os.PathLike[str]"]
Source = Union[PathLike, IO[bytes]]
Item = tuple[str, Union[bytes, Exception, "MboxSlice", "MboxRange"]]
# what a worker is given: a batch of messages, or a run of an mbox file's messages
Unit = Union[list[Item], "MboxRange"]
T = TypeVar("T")
_CHUNK = 1 << 20
_BATCH = 128
_GZIP_MAGIC = b"\x1f\x8b"
_UNQUOTE = re.compile(rb"(?m)^>(>*From )")


def _unquote(msg: bytes) -> bytes:
    """mboxrd: a body line '>From ' was written for 'From '."""
    return _UNQUOTE.sub(rb"\1", msg) if b">From " in msg else msg


def iter_mbox(fh: IO[bytes], first: bytes = b"") -> Iterator[bytes]:
    """Messages of an mbox stream, one at a time, never the whole file in memory.

    A message is examined up to MAX_MESSAGE_BYTES; the rest of it is read past, not kept."""
    cur: list[bytes] = []
    size = 0
    pending = first
    started = False
    while True:
        chunk = fh.read(_CHUNK)
        data = pending + chunk if chunk else pending
        if not data:
            break
        pos = 0
        if not started:
            started = True
            if not data.startswith(b"From "):
                # Not an mbox after all: treat the whole stream as one message.
                rest = data + fh.read(MAX_MESSAGE_BYTES)
                yield rest[:MAX_MESSAGE_BYTES]
                while fh.read(_CHUNK):
                    pass
                return
        while True:
            i = data.find(b"\nFrom ", pos)
            if i < 0:
                break
            piece = data[pos:i + 1]
            if size < MAX_MESSAGE_BYTES:
                cur.append(piece[: MAX_MESSAGE_BYTES - size])
                size += len(piece)
            if cur:
                yield _unquote(b"".join(cur))
            cur, size = [], 0
            pos = i + 1
        if not chunk:
            piece = data[pos:]
            if size < MAX_MESSAGE_BYTES:
                cur.append(piece[: MAX_MESSAGE_BYTES - size])
                size += len(piece)
            break
        keep = max(pos, len(data) - 6)
        piece = data[pos:keep]
        if size < MAX_MESSAGE_BYTES:
            cur.append(piece[: MAX_MESSAGE_BYTES - size])
        size += len(piece)
        pending = data[keep:]
    if cur and any(cur):
        yield _unquote(b"".join(cur))


class MboxSlice(NamedTuple):
    """Where one message of an mbox file lies: sent to a worker process instead of its bytes,
    which the worker reads itself, so the parent neither copies nor pickles message bodies."""
    path: str
    start: int
    end: int  # -1: to the end of the file

    def read(self) -> bytes:
        fd = _FDS.get(self.path)
        if fd is None:
            fd = _FDS[self.path] = os.open(self.path, os.O_RDONLY)
        size = MAX_MESSAGE_BYTES if self.end < 0 else min(self.end - self.start, MAX_MESSAGE_BYTES)
        return _unquote(os.pread(fd, size, self.start))


# per worker process: the mbox files it has opened (pread keeps no shared file offset)
_FDS: dict[str, int] = {}


def _mbox_slices(fh: IO[bytes], path: str, label: str) -> Iterator[tuple[str, MboxSlice]]:
    """The messages of an mbox file as slices: one pass over the file finding "From " lines."""
    start = 0
    n = 0
    base = 0  # file offset of data[0]
    data = fh.read(_CHUNK)
    while data:
        pos = 0
        while True:
            i = data.find(b"\nFrom ", pos)
            if i < 0:
                break
            n += 1
            yield f"{label}:{n}", MboxSlice(path, start, base + i + 1)
            start = base + i + 1
            pos = i + 1
        more = fh.read(_CHUNK)
        if not more:
            break
        # keep the tail that could hold the start of a "\nFrom " split across reads
        keep = max(pos, len(data) - 6)
        base += keep
        data = data[keep:] + more
    if os.fstat(fh.fileno()).st_size > start:
        n += 1
        yield f"{label}:{n}", MboxSlice(path, start, -1)


class MboxRange(NamedTuple):
    """Whole messages of a plain mbox file, bytes [start, end): a worker process reads and splits
    them itself, so this process neither scans the file for message starts nor sends one reference
    per message; it numbers the messages when the results come back, in order (``label:N``)."""
    path: str
    label: str
    start: int
    end: int

    def messages(self) -> Iterator[bytes]:
        """The messages, each capped and unquoted as iter_mbox gives them."""
        return iter_mbox(_RangeReader(self.path, self.start, self.end))  # type: ignore[arg-type]


class _RangeReader:
    """``read(n)`` over bytes [start, end) of a file, by pread on the worker's descriptor."""

    def __init__(self, path: str, start: int, end: int) -> None:
        fd = _FDS.get(path)
        if fd is None:
            fd = _FDS[path] = os.open(path, os.O_RDONLY)
        self._fd, self._pos, self._end = fd, start, end

    def read(self, n: int = -1) -> bytes:
        want = self._end - self._pos if n is None or n < 0 else min(n, self._end - self._pos)
        if want <= 0:
            return b""
        data = os.pread(self._fd, want, self._pos)
        self._pos += len(data)
        return data


# an mbox is handed to workers in runs of about this many bytes (~120 messages of the corpus)
_RANGE_BYTES = 1 << 19
_WINDOW = 1 << 16


def _mbox_ranges(fh: IO[bytes], path: str, label: str) -> Iterator[MboxRange]:
    """The file cut into runs of whole messages: each cut is the first message start (a "From "
    line) at or after the next _RANGE_BYTES bytes, found by reading a small window there."""
    fd = fh.fileno()
    total = os.fstat(fd).st_size
    start = 0
    while start < total:
        end = _message_start_from(fd, start + _RANGE_BYTES, total)
        yield MboxRange(path, label, start, end)
        start = end


def _message_start_from(fd: int, pos: int, total: int) -> int:
    """Offset of the first message that starts at ``pos`` or later ("\nFrom " before it), else ``total``."""
    at = pos - 1  # the newline ending the previous message may sit just before ``pos``
    while at < total:
        window = os.pread(fd, _WINDOW, at)
        i = window.find(b"\nFrom ")
        if i >= 0:
            return at + i + 1
        if len(window) < _WINDOW:
            break
        at += len(window) - 5  # overlap, for a "\nFrom " cut at the window's edge
    return total


def _read_capped(fh: IO[bytes]) -> bytes:
    data = fh.read(MAX_MESSAGE_BYTES)
    while fh.read(_CHUNK):
        pass
    return data


def _open_stream(fh: IO[bytes], label: str, path: str | None = None,
                 ranges: bool = False) -> Iterator[tuple[str, bytes | MboxSlice | MboxRange]]:
    """Messages of one stream; ``path`` (a plain file for worker processes) asks for mbox slices,
    or with ``ranges`` for MboxRange runs of messages that are not numbered yet."""
    head = fh.read(5)
    if head[:2] == _GZIP_MAGIC:
        rest = _Prefixed(head, fh)
        with gzip.GzipFile(fileobj=rest) as gz:  # type: ignore[arg-type, call-overload]
            yield from _open_stream(gz, label)  # type: ignore[arg-type]
        return
    if head.startswith(b"From "):
        if path is not None and ranges:
            yield from ((label, r) for r in _mbox_ranges(fh, path, label))
            return
        if path is not None:
            fh.seek(0)
            yield from _mbox_slices(fh, path, label)
            return
        for n, msg in enumerate(iter_mbox(fh, head), 1):
            yield f"{label}:{n}", msg
        return
    data = head + _read_capped(fh)
    if label == "-":
        yield "-:1", data
    else:
        yield label, data


class _Prefixed:
    """A read-only stream that first returns some bytes already read."""

    def __init__(self, prefix: bytes, fh: IO[bytes]) -> None:
        self._prefix = prefix
        self._fh = fh

    def read(self, n: int = -1) -> bytes:
        if self._prefix:
            if n is None or n < 0:
                out = self._prefix + self._fh.read()
                self._prefix = b""
                return out
            out, self._prefix = self._prefix[:n], self._prefix[n:]
            if len(out) < n:
                out += self._fh.read(n - len(out))
            return out
        return self._fh.read(n)


def _walk_dir(path: str) -> Iterator[str]:
    for root, dirs, files in os.walk(path):
        dirs.sort()
        # Maildir: messages in cur/ and new/, never the half-written ones in tmp/
        if "tmp" in dirs and ("cur" in dirs or "new" in dirs):
            dirs.remove("tmp")
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in sorted(files):
            if name.startswith("."):
                continue
            yield os.path.join(root, name)


def iter_messages(source: Source, *, slices: bool = False, ranges: bool = False) -> Iterator[Item]:
    """(source label, raw bytes) for every message of a path or binary stream; with ``slices``,
    the messages of a plain mbox file come as MboxSlice references for worker processes, with
    ``ranges`` as MboxRange runs (one item per run, not per message)."""
    if hasattr(source, "read"):
        label = getattr(source, "name", None)
        yield from _guarded(_open_stream(source, label if isinstance(label, str) else "-"), "-")  # type: ignore[arg-type]
        return
    path = os.fspath(source)  # type: ignore[arg-type]
    if path == "-":
        yield from _guarded(_open_stream(sys.stdin.buffer, "-"), "-")
        return
    if os.path.isdir(path):
        for file in _walk_dir(path):
            yield from _iter_file(file, slices, ranges)
        return
    yield from _iter_file(path, slices, ranges)


def _iter_file(path: str, slices: bool = False, ranges: bool = False) -> Iterator[Item]:
    try:
        fh = open(path, "rb")
    except OSError as exc:
        yield path, exc
        return
    with fh:
        if path.lower().endswith(_JSON_LINES):
            yield from _guarded(_json_lines(fh, path), path)
            return
        yield from _guarded(_open_stream(fh, path, path if slices or ranges else None, ranges), path)


# JSON lines (webhook exports): one document per line, labelled ``path:N`` like mbox messages
_JSON_LINES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")


def _json_lines(fh: IO[bytes], label: str) -> Iterator[tuple[str, bytes]]:
    """The non-blank lines of a JSON-lines file (gzip-compressed or not), each capped at
    MAX_MESSAGE_BYTES (a longer line is cut, and its record says the JSON is malformed)."""
    peek = getattr(fh, "peek", None)
    head = peek(2)[:2] if peek is not None else b""
    stream: IO[bytes] = gzip.GzipFile(fileobj=fh) if head == _GZIP_MAGIC else fh  # type: ignore[assignment]
    n = 0
    while True:
        line = stream.readline(MAX_MESSAGE_BYTES)
        if not line:
            return
        if not line.endswith(b"\n"):
            while True:  # past the cap: the rest of the line is read past, not kept
                rest = stream.readline(_CHUNK)
                if not rest or rest.endswith(b"\n"):
                    break
        if line.strip():
            n += 1
            yield f"{label}:{n}", line


def _guarded(it: Iterator[tuple[str, bytes | MboxSlice | MboxRange]], label: str) -> Iterator[Item]:
    """A read error (truncated gzip, I/O error) ends that source with one error record."""
    last = label
    try:
        for src, data in it:
            last = src
            yield src, data
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        yield f"{last}" if last != label else label, exc


def decode_item(item: Item) -> Report:
    src, data = item
    if isinstance(data, MboxSlice):
        try:
            data = data.read()
        except OSError as exc:
            data = exc
    if isinstance(data, Exception):
        return error_report(src, f"{type(data).__name__}: {data}")
    if isinstance(data, MboxRange):
        raise TypeError("an MboxRange holds many messages: the caller decodes its messages()")
    return parse(data, source=src)


def scan(source: Source | Iterable[Source], *, jobs: int | None = 1) -> Iterator[Report]:
    """Reports for every message in a path (file, directory, Maildir, mbox, gzip) or binary
    stream, or in several of them, in input order. ``jobs`` > 1 decodes in worker processes;
    ``None`` uses every core."""
    for reports in map_batches(source, decode_batch, jobs=jobs):
        yield from reports


def decode_batch(items: list[Item]) -> list[Report]:
    return [decode_item(item) for item in items]


def map_batches(source: Source | Iterable[Source], fn: Callable[[list[Item]], T], *,
                jobs: int | None = 1, size: int = _BATCH) -> Iterator[T]:
    """``fn`` of consecutive batches of (source label, message) items, in input order.

    With ``jobs`` > 1 the batches go to worker processes: ``fn`` must then be a module-level
    function, and what it returns travels back pickled (the CLI's workers return finished output
    text, not Report objects). Messages of plain mbox files then travel as MboxSlice references
    that the workers read themselves."""
    n = jobs if jobs is not None else (os.cpu_count() or 1)
    items = (item for s in _sources(source) for item in iter_messages(s, slices=n > 1))
    batches: Iterator[list[Item]] = _units(items, size)  # type: ignore[assignment]  # no MboxRange here
    if n <= 1:
        return map(fn, batches)
    return (result for _, result in _parallel_units(batches, fn, n))  # type: ignore[arg-type]


def map_units(source: Source | Iterable[Source], fn: Callable[[Unit], T], *,
              jobs: int | None = 1, size: int = _BATCH) -> Iterator[tuple[Unit, T]]:
    """(unit, ``fn(unit)``) in input order, where a unit is a batch of (label, message) items or,
    with ``jobs`` > 1, an MboxRange of a plain mbox file: the caller numbers its messages."""
    n = jobs if jobs is not None else (os.cpu_count() or 1)
    items = (item for s in _sources(source) for item in iter_messages(s, ranges=n > 1))
    units = _units(items, size)
    if n <= 1:
        return ((unit, fn(unit)) for unit in units)
    return _parallel_units(units, fn, n)


def _sources(source: Source | Iterable[Source]) -> list[Source]:
    if isinstance(source, (str, os.PathLike)) or hasattr(source, "read"):
        return [source]  # type: ignore[list-item]
    return list(source)  # type: ignore[arg-type]


def _units(items: Iterator[Item], size: int) -> Iterator[Unit]:
    batch: list[Item] = []
    for item in items:
        if isinstance(item[1], MboxRange):
            if batch:
                yield batch
                batch = []
            yield item[1]
            continue
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _parallel_units(units: Iterator[Unit], fn: Callable[[Unit], T], jobs: int) -> Iterator[tuple[Unit, T]]:
    if can_fork():
        yield from fork_map(units, fn, jobs)
        return
    import multiprocessing as mp
    from collections import deque

    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
    with ctx.Pool(jobs) as pool:
        pending: deque = deque()
        for unit in units:
            pending.append((unit, pool.apply_async(fn, (unit,))))
            if len(pending) >= 4 * jobs:  # a bounded number in flight keeps memory flat
                done, result = pending.popleft()
                yield done, result.get()
        while pending:
            done, result = pending.popleft()
            yield done, result.get()
