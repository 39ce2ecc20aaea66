"""The I/O edge: message sources (files, directories, Maildir, mbox, gzip, streams) and scan().

Every path is accounted for: a file, directory, FIFO, socket or device that cannot be read as mail
gives an item holding the error (an ``error`` record once decoded), never a hang and never silence.
"""
from __future__ import annotations

import fnmatch
import itertools
import os
import stat
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import IO, TYPE_CHECKING, Any, NamedTuple, TypeVar, Union

from .._patterns import compile_pattern
from ..mime import MAX_MESSAGE_BYTES
from .workers import Numbering, can_fork, fork_map

if TYPE_CHECKING:
    from ..model import Report

PathLike = str | os.PathLike[str]
Source = PathLike | IO[bytes]
Item = tuple[str, Union[bytes, Exception, "MboxRange"]]
# what a worker is given: a batch of messages, or a run of an mbox file's messages
Unit = Union[list[Item], "MboxRange"]
T = TypeVar("T")
_CHUNK = 1 << 20
_BATCH = 128
_GZIP_MAGIC = b"\x1f\x8b"
_UNQUOTE = compile_pattern(rb"(?m)^>(>*From )")
# a "From " line starts a message when it reads like the postmark mbox writers put there
# ("From sender Mon Jan  1 00:00:00 2024": a sender, then a time); "From here on ..." in a body
# whose writer did not quote it stays in the body. Looked for within this many bytes of its start.
_POSTMARK = compile_pattern(rb"From [^\s]+[ \t][^\r\n]*?\d:\d\d")
_POSTMARK_BYTES = 300
# a line end and a postmark, searched for in one pass of the regex engine (by the line end an mbox
# uses: LF, also for CRLF files, or a bare CR); a postmark holds no line end, so matches of
# successive lines never overlap
_SEPARATORS = {eol: compile_pattern(eol + _POSTMARK.pattern) for eol in (b"\n", b"\r")}


class NotReadable(OSError):
    """A path that is not a regular file or a directory (FIFO, socket, device), or a broken link."""


def _unquote(msg: bytes) -> bytes:
    """mboxrd: a body line '>From ' was written for 'From '."""
    return _UNQUOTE.sub(rb"\1", msg) if b">From " in msg else msg


def _line_end(head: bytes) -> bytes:
    """The line end of an mbox, from its first line: LF (also for CRLF files) or a bare CR."""
    cr, lf = head.find(b"\r"), head.find(b"\n")
    if cr >= 0 and (lf < 0 or cr < lf) and head[cr + 1:cr + 2] != b"\n":
        return b"\r"
    return b"\n"


def _starts(data: bytes, pos: int, limit: int, eol: bytes) -> Iterator[int]:
    """Offsets (of the line end before them) of the message starts in data[pos:limit]: a line end,
    then a postmark ending within _POSTMARK_BYTES of the line's start."""
    end = min(len(data), limit + 1 + _POSTMARK_BYTES)
    for m in _SEPARATORS[eol].finditer(data, pos, end):
        i = m.start()
        if i >= limit:
            return
        if m.end() - i <= _POSTMARK_BYTES + 1:
            yield i


def iter_mbox(fh: IO[bytes], first: bytes = b"", eol: bytes | None = None) -> Iterator[bytes]:
    """Messages of an mbox stream, one at a time, never the whole file in memory.

    Line ends may be LF, CRLF or bare CR (a bare-CR message is given with LF line ends). A message
    is examined up to MAX_MESSAGE_BYTES; the rest of it is read past, not kept."""
    cur: list[bytes] = []
    size = 0
    pending = first
    while True:
        chunk = fh.read(_CHUNK)
        data = pending + chunk if chunk else pending
        if not data:
            break
        if eol is None:
            eol = _line_end(data[:4096])
        final = not chunk
        # every start before ``limit`` has its whole postmark line in ``data``
        limit = len(data) if final else max(0, len(data) - _POSTMARK_BYTES)
        pos = 0
        for i in _starts(data, 0, limit, eol):
            piece = data[pos:i + 1]
            if size < MAX_MESSAGE_BYTES:
                cur.append(piece[: MAX_MESSAGE_BYTES - size])
            size += len(piece)
            if cur:
                yield _finish(b"".join(cur), eol)
            cur, size = [], 0
            pos = i + 1
        keep = max(pos, limit)
        piece = data[pos:keep]
        if size < MAX_MESSAGE_BYTES:
            cur.append(piece[: MAX_MESSAGE_BYTES - size])
        size += len(piece)
        pending = data[keep:]
        if final:
            break
    if cur and any(cur):
        yield _finish(b"".join(cur), eol or b"\n")


