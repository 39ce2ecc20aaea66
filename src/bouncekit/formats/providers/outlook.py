"""Outlook.com / Hotmail (Windows Live) bounces from postmaster@ hotmail.com, outlook.com,
live.com or msn.com. The old service sent "Delivery Status Notification (Failure)" / "(Delay)":
"This is an automatically generated Delivery Status Notification." and "Delivery to the following
recipients failed." (or "has been delayed.") over an indented address list, with a
delivery-status part and X-Message-Delivery / X-Message-Info / X-DSNContext headers. Since the
move to Exchange Online, Outlook.com writes Exchange's report ("Delivery has failed to these
recipients or groups"), read by the shared Exchange reader."""
from __future__ import annotations

import re

from ...mail import Draft, Mail
from ...text import normalize_address
from .._gates import caseless_ok
from .._gw_util import body_text, ds_drafts, merge
from ..mta.exchange2007 import read_ndr
from ..spec import All, AnyOf, Format, Header, Sender, Subject

NAME = "outlook"

_SENDER = re.compile(r"^(?:postmaster|mailer-daemon)@(?:[\w-]+\.)*(?:hotmail|outlook|live|msn)\.(?:com|[a-z]{2}|co\.[a-z]{2})$",
                     re.I)
_HOTMAIL_HEADERS = ("x-message-delivery", "x-message-info")
_DSN_SUBJECT = re.compile(r"^\s*Delivery Status Notification \((?:Failure|Delay)\)", re.I)
_LIST = re.compile(r"^\s*Delivery to the following recipients? (failed|has been delayed|was delayed)", re.I)
_ADDRESS_LINE = re.compile(r"^\s+<?([^\s<>@]+@[^\s<>@]+?)>?\s*$")


def parse(mail: Mail) -> list[Draft]:
    listed = _listed(mail)
    if listed:
        return merge(ds_drafts(mail), listed)
    return read_ndr(mail)


def _listed(mail: Mail) -> list[Draft]:
    """The old Hotmail list: "Delivery to the following recipients failed." and addresses."""
    found: list[Draft] = []
    action = None
    text = body_text(mail)
    if caseless_ok(text) and "delivery to the following recipient" not in text.lower():
        return found  # no line can match _LIST (see _gates), so none is listed
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
