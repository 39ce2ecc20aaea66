"""SendGrid Event Webhook: a JSON array of events, each with ``email``, ``event`` and
``timestamp`` (Unix seconds), and ``sg_event_id`` / ``sg_message_id``.

``bounce`` (with ``type`` ``bounce`` or ``blocked`` and, in newer payloads, a
``bounce_classification``), ``blocked``, ``dropped`` (its ``reason`` says why SendGrid did not
send: ``Bounced Address`` is a suppression), ``deferred``, ``spamreport`` and ``delivered`` give
records; ``processed``, ``open``, ``click``, ``unsubscribe``, ``group_unsubscribe`` and
``group_resubscribe`` say nothing about delivery and give none.
"""
from __future__ import annotations

from typing import Any

from ._event import Event, reply_code, text, timestamp

NAME = "sendgrid"

EVENTS = frozenset({"processed", "dropped", "delivered", "deferred", "bounce", "blocked", "open", "click",
                    "spamreport", "unsubscribe", "group_unsubscribe", "group_resubscribe"})
_RECORDED = frozenset({"dropped", "delivered", "deferred", "bounce", "blocked", "spamreport"})


def is_event(doc: Any) -> bool:
    if not isinstance(doc, dict):
        return False
    event = doc.get("event")
    return (isinstance(event, str) and event in EVENTS and isinstance(doc.get("email"), str)
            and ("sg_event_id" in doc or "sg_message_id" in doc or "smtp-id" in doc))


def read(doc: Any) -> list[Event] | None:
    """The event of one array element, or None when it is not a SendGrid event."""
    if not is_event(doc):
        return None
    event: str = doc["event"]
    if event not in _RECORDED:
        return []
    btype = text(doc.get("type"))
    klass = text(doc.get("bounce_classification"))
    why = text(doc.get("reason"))
    if event == "bounce":
        head = btype if btype in ("bounce", "blocked") else "bounce"
        keys: tuple[str, ...] = tuple(k for k in (f"{head}/{klass}" if klass else None, f"bounce/{head}",
                                                  "bounce") if k)
        ptype = f"{head}/{klass}" if klass else head
    elif event == "blocked":
        keys = (f"blocked/{klass}", "blocked") if klass else ("blocked",)
        ptype = f"blocked/{klass}" if klass else "blocked"
    elif event == "dropped":
        keys = (f"dropped/{why}", "dropped") if why else ("dropped",)
        ptype = f"dropped/{why}" if why else "dropped"
    else:
        keys, ptype = (event,), event
    response = text(doc.get("response"))
    diagnostic = why if event in ("bounce", "blocked", "dropped") else response
    if event == "deferred" and not diagnostic:
        diagnostic = why
    message_id = text(doc.get("smtp-id")) or _message_id(doc.get("sg_message_id"))
    return [Event(
        NAME, keys, ptype,
        recipient=text(doc.get("email")),
        diagnostic=diagnostic,
        status=text(doc.get("status")),
        reply_code=reply_code(doc.get("status")) if event == "deferred" else None,
        timestamp=timestamp(doc.get("timestamp")),
        sender=text(doc.get("from")),
        message_id=message_id,
        subject=text(doc.get("subject")),
        delayed=event == "deferred",
    )]


def _message_id(value: Any) -> str | None:
    """``sg_message_id`` is ``<X-Message-Id>.filter...``: the part before ``.filter`` is SendGrid's id."""
    t = text(value)
    return t.split(".filter", 1)[0] if t else None
