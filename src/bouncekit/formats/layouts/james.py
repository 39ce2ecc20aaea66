"""The notices of Apache James's NotifySender and Bounce mailets (James itself and carriers
that run it, such as Verizon)."""
from __future__ import annotations

import re

from ..._patterns import compile_pattern
from ...mail import Draft, Mail
from ...text import find_addresses as addresses_in
from ...text import normalize_address
from ..readers import full_text, join_lines

JAMES_ERROR_BELOW = compile_pattern(r"^Error message below:[ \t]*$", re.M)
JAMES_DETAILS = compile_pattern(r"^Message details:[ \t]*$", re.M)
_JAMES_HEADLINE = compile_pattern(r"^Error:[ \t]*(.+?)[ \t]*$", re.M)
_JAMES_RCPT = compile_pattern(r"^[ \t]+RCPT TO:[ \t]*(.*)$", re.M)
_JAMES_CONTINUED = compile_pattern(r"^[ \t]{3,}([^\s:]+@[^\s:]+)[ \t]*$")


def james_notice_drafts(mail: Mail) -> list[Draft]:
    """James' notice: "Error message below:" with the error, then "Message details:" with
    "  RCPT TO: address" (more recipients on indented lines below it)."""
    text = full_text(mail)
    below = JAMES_ERROR_BELOW.search(text)
    details = JAMES_DETAILS.search(text)
    if below is None or details is None or details.start() < below.start():
        return []
    error = join_lines(text[below.end():details.start()].split("\n"))
    headline = _JAMES_HEADLINE.search(text, 0, below.start())
    if headline and error:
        error = f"{error} ({headline.group(1)})"
    elif headline:
        error = headline.group(1)
    recipients: list[str] = []
    rcpt = _JAMES_RCPT.search(text, details.end())
    if rcpt is not None:
        recipients.extend(addresses_in(rcpt.group(1)))
        for line in text[rcpt.end() + 1:].split("\n"):
            m = _JAMES_CONTINUED.match(line)
            if m is None:
                break
            a = normalize_address(m.group(1))
            if a and a not in recipients:
                recipients.append(a)
    return [Draft(recipient=a, diagnostic=error, action="failed") for a in recipients]
