"""McAfee Email Gateway / Email and Web Security appliance: subject "Delivery Status", header
"X-NAI-Header: Modified by McAfee ..."; a text part "deliveryproblems.txt" listing
"<rcpt>   (reason)" under "--- The following addresses had delivery problems ---" and a
delivery-status part with Original-Recipient (no Final-Recipient) and Diagnostic-Code."""
from __future__ import annotations

import re

from ..._patterns import compile_pattern
from ...mail import Draft, Mail
from ..readers import delivery_status_drafts, merge_text
from ..spec import All, Format, Header, Subject

NAME = "mcafee"

_NAI = compile_pattern(r"Modified by McAfee", re.I)
_PROBLEMS = compile_pattern(r"^\s*-+ The following addresses had delivery problems -+\s*$", re.I)
# "<ana.ruiz@example.co.jp>   (Unknown user ana.ruiz@example.co.jp)"
_ENTRY = compile_pattern(r"^\s*<?([^<>\s()]+@[^<>\s()]+?)>?\s+\((.*)\)\s*$")


def parse(mail: Mail) -> list[Draft]:
    found: list[Draft] = []
    listing = False
    for line in mail.text.split("\n"):
        if _PROBLEMS.match(line):
            listing = True
            continue
        if listing:
            m = _ENTRY.match(line)
            if m:
                found.append(Draft(recipient=m.group(1), diagnostic=m.group(2).strip() or None))
    return merge_text(delivery_status_drafts(mail), found)


FORMAT = Format(
    NAME,
    All(Subject(compile_pattern(r"\ADelivery Status\Z"), strip=True), Header("x-nai-header", _NAI, decoded=True)),
    parse,
)
