"""IBM (Lotus) Domino: From "Postmaster", Subject "DELIVERY FAILURE: <reason>" (or
"DELIVERY_FAILURE:"), a text "Your message / Subject: ... / was not delivered to: / address /
because: / <reason>", often with a delivery-status part whose Diagnostic-Code is "X-Notes; ..."."""
from __future__ import annotations

import re

from ..._patterns import compile_pattern
from ...mail import Draft, Mail
from ...text import Labels
from ..layouts.listing import Listing
from ..readers import delivery_status_drafts, note_cause
from ..spec import DELIVERY_STATUS, All, AnyOf, Body, Format, Subject

NAME = "domino"

_SUBJECT = compile_pattern(r"^DELIVERY[ _]FAILURE:", re.I)
# the addresses, the reason, and Domino's fixed wording for an address its directory does not know
_LISTING = Listing(
    compile_pattern(r"^[ \t]*was not delivered to:[ \t]*$", re.M | re.I),
    compile_pattern(r"^[ \t]*because:[ \t]*$", re.M | re.I),
    compile_pattern(r"^Content-Type:[ \t]*message/|^[ \t]*(?:-{3,}|What should you do\?)", re.M | re.I),
    Labels((r"\bnot listed in (?:the )?(?:Domino Directory|public Name & Address Book)", "user_unknown")),
)


def parse(mail: Mail) -> list[Draft]:
    addresses, reason = _LISTING.read(mail.flat)
    drafts = delivery_status_drafts(mail) or [Draft(recipient=a, action="failed") for a in addresses]
    for d in drafts:
        # the text's reason is unfolded cleanly; the X-Notes field is often folded mid-word
        if reason:
            d.diagnostic = reason
        note_cause(d, _LISTING.fixed.cause(d.diagnostic))
    return drafts


FORMAT = Format(
    NAME,
    All(Subject(_SUBJECT, strip=True), AnyOf(Body(_LISTING.addresses), DELIVERY_STATUS)),
    parse,
)
