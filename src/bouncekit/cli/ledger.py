"""``bouncekit ledger``: feed the bounce ledger and answer support's questions about an address.

    bouncekit ledger ingest PATH... [--header NAME]... [--stream S]
    bouncekit ledger status|history|resume-check ADDRESS
    bouncekit ledger resume ADDRESS --note TEXT [--by NAME] [--force]
    bouncekit ledger suppressed [--format csv|jsonl] [--output FILE]
    bouncekit ledger import FILE | compact [--older-than DAYS] | stats | alerts

Each takes ``--db URL`` (default ``$BOUNCEKIT_DB``, else ``./bouncekit.sqlite``), ``--policy
FILE.toml`` and ``--format json``. Errors print one line and exit 2; ``resume-check`` exits 1
when it refuses."""
from __future__ import annotations

import argparse
import os
import sys
import time

from ._common import ArgParser, check_paths, die, isatty, reconfigure, visible

# typing.TYPE_CHECKING, without importing typing at run time (a quicker start)
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import IO, Any

NAME = "ledger"
HELP = "the bounce ledger: ingest bounces, suppression status, history, resume"


def add_arguments(p: argparse.ArgumentParser) -> None:
    common = ArgParser(add_help=False)
    common.add_argument("--db", metavar="URL", default=None,
                        help="SQLite file or postgresql:// URL (default: $BOUNCEKIT_DB, else ./bouncekit.sqlite)")
    common.add_argument("--policy", metavar="FILE.toml", default=None, help="suppression policy (default: built in)")
    common.add_argument("--timeout", type=float, default=30.0, metavar="SECONDS",
                        help="how long to wait for a database locked by another process, or to connect (default 30)")
    fmt = ArgParser(add_help=False)
    fmt.add_argument("--format", choices=("text", "json"), default="text")
    sub = p.add_subparsers(dest="ledger_command", parser_class=ArgParser)

    s = sub.add_parser("ingest", parents=[common, fmt], help="decode messages and add their records")
    s.add_argument("paths", nargs="+", metavar="PATH")
    s.add_argument("--header", action="append", default=[], metavar="NAME",
                   help="keep this header of the returned original message with each event (repeatable)")
    s.add_argument("--stream", choices=("campaign", "automation", "system"), default=None,
                   help="the sending stream these bounces belong to")
    s.add_argument("--jobs", "-j", type=int, default=None, metavar="N", help="worker processes (default: all cores)")

    for name, text in (("status", "suppressed or not, why, since when"),
                       ("history", "the address's events, newest first"),
                       ("resume-check", "may support resume the address? (exit 1 when refused)")):
        s = sub.add_parser(name, parents=[common, fmt], help=text)
        s.add_argument("address", metavar="ADDRESS")
        if name == "status":
            s.add_argument("--lang", default=None, metavar="LANG",
                           help="explain the cause in this language (en, fr, uk, ru; default from LANG)")
        if name == "history":
            s.add_argument("--limit", type=int, default=None, metavar="N")

    s = sub.add_parser("resume", parents=[common, fmt], help="resume a suppressed address (refused unless the check allows, or --force)")
    s.add_argument("address", metavar="ADDRESS")
    s.add_argument("--note", required=True, metavar="TEXT", help="why: what the recipient or sender confirmed")
    s.add_argument("--by", default=None, metavar="NAME", help="who resumes (default: the login name)")
    s.add_argument("--force", action="store_true", help="resume although the check refuses (after confirming)")

    s = sub.add_parser("suppressed", parents=[common], help="the suppression list for the sending system")
    s.add_argument("--format", choices=("csv", "jsonl"), default="csv")
    s.add_argument("--output", "-o", metavar="FILE", default=None)

    s = sub.add_parser("import", parents=[common, fmt], help="import an existing suppression list (CSV with an address column, or one per line)")
    s.add_argument("file", metavar="FILE")
    s.add_argument("--note", default=None, metavar="TEXT")
    s.add_argument("--by", default=None, metavar="NAME")

    s = sub.add_parser("compact", parents=[common, fmt], help="fold old events into per-address summaries")
    s.add_argument("--older-than", type=int, default=None, metavar="DAYS",
                   help="age in days (default: the policy's compact_after_days, 365)")

    sub.add_parser("stats", parents=[common, fmt], help="events, addresses, suppressed")
    s = sub.add_parser("alerts", parents=[common, fmt], help="the latest sender alerts (the sender's problems)")
    s.add_argument("--limit", type=int, default=20, metavar="N")


