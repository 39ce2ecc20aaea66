"""Amazon SES (receiving): the DSN that SES's inbound endpoint (``inbound-smtp.<region>.amazonaws.com``)
sends when a receipt rule bounces a message. RFC 3464 fields; the text part only says
"This message could not be delivered."."""
from __future__ import annotations

import re

from ..._patterns import compile_pattern
from ...mail import Draft, Mail
from ..readers import delivery_status_drafts
from ..spec import DELIVERY_STATUS, All, DeliveryStatus, Format, Subject

NAME = "receivingses"

_INBOUND = compile_pattern(r"\binbound-smtp\.[\w-]+\.amazonaws\.com\b", re.I)


def parse(mail: Mail) -> list[Draft]:
    return delivery_status_drafts(mail)


FORMAT = Format(
    NAME,
    All(DELIVERY_STATUS, Subject(compile_pattern("\\ADelivery Status Notification")), DeliveryStatus(_INBOUND, limit=2048)),
    parse,
)
