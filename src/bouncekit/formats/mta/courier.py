"""Courier MTA: Subject "NOTICE: mail delivery status.", boundary "=_courier_N", text "This is a
delivery status notification from HOST, running the Courier mail server, version X." then a
section ("UNDELIVERABLE MAIL" / "DELAYS IN DELIVERING YOUR MESSAGE") listing per recipient
"<address>:", the remote host line "    mx.example.net [192.0.2.1]:", the SMTP transcript
(">>> RCPT TO:<...>", "<<< 550 5.1.1 ...") and a message/delivery-status part."""
from __future__ import annotations

import re

from ..._patterns import compile_pattern
from ...dsn import drafts_from_groups, parse_field_groups
from ...mail import Draft, Mail
from ...text import extract_address
from ..spec import AnyOf, Body, Format, Header, Subject

NAME = "courier"

_SUBJECT = compile_pattern(r"^NOTICE: mail delivery status\.?\s*$", re.I)
_COURIER = compile_pattern(r"running the Courier mail server|^Courier mail server at ", re.M | re.I)
_DELAY_SECTION = compile_pattern(r"^\s*DELAYS IN DELIVERING YOUR MESSAGE|This is a warning message only", re.M | re.I)
_CUT = compile_pattern(r"^Content-Type:[ \t]*(?:message|text/rfc822)", re.M | re.I)
_RECIPIENT = compile_pattern(r"^<([^<>\s]+@[^<>\s]+)>:[ \t]*$")
_HOST = compile_pattern(r"^[ \t]+([A-Za-z0-9][\w.-]*)[ \t]+\[([0-9A-Fa-f.:]+)\]:?[ \t]*$")
_SENT = compile_pattern(r"^>>>[ \t]?(.*)$")
_RECEIVED = compile_pattern(r"^<<<[ \t]?(.*)$")
_COMMAND_WORD = (("RCPT", "RCPT"), ("MAIL", "MAIL"), ("DATA", "DATA"), ("BDAT", "DATA"), ("EHLO", "EHLO"),
                 ("HELO", "HELO"), ("QUIT", "DATA"))
_FIRST_REPLY = compile_pattern(r"^([2-5]\d\d)([ -])(?:([245]\.\d{1,3}\.\d{1,3})(?=\s|$))?")


def parse(mail: Mail) -> list[Draft]:
    text = mail.flat
    cut = _CUT.search(text)
    report = text[:cut.start()] if cut else text
    delayed = _DELAY_SECTION.search(report) is not None
    drafts = _text_drafts(report, delayed)
    return _merge_dsn(mail, drafts)


def _text_drafts(report: str, delayed: bool) -> list[Draft]:
    drafts: list[Draft] = []
    current: Draft | None = None
    replies: list[str] = []
    for raw in report.split("\n"):
        line = raw.rstrip()
        m = _RECIPIENT.match(line)
        if m:
            _close(current, replies)
            current, replies = Draft(recipient=extract_address(m.group(1)),
                                     action="delayed" if delayed else "failed"), []
            drafts.append(current)
            continue
        if current is None:
            continue
        if line.startswith("---"):
            _close(current, replies)
            current, replies = None, []
            continue
        h = _HOST.match(line)
        if h:
            current.remote_mta = h.group(1)
            continue
        s = _SENT.match(line)
        if s:
            current.smtp_command = _command(s.group(1)) or current.smtp_command
            replies = []  # the reply that counts is the one to the last command sent
            continue
        r = _RECEIVED.match(line)
        if r:
            replies.append(r.group(1).strip())
    _close(current, replies)
    return [d for d in drafts if d.recipient]


def _close(draft: Draft | None, replies: list[str]) -> None:
    if draft is not None and replies:
        draft.diagnostic = _join_reply(replies)


def _command(sent: str) -> str | None:
    word = sent.strip().upper()
    for prefix, command in _COMMAND_WORD:
        if word.startswith(prefix):
            return command
    return None


def _join_reply(lines: list[str]) -> str:
    """"550-first" ... "550 last" to one line with the code once."""
    code: str | None = None
    status: str | None = None
    out: list[str] = []
    for ln in lines:
        m = _FIRST_REPLY.match(ln)
        if m and code is None:
            code, status = m.group(1), m.group(3)
            ln = f"{code} {ln[m.end(2):]}"
        elif m and m.group(1) == code:
            rest = ln[m.end():].strip()
            ln = rest if not m.group(3) or m.group(3) == status else f"{m.group(3)} {rest}"
        if ln.strip():
            out.append(ln.strip())
    return " ".join(out)


def _merge_dsn(mail: Mail, drafts: list[Draft]) -> list[Draft]:
    """Status, Reporting-MTA, dates from the DS part; the transcript's reply stays the diagnostic."""
    groups = []
    for part in mail.delivery_status_parts:
        groups.extend(parse_field_groups(part.text))
    ds = [d for d in drafts_from_groups(groups) if d.recipient]
    if not drafts:
        return ds
    by_rcpt = {d.recipient.lower(): d for d in drafts if d.recipient}
    for dd in ds:
        target = by_rcpt.get((dd.recipient or "").lower())
        if target is None:
            drafts.append(dd)
            continue
        target.status = dd.status or target.status
        target.reporting_mta = dd.reporting_mta
        target.timestamp = dd.timestamp
        target.diagnostic = target.diagnostic or dd.diagnostic
        target.diagnostic_type = dd.diagnostic_type
        target.remote_mta = target.remote_mta or (dd.remote_mta or "").split(" ")[0] or None
        if dd.action and target.action != "delayed":
            target.action = dd.action
    return drafts


FORMAT = Format(
    NAME,
    AnyOf(Subject(_SUBJECT), Header("content-type", compile_pattern("=_courier_")), Body(_COURIER)),
    parse,
)
