"""Unnamed MTA #6: From "mailer-daemon", Subject "There was an error sending your mail",
"We had trouble delivering your message. Full details follow:", the original Subject and Date,
"N error(s):", one line per error ("SMTP Server <host> rejected recipient <addr> (Error
following RCPT command). It responded as follows: [550 5.1.1 ...]" or "The following
recipients returned permanent errors: a@b, c@d. Reason: ... (DATA) ...: [554 ...]"), then
"The attachment contains the original mail headers." and the headers as a text attachment."""
from __future__ import annotations

import re

from ..._patterns import compile_pattern
from ...mail import Draft, Mail
from ...text import command_named as command_of
from ...text import find_addresses as addresses_in
from ..drafts import with_original
from ..readers import between, original_in_part
from ..spec import All, Body, Format, Subject

NAME = "x6"

_SUBJECT = compile_pattern(r"^There was an error sending your mail", re.I)
_INTRO = compile_pattern(r"^We had trouble delivering your message\. Full details follow:", re.M | re.I)
_ERRORS = compile_pattern(r"^\d+ error\(s\):[ \t]*$", re.M | re.I)
_END = compile_pattern(r"^The attachment contains the original mail headers", re.M | re.I)
_REJECTED = compile_pattern(r"rejected recipient <([^<>\s]+)>", re.I)
_RETURNED = compile_pattern(r"recipients returned (?:permanent|temporary) errors?:[ \t]*(.+?)\.[ \t]+Reason:", re.I)
_SERVER = compile_pattern(r"SMTP Server <([^<>\s]+)>", re.I)
_COMMAND = compile_pattern(r"\((?:Error following )?([A-Z]+(?: TO| FROM)?)(?: command)?\)")
_RESPONSE = compile_pattern(r"\[([^\[\]]*)\][ \t]*$")


def parse(mail: Mail) -> list[Draft]:
    found = between(mail.flat, _ERRORS, _END)
    if found is None:
        return []
    drafts: list[Draft] = []
    for line in found.text.split("\n"):
        line = line.strip()
        if not line:
            continue
        rejected = _REJECTED.search(line)
        returned = _RETURNED.search(line)
        if rejected:
            recipients = addresses_in(rejected.group(1))
        elif returned:
            recipients = addresses_in(returned.group(1))
        else:
            continue
        server = _SERVER.search(line)
        command = _COMMAND.search(line)
        response = _RESPONSE.search(line)
        for recipient in recipients:
            drafts.append(Draft(
                recipient=recipient, action="failed",
                diagnostic=response.group(1).strip() if response else line,
                remote_mta=server.group(1) if server else None,
                smtp_command=command_of(command.group(1)) if command else None,
            ))
    if not drafts:
        return []
    attached = (p for p in mail.leaves if (p.headers.get("content-disposition") or "").lower().startswith("attachment"))
    return with_original(drafts, original_in_part(mail, attached))


FORMAT = Format(
    NAME,
    All(Subject(_SUBJECT, strip=True), Body(_INTRO)),
    parse,
)
