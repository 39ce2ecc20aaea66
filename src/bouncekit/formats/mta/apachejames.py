"""Apache James. Its notice mailets write "Error: <what>", "Error message below:" with the
remote's words, and "Message details:" listing Subject, "MAIL FROM:", "RCPT TO:" ...; its DSN
bounce mailet writes "Hi. This is the James mail server at HOST." with a delivery-status part.
Such bounces often carry Subject "[BOUNCE]" or a Message-ID with ".JavaMail."."""
from __future__ import annotations

import re

from ...mail import Draft, Mail
from .._mta2_util import JAMES_DETAILS, JAMES_ERROR_BELOW, dsn_drafts, full_text, james_notice_drafts
from ..spec import Check, Format

NAME = "apachejames"

_JAMES_DSN = re.compile(r"^Hi\. This is the James mail server at ", re.M)


def match(mail: Mail) -> bool:
    text = mail.flat
    root = mail.root
    for p in mail.leaves:
        if p is not root and p.is_multipart:  # full_text() is more than the flat text
            text = full_text(mail)
            break
    # cheap literal tests before the anchored patterns, each of which needs its own line
    if "Error message below:" in text and JAMES_ERROR_BELOW.search(text) and JAMES_DETAILS.search(text):
        return True
    return "This is the James mail server at " in text and _JAMES_DSN.search(text) is not None


def parse(mail: Mail) -> list[Draft]:
    try:
        return james_notice_drafts(mail) or dsn_drafts(mail)
    except Exception:  # never crash on odd input
        return []


FORMAT = Format(NAME, Check(match), parse)
