"""Bigfoot (bigfoot.com forwarding): ``MAILER-DAEMON@bigfoot.com``, a Sendmail-style report
with a transcript (">>> RCPT TO:<addr>" / "<<< 553 ...") and a delivery-status part."""
from __future__ import annotations

import re

from ...mail import Draft, Mail
from .._mta2_util import command_of, dsn_drafts
from ..spec import Check, Format

NAME = "bigfoot"

_SENDER = re.compile(r"@(?:[\w-]+\.)*bigfoot\.com$", re.I)
_SENT = re.compile(r"^>>>[ \t]*(.+)$", re.M)


def match(mail: Mail) -> bool:
    sender = mail.from_address
    # the pattern needs "gfoot.com" (from_address is lower-cased; no i or s in the words)
    return "gfoot.com" in sender and _SENDER.search(sender) is not None


def parse(mail: Mail) -> list[Draft]:
    try:
        drafts = dsn_drafts(mail)
    except Exception:  # never crash on odd input
        return []
    sent = _SENT.search(mail.flat)
    command = command_of(sent.group(1)) if sent else None
    for d in drafts:
        if d.smtp_command is None:
            d.smtp_command = command
    return drafts


FORMAT = Format(NAME, Check(match), parse)
