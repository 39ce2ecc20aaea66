"""Older bounce layouts that Mailman's bounce detectors know: Novell GroupWise, Netscape
Messaging Server, Ipswitch IMail SMTP32, Yale's mailer, LLNL's Sendmail, Sina, old AOL and Yahoo!
texts, Microsoft Exchange 5.x, and the plain "SimpleMatch" / "SimpleWarning" phrase layouts:
a fixed sentence, then the failed addresses until a fixed end. Reports with a
message/delivery-status part are left to the RFC 3464 reading."""
from __future__ import annotations

import re
from typing import NamedTuple

from ..._patterns import compile_pattern
from ...classify.index import required_literals
from ...mail import Draft, Mail
from ...text import ADDRESS, normalize_address
from ..drafts import with_original
from ..readers import inline_original, one_line_of
from ..spec import DELIVERY_STATUS, All, AnyOf, Body, Check, Format, FromHeader, Not, Subject

NAME = "legacy"


class Layout(NamedTuple):
    """A fixed sentence that opens the list of failed addresses, the line that ends it, and
    how an address line reads (group ``addr``; an optional group ``why`` is its reason)."""
    name: str
    start: re.Pattern[str]
    end: re.Pattern[str]
    address: re.Pattern[str]
    action: str = "failed"
    domain: str | None = None  # appended to a bare local part (AOL screen names)


def _c(regex: str) -> re.Pattern[str]:
    return compile_pattern(regex, re.I)


def _layout(name: str, start: str, end: str, address: str, action: str = "failed",
            domain: str | None = None) -> Layout:
    """A layout from its three regexes, each read case-insensitively: one layout a line."""
    return Layout(name, _c(start), _c(end), _c(address), action, domain)


_ANY_ADDR = r"<?(?P<addr>[^\s<>()\"',;]+@[\w.-]+\w)>?"
_BLANK = _c(r"^\s*$")
_ORIGINAL_MARKER = compile_pattern(r"^.*(?:original message|message follows|below this line).*\n", re.I | re.M)
_ORIGINAL_AFTER = _c(r"original message|message follows|below this line|^-{3,}|"
                     r"^\s*(?:Received|Return-Path|From|Subject|Message-ID):\s")
_ORIGINAL = _c(r"original message|message follows|^-+\s*$|^\s*(?:Received|Return-Path|From|Subject|To|Date):")

# Vendor layouts, recognised by a header or the bounce's sender: (name, start, end, address line).
GROUPWISE = _layout("groupwise", r"The message that you sent was undeliverable to the following:", r"Possibly truncated original message follows|^\s*$", r"^\s+(?P<addr>[^\s()]+)(?:\s+\((?P<why>[^)]*)\))?\s*$")
NETSCAPE = _layout("netscape", r"This Message was undeliverable due to the following reason:", r"Please reply to|original message", r"^\s*<(?P<addr>[^<>\s]+@[^<>\s]+)>\s*$")
SMTP32 = _layout("smtp32", r".", r"original message follows", r"(?P<why>user mailbox[^:]*|delivery failed[^:]*|unknown user[^:]*|delivery userid[^:]*):\s*<?(?P<addr>[^\s<>]+@[^\s<>]+?)>?\s*$|undeliverable +to +<?(?P<addr2>[^\s<>]+@[^\s<>]+?)>?\s*$")
YALE = _layout("yale", r"Message not delivered to the following:", r"Error Detail|original message", r"^\s+(?P<addr>[^\s@]+(?:@[\w.-]+)?)\s+(?P<why>\S.*)$")
LLNL = _layout("llnl", r".", _ORIGINAL.pattern, r"^\s*(?:\d{3}\s*)?,\s*(?P<addr>[^\s,@]+@[^\s,]+)\s*,\s*(?P<why>\S.*)$")
SINA = _layout("sina", r".", _ORIGINAL.pattern, r"^<(?P<addr>[^<>\s]+@[^<>\s]+)>(?P<why>.*)$")
AOL = _layout("aol", r"mail to the following recipients could not be delivered", r"original message|^-+", r"^\s+(?P<addr>[^\s<>]+)\s*$", domain="aol.com")
YAHOO = _layout("yahoo", r"Unable to deliver message to the following address", r"-+ ?Original message follows|-+ ?Below this line", r"^\s*<(?P<addr>[^<>\s]+@[^<>\s]+)>:\s*$")
MICROSOFT = _layout("microsoft", r"did not reach the following recipient\(s\):", r"original message|^-+", r"^\s*(?P<addr>[^\s<>]+@[^\s<>]+) on \w.*$")

