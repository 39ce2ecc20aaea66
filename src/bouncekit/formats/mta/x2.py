"""Unnamed MTA #2, a qmail clone used by large Japanese and US webmail providers: Subject
"Delivery failure" / "failed delivery" / "Permanent Delivery Failure", "Message from HOST.",
"Unable to deliver message to the following address(es).", one ``<address>:`` block per
recipient, then "--- Original message follows."."""
from __future__ import annotations

from ...mail import Draft, Mail
from .._mta2_util import X2_INTRO, qmail_drafts
from ..spec import Check, Format

NAME = "x2"


def match(mail: Mail) -> bool:
    if "mailer-daemon" not in mail.from_address and "deliver" not in mail.subject.lower():
        return False
    text = mail.flat
    return "Unable to deliver message" in text and X2_INTRO.search(text) is not None


def parse(mail: Mail) -> list[Draft]:
    try:
        return qmail_drafts(mail, X2_INTRO)
    except Exception:  # never crash on odd input
        return []


FORMAT = Format(NAME, Check(match), parse)
