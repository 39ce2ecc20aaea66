"""fml, the Japanese mailing-list manager: its error replies carry ``X-MLServer: fml [...]``
and a Message-ID like ``<...FML...>``; the Subject names the error ("You <addr> are not member
(list ML)", "NOT MEMBER article from ...", "Loop Alert: ...", "fml system error message") and the
body names the list address in angle brackets."""
from __future__ import annotations

import re

from ..._patterns import compile_pattern
from ...mail import Draft, Mail
from ...text import Labels, normalize_address
from ..readers import join_lines
from ..spec import Format, Header

NAME = "fml"

_MLSERVER = compile_pattern(r"^fml\b", re.I)
_ANGLE_ADDRESS = compile_pattern(r"<([^<>\s@]+@[^<>\s]+)>")
_END = compile_pattern(r"^(?:Original mail as follows:|-{3,}|>)", re.M | re.I)
# fml's fixed subjects and what they mean
_SUBJECTS = Labels(
    (r"NOT MEMBER article from|\bare not (?:a )?member\b|reject mail (?:.+:|from)|"
     r"Spam mail from a spammer is rejected", "sender_rejected"),
    (r"fml system error message|Loop Alert:|Loop Back Warning:|WARNING: UNIX FROM Loop", "system_error"),
    (r"Security Alert", "security_error"),
)


def parse(mail: Mail) -> list[Draft]:
    found = _SUBJECTS.cause(mail.subject)
    if found is None:
        return []  # another kind of fml reply (help, guide, confirmations): not a failure
    text = mail.flat
    end = _END.search(text)
    body = text[:end.start() if end else len(text)]
    recipient = None
    for m in _ANGLE_ADDRESS.finditer(body):
        recipient = normalize_address(m.group(1))
        if recipient:
            break
    if recipient is None:
        return []
    paragraph = body.strip().split("\n\n", 1)[0]
    return [Draft(recipient=recipient, diagnostic=join_lines(paragraph.split("\n")) or mail.subject,
                  action="failed", vendor_code=found[0], vendor_text=found[1])]


FORMAT = Format(
    NAME,
    Header("x-mlserver", compile_pattern(r"\A\s*fml\b", re.I), decoded=True),
    parse,
)
