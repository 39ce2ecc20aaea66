"""``bouncekit scan``: records of every message of files, directories, Maildirs, mboxes, stdin or
IMAP mailboxes (``imaps://user@host/FOLDER``, read by ``_imap`` after the files).

Exit status: 0 when every input was read; 1 when an input could not be read (a missing or
unreadable path, a FIFO or device, a truncated gzip, a message that killed its worker twice:
each has its ``error`` record and the run goes on with the rest); 2 for a usage error (nothing read).
"""
from __future__ import annotations

import argparse
import functools
import io
import itertools
import os
import stat
import sys
import time
from collections import Counter
from collections.abc import Iterable, Sequence

from . import _imap
from ._common import die, isatty, reconfigure, visible

# typing.TYPE_CHECKING, without importing typing at run time (a quicker start)
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import IO, Any

    from ..intake.sources import Item, Unit
    from ..model import Record, Report

# the sources and the decoder (core, the formats, the record model) are imported where they are
# used, not here: ``bouncekit --help`` needs none of them, the parent of worker processes no decoder

NAME = "scan"
HELP = "decode messages from files, directories, Maildirs, mboxes, '-' (stdin) or imaps:// mailboxes"


def add_arguments(s: argparse.ArgumentParser) -> None:
    s.add_argument("paths", nargs="+", metavar="PATH")
    s.add_argument("--format", choices=("jsonl", "csv"), default="jsonl")
    s.add_argument("--output", "-o", metavar="FILE",
                   help="write records here instead of standard output (never one of the inputs; "
                        "written to a temporary file in the same directory, renamed when done)")
    s.add_argument("--summary", action="store_true",
                   help="print counts by kind, category, severity and top recipient domains "
                        "(records still go to --output when given)")
    s.add_argument("--jobs", "-j", type=int, default=None, metavar="N",
                   help="worker processes (default: all cores)")
    s.add_argument("--exclude", action="append", default=[], metavar="GLOB",
                   help="skip files and directories whose name (or path) matches GLOB while walking "
                        "directories, e.g. --exclude '*.json' (repeatable)")
    s.add_argument("--header", action="append", default=[], metavar="NAME",
                   help="add this header of the returned original message (e.g. X-Campaign-Id) as a "
                        "field / column to every record (repeatable)")
    _imap.add_arguments(s)


def run(args: argparse.Namespace) -> int:
    mailboxes, args.paths = _imap.split(args.paths)
    password = _imap.prepare(mailboxes) if mailboxes else ""
    if args.jobs is not None and args.jobs < 1:
        die("--jobs must be 1 or more")
    jobs = args.jobs if args.jobs is not None else (os.cpu_count() or 1)
    if args.paths.count("-") > 1:
        die("'-' (standard input) can be given once")
    headers = _check_headers(args.header)
    write_records = bool(args.output) or not args.summary
    out: IO[str]
    sink: _Output | None = None
    if args.output:
        sink = _Output(args.output, args.paths)
        out = sink.open()
    else:
        # JSON lines and CSV are data: UTF-8 whatever the locale says, and never a crash on odd text
        reconfigure(sys.stdout, encoding="utf-8")
        out = sys.stdout
    counts = _Summary()
    # a progress line for a person watching stderr, whatever stdout is; cleared before records
    # are written to the same terminal
    progress = _Progress() if isatty(sys.stderr) else None
    shared_terminal = progress is not None and not args.output and write_records and isatty(sys.stdout)
    render = functools.partial(_render_unit, fmt=args.format if write_records else None,
                               counts=args.summary, headers=tuple(headers))
    empty: list[str] = []
    ok = False
    try:
        if args.format == "csv" and write_records:
            from ..model import RECORD_FIELDS

            out.write(",".join(_csv_safe(f) for f in (*RECORD_FIELDS, *headers)) + "\n")
        # workers return a unit's finished output as UTF-8 bytes (errors="replace", as the text
        # stream would do: encoded once, in the worker) and its summary counts
        binary = getattr(out, "buffer", None)
        if binary is not None:
            out.flush()
        # the files' units, then the IMAP mailboxes' reports (read after the files, as before)
        units = (rendered for _, rendered in map_units(
            args.paths, render, jobs=jobs, exclude=args.exclude,
            counted=lambda src, n: empty.append(str(src)) if n == 0 else None))
        imap = (_render([report], args.format if write_records else None, args.summary, headers)
                for report in _imap.reports(mailboxes, password, args))
        for data, part in itertools.chain(units, imap):
            if data:
                if shared_terminal and progress is not None:
                    progress.clear()
                if binary is not None:
                    binary.write(data)
                else:
                    out.write(data.decode("utf-8"))
            counts.merge(part)
            if progress:
                progress.tick(part.messages)
        ok = True
    finally:
        if progress:
            progress.done()
        if sink is not None:
            sink.close(keep=ok)
    for path in empty:
        sys.stderr.write(f"bouncekit: warning: {visible(path)}: no message found\n")
    if args.summary:
        sys.stdout.write(counts.render())
    if counts.failed:
        sys.stderr.write(f"bouncekit: {_n(counts.failed)} input{'s' if counts.failed != 1 else ''} "
                         "could not be read (see their error records)\n")
        return 1
    return 0


