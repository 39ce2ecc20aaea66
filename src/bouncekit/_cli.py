"""The ``bouncekit`` command: scan, explain, classify."""
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
from typing import IO, Any, Iterable, Iterator, NoReturn, Sequence

from . import __version__
from ._classify import classify
from ._model import RECORD_FIELDS, Category, Record, Report
from ._core import error_report, parse
from ._scan import Item, MboxRange, Unit, decode_item, map_units, scan

ADVICE: dict[Category, str] = {
    Category.NONEXISTENT_ADDRESS: "The address does not exist: ask the customer for a corrected address; do not mail it again.",
    Category.NONEXISTENT_DOMAIN: "The domain does not exist or takes no mail: the address is likely mistyped; ask for a corrected one.",
    Category.BLOCKED_SENDER: "The receiving server refused the sender (IP, domain or reputation): a sender-side problem, the address itself is fine.",
    Category.SERVER_REJECTION: "The receiving server refused the message by its rules (authentication, policy, protocol): fix the sending side; the address may be fine.",
    Category.MAILBOX_FULL: "The mailbox is full: the address may be tried again later.",
    Category.TEMPORARY_SERVER: "A temporary problem on the receiving side: the address may be tried again later.",
    Category.MESSAGE_TOO_LARGE: "The letter was too large: send a smaller one (fewer or smaller attachments); the address is fine.",
    Category.SPAM_FILTER: "A spam or content filter refused the letter: a sender-side or content problem, the address itself is fine.",
    Category.DNS_ISSUE: "A DNS or network problem reaching the receiving server: usually temporary; try again later.",
    Category.UNKNOWN: "The cause cannot be told from the message: do not suppress the address on this alone.",
    Category.DELIVERED: "The letter was delivered: nothing to do.",
    Category.AUTO_REPLY: "An automatic reply (e.g. out of office): the address works; nothing to do.",
    Category.COMPLAINT: "The recipient marked the letter as spam: stop sending marketing mail to this address.",
}


# ARF Feedback-Type (RFC 5965 and its registry) -> advice, where it differs from a spam complaint
FEEDBACK_ADVICE: dict[str, str] = {
    "fraud": "A receiver reported the letter as fraud or phishing: check who sends in your name; "
             "the recipient address is fine.",
    "auth-failure": "A receiver reports that the letter failed SPF, DKIM or DMARC: fix the sending domain's "
                    "authentication; the recipient address is fine.",
    "virus": "A receiver reported a virus in the letter: check what was attached; the address is fine.",
    "not-spam": "The recipient marked the letter as not spam: nothing to do.",
    "opt-out": "The recipient asked to be unsubscribed: stop sending marketing mail to this address.",
}


def advice(rec: Record) -> str | None:
    """What to do about one record, for a person."""
    if rec.feedback_type and rec.feedback_type in FEEDBACK_ADVICE:
        return FEEDBACK_ADVICE[rec.feedback_type]
    return ADVICE[rec.category] if rec.category is not None else None


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one clear line, exit 2, no usage dump
        sys.stderr.write(f"bouncekit: error: {message} (see 'bouncekit --help')\n")
        sys.exit(2)


