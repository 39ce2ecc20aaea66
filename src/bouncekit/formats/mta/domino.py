"""IBM (Lotus) Domino: From "Postmaster", Subject "DELIVERY FAILURE: <reason>" (or
"DELIVERY_FAILURE:"), a text "Your message / Subject: ... / was not delivered to: / address /
because: / <reason>", often with a delivery-status part whose Diagnostic-Code is "X-Notes; ..."."""
from __future__ import annotations

import re

from ...mail import Draft, Mail
from ..readers import delivery_status_drafts, join_lines, listed_addresses, section
from ..spec import DELIVERY_STATUS, All, AnyOf, Body, Format, Subject

NAME = "domino"

_SUBJECT = re.compile(r"^DELIVERY[ _]FAILURE:", re.I)
_NOT_DELIVERED = re.compile(r"^[ \t]*was not delivered to:[ \t]*$", re.M | re.I)
_BECAUSE = re.compile(r"^[ \t]*because:[ \t]*$", re.M | re.I)
_CUT = re.compile(r"^Content-Type:[ \t]*message/|^[ \t]*(?:-{3,}|What should you do\?)", re.M | re.I)
# Domino's fixed wording for an address its directory does not know
_NOT_LISTED = re.compile(r"\bnot listed in (?:the )?(?:Domino Directory|public Name & Address Book)", re.I)


def parse(mail: Mail) -> list[Draft]:
    text = mail.flat
    targets = section(text, _NOT_DELIVERED, _BECAUSE) or ""
    because = section(text, _BECAUSE, _CUT)
    reason_text = join_lines(because.split("\n")) if because else None
    drafts = delivery_status_drafts(mail)
    if not drafts:
        drafts = [Draft(recipient=a, action="failed") for a, _ in listed_addresses(targets)]
    for d in drafts:
        # the text's reason is unfolded cleanly; the X-Notes field is often folded mid-word
        if reason_text:
            d.diagnostic = reason_text
        if d.diagnostic and _NOT_LISTED.search(d.diagnostic):
            d.vendor_code = "user_unknown"
    return drafts


FORMAT = Format(
    NAME,
    All(Subject(_SUBJECT, strip=True), AnyOf(Body(_NOT_DELIVERED), DELIVERY_STATUS)),
    parse,
)
