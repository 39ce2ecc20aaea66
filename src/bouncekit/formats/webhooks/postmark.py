"""Postmark webhooks: bounce (``RecordType: Bounce``, with ``Type`` and ``TypeCode``), spam
complaint (``RecordType: SpamComplaint``, TypeCode 100001) and delivery (``RecordType: Delivery``).
Older bounce webhooks have no ``RecordType``: a ``TypeCode`` beside ``Email`` and ``BouncedAt`` is
enough. ``Open``, ``Click`` and ``SubscriptionChange`` records say nothing about delivery and give
none.

``provider_type`` is Postmark's ``Type`` name (``HardBounce``); ``Details`` is the diagnostic.
"""
from __future__ import annotations

from typing import Any

from ...rules.webhooks import POSTMARK_TYPE_CODES
from ._event import Event, text, timestamp

NAME = "postmark"

RECORD_TYPES = frozenset({"Bounce", "SpamComplaint", "Delivery", "Open", "Click", "SubscriptionChange"})
_RECORDED = frozenset({"Bounce", "SpamComplaint", "Delivery"})


def is_event(doc: Any) -> bool:
    if not isinstance(doc, dict):
        return False
    rtype = doc.get("RecordType")
    if isinstance(rtype, str):
        return rtype in RECORD_TYPES and ("MessageID" in doc or "ServerID" in doc)
    code = doc.get("TypeCode")
    return isinstance(code, int) and not isinstance(code, bool) and "Email" in doc and "BouncedAt" in doc


def read(doc: Any) -> list[Event] | None:
    if not is_event(doc):
        return None
    rtype = doc.get("RecordType") if isinstance(doc.get("RecordType"), str) else "Bounce"
    if rtype not in _RECORDED:
        return []
    if rtype == "Delivery":
        return [Event(NAME, ("Delivery",), "Delivery", recipient=text(doc.get("Recipient")),
                      diagnostic=text(doc.get("Details")), timestamp=timestamp(doc.get("DeliveredAt")),
                      message_id=text(doc.get("MessageID")), subject=text(doc.get("Subject")))]
    code = doc.get("TypeCode")
    name = text(doc.get("Type"))
    if name is None and isinstance(code, int):
        name = POSTMARK_TYPE_CODES.get(code)
    if name is None and rtype == "SpamComplaint":
        name = "SpamComplaint"
    keys = tuple(k for k in (name, POSTMARK_TYPE_CODES.get(code) if isinstance(code, int) else None) if k)
    return [Event(
        NAME, keys or ("Unknown",), name or (str(code) if code is not None else None),
        recipient=text(doc.get("Email")) or text(doc.get("Recipient")),
        diagnostic=text(doc.get("Details")),
        timestamp=timestamp(doc.get("BouncedAt")),
        sender=text(doc.get("From")),
        message_id=text(doc.get("MessageID")),
        subject=text(doc.get("Subject")),
    )]
