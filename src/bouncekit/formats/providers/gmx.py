"""GMX and web.de (United Internet): ``MAILER-DAEMON@mail.gmx.com`` / ``@gmx.net`` / ``@web.de``,
"Mail delivery failed: returning message to sender", the failed addresses with their SMTP error,
then "--- The header of the original message is following. ---"."""
from __future__ import annotations

import re

from ...mail import Draft, Mail
from .._svc_util import united_internet_drafts
from ..spec import Check, Format

NAME = "gmx"

_SENDER = re.compile(r"^mailer-daemon@(?:[\w-]+\.)*(?:gmx\.(?:com|net|de|at|ch|fr|es|co\.uk)|mail\.com|web\.de)$",
                     re.I)


def match(mail: Mail) -> bool:
    sender = mail.from_address
    # every domain it knows holds "gmx.", "l.com" or "web.de" (from_address is lower-cased;
    # no i or s in the words)
    return ("gmx." in sender or "l.com" in sender or "web.de" in sender) and _SENDER.match(sender) is not None


def parse(mail: Mail) -> list[Draft]:
    return united_internet_drafts(mail)


FORMAT = Format(NAME, Check(match), parse)
