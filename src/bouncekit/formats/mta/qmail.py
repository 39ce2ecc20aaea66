"""qmail and its descendants (netqmail, notqmail, indimail, vpopmail setups): "Hi. This is the
qmail-send program at HOST.", one ``<address>:`` block per recipient with qmail-remote's words
("... does not like recipient.", "Remote host said: ...", "(#5.1.1)"), then "--- Below this line
is a copy of the message." (or "--- Enclosed is a copy of the message.")."""
from __future__ import annotations

import re

from ...mail import Draft, Mail
from .._mta2_util import qmail_drafts
from ..spec import Check, Format

NAME = "qmail"

_QMAIL_SEND = re.compile(r"^Hi\. This is the qmail|^This is the qmail-send program", re.M)
# the layout without qmail-send's greeting: an "<address>:" line and qmail's copy marker
_LAYOUT = re.compile(r"^<[^<>\s]*@[^<>\s]+>:[ \t]*$", re.M)
_COPY = re.compile(r"^-{3}[ \t]*(?:Below this line is a copy of the message|Enclosed is a copy of the message)",
                   re.M)


def match(mail: Mail) -> bool:
    text = mail.flat
    # literal tests first: the anchored patterns below cannot use a fast substring search
    # (both greetings hold "This is the qmail")
    if "This is the qmail" in text and _QMAIL_SEND.search(text):
        return True
    if "copy of the message" not in text:
        return False
    # the copy marker needs one of its two sentences, the address line a ">:"
    if not ("Below this line is a copy of the message" in text or "Enclosed is a copy of the message" in text):
        return False
    if ">:" not in text:
        return False
    return _COPY.search(text) is not None and _LAYOUT.search(text) is not None


def parse(mail: Mail) -> list[Draft]:
    try:
        m = _QMAIL_SEND.search(mail.flat)
        return qmail_drafts(mail, _QMAIL_SEND if m else None)
    except Exception:  # never crash on odd input
        return []


FORMAT = Format(NAME, Check(match), parse)