def _finish(msg: bytes, eol: bytes) -> bytes:
    if eol == b"\r":
        msg = msg.replace(b"\r", b"\n")
    return _unquote(msg)


class MboxRange(NamedTuple):
    """Whole messages of a plain mbox file, bytes [start, end), the first of them message number
    ``first``: a worker process reads, splits and labels them itself (``label:N``), so neither
    message bodies nor one reference per message travel to it. ``first`` is 0 until the runs
    before it are counted (``place`` in its file's ``series`` of runs: see RUN_NUMBERING)."""
    path: str
    label: str
    start: int
    end: int
    first: int = 1
    eol: bytes = b"\n"
    series: int = 0
    place: int = 0

    def messages(self) -> Iterator[bytes]:
        """The messages, each capped and unquoted as iter_mbox gives them."""
        return iter_mbox(_RangeReader(self.path, self.start, self.end), eol=self.eol)  # type: ignore[arg-type]

    def items(self) -> Iterator[Item]:
        """(label:N, message) for each message of the run."""
        if self.first < 1:
            raise ValueError("the run's first message number is not known yet")
        return iter(_labelled(self, _read_run(self), self.first))


def _read_run(run: MboxRange) -> list[bytes | Exception]:
    """The messages of a run, read once; an error reading it (the file went away under us) ends
    the list, where it becomes one error record."""
    out: list[bytes | Exception] = []
    try:
        out.extend(run.messages())
    except OSError as exc:
        out.append(exc)
    return out


def _labelled(run: MboxRange, read: list[bytes | Exception], first: int) -> list[Item]:
    label = run.label
    return [(f"{label}:{n}", m) for n, m in enumerate(read, first)]


def _messages_read(read: list[bytes | Exception]) -> int:
    return len(read) - (1 if read and isinstance(read[-1], Exception) else 0)


class _RunNumbering(Numbering[Any]):
    """An mbox file's runs are numbered on from the runs before them: the worker that reads a run
    counts its messages and tells the parent, which gives each run the number of its first
    message once every run before it is counted (workers.Numbering). The parent never reads the
    file through: it finds each cut with one small read near the cut (_mbox_ranges)."""

    def place(self, unit: Any) -> tuple[int, int] | None:
        return (unit.series, unit.place) if isinstance(unit, MboxRange) else None

    def first(self, unit: Any) -> int:
        return int(unit.first)

    def read(self, unit: Any) -> tuple[int, Any]:
        read = _read_run(unit)
        return _messages_read(read), read

    def numbered(self, unit: Any, read: Any, first: int) -> Any:
        return _labelled(unit, read, first)

    def with_first(self, unit: Any, first: int) -> Any:
        return unit._replace(first=first)


RUN_NUMBERING = _RunNumbering()


# per worker process: the mbox files it has opened (pread keeps no shared file offset)
_FDS: dict[str, int] = {}


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


# an mbox is handed to workers in runs of about this many bytes (~120 messages of the corpus);
# the last _TAIL_RUNS runs' worth of the file in runs 8 times smaller, so that the workers
# finish together (the last run given out is what one worker does while the others wait)
_RANGE_BYTES = 1 << 19
_TAIL_RUNS = 4
_TAIL_RANGE_BYTES = _RANGE_BYTES // 8
# a cut is looked for in reads of this many bytes from where the run should end
_PROBE_BYTES = 1 << 16
# each file's runs are one series: the same file named twice is two
_SERIES = itertools.count(1)


