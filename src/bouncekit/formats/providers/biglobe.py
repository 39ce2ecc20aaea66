"""BIGLOBE (Japan): From ``postmaster@*.biglobe.ne.jp``, Subject "Returned mail: ...",
"----- The following addresses had delivery problems -----" with the addresses, then
"----- Non-delivered information -----" with the reason."""
from __future__ import annotations

import re

from ..._patterns import compile_pattern
from ...text import Labels
from ..layouts.listing import Listing
from ..spec import Format, Sender

NAME = "biglobe"

_SENDER = compile_pattern(r"^(?:postmaster|mailer-daemon)@(?:[\w-]+\.)*biglobe\.ne\.jp$", re.I)
# the addresses, the reason, and BIGLOBE's fixed wording for a mailbox holding too many messages
_LISTING = Listing(
    compile_pattern(r"^[ \t]*-{3,}[ \t]*The following addresses had delivery problems[ \t]*-{3,}", re.M | re.I),
    compile_pattern(r"^[ \t]*-{3,}[ \t]*Non-delivered information[ \t]*-{3,}", re.M | re.I),
    compile_pattern(r"^Content-Type:[ \t]*message/|^[ \t]*-{3,}", re.M | re.I),
    Labels((r"number of messages in recipient's mailbox exceeded the local limit", "mailbox_full")),
)


FORMAT = Format(NAME, Sender(_SENDER), _LISTING.drafts)
