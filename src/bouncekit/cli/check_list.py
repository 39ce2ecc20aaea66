"""``bouncekit check-list``: check a contact list before import (syntax, typos, disposable and role
addresses, duplicates; dead domains with --dns; known bounces with --db)."""
from __future__ import annotations

import argparse
import codecs
import collections
import importlib
import io
import os
import sys
import time
from collections.abc import Iterator

from ._common import die, isatty

# typing.TYPE_CHECKING, without importing typing at run time (a quicker start)
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import IO, Any

NAME = "check-list"
HELP = "check a contact list before import: typos, dead domains, disposable, role and known-bounce addresses"

ADDED = ("verdict", "suggestion", "detail")
# header cells that name the address column (compared in lower case, without spaces, '-' and '_')
EMAIL_HEADERS = ("email", "emailaddress", "mail", "address", "courriel", "adressemail", "adresseemail",
                 "почта", "электроннаяпочта", "email-адрес", "пошта", "електроннапошта", "correo",
                 "correoelectronico", "emailadresse")
SAMPLE = 64 * 1024


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("path", metavar="FILE", help="CSV or plain text (one address a line), or - for standard input")
    p.add_argument("--column", metavar="NAME", help="the address column: its header or its number (1 = first)")
    p.add_argument("--dns", action="store_true", help="look up each domain (MX, null MX, A/AAAA fallback)")
    p.add_argument("--nameserver", metavar="HOST[:PORT]", help="the DNS server to ask (implies --dns)")
    p.add_argument("--timeout", type=float, default=3.0, metavar="SECONDS", help="per DNS query (default 3)")
    p.add_argument("--concurrency", type=int, default=32, metavar="N", help="DNS queries at once (default 32)")
    p.add_argument("--db", metavar="URL", help="a bouncekit ledger: report suppressed and bounced addresses")
    p.add_argument("--output", metavar="FILE", help="write the rows here (default: standard output)")
    p.add_argument("--format", choices=("csv", "jsonl"), default="csv", help="output format (default csv)")
    p.add_argument("--no-summary", action="store_true", help="do not print the summary")


class _Prefixed(io.RawIOBase):
    """The bytes already read for sniffing, then the rest of the stream."""

    def __init__(self, prefix: bytes, raw: IO[bytes]) -> None:
        self.prefix = memoryview(prefix)
        self.raw = raw

    def readable(self) -> bool:
        return True

    def readinto(self, buf: Any) -> int:
        if self.prefix:
            n = min(len(buf), len(self.prefix))
            buf[:n] = self.prefix[:n]
            self.prefix = self.prefix[n:]
            return n
        data = self.raw.read(len(buf))
        n = len(data)
        buf[:n] = data
        return n


def sniff_encoding(sample: bytes) -> str:
    """UTF-8 (with or without BOM) or UTF-16 by BOM; else windows-1251 when the 8-bit text reads
    as Cyrillic; else windows-1252."""
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    try:
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=False)
        return "utf-8"
    except UnicodeDecodeError:
        pass
    high = [b for b in sample if b >= 0x80]
    cyrillic = sum(1 for b in high if b >= 0xC0 or b in (0xA8, 0xB8, 0xAA, 0xBA, 0xAF, 0xBF, 0xB2, 0xB3))
    return "cp1251" if high and cyrillic / len(high) > 0.9 else "cp1252"


def _norm_header(cell: str) -> str:
    return "".join(cell.lower().split()).replace("-", "").replace("_", "").replace("'", "")


