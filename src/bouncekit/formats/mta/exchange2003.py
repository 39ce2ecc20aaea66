"""Microsoft Exchange 5.5 to 2003 non-delivery reports ("Undeliverable: ...", often from "System
Administrator"), written by the Internet Mail Service/Connector or the Exchange 2000/2003 SMTP
stack. The text says "Your message ... did not reach the following recipient(s):" or "Your
message did not reach some or all of the intended recipients. ... The following recipient(s)
could not be reached:", then per recipient ``address on DATE`` and indented lines: the reason in
words, and either an ``MSEXCH:IMS:...`` / ``MSEXCH:IMC:...`` line whose hexadecimal code in
parentheses names the cause (``(000C05A6) Unknown Recipient``), or ``<server #5.1.1>``."""
from __future__ import annotations

import re

from ..._patterns import compile_pattern
from ...mail import Draft, Mail
from ...text import ENHANCED_STATUS, find_addresses, one_line
from ..readers import delivery_status_drafts, merge_text
from ..spec import All, AnyOf, Format, FromHeader, Header, Subject, Text

NAME = "exchange2003"

_MAILER = compile_pattern(r"Internet Mail (?:Service|Connector)|Microsoft Exchange|Exchange Server", re.I)
_MIMEOLE = compile_pattern(r"Produced By Microsoft Exchange", re.I)
_SUBJECT = compile_pattern(r"^\s*(?:Undeliverable|Unzustellbar|Non remis|Non recapitabile|No se puede entregar|"
                      r"Onbestelbaar|配信不能)\s*:", re.I)
_SENDER = compile_pattern(r"System Administrator|Systemadministrator|Administrateur syst[eè]me|postmaster", re.I)
# the sentence right above the list of failed recipients, in the languages Exchange 2003 shipped in
_LIST_START = compile_pattern(
    r"did not reach the following recipient|following recipient\(s\) could not be reached|"
    r"Empf[äa]nger konnten? nicht erreicht werden|Impossible de joindre le\(s\) destinataire|"
    r"次の受信者に(?:は)?届きませんでした", re.I)
# the opening sentence, when the list is introduced otherwise
_START = compile_pattern(
    r"did not reach some or all of the intended recipients|hat einige oder alle Empf[äa]nger nicht erreicht|"
    r"n'a pas atteint (?:certains|tous les) destinataires|no lleg[óo] a (?:algunos|todos los) destinatarios|"
    r"non ha raggiunto|一部またはすべての受信者に届きませんでした", re.I)
# "ana.ruiz@example.com on 4/29/01 11:34:45 PM" (or "am", "le", "el", "il" in translations)
_RECIPIENT = compile_pattern(r"^\s*(\S.*?)\s+(?:on|am|le|el|il|em|op|den)\s+\S.*\d.*$", re.I)
# "The MTS-ID of the original message is: c=jp;a= ;p=x"; its value wraps onto unindented lines
_MTS_ID = compile_pattern(r"^\s*The MTS-ID of the original message is", re.I)
# "<mx.example.com #5.1.1>": the server that wrote the report and the status it gave
_SERVER_STATUS = compile_pattern(r"<([A-Za-z0-9][\w.-]*)\s+#([245]\.\d{1,3}\.\d{1,3})")
_HEX_CODE = compile_pattern(r"\(([0-9A-F]{8})\)")
# the codes of the Internet Mail Service that name a cause
_IMS_CODES: dict[str, str] = {
    "000C05A6": "000c05a6",     # Unknown Recipient
    "00120270": "00120270",    # Too Many Hops
    "00050311": "00050311",    # Conversion to Internet format failed
    "000502CC": "000502cc",    # Conversion to Internet format failed
    "000B0981": "000b0981",   # 502 Server does not support AUTH
}



def parse(mail: Mail) -> list[Draft]:
    text = mail.text
    start = _LIST_START.search(text) or _START.search(text)
    if start is None:
        return []
    found = _recipients(text[start.end():].split("\n"))
    drafts = merge_text(delivery_status_drafts(mail), found)
    return drafts


def _recipients(lines: list[str]) -> list[Draft]:
    found: list[Draft] = []
    words: list[str] = []
    in_mts_id = False
    for line in lines:
        m = _RECIPIENT.match(line)
        addresses = find_addresses(m.group(1)) if m else []
        if addresses:
            _close(found, words)
            words = []
            found.append(Draft(recipient=addresses[0], action="failed"))
            continue
        if not found:
            continue
        if not line.strip():
            # the reason block ends at a blank line; a later list item starts a new one
            _close(found, words)
            words = []
            continue
        if _MTS_ID.match(line):
            in_mts_id = True
            continue
        if in_mts_id and line[:1] not in (" ", "\t"):
            continue
        in_mts_id = False
        words.append(line.strip())
    _close(found, words)
    return found


def _close(found: list[Draft], words: list[str]) -> None:
    if not found or not words or found[-1].diagnostic is not None:
        return
    d = found[-1]
    text = one_line(" ".join(words))
    d.diagnostic = text
    if not text:
        return
    server = _SERVER_STATUS.search(text)
    if server:
        d.reporting_mta = server.group(1).lower()
        d.status = server.group(2)
        if d.status.endswith(".0.0"):
            # "<mx #5.0.0 smtp;550 5.1.1 unknown>": the remote server's code is the precise one
            for m in ENHANCED_STATUS.finditer(text, server.end()):
                if not m.group(0).endswith(".0.0"):
                    d.status = m.group(0)
                    break
    code = _HEX_CODE.search(text)
    if code:
        d.vendor_code = _IMS_CODES.get(code.group(1))
        # the IMS code as the report writes it, e.g. "000C05A6"
        d.vendor_text = code.group(1) if d.vendor_code is not None else None


FORMAT = Format(
    NAME,
    AnyOf(Header("x-ms-embedded-report"), Header("x-mimeole", _MIMEOLE, decoded=True),
          Header("x-mailer", _MAILER, decoded=True),
          All(AnyOf(Subject(_SUBJECT), FromHeader(_SENDER)), AnyOf(Text(_LIST_START), Text(_START)))),
    parse,
)
