"""RFC 3464 / RFC 6533 delivery status notifications, the generic reading."""
from __future__ import annotations

import re

from ..._patterns import compile_pattern
from ...dsn import drafts_from_groups, parse_field_groups
from ...mail import Draft, Mail
from ..spec import DELIVERY_STATUS, AnyOf, Body, Format

NAME = "rfc3464"
_DS_IN_TEXT = compile_pattern(r"^(?:Final|Original)-Recipient[ \t]*:", re.M | re.I)
_PER_MESSAGE = compile_pattern(r"^(?:Reporting-MTA|Original-Envelope-Id|Arrival-Date)[ \t]*:", re.M | re.I)
_CUT = compile_pattern(r"^Content-Type:[ \t]*(?:message/rfc822|text/rfc822-headers|message/global\b)", re.M | re.I)
_PARAGRAPHS = compile_pattern(r"\n[ \t]*\n")
# how much of the human-readable part is read for a recipient's explanation
_EXPLANATION_SCAN = 16 * 1024
_EXPLANATION_CAP = 600


def _explanation(paragraphs: list[str], recipient: str) -> str | None:
    """The human-readable part's words about one recipient: the paragraph that names the address
    (and the next one, where that paragraph is little more than the address); never a block of
    DSN fields (a report written as plain text holds them in the same text)."""
    for i, paragraph in enumerate(paragraphs):
        if recipient in paragraph.lower() and not _DS_IN_TEXT.search(paragraph) \
                and not _PER_MESSAGE.search(paragraph):
            words = " ".join(paragraph.split())
            if len(words) - len(recipient) < 40 and i + 1 < len(paragraphs):
                words = f"{words} {' '.join(paragraphs[i + 1].split())}"
            return words[:_EXPLANATION_CAP] or None
    return None


def parse(mail: Mail) -> list[Draft]:
    drafts: list[Draft] = []
    for part in mail.delivery_status_parts:
        drafts.extend(drafts_from_groups(parse_field_groups(part.text)))
    if not drafts:
        # A DSN written as plain text (no message/delivery-status part), or one forwarded inline.
        text = mail.flat
        cut = _CUT.search(text)
        if cut:
            text = text[: cut.start()]
        m = _DS_IN_TEXT.search(text)
        if m:
            # start at the per-message block (Reporting-MTA ...) when one stands before
            head = _PER_MESSAGE.search(text, 0, m.start())
            anchor = head.start() if head else m.start()
            start = text.rfind("\n\n", 0, anchor)
            drafts = drafts_from_groups(parse_field_groups(text[start + 1 if start >= 0 else 0:]))
    drafts = [d for d in drafts if d.recipient or d.status or d.diagnostic]
    paragraphs: list[str] | None = None
    for d in drafts:
        if d.diagnostic is None and d.recipient and (d.status is None or d.status.endswith(".0")):
            # no Diagnostic-Code and a status whose detail is "other or undefined" (RFC 3463 x.y.0):
            # the cause, if stated, is in the words the reporting MTA wrote for a person
            if paragraphs is None:
                paragraphs = _PARAGRAPHS.split(mail.text[:_EXPLANATION_SCAN])
            d.diagnostic = _explanation(paragraphs, d.recipient.lower())
    return drafts


FORMAT = Format(
    NAME,
    AnyOf(DELIVERY_STATUS, Body(_DS_IN_TEXT)),
    parse,
)
