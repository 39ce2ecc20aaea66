"""RFC 5965 Abuse Reporting Format (feedback-loop complaints)."""
from __future__ import annotations

from .._dsn import parse_field_groups
from .._mail import Draft, Mail
from .._model import Kind, Reason
from .._text import extract_address, iso_date, strip_type

NAME = "arf"


def match(mail: Mail) -> bool:
    if mail.content_type == "multipart/report":
        rt = mail.root.params.get("report-type", "").lower()
        if rt == "feedback-report":
            return True
    return any(p.content_type == "message/feedback-report" for p in mail.leaves)


def parse(mail: Mail) -> list[Draft]:
    fields = None
    for p in mail.leaves:
        if p.content_type == "message/feedback-report":
            groups = parse_field_groups(p.text)
            items = [kv for g in groups for kv in g.raw_items()]
            from .._mime import Headers
            fields = Headers(items)
            break
    if fields is None:
        return []
    rcpts = [a for a in (extract_address(v) for v in fields.get_all("original-rcpt-to")) if a]
    if not rcpts:
        rcpts = [a for a in (extract_address(v) for v in fields.get_all("removal-recipient")) if a]
    if not rcpts:
        orig = mail.original_headers()
        if orig is not None:
            to = orig.get("to")
            a = extract_address(to)
            if a:
                rcpts = [a]
    ftype = (fields.get("feedback-type") or "").strip().lower() or None
    reporting = strip_type(fields.get("reporting-mta"))
    when = iso_date(fields.get("arrival-date") or fields.get("received-date") or mail.headers.get("date"))
    if not rcpts:
        rcpts = [None]  # type: ignore[list-item]
    return [
        Draft(recipient=r, feedback_type=ftype, reporting_mta=reporting, timestamp=when,
              kind=Kind.COMPLAINT, reason=Reason.COMPLAINT)
        for r in rcpts
    ]
