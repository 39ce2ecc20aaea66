"""1&1 / IONOS (``mailer-daemon@kundenserver.de`` and 1&1 relays): the United Internet layout shared
with GMX: "The following address(es) failed:", the address, its reason ("Mail size limit
exceeded", or "SMTP error from remote server for TEXT command, host: h (ip) reason: 550 ..."),
then "--- The header of the original message is following. ---"."""
from __future__ import annotations

import re

from ..._patterns import compile_pattern
from ...mail import Draft, Mail
from ...text import words_of
from ..layouts.exim_blocks import UI_ORIGINAL, united_internet_drafts
from ..spec import All, AnyOf, Body, Format, Sender, Subject

NAME = "einsundeins"

_SENDER = compile_pattern(r"^mailer-daemon@(?:[\w-]+\.)*(?:kundenserver\.de|1and1\.[a-z.]+|1und1\.de|ionos\.[a-z.]+|"
                     r"online\.de|onlinehome\.de|perfora\.net|schlund\.de)$", re.I)


# 1&1's own fixed wording for its size limit
_SIZE_LIMIT = compile_pattern(r"^Mail size limit exceeded\b", re.I)


def parse(mail: Mail) -> list[Draft]:
    drafts = united_internet_drafts(mail)
    for d in drafts:
        m = _SIZE_LIMIT.match(d.diagnostic) if d.diagnostic else None
        if m is not None:
            d.vendor_code, d.vendor_text = "message_too_large", words_of(m)
    return drafts


FORMAT = Format(
    NAME,
    AnyOf(Sender(_SENDER), All(Subject(compile_pattern("\\AMail delivery failed")), Body(UI_ORIGINAL))),
    parse,
)
