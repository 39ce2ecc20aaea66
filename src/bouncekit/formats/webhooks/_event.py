"""One webhook event as a reader saw it, and the one path from it to a Record.

A reader fills an ``Event`` with what the service's JSON says (its own type as lookup keys for
``rules.webhooks``, the recipient, the diagnostic it passed on); ``finish()`` looks the type up,
lets the classifier (``classify.events``) decide the reason from it and the diagnostic, and
builds the record."""
from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime, timezone
from typing import Any

import attrs

from ..._patterns import compile_pattern
from ...classify import smtp_stage
from ...classify.events import classify_event
from ...model import Action, Kind, Record
from ...rules.webhooks import find
from ...text import (
    best_status,
    extract_address,
    find_reply_code,
    find_status,
    normalize_address,
    one_line,
)

_ACTION_OF_KIND = {
    Kind.BOUNCE: Action.FAILED, Kind.SUPPRESSED: Action.FAILED, Kind.DELAY: Action.DELAYED,
    Kind.DELIVERED: Action.DELIVERED,
}
_RECORD_COMMANDS = frozenset({"CONN", "HELO", "EHLO", "MAIL", "RCPT", "DATA"})
_DIAG_TYPE = compile_pattern(r"^\s*(smtp|x-[\w-]+|dns|x400)\s*;\s*", re.I)
_FRACTION = compile_pattern(r"\.(\d+)")


@attrs.define(slots=True)
class Event:
    provider: str                 # the format's NAME: the record's parser, the rule table's provider
    keys: tuple[str, ...]         # rule lookup keys, most specific first
    provider_type: str | None     # the service's own type, as the record reports it
    recipient: str | None = None
    diagnostic: str | None = None
    diagnostic_type: str | None = None
    status: str | None = None
    reply_code: str | None = None
    remote_mta: str | None = None
    reporting_mta: str | None = None
    timestamp: str | None = None
    sender: str | None = None
    message_id: str | None = None
    subject: str | None = None
    feedback_type: str | None = None
    delayed: bool = False         # the service is still retrying: a delay whatever the class says
    headers: list[tuple[str, str]] | None = None  # the sent message's headers, where the JSON has them


def finish(event: Event, source: str) -> Record:
    """The record of one event (records.md), its reason decided by the rule table and classify."""
    diag_type, diagnostic = split_diagnostic(event.diagnostic)
    diag_type = event.diagnostic_type or diag_type
    reply_code = event.reply_code or find_reply_code(diagnostic)
    # the status given, read as a code (the first a service's field holds)
    status = best_status(find_status(event.status), diagnostic)
    row = find(event.provider, event.keys)
    kind = row.kind if row is not None else (Kind.DELAY if event.delayed else Kind.BOUNCE)
    if event.delayed and kind is Kind.BOUNCE:
        kind = Kind.DELAY
    action = _ACTION_OF_KIND.get(kind)
    recipient = normalize_address(extract_address(event.recipient)) if kind is not Kind.NOT_BOUNCE else None
    explanation = None
    if kind is not Kind.NOT_BOUNCE:
        explanation = classify_event(row, kind, event.provider, event.provider_type, status=status,
                                     reply_code=reply_code, diagnostic=diagnostic, diagnostic_type=diag_type,
                                     recipient=recipient, remote_mta=event.remote_mta,
                                     reporting_mta=event.reporting_mta)
    command = smtp_stage(None, diagnostic) if diagnostic else None
    reason = explanation.reason if explanation is not None else None
    return Record(
        source=source,
        kind=kind,
        recipient=recipient,
        action=action,
        status=status,
        reply_code=reply_code,
        reason=reason,
        category=reason.category if reason is not None else None,
        severity=reason.severity if reason is not None else None,
        diagnostic=diagnostic,
        diagnostic_type=diag_type,
        remote_mta=event.remote_mta,
        reporting_mta=event.reporting_mta,
        smtp_command=command if command in _RECORD_COMMANDS else None,
        parser=event.provider,
        timestamp=event.timestamp,
        sender=normalize_address(extract_address(event.sender)),
        message_id=clean_message_id(event.message_id),
        subject=one_line(event.subject),
        feedback_type=event.feedback_type,
        provider_type=event.provider_type,
        rule=explanation.rule if explanation is not None else None,
        matched=explanation.matched if explanation is not None else None,
        confidence=explanation.confidence if explanation is not None else None,
        explanation=explanation,
    )


# -- small readers shared by the formats ---------------------------------------------------------

def text(value: Any) -> str | None:
    """A JSON string or number as text; anything else (objects, lists, booleans, null) as None."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, (int, float)):
        return str(value)
    return None


def obj(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, dict) else {}


def items(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def split_diagnostic(value: str | None) -> tuple[str | None, str | None]:
    """``smtp; 550 5.1.1 ...`` -> (``smtp``, ``550 5.1.1 ...``), the text on one line."""
    line = one_line(value)
    if not line:
        return None, None
    m = _DIAG_TYPE.match(line)
    if m:
        return m.group(1).lower(), line[m.end():] or None
    return None, line


def reply_code(value: Any) -> str | None:
    """An SMTP reply code given as a number or string (200-599), else None."""
    t = text(value)
    if t and len(t) == 3 and t.isdigit() and t[0] in "2345":
        return t
    return None


def clean_message_id(value: str | None) -> str | None:
    if not value:
        return None
    v = value.strip().strip("<>").strip()
    return v or None


def timestamp(value: Any) -> str | None:
    """ISO 8601 with an explicit offset, from Unix seconds (number or digits) or an ISO string."""
    if isinstance(value, bool) or value is None:
        return None
    try:
        if isinstance(value, (int, float)) or (isinstance(value, str) and _is_number(value)):
            seconds = float(value)
            if not 0 <= seconds < 253402300800:  # years 1970-9999
                return None
            return datetime.fromtimestamp(seconds, tz=timezone.utc).isoformat()
        if isinstance(value, str):
            v = value.strip()
            if v.endswith(("Z", "z")):
                v = v[:-1] + "+00:00"
            # Python 3.10 reads at most six fraction digits; .NET writes seven
            v = _FRACTION.sub(lambda m: "." + (m.group(1) + "000000")[:6], v, count=1)
            parsed = datetime.fromisoformat(v)
            if parsed.tzinfo is None:
                parsed = parsed.replace(tzinfo=timezone.utc)
            return parsed.isoformat()
    except (ValueError, OverflowError, OSError):
        return None
    return None


def _is_number(v: str) -> bool:
    try:
        float(v)
    except ValueError:
        return False
    return v.strip().replace(".", "", 1).isdigit()


def header_list(value: Any) -> list[tuple[str, str]]:
    """Headers as a list of ``{"name": ..., "value": ...}`` objects or as one object of name -> value."""
    out: list[tuple[str, str]] = []
    if isinstance(value, list):
        for h in value:
            if isinstance(h, dict):
                name, val = text(h.get("name")), h.get("value")
                if name and isinstance(val, str):
                    out.append((name, val))
    elif isinstance(value, dict):
        for name, val in value.items():
            if isinstance(name, str) and isinstance(val, str):
                out.append((name, val))
    return out
