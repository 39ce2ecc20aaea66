"""m-FILTER (Digital Arts): a plain-text bounce in Japanese with "X-Mailer: m-FILTER"; the
failed addresses stand one per line after "以下のメールアドレスへの送信に失敗しました。", then come
"-------server message", "-------SMTP command" and "-------original message" (or
"-------original mail info") sections."""
from __future__ import annotations

import re

from ..._patterns import compile_pattern
from ...mail import Draft, Mail
from ...text import command_named as command_of
from ..drafts import with_original
from ..readers import block_after, inline_original, one_line_of
from ..spec import Format, Header

NAME = "mfilter"

_SECTION = compile_pattern(r"^-{7}(server message|SMTP command|original message|original mail info)\s*$",
                      re.M | re.I)
_ADDRESS_LINE = compile_pattern(r"^\s*<?([^<>\s@]+@[^<>\s@]+?)>?\s*$")


def parse(mail: Mail) -> list[Draft]:
    text = mail.text
    sections = list(_SECTION.finditer(text))
    if not sections:
        return []
    # the failed addresses: lines that hold only an address, before the first section
    recipients = [m.group(1) for m in map(_ADDRESS_LINE.match, text[: sections[0].start()].split("\n")) if m]
    diagnostic: str | None = None
    command: str | None = None
    original: str | None = None
    for m in sections:
        name = m.group(1).lower()
        body = block_after(text[m.end():].split("\n"), 1)
        if name == "server message":
            diagnostic = one_line_of(body)
        elif name == "smtp command":
            command = command_of(one_line_of(body))
        elif mail.original_part is None:
            original = inline_original(text, m.end())
    return with_original([Draft(recipient=r, diagnostic=diagnostic, smtp_command=command) for r in recipients], original)


FORMAT = Format(
    NAME,
    Header("x-mailer", compile_pattern(r"\A\s*m-filter\s*\Z", re.I), decoded=True),
    parse,
)
