"""Amazon SES (receiving): the DSN that SES's inbound endpoint (``inbound-smtp.<region>.amazonaws.com``)
sends when a receipt rule bounces a message. RFC 3464 fields; the text part only says
"This message could not be delivered."."""
from __future__ import annotations

import re

from .._mail import Draft, Mail
from ._svc_util import ds_drafts

NAME = "receivingses"

_INBOUND = re.compile(r"\binbound-smtp\.[\w-]+\.amazonaws\.com\b", re.I)


def match(mail: Mail) -> bool:
    if not mail.delivery_status_parts:
        return False
    if not mail.subject.startswith("Delivery Status Notification"):
        return False
    return any(_INBOUND.search(p.text[:2048]) for p in mail.delivery_status_parts)


def parse(mail: Mail) -> list[Draft]:
    return ds_drafts(mail)