def map_units(*args: Any, **kwargs: Any) -> Any:
    """``intake.sources.map_units``, imported when called."""
    from ..intake import sources

    return sources.map_units(*args, **kwargs)


def _check_headers(names: Sequence[str]) -> list[str]:
    from ..model import RECORD_FIELDS

    fields = {f.lower() for f in RECORD_FIELDS}
    out: list[str] = []
    for name in names:
        if not name or not all(33 <= ord(c) <= 126 and c != ":" for c in name):
            die(f"--header {name!r}: not a header name")
        if name.lower() in fields:
            die(f"--header {name}: a record already has a field of that name")
        if name.lower() not in (n.lower() for n in out):
            out.append(name)
    return out


class _Output:
    """--output: refused when it is one of the inputs or inside an input directory (symbolic links
    and hard links resolved); written to a temporary file next to it, renamed into place at the
    end, so an interrupted run never leaves half a file where a good one was."""

    def __init__(self, path: str, inputs: Sequence[str]) -> None:
        self.path = path
        self.target = os.path.realpath(path)
        self._check(inputs)
        self.tmp: str | None = None
        self.fh: IO[str] | None = None

    def _check(self, inputs: Sequence[str]) -> None:
        try:
            st = os.stat(self.target)
        except OSError:
            st = None
        if st is not None and os.path.isdir(self.target):
            die(f"--output {self.path} is a directory")
        for given in inputs:
            if given == "-":
                continue
            real = os.path.realpath(given)
            if real == self.target or (os.path.isdir(real) and self.target.startswith(real.rstrip(os.sep) + os.sep)):
                die(f"--output {self.path} is {'inside the input directory' if real != self.target else 'an input'}"
                    f" {given}: refused, nothing written")
            if st is not None:
                try:
                    other = os.stat(real)
                except OSError:
                    continue
                if (other.st_dev, other.st_ino) == (st.st_dev, st.st_ino):
                    die(f"--output {self.path} is the same file as the input {given}: refused, nothing written")

    def open(self) -> IO[str]:
        try:
            special = not stat.S_ISREG(os.stat(self.target).st_mode)
        except OSError:
            special = False
        if special:  # /dev/null, a FIFO, a terminal: written in place, never renamed over
            try:
                self.fh = open(self.target, "w", encoding="utf-8", errors="replace", newline="")
            except OSError as exc:
                die(f"cannot write {self.path}: {exc.strerror}")
            return self.fh
        import tempfile

        folder = os.path.dirname(self.target) or "."
        try:
            fd, self.tmp = tempfile.mkstemp(dir=folder, prefix="." + os.path.basename(self.target) + ".", suffix=".tmp")
        except OSError as exc:
            die(f"cannot write {self.path}: {exc.strerror}")
        umask = os.umask(0)
        os.umask(umask)
        os.fchmod(fd, 0o666 & ~umask)
        self.fh = open(fd, "w", encoding="utf-8", errors="replace", newline="")
        return self.fh

    def close(self, keep: bool) -> None:
        assert self.fh is not None
        if self.tmp is None:  # written in place
            self.fh.close()
            return
        try:
            self.fh.close()
            if keep:
                os.replace(self.tmp, self.target)
                self.tmp = None
        finally:
            if self.tmp is not None:
                try:
                    os.unlink(self.tmp)
                except OSError:
                    pass


# spreadsheet formula injection (OWASP "CSV injection"): a cell starting with one of these is
# read as a formula by Excel, LibreOffice and Google Sheets; a leading ' makes it text
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _csv_safe(value: Any) -> Any:
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _header_values(report: Report, headers: Sequence[str]) -> dict[str, str | None]:
    from ..mime import decode_words

    found: dict[str, str | None] = {}
    original = report.original_headers
    for name in headers:
        value = original.get(name) if original else None
        found[name] = decode_words(value) if value is not None else None
    return found