def _mbox_ranges(fh: IO[bytes], path: str, label: str, eol: bytes) -> Iterator[MboxRange]:
    """The file cut into runs of whole messages: each cut at the first message start past the
    run's length, found by reading a little there. The workers read, split and count the runs
    (so this process never reads the file through); only the first run's first number is known
    here, the others' come from the counts (RUN_NUMBERING)."""
    fd = fh.fileno()
    total = os.fstat(fd).st_size
    series = next(_SERIES)
    tail = total - _TAIL_RUNS * _RANGE_BYTES
    start, place = 0, 0
    while start < total:
        size = _RANGE_BYTES if start + _RANGE_BYTES < tail else _TAIL_RANGE_BYTES
        end = _next_start(fd, start + size, total, eol)
        yield MboxRange(path, label, start, end, 1 if place == 0 else 0, eol, series, place)
        start, place = end, place + 1


def _next_start(fd: int, at: int, total: int, eol: bytes) -> int:
    """The offset of the first message start at or after ``at`` (``total`` if there is none): the
    starts iter_mbox cuts at, read from the line end before ``at`` on, window by window."""
    pos = at - 1
    while pos < total:
        want = _PROBE_BYTES + _POSTMARK_BYTES + 1
        data = os.pread(fd, want, pos)
        if not data:
            break
        # every start before ``limit`` has its whole postmark window in ``data`` (a short read is
        # the end of the file, even one that grew or shrank since it was measured)
        limit = len(data) if len(data) < want or pos + len(data) >= total else _PROBE_BYTES
        for i in _starts(data, 0, limit, eol):
            return pos + i + 1
        pos += limit
    return total


class _Reader:
    """A read-only stream over another that remembers end-of-file: once a read gave nothing the
    source is not read again (a terminal on stdin needs one Ctrl-D, not one per read), and that
    first returns some bytes already read."""

    def __init__(self, fh: IO[bytes], prefix: bytes = b"") -> None:
        self._fh = fh
        self._prefix = prefix
        self._eof = False

    def read(self, n: int = -1) -> bytes:
        out = b""
        if self._prefix:
            if n is None or n < 0:
                out, self._prefix = self._prefix, b""
            else:
                out, self._prefix = self._prefix[:n], self._prefix[n:]
                n -= len(out)
                if n == 0:
                    return out
        if self._eof:
            return out
        more = self._fh.read() if n is None or n < 0 else _read_fully(self._fh, n)
        if not more or (n is not None and 0 <= n and len(more) < n):
            self._eof = True
        return out + (more or b"")


def _read_fully(fh: IO[bytes], n: int) -> bytes:
    """Up to ``n`` bytes, stopping at the first empty read (raw streams return short reads)."""
    chunks: list[bytes] = []
    while n > 0:
        chunk = fh.read(n)
        if not chunk:
            break
        chunks.append(chunk)
        n -= len(chunk)
    return b"".join(chunks)


class _Gunzip:
    """A gzip stream decompressed as it is read. A truncated or corrupt stream ends the data where
    it stops making sense and keeps the error in ``error``, so every byte zlib could recover is
    read first (GzipFile raises and loses what it had decompressed); concatenated members are read
    one after the other."""

    def __init__(self, fh: _Reader) -> None:
        self._fh = fh
        self._z = zlib.decompressobj(31)
        self._buf = b""
        self._raw = b""  # compressed bytes read but not yet given to zlib
        self.error: Exception | None = None
        self._done = False
        self.out = 0  # bytes decompressed

    def read(self, n: int = -1) -> bytes:
        want = _CHUNK if n is None or n < 0 else n
        while len(self._buf) < want and not self._done:
            self._fill()
        out, self._buf = self._buf[:want], self._buf[want:]
        self.out += len(out)
        return out

    def _fill(self) -> None:
        z = self._z
        data = z.unconsumed_tail or self._raw or self._fh.read(1 << 16)
        self._raw = b""
        if not data:
            if not z.eof:
                self.error = EOFError("the gzip data ends early (a truncated file): every message before "
                                      "the cut was read")
            self._done = True
            return
        try:
            self._buf += z.decompress(data, _CHUNK)
        except zlib.error as exc:
            self.error = OSError(f"corrupt gzip data ({exc}): the messages before it were read")
            self._done = True
            return
        if z.eof:
            rest = z.unused_data or self._fh.read(1 << 16)
            if rest[:2] == _GZIP_MAGIC:  # another member follows
                self._z = zlib.decompressobj(31)
                self._raw = rest
            else:
                if rest.strip(b"\0"):
                    self.error = OSError("data after the end of the gzip stream is not gzip: not read")
                self._done = True


