"""Amazon SES: notifications (``notificationType``) and event publishing (``eventType``), bare, in
an SNS envelope (``Type: Notification`` with the event as the ``Message`` string) or in an
EventBridge envelope (``source: aws.ses``, the event as ``detail``).

Bounce, Complaint, Delivery, DeliveryDelay and Reject give records: one per recipient the event
names. Send, Open, Click, Rendering Failure and Subscription events say nothing about delivery
and give none. An SNS ``SubscriptionConfirmation`` / ``UnsubscribeConfirmation`` is recognised
(``not_bounce``, ``provider_type`` the SNS type): confirming is the caller's step (visit its
``SubscribeURL``); the library fetches nothing.
"""
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from ._event import Event, header_list, items, obj, text, timestamp

NAME = "amazonses"

SNS_TYPES = frozenset({"Notification", "SubscriptionConfirmation", "UnsubscribeConfirmation"})
_EVENTS = frozenset({"bounce", "complaint", "delivery", "deliverydelay", "reject", "send", "open", "click",
                     "rendering failure", "renderingfailure", "subscription", "received"})


def is_sns_envelope(doc: Any) -> bool:
    if not isinstance(doc, dict):
        return False
    mtype = doc.get("Type")
    return isinstance(mtype, str) and mtype in SNS_TYPES and isinstance(doc.get("TopicArn"), str) and "Message" in doc


def _is_ses_event(doc: Any) -> bool:
    if not isinstance(doc, dict):
        return False
    kind = doc.get("notificationType") or doc.get("eventType")
    return isinstance(kind, str) and kind.lower() in _EVENTS and isinstance(doc.get("mail"), dict)


def read(doc: Any) -> list[Event] | None:
    """The events of an SES document, or None when it is not one."""
    if is_sns_envelope(doc):
        if doc["Type"] != "Notification":
            return [Event(NAME, (f"sns/{doc['Type']}",), str(doc["Type"]))]  # not_bounce
        inner = doc.get("Message")
        if isinstance(inner, str):
            try:
                inner = json.loads(inner)
            except ValueError:
                return None
        return read(inner) if _is_ses_event(inner) else None
    if isinstance(doc, dict) and doc.get("source") == "aws.ses" and _is_ses_event(doc.get("detail")):
        return read(doc["detail"])
    if not _is_ses_event(doc):
        return None
    kind = str(doc.get("notificationType") or doc.get("eventType")).lower()
    mail = obj(doc.get("mail"))
    common = obj(mail.get("commonHeaders"))
    base: dict[str, Any] = {
        "sender": text(mail.get("source")) or _first(common.get("from")),
        "message_id": text(common.get("messageId")) or text(mail.get("messageId")),
        "subject": text(common.get("subject")),
        "headers": header_list(mail.get("headers")),
    }
    if kind == "bounce":
        return _bounce(obj(doc.get("bounce")), base)
    if kind == "complaint":
        return _complaint(obj(doc.get("complaint")), base)
    if kind == "delivery":
        return _delivery(obj(doc.get("delivery")), base)
    if kind == "deliverydelay":
        return _delay(obj(doc.get("deliveryDelay")), base)
    if kind == "reject":
        return _reject(obj(doc.get("reject")), mail, base)
    return []  # an SES event that is not about delivery (send, open, click, ...)


def _first(value: Any) -> str | None:
    if isinstance(value, list):
        return text(value[0]) if value else None
    return text(value)


def _mta(value: Any) -> str | None:
    """``dsn; a1-2.smtp-out.amazonses.com`` -> the host."""
    t = text(value)
    if t and ";" in t:
        t = t.split(";", 1)[1].strip()
    return t or None


def _bounce(bounce: Mapping[str, Any], base: Mapping[str, Any]) -> list[Event]:
    btype = text(bounce.get("bounceType")) or ""
    sub = text(bounce.get("bounceSubType")) or ""
    ptype = f"{btype}/{sub}" if btype and sub else (btype or None)
    keys = (f"bounce/{btype}/{sub}", f"bounce/{btype}", "bounce")
    when = timestamp(bounce.get("timestamp"))
    reporting = _mta(bounce.get("reportingMTA"))
    remote = text(bounce.get("remoteMtaIp"))
    return [
        Event(NAME, keys, ptype, recipient=text(r.get("emailAddress")), diagnostic=text(r.get("diagnosticCode")),
              status=text(r.get("status")), reporting_mta=reporting, remote_mta=remote, timestamp=when, **base)
        for r in items(bounce.get("bouncedRecipients")) if isinstance(r, dict)
    ]


def _complaint(complaint: Mapping[str, Any], base: Mapping[str, Any]) -> list[Event]:
    sub = text(complaint.get("complaintSubType"))
    keys = (f"complaint/{sub}", "complaint") if sub else ("complaint",)
    ptype = f"Complaint/{sub}" if sub else "Complaint"
    feedback = text(complaint.get("complaintFeedbackType"))
    when = timestamp(complaint.get("timestamp") or complaint.get("arrivalDate"))
    return [
        Event(NAME, keys, ptype, recipient=text(r.get("emailAddress")), timestamp=when,
              feedback_type=feedback.lower() if feedback else None, **base)
        for r in items(complaint.get("complainedRecipients")) if isinstance(r, dict)
    ]


def _delivery(delivery: Mapping[str, Any], base: Mapping[str, Any]) -> list[Event]:
    response = text(delivery.get("smtpResponse"))
    when = timestamp(delivery.get("timestamp"))
    reporting = _mta(delivery.get("reportingMTA"))
    remote = text(delivery.get("remoteMtaIp"))
    return [
        Event(NAME, ("delivery",), "Delivery", recipient=text(r), diagnostic=response, reporting_mta=reporting,
              remote_mta=remote, timestamp=when, **base)
        for r in items(delivery.get("recipients"))
    ]


def _delay(delay: Mapping[str, Any], base: Mapping[str, Any]) -> list[Event]:
    dtype = text(delay.get("delayType")) or ""
    keys = (f"delay/{dtype}", "delay")
    when = timestamp(delay.get("timestamp"))
    reporting = _mta(delay.get("reportingMTA"))
    return [
        Event(NAME, keys, f"DeliveryDelay/{dtype}" if dtype else "DeliveryDelay",
              recipient=text(r.get("emailAddress")), diagnostic=text(r.get("diagnosticCode")),
              status=text(r.get("status")), reporting_mta=reporting, timestamp=when, delayed=True, **base)
        for r in items(delay.get("delayedRecipients")) if isinstance(r, dict)
    ]


def _reject(reject: Mapping[str, Any], mail: Mapping[str, Any], base: Mapping[str, Any]) -> list[Event]:
    why = text(reject.get("reason")) or ""
    when = timestamp(mail.get("timestamp"))
    return [
        Event(NAME, (f"reject/{why}", "reject"), f"Reject/{why}" if why else "Reject", recipient=text(r),
              diagnostic=why or None, timestamp=when, **base)
        for r in items(mail.get("destination"))
    ]
