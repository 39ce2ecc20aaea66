"""Yahoo! Mail's "Failure Notice" (MAILER-DAEMON@yahoo.com and Yahoo's regional domains, an
X-YMailISG header): a qmail-like text, "Sorry, we were unable to deliver your message to the
following address." (older: "Unable to deliver message to the following address(es)."), then per
recipient ``<address>:`` and the cause: "Remote host said: 550 5.1.1 ... [RCPT_TO]" (the bracketed
name is the SMTP command that got the reply), "550: <address>: User unknown" (the reply code
followed by a colon), or Yahoo's own words ("No mx record found for domain=...", "Unable to
deliver message after multiple retries, giving up."); then "--- Below this line is a copy of the
message.". Tried before ``qmail`` because of its Yahoo-specific markers."""
from __future__ import annotations

import re

from ..._patterns import compile_pattern
from ...mail import Draft, Mail
from ...text import extract_address, one_line
from ..drafts import with_original
from ..readers import between
from ..spec import All, AnyOf, Body, Format, Header, Sender

NAME = "yahoo"

_DAEMON = compile_pattern(r"^mailer-daemon@(?:[\w-]+\.)*yahoo(?:mail)?\.(?:com|co\.[a-z]{2}|[a-z]{2,3})(?:\.[a-z]{2})?$")
_INTRO = compile_pattern(
    r"^[ \t]*(?:Sorry, we were unable to deliver your message to the following address(?:es)?|"
    r"Unable to deliver message to the following address(?:\(es\)|es)?)\.?[ \t]*$", re.M | re.I)
_COPY = compile_pattern(r"^[ \t]*-{2,}[ \t]*(?:Below this line is a copy of the message|Original message follows)\.?[ \t]*$",
                   re.M | re.I)
_RCPT_LINE = compile_pattern(r"^[ \t]*<([^<>\s]+@[^<>\s]+)>:[ \t]*(.*)$")
_COMMAND = compile_pattern(r"\[\s*(RCPT_TO|MAIL_FROM|DATA|DATA_CONTENT|EHLO|HELO|CONNECT|CONN)\s*\]\s*$", re.I)
_COMMANDS = {"RCPT_TO": "RCPT", "MAIL_FROM": "MAIL", "DATA": "DATA", "DATA_CONTENT": "DATA", "EHLO": "EHLO",
             "HELO": "HELO", "CONNECT": "CONN", "CONN": "CONN"}
_REMOTE_SAID = compile_pattern(r"^Remote host said:\s*", re.I)
# "550: <x@example.net>: User unknown" - Yahoo writes the reply code with a colon
_CODE_COLON = compile_pattern(r"^([2-5]\d\d):\s*")


def _draft(rcpt: str, lines: list[str]) -> Draft:
    text = one_line(" ".join(lines)) or ""
    command = None
    m = _COMMAND.search(text)
    if m:
        command = _COMMANDS.get(m.group(1).upper())
        text = text[: m.start()].rstrip()
    text = _REMOTE_SAID.sub("", text)
    reply = None
    c = _CODE_COLON.match(text)
    if c:
        reply = c.group(1)
        rest = text[c.end():].lstrip(": ").strip()
        text = f"{reply} {rest}".strip()
    return Draft(recipient=rcpt, action="failed", diagnostic=text or None, reply_code=reply, smtp_command=command)


def parse(mail: Mail) -> list[Draft]:
    text = mail.flat
    found = between(text, _INTRO, _COPY)
    if found is None:
        return []
    body, copy = found.text, found.end
    drafts: list[Draft] = []
    rcpt: str | None = None
    lines: list[str] = []
    for line in body.split("\n"):
        m = _RCPT_LINE.match(line)
        if m:
            if rcpt:
                drafts.append(_draft(rcpt, lines))
            rcpt = extract_address(m.group(1))
            lines = [m.group(2)] if m.group(2).strip() else []
        elif rcpt and line.strip():
            lines.append(line.strip())
    if rcpt:
        drafts.append(_draft(rcpt, lines))
    return with_original(drafts, text[copy.end():].lstrip("\n") if copy else None)


FORMAT = Format(
    NAME,
    All(AnyOf(Sender(_DAEMON), Header("x-ymailisg")), Body(_INTRO)),
    parse,
)
