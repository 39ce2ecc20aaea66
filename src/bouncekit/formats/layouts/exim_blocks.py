"""Exim-style "failed addresses" blocks, as Mail.ru and United Internet (GMX, web.de, 1&1)
write them: per recipient an address line and its indented explanation."""
from __future__ import annotations

import re

from ..._patterns import compile_pattern
from ...mail import Draft, Mail
from ...text import command_named as command_of
from ...text import extract_address, find_status, normalize_address
from ..drafts import with_original
from ..readers import delayed, first_reply, split_original

# "SMTP error from remote mail server after RCPT TO:<x@y>:" / "... for TEXT command, host: h (ip) reason:"
_EXIM_SMTP_ERROR = compile_pattern(
    r"SMTP error from remote (?:mail )?server (?:after|for|in reply to) (.+?)(?: command)?(?::\s|,\s|:$)", re.I)
_EXIM_HOST = compile_pattern(r"\bhost:?\s+([A-Za-z0-9][\w.-]*\.[A-Za-z]{2,}|\[[0-9a-fA-F.:]+\])", re.I)


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
        draft.status = find_status(reply)
    return draft


_EXIM_ADDRESS_LINE = compile_pattern(r"^[ \t]{1,3}(\S+@\S+?|\S+)[ \t]*(?:<[^>]*>)?[ \t]*(?:\(.*\))?:?[ \t]*$")


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
UI_ORIGINAL = compile_pattern(r"^-+ ?The header of the original message is following\. ?-+[ \t]*$", re.M)
_UI_FAILED = compile_pattern(r"(?:address(?:\(es\))?|addresses)\s+failed:[ \t]*$", re.M | re.I)
_UI_ADDRESS_LINE = compile_pattern(r"^\s*\"?<?([^\s<>\"@]+@[^\s<>\"]+?)>?\"?:?\s*$")
_UI_LABEL = compile_pattern(r"^\s*(?:For the following reason|Reason):?\s*$", re.I)
_UI_DELAYED = compile_pattern(r"has not yet been delivered|This is a temporary error", re.I)


def united_internet_drafts(mail: Mail) -> list[Draft]:
    text, original = split_original(mail, mail.flat, UI_ORIGINAL)
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
    return with_original(delayed(drafts, _UI_DELAYED.search(text[: start.start()])), original)
