"""``bouncekit scan``: records of every message of files, directories, Maildirs, mboxes or stdin."""
from __future__ import annotations

import argparse
import csv
import functools
import io
import json
import os
import sys
import time
from collections import Counter
from typing import IO, Any

from ..core import error_report, parse
from ..intake.sources import Item, MboxRange, Unit, decode_item, map_units
from ..model import RECORD_FIELDS, Report
from . import _imap
from ._common import check_paths, die, isatty, reconfigure

NAME = "scan"
HELP = "decode messages from files, directories, Maildirs, mboxes, '-' (stdin) or imaps:// mailboxes"


def add_arguments(s: argparse.ArgumentParser) -> None:
    s.add_argument("paths", nargs="+", metavar="PATH")
    s.add_argument("--format", choices=("jsonl", "csv"), default="jsonl")
    s.add_argument("--output", "-o", metavar="FILE", help="write records here instead of standard output")
    s.add_argument("--summary", action="store_true",
                   help="print counts by kind, category, severity and top recipient domains "
                        "(records still go to --output when given)")
    s.add_argument("--jobs", "-j", type=int, default=None, metavar="N",
                   help="worker processes (default: all cores)")
    _imap.add_arguments(s)


def run(args: argparse.Namespace) -> int:
    mailboxes, args.paths = _imap.split(args.paths)  # imap:// and imaps:// URLs are read after the files
    password = _imap.prepare(mailboxes) if mailboxes else ""
    check_paths(args.paths)
    if args.jobs is not None and args.jobs < 1:
        die("--jobs must be 1 or more")
    jobs = args.jobs if args.jobs is not None else (os.cpu_count() or 1)
    if args.paths.count("-") > 1:
        die("'-' (standard input) can be given once")
    out: IO[str]
    if args.output:
        try:
            out = open(args.output, "w", encoding="utf-8", errors="replace", newline="")
        except OSError as exc:
            die(f"cannot write {args.output}: {exc.strerror}")
    else:
        # JSON lines and CSV are data: UTF-8 whatever the locale says, and never a crash on odd text
        reconfigure(sys.stdout, encoding="utf-8")
        out = sys.stdout
    write_records = bool(args.output) or not args.summary
    counts = _Summary()
    # a progress line only for a person watching, and never mixed into records on the same terminal
    progress = _Progress() if isatty(sys.stderr) and (args.output or not isatty(sys.stdout)) else None
    # the summary's counts are kept only when asked for; the progress line needs just the messages
    render = functools.partial(_render_unit, fmt=args.format if write_records else None, counts=args.summary)
    numbered: dict[str, int] = {}  # messages of each mbox numbered so far, when workers read runs of it
    try:
        if args.format == "csv" and write_records:
            out.write(_CSV_HEADER)
        # workers return a unit's finished output, as UTF-8 bytes (errors="replace", as the text
        # stream would do: encoded once, in the worker), and its summary counts
        binary = getattr(out, "buffer", None)
        if binary is not None:
            out.flush()
        for unit, (text, part) in map_units(args.paths, render, jobs=jobs):
            if isinstance(unit, MboxRange):
                first = 1 if unit.start == 0 else numbered[unit.label] + 1  # a run at 0 starts a file
                numbered[unit.label] = first - 1 + part.messages
                text = _numbered(text, unit.label, first, args.format)
            if text:
                if binary is not None:
                    binary.write(text)
                else:
                    out.write(text.decode("utf-8"))
            counts.merge(part)
            if progress:
                progress.tick(part.messages)
        for report in _imap.reports(mailboxes, password, args):
            data, part = _render_report(report, args.format if write_records else None, args.summary)
            if data:
                if binary is not None:
                    binary.write(data)
                else:
                    out.write(data.decode("utf-8"))
            counts.merge(part)
            if progress:
                progress.tick(part.messages)
    finally:
        if progress:
            progress.done()
        if args.output:
            out.close()
    if args.summary:
        sys.stdout.write(counts.render())
    return 0


def _render_report(report: Report, fmt: str | None, counts: bool) -> tuple[bytes, _Summary]:
    """One report decoded here (an IMAP message): its output and counts."""
    summary = _Summary()
    if counts:
        summary.add_report(report)
    summary.messages = 1
    if fmt == "jsonl":
        return "".join(rec.to_json() + "\n" for rec in report.records).encode("utf-8", "replace"), summary
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.DictWriter(buf, fieldnames=list(RECORD_FIELDS), lineterminator="\n")
        for rec in report.records:
            w.writerow(rec.to_dict())
        return buf.getvalue().encode("utf-8", "replace"), summary
    return b"", summary


def _render_jsonl(items: list[Item], counts: bool = True) -> tuple[bytes, _Summary]:
    lines: list[str] = []
    summary = _Summary()
    for item in items:
        report = decode_item(item)
        if counts:
            summary.add_report(report)
        lines.extend(rec.to_json() + "\n" for rec in report.records)
    summary.messages = len(items)
    return "".join(lines).encode("utf-8", "replace"), summary


