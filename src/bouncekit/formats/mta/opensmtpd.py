"""OpenSMTPD: Subject "Delivery status notification: error|failed|delayed", From "Mailer Daemon",
body "Hi!  This is the MAILER-DAEMON, please DO NOT REPLY to this e-mail." then "An error has
occurred while attempting to deliver a message for the following list of recipients:" (or "A
message is delayed for more than N ... for the following list of recipients:"), one
"address: reply" line per recipient, and "Below is a copy of the original message:". Since 6.x
a message/delivery-status part follows whose Status is only the generic x.0.0."""
from __future__ import annotations

import re

from ..._patterns import compile_pattern
from ...dsn import drafts_from_groups, parse_field_groups
from ...mail import Draft, Mail
from ...text import extract_address
from ..drafts import with_original
from ..readers import between
from ..spec import All, AnyOf, Body, Format, Sender, Subject

NAME = "opensmtpd"

_SUBJECT = compile_pattern(r"^Delivery status notification:\s*(?:error|failed|failure|delayed|warning)\b", re.I)
_GREETING = compile_pattern(r"^[ \t]*This is the MAILER-DAEMON, please DO NOT REPLY to this e-?mail", re.M | re.I)
_LIST_INTRO = compile_pattern(r"\bfor\s+the\s+following\s+list\s+of\s+recipients:[ \t]*$", re.M | re.I)
_DELAYED = compile_pattern(r"^[ \t]*A message is delayed for more than", re.M | re.I)
_COPY = compile_pattern(r"^[ \t]*Below is a copy of the original message:?[ \t]*$", re.M | re.I)
_CUT = compile_pattern(r"^[ \t]*(?:Below is a copy of the original message|Please note that this is only a temporary)"
                  r"|^Content-Type:[ \t]*(?:message|text/rfc822)", re.M | re.I)
# "user@example.net: 550 5.1.1 <user@example.net>: Recipient address rejected: User unknown"
_RECIPIENT_LINE = compile_pattern(r"^<?([^\s<>:@]+@[^\s<>:@]+?)>?:\s*(.*)$")


def parse(mail: Mail) -> list[Draft]:
    text = mail.flat
    found = between(text, _LIST_INTRO, _CUT)
    if found is None:
        return []
    intro = found.start
    delayed = _DELAYED.search(text, 0, intro.end()) is not None
    drafts: list[Draft] = []
    for raw in found.text.split("\n"):
        m = _RECIPIENT_LINE.match(raw.strip())
        if m is None:
            continue
        rcpt = extract_address(m.group(1))
        if rcpt is None:
            continue
        drafts.append(Draft(recipient=rcpt, diagnostic=m.group(2).strip() or None,
                            action="delayed" if delayed else "failed"))
    _merge_dsn(mail, drafts)
    copy = _COPY.search(text, intro.end())
    original = None
    if copy and mail.original_part is None:
        rest = text[copy.end():].lstrip("\n")
        if re.match(r"^[A-Za-z][A-Za-z0-9-]*:[ \t]", rest):
            original = rest
    return with_original(drafts, original)


def _merge_dsn(mail: Mail, drafts: list[Draft]) -> None:
    """Status and Reporting-MTA from the DS part; the text line stays the diagnostic."""
    groups = []
    for part in mail.delivery_status_parts:
        groups.extend(parse_field_groups(part.text))
    by_rcpt = {d.recipient.lower(): d for d in drafts if d.recipient}
    for dd in drafts_from_groups(groups):
        target = by_rcpt.get((dd.recipient or "").lower())
        if target is None:
            if dd.recipient:
                drafts.append(dd)
            continue
        target.status = dd.status
        target.reporting_mta = dd.reporting_mta
        target.remote_mta = dd.remote_mta
        target.timestamp = dd.timestamp
        target.diagnostic = target.diagnostic or dd.diagnostic
        if dd.action:
            target.action = dd.action


FORMAT = Format(
    NAME,
    AnyOf(All(Sender(compile_pattern("mailer-daemon")), Subject(_SUBJECT)), All(Body(_GREETING), Body(_LIST_INTRO))),
    parse,
)