def _render(items: Iterable[Item | Report], fmt: str | None, counts: bool,
            headers: Sequence[str]) -> tuple[bytes, _Summary]:
    import csv
    import json

    from ..intake.sources import decode_item
    from ..model import Report

    summary = _Summary()
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n") if fmt == "csv" else None
    lines: list[str] = []
    for item in items:
        if isinstance(item, Report):  # decoded already (an IMAP message)
            report = item
        else:
            if isinstance(item[1], Exception):
                summary.failed += 1
            report = decode_item(item)
        summary.messages += 1
        if counts:
            summary.add_report(report)
        if fmt is None:
            continue
        extra = _header_values(report, headers) if headers else None
        for rec in report.records:
            if writer is not None:
                writer.writerow(_csv_row(rec, extra))
            elif extra is None:
                lines.append(rec.to_json() + "\n")
            else:
                lines.append(json.dumps({**rec.to_dict(), **extra}, ensure_ascii=False) + "\n")
    text = buf.getvalue() if writer is not None else "".join(lines)
    return text.encode("utf-8", "replace"), summary


def _csv_row(rec: Record, extra: dict[str, str | None] | None) -> list[Any]:
    values = list(rec.to_dict().values())
    if extra:
        values.extend(extra.values())
    return [_csv_safe(v) for v in values]


def _render_unit(unit: Unit, fmt: str | None, counts: bool, headers: Sequence[str] = ()) -> tuple[bytes, _Summary]:
    """A worker's output for one unit (a batch, or a run of an mbox with its messages labelled):
    the finished bytes of its records and its counts."""
    from ..intake.sources import unit_items

    return _render(unit_items(unit), fmt, counts, headers)


def _n(value: int) -> str:
    """Counts as people read them, the same everywhere: 20,080."""
    return f"{value:,}"


class _Summary:
    def __init__(self) -> None:
        self.messages = 0
        self.records = 0
        self.failed = 0  # inputs that could not be read
        self.kind: Counter[str] = Counter()
        self.category: Counter[str] = Counter()
        self.severity: Counter[str] = Counter()
        self.domains: Counter[str] = Counter()

    def add_report(self, report: Report) -> None:
        for rec in report.records:
            self.records += 1
            self.kind[rec.kind.value] += 1
            if rec.category is not None:
                self.category[rec.category.value] += 1
            self.severity[rec.severity.value if rec.severity else "none"] += 1
            if rec.recipient and "@" in rec.recipient:
                self.domains[rec.recipient.rsplit("@", 1)[1]] += 1

    def merge(self, other: _Summary) -> None:
        self.messages += other.messages
        self.records += other.records
        self.failed += other.failed
        self.kind.update(other.kind)
        self.category.update(other.category)
        self.severity.update(other.severity)
        self.domains.update(other.domains)

    def render(self) -> str:
        buf = io.StringIO()
        buf.write(f"messages: {_n(self.messages)}  records: {_n(self.records)}\n")
        for title, counter in (("kind", self.kind), ("category", self.category), ("severity", self.severity)):
            buf.write(f"\nby {title}:\n")
            for k, v in counter.most_common():
                buf.write(f"  {k:24} {_n(v):>9}\n")
        buf.write("\ntop recipient domains:\n")
        for k, v in self.domains.most_common(10):
            buf.write(f"  {visible(k):40} {_n(v):>9}\n")
        return buf.getvalue()


class _Progress:
    """``bouncekit: 20,080 messages (2,702/s)`` on stderr, rewritten in place; each line erases the
    one before it whole, so the final line has no leftovers of a longer one."""

    def __init__(self, stream: IO[str] | None = None) -> None:
        self.stream = stream or sys.stderr
        self.n = 0
        self.start = time.monotonic()
        self.last = 0.0
        self.shown = False

    def _show(self, text: str) -> None:
        # only ever written to a terminal: carriage return, erase the line (ESC [ K), the new text
        self.stream.write("\r\x1b[K" + text)
        self.stream.flush()
        self.shown = True

    def tick(self, n: int = 1) -> None:
        self.n += n
        now = time.monotonic()
        if now - self.last >= 0.2:
            self.last = now
            rate = self.n / max(now - self.start, 1e-9)
            self._show(f"bouncekit: {_n(self.n)} messages ({_n(round(rate))}/s)")

    def clear(self) -> None:
        if self.shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self.shown = False

    def done(self) -> None:
        elapsed = time.monotonic() - self.start
        self._show(f"bouncekit: {_n(self.n)} messages in {elapsed:.1f} s")
        self.stream.write("\n")
        self.stream.flush()

