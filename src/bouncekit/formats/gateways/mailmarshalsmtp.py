"""MailMarshal SMTP (Marshal / Trustwave): subject 'Undeliverable Mail: "SUBJECT"'; the text
quotes the original From/Subject, says "Could not be delivered because of" with the reply,
lists "The following recipients were affected:" and ends with an "Additional Information" block
(Remote-MTA, Reporting-MTA, ...)."""
from __future__ import annotations

import re

from ..._patterns import compile_pattern
from ...mail import Draft, Mail
from ...text import extract_address
from ..drafts import with_original
from ..readers import block_after, one_line_of
from ..spec import All, AnyOf, Format, Header, Subject, Text

NAME = "mailmarshalsmtp"

_SUBJECT = compile_pattern(r"^Undeliverable Mail:\s", re.I)
_RECEIVED = compile_pattern(r"^from MailMarshal\b", re.I)
_BECAUSE = compile_pattern(r"^\s*Could not be delivered because of\s*$", re.I)
_AFFECTED = compile_pattern(r"^\s*The following recipients were affected:\s*$", re.I)
_YOUR_MESSAGE = compile_pattern(r"^\s*Your message:\s*$", re.I)
_INFO = compile_pattern(r"^\s*(Remote-MTA|Reporting-MTA|Last-Attempt-Date)\s*:\s*<?([^<>]*?)>?\s*$", re.I)
_QUOTED = compile_pattern(r"^\s*(From|Subject):\s*(.*)$")


def parse(mail: Mail) -> list[Draft]:
    lines = mail.text.split("\n")
    diagnostic: str | None = None
    recipients: list[str] = []
    info: dict[str, str] = {}
    quoted: list[str] = []
    for i, line in enumerate(lines):
        if _BECAUSE.match(line):
            diagnostic = one_line_of(block_after(lines, i + 1))
        elif _AFFECTED.match(line):
            recipients = [a for a in (extract_address(x) for x in block_after(lines, i + 1)) if a]
        elif _YOUR_MESSAGE.match(line):
            quoted = [f"{m.group(1)}: {m.group(2).strip()}" for m in
                      (_QUOTED.match(x) for x in block_after(lines, i + 1)) if m]
        else:
            m = _INFO.match(line)
            if m and m.group(2).strip():
                info[m.group(1).lower()] = m.group(2).strip()
    # only the original From and Subject are quoted; enough to tie the bounce back
    original = "\n".join(quoted) + "\n" if quoted and mail.original_part is None else None
    return with_original([Draft(recipient=r, diagnostic=diagnostic, remote_mta=info.get("remote-mta"),
                                reporting_mta=info.get("reporting-mta")) for r in recipients], original)


FORMAT = Format(
    NAME,
    All(Subject(_SUBJECT), AnyOf(Header("received", compile_pattern(r"\A\s*from MailMarshal\b", re.I), first=2),
                                       Text(compile_pattern("Could not be delivered because of")))),
    parse,
)
