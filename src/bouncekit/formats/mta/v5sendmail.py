"""Sendmail V5 (and 8.x before DSN support): a plain-text report, no delivery-status part::

       ----- Transcript of session follows -----
    While talking to mx.example.org:
    >>> RCPT To:<x@example.org>
    <<< 550 <x@example.org>... User unknown
    550 <x@example.org>... User unknown
    550 example.net (smtp)... 550 Host unknown
    554 <y@example.net>... 550 Host unknown (Authoritative answer from name server)

       ----- Unsent message follows -----
    Received: ...

One ``NNN <address>... text`` line per failed recipient; a ``While talking to HOST:`` session
shows the server's replies; ``NNN host (smtp)... text`` lines speak of a whole host. A report with
no recipient line at all (the queue gave up on a host) names its recipients only in the returned
message's To/Cc."""
from __future__ import annotations

import re

from ..._patterns import compile_pattern
from ...mail import Draft, Mail
from ...mime import parse_message
from ...text import find_addresses, normalize_address
from ..drafts import with_original
from ..layouts.sendmail import (
    LIST_MARK,
    TRANSCRIPT_MARK,
    block_after,
    command_name,
    queue_timeout_words,
    quoted_original,
    unfold,
)
from ..spec import DELIVERY_STATUS, All, AnyOf, Body, Format, Not, Subject

NAME = "v5sendmail"

_TRANSCRIPT = compile_pattern(r"^[ \t]*-+[ \t]*Transcript of session follows[ \t]*-+[ \t]*$", re.M)
_UNSENT = compile_pattern(r"^[ \t]*-+[ \t]*(?:Unsent|Original) message follows[ \t]*-+[ \t]*$", re.M | re.I)
_TALKING = compile_pattern(r"^(?:\.\.\.\s*)?while talking to\s+(.+?)\.?:?\s*$", re.I)
_RCPT_LINE = compile_pattern(r"^([245]\d\d)[ \t]+<?([^\s<>]+@[^\s<>]+?)>?\.\.\.[ \t]*(.*)$")
_HOST_LINE = compile_pattern(r"^([245]\d\d)[ \t]+([\w.-]+|\[[\d.:a-fA-F]+\])[ \t]+\(\w+\)\.\.\.[ \t]*(.*)$")
_INNER_CODE = compile_pattern(r"^([245]\d\d)\b")
_CONTINUED = compile_pattern(r"^[245]\d\d-")
_ADDRESS_HEADERS = ("to", "cc")


class _Session:
    """One "While talking to HOST:" block: the replies, each with the command it answered."""

    __slots__ = ("host", "replies")

    def __init__(self, host: str) -> None:
        self.host = host
        # (command, RCPT address or None, reply lines)
        self.replies: list[tuple[str | None, str | None, list[str]]] = []

    def reply_for(self, address: str) -> tuple[str | None, list[str]] | None:
        """The reply to this address's RCPT, else the session's last refusal of MAIL/DATA/greeting."""
        for command, rcpt, lines in reversed(self.replies):
            if command == "RCPT" and rcpt == address and lines[0][:1] in ("4", "5"):
                return command, lines
        for command, _rcpt, lines in reversed(self.replies):
            if command in ("CONN", "EHLO", "HELO", "MAIL", "DATA") and lines[0][:1] in ("4", "5"):
                return command, lines
        return None


def parse(mail: Mail) -> list[Draft]:
    text = mail.flat
    lines = block_after(text, _TRANSCRIPT)
    if not lines:
        return []
    drafts: dict[str, Draft] = {}
    host_lines: list[tuple[str, str, str]] = []  # (code, host, text)
    session: _Session | None = None
    command: str | None = None
    rcpt: str | None = None
    continuing = False
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        talk = _TALKING.match(line)
        if talk:
            session = _Session(talk.group(1).strip().rstrip(".:"))
            command, rcpt, continuing = "CONN", None, False
            continue
        if line.startswith(">>>") and session is not None:
            command = command_name(line[3:]) or command
            found = find_addresses(line[3:]) if command == "RCPT" else []
            rcpt = found[0] if found else None
            continuing = False
            continue
        if line.startswith("<<<") and session is not None:
            said = line[3:].strip()
            if continuing and session.replies:
                session.replies[-1][2].append(said)
            else:
                session.replies.append((command, rcpt, [said]))
            continuing = _CONTINUED.match(said) is not None
            continue
        continuing = False
        host = _HOST_LINE.match(line)
        if host:
            if session is not None and host.group(2).lower() != session.host.lower():
                session = None  # Sendmail has moved on to another host
            host_lines.append((host.group(1), host.group(2).rstrip("."), host.group(3)))
            continue
        m = _RCPT_LINE.match(line)
        if m:
            address = normalize_address(m.group(2))
            if address and address not in drafts:
                drafts[address] = _draft(address, m.group(1), m.group(3), session)
    if not drafts:
        _from_unsent(mail, text, host_lines, drafts)
    original = quoted_original(mail, text)
    expired = queue_timeout_words(text, mail.flat_lower, mail.subject)
    for d in drafts.values():
        if expired is not None and d.smtp_command is None:
            # the queue gave up with no server reply to blame
            d.vendor_code, d.vendor_text = "expired", expired
    return with_original(list(drafts.values()), original)


def _draft(address: str, code: str, said: str, session: _Session | None) -> Draft:
    """One recipient line; the server's reply from the session it belongs to, if it holds one."""
    found = session.reply_for(address) if session is not None else None
    if found is not None:
        command, reply = found
        return Draft(recipient=address, action="failed", diagnostic=unfold(reply), diagnostic_type="smtp",
                     smtp_command=command, remote_mta=session.host if session else None)
    # "554 <x@example.net>... 550 Host unknown": the inner code is the one the cause carries
    inner = _INNER_CODE.match(said)
    return Draft(recipient=address, action="failed", diagnostic=said.strip() or None,
                 reply_code=inner.group(1) if inner else code)


def _from_unsent(mail: Mail, text: str, host_lines: list[tuple[str, str, str]], drafts: dict[str, Draft]) -> None:
    """No recipient line: the returned message's recipients on a host Sendmail gave up on."""
    failing = [(code, host, said) for code, host, said in host_lines if code[0] in ("4", "5")]
    if not failing:
        return
    m = _UNSENT.search(text)
    if m is None:
        return
    headers = parse_message(text[m.end():].lstrip("\n").encode("utf-8", "replace"), normalized=True).headers
    for field in _ADDRESS_HEADERS:
        for value in headers.get_all(field):
            for address in find_addresses(value):
                domain = address.rsplit("@", 1)[1]
                for code, host, said in failing:
                    h = host.lower()
                    if domain == h or domain.endswith("." + h) or h.endswith("." + domain):
                        drafts.setdefault(address, Draft(recipient=address, action="failed",
                                                         diagnostic=said.strip() or None, reply_code=code))


FORMAT = Format(
    NAME,
    All(Not(DELIVERY_STATUS), Body(compile_pattern(re.escape(TRANSCRIPT_MARK))), Not(Body(compile_pattern(re.escape(LIST_MARK)))),
           AnyOf(Body(_UNSENT), Subject(compile_pattern("\\Areturned mail:", re.I)))),
    parse,
)
