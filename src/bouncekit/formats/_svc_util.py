"""Helpers shared by the service-provider parsers (SES, WorkMail, SendGrid, Mail.ru, Yandex,
GMX, 1&1, Zoho, Facebook and the Japanese carriers): SMTP command names, the Exim-style
"failed addresses" block that several providers print, inline original messages and dates."""
from __future__ import annotations

import re
from datetime import datetime

from ..dsn import drafts_from_groups, parse_field_groups
from ..mail import Draft, Mail
from ..text import ENHANCED_STATUS, REPLY_CODE, extract_address, normalize_address
from ..text import command_named as command_of

# a reply quoted at the end of a relay's own answer: "554 4.4.7 Message expired ...<421 4.4.2 timed out>"
_INNER_REPLY = re.compile(r"<([2-5]\d\d)[ -]([245]\.\d{1,3}\.\d{1,3})\b[^<>]*>\s*$")
# "SMTP error from remote mail server after RCPT TO:<x@y>:" / "... for TEXT command, host: h (ip) reason:"
_EXIM_SMTP_ERROR = re.compile(
    r"SMTP error from remote (?:mail )?server (?:after|for|in reply to) (.+?)(?: command)?(?::\s|,\s|:$)", re.I)
_EXIM_HOST = re.compile(r"\bhost:?\s+([A-Za-z0-9][\w.-]*\.[A-Za-z]{2,}|\[[0-9a-fA-F.:]+\])", re.I)
_FIELD_BLOCK_START = re.compile(r"^(?:Reporting-MTA|Final-Recipient|Original-Recipient|Action|Status)[ \t]*:",
                                re.M | re.I)
_HEADER_LINE = re.compile(r"^[A-Za-z][A-Za-z0-9-]*:[ \t]?\S", re.M)




def inner_reply(diagnostic: str | None) -> tuple[str, str] | None:
    """(reply code, status) of a remote reply quoted in angle brackets at the end of a relay's
    own message: the last thing the remote server said before the relay gave up."""
    if not diagnostic:
        return None
    m = _INNER_REPLY.search(diagnostic)
    return (m.group(1), m.group(2)) if m else None


def apply_inner_reply(draft: Draft) -> None:
    """Report the remote server's own codes; the relay's "4.4.7 Message expired" that wrapped
    them is its fixed signal that it stopped retrying, kept as the reason."""
    found = inner_reply(draft.diagnostic)
    if found:
        if draft.status == "4.4.7" or (draft.status or "").endswith(".4.7"):
            draft.vendor_code = "expired"
        draft.reply_code, draft.status = found


def first_status(text: str | None) -> str | None:
    if not text:
        return None
    m = ENHANCED_STATUS.search(text)
    return f"{m.group(1)}.{m.group(2)}.{m.group(3)}" if m else None


def first_reply(text: str | None) -> str | None:
    if not text:
        return None
    m = REPLY_CODE.search(text)
    return m.group(1) if m else None


def iso8601(value: object) -> str | None:
    """``2016-10-21T00:06:40.502Z`` (JSON notifications) to ISO 8601 with an explicit offset."""
    if not isinstance(value, str) or not value:
        return None
    v = value.strip()
    if v.endswith("Z"):
        v = v[:-1] + "+00:00"
    try:
        return datetime.fromisoformat(v).isoformat()
    except ValueError:
        return None


def ds_drafts(mail: Mail, text: str | None = None) -> list[Draft]:
    """Drafts from the message/delivery-status parts, or from DSN fields written into ``text``."""
    drafts: list[Draft] = []
    for part in mail.delivery_status_parts:
        drafts.extend(drafts_from_groups(parse_field_groups(part.text)))
    if not drafts and text:
        m = _FIELD_BLOCK_START.search(text)
        if m:
            drafts = drafts_from_groups(parse_field_groups(text[m.start():]))
    return [d for d in drafts if d.recipient]


def set_inline_original(mail: Mail, rest: str) -> None:
    """Keep the quoted original message from its first header line on."""
    m = _HEADER_LINE.search(rest)
    if m is not None and mail.original_part is None:
        mail.original_text = rest[m.start():]


