"""Unnamed MTA #2, a qmail clone used by large Japanese and US webmail providers: Subject
"Delivery failure" / "failed delivery" / "Permanent Delivery Failure", "Message from HOST.",
"Unable to deliver message to the following address(es).", one ``<address>:`` block per
recipient, then "--- Original message follows."."""
from __future__ import annotations

import re

from ..._patterns import compile_pattern
from ...mail import Draft, Mail
from ..layouts.qmail import X2_INTRO, qmail_drafts
from ..spec import All, AnyOf, Body, Format, Sender, Subject

NAME = "x2"


def parse(mail: Mail) -> list[Draft]:
    return qmail_drafts(mail, X2_INTRO)


FORMAT = Format(
    NAME,
    All(AnyOf(Sender(compile_pattern("mailer-daemon")), Subject(compile_pattern("deliver", re.I))), Body(X2_INTRO)),
    parse,
)
