"""Unnamed MTA #4, a qmail clone of hosting providers: Subject "failure notice", "Your mail
message to the following address(es) could not be delivered. This is a permanent error.",
one ``<address>:`` block per recipient (often "child status NNN...<text>" from the local
delivery program), then "--- Below this line is a copy of the message."."""
from __future__ import annotations

import re

from ..._patterns import compile_pattern
from ...mail import Draft, Mail
from ...text import words_of
from ..layouts.qmail import X4_INTRO, qmail_drafts
from ..spec import Body, Format

NAME = "x4"

# "child status 100...": the exit code of the delivery program, not part of the reason
_CHILD_STATUS = compile_pattern(r"^child status \d+\.{2,}\s*", re.I)

# the delivery program's fixed words for a full mailbox
_MAILFOLDER_FULL = compile_pattern(r"\buser'?s mail ?folder is full\b", re.I)


def parse(mail: Mail) -> list[Draft]:
    drafts = qmail_drafts(mail, X4_INTRO)
    for d in drafts:
        if d.diagnostic:
            d.diagnostic = _CHILD_STATUS.sub("", d.diagnostic) or d.diagnostic
            full = _MAILFOLDER_FULL.search(d.diagnostic) if d.vendor_code is None else None
            if full is not None:
                d.vendor_code, d.vendor_text = "mailbox_full", words_of(full)
    return drafts


FORMAT = Format(
    NAME,
    Body(X4_INTRO),
    parse,
)
