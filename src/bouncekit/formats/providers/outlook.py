"""Outlook.com / Hotmail (Windows Live) bounces from postmaster@ hotmail.com, outlook.com,
live.com or msn.com. The old service sent "Delivery Status Notification (Failure)" / "(Delay)":
"This is an automatically generated Delivery Status Notification." and "Delivery to the following
recipients failed." (or "has been delayed.") over an indented address list, with a
delivery-status part and X-Message-Delivery / X-Message-Info / X-DSNContext headers. Since the
move to Exchange Online, Outlook.com writes Exchange's report ("Delivery has failed to these
recipients or groups"), read by the shared Exchange reader."""
from __future__ import annotations

import re

from ..._patterns import compile_pattern
from ...mail import Draft, Mail
from ...text import normalize_address
from ..layouts.exchange import read_ndr
from ..readers import delivery_status_drafts, merge_text
from ..spec import All, AnyOf, Format, Header, Search, Sender, Subject

NAME = "outlook"

_SENDER = compile_pattern(r"^(?:postmaster|mailer-daemon)@(?:[\w-]+\.)*(?:hotmail|outlook|live|msn)\."
                     r"(?:com|[a-z]{2}|co\.[a-z]{2})$",
                     re.I)
_HOTMAIL_HEADERS = ("x-message-delivery", "x-message-info")
_DSN_SUBJECT = compile_pattern(r"^\s*Delivery Status Notification \((?:Failure|Delay)\)", re.I)
_LIST = compile_pattern(r"^\s*Delivery to the following recipients? (failed|has been delayed|was delayed)", re.I)
_FIND_LIST = Search(compile_pattern(_LIST.pattern, _LIST.flags | re.M))
_ADDRESS_LINE = compile_pattern(r"^\s+<?([^\s<>@]+@[^\s<>@]+?)>?\s*$")


def parse(mail: Mail) -> list[Draft]:
    listed = _listed(mail)
    if listed:
        return merge_text(delivery_status_drafts(mail), listed)
    return read_ndr(mail)


def _listed(mail: Mail) -> list[Draft]:
    """The old Hotmail list: "Delivery to the following recipients failed." and addresses."""
    found: list[Draft] = []
    action = None
    text = mail.text
    if _FIND_LIST.search(text) is None:
        return found  # no line starts the list
    for line in text.split("\n"):
        m = _LIST.match(line)
        if m:
            action = "failed" if m.group(1).lower() == "failed" else "delayed"
            continue
        if action is None:
            continue
        a = _ADDRESS_LINE.match(line)
        if a:
            rcpt = normalize_address(a.group(1))
            if rcpt:
                found.append(Draft(recipient=rcpt, action=action))
        elif line.strip() and found:
            break
    return found


FORMAT = Format(
    NAME,
    AnyOf(Sender(_SENDER), All(Header("x-dsncontext"), Header("x-message-delivery"), Header("x-message-info"),
                             Subject(_DSN_SUBJECT))),
    parse,
)