def _die(message: str) -> NoReturn:
    sys.stderr.write(f"bouncekit: error: {message}\n")
    sys.exit(2)


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="bouncekit", description="Decode bounce messages into per-recipient records.")
    p.add_argument("--version", action="version", version=f"bouncekit {__version__}")
    sub = p.add_subparsers(dest="command", parser_class=_Parser)
    s = sub.add_parser("scan", help="decode messages from files, directories, Maildirs, mboxes or '-' (stdin)")
    s.add_argument("paths", nargs="+", metavar="PATH")
    s.add_argument("--format", choices=("jsonl", "csv"), default="jsonl")
    s.add_argument("--output", "-o", metavar="FILE", help="write records here instead of standard output")
    s.add_argument("--summary", action="store_true",
                   help="print counts by kind, category, severity and top recipient domains "
                        "(records still go to --output when given)")
    s.add_argument("--jobs", "-j", type=int, default=None, metavar="N",
                   help="worker processes (default: all cores)")
    e = sub.add_parser("explain", help="explain, for a person, what each recipient of a bounce means")
    e.add_argument("paths", nargs="+", metavar="FILE")
    c = sub.add_parser("classify", help="classify one SMTP reply line")
    c.add_argument("text", nargs="?", default=None, help='e.g. "550 5.1.1 <x@y>: User unknown"')
    c.add_argument("--status", help="enhanced status code, e.g. 5.1.1")
    c.add_argument("--code", help="SMTP reply code, e.g. 550")
    c.add_argument("--json", action="store_true", help="print one JSON object")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command == "scan":
            return _scan(args)
        if args.command == "explain":
            return _explain(args)
        if args.command == "classify":
            return _classify_cmd(args)
        _die("give a command: scan, explain or classify (see 'bouncekit --help')")
    except BrokenPipeError:
        # the reader went away (e.g. `| head`): stop quietly, and keep Python from complaining at exit
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except (OSError, ValueError):
            pass
        return 0
    except OSError as exc:  # e.g. the disk filled up while writing --output
        _die(f"{exc.strerror or exc}{': ' + str(exc.filename) if exc.filename else ''}")
    except KeyboardInterrupt:
        sys.stderr.write("bouncekit: interrupted\n")
        return 130
    return 0


def _check_paths(paths: Iterable[str]) -> None:
    for p in paths:
        if p != "-" and not os.path.exists(p):
            _die(f"no such file or directory: {p}")
        if p != "-" and not os.access(p, os.R_OK):
            _die(f"cannot read: {p}")


def _scan(args: argparse.Namespace) -> int:
    _check_paths(args.paths)
    if args.jobs is not None and args.jobs < 1:
        _die("--jobs must be 1 or more")
    jobs = args.jobs if args.jobs is not None else (os.cpu_count() or 1)
    if args.paths.count("-") > 1:
        _die("'-' (standard input) can be given once")
    out: IO[str]
    if args.output:
        try:
            out = open(args.output, "w", encoding="utf-8", errors="replace", newline="")
        except OSError as exc:
            _die(f"cannot write {args.output}: {exc.strerror}")
    else:
        # JSON lines and CSV are data: UTF-8 whatever the locale says, and never a crash on odd text
        _reconfigure(sys.stdout, encoding="utf-8")
        out = sys.stdout
    write_records = bool(args.output) or not args.summary
    counts = _Summary()
    # a progress line only for a person watching, and never mixed into records on the same terminal
    progress = _Progress() if _isatty(sys.stderr) and (args.output or not _isatty(sys.stdout)) else None
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
    finally:
        if progress:
            progress.done()
        if args.output:
            out.close()
    if args.summary:
        sys.stdout.write(counts.render())
    return 0


def _reconfigure(stream: IO[str], **kwargs: str) -> None:
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is not None:
        try:
            reconfigure(errors="replace", **kwargs)
        except (ValueError, OSError):  # already written to, or not a text stream we can change
            pass