def _render_csv(items: list[Item], counts: bool = True) -> tuple[bytes, _Summary]:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=list(RECORD_FIELDS), lineterminator="\n")
    summary = _Summary()
    for item in items:
        report = decode_item(item)
        if counts:
            summary.add_report(report)
        for rec in report.records:
            w.writerow(rec.to_dict())
    summary.messages = len(items)
    return buf.getvalue().encode("utf-8", "replace"), summary


def _render_none(items: list[Item], counts: bool = True) -> tuple[bytes, _Summary]:
    summary = _Summary()
    for item in items:
        summary.add_report(decode_item(item))
    return b"", summary


_RENDER = {"jsonl": _render_jsonl, "csv": _render_csv}


def _render_unit(unit: Unit, fmt: str | None, counts: bool) -> tuple[Any, _Summary]:
    """A worker's output for one unit: the finished bytes of a batch; for a run of an mbox, whose
    messages have no number yet, each record's output without its source field (see _numbered)."""
    if isinstance(unit, MboxRange):
        return _render_run(unit, fmt, counts)
    if fmt is None:
        return _render_none(unit, counts)
    return _RENDER[fmt](unit, counts)


# a record rendered with source "" starts with this much that _numbered writes anew
_UNSOURCED_JSON = len('{"source": ""')


def _render_run(run: MboxRange, fmt: str | None, counts: bool) -> tuple[list[tuple[int, bytes]], _Summary]:
    summary = _Summary()
    rows: list[tuple[int, bytes]] = []
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(RECORD_FIELDS), lineterminator="\n")
    index = 0
    messages = run.messages()
    while True:
        try:
            msg = next(messages, None)
        except OSError as exc:  # the file went away under us: one error record, the run ends
            report = error_report("", f"{type(exc).__name__}: {exc}")
            msg = None
        else:
            if msg is None:
                break
            report = parse(msg, source="")
        if counts:
            summary.add_report(report)
        for rec in report.records:
            if fmt == "jsonl":
                rows.append((index, (rec.to_json()[_UNSOURCED_JSON:] + "\n").encode("utf-8", "replace")))
            elif fmt == "csv":
                writer.writerow(rec.to_dict())  # source "": the row starts at the comma after it
                rows.append((index, buf.getvalue().encode("utf-8", "replace")))
                buf.seek(0)
                buf.truncate()
        index += 1
        if msg is None:
            break
    summary.messages = index
    return rows, summary


def _numbered(rows: list[tuple[int, bytes]], label: str, first: int, fmt: str) -> bytes:
    """The output of a run's records, each with its source ``label:N`` (N from ``first``) put back."""
    if not rows:
        return b""
    if fmt == "jsonl":
        head = ('{"source": ' + json.dumps(label + ":", ensure_ascii=False)[:-1]).encode("utf-8", "replace")
        tail = b'"'
    else:
        field = io.StringIO()
        csv.writer(field, lineterminator="").writerow([label + ":0"])
        quoted = field.getvalue().startswith('"')
        head = (('"' + label.replace('"', '""') if quoted else label) + ":").encode("utf-8", "replace")
        tail = b'"' if quoted else b""
    return b"".join([head + b"%d" % (first + index) + tail + rest for index, rest in rows])
_CSV_HEADER = ",".join(RECORD_FIELDS) + "\n"


class _Summary:
    def __init__(self) -> None:
        self.messages = 0
        self.records = 0
        self.kind: Counter[str] = Counter()
        self.category: Counter[str] = Counter()
        self.severity: Counter[str] = Counter()
        self.domains: Counter[str] = Counter()

    def add_report(self, report: Report) -> None:
        self.messages += 1
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
        self.kind.update(other.kind)
        self.category.update(other.category)
        self.severity.update(other.severity)
        self.domains.update(other.domains)

    def render(self) -> str:
        buf = io.StringIO()
        buf.write(f"messages: {self.messages}  records: {self.records}\n")
        for title, counter in (("kind", self.kind), ("category", self.category), ("severity", self.severity)):
            buf.write(f"\nby {title}:\n")
            for k, v in counter.most_common():
                buf.write(f"  {k:24} {v:7}\n")
        buf.write("\ntop recipient domains:\n")
        for k, v in self.domains.most_common(10):
            buf.write(f"  {k:40} {v:7}\n")
        return buf.getvalue()


class _Progress:
    def __init__(self) -> None:
        self.n = 0
        self.start = time.monotonic()
        self.last = 0.0

    def tick(self, n: int = 1) -> None:
        self.n += n
        now = time.monotonic()
        if now - self.last >= 0.2:
            self.last = now
            rate = self.n / max(now - self.start, 1e-9)
            sys.stderr.write(f"\rbouncekit: {self.n} messages ({rate:,.0f}/s)")
            sys.stderr.flush()

    def done(self) -> None:
        sys.stderr.write(f"\rbouncekit: {self.n} messages in {time.monotonic() - self.start:.1f}s\n")