def run(args: argparse.Namespace) -> int:
    from ..ledger import LedgerError
    from ..policy import PolicyError

    cmd = getattr(args, "ledger_command", None)
    if not cmd:
        die("give a ledger command: ingest, status, history, resume-check, resume, suppressed, import, "
            "compact, stats, alerts (see 'bouncekit ledger --help')")
    reconfigure(sys.stdout, encoding="utf-8")
    try:
        return int(_COMMANDS[cmd](args))
    except (LedgerError, PolicyError) as exc:
        die(str(exc))


def _open(args: argparse.Namespace, create: bool = False) -> Any:
    from ..ledger import Ledger
    from ..policy import Policy

    if not args.timeout > 0:  # also refuses nan
        die("--timeout must be more than 0 seconds")
    policy = Policy.from_toml(args.policy) if args.policy else None
    url = args.db or os.environ.get("BOUNCEKIT_DB") or "bouncekit.sqlite"
    return Ledger(url, policy=policy, create=create, timeout=args.timeout)


def _json(obj: Any) -> None:
    import json

    sys.stdout.write(json.dumps(obj, ensure_ascii=False, indent=2) + "\n")


def _ingest(args: argparse.Namespace) -> int:
    check_paths(args.paths)
    if args.jobs is not None and args.jobs < 1:
        die("--jobs must be 1 or more")
    if args.paths.count("-") > 1:
        die("'-' (standard input) can be given once")
    jobs = args.jobs if args.jobs is not None else (os.cpu_count() or 1)
    bar = _Bar(_count_messages(args.paths)) if isatty(sys.stderr) else None
    from ..ledger import LedgerError

    with _open(args, create=True) as ledger:
        try:
            result = ledger.ingest(args.paths if len(args.paths) > 1 else args.paths[0], headers=args.header,
                                   stream=args.stream, jobs=jobs, progress=bar.tick if bar else None)
        except LedgerError as exc:
            kept = exc.partial
            if kept is not None and kept.added:
                die(f"{exc}; the {kept.added} events of the batches before are kept whole, the rest is not "
                    "written: ingesting again adds only what is missing")
            die(f"{exc}; nothing was written")
        finally:
            if bar:
                bar.done()
    if args.format == "json":
        _json(result.to_dict())
    else:
        d = result.to_dict()
        sys.stdout.write(f"messages {d['messages']}, records {d['records']}: {d['added']} events added, "
                         f"{d['duplicates']} already known, {d['skipped']} not about an address"
                         + (f", {d['too_old']} older than the compaction horizon" if d["too_old"] else "")
                         + f"; {d['suppressed']} addresses suppressed, {d['alerts']} sender alerts\n")
    return 0


def _when(value: Any) -> str:
    from ..policy import iso

    return iso(value) if value is not None else "-"


def _status(args: argparse.Namespace) -> int:
    with _open(args) as ledger:
        st = ledger.status(args.address)
    advice = _advice(st, args.lang)
    if args.format == "json":
        d = st.to_dict()
        if advice is not None:
            d["advice"] = advice
        _json(d)
        return 0
    w = sys.stdout.write
    if st.suppressed:
        w(f"{visible(st.address)}: suppressed since {_when(st.since)}: {st.reason} ({st.category})\n")
        w(f"  rule:    {st.rule}\n")
        if st.complaint:
            w("  complaint: resume only with the person's consent\n")
        if st.trigger:
            w(f"  because: {_event_line(st.trigger)}\n")
    else:
        w(f"{visible(st.address)}: not suppressed")
        if st.soft_count:
            w(f" ({st.soft_count} soft failure{'s' if st.soft_count != 1 else ''} counted)")
        w("\n")
    w(f"  events:  {st.events}, last bounce {_when(st.last_bounce)}"
      + (f" ({st.last_reason})" if st.last_reason else "") + "\n")
    if st.alerts:
        w(f"  sender alerts: {st.alerts} (bounces that were the sender's problem)\n")
    if st.resumed_at:
        w(f"  resumed: {_when(st.resumed_at)} by {visible(st.resumed_by or '?')}\n")
    if advice is not None:
        w("\n")
        for key in ("title", "explanation", "next_step"):
            if advice.get(key):
                w(f"  {visible(str(advice[key]))}\n")
    return 0


