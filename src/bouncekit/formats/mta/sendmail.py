"""Sendmail V8 (and the MTAs that copy its report): the transcript or the "following addresses
had ..." list, or a Sendmail subject with "while talking to"; read by ``layouts.sendmail``."""
from __future__ import annotations

import re

from ..._patterns import compile_pattern
from ..layouts.sendmail import LIST, TRANSCRIPT_MARK, sendmail_drafts
from ..spec import All, AnyOf, Body, Format, Subject

NAME = "sendmail"

_SUBJECT = compile_pattern(r"^(?:Returned mail:|Warning: could not send message for past|Postmaster (?:notify|warning):)",
                      re.I)

FORMAT = Format(
    NAME,
    AnyOf(Body(compile_pattern(re.escape(TRANSCRIPT_MARK))), Body(LIST),
          All(Subject(_SUBJECT), Body(compile_pattern("while talking to")))),
    sendmail_drafts,
)
