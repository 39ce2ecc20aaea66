"""Facebook (``mailer-daemon@mx.facebook.com``, "Sorry, your message could not be delivered"):
an RFC 3464 report whose Diagnostic-Code carries Facebook's response code, e.g.
``550 5.1.1 RCP-P2 http://postmaster.facebook.com/response_codes?...#rcp Refused due to recipient
preferences``. The codes are Facebook's published table, so they name the reason."""
from __future__ import annotations

import re

from ..._patterns import compile_pattern
from ...mail import Draft, Mail
from ..readers import delivery_status_drafts
from ..spec import Format, Sender

NAME = "facebook"

_SENDER = compile_pattern(r"^mailer-daemon@(?:[\w-]+\.)*facebook\.com$", re.I)
_CODE = compile_pattern(r"\b((?:RCP|INT|MSG|POL|DNS|CON)-[PT]\d)\b")
# postmaster.facebook.com/response_codes
_REASONS: dict[str, str] = {
    "RCP-P1": "rcp-p1",       # recipient address does not exist
    "INT-P1": "int-p1",
    "INT-P3": "int-p3",       # recipient group does not exist
    "INT-P4": "int-p4",
    "RCP-P2": "rcp-p2",           # refused due to recipient preferences
    "RCP-P3": "rcp-p3",           # recipient's privacy settings
    "RCP-T1": "rcp-t1",       # recipient unavailable, internal issue
    "RCP-T4": "rcp-t4",   # recipient address deactivated
    "MSG-P1": "msg-p1",
    "INT-P2": "int-p2",
    "MSG-P2": "msg-p2",      # attachment type not accepted
    "MSG-P3": "msg-p3",  # header field repeated that may appear once
    "MSG-T1": "msg-t1",  # too many recipients
    "POL-P1": "pol-p1",            # sending IP on the Spamhaus PBL
    "POL-P2": "pol-p2",            # mail from this IP no longer accepted
    "POL-P3": "pol-p3",
    "POL-P4": "pol-p4",
    "POL-T1": "pol-t1",
    "POL-T2": "pol-t2",
    "POL-T3": "pol-t3",
    "POL-P5": "pol-p5",
    "POL-P6": "pol-p6",      # blocked URL in the message
    "POL-P7": "pol-p7",       # domain authentication requirements
    "POL-P8": "pol-p8",   # abuse policies
    "DNS-P1": "dns-p1",    # MAIL FROM domain does not exist
    "DNS-P2": "dns-p2",    # MAIL FROM domain has no MX
    "DNS-T1": "dns-t1",
    "DNS-P3": "dns-p3",        # no reverse DNS for the sending server
    "DNS-T2": "dns-t2",
    "CON-T1": "con-t1",
    "CON-T2": "con-t2",
    "CON-T3": "con-t3",       # too many new connections in a short time
    "CON-T4": "con-t4",
}


def parse(mail: Mail) -> list[Draft]:
    drafts = delivery_status_drafts(mail, mail.flat)
    for d in drafts:
        m = _CODE.search(d.diagnostic or "")
        if m:
            d.vendor_code = _REASONS.get(m.group(1))
            # the code as the message writes it, e.g. "RCP-P2"
            d.vendor_text = m.group(1) if d.vendor_code is not None else None
    return drafts


FORMAT = Format(
    NAME,
    Sender(_SENDER),
    parse,
)
