"""Apache James. Its notice mailets write "Error: <what>", "Error message below:" with the
remote's words, and "Message details:" listing Subject, "MAIL FROM:", "RCPT TO:" ...; its DSN
bounce mailet writes "Hi. This is the James mail server at HOST." with a delivery-status part.
Such bounces often carry Subject "[BOUNCE]" or a Message-ID with ".JavaMail."."""
from __future__ import annotations

import re

from ..._patterns import compile_pattern
from ...mail import Draft, Mail
from ..layouts.james import JAMES_DETAILS, JAMES_ERROR_BELOW, james_notice_drafts
from ..readers import delivery_status_drafts, full_text
from ..spec import Check, Format, Search

NAME = "apachejames"

_JAMES_DSN = compile_pattern(r"^Hi\. This is the James mail server at ", re.M)


_ERROR_BELOW = Search(JAMES_ERROR_BELOW)
_DETAILS = Search(JAMES_DETAILS)
_DSN = Search(_JAMES_DSN)


def _james_text(mail: Mail) -> bool:
    """James's notice (its "Error message below:" and "Message details:" lines) or its DSN greeting,
    in the text of every part (nested multiparts included)."""
    text = mail.flat
    root = mail.root
    for p in mail.leaves:
        if p is not root and p.is_multipart:  # full_text() is more than the flat text
            text = full_text(mail)
            break
    if _ERROR_BELOW.search(text) is not None and _DETAILS.search(text) is not None:
        return True
    return _DSN.search(text) is not None


def parse(mail: Mail) -> list[Draft]:
    return james_notice_drafts(mail) or delivery_status_drafts(mail)


FORMAT = Format(NAME, Check(_james_text), parse)
