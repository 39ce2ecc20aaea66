"""Microsoft Exchange Server 2007 and later: a non-delivery report recognised by Exchange's own
header or by its localised "Undeliverable:" subject with a language tag or Exchange headers; the
report itself (also written by Exchange Online and Outlook.com) is read by ``layouts.exchange``."""
from __future__ import annotations

import re

from ..._patterns import compile_pattern
from ..layouts.exchange import LANGUAGE, SUBJECT, read_ndr
from ..spec import All, AnyOf, Format, Header, HeaderName, Subject

NAME = "exchange2007"

FORMAT = Format(
    NAME,
    AnyOf(Header("x-ms-exchange-message-is-ndr"),
          # "Undeliverable:" alone is common wording; Exchange also sends a language tag or its own headers
          All(Subject(SUBJECT), AnyOf(Header("content-language", LANGUAGE, decoded=True), Header("thread-index"),
                                      HeaderName(compile_pattern(r"\Ax-ms-exchange", re.I))))),
    read_ndr,
)
