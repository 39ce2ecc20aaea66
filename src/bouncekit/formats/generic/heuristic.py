"""Last resort: a bounce in no known layout. Addresses near failure phrases and codes."""
from __future__ import annotations

import re

from ...mail import Draft, Mail
from ...text import ADDRESS, find_reply_code, find_status, normalize_address
from ..spec import AnyOf, Format, FromHeader, Subject

NAME = "heuristic"

_FROM = re.compile(r"mailer[-_ ]?daemon|postmaster|mail ?delivery|mail administrator|mmdf|"
                   r"delivery ?(?:status|subsystem|notification)|bounce", re.I)
_SUBJECT = re.compile(r"undeliver|returned mail|delivery (?:status|fail|notification|problem|report)|"
                      r"failure notice|non[- ]?delivery|could not be delivered|mail delivery|"
                      r"delivery has failed|rejected|bounce|unzustellbar|non remis|no entregado|"
                      r"不達|未送達|エラー|退信", re.I)
_FAIL = re.compile(r"user unknown|unknown user|no such|does not exist|not found|rejected|refused|"
                   r"unable to deliver|(?:doesn't|does not) have|not listed|no (?:mail)?box|not (?:a )?valid|"
                   r"unknown|not deliver|disabled|suspended|inactive|over ?quota|too large|exceed|"
                   r"mailbox|quota|full|denied|invalid|unavailable|failed|failure|blocked|undeliverable|"
                   r"could not be delivered|permanent|error|expired|timed? ?out|\b[45]\d\d\b|\b[45]\.\d", re.I)
_CUT = re.compile(r"^(?:Content-Type:[ \t]*(?:message/rfc822|text/rfc822-headers)|"
                  r"-+ ?(?:Original message|Below this line|This is a copy|Unsent message|"
                  r"Returned message|Original Message|The original message)|"
                  r"(?:Return-Path|Received|Message-ID|From|Subject|Date):[ \t])", re.M | re.I)


# addresses read per line: each costs a search of the lines around it
_MAX_ADDRESSES_PER_LINE = 50


def parse(mail: Mail) -> list[Draft]:
    text = mail.flat
    cut = _CUT.search(text)
    if cut:
        text = text[: cut.start()]
    own: set[str] = set()
    for value in (mail.headers.get("to") or "", mail.from_):
        for m in ADDRESS.finditer(value):
            a = normalize_address(m.group(1))
            if a:
                own.add(a.lower())
    found: list[Draft] = []
    mine: list[Draft] = []
    seen: set[str] = set()
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if "@" not in line:
            continue
        window: str | None = None  # the lines around this one, searched for failure words once
        for n, m in enumerate(ADDRESS.finditer(line)):
            if n >= _MAX_ADDRESSES_PER_LINE:
                break  # a line listing thousands of addresses is no notice about one of them
            addr = normalize_address(m.group(1))
            if not addr or addr.lower() in seen:
                continue
            local = addr.split("@", 1)[0].lower()
            if local in ("postmaster", "mailer-daemon", "abuse", "root", "post_master"):
                continue
            if window is None:
                window = "\n".join(lines[max(0, i - 2): i + 4])
                failing = _FAIL.search(window) is not None
            if not failing:
                continue
            seen.add(addr.lower())
            diag = " ".join(x.strip() for x in lines[i: i + 4] if x.strip())
            draft = Draft(recipient=addr, status=find_status(window),
                          reply_code=find_reply_code(window), diagnostic=diag)
            # the bounce's own To/From name a failed recipient only when nothing else is named
            (mine if addr.lower() in own else found).append(draft)
    drafts = found or mine
    if not drafts:
        x = mail.headers.get("x-failed-recipients")
        if x:
            for a in x.split(","):
                addr = normalize_address(a)
                if addr:
                    drafts.append(Draft(recipient=addr, diagnostic=text.strip()[:500] or None))
    return drafts


FORMAT = Format(
    NAME,
    AnyOf(FromHeader(_FROM), Subject(_SUBJECT)),
    parse,
)
