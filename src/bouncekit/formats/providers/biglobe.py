"""BIGLOBE (Japan): From ``postmaster@*.biglobe.ne.jp``, Subject "Returned mail: ...",
"----- The following addresses had delivery problems -----" with the addresses, then
"----- Non-delivered information -----" with the reason."""
from __future__ import annotations

import re

from ...mail import Draft, Mail
from ..readers import join_lines, listed_addresses, section
from ..spec import Format, Sender

NAME = "biglobe"

_SENDER = re.compile(r"^(?:postmaster|mailer-daemon)@(?:[\w-]+\.)*biglobe\.ne\.jp$", re.I)
_ADDRESSES = re.compile(r"^[ \t]*-{3,}[ \t]*The following addresses had delivery problems[ \t]*-{3,}", re.M | re.I)
_INFORMATION = re.compile(r"^[ \t]*-{3,}[ \t]*Non-delivered information[ \t]*-{3,}", re.M | re.I)
_CUT = re.compile(r"^Content-Type:[ \t]*message/|^[ \t]*-{3,}", re.M | re.I)
# BIGLOBE's fixed wording for a mailbox holding too many messages
_MAILBOX_FULL = re.compile(r"number of messages in recipient's mailbox exceeded the local limit", re.I)


def parse(mail: Mail) -> list[Draft]:
    text = mail.flat
    listed = section(text, _ADDRESSES, _INFORMATION) or ""
    info = section(text, _INFORMATION, _CUT)
    diagnostic = join_lines(info.split("\n")) if info else None
    reason = "mailbox_full" if diagnostic and _MAILBOX_FULL.search(diagnostic) else None
    return [Draft(recipient=a, diagnostic=diagnostic, action="failed", vendor_code=reason)
            for a, _ in listed_addresses(listed)]


FORMAT = Format(
    NAME,
    Sender(_SENDER),
    parse,
)
