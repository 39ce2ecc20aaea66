"""Verizon Wireless gateways. SMS (``post_master@vtext.com``): an Apache James notice with
"Error message below:" and "Message details:" ... "RCPT TO: address". MMS
(``sysadmin@*.vzwpix.com``, "MMSC NDR Administrator"): "Message could not be delivered to
mobile.", "Error: <what>", then "Original Message:" with the original's From/To/Subject."""
from __future__ import annotations

import re

from ..._patterns import compile_pattern
from ...mail import Draft, Mail
from ...text import find_addresses as addresses_in
from ...text import words_of
from ..drafts import with_original
from ..layouts.james import james_notice_drafts
from ..readers import full_text, section
from ..spec import Format, Sender

NAME = "verizon"

_SENDER = compile_pattern(r"@(?:[\w-]+\.)*(?:vtext\.com|vzwpix\.com|vzw\.com|vzwmail\.net)$", re.I)
_MMS_INTRO = compile_pattern(r"^Message could not be delivered to mobile\.?[ \t]*$", re.M | re.I)
_MMS_ERROR = compile_pattern(r"^Error:[ \t]*(.+?)[ \t]*$", re.M)
_MMS_ORIGINAL = compile_pattern(r"^Original Message:[ \t]*$", re.M | re.I)
_NO_VALID_RECIPIENTS = compile_pattern(r"\bNo valid recipients\b", re.I)
_TO_LINE = compile_pattern(r"^To:[ \t]*(.+)$", re.M | re.I)


def parse(mail: Mail) -> list[Draft]:
    return james_notice_drafts(mail) or _mms_drafts(mail)


def _mms_drafts(mail: Mail) -> list[Draft]:
    text = full_text(mail)
    intro = _MMS_INTRO.search(text)
    original = section(text, _MMS_ORIGINAL, None)
    if intro is None or original is None:
        return []
    error = _MMS_ERROR.search(text, intro.end())
    diagnostic = error.group(1) if error else intro.group(0).strip()
    to = _TO_LINE.search(original)
    recipients = addresses_in(to.group(1)) if to else []
    # the MMSC's fixed error for a number that is not a Verizon subscriber
    found = _NO_VALID_RECIPIENTS.search(diagnostic)
    code, words = ("user_unknown", words_of(found)) if found is not None else (None, None)
    drafts = [Draft(recipient=a, diagnostic=diagnostic, action="failed", vendor_code=code, vendor_text=words)
              for a in recipients]
    return with_original(drafts, original.lstrip("\n"))


FORMAT = Format(
    NAME,
    Sender(_SENDER),
    parse,
)
