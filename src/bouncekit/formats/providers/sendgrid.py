"""SendGrid: "This is an automatically generated message from SendGrid." with a delivery-status part
(``X-SendGrid-QueueID``) and one summary line per recipient in the text:
``local:000000:<rcpt> : sending-ip : remote-host:[ip] : reply  in RCPT TO``."""
from __future__ import annotations

import re
from datetime import datetime, timezone

from ..._patterns import compile_pattern
from ...mail import Draft, Mail
from ...text import command_named as command_of
from ...text import extract_address
from ..readers import delivery_status_drafts
from ..spec import All, AnyOf, Body, ContentType, Format, Header

NAME = "sendgrid"

_MARKER = "automatically generated message from SendGrid"
_SUMMARY = compile_pattern(r"^[^\s:]+:\d+:<([^>]+)>\s*:\s*(.*)$", re.M)
# the summary ends with the step that failed: "in RCPT TO", "in DATA", "in connect"
_STEP = compile_pattern(r"\s+in\s+((?:RCPT TO|MAIL FROM|DATA|EHLO|HELO|connect)[^\n]*)$", re.I)
_REMOTE = compile_pattern(r"([A-Za-z0-9][\w.-]*\.[A-Za-z]{2,}):\[[0-9a-fA-F.:]+\]")
_EXPIRED_ACTION = compile_pattern(r"^Action:[ \t]*(expired)\b", re.M | re.I)
_ARRIVAL = compile_pattern(r"^Arrival-Date:\s*(\d{4})-(\d\d)-(\d\d) (\d\d)-(\d\d)-(\d\d)\s*$", re.M | re.I)


def parse(mail: Mail) -> list[Draft]:
    text = mail.flat
    drafts = delivery_status_drafts(mail, text)
    when = _arrival(text)
    summaries = {(extract_address(m.group(1)) or "").lower(): m.group(2) for m in _SUMMARY.finditer(text)}
    if not drafts:
        drafts = [Draft(recipient=a, action="failed") for a in summaries if a]
    for d in drafts:
        line = summaries.get((d.recipient or "").lower())
        if line:
            _enrich(d, line)
        if d.action == "expired":
            # SendGrid's own verdict: it gave up retrying (its Action field, as written)
            d.action, d.vendor_code, d.vendor_text = "failed", "expired", _action_as_written(text)
        d.timestamp = d.timestamp or when
    return drafts


def _action_as_written(text: str) -> str:
    """The value of the ``Action:`` field that says ``expired``, as the message writes it."""
    m = _EXPIRED_ACTION.search(text)
    return m.group(1) if m is not None else "expired"


def _enrich(d: Draft, line: str) -> None:
    step = _STEP.search(line)
    if step:
        d.smtp_command = command_of(step.group(1))
        line = line[: step.start()]
    remote = _REMOTE.search(line)
    if remote:
        d.remote_mta = remote.group(1)
    reply = line.rsplit(" : ", 1)[-1].strip()
    if not d.diagnostic and reply:
        d.diagnostic = reply


def _arrival(text: str) -> str | None:
    """SendGrid writes ``Arrival-Date: 2012-10-31 04-46-42`` (UTC)."""
    m = _ARRIVAL.search(text)
    if not m:
        return None
    try:
        y, mo, d, h, mi, s = (int(x) for x in m.groups())
        return datetime(y, mo, d, h, mi, s, tzinfo=timezone.utc).isoformat()
    except ValueError:
        return None


FORMAT = Format(
    NAME,
    AnyOf(Header("return-path", compile_pattern(r"sendgrid\.net", re.I)),
           All(ContentType(("multipart/report",)), Body(compile_pattern(re.escape(_MARKER)), limit=1024))),
    parse,
)