def _advice(st: Any, lang: str | None) -> dict[str, Any] | None:
    """``bouncekit.advice`` for the cause of the suppression (else of the last bounce), in ``lang``
    (default: from LANG), with the server's words of the event that suppressed."""
    from ..advice import advice, resolve_lang
    from ..model import Kind, Record
    from ..policy import iso

    try:
        code = resolve_lang(lang)
    except ValueError as exc:
        die(str(exc))
    reason = st.reason if st.suppressed else st.last_reason
    if reason is None:
        return None
    e = st.trigger if st.suppressed else None
    subject: Any = reason
    if e is not None and e.kind.value in ("bounce", "delay", "complaint"):
        subject = Record(source=e.source or "", kind=Kind(e.kind.value), recipient=e.address, status=e.status,
                         reply_code=e.reply_code, reason=reason, category=reason.category, severity=reason.severity,
                         diagnostic=e.diagnostic, remote_mta=e.remote_mta, timestamp=iso(e.occurred),
                         feedback_type=e.feedback_type)
    a = advice(subject, lang=code)
    return {"lang": a.lang, "title": a.title, "explanation": a.explanation, "next_step": a.next_step,
            "stops": a.stops.value, "stops_text": a.stops_text}


def _event_line(e: Any) -> str:
    parts = [_when(e.occurred), e.kind.value]
    if e.kind.value == "resume":
        parts.append(f"by {e.actor}: {e.note} [{e.verdict}]")
    else:
        for v in (e.reason and e.reason.value, e.status, e.reply_code):
            if v:
                parts.append(str(v))
        if e.action:
            parts.append(f"-> {e.action.value}")
        if e.diagnostic:
            parts.append(repr(e.diagnostic[:200]))
        if e.remote_mta:
            parts.append(f"from {e.remote_mta}")
        if e.message_id:
            parts.append(f"<{e.message_id}>")
        for k, v in e.headers.items():
            parts.append(f"{k}: {v}")
        if e.stream:
            parts.append(f"[{e.stream}]")
    return visible(" ".join(parts))


def _history(args: argparse.Namespace) -> int:
    if args.limit is not None and args.limit < 1:
        die("--limit must be 1 or more")
    with _open(args) as ledger:
        events = ledger.history(args.address, limit=args.limit)
        summaries = ledger.summaries(args.address)
    if args.format == "json":
        _json({"address": events[0].address if events else args.address.strip().lower(),
               "events": [e.to_dict() for e in events], "compacted": [s.to_dict() for s in summaries]})
        return 0
    for e in events:
        sys.stdout.write(_event_line(e) + "\n")
    for s in summaries:
        sys.stdout.write(f"compacted: {s.events} {s.kind.value} {s.reason.value if s.reason else ''} "
                         f"from {_when(s.first)} to {_when(s.last)}\n")
    return 0


def _resume_check(args: argparse.Namespace) -> int:
    with _open(args) as ledger:
        v = ledger.resume_check(args.address)
    if args.format == "json":
        _json({"address": v.address, "allowed": v.allowed, "reasons": list(v.reasons), "needs": v.needs})
    else:
        sys.stdout.write(f"{visible(v.address)}: {'resume allowed' if v.allowed else 'resume refused'}\n")
        for r in v.reasons:
            sys.stdout.write(f"  {visible(r)}\n")
    return 0 if v.allowed else 1


def _resume(args: argparse.Namespace) -> int:
    by = args.by or _login()
    with _open(args) as ledger:
        before = ledger.status(args.address)
        v = ledger.resume(args.address, note=args.note, by=by, force=args.force)
    done = before.suppressed
    if args.format == "json":
        _json({"address": v.address, "resumed": done, "allowed": v.allowed, "forced": done and not v.allowed,
               "reasons": list(v.reasons), "by": by})
    elif not done:
        sys.stdout.write(f"{visible(v.address)}: not suppressed, nothing to resume\n")
    else:
        how = "resumed" if v.allowed else "resumed (forced against the check)"
        sys.stdout.write(f"{visible(v.address)}: {how} by {visible(by)}; " + "; ".join(v.reasons) + "\n")
    return 0


def _login() -> str:
    import getpass

    try:
        return getpass.getuser()
    except Exception:
        return "unknown"


def _suppressed(args: argparse.Namespace) -> int:
    with _open(args) as ledger:
        if args.output:
            tmp = args.output + ".tmp"
            try:
                with open(tmp, "w", encoding="utf-8", newline="") as out:
                    ledger.export_suppressed(out, args.format)
                os.replace(tmp, args.output)
            except OSError as exc:
                try:
                    os.unlink(tmp)
                except OSError:
                    pass
                die(f"cannot write {args.output}: {exc.strerror or exc}")
        else:
            ledger.export_suppressed(sys.stdout, args.format)
    return 0


