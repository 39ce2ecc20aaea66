"""RFC 5965 Abuse Reporting Format (feedback-loop complaints), and two complaint layouts that
predate or sidestep it: Microsoft's JMRP forward (the complained-about message attached, the
recipient in ``X-HmXmrOriginalRecipient``) and Apple Mail's one-click unsubscribe mail
(``X-Apple-Unsubscribe: true``)."""
from __future__ import annotations

import re

from ..._patterns import compile_pattern
from ...dsn import parse_field_groups
from ...mail import Draft, Mail
from ...mime import Headers
from ...model import Kind
from ...text import extract_address, iso_date, strip_type
from ..spec import All, AnyOf, ContentType, Format, HasPart, Header, Subject

NAME = "arf"
_JMRP_SUBJECT = compile_pattern(r"^\s*complaint about message from ", re.I)


def _feedback_fields(mail: Mail) -> Headers | None:
    for p in mail.leaves:
        if p.content_type == "message/feedback-report":
            return Headers([kv for g in parse_field_groups(p.text) for kv in g.raw_items()])
    return None


def parse(mail: Mail) -> list[Draft]:
    when = iso_date(mail.headers.get("date"))
    if (mail.headers.get("x-apple-unsubscribe") or "").strip().lower() == "true":
        # The subscriber's own mail client asks to be taken off the list.
        return [Draft(recipient=extract_address(mail.headers.get("from")), feedback_type="opt-out",
                      timestamp=when, kind=Kind.COMPLAINT)]
    fields = _feedback_fields(mail)
    orig = mail.original_headers()
    if fields is None:
        if not _JMRP_SUBJECT.search(mail.subject) or orig is None:
            return []
        # JMRP: no feedback part; the attached message names the complaining recipient.
        rcpt = extract_address(orig.get("x-hmxmroriginalrecipient")) or extract_address(orig.get("to"))
        return [Draft(recipient=rcpt, feedback_type="abuse", timestamp=when,
                      kind=Kind.COMPLAINT)]
    rcpts = [a for a in (extract_address(v) for v in fields.get_all("original-rcpt-to")) if a]
    if not rcpts:
        rcpts = [a for a in (extract_address(v) for v in fields.get_all("removal-recipient")) if a]
    if not rcpts and orig is not None:
        a = extract_address(orig.get("x-hmxmroriginalrecipient")) or extract_address(orig.get("to"))
        if a:
            rcpts = [a]
    ftype = (fields.get("feedback-type") or "").strip().lower() or None
    reporting = strip_type(fields.get("reporting-mta"))
    when = iso_date(fields.get("arrival-date") or fields.get("received-date")) or when
    # a report naming no recipient is still one complaint: one record without an address
    targets: list[str | None] = list(rcpts) if rcpts else [None]
    return [
        Draft(recipient=r, feedback_type=ftype, reporting_mta=reporting, timestamp=when,
              kind=Kind.COMPLAINT)
        for r in targets
    ]


FORMAT = Format(
    NAME,
    AnyOf(ContentType(("multipart/report",), report_type="feedback-report"),
          Header("x-apple-unsubscribe", compile_pattern(r"\A\s*true\s*\Z", re.I)), Subject(_JMRP_SUBJECT),
          All(ContentType(("multipart/",), prefix=True), HasPart(("message/feedback-report",)))),
    parse,
)
