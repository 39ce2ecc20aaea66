"""SparkPost (and MessageBird / Bird, which sends the same events) webhooks: a JSON array of
``{"msys": {"message_event": {...}}}`` objects (the test ping is ``[{"msys": {}}]``).

Message events ``bounce``, ``out_of_band``, ``policy_rejection``, ``delay`` (SparkPost still
retrying), ``spam_complaint`` and ``delivery`` give records; the bounce class (1-100) is the
``provider_type`` and decides the reason where SparkPost documents one. ``injection``,
``sms_status``, track, generation, unsubscribe and relay events give none.
"""
from __future__ import annotations

from typing import Any

from ._event import Event, reply_code, text, timestamp

NAME = "sparkpost"

_GROUPS = frozenset({"message_event", "track_event", "gen_event", "unsubscribe_event", "relay_event",
                     "ab_test_event", "ingest_event"})
_RECORDED = frozenset({"bounce", "out_of_band", "policy_rejection", "delay", "spam_complaint", "delivery"})
_CLASSED = frozenset({"bounce", "out_of_band", "policy_rejection", "delay"})


def is_event(doc: Any) -> bool:
    if not isinstance(doc, dict) or set(doc) != {"msys"} or not isinstance(doc["msys"], dict):
        return False
    return all(k in _GROUPS for k in doc["msys"])


def read(doc: Any) -> list[Event] | None:
    if not is_event(doc):
        return None
    out: list[Event] = []
    for group, ev in doc["msys"].items():
        if group == "message_event" and isinstance(ev, dict):
            out.extend(_message_event(ev))
    return out


def _message_event(ev: dict[str, Any]) -> list[Event]:
    etype = text(ev.get("type")) or ""
    if etype not in _RECORDED:
        return []
    klass = text(ev.get("bounce_class"))
    if etype in _CLASSED and klass:
        keys: tuple[str, ...] = (klass, etype)
        ptype = klass
    else:
        keys, ptype = (etype,), etype
    fbtype = text(ev.get("fbtype"))
    return [Event(
        NAME, keys, ptype,
        recipient=text(ev.get("rcpt_to")) or text(ev.get("raw_rcpt_to")),
        diagnostic=text(ev.get("raw_reason")) or text(ev.get("reason")),
        reply_code=reply_code(ev.get("error_code")),
        timestamp=timestamp(ev.get("timestamp")),
        sender=text(ev.get("friendly_from")) or text(ev.get("msg_from")),
        message_id=text(ev.get("message_id")),
        subject=text(ev.get("subject")),
        feedback_type=fbtype.lower() if fbtype and etype == "spam_complaint" else None,
        delayed=etype == "delay",
    )]