def _open_stream(fh: IO[bytes] | _Reader | _Gunzip, label: str, path: str | None = None,
                 ranges: bool = False, depth: int = 0) -> Iterator[Item]:
    """Messages of one stream; ``path`` with ``ranges`` (a plain file, for worker processes) asks
    for MboxRange runs of an mbox instead of its messages."""
    reader = fh if isinstance(fh, (_Reader, _Gunzip)) else _Reader(fh)
    head = reader.read(5)
    if head[:2] == _GZIP_MAGIC and depth < 2:
        gz = _Gunzip(_Reader(reader, head))  # type: ignore[arg-type]
        n = 0
        for item in _open_stream(gz, label, depth=depth + 1):
            n += 1
            yield item
        if gz.error is not None:
            # its own source: the archive itself, never the label of the last message read
            yield label, type(gz.error)(f"{gz.error} ({n} message{'s' if n != 1 else ''} recovered)")
        return
    if head.startswith(b"From "):
        rest = reader.read(4096)
        eol = _line_end(head + rest)
        if path is not None and ranges:
            yield from ((label, r) for r in _mbox_ranges(fh, path, label, eol))  # type: ignore[arg-type]
            return
        for n, msg in enumerate(iter_mbox(reader, head + rest, eol), 1):  # type: ignore[arg-type]
            yield f"{label}:{n}", msg
        return
    # one message: read up to the cap and no further (an endless stream must not hang the scan)
    data = head + reader.read(MAX_MESSAGE_BYTES - len(head))
    if not data and isinstance(reader, _Gunzip) and reader.error is not None:
        return  # a gzip cut before its first byte of data holds no message: only its error record
    yield ("-:1" if label == "-" else label), data


