"""Mailgun events: a webhook POST (``{"signature": {...}, "event-data": {...}}``), a bare event
object, or a page of the Events API (``{"items": [...], "paging": {...}}``).

``failed`` (``severity`` ``permanent`` or ``temporary``, with a ``reason`` such as ``bounce``,
``suppress-bounce``, ``espblock``, ``old``, ``generic``), ``complained`` and ``delivered`` give
records; ``accepted``, ``rejected`` (refused by Mailgun's API, never sent), ``opened``, ``clicked``, ``unsubscribed`` and ``stored`` give none. A
temporary failure is a ``delay``: Mailgun retries.
"""
from __future__ import annotations

from typing import Any

from ._event import Event, header_list, obj, reply_code, text, timestamp

NAME = "mailgun"

EVENTS = frozenset({"accepted", "rejected", "delivered", "failed", "opened", "clicked", "unsubscribed",
                    "complained", "stored", "list_member_uploaded", "list_member_upload_error",
                    "list_uploaded"})
_RECORDED = frozenset({"failed", "delivered", "complained"})


def is_event(doc: Any) -> bool:
    if not isinstance(doc, dict):
        return False
    event = doc.get("event")
    return (isinstance(event, str) and event in EVENTS and "id" in doc and "timestamp" in doc
            and ("recipient" in doc or "log-level" in doc))


def read(doc: Any) -> list[Event] | None:
    """The events of a Mailgun document, or None when it is not one."""
    if isinstance(doc, dict) and isinstance(doc.get("event-data"), dict) and is_event(doc["event-data"]):
        return _event(doc["event-data"])
    if isinstance(doc, dict) and isinstance(doc.get("items"), list) and isinstance(doc.get("paging"), dict):
        found = [e for e in doc["items"] if is_event(e)]
        if not found and doc["items"]:
            return None
        return [ev for e in found for ev in _event(e)]
    if is_event(doc):
        return _event(doc)
    return None


def _event(data: dict[str, Any]) -> list[Event]:
    event: str = data["event"]
    if event not in _RECORDED:
        return []
    severity = text(data.get("severity")) or ""
    why = text(data.get("reason")) or ""
    if event == "failed":
        keys: tuple[str, ...] = tuple(k for k in (f"failed/{severity}/{why}" if severity and why else None,
                                                  f"failed/{severity}" if severity else None, "failed") if k)
        ptype = "/".join(p for p in ("failed", severity, why) if p)
    else:
        keys, ptype = (event,), event
    status = obj(data.get("delivery-status"))
    message = obj(data.get("message"))
    headers = obj(message.get("headers"))
    message_text, description = text(status.get("message")), text(status.get("description"))
    diagnostic = message_text or description
    if message_text and description and description not in message_text:
        diagnostic = f"{message_text} {description}"
    return [Event(
        NAME, keys, ptype,
        recipient=text(data.get("recipient")),
        diagnostic=diagnostic,
        status=text(status.get("enhanced-code")),
        reply_code=reply_code(status.get("code")),
        remote_mta=text(status.get("mx-host")),
        timestamp=timestamp(data.get("timestamp")),
        sender=text(headers.get("from")) or text(obj(data.get("envelope")).get("sender")),
        message_id=text(headers.get("message-id")),
        subject=text(headers.get("subject")),
        delayed=event == "failed" and severity == "temporary",
        headers=header_list(headers),
    )]

