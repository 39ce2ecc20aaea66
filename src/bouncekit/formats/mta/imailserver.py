"""Ipswitch IMail Server: X-Mailer "<SMTP32 vN>", Subject "Undeliverable Mail", From
"Postmaster". One line per recipient, "<what went wrong>: address" ("Unknown user:",
"User mailbox exceeds allowed size:", "Delivery failed N attempts:" ...) or "undeliverable to
address" followed by "Body of message generated response:" and the remote's reply; then
"Original message follows." and the returned message."""
from __future__ import annotations

import re

from ..._patterns import compile_pattern
from ...mail import Draft, Mail
from ...text import Labels, normalize_address
from ..drafts import with_original
from ..readers import join_lines, original_after
from ..spec import All, AnyOf, Body, Format, Header, Sender, Subject

NAME = "imailserver"

_MAILER = compile_pattern(r"^<SMTP32 v", re.I)
_END = compile_pattern(r"^Original message follows\.?[ \t]*$", re.M)
_FAILED_LINE = compile_pattern(r"^[ \t]*(.*?\S)[ \t]*:?[ \t]+<?([^\s<>:]+@[^\s<>:]+?)>?[ \t]*$")
_UNDELIVERABLE = compile_pattern(r"^undeliverable to\b", re.I)
_RESPONSE = compile_pattern(r"^Body of message generated response:[ \t]*$", re.I)
# header lines a mail client may have saved above the report
_HEADER_NAMES = frozenset({"to", "cc", "bcc", "from", "date", "subject", "sender", "reply-to"})
# IMail's fixed wordings and what they mean
_FIXED = Labels(
    (r"^(?:Unknown user|Invalid final delivery userid)\b", "user_unknown"),
    (r"^User mailbox exceeds allowed size\b", "mailbox_full"),
    (r"^Delivery failed \d+ attempts?\b", "expired"),
    (r"^(?:Unknown host|Host not found)\b", "host_unknown"),
    (r"virus detected", "virus_detected"),
)


def parse(mail: Mail) -> list[Draft]:
    text = mail.flat
    end = _END.search(text)
    lines = text[:end.start() if end else len(text)].split("\n")
    drafts: list[Draft] = []
    for i, line in enumerate(lines):
        m = _FAILED_LINE.match(line)
        if m is None:
            continue
        what = m.group(1).rstrip(":").strip()
        if what.lower() in _HEADER_NAMES:
            continue
        recipient = normalize_address(m.group(2))
        if recipient is None:
            continue
        diagnostic = what
        if _UNDELIVERABLE.match(what):
            response = _response_after(lines, i + 1)
            if response:
                diagnostic = response
        code, words = _FIXED.cause(what) or (None, None)
        drafts.append(Draft(recipient=recipient, diagnostic=diagnostic, action="failed",
                            vendor_code=code, vendor_text=words))
    return with_original(drafts, original_after(mail, text, _END) if drafts and end is not None else None)


def _response_after(lines: list[str], start: int) -> str | None:
    """The remote's reply under "Body of message generated response:"."""
    for j in range(start, min(len(lines), start + 4)):
        if _RESPONSE.match(lines[j].strip()):
            block: list[str] = []
            for ln in lines[j + 1:]:
                if not ln.strip():
                    if block:
                        break
                    continue
                block.append(ln)
            return join_lines(block)
    return None


FORMAT = Format(
    NAME,
    AnyOf(Header("x-mailer", _MAILER, decoded=True),
           All(Sender(compile_pattern("\\Apostmaster@")), Subject(compile_pattern(r"\Aundeliverable mail\Z", re.I), strip=True),
               Body(_END))),
    parse,
)
