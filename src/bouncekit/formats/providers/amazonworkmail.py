"""Amazon WorkMail: bounces relayed through SES with ``X-Mailer: Amazon WorkMail``; the DSN fields
stand in the text part after "Technical report:", not in a delivery-status part."""
from __future__ import annotations

import re

from ..._patterns import compile_pattern
from ...mail import Draft, Mail
from ..readers import apply_inner_reply, delivery_status_drafts
from ..spec import All, AnyOf, Format, Header, Sender, Subject

NAME = "amazonworkmail"


def parse(mail: Mail) -> list[Draft]:
    text = mail.flat
    at = text.find("Technical report:")
    drafts = delivery_status_drafts(mail, text[at:] if at >= 0 else text)
    for d in drafts:
        apply_inner_reply(d)
    return drafts


FORMAT = Format(
    NAME,
    All(AnyOf(Subject(compile_pattern("\\ADelivery Status Notification")), Sender(compile_pattern("\\Amailer-daemon@"))),
           Header("x-mailer", compile_pattern("\\Aamazon workmail", re.I), decoded=True)),
    parse,
)
