"""Unnamed MTA #5, a Japanese relay (TMMSG boundaries, From "Mail Delivery Subsystem" in
ISO-2022-JP words) that wraps the downstream Sendmail's report: "The original message was
received at ...", "----- The following addresses had permanent delivery errors -----" with the
addresses, and the downstream report attached as a message/rfc822 part.

When the relay leaves its own list empty, this parser steps aside: the core then reads the
attached report as a forwarded one (with its delivery-status part and the right original)."""
from __future__ import annotations

import re

from ..._patterns import compile_pattern
from ...mail import Draft, Mail
from ..readers import listed_addresses, section
from ..spec import DELIVERY_STATUS, All, Body, Format, FromHeader, HasPart, Not

NAME = "x5"

_MARKER = compile_pattern(r"^-{3,}[ \t]*The following addresses had permanent delivery errors[ \t]*-{3,}", re.M | re.I)
_SENDER = compile_pattern(r"mail delivery subsystem", re.I)
_CUT = compile_pattern(r"^Content-Type:|^-{3,}", re.M | re.I)
# "ana.ruiz@example.org" or "<ana.ruiz@example.org>... User unknown"
_LISTED = compile_pattern(r"^[ \t]*<?([^\s<>@]+@[^\s<>@.]+(?:\.[^\s<>@.]+)+?)>?(?:\.{3}[ \t]*(.*))?[ \t]*$")


def parse(mail: Mail) -> list[Draft]:
    listed = section(mail.flat, _MARKER, _CUT) or ""
    return [Draft(recipient=a, diagnostic=(m.group(2) or "").strip() or None, action="failed")
            for a, m in listed_addresses(listed, _LISTED)]


FORMAT = Format(
    NAME,
    All(Not(DELIVERY_STATUS), FromHeader(_SENDER), HasPart(("message/rfc822",)), Body(_MARKER)),
    parse,
)
