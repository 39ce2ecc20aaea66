"""NTT docomo (``docomo.ne.jp``): the delivery reports docomo's own mail system sends
(``Postmaster@docomo.ne.jp`` / ``MAILER-DAEMON@...docomo.ne.jp``). Reports that other MTAs write
about mail docomo's servers (``mfsmax.docomo.ne.jp``) refused are left to those MTAs' parsers.

docomo answers "550 Unknown user" both for a missing mailbox (at RCPT) and for a message the
recipient's own filter refuses (at DATA), so the command the reply answered matters: it is read
from the transcript beside the DSN fields (``>>> DATA`` / ``<<< 550 ...``, or ``(in reply to end
of DATA command)``)."""
from __future__ import annotations

import re

from ..._patterns import compile_pattern
from ...mail import Draft, Mail
from ...text import command_named as command_of
from ..readers import delivery_status_drafts
from ..spec import Format, Sender

NAME = "nttdocomo"

_SENDER = compile_pattern(r"^(?:postmaster|mailer-daemon)@(?:[\w-]+\.)*docomo\.ne\.jp$", re.I)
_IN_REPLY = compile_pattern(r"\(in reply to (.+?) command\)", re.I | re.S)
_SENT_LINE = compile_pattern(r"^>>>[ \t]*(\S+(?:[ \t]+(?:TO|FROM))?)", re.M | re.I)


def parse(mail: Mail) -> list[Draft]:
    drafts = delivery_status_drafts(mail, mail.flat)
    if not drafts:
        return []
    command = _command(mail.flat.split("Content-Type: message/delivery-status", 1)[0])
    # one transcript serves one recipient; with several it cannot be told whose it is
    if command and len(drafts) == 1:
        drafts[0].smtp_command = drafts[0].smtp_command or command
    return drafts


def _command(text: str) -> str | None:
    """The last command sent before the refusal, from a Postfix or Sendmail transcript."""
    m = _IN_REPLY.search(text)
    if m:
        return command_of(" ".join(m.group(1).split()))
    sent = _SENT_LINE.findall(text)
    return command_of(sent[-1]) if sent else None


FORMAT = Format(
    NAME,
    Sender(_SENDER),
    parse,
)
