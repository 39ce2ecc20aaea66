"""Bigfoot (bigfoot.com forwarding): ``MAILER-DAEMON@bigfoot.com``, a Sendmail-style report
with a transcript (">>> RCPT TO:<addr>" / "<<< 553 ...") and a delivery-status part."""
from __future__ import annotations

import re

from ..._patterns import compile_pattern
from ...mail import Draft, Mail
from ...text import command_named as command_of
from ..readers import delivery_status_drafts
from ..spec import Format, Sender

NAME = "bigfoot"

_SENDER = compile_pattern(r"@(?:[\w-]+\.)*bigfoot\.com$", re.I)
_SENT = compile_pattern(r"^>>>[ \t]*(.+)$", re.M)


def parse(mail: Mail) -> list[Draft]:
    drafts = delivery_status_drafts(mail)
    sent = _SENT.search(mail.flat)
    command = command_of(sent.group(1)) if sent else None
    for d in drafts:
        if d.smtp_command is None:
            d.smtp_command = command
    return drafts


FORMAT = Format(
    NAME,
    Sender(_SENDER),
    parse,
)
