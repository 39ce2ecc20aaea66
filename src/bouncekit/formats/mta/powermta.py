"""PowerMTA: a DSN whose delivery-status part carries ``X-PowerMTA-VirtualMTA`` and, per
recipient, ``X-PowerMTA-BounceCategory`` (bad-mailbox, quota-issues, spam-related ...)."""
from __future__ import annotations

import re

from ...dsn import drafts_from_groups, is_recipient_group, parse_field_groups
from ...mail import Draft, Mail
from ...model import Reason
from ..spec import DeliveryStatus, Format

NAME = "powermta"

_MARKER = re.compile(r"^X-PowerMTA-", re.M | re.I)
# PowerMTA's bounce categories (its documented fixed table)
_CATEGORIES: dict[str, Reason] = {
    "bad-domain": Reason.HOST_UNKNOWN,
    "bad-mailbox": Reason.USER_UNKNOWN,
    "inactive-mailbox": Reason.MAILBOX_DISABLED,
    "message-expired": Reason.EXPIRED,
    "no-answer-from-host": Reason.NETWORK_ERROR,
    "bad-connection": Reason.NETWORK_ERROR,
    "policy-related": Reason.POLICY_VIOLATION,
    "quota-issues": Reason.MAILBOX_FULL,
    "routing-errors": Reason.SYSTEM_ERROR,
    "spam-related": Reason.SPAM_DETECTED,
    "virus-related": Reason.VIRUS_DETECTED,
    "relaying-issues": Reason.NO_RELAYING,
    "content-related": Reason.CONTENT_ERROR,
    "invalid-sender": Reason.SENDER_REJECTED,
    "message-too-large": Reason.MESSAGE_TOO_LARGE,
}


def parse(mail: Mail) -> list[Draft]:
    drafts: list[Draft] = []
    for part in mail.delivery_status_parts:
        groups = parse_field_groups(part.text)
        categories = [(g.get("x-powermta-bouncecategory") or "").strip().lower()
                      for g in groups if is_recipient_group(g)]
        found = drafts_from_groups(groups)
        for d, category in zip(found, categories):
            if d.remote_mta:
                d.remote_mta = d.remote_mta.split()[0]  # "mx.example.net (192.0.2.1)"
            # the enhanced status code is the finer evidence; the category decides where it is generic
            if not d.status or d.status.endswith(".0.0"):
                d.reason = _CATEGORIES.get(category)
        drafts.extend(found)
    return [d for d in drafts if d.recipient]


FORMAT = Format(
    NAME,
    DeliveryStatus(_MARKER),
    parse,
)
