"""SurfControl E-mail Filter (Websense): "X-Mailer: SurfControl E-mail Filter", a multipart/report
whose text says "Your message could not be sent." with "Addressed To: rcpt" and
"Failed to send to identified host," / "rcpt: [ip], REPLY"."""
from __future__ import annotations

import re

from ..._patterns import compile_pattern
from ...mail import Draft, Mail
from ..readers import delivery_status_drafts, merge_text
from ..spec import DELIVERY_STATUS, All, AnyOf, Format, Header, Text

NAME = "surfcontrol"

_MAILER = "SurfControl E-mail Filter"
_START = "Your message could not be sent."
_ADDRESSED = compile_pattern(r"^\s*Addressed To:\s*<?([^<>\s]+@[^<>\s]+?)>?\s*$", re.I)
# "ana.ruiz@example.com: [192.0.2.5], 550 ana.ruiz@example.com... No such user"
_FAILED = compile_pattern(r"^\s*<?([^<>\s]+@[^<>\s]+?)>?:\s*\[([0-9A-Fa-f.:]+)\],\s*(.+)$")


def parse(mail: Mail) -> list[Draft]:
    found: dict[str, Draft] = {}
    for line in mail.text.split("\n"):
        m = _ADDRESSED.match(line)
        if m:
            found.setdefault(m.group(1).lower(), Draft(recipient=m.group(1)))
            continue
        m = _FAILED.match(line)
        if m:
            d = found.setdefault(m.group(1).lower(), Draft(recipient=m.group(1)))
            d.remote_mta, d.diagnostic = m.group(2), m.group(3).strip()
    return merge_text(delivery_status_drafts(mail), [d for d in found.values() if d.diagnostic] or list(found.values()))


FORMAT = Format(
    NAME,
    All(Header("x-mailer", compile_pattern("\\A" + re.escape(_MAILER)), decoded=True),
        AnyOf(DELIVERY_STATUS, Text(compile_pattern(re.escape(_START))))),
    parse,
)
