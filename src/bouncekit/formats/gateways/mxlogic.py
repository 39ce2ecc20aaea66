"""McAfee SaaS Email Protection, formerly MX Logic: an Exim-derived plain-text bounce
("The following address(es) failed:" then "<rcpt>: REPLY"), sent with the headers
X-MX-Bounce / X-MXL-NoteHash and a Message-Id "<mxl~...>"; the returned header block follows
"Included is a copy of the message header:"."""
from __future__ import annotations

import re

from ..._patterns import compile_pattern
from ...mail import Draft, Mail
from ...text import command_named as command_of
from ..drafts import with_original
from ..readers import between, inline_original, one_line_of, remote_host
from ..spec import All, AnyOf, Format, FromHeader, Header

NAME = "mxlogic"

_MESSAGE_ID = compile_pattern(r"^\s*<mxl~", re.I)
_FROM_HOST = compile_pattern(r"@(?:[\w-]+\.)*mxlogic\.net\b", re.I)
_FAILED = compile_pattern(r"following address(?:es)? failed:\s*$", re.I | re.M)
# "  <ana.ruiz@example.co.jp>: 550 5.1.1 ..." or "  ana.ruiz@example.co.jp" alone
_ENTRY = compile_pattern(r"^\s*<?([^<>\s:]+@[^<>\s:]+?)>?(?::\s*(.*))?$")
_ORIGINAL = compile_pattern(r"^Included is a copy of the message header:\s*\n(?:-+\s*\n)?", re.I | re.M)
_SMTP_ERROR = compile_pattern(r"SMTP error from remote (?:mail )?server (?:after|for|in reply to) ([^:]+)", re.I)


def parse(mail: Mail) -> list[Draft]:
    text = mail.text
    found = between(text, _FAILED, _ORIGINAL)
    if found is None:
        return []
    drafts = _entries(found.text.split("\n"))
    cut = found.end
    original = inline_original(text, cut.end()) if cut is not None and mail.original_part is None else None
    return with_original(drafts, original)


def _entries(block: list[str]) -> list[Draft]:
    """A draft per entry of the failed list ("<rcpt>: reply", or an indented bare address), the
    reply's continued lines joined."""
    drafts: list[Draft] = []
    words: list[str] = []
    seen_entry = False
    for line in block:
        if not line.strip():
            if seen_entry and words:
                break
            continue
        m = _ENTRY.match(line)
        if m and (m.group(2) is not None or line[:1] in " \t"):
            _close(drafts, words)
            drafts.append(Draft(recipient=m.group(1)))
            words = [m.group(2).strip()] if m.group(2) else []
            seen_entry = True
        elif drafts:
            words.append(line.strip())
    _close(drafts, words)
    return drafts


def _close(drafts: list[Draft], words: list[str]) -> None:
    if not drafts or drafts[-1].diagnostic is not None:
        return
    d = drafts[-1]
    d.diagnostic = one_line_of(words)
    smtp_error = _SMTP_ERROR.search(d.diagnostic or "")
    if smtp_error:
        d.smtp_command = command_of(smtp_error.group(1))
        d.remote_mta = remote_host(d.diagnostic)


FORMAT = Format(
    NAME,
    AnyOf(Header("x-mx-bounce"), Header("x-mxl-notehash"),
          All(Header("message-id", _MESSAGE_ID), FromHeader(_FROM_HOST))),
    parse,
)
