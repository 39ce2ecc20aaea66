"""AOL's bounces, sent by MAILER-DAEMON@aol.com or Postmaster@aol.com (X-AOL-IP, X-AOL-VSS-INFO,
x-aol-global-disposition headers):

* the multipart/report of AOL's Outbound Mail Relay: an "Email Returned" HTML notice, a
  message/delivery-status part (``Diagnostic-Code: X-Outbound-Mail-Relay; ...`` or ``smtp; ...``)
  and the returned message;
* the old text notices: "This Message was undeliverable due to the following reason:", a cause
  paragraph, then either ``Recipient: <x>`` / ``Reason: ...`` pairs or bare ``<x>`` lines, ending
  with "Please reply to Postmaster@aol.com if you feel this message to be in error.";
* "Your mail to the following recipients could not be delivered ...:" with AOL screen names
  (bare names mean ``name@aol.com``).
"""
from __future__ import annotations

import re

from ..._patterns import compile_pattern
from ...dsn import drafts_from_groups, parse_field_groups
from ...mail import Draft, Mail
from ...text import extract_address, normalize_address, one_line
from ..drafts import with_original
from ..readers import between
from ..spec import All, AnyOf, Format, Header, Sender

NAME = "aol"

_SENDER = compile_pattern(r"^(?:mailer-daemon|postmaster)@(?:[\w-]+\.)*(?:aol\.com|aol\.net|aim\.com)$")
_AOL_HEADERS = ("x-aol-ip", "x-aol-vss-info", "x-aol-global-disposition")
_UNDELIVERABLE = compile_pattern(r"^[ \t]*This Message was undeliverable due to the following reason:[ \t]*$",
                            re.M | re.I)
_SCREEN_NAMES = compile_pattern(r"^[^\n]*mail to the following recipients could not be delivered[^\n]*$", re.M | re.I)
_END = compile_pattern(r"^[ \t]*(?:Please reply to Postmaster|-{3,}|The original message)", re.M | re.I)
_PAIR = compile_pattern(r"^[ \t]*Recipient:[ \t]*<?([^<>\s]+@[^<>\s]+)>?[ \t]*\n[ \t]*Reason:[ \t]*(.+(?:\n[ \t]{6,}\S.*)*)",
                   re.M | re.I)
# the recipients were refused one by one: the replies came to RCPT
_RCPT_REJECTED = compile_pattern(r"recipients? (?:was|were) rejected by a remote mail server", re.I)
_BARE = compile_pattern(r"^[ \t]*<([^<>\s]+@[^<>\s]+)>[ \t]*$", re.M)
_ORIGINAL = compile_pattern(r"^[ \t]*-{3,}[ \t]*Original message[ \t]*-{3,}[ \t]*$", re.M | re.I)
_SMTP_STAGE = compile_pattern(r"^[ \t]*>>>[ \t]*(RCPT|MAIL|DATA|EHLO|HELO)\b", re.M | re.I)


def _undeliverable_drafts(mail: Mail) -> list[Draft]:
    text = mail.flat
    found = between(text, _UNDELIVERABLE, _END)
    if found is None:
        return []
    body = found.text
    copy = _ORIGINAL.search(text, found.start.end())
    original = text[copy.end():].lstrip("\n") if copy else None
    pairs = [(a, one_line(r)) for a, r in _PAIR.findall(body)]
    if pairs:
        command = "RCPT" if _RCPT_REJECTED.search(body) else None
        return with_original([Draft(recipient=extract_address(a), action="failed", diagnostic=r, smtp_command=command)
                              for a, r in pairs], original)
    # the cause is the paragraphs before the first address
    first = _BARE.search(body)
    if first is None:
        return []
    cause = one_line(body[: first.start()])
    rcpts = [extract_address(a) for a in _BARE.findall(body)]
    return with_original([Draft(recipient=r, action="failed", diagnostic=cause) for r in rcpts if r], original)


def _screen_name_drafts(text: str) -> list[Draft]:
    m = _SCREEN_NAMES.search(text)
    if m is None:
        return []
    cause = one_line(m.group(0))
    drafts: list[Draft] = []
    for line in text[m.end():].lstrip("\n").split("\n"):
        name = line.strip()
        if not name or " " in name or name.startswith("-"):
            break
        addr = normalize_address(name if "@" in name else f"{name}@aol.com")
        if addr:
            drafts.append(Draft(recipient=addr, action="failed", diagnostic=cause))
    return drafts


def parse(mail: Mail) -> list[Draft]:
    drafts: list[Draft] = []
    for part in mail.delivery_status_parts:
        drafts.extend(drafts_from_groups(parse_field_groups(part.text)))
    drafts = [d for d in drafts if d.recipient or d.status or d.diagnostic]
    if drafts:
        stage = _SMTP_STAGE.search(mail.flat)
        if stage and len(drafts) == 1 and drafts[0].smtp_command is None:
            drafts[0].smtp_command = stage.group(1).upper()
        return drafts
    text = mail.flat
    return _undeliverable_drafts(mail) or _screen_name_drafts(text)


FORMAT = Format(
    NAME,
    All(Sender(compile_pattern(r"\A(?:mailer-daemon|postmaster)(?:@|\Z)")),
           AnyOf(Sender(_SENDER), Header("x-aol-ip"), Header("x-aol-vss-info"), Header("x-aol-global-disposition"))),
    parse,
)
