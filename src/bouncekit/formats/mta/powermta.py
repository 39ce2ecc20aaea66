"""PowerMTA: a DSN whose delivery-status part carries ``X-PowerMTA-VirtualMTA`` and, per
recipient, ``X-PowerMTA-BounceCategory`` (bad-mailbox, quota-issues, spam-related ...)."""
from __future__ import annotations

import re

from ..._patterns import compile_pattern
from ...dsn import drafts_from_groups, is_recipient_group, parse_field_groups
from ...mail import Draft, Mail
from ..spec import DeliveryStatus, Format

NAME = "powermta"

_MARKER = compile_pattern(r"^X-PowerMTA-", re.M | re.I)
# PowerMTA's bounce categories (its documented fixed table)
_CATEGORIES: dict[str, str] = {
    "bad-domain": "bad-domain",
    "bad-mailbox": "bad-mailbox",
    "inactive-mailbox": "inactive-mailbox",
    "message-expired": "message-expired",
    "no-answer-from-host": "no-answer-from-host",
    "bad-connection": "bad-connection",
    "policy-related": "policy-related",
    "quota-issues": "quota-issues",
    "routing-errors": "routing-errors",
    "spam-related": "spam-related",
    "virus-related": "virus-related",
    "relaying-issues": "relaying-issues",
    "content-related": "content-related",
    "invalid-sender": "invalid-sender",
    "message-too-large": "message-too-large",
}


def parse(mail: Mail) -> list[Draft]:
    drafts: list[Draft] = []
    for part in mail.delivery_status_parts:
        groups = parse_field_groups(part.text)
        # each recipient's category as written, e.g. "bad-mailbox"
        categories = [(g.get("x-powermta-bouncecategory") or "").strip()
                      for g in groups if is_recipient_group(g)]
        found = drafts_from_groups(groups)
        for d, category in zip(found, categories):
            if d.remote_mta:
                d.remote_mta = d.remote_mta.split()[0]  # "mx.example.net (192.0.2.1)"
            # the enhanced status code is the finer evidence; the category decides where it is generic
            if not d.status or d.status.endswith(".0.0"):
                d.vendor_code = _CATEGORIES.get(category.lower())
                d.vendor_text = category if d.vendor_code is not None else None
        drafts.extend(found)
    return [d for d in drafts if d.recipient]


FORMAT = Format(
    NAME,
    DeliveryStatus(_MARKER),
    parse,
)
