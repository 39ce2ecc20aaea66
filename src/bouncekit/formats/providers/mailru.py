"""Mail.Ru: an Exim bounce with a Russian preface ("Это письмо создано автоматически сервером
Mail.Ru ...") before the usual English text; each failed address is followed by its indented
explanation ("SMTP error from remote mail server after RCPT TO:<...>: host ... [ip]: 550 ...")."""
from __future__ import annotations

import re

from ..._patterns import compile_pattern
from ...mail import INLINE_ORIGINAL, Draft, Mail
from ..drafts import with_original
from ..layouts.exim_blocks import exim_blocks
from ..readers import delayed, split_original
from ..spec import Format, Sender

NAME = "mailru"

_SENDER = compile_pattern(r"^mailer-daemon@(?:[\w-]+\.)*(?:mail\.ru|bk\.ru|inbox\.ru|list\.ru|mail\.ua)$", re.I)
_ENGLISH = compile_pattern(r"^This message was created automatically by mail delivery software\.", re.M)
_DELAYED = compile_pattern(r"has not yet been delivered to one or more of its|\bhas been frozen\b", re.I)


def parse(mail: Mail) -> list[Draft]:
    text, original = split_original(mail, mail.flat, INLINE_ORIGINAL)
    # the Russian preface repeats the list, sometimes with local parts only; the English one is whole
    english = _ENGLISH.search(text)
    if english:
        text = text[english.start():]
    drafts = exim_blocks(text)
    return with_original(delayed(drafts, _DELAYED.search(text[:600])), original)


FORMAT = Format(
    NAME,
    Sender(_SENDER),
    parse,
)
