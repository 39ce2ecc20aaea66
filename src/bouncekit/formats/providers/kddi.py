"""au one net / KDDI (``no-reply@*.dion.ne.jp``, relayed by ``*.auone-net.jp``): a Japanese
preface, then ``Your mail sent on: <date>``, ``Could not be delivered to: <rcpt>`` and one fixed
English sentence naming the cause ("As their mailbox is full.", "As the remote domain doesnt
exist.", "Due to the following SMTP relay error")."""
from __future__ import annotations

import re

from ..._patterns import compile_pattern
from ...mail import Draft, Mail
from ...text import Labels, extract_address
from ..spec import All, AnyOf, Body, Format, Header, Sender

NAME = "kddi"

_SENDER = compile_pattern(r"^no-reply@(?:[\w-]+\.)*(?:dion\.ne\.jp|auone-net\.jp|au\.com)$", re.I)
_RELAY = compile_pattern(r"\bauone-net\.jp\b", re.I)
_ENTRY = compile_pattern(r"^[ \t]*Could not be delivered to:[ \t]*<?([^>\s]+@[^>\s]+)>?[ \t]*\n((?:[ \t]*\S[^\n]*\n?)*)",
                    re.M | re.I)
_SENTENCES = Labels(
    (r"mailbox is full", "mailbox_full"),
    (r"remote domain doesn'?t exist", "host_unknown"),
)


def parse(mail: Mail) -> list[Draft]:
    text = mail.flat
    cut = text.find("Content-Type: message/rfc822")
    if cut >= 0:
        text = text[:cut]
    drafts = []
    for m in _ENTRY.finditer(text):
        rcpt = extract_address(m.group(1))
        if not rcpt:
            continue
        detail = " ".join(m.group(2).split())
        diag = " ".join(f"Could not be delivered to: <{rcpt}> {detail}".split())
        code, words = _SENTENCES.cause(detail) or (None, None)
        drafts.append(Draft(recipient=rcpt, action="failed", diagnostic=diag, vendor_code=code, vendor_text=words))
    return drafts


FORMAT = Format(
    NAME,
    All(Sender(_SENDER), AnyOf(Body(compile_pattern("Could not be delivered to:"), limit=4096),
                               Header("received", _RELAY, every=True))),
    parse,
)
