"""Yandex.Mail: a Postfix bounce (``mailer-daemon@yandex.ru``, fields ``X-Yandex-Queue-ID``) with a
Russian preface; the delivery-status part holds the codes, the text says which host answered and
to which command ("<rcpt>: host mx[ip] said: 550 ... (in reply to RCPT TO command)")."""
from __future__ import annotations

import re

from ..._patterns import compile_pattern
from ...mail import Draft, Mail
from ...text import command_named as command_of
from ..readers import delivery_status_drafts
from ..spec import AnyOf, DeliveryStatus, Format, Sender

NAME = "yandex"

_SENDER = compile_pattern(r"^mailer-daemon@(?:[\w-]+\.)*yandex\.(?:ru|com|net|ua|by|kz|com\.tr)$", re.I)
_ENTRY = compile_pattern(r"^<([^>\s]+@[^>\s]+)>:\s+(.+?)(?=\n\s*\n|\Z)", re.M | re.S)
_IN_REPLY = compile_pattern(r"\(in reply to (.+?) command\)", re.I)
_HOST = compile_pattern(r"^host\s+([\w.-]+)\[", re.I)
_CONNECT = compile_pattern(r"^connect to\s+([\w.-]+)\[", re.I)


def parse(mail: Mail) -> list[Draft]:
    text = mail.flat
    drafts = delivery_status_drafts(mail, text)
    entries = {m.group(1).lower(): " ".join(m.group(2).split()) for m in _ENTRY.finditer(text)}
    for d in drafts:
        said = entries.get((d.recipient or "").lower())
        if not said:
            continue
        cmd = _IN_REPLY.search(said)
        if cmd:
            d.smtp_command = command_of(cmd.group(1))
        host = _HOST.match(said) or _CONNECT.match(said)
        if host:
            d.remote_mta = d.remote_mta or host.group(1)
            if host.re is _CONNECT:
                d.smtp_command = d.smtp_command or "CONN"
        if not d.diagnostic:
            d.diagnostic = said
    return drafts


FORMAT = Format(
    NAME,
    AnyOf(Sender(_SENDER), DeliveryStatus(compile_pattern("x-yandex-queue-id", re.I), limit=1024)),
    parse,
)
