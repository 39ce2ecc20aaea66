"""Amazon WorkMail: bounces relayed through SES with ``X-Mailer: Amazon WorkMail``; the DSN fields
stand in the text part after "Technical report:", not in a delivery-status part."""
from __future__ import annotations

from ...mail import Draft, Mail
from .._svc_util import apply_inner_reply, ds_drafts
from ..spec import Check, Format

NAME = "amazonworkmail"


def match(mail: Mail) -> bool:
    # ordinary mail sent from WorkMail carries the same X-Mailer
    if not (mail.subject.startswith("Delivery Status Notification")
            or mail.from_address.startswith("mailer-daemon@")):
        return False
    return (mail.header("x-mailer") or "").lower().startswith("amazon workmail")


def parse(mail: Mail) -> list[Draft]:
    text = mail.flat
    at = text.find("Technical report:")
    drafts = ds_drafts(mail, text[at:] if at >= 0 else text)
    for d in drafts:
        apply_inner_reply(d)
    return drafts


FORMAT = Format(NAME, Check(match), parse)
