"""Zoho Mail: ``mailer-daemon@mail.zoho.com`` (``X-ZohoMail``). One line per recipient,
``rcpt Invalid Address, ERROR_CODE :550, ERROR_CODE :5.1.1 <rcpt>... User Unknown``, or, for
retries that ran out, ``[Status: Error, Address: <rcpt>, ResponseCode 421, , Host not reachable.]``;
the original headers follow, written as ``Name:value``."""
from __future__ import annotations

import re

from ..._patterns import compile_pattern
from ...mail import Draft, Mail
from ...text import normalize_address
from ..drafts import with_original
from ..readers import delayed, first_reply, original_from_header
from ..spec import Format, Sender

NAME = "zoho"

_SENDER = compile_pattern(r"^mailer-daemon@(?:[\w-]+\.)*zoho(?:mail)?\.(?:com|eu|in|jp|com\.au|com\.cn)$", re.I)
_MARKER = compile_pattern(r"^This message was created automatically by mail delivery software\.", re.M)
_ENTRY = compile_pattern(r"^(\S+@\S+?)\s+(.+)$")
_STATUS_ENTRY = compile_pattern(r"^\[Status: .*?Address:\s*<([^>]+)>,\s*(.+)$")
_CODE = compile_pattern(r"(?:ERROR_CODE\s*:\s*|ResponseCode\s+)([2-5]\d\d)\b")
_ORIGINAL = compile_pattern(r"^Received:\s*from ", re.M)
_DELAYED = compile_pattern(r"has not yet been delivered|will be retried|temporary error", re.I)


def parse(mail: Mail) -> list[Draft]:
    text = mail.flat
    marker = _MARKER.search(text)
    if not marker:
        return []
    body = text[marker.end():]
    original = None
    orig = _ORIGINAL.search(body)
    if orig:
        original = original_from_header(mail, body[orig.start():])
        body = body[: orig.start()]
    preface = text[marker.start(): marker.start() + 400]
    drafts: list[Draft] = []
    for block in body.split("\n\n"):
        first, _, rest = block.strip().partition("\n")
        m = _STATUS_ENTRY.match(first) or _ENTRY.match(first)
        rcpt = normalize_address(m.group(1)) if m else None
        if not m or not rcpt:
            continue
        diag = " ".join((m.group(2) + " " + rest).split()).rstrip("]").strip()
        code = _CODE.search(diag)
        drafts.append(Draft(recipient=rcpt, action="failed", diagnostic=diag or None,
                            reply_code=code.group(1) if code else first_reply(diag)))
    return with_original(delayed(drafts, _DELAYED.search(preface)), original)


FORMAT = Format(
    NAME,
    Sender(_SENDER),
    parse,
)
