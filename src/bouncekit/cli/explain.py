"""``bouncekit explain``: for a person, what each recipient of a bounce means and what to do."""
from __future__ import annotations

import argparse
import io
import sys

from ..intake.sources import scan
from ..model import Category, Record, Report
from ._common import check_paths, reconfigure, visible

NAME = "explain"
HELP = "explain, for a person, what each recipient of a bounce means"


def add_arguments(e: argparse.ArgumentParser) -> None:
    e.add_argument("paths", nargs="+", metavar="FILE")


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


def run(args: argparse.Namespace) -> int:
    check_paths(args.paths)
    reconfigure(sys.stdout)  # text for a person: the terminal's encoding, odd characters replaced
    for report in scan(args.paths, jobs=1):
        # every value from the message passes visible(): no escape sequence reaches the terminal
        sys.stdout.write(visible(explain_report(report)))
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


