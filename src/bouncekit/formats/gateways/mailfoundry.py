"""MailFoundry (an anti-spam appliance): subject "Message delivery has failed", the text says
"Unable to deliver message to: <rcpt>" / "Delivery failed for the following reason:" and then
the remote server's answer ("Server HOST[IP] failed with: 550 ...")."""
from __future__ import annotations

import re

from ..._patterns import compile_pattern
from ...mail import Draft, Mail
from ..readers import block_after, one_line_of, remote_host
from ..spec import All, AnyOf, Format, Header, Subject, Text, exactly

NAME = "mailfoundry"

_SUBJECT = exactly("Message delivery has failed")
_RECEIVED = compile_pattern(r"\(MAILFOUNDRY\)", re.I)
_UNABLE = compile_pattern(r"^\s*Unable to deliver message to:\s*<?([^<>\s]+@[^<>\s]+?)>?\s*$", re.I)
_REASON = compile_pattern(r"^\s*Delivery failed for the following reason:\s*$", re.I)
# "Server mx.example.org[192.0.2.1] failed with: 550 ..." / "mx[ip] responded with failure: 552 ..."
_REMOTE_SAID = compile_pattern(r"^(?:Server\s+)?(\S+\[[0-9A-Fa-f.:]+\])\s+(?:failed with|responded with failure):\s*", re.I)


def parse(mail: Mail) -> list[Draft]:
    lines = mail.text.split("\n")
    drafts: list[Draft] = []
    for i, line in enumerate(lines):
        m = _UNABLE.match(line)
        if m:
            drafts.append(Draft(recipient=m.group(1)))
        elif _REASON.match(line) and drafts:
            text = one_line_of(block_after(lines, i + 1)) or ""
            said = _REMOTE_SAID.match(text)
            remote = remote_host(said.group(1)) if said else None
            for d in drafts:
                if d.diagnostic is None:
                    d.diagnostic, d.remote_mta = text or None, remote
    return drafts


FORMAT = Format(
    NAME,
    All(Subject(_SUBJECT, strip=True),
           AnyOf(Header("received", _RECEIVED, every=True),
                 Text(compile_pattern("Delivery failed for the following reason:")))),
    parse,
)
