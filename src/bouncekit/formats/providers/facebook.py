"""Facebook (``mailer-daemon@mx.facebook.com``, "Sorry, your message could not be delivered"):
an RFC 3464 report whose Diagnostic-Code carries Facebook's response code, e.g.
``550 5.1.1 RCP-P2 http://postmaster.facebook.com/response_codes?...#rcp Refused due to recipient
preferences``. The codes are Facebook's published table, so they name the reason."""
from __future__ import annotations

import re

from ...mail import Draft, Mail
from ...model import Reason
from ..readers import delivery_status_drafts
from ..spec import Format, Sender

NAME = "facebook"

_SENDER = re.compile(r"^mailer-daemon@(?:[\w-]+\.)*facebook\.com$", re.I)
_CODE = re.compile(r"\b((?:RCP|INT|MSG|POL|DNS|CON)-[PT]\d)\b")
# postmaster.facebook.com/response_codes
_REASONS: dict[str, Reason] = {
    "RCP-P1": Reason.USER_UNKNOWN,       # recipient address does not exist
    "INT-P1": Reason.USER_UNKNOWN,
    "INT-P3": Reason.USER_UNKNOWN,       # recipient group does not exist
    "INT-P4": Reason.USER_UNKNOWN,
    "RCP-P2": Reason.FILTERED,           # refused due to recipient preferences
    "RCP-P3": Reason.FILTERED,           # recipient's privacy settings
    "RCP-T1": Reason.SYSTEM_ERROR,       # recipient unavailable, internal issue
    "RCP-T4": Reason.MAILBOX_DISABLED,   # recipient address deactivated
    "MSG-P1": Reason.MESSAGE_TOO_LARGE,
    "INT-P2": Reason.MESSAGE_TOO_LARGE,
    "MSG-P2": Reason.CONTENT_ERROR,      # attachment type not accepted
    "MSG-P3": Reason.NOT_COMPLIANT_RFC,  # header field repeated that may appear once
    "MSG-T1": Reason.TOO_MANY_CONNECTIONS,  # too many recipients
    "POL-P1": Reason.BLOCKED,            # sending IP on the Spamhaus PBL
    "POL-P2": Reason.BLOCKED,            # mail from this IP no longer accepted
    "POL-P3": Reason.BLOCKED,
    "POL-P4": Reason.BLOCKED,
    "POL-T1": Reason.BLOCKED,
    "POL-T2": Reason.BLOCKED,
    "POL-T3": Reason.BLOCKED,
    "POL-P5": Reason.VIRUS_DETECTED,
    "POL-P6": Reason.CONTENT_ERROR,      # blocked URL in the message
    "POL-P7": Reason.AUTH_FAILURE,       # domain authentication requirements
    "POL-P8": Reason.POLICY_VIOLATION,   # abuse policies
    "DNS-P1": Reason.SENDER_REJECTED,    # MAIL FROM domain does not exist
    "DNS-P2": Reason.SENDER_REJECTED,    # MAIL FROM domain has no MX
    "DNS-T1": Reason.SENDER_REJECTED,
    "DNS-P3": Reason.REQUIRE_PTR,        # no reverse DNS for the sending server
    "DNS-T2": Reason.REQUIRE_PTR,
    "CON-T1": Reason.TOO_MANY_CONNECTIONS,
    "CON-T2": Reason.TOO_MANY_CONNECTIONS,
    "CON-T3": Reason.RATE_LIMITED,       # too many new connections in a short time
    "CON-T4": Reason.TOO_MANY_CONNECTIONS,
}


def parse(mail: Mail) -> list[Draft]:
    drafts = delivery_status_drafts(mail, mail.flat)
    for d in drafts:
        m = _CODE.search(d.diagnostic or "")
        if m:
            d.reason = _REASONS.get(m.group(1))
    return drafts


FORMAT = Format(
    NAME,
    Sender(_SENDER),
    parse,
)
