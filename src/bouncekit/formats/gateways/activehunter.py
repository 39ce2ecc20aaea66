"""Active!hunter (a Japanese anti-spam gateway): a Sendmail-like text with ">>> address"
lines and a "Transcript of session follows" block; X-AHMAILID header, Active!Hunter boundary."""
from __future__ import annotations

import re

from ..._patterns import compile_pattern
from ...mail import Draft, Mail
from ..readers import block_after, one_line_of, transcript_command
from ..spec import All, AnyOf, Format, Header, Subject

NAME = "activehunter"

_SUBJECT = compile_pattern(r"^FAILURE NOTICE :", re.I)
_RECIPIENT = compile_pattern(r"^>>> ?(\S+@\S+)(?:\s+<([^>]+)>)?\s*$")
_PERMANENT = compile_pattern(r"^\s*-+ The following addresses had permanent fatal errors -+", re.I)
_TRANSCRIPT = compile_pattern(r"^\s*-+ Transcript of session follows -+", re.I)


def parse(mail: Mail) -> list[Draft]:
    lines = mail.text.split("\n")
    recipients: list[str] = []
    transcript: list[str] = []
    in_list = False
    for i, line in enumerate(lines):
        if _PERMANENT.match(line):
            in_list = True
        elif _TRANSCRIPT.match(line):
            in_list = False
            transcript = block_after(lines, i + 1)
        elif in_list:
            m = _RECIPIENT.match(line.strip())
            if m:
                recipients.append((m.group(2) or m.group(1)).strip("<>"))
    diagnostic = one_line_of([t for t in transcript if not t.startswith(">>>")])
    command = transcript_command(transcript)
    return [Draft(recipient=r, diagnostic=diagnostic, smtp_command=command) for r in recipients]


FORMAT = Format(
    NAME,
    AnyOf(Header("x-ahmailid"), All(Header("content-type", compile_pattern("Active!Hunter")), Subject(_SUBJECT))),
    parse,
)
