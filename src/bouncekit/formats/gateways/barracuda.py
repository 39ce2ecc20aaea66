"""Barracuda Spam Firewall: a multipart/report with the subject "**Message you sent blocked by
our bulk email filter**"; the text names the recipient ("Your message to: rcpt was blocked by
our Spam Firewall"), the delivery-status part carries the codes."""
from __future__ import annotations

import re

from ..._patterns import compile_pattern
from ...mail import Draft, Mail
from ...text import words_of
from ..readers import delivery_status_drafts, merge_text
from ..spec import DELIVERY_STATUS, All, AnyOf, Format, Header, Subject

NAME = "barracuda"

_SUBJECT = compile_pattern(r"^\*\*Message you sent blocked by our bulk email filter\*\*", re.I)
_SPAM_FIREWALL = compile_pattern(r"\(Spam Firewall\)")
# "Your message to: rcpt" and, on the next line, what became of it ("was blocked by our Spam
# Firewall"); white space within a line only ([^\S\n])
_YOUR_MESSAGE = compile_pattern(r"^[^\S\n]*Your message to:[^\S\n]*<?([^<>\s]+@[^<>\s]+?)>?[^\S\n]*$"
                           r"(?:\n[^\S\n]*(was blocked by our .*)$)?", re.I | re.M)


def parse(mail: Mail) -> list[Draft]:
    found = [Draft(recipient=m.group(1), diagnostic=m.group(2).strip() if m.group(2) else None)
             for m in _YOUR_MESSAGE.finditer(mail.text)]
    drafts = merge_text(delivery_status_drafts(mail), found)
    subject = _SUBJECT.match(mail.subject)
    if subject is not None:
        # the appliance's fixed subject names its bulk-mail (spam) filter as the cause
        for d in drafts:
            if d.status is None or d.status.startswith(("5.7.", "4.7.", "5.0.")):
                d.vendor_code, d.vendor_text = "spam_detected", words_of(subject)
    return drafts


FORMAT = Format(
    NAME,
    AnyOf(Subject(_SUBJECT), All(DELIVERY_STATUS, Header("received", _SPAM_FIREWALL, first=3))),
    parse,
)
