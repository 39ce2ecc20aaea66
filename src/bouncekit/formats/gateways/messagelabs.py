"""Symantec Email Security.cloud, formerly MessageLabs: "Mail Delivery Failure" from
MAILER-DAEMON@messagelabs.com; the text says "I was unable to deliver your message to the
following addresses:" and gives each address with a "Reason:" (the remote reply, often
multi-line), beside a delivery-status part."""
from __future__ import annotations

import re

from ..._patterns import compile_pattern
from ...mail import Draft, Mail
from ..readers import delivery_status_drafts, merge_text, unfold_reply
from ..spec import All, AnyOf, Format, FromHeader, Header, Sender, Text

NAME = "messagelabs"

_FROM = compile_pattern(r"@(?:[\w-]+\.)*messagelabs\.com\b", re.I)
_AGENT = compile_pattern(r"This is the mail delivery agent at (?:messagelabs\.com|Symantec Email Security\.cloud)", re.I)
_INTRO = compile_pattern(r"^\s*I was unable to deliver your message to the following addresses:\s*$", re.I)
_ADDRESS_LINE = compile_pattern(r"^\s*<?([^<>\s]+@[^<>\s]+?)>?\s*$")
_REASON = compile_pattern(r"^\s*Reason:\s*(.*)$", re.I)
_END = compile_pattern(r"^\s*The message (?:subject|date|identifier|reference) was:", re.I)


def parse(mail: Mail) -> list[Draft]:
    found: list[Draft] = []
    started = False
    words: list[str] | None = None
    for line in mail.text.split("\n"):
        if not started:
            started = bool(_INTRO.match(line))
            continue
        if _END.match(line):
            break
        if words is not None:
            if line.strip():
                words.append(line.strip())
                continue
            _close(found, words)
            words = None
            continue
        m = _ADDRESS_LINE.match(line)
        if m:
            found.append(Draft(recipient=m.group(1)))
            continue
        r = _REASON.match(line)
        if r and found:
            words = [r.group(1).strip()]
    if words is not None:
        _close(found, words)
    return merge_text(delivery_status_drafts(mail), found, prefer_text=True)


def _close(found: list[Draft], words: list[str]) -> None:
    # one reason may follow several addresses: it concerns each one still without a reason
    text = unfold_reply(words)
    for d in reversed(found):
        if d.diagnostic is not None:
            break
        d.diagnostic = text


FORMAT = Format(
    NAME,
    AnyOf(All(Sender(compile_pattern("mailer-daemon")), FromHeader(_FROM)), All(Header("x-msg-ref"), Text(_AGENT))),
    parse,
)