# "SimpleMatch": phrases many MTAs print before the failed addresses, and "SimpleWarning": the
# same for delays. Addresses follow until a blank line after the first one or the original.
SIMPLE: tuple[Layout, ...] = tuple(Layout("simple", _c(s), _BLANK, _c(_ANY_ADDR), action) for s, action in (
    (r"Delivery to the following recipients? failed\b", "failed"),
    (r"could not be delivered to the following recipients?", "failed"),
    (r"Your message cannot be delivered to the following recipients?", "failed"),
    (r"The following recipients? could not be reached", "failed"),
    (r"Your message has encountered delivery problems to the following recipients?", "failed"),
    (r"The following address(?:es)? (?:was|were|had) (?:undeliverable|permanent (?:fatal )?errors)", "failed"),
    (r"Your message to the following recipients? cannot be delivered", "failed"),
    (r"Unable to deliver (?:your )?message to the following (?:recipients?|address(?:es)?)", "failed"),
    (r"Delivery to the following recipients? has been delayed", "delayed"),
    (r"The following address(?:es)? had transient non-fatal errors", "delayed"),
    (r"Your message has been delayed and is still awaiting delivery to the following recipients?", "delayed"),
    (r"This is a warning message only|Message delay notification", "delayed"),
))

_DS_FIELDS = compile_pattern(r"^(?:Final|Original)-Recipient[ \t]*:", re.M | re.I)
_BOUNCE_FROM = _c(r"mailer[-_ ]?daemon|postmaster|mail ?delivery|mail administrator|system administrator")
_BOUNCE_SUBJECT = _c(r"undeliver|returned mail|delivery (?:status|fail|notification|problem|report)|"
                     r"failure notice|non[- ]?delivery|could not be delivered|message status|delayed|warning")


def _start_hints(layout: Layout) -> tuple[str, ...] | None:
    literals = required_literals(layout.start.pattern)
    return tuple(lit.lower() for lit in literals) if literals else None


# the text layouts in the order they are tried, each with literals one of which its start needs
_STARTS = tuple((layout, _start_hints(layout)) for layout in (GROUPWISE, NETSCAPE, YALE, YAHOO, MICROSOFT, *SIMPLE))


def _header_layouts(mail: Mail) -> list[Layout]:
    """The vendor layouts the headers point to."""
    sender = mail.from_address
    found: list[Layout] = []
    if "<SMTP32 v" in mail.header("x-mailer"):
        found.append(SMTP32)
    if sender.startswith("mailer-daemon@") and (sender.endswith("@sina.com") or sender.endswith(".sina.com")):
        found.append(SINA)
    if sender == "mailer-daemon@aol.com":
        found.append(AOL)
    if mail.subject.strip().lower() == "message status - undeliverable":
        found.append(GROUPWISE)
    return found


def parse(mail: Mail) -> list[Draft]:
    text = mail.text
    lines = text.split("\n")
    if "\n>" in text or text.startswith(">"):
        # lines a person quoted ("> ...") are someone else's words, not this notice's: a reply
        # that quotes a bounce is no bounce (an MTA's ">>> RCPT TO" transcript lines are kept)
        lines = ["" if ln.startswith(">") and not ln.startswith(">>>") else ln for ln in lines]
    drafts = _parse_lines(mail, lines)
    marker = _ORIGINAL_MARKER.search(text) if drafts and mail.original_part is None else None
    return with_original(drafts, inline_original(text, marker.end()) if marker else None)


def _parse_lines(mail: Mail, lines: list[str]) -> list[Draft]:
    for layout in _header_layouts(mail):
        drafts = _with_address(_read(layout, lines, whole=layout.start.pattern == "."))
        if drafts:
            return drafts
    lowered = "\n".join(lines).lower()
    for layout, hints in _STARTS:
        if hints is not None and not any(h in lowered for h in hints):
            continue  # a substring test spares a pattern search per line
        drafts = _read(layout, lines, whole=False)
        if drafts:
            if layout is YALE:
                _qualify(drafts, mail)
            return _with_address(drafts)
    return _read(LLNL, lines, whole=True)


