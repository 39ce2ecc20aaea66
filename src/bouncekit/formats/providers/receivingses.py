"""Amazon SES (receiving): the DSN that SES's inbound endpoint (``inbound-smtp.<region>.amazonaws.com``)
sends when a receipt rule bounces a message. RFC 3464 fields; the text part only says
"This message could not be delivered."."""
from __future__ import annotations

import re

from ...mail import Draft, Mail
from .._svc_util import ds_drafts
from ..spec import Check, Format

NAME = "receivingses"

_INBOUND = re.compile(r"\binbound-smtp\.[\w-]+\.amazonaws\.com\b", re.I)


def match(mail: Mail) -> bool:
    parts = mail.delivery_status_parts
    if not parts:
        return False
    if not mail.subject.startswith("Delivery Status Notification"):
        return False
    for p in parts:
        head = p.text[:2048]
        # the pattern needs "amazonaw" (no i or s: lower() shows any IGNORECASE match of it)
        if "amazonaw" in head.lower() and _INBOUND.search(head):
            return True
    return False


def parse(mail: Mail) -> list[Draft]:
    return ds_drafts(mail)


FORMAT = Format(NAME, Check(match), parse)
