"""GMX and web.de (United Internet): ``MAILER-DAEMON@mail.gmx.com`` / ``@gmx.net`` / ``@web.de``,
"Mail delivery failed: returning message to sender", the failed addresses with their SMTP error,
then "--- The header of the original message is following. ---"."""
from __future__ import annotations

import re

from ..._patterns import compile_pattern
from ...mail import Draft, Mail
from ..layouts.exim_blocks import united_internet_drafts
from ..spec import Format, Sender

NAME = "gmx"

_SENDER = compile_pattern(r"^mailer-daemon@(?:[\w-]+\.)*(?:gmx\.(?:com|net|de|at|ch|fr|es|co\.uk)|mail\.com|web\.de)$",
                     re.I)


def parse(mail: Mail) -> list[Draft]:
    return united_internet_drafts(mail)


FORMAT = Format(
    NAME,
    Sender(_SENDER),
    parse,
)