class Table:
    """The input as rows, with the address column found."""

    def __init__(self, raw: IO[bytes], column: str | None) -> None:
        sample = raw.read(SAMPLE)
        self.encoding = sniff_encoding(sample)
        text = io.TextIOWrapper(io.BufferedReader(_Prefixed(sample, raw)), encoding=self.encoding,
                                errors="replace", newline="")
        head = sample.decode(self.encoding, errors="replace")
        lines = [ln for ln in head.splitlines()[:200] if ln.strip()]
        if len(sample) == SAMPLE and len(lines) > 1:
            lines = lines[:-1]  # the last line of a cut sample may be cut too
        self.delimiter: str | None = None
        if any(d in ln for ln in lines for d in ",;\t|"):
            import csv

            try:
                self.delimiter = csv.Sniffer().sniff("\n".join(lines), delimiters=",;\t|").delimiter
            except csv.Error:
                self.delimiter = next((d for d in ",;\t|" if any(d in ln for ln in lines)), ",")
        self.rows: Iterator[list[str]] = self._rows(text)
        first = next(self.rows, None)
        self.header: list[str] | None = None
        self.index = 0
        self.pending: list[list[str]] = []
        if first is None:
            return
        second = next(self.rows, None)
        self.pending = [first] + ([second] if second is not None else [])
        names = [_norm_header(c) for c in first]
        if column is not None:
            if column.isdigit() and int(column) >= 1 and not any(_norm_header(column) == n for n in names):
                self.index = int(column) - 1
                if not any("@" in c for c in first):
                    self.header = first
            else:
                wanted = _norm_header(column)
                if wanted not in names:
                    die(f"no column named {column!r} in the first row (columns: {', '.join(first)})")
                self.index = names.index(wanted)
                self.header = first
        else:
            named = [i for i, n in enumerate(names) if n in EMAIL_HEADERS or n.endswith("email")]
            if named:
                self.index, self.header = named[0], first
            else:
                if not any("@" in c for c in first) and second is not None and any("@" in c for c in second):
                    self.header = first
                probe = second if self.header is not None else first
                if probe is not None:
                    self.index = next((i for i, c in enumerate(probe) if "@" in c), 0)
        if self.header is not None:
            self.pending.pop(0)

    def _rows(self, text: IO[str]) -> Iterator[list[str]]:
        if self.delimiter is None:
            for line in text:
                line = line.rstrip("\r\n")
                if line.strip():
                    yield [line.strip()]
            return
        import csv

        for row in csv.reader(text, delimiter=self.delimiter):
            if any(c.strip() for c in row):
                yield row

    def __iter__(self) -> Iterator[list[str]]:
        yield from self.pending
        self.pending = []
        yield from self.rows

    def out_header(self) -> list[str]:
        if self.header is not None:
            return list(self.header)
        return ["email"]


class Progress:
    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream
        self.on = isatty(stream)
        self.start = self.last = time.monotonic()

    def tick(self, n: int) -> None:
        if not self.on or n % 512:
            return
        now = time.monotonic()
        if now - self.last >= 0.25:
            self.last = now
            rate = n / max(now - self.start, 1e-9)
            self.stream.write(f"\rchecked {n:,} addresses ({rate:,.0f}/s)")
            self.stream.flush()

    def done(self) -> None:
        if self.on and self.last != self.start:
            self.stream.write("\r\x1b[K")
            self.stream.flush()


def run(args: argparse.Namespace) -> int:
    if args.nameserver:
        args.dns = True
        from ..hygiene.dns import parse_nameserver
        try:
            parse_nameserver(args.nameserver)
        except ValueError as exc:
            die(str(exc))
    if args.timeout <= 0 or args.concurrency < 1:
        die("--timeout must be above 0 and --concurrency at least 1")
    try:
        from ..hygiene import require
        require()  # email-validator and the disposable list are installed
        if args.dns:
            import dns.resolver  # noqa: F401
    except ImportError as exc:
        die(f"{exc} (pip install 'bouncekit[hygiene,dns]')")
    src_path = args.path
    if src_path != "-":
        if os.path.isdir(src_path):
            die(f"is a directory: {src_path}")
        if not os.path.exists(src_path):
            die(f"no such file: {src_path}")
        if not os.access(src_path, os.R_OK):
            die(f"cannot read: {src_path}")
    if args.output and args.output != "-":
        if src_path != "-" and os.path.exists(args.output) and os.path.samefile(args.output, src_path):
            die(f"--output would write over the input: {args.output}")
        if os.path.isdir(args.output):
            die(f"--output is a directory: {args.output}")
    if src_path == "-" and sys.stdin is None:  # started with it closed (<&-)
        die("standard input is closed")
    ledger = _open_ledger(args.db) if args.db else None
    raw: IO[bytes] = sys.stdin.buffer if src_path == "-" else open(src_path, "rb")  # noqa: SIM115
    try:
        table = Table(raw, args.column)
        out: IO[str]
        to_stdout = not args.output or args.output == "-"
        out = sys.stdout if to_stdout else open(args.output, "w", encoding="utf-8", newline="")  # noqa: SIM115
        try:
            if to_stdout and hasattr(sys.stdout, "reconfigure"):
                sys.stdout.reconfigure(encoding="utf-8", errors="replace")
            summary = _write(table, out, args, ledger)
        finally:
            if not to_stdout:
                out.close()
    finally:
        if raw is not sys.stdin.buffer:
            raw.close()
        if ledger is not None:
            close = getattr(ledger, "close", None)
            if close:
                close()
    if not args.no_summary:
        (sys.stderr if to_stdout else sys.stdout).write(summary)
    return 0


