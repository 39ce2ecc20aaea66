"""``bouncekit explain``: for a person, what each recipient of a bounce means and what to do."""
from __future__ import annotations

import argparse
import io
import sys

from ._common import check_paths, die, reconfigure, visible

# typing.TYPE_CHECKING, without importing typing at run time (a quicker start)
TYPE_CHECKING = False
if TYPE_CHECKING:
    from ..advice import Advice
    from ..model import Record, Report

# advice.LANGUAGES, written out so that ``bouncekit --help`` does not load the advice texts (a test
# keeps the two the same)
LANGUAGES: tuple[str, ...] = ("en", "fr", "uk", "ru")

NAME = "explain"
HELP = "explain, for a person, what each recipient of a bounce means"


def add_arguments(e: argparse.ArgumentParser) -> None:
    e.add_argument("paths", nargs="+", metavar="FILE")
    e.add_argument("--lang", default=None, metavar="LANG",
                   help=f"language of the advice: {', '.join(LANGUAGES)} (default: from $LANG, else en)")


def advice(rec: Record, lang: str = "en") -> Advice | None:
    """What to do about one record, for a person (None for a record with no reason at all)."""
    from ..advice import advice as _advice

    if rec.reason is None and rec.category is None:
        return None
    return _advice(rec, lang, details=False)  # the server's words and host are printed above it


def run(args: argparse.Namespace) -> int:
    from ..advice import resolve_lang
    from ..intake.sources import scan

    try:
        lang = resolve_lang(args.lang)
    except ValueError as exc:
        die(str(exc))
    check_paths(args.paths)
    reconfigure(sys.stdout)  # text for a person: the terminal's encoding, odd characters replaced
    for report in scan(args.paths, jobs=1):
        # every value from the message passes visible(): no escape sequence reaches the terminal
        sys.stdout.write(visible(explain_report(report, lang)))
    return 0


def explain_report(report: Report, lang: str = "en") -> str:
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
            buf.write(f"  rule:        {rec.explanation.rule}{matched}"
                      f" (confidence: {rec.explanation.confidence.value})\n")
        a = advice(rec, lang)
        if a is not None:
            buf.write(f"  advice:      {a.title}\n")
            for line in (a.explanation, a.next_step, a.stops_text):
                buf.write(f"               {line}\n")
    buf.write("\n")
    return buf.getvalue()


def server_said(rec: Record) -> str:
    """The reply code and status, then the server's words, without repeating codes the words start with."""
    text = rec.diagnostic or ""
    head = [c for c in (rec.reply_code, rec.status) if c and c not in text.split()[:3]]
    return " ".join(head + ([text] if text else [])) or "(no server text)"