def _with_address(drafts: list[Draft]) -> list[Draft]:
    return [d for d in drafts if d.recipient and "@" in d.recipient]


def _read(layout: Layout, lines: list[str], *, whole: bool) -> list[Draft]:
    """The address lines of one layout: after its start sentence (or anywhere, for the layouts
    that mark addresses by their own line shape) up to its end."""
    start = 0
    if not whole:
        for i, line in enumerate(lines):
            if layout.start.search(line):
                start = i + 1
                break
        else:
            return []
    drafts: list[Draft] = []
    why_lines: list[str] = []
    stop = len(lines)
    for i in range(start, len(lines)):
        line = lines[i]
        if drafts and layout.end.search(line):
            stop = i
            break
        if not whole and not drafts and _ORIGINAL.search(line) and not _BLANK.match(line):
            break
        m = layout.address.search(line)
        if m:
            addr = _address_of(m, layout)
            if addr and all(d.recipient != addr for d in drafts):
                why = (m.groupdict().get("why") or "").strip()
                drafts.append(Draft(recipient=addr, action=layout.action, diagnostic=why or None))
            continue
        if drafts and line.strip():
            # a reason printed under the addresses (Netscape prints it above: see below)
            why_lines.append(line.strip())
    if layout is NETSCAPE and drafts:
        reason = _netscape_reason(lines, start)
        for d in drafts:
            d.diagnostic = d.diagnostic or reason
    elif drafts and not any(d.diagnostic for d in drafts):
        text = one_line_of(why_lines[:4]) if why_lines else _after(lines, stop)
        for d in drafts:
            d.diagnostic = text
    return drafts


def _after(lines: list[str], stop: int) -> str | None:
    """The explanation printed after the list of addresses, up to the returned message."""
    words: list[str] = []
    for line in lines[stop:stop + 40]:
        if _ORIGINAL_AFTER.search(line):
            break
        if line.strip():
            words.append(line.strip())
        if len(words) >= 8:
            break
    return one_line_of(words)


def _address_of(m: re.Match[str], layout: Layout) -> str | None:
    groups = m.groupdict()
    raw = groups.get("addr") or groups.get("addr2")
    if not raw:
        return None
    raw = raw.strip("<>.,;:")
    if "@" not in raw:
        if layout.domain:
            raw = f"{raw}@{layout.domain}"
        elif layout is YALE or layout is GROUPWISE:
            return raw  # qualified later, or dropped
        else:
            return None
    return normalize_address(raw)


def _netscape_reason(lines: list[str], start: int) -> str | None:
    """Netscape prints the reason between the start sentence and the addresses."""
    words: list[str] = []
    for line in lines[start:]:
        if line.strip().startswith("<"):
            break
        if line.strip():
            words.append(line.strip())
    return one_line_of(words)


def _qualify(drafts: list[Draft], mail: Mail) -> None:
    """Yale's mailer names the local part only: complete it from the returned message's
    recipients, else from the reporting host's domain."""
    known: dict[str, str] = {}
    orig = mail.original_headers()
    if orig is not None:
        for field in ("to", "cc"):
            for m in ADDRESS.finditer(orig.get(field) or ""):
                a = normalize_address(m.group(1))
                if a:
                    known.setdefault(a.split("@", 1)[0].lower(), a)
    host = mail.from_address.split("@", 1)[1] if "@" in mail.from_address else None
    for d in drafts:
        r = d.recipient or ""
        if "@" in r:
            continue
        d.recipient = known.get(r.lower()) or (f"{r}@{host}" if host else None)


def _has_header_layout(mail: Mail) -> bool:
    return bool(_header_layouts(mail))


FORMAT = Format(
    NAME,
    All(Not(DELIVERY_STATUS),
        AnyOf(Check(_has_header_layout),
              # delivery-status fields written as text are the RFC 3464 reading's
              All(AnyOf(FromHeader(_BOUNCE_FROM), Subject(_BOUNCE_SUBJECT)), Not(Body(_DS_FIELDS))))),
    parse,
)