def parse_exim_details(rcpt: str, lines: list[str]) -> Draft:
    """One Exim-style entry: the address, then its indented explanation lines."""
    detail = " ".join(x.strip() for x in lines if x.strip())
    draft = Draft(recipient=rcpt, action="failed", diagnostic=detail or None)
    m = _EXIM_SMTP_ERROR.search(detail)
    if m:
        draft.smtp_command = command_of(m.group(1))
        tail = detail[m.end():]
        h = _EXIM_HOST.search(tail)
        if h:
            draft.remote_mta = h.group(1).strip("[]")
        # the server's reply follows "host name [ip]:" or "reason:"
        said = re.split(r"\]:\s|\)\s+reason:\s|\breason:\s", tail, maxsplit=1)
        reply = said[1] if len(said) == 2 else tail
        draft.reply_code = first_reply(reply)
        draft.status = first_status(reply)
    return draft


_EXIM_ADDRESS_LINE = re.compile(r"^[ \t]{1,3}(\S+@\S+?|\S+)[ \t]*(?:<[^>]*>)?[ \t]*(?:\(.*\))?:?[ \t]*$")


def exim_blocks(text: str) -> list[Draft]:
    """The ``  address`` + ``    explanation`` blocks of Exim-style bounces (Mail.ru and others)."""
    drafts: list[Draft] = []
    current: str | None = None
    lines: list[str] = []

    def close() -> None:
        if current:
            drafts.append(parse_exim_details(current, lines))

    for line in text.split("\n"):
        if not line.strip():
            if current and lines:
                close()
                current, lines = None, []
            continue
        indent = len(line) - len(line.lstrip(" \t"))
        m = _EXIM_ADDRESS_LINE.match(line) if 1 <= indent <= 3 else None
        addr = normalize_address(extract_address(m.group(1))) if m else None
        if addr:
            close()
            current, lines = addr, []
        elif current and indent >= 4:
            lines.append(line)
        elif current and lines:
            close()
            current, lines = None, []
    close()
    return drafts


# -- GMX, web.de and 1&1 (United Internet) ------------------------------------------------------
# Their bounces share one layout: "... The following address(es) failed:", then per recipient an
# address line ("addr", "<addr>", "\"addr\":") and its explanation, optionally after "Reason:" /
# "For the following reason:"; the original's headers follow a fixed line.
UI_ORIGINAL = re.compile(r"^-+ ?The header of the original message is following\. ?-+[ \t]*$", re.M)
_UI_FAILED = re.compile(r"(?:address(?:\(es\))?|addresses)\s+failed:[ \t]*$", re.M | re.I)
_UI_ADDRESS_LINE = re.compile(r"^\s*\"?<?([^\s<>\"@]+@[^\s<>\"]+?)>?\"?:?\s*$")
_UI_LABEL = re.compile(r"^\s*(?:For the following reason|Reason):?\s*$", re.I)
_UI_DELAYED = re.compile(r"has not yet been delivered|This is a temporary error", re.I)


def united_internet_drafts(mail: Mail) -> list[Draft]:
    text = mail.flat
    cut = UI_ORIGINAL.search(text)
    if cut:
        set_inline_original(mail, text[cut.end():])
        text = text[: cut.start()]
    start = _UI_FAILED.search(text)
    if not start:
        return []
    drafts: list[Draft] = []
    rcpt: str | None = None
    lines: list[str] = []
    for line in text[start.end():].split("\n"):
        m = _UI_ADDRESS_LINE.match(line)
        addr = normalize_address(m.group(1)) if m else None
        if addr:
            if rcpt:
                drafts.append(parse_exim_details(rcpt, lines))
            rcpt, lines = addr, []
        elif rcpt and line.strip() and not _UI_LABEL.match(line):
            lines.append(line)
    if rcpt:
        drafts.append(parse_exim_details(rcpt, lines))
    if _UI_DELAYED.search(text[: start.start()]):
        for d in drafts:
            d.action = "delayed"
    return drafts
