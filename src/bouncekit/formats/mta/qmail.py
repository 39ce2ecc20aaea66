"""qmail and its descendants (netqmail, notqmail, indimail, vpopmail setups): "Hi. This is the
qmail-send program at HOST.", one ``<address>:`` block per recipient with qmail-remote's words
("... does not like recipient.", "Remote host said: ...", "(#5.1.1)"), then "--- Below this line
is a copy of the message." (or "--- Enclosed is a copy of the message.")."""
from __future__ import annotations

import re

from ..._patterns import compile_pattern
from ...mail import Draft, Mail
from ..layouts.qmail import qmail_drafts
from ..spec import All, AnyOf, Body, Format

NAME = "qmail"

_QMAIL_SEND = compile_pattern(r"^Hi\. This is the qmail|^This is the qmail-send program", re.M)
# the layout without qmail-send's greeting: an "<address>:" line and qmail's copy marker
_LAYOUT = compile_pattern(r"^<[^<>\s]*@[^<>\s]+>:[ \t]*$", re.M)
_COPY = compile_pattern(r"^-{3}[ \t]*(?:Below this line is a copy of the message|Enclosed is a copy of the message)",
                   re.M)


def parse(mail: Mail) -> list[Draft]:
    m = _QMAIL_SEND.search(mail.flat)
    return qmail_drafts(mail, _QMAIL_SEND if m else None)


FORMAT = Format(
    NAME,
    AnyOf(Body(_QMAIL_SEND), All(Body(_COPY), Body(_LAYOUT))),
    parse,
)