_KINDS = ((stat.S_ISFIFO, "a FIFO (named pipe)"), (stat.S_ISSOCK, "a socket"),
          (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"))


def _not_regular(mode: int) -> str:
    for test, what in _KINDS:
        if test(mode):
            return what
    return "not a regular file"


def _open_file(path: str) -> IO[bytes]:
    """A regular file opened for reading; NotReadable for anything else. O_NONBLOCK: opening a FIFO
    never waits for a writer (it is refused after fstat); regular files ignore the flag."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    fd = os.open(path, flags)
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise NotReadable(f"{_not_regular(st.st_mode)}, not read")
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def _error_text(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc) or type(exc).__name__


class _Walk:
    """Files of a directory tree in name order, with an error item for whatever cannot be read.

    Hidden entries (names starting with '.') are skipped, as is a Maildir's ``tmp/`` (messages
    being written); ``exclude`` globs match a name or a whole path. A symbolic link to a directory
    is followed, and a directory already read (a link loop, or two links to one place) is read
    once."""

    def __init__(self, exclude: Sequence[str]) -> None:
        self.exclude = tuple(exclude)
        self.seen: set[tuple[int, int]] = set()

    def excluded(self, path: str) -> bool:
        name = os.path.basename(path.rstrip(os.sep)) or path
        return any(fnmatch.fnmatch(name, g) or fnmatch.fnmatch(path, g) for g in self.exclude)

    def walk(self, path: str) -> Iterator[tuple[str, Exception | None]]:
        try:
            st = os.stat(path)
        except OSError as exc:
            yield path, exc
            return
        key = (st.st_dev, st.st_ino)
        if key in self.seen:
            return
        self.seen.add(key)
        try:
            with os.scandir(path) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            yield path, exc
            return
        names = {e.name for e in entries}
        maildir = "tmp" in names and ("cur" in names or "new" in names)
        for e in entries:
            if e.name.startswith(".") or (maildir and e.name == "tmp"):
                continue
            full = os.path.join(path, e.name)
            if self.exclude and self.excluded(full):
                continue
            try:
                is_dir = e.is_dir()  # follows a symbolic link
                is_file = not is_dir and e.is_file()
            except OSError as exc:
                yield full, exc
                continue
            if is_dir:
                yield from self.walk(full)
            elif is_file:
                yield full, None
            else:
                try:
                    mode = os.stat(full).st_mode
                except OSError:
                    yield full, NotReadable("a broken symbolic link")
                    continue
                yield full, NotReadable(f"{_not_regular(mode)}, not read")


def iter_messages(source: Source, *, ranges: bool = False, exclude: Sequence[str] = (),
                  _walk: _Walk | None = None) -> Iterator[Item]:
    """(source label, raw bytes or the error) for every message of a path or binary stream; with
    ``ranges``, a plain mbox file comes as MboxRange runs (one item per run, not per message)."""
    if hasattr(source, "read"):
        label = getattr(source, "name", None)
        yield from _guarded(_open_stream(source, label if isinstance(label, str) else "-"), "-")  # type: ignore[arg-type]
        return
    path = os.fspath(source)
    if path == "-":
        stdin = sys.stdin
        if stdin is None:  # the process was started with it closed (<&-)
            yield "-", NotReadable("standard input is closed")
            return
        yield from _guarded(_open_stream(stdin.buffer, "-"), "-")
        return
    walk = _walk or _Walk(exclude)
    if os.path.isdir(path):
        for file, error in walk.walk(path):
            if error is not None:
                yield file, error
            else:
                yield from _iter_file(file, ranges)
        return
    yield from _iter_file(path, ranges)


def _iter_file(path: str, ranges: bool = False) -> Iterator[Item]:
    try:
        fh = _open_file(path)
    except OSError as exc:
        yield path, exc
        return
    with fh:
        if path.lower().endswith(_JSON_LINES):
            yield from _guarded(_json_lines(fh, path), path)
            return
        yield from _guarded(_open_stream(fh, path, path if ranges else None, ranges), path)


# JSON lines (webhook exports): one document per line, labelled ``path:N`` like mbox messages
_JSON_LINES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")


def _json_lines(fh: IO[bytes], label: str) -> Iterator[Item]:
    """The non-blank lines of a JSON-lines file (gzip-compressed or not) as ``label:N`` items. A
    line longer than MAX_MESSAGE_BYTES is cut there (its record says the JSON is malformed) and the
    rest of it read past, not kept."""
    reader = _Reader(fh)
    head = reader.read(2)
    inner = _Reader(reader, head)  # type: ignore[arg-type]  # a _Reader reads like a file
    stream: _Reader | _Gunzip = _Gunzip(inner) if head == _GZIP_MAGIC else inner
    n = 0
    buf = b""
    skipping = False  # inside the rest of an over-long line
    while True:
        chunk = stream.read(_CHUNK)
        buf += chunk
        start = 0
        while True:
            i = buf.find(b"\n", start)
            if i < 0:
                break
            line, start = buf[start:i + 1], i + 1
            if skipping:
                skipping = False
            elif line.strip():
                n += 1
                yield f"{label}:{n}", line
        buf = buf[start:]
        if len(buf) > MAX_MESSAGE_BYTES and not skipping:
            n += 1
            yield f"{label}:{n}", buf[:MAX_MESSAGE_BYTES]
            skipping = True
        if skipping:
            buf = b""
        if not chunk:
            break
    if buf.strip() and not skipping:
        n += 1
        yield f"{label}:{n}", buf
    if isinstance(stream, _Gunzip) and stream.error is not None:
        yield label, type(stream.error)(f"{stream.error} ({n} document{'s' if n != 1 else ''} recovered)")


def _guarded(it: Iterator[Item], label: str) -> Iterator[Item]:
    """A read error (an I/O error, a file that went away) ends that source with one error item,
    labelled with the source itself."""
    try:
        yield from it
    except (OSError, EOFError) as exc:
        yield label, exc


def describe_error(exc: BaseException) -> str:
    """The error record's text for an input that could not be read."""
    if isinstance(exc, NotReadable):
        return str(exc)
    return f"{type(exc).__name__}: {_error_text(exc)}"


def parse(data: bytes, *, source: str = "-") -> Report:
    """``core.parse``, imported at the first message decoded (reading sources, and a parent process
    that hands an mbox's runs to worker processes, never loads the formats); it then takes this
    function's place, so that later messages pay no import statement (~2 µs)."""
    from ..core import parse as parse_message

    globals()["parse"] = parse_message
    return parse_message(data, source=source)


def decode_item(item: Item) -> Report:
    src, data = item
    if isinstance(data, Exception):
        from ..core import error_report

        return error_report(src, describe_error(data))
    if isinstance(data, MboxRange):
        raise TypeError("an MboxRange holds many messages: the caller decodes its items()")
    return parse(data, source=src)


def unit_items(unit: Unit) -> Iterator[Item]:
    """The (label, message) items of a unit, a batch or a run of an mbox."""
    return unit.items() if isinstance(unit, MboxRange) else iter(unit)


def decode_unit(unit: Unit) -> list[Report]:
    return [decode_item(item) for item in unit_items(unit)]


def scan(source: Source | Iterable[Source], *, jobs: int | None = 1,
         exclude: Sequence[str] = ()) -> Iterator[Report]:
    """Reports for every message in a path (file, directory, Maildir, mbox, gzip) or binary
    stream, or in several of them, in input order. ``jobs`` > 1 decodes in worker processes;
    ``None`` uses every core. ``exclude``: glob patterns of file or directory names (or paths)
    not to read. A path that cannot be read gives a report of kind ``error`` naming the reason."""
    for _, reports in map_units(source, decode_unit, jobs=jobs, exclude=exclude):
        yield from reports


def map_units(source: Source | Iterable[Source], fn: Callable[[Unit], T], *,
              jobs: int | None = 1, size: int = _BATCH, exclude: Sequence[str] = (),
              counted: Callable[[Source, int], object] | None = None) -> Iterator[tuple[Unit, T]]:
    """(unit, ``fn(unit)``) in input order, where a unit is a batch of (label, message) items or,
    with ``jobs`` > 1, an MboxRange run of a plain mbox file (its messages labelled already).

    With ``jobs`` > 1, ``fn`` runs in worker processes (a module-level function; its result travels
    back pickled). A worker that dies is replaced and its work redone; a unit on which workers die
    twice comes back as one-message units, and a message that kills a worker twice as a unit of
    one error item (see workers.fork_map). ``counted(source, n)`` is called as each source is read
    to its end with its number of items (0: the source held no message at all)."""
    n = jobs if jobs is not None else (os.cpu_count() or 1)
    parallel = n > 1 and can_fork()
    walk = _Walk(exclude)
    items = (item for s in _sources(source) for item in _counting(s, iter_messages(s, ranges=parallel, _walk=walk), counted))
    units = _units(items, size)
    if not parallel:
        return ((unit, fn(unit)) for unit in units)

    # the decoder loaded once, here, with the phrase index it derives at its first classification,
    # before the workers are forked: they share it (copy-on-write) instead of each making it again
    from .. import core  # noqa: F401
    from ..classify import index

    index.get()

    def lost(unit: Unit, why: str) -> T:
        label = next(iter(unit_items(unit)))[0]
        return fn([(label, WorkerDied(f"{why} while decoding this message, twice: not decoded"))])

    return fork_map(units, fn, n, split=_split_unit, lost=lost, numbering=RUN_NUMBERING)


def _counting(source: Source, items: Iterator[Item], counted: Callable[[Source, int], object] | None) -> Iterator[Item]:
    n = 0
    for item in items:
        n += 1
        yield item
    if counted is not None:
        counted(source, n)


class WorkerDied(RuntimeError):
    """A message on which worker processes died twice."""


def _split_unit(unit: Unit) -> list[Unit]:
    items = list(unit_items(unit))
    return [[item] for item in items] if len(items) > 1 or isinstance(unit, MboxRange) else [unit]


def _sources(source: Source | Iterable[Source]) -> list[Source]:
    if isinstance(source, (str, os.PathLike)) or hasattr(source, "read"):
        return [source]  # type: ignore[list-item]
    return list(source)


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
