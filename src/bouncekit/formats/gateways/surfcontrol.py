"""SurfControl E-mail Filter (Websense): "X-Mailer: SurfControl E-mail Filter", a multipart/report
whose text says "Your message could not be sent." with "Addressed To: rcpt" and
"Failed to send to identified host," / "rcpt: [ip], REPLY"."""
from __future__ import annotations

import re

from ...mail import Draft, Mail
from .._gw_util import body_text, ds_drafts, merge
from ..spec import Check, Format

NAME = "surfcontrol"

_MAILER = "SurfControl E-mail Filter"
_START = "Your message could not be sent."
_ADDRESSED = re.compile(r"^\s*Addressed To:\s*<?([^<>\s]+@[^<>\s]+?)>?\s*$", re.I)
# "ana.ruiz@example.com: [192.0.2.5], 550 ana.ruiz@example.com... No such user"
_FAILED = re.compile(r"^\s*<?([^<>\s]+@[^<>\s]+?)>?:\s*\[([0-9A-Fa-f.:]+)\],\s*(.+)$")


def match(mail: Mail) -> bool:
    if not mail.header("x-mailer").startswith(_MAILER):
        return False
    return bool(mail.delivery_status_parts) or _START in body_text(mail)


def parse(mail: Mail) -> list[Draft]:
    found: dict[str, Draft] = {}
    for line in body_text(mail).split("\n"):
        m = _ADDRESSED.match(line)
        if m:
            found.setdefault(m.group(1).lower(), Draft(recipient=m.group(1)))
            continue
        m = _FAILED.match(line)
        if m:
            d = found.setdefault(m.group(1).lower(), Draft(recipient=m.group(1)))
            d.remote_mta, d.diagnostic = m.group(2), m.group(3).strip()
    return merge(ds_drafts(mail), [d for d in found.values() if d.diagnostic] or list(found.values()))


FORMAT = Format(NAME, Check(match), parse)
