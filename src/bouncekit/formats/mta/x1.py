"""Unnamed MTA #1: From "Mail Deliver System" <MAILER-DAEMON@...> (sic), Subject "Returned Mail:
<reason>", "The original message was received at ... from <sender>", then
"---The following addresses had delivery errors---" with one "address [reason]" line each."""
from __future__ import annotations

import re

from ..._patterns import compile_pattern
from ...mail import Draft, Mail
from ...text import normalize_address
from ..drafts import with_original
from ..readers import original_in_part
from ..spec import All, Body, Format, Subject

NAME = "x1"

_SUBJECT = compile_pattern(r"^Returned Mail:", re.I)
_MARKER = compile_pattern(r"^-{2,}[ \t]*The following addresses had delivery errors[ \t]*-{2,}", re.M | re.I)
_FAILED = compile_pattern(r"^[ \t]*<?([^\s<>@\[\]]+@[^\s<>@\[\]]+?)>?[ \t]+\[(.+)\][ \t]*$")


def parse(mail: Mail) -> list[Draft]:
    text = mail.flat
    marker = _MARKER.search(text)
    if marker is None:
        return []
    drafts: list[Draft] = []
    started = False
    for line in text[marker.end():].split("\n"):
        m = _FAILED.match(line)
        if m:
            started = True
            recipient = normalize_address(m.group(1))
            if recipient:
                drafts.append(Draft(recipient=recipient, diagnostic=m.group(2).strip(), action="failed"))
        elif started and line.strip():
            break
    if not drafts:
        return []
    # the returned message follows as a bare part: its header block is the original's
    bare = (p for p in mail.leaves[1:] if "message-id" in p.headers or "received" in p.headers)
    return with_original(drafts, original_in_part(mail, bare))


FORMAT = Format(
    NAME,
    All(Subject(_SUBJECT, strip=True), Body(_MARKER)),
    parse,
)