def _open_ledger(url: str) -> Any:
    try:
        Ledger = importlib.import_module("..ledger", __package__).Ledger  # noqa: N806
    except (ImportError, AttributeError):
        die("--db needs bouncekit.ledger, which this installation does not have")
    if "://" not in url and not os.path.exists(url):
        die(f"no such ledger: {url}")
    try:
        return Ledger(url, create=False)
    except Exception as exc:  # one line for any reason the ledger cannot be opened
        die(f"cannot open the ledger {url}: {exc}")


def _write(table: Table, out: IO[str], args: argparse.Namespace, ledger: Any) -> str:
    from ..hygiene import check

    header = table.out_header()
    width = len(header)
    rows: collections.deque[list[str]] = collections.deque()
    idx = table.index

    def addresses() -> Iterator[str]:
        for row in table:
            rows.append(row)
            yield row[idx] if idx < len(row) else ""

    import csv
    import json

    writer = None
    if args.format == "csv":
        writer = csv.writer(out, delimiter=table.delimiter or ",", lineterminator="\n")
        writer.writerow(header + list(ADDED))
    counts: collections.Counter[str] = collections.Counter()
    typos: collections.Counter[tuple[str, str]] = collections.Counter()
    dead: collections.Counter[tuple[str, str]] = collections.Counter()
    unchecked = 0
    progress = Progress(sys.stderr)
    started = time.monotonic()
    n = 0
    results = check(addresses(), dns=args.dns, ledger=ledger, nameserver=args.nameserver,
                    timeout=args.timeout, concurrency=args.concurrency)
    for res in results:
        row = rows.popleft()
        n += 1
        v = res.verdict.value
        counts[v] += 1
        if res.address and "@" in res.address:
            domain = res.address.rsplit("@", 1)[1]
            if res.suggestion:
                typos[(domain, res.suggestion.rsplit("@", 1)[1])] += 1
            if v in ("no_domain", "null_mx", "no_mail_host"):
                dead[(domain, v)] += 1
        if res.detail and res.detail.startswith("could not check"):
            unchecked += 1
        added = [v, res.suggestion or "", res.detail or ""]
        if writer is not None:
            cells = row + [""] * (width - len(row)) if len(row) < width else row
            writer.writerow(cells + added)
        else:
            keys = header + [f"column{i + 1}" for i in range(width, len(row))]
            obj: dict[str, Any] = dict(zip(keys, row))
            obj.update(zip(ADDED, (v, res.suggestion, res.detail)))
            out.write(json.dumps(obj, ensure_ascii=False) + "\n")
        progress.tick(n)
    progress.done()
    return _summary(n, counts, typos, dead, unchecked, time.monotonic() - started)


def _summary(n: int, counts: collections.Counter[str], typos: collections.Counter[tuple[str, str]],
             dead: collections.Counter[tuple[str, str]], unchecked: int, seconds: float) -> str:
    from ..hygiene import Verdict

    lines = [f"checked {n:,} addresses in {seconds:.1f} s"]
    for v in Verdict:
        if counts[v.value]:
            lines.append(f"  {v.value:<15} {counts[v.value]:>10,}")
    if unchecked:
        lines.append(f"  ({unchecked:,} with a domain that could not be checked: left as they are)")
    if typos:
        lines.append("top typo domains: " + ", ".join(f"{d} -> {s} ({c:,})" for (d, s), c in typos.most_common(10)))
    if dead:
        lines.append("top dead domains: " + ", ".join(f"{d} ({v}, {c:,})" for (d, v), c in dead.most_common(10)))
    return "\n".join(lines) + "\n"