def _isatty(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _render_jsonl(items: list[Item], counts: bool = True) -> tuple[bytes, "_Summary"]:
    lines: list[str] = []
    summary = _Summary()
    for item in items:
        report = decode_item(item)
        if counts:
            summary.add_report(report)
        lines.extend(rec.to_json() + "\n" for rec in report.records)
    summary.messages = len(items)
    return "".join(lines).encode("utf-8", "replace"), summary


def _render_csv(items: list[Item], counts: bool = True) -> tuple[bytes, "_Summary"]:
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


def _render_none(items: list[Item], counts: bool = True) -> tuple[bytes, "_Summary"]:
    summary = _Summary()
    for item in items:
        summary.add_report(decode_item(item))
    return b"", summary


_RENDER = {"jsonl": _render_jsonl, "csv": _render_csv}


def _render_unit(unit: Unit, fmt: str | None, counts: bool) -> tuple[Any, "_Summary"]:
    """A worker's output for one unit: the finished bytes of a batch; for a run of an mbox, whose
    messages have no number yet, each record's output without its source field (see _numbered)."""
    if isinstance(unit, MboxRange):
        return _render_run(unit, fmt, counts)
    if fmt is None:
        return _render_none(unit, counts)
    return _RENDER[fmt](unit, counts)


# a record rendered with source "" starts with this much that _numbered writes anew
_UNSOURCED_JSON = len('{"source": ""')


def _render_run(run: MboxRange, fmt: str | None, counts: bool) -> tuple[list[tuple[int, bytes]], "_Summary"]:
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

    def merge(self, other: "_Summary") -> None:
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


def _explain(args: argparse.Namespace) -> int:
    _check_paths(args.paths)
    _reconfigure(sys.stdout)  # text for a person: the terminal's encoding, odd characters replaced
    for report in scan(args.paths, jobs=1):
        sys.stdout.write(explain_report(report))
    return 0


def explain_report(report: Report) -> str:
    buf = io.StringIO()
    buf.write(f"{report.source}: {report.kind.value} (parser: {report.parser})\n")
    if report.error:
        buf.write(f"  could not be read: {report.error}\n\n")
        return buf.getvalue()
    for rec in report.records:
        if rec.recipient is None and rec.kind.value == "not_bounce":
            buf.write("  not a delivery report: no recipient to act on.\n")
            continue
        buf.write(f"\n  recipient:   {rec.recipient}\n")
        buf.write(f"  kind:        {rec.kind.value}" + (f" (action: {rec.action.value})" if rec.action else "") + "\n")
        buf.write(f"  server said: {server_said(rec)}\n")
        if rec.feedback_type:
            buf.write(f"  feedback:    {rec.feedback_type}\n")
        if rec.remote_mta:
            buf.write(f"  remote host: {rec.remote_mta}\n")
        buf.write(f"  reason:      {rec.reason.value if rec.reason else '-'}\n")
        buf.write(f"  category:    {rec.category.value if rec.category else '-'}\n")
        buf.write(f"  severity:    {rec.severity.value if rec.severity else '-'}\n")
        if rec.explanation is not None:
            matched = f' on "{rec.explanation.matched}"' if rec.explanation.matched else ""
            buf.write(f"  rule:        {rec.explanation.rule}{matched}\n")
        text = advice(rec)
        if text:
            buf.write(f"  advice:      {text}\n")
    buf.write("\n")
    return buf.getvalue()


def server_said(rec: Record) -> str:
    """The reply code and status, then the server's words, without repeating codes the words start with."""
    text = rec.diagnostic or ""
    head = [c for c in (rec.reply_code, rec.status) if c and c not in text.split()[:3]]
    return " ".join(head + ([text] if text else [])) or "(no server text)"


def _classify_cmd(args: argparse.Namespace) -> int:
    if args.text is None and args.status is None and args.code is None:
        _die("give a reply line, --status or --code")
    from ._text import find_reply_code, find_status

    _reconfigure(sys.stdout)
    status = args.status or find_status(args.text)
    code = args.code or find_reply_code(args.text)
    c = classify(status=status, reply_code=code, diagnostic=args.text)
    if args.json:
        print(json.dumps({"reason": c.reason.value, "category": c.category.value,
                          "severity": c.severity.value if c.severity else None,
                          "status": status, "reply_code": code, "rule": c.rule, "matched": c.matched}))
        return 0
    print(f"reason:   {c.reason.value}")
    print(f"category: {c.category.value}")
    print(f"severity: {c.severity.value if c.severity else '-'}")
    print(f"rule:     {c.rule}" + (f' on "{c.matched}"' if c.matched else ""))
    print(f"advice:   {ADVICE[c.category]}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
