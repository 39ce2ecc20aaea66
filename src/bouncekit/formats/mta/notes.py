"""Lotus Notes SMTP gateway: Subject "Undeliverable message", "------- Failure Reasons --------"
with the reason text and the failed addresses, then "------- Returned Message --------" and the
returned message inline."""
from __future__ import annotations

import re

from ..._patterns import compile_pattern
from ...mail import Draft, Mail
from ...text import normalize_address, words_of
from ..drafts import with_original
from ..readers import ADDRESS_LINE, join_lines, original_after, section
from ..spec import All, Body, Format, Subject

NAME = "notes"

_FAILURE_REASONS = compile_pattern(r"^-{3,}[ \t]*Failure Reasons[ \t]*-{3,}", re.M | re.I)
_RETURNED = compile_pattern(r"^-{3,}[ \t]*Returned Message[ \t]*-{3,}", re.M | re.I)
# the gateway's fixed wording for an address its Name & Address Book does not know
_NOT_LISTED = compile_pattern(r"\bnot listed in (?:the )?(?:public Name & Address Book|Domino Directory)", re.I)


def parse(mail: Mail) -> list[Draft]:
    text = mail.flat
    block = section(text, _FAILURE_REASONS, _RETURNED)
    if block is None:
        return []
    recipients: list[str] = []
    words: list[str] = []
    for line in block.split("\n"):
        m = ADDRESS_LINE.match(line)
        if m:
            a = normalize_address(m.group(1))
            if a and a not in recipients:
                recipients.append(a)
        elif line.strip():
            words.append(line)
    diagnostic = join_lines(words)
    not_listed = _NOT_LISTED.search(diagnostic) if diagnostic else None
    code, said = ("user_unknown", words_of(not_listed)) if not_listed is not None else (None, None)
    drafts = [Draft(recipient=a, diagnostic=diagnostic, action="failed", vendor_code=code, vendor_text=said)
              for a in recipients]
    return with_original(drafts, original_after(mail, text, _RETURNED) if recipients else None)


FORMAT = Format(
    NAME,
    All(Subject(compile_pattern(r"\Aundeliverable message", re.I), strip=True), Body(_FAILURE_REASONS)),
    parse,
)