def _import(args: argparse.Namespace) -> int:
    from ..ledger import read_list

    check_paths([args.file])
    fh: IO[str]
    with (sys.stdin if args.file == "-" else open(args.file, encoding="utf-8-sig", errors="replace")) as fh:
        rows = list(read_list(fh))
    with _open(args, create=True) as ledger:
        result = ledger.import_suppressed(rows, note=args.note, by=args.by or _login())
    if args.format == "json":
        _json(result.to_dict())
    else:
        sys.stdout.write(f"{len(rows)} rows: {result.added} imported, {result.duplicates} already there, "
                         f"{result.suppressed} addresses newly suppressed\n")
    return 0


def _compact(args: argparse.Namespace) -> int:
    if args.older_than is not None and args.older_than < 0:
        die("--older-than must be 0 or more days")
    with _open(args) as ledger:
        n = ledger.compact(args.older_than)
    if args.format == "json":
        _json({"compacted": n})
    else:
        sys.stdout.write(f"{n} events compacted into per-address summaries\n")
    return 0


def _stats(args: argparse.Namespace) -> int:
    with _open(args) as ledger:
        st = ledger.stats()
    if args.format == "json":
        _json(st.to_dict())
        return 0
    w = sys.stdout.write
    w(f"events: {st.events:,}  addresses: {st.addresses:,}  suppressed: {st.suppressed:,}  "
      f"complaints: {st.complaints:,}  sender alerts: {st.alerts:,}  compacted: {st.compacted:,}\n")
    if st.suppressed_by_reason:
        w("suppressed by reason:\n")
        for r, n in st.suppressed_by_reason.items():
            w(f"  {r:24} {n:9,}\n")
    return 0


def _alerts(args: argparse.Namespace) -> int:
    if args.limit < 1:
        die("--limit must be 1 or more")
    with _open(args) as ledger:
        events = ledger.alerts(limit=args.limit)
    if args.format == "json":
        _json([e.to_dict() for e in events])
    else:
        for e in events:
            sys.stdout.write(f"{visible(e.address)}: {_event_line(e)}\n")
    return 0


_COMMANDS = {
    "ingest": _ingest, "status": _status, "history": _history, "resume-check": _resume_check,
    "resume": _resume, "suppressed": _suppressed, "import": _import, "compact": _compact,
    "stats": _stats, "alerts": _alerts,
}


def _count_messages(paths: list[str]) -> int | None:
    """How many messages the paths hold, when cheap to tell (plain mbox files, directories);
    None for standard input or gzip, where the bar shows a count without a total."""
    total = 0
    for p in paths:
        if p == "-":
            return None
        if os.path.isdir(p):
            for _root, dirs, files in os.walk(p):
                dirs[:] = [d for d in dirs if d != "tmp" and not d.startswith(".")]
                total += sum(1 for f in files if not f.startswith("."))
            continue
        try:
            with open(p, "rb") as fh:
                head = fh.read(5)
                if head[:2] == b"\x1f\x8b":
                    return None
                if not head.startswith(b"From "):
                    total += 1
                    continue
                n, tail = 1, b""
                while True:
                    chunk = fh.read(1 << 20)
                    if not chunk:
                        break
                    data = tail + chunk
                    n += data.count(b"\nFrom ")
                    tail = data[-5:]
                total += n
        except OSError:
            return None
    return total


class _Bar:
    """A progress bar on standard error (a terminal only): messages done of the total, rate."""

    def __init__(self, total: int | None) -> None:
        self.total = total
        self.n = 0
        self.start = time.monotonic()
        self.last = 0.0

    def tick(self, n: int) -> None:
        self.n += n
        now = time.monotonic()
        if now - self.last >= 0.2:
            self.last = now
            self._draw(now)

    def _draw(self, now: float) -> None:
        rate = self.n / max(now - self.start, 1e-9)
        if self.total:
            frac = min(self.n / self.total, 1.0)
            filled = int(frac * 30)
            bar = "#" * filled + "-" * (30 - filled)
            sys.stderr.write(f"\rbouncekit: [{bar}] {self.n:,}/{self.total:,} messages ({rate:,.0f}/s)")
        else:
            sys.stderr.write(f"\rbouncekit: {self.n:,} messages ({rate:,.0f}/s)")
        sys.stderr.flush()

    def done(self) -> None:
        took = time.monotonic() - self.start
        sys.stderr.write(f"\r\x1b[Kbouncekit: {self.n:,} messages in {took:.1f} s\n")
        sys.stderr.flush()
