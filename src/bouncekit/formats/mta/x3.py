"""Unnamed MTA #3: Subject "Delivery status notification", From "Mail Delivery System",
"This is an automatically generated Delivery Status Notification.", "Delivery (some versions:
"Delevery") to the following recipients failed permanently:" (or "was aborted after N
second(s):") with "   * address" lines, then "Technical details:" with lines like
"SMTP:RCPT host 192.0.2.8: 553 5.3.0 <address>... No such user here"; sometimes a
delivery-status part whose Status field is less precise than the reply it quotes."""
from __future__ import annotations

import re

from ..._patterns import compile_pattern
from ...mail import Draft, Mail
from ...text import command_named as command_of
from ...text import find_addresses as addresses_in
from ...text import find_status, normalize_address
from ..readers import delivery_status_drafts, section
from ..spec import All, Body, Format, Subject

NAME = "x3"

# exactly this subject: Google's and Microsoft's "Delivery Status Notification (Failure)" are not it
_SUBJECT = compile_pattern(r"^Delivery status notification[ \t]*$")
_INTRO = compile_pattern(r"^[ \t]*De(?:li|le)very to the following recipients? (?:failed permanently|was aborted after)",
                    re.M | re.I)
_LISTED = compile_pattern(r"^[ \t]*\*[ \t]*<?([^\s<>@]+@[^\s<>@]+?)>?[ \t]*$", re.M)
_TECHNICAL = compile_pattern(r"^[ \t]*Technical details(?: of \w+ failure)?:[ \t]*$", re.M | re.I)
_CUT = compile_pattern(r"^Content-Type:[ \t]*(?:message|text/rfc822)|^={10,}[ \t]*$", re.M | re.I)
# "SMTP:RCPT host 192.0.2.8: 553 5.3.0 <a@b>... text"
_DETAIL = compile_pattern(r"^[ \t]*SMTP:([A-Z]+)[ \t]+host[ \t]+(\S+?):[ \t]*(.*)$", re.M)


def parse(mail: Mail) -> list[Draft]:
    text = mail.flat
    technical = section(text, _TECHNICAL, _CUT) or ""
    details = list(_DETAIL.finditer(technical))
    drafts = delivery_status_drafts(mail)
    if drafts:
        for d in drafts:
            # this MTA's Status field is often a guess (5.1.1 for "552 5.2.2 Over quota"):
            # the code in the remote's reply wins
            quoted = find_status(d.diagnostic)
            if quoted and not quoted.endswith(".0.0"):
                d.status = quoted
        return drafts
    intro = _INTRO.search(text)
    listed = _LISTED.findall(text[intro.end():] if intro else text)
    for raw in listed:
        recipient = normalize_address(raw)
        if recipient is None:
            continue
        d = Draft(recipient=recipient, action="failed")
        for m in details:
            if len(details) == 1 or recipient in addresses_in(m.group(3)):
                d.smtp_command = command_of(m.group(1))
                d.remote_mta = m.group(2).strip("[]")
                d.diagnostic = m.group(3).strip()
                break
        drafts.append(d)
    return drafts


FORMAT = Format(
    NAME,
    All(Subject(_SUBJECT, strip=True), Body(_INTRO)),
    parse,
)
