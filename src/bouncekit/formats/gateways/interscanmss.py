"""Trend Micro InterScan Messaging Security Suite: a multipart/mixed with the
"InterScan_NT_MIME_Boundary" boundary. The text either shows the SMTP exchange
("Sent <<< RCPT TO:<rcpt>" / "Received >>> 550 ...") or says
"Unable to deliver message to <rcpt> (and other recipients in the same domain)."."""
from __future__ import annotations

import re

from ..._patterns import compile_pattern
from ...mail import Draft, Mail
from ...text import command_named as command_of
from ..spec import All, AnyOf, Format, FromHeader, Header, Subject, Text

NAME = "interscanmss"

_BOUNDARY = "InterScan_NT_MIME_Boundary"
_SUBJECTS = ("Mail could not be delivered", "メッセージを配信できません。", "メール配信に失敗しました")
_SENT = compile_pattern(r"^\s*Sent <<< ([A-Z]+(?: [A-Z]+)?):?\s*<?([^<>\s]+@[^<>\s]+?)>?\s*$", re.I)
_SENT_ANY = compile_pattern(r"^\s*Sent <<< (.+)$", re.I)
_RECEIVED = compile_pattern(r"^\s*Received >>> (.+)$", re.I)
_UNABLE = compile_pattern(r"(Unable to deliver message to <([^<>\s]+@[^<>\s]+)>.*)$", re.I)


# the returned part may itself be the next hop's (Sendmail) bounce with its session transcript
_TRANSCRIPT_CMD = compile_pattern(r"^>>> (RCPT TO|MAIL FROM|DATA)\b[^\n]*\n<<< ([45]\d\d[ -][^\n]*)", re.I | re.M)


def _from_returned_transcript(mail: Mail, draft: Draft) -> None:
    """'Unable to deliver message' names no cause: take the refusal from a transcript in the
    returned part when it is about the same recipient."""
    part = mail.original_part
    if part is None or not draft.recipient:
        return
    text = "\n".join(p.text for p in part.message.leaves() if p.content_type.startswith("text/"))
    for m in _TRANSCRIPT_CMD.finditer(text):
        if draft.recipient.lower() in m.group(0).lower():
            draft.diagnostic = m.group(2).strip()
            draft.smtp_command = command_of(m.group(1))
            return


def parse(mail: Mail) -> list[Draft]:
    lines = mail.text.split("\n")
    drafts: list[Draft] = []
    command: str | None = None
    pending: Draft | None = None
    for line in lines:
        sent = _SENT.match(line)
        if sent:
            command = command_of(sent.group(1))
            if command == "RCPT":
                pending = Draft(recipient=sent.group(2), smtp_command="RCPT")
                drafts.append(pending)
            continue
        other = _SENT_ANY.match(line)
        if other:
            command = command_of(other.group(1))
            continue
        reply = _RECEIVED.match(line)
        if reply:
            if pending is not None and pending.diagnostic is None and command == "RCPT":
                pending.diagnostic = reply.group(1).strip()
            elif drafts and reply.group(1)[:1] in "45":
                # a failure after the recipients were accepted (DATA) concerns all of them
                for d in drafts:
                    if d.diagnostic is None or d.diagnostic[:1] not in "45":
                        d.diagnostic, d.smtp_command = reply.group(1).strip(), command
            continue
        unable = _UNABLE.search(line)
        if unable:
            draft = Draft(recipient=unable.group(2), diagnostic=unable.group(1).strip())
            _from_returned_transcript(mail, draft)
            drafts.append(draft)
    # a recipient accepted at RCPT (2xx) whose failure came later keeps only real failures
    return [d for d in drafts if d.diagnostic is None or d.diagnostic[:1] not in "23"]


FORMAT = Format(
    NAME,
    AnyOf(Header("content-type", compile_pattern(re.escape(_BOUNDARY))), FromHeader(compile_pattern("InterScan")),
           All(Subject(compile_pattern("\\A(?:" + "|".join(map(re.escape, _SUBJECTS)) + ")\\Z"), strip=True),
               Text(compile_pattern("InterScan")))),
    parse,
)
