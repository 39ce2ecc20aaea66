"""Barracuda Spam Firewall: a multipart/report with the subject "**Message you sent blocked by
our bulk email filter**"; the text names the recipient ("Your message to: rcpt was blocked by
our Spam Firewall"), the delivery-status part carries the codes."""
from __future__ import annotations

import re

from ...mail import Draft, Mail
from ..readers import delivery_status_drafts, merge_text
from ..spec import DELIVERY_STATUS, All, AnyOf, Format, Header, Subject

NAME = "barracuda"

_SUBJECT = re.compile(r"^\*\*Message you sent blocked by our bulk email filter\*\*", re.I)
_SPAM_FIREWALL = re.compile(r"\(Spam Firewall\)")
_YOUR_MESSAGE = re.compile(r"^\s*Your message to:\s*<?([^<>\s]+@[^<>\s]+?)>?\s*$", re.I)
_BLOCKED = re.compile(r"^\s*(was blocked by our .*)$", re.I)


def parse(mail: Mail) -> list[Draft]:
    lines = mail.text.split("\n")
    found: list[Draft] = []
    for i, line in enumerate(lines):
        m = _YOUR_MESSAGE.match(line)
        if m:
            nxt = lines[i + 1] if i + 1 < len(lines) else ""
            b = _BLOCKED.match(nxt)
            found.append(Draft(recipient=m.group(1), diagnostic=b.group(1).strip() if b else None))
    drafts = merge_text(delivery_status_drafts(mail), found)
    if _SUBJECT.match(mail.subject):
        # the appliance's fixed subject names its bulk-mail (spam) filter as the cause
        for d in drafts:
            if d.status is None or d.status.startswith(("5.7.", "4.7.", "5.0.")):
                d.vendor_code = "spam_detected"
    return drafts


FORMAT = Format(
    NAME,
    AnyOf(Subject(_SUBJECT), All(DELIVERY_STATUS, Header("received", _SPAM_FIREWALL, first=3))),
    parse,
)
