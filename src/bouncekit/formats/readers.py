"""Readers shared by the formats, each with one name and one meaning: the drafts of a
delivery-status part; merging what the text says into them (one precedence, ``merge_text``);
SMTP reply unfolding; sections and blocks of the text; the returned original message (attached
as a part, or quoted inline after a marker or from its first header line); hosts, codes and
commands named in the text.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import NamedTuple

from .._patterns import compile_pattern
from ..dsn import drafts_from_groups, parse_field_groups
from ..mail import Draft, Mail
from ..mime import Part, decode_bytes
from ..text import REPLY_CODE, normalize_address, one_line, words_at
from ..text import command_named as command_of

# "mx.example.org[192.0.2.1]" or "mx.example.org [192.0.2.1]"
_HOST_WITH_IP = compile_pattern(r"\b([A-Za-z0-9][\w-]*(?:\.[\w-]+)+)\s?\[(?:IPv6:)?[0-9A-Fa-f.:]+\]")
_BRACKET_IP = compile_pattern(r"\[((?:\d{1,3}\.){3}\d{1,3}|[0-9A-Fa-f:]+:[0-9A-Fa-f:]*)\]")
# a line that starts the returned message's header block (the fields a message starts with)
_NAMED_HEADER_LINE = compile_pattern(r"^(?:Received|Return-Path|From|To|Subject|Date|Message-I[dD]|MIME-Version|"
                                r"X-[\w-]+|Content-Type|Reply-To|Delivered-To):[ \t]", re.I)
# any header line ("Name: value")
_ANY_HEADER_LINE = compile_pattern(r"^[A-Za-z][A-Za-z0-9-]*:[ \t]?\S", re.M)
# a header line, maybe indented, to tell whether an original message follows a marker line
_HEADERISH = compile_pattern(r"^[ \t]*[A-Za-z][A-Za-z0-9-]*:[ \t]", re.M)
# DSN fields written into the text
_FIELD_BLOCK_START = compile_pattern(r"^(?:Reporting-MTA|Final-Recipient|Original-Recipient|Action|Status)[ \t]*:",
                                re.M | re.I)
# a reply quoted at the end of a relay's own answer: "554 4.4.7 Message expired ...<421 4.4.2 timed out>"
_INNER_REPLY = compile_pattern(r"<([2-5]\d\d)[ -]([245]\.\d{1,3}\.\d{1,3})\b[^<>]*>\s*$")
_MULTILINE_REPLY = compile_pattern(r"^([2-5]\d\d)[- ](?:([245]\.\d{1,3}\.\d{1,3})\s)?")
# a line that holds just one address (indented, maybe in angle brackets)
ADDRESS_LINE = compile_pattern(r"^[ \t]*<?([^\s<>@]+@[^\s<>@]+?)>?[ \t]*$")


# --- the delivery-status part ----------------------------------------------------------------

def delivery_status_drafts(mail: Mail, text: str | None = None) -> list[Draft]:
    """Drafts from the message/delivery-status parts (recipients only); where there is none, from
    DSN fields written into ``text``, if given."""
    drafts: list[Draft] = []
    for part in mail.delivery_status_parts:
        drafts.extend(drafts_from_groups(parse_field_groups(part.text)))
    if not drafts and text:
        m = _FIELD_BLOCK_START.search(text)
        if m:
            drafts = drafts_from_groups(parse_field_groups(text[m.start():]))
    return [d for d in drafts if d.recipient]


def merge_text(base: list[Draft], found: list[Draft], *, prefer_text: bool = False) -> list[Draft]:
    """Fill the delivery-status drafts with what the text said about the same recipient: the one
    precedence of the formats. A field wins over the text; the text fills what the fields leave
    empty (status, reply code, remote and reporting MTA, SMTP command, time), and its diagnostic
    stands only where the field has none.

    ``prefer_text`` lets the text's diagnostic replace the field's, for vendors whose text holds
    the remote server's whole answer while the field is cut short. Without DS drafts, the text's."""
    if not base:
        return found
    by_rcpt = {(d.recipient or "").lower(): d for d in found}
    for d in base:
        t = by_rcpt.get((d.recipient or "").lower())
        if t is None and len(found) == 1 and len(base) == 1:
            t = found[0]
        if t is None:
            continue
        if t.diagnostic and (prefer_text or not d.diagnostic):
            d.diagnostic = t.diagnostic
        for field in ("status", "reply_code", "remote_mta", "smtp_command", "reporting_mta", "timestamp"):
            if getattr(d, field) is None and getattr(t, field) is not None:
                setattr(d, field, getattr(t, field))
    return base


def note_cause(draft: Draft, found: tuple[str, str] | None) -> None:
    """Report a cause a format's table found (``Labels.cause``: the label and the message's words
    it matched) as the draft's ``vendor_code`` and ``vendor_text``; nothing where none was found."""
    if found is not None:
        draft.vendor_code, draft.vendor_text = found


def delayed(drafts: list[Draft], notice: re.Match[str] | None) -> list[Draft]:
    """``drafts``, each one delayed where ``notice`` (the match of a notice's "not yet delivered,
    still retrying" wording) is found; failed as read otherwise."""
    if notice:
        for d in drafts:
            d.action = "delayed"
    return drafts


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
    m = _INNER_REPLY.search(draft.diagnostic) if draft.diagnostic else None
    if m is not None:
        if draft.status == "4.4.7" or (draft.status or "").endswith(".4.7"):
            # the relay's own words, before the reply it quotes
            draft.vendor_code, draft.vendor_text = "expired", words_at(m.string, 0, m.start()) or None
        draft.reply_code, draft.status = m.group(1), m.group(2)


# --- text: lines, sections, blocks -------------------------------------------------------------

def join_lines(lines: list[str]) -> str | None:
    """Lines to one diagnostic line, blank ones dropped (spacing inside a line kept)."""
    text = " ".join(ln.strip() for ln in lines if ln.strip())
    return text or None


def one_line_of(lines: list[str]) -> str | None:
    """Lines to one line, every run of white space one space."""
    return one_line(" ".join(lines))


def section(text: str, start: re.Pattern[str], end: re.Pattern[str] | None) -> str | None:
    """The text after the line ``start`` matches, up to the line ``end`` matches (or the end)."""
    m = start.search(text)
    if m is None:
        return None
    nl = text.find("\n", m.start())
    body_start = len(text) if nl < 0 else nl + 1
    if end is not None:
        e = end.search(text, body_start)
        if e is not None:
            return text[body_start:e.start()]
    return text[body_start:]
class Between(NamedTuple):
    """The text between two markers (``between``), and the markers' matches."""

    text: str
    start: re.Match[str]
    end: re.Match[str] | None


def between(text: str, start: re.Pattern[str], end: re.Pattern[str]) -> Between | None:
    """The text after ``start``'s first match up to ``end``'s next match (or the end of the text);
    None when ``start`` is not found."""
    m = start.search(text)
    if m is None:
        return None
    e = end.search(text, m.end())
    return Between(text[m.end():e.start() if e else len(text)], m, e)


def listed_addresses(text: str | None, line: re.Pattern[str] = ADDRESS_LINE) -> Iterator[tuple[str, re.Match[str]]]:
    """The addresses a text lists one a line (``line`` matches such a line, its first group the
    address), normalised, each with its line's match."""
    for ln in (text or "").split("\n"):
        m = line.match(ln)
        if m:
            a = normalize_address(m.group(1))
            if a:
                yield a, m


def block_after(lines: list[str], start: int) -> list[str]:
    """The lines from ``start`` up to the next blank line (leading blank lines skipped)."""
    i = start
    while i < len(lines) and not lines[i].strip():
        i += 1
    out: list[str] = []
    while i < len(lines) and lines[i].strip():
        out.append(lines[i].strip())
        i += 1
    return out

def full_text(mail: Mail) -> str:
    """``mail.flat`` plus the text of multipart leaves whose boundary the MIME reader could not
    find (e.g. a ``boundary=`` parameter on an unindented line, as Verizon's James writes);
    the flat text leaves those out."""
    text = mail.flat
    root = mail.root
    extra = [decode_bytes(p.raw_body) for p in mail.leaves if p is not root and p.is_multipart]
    if not extra:
        return text
    return "\n".join([text, *extra]) if text else "\n".join(extra)


# --- SMTP replies, hosts and commands --------------------------------------------------------

def unfold_reply(lines: list[str]) -> str | None:
    """A multi-line SMTP reply as one text: ``550-A`` / ``550-B`` / ``550 C`` -> ``550 A B C``,
    so that phrases broken across the lines read whole."""
    first = _MULTILINE_REPLY.match(lines[0].strip()) if lines else None
    if first is None:
        return one_line_of(lines)
    out = [f"{first.group(1)} {lines[0].strip()[4:]}"]
    for line in lines[1:]:
        s = line.strip()
        m = _MULTILINE_REPLY.match(s)
        if m and m.group(1) == first.group(1):
            s = s[m.end():] if m.group(2) and m.group(2) == first.group(2) else s[4:]
        out.append(s)
    return one_line_of(out)


def first_reply(text: str | None) -> str | None:
    """The first SMTP reply code (``550``) in a text."""
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

def remote_host(text: str | None) -> str | None:
    """The host a text names as ``host[ip]``, else a bare ``[ip]``."""
    if not text:
        return None
    m = _HOST_WITH_IP.search(text)
    if m:
        return m.group(1).rstrip(".").lower()
    m = _BRACKET_IP.search(text)
    return m.group(1) if m else None

def address(text: str | None) -> str | None:
    """One address as written (``<a@b>``, ``a@b``), normalised; None when there is none."""
    return normalize_address(text.strip()) if text and "@" in text else None


def transcript_command(lines: list[str]) -> str | None:
    """The last command a Sendmail-style transcript sent (``>>> RCPT To:<a@b>``), if it shows one."""
    command = None
    for line in lines:
        s = line.strip()
        if s.startswith(">>>") or s.lower().startswith("sent <<<"):
            command = command_of(s.split(None, 1)[1] if " " in s else s) or command
    return command


# --- the returned original message -----------------------------------------------------------

def inline_original(text: str, start: int) -> str | None:
    """The returned message quoted in ``text`` from ``start`` on, from its first header line."""
    lines = text[start:].split("\n")
    for i, line in enumerate(lines[:20]):
        if _NAMED_HEADER_LINE.match(line):
            return "\n".join(lines[i:])
    return None


# Each returns the original's text for the reader to return (``formats.drafts``), never sets it:
# None where the message has the original attached as a part (that part is the original).

def original_from_header(mail: Mail, rest: str) -> str | None:
    """The quoted original message from its first header line on."""
    if mail.original_part is not None:
        return None
    m = _ANY_HEADER_LINE.search(rest)
    return rest[m.start():] if m is not None else None


def split_original(mail: Mail, text: str, *markers: re.Pattern[str]) -> tuple[str, str | None]:
    """The text before the marker line of the quoted original, and the original from its first
    header line on (``original_from_header``); ``text`` and None without a marker. Where a vendor
    marks it in more than one way, the first of ``markers`` that is found is the one."""
    for marker in markers:
        cut = marker.search(text)
        if cut is not None:
            return text[:cut.start()], original_from_header(mail, text[cut.end():])
    return text, None


def original_after(mail: Mail, text: str, marker: re.Pattern[str]) -> str | None:
    """The returned message quoted after a marker line, when header lines follow it."""
    if mail.original_part is not None:
        return None
    m = marker.search(text)
    if m is None:
        return None
    nl = text.find("\n", m.start())
    if nl < 0:
        return None
    rest = text[nl + 1:].lstrip("\n")
    return rest if _HEADERISH.match(rest) is not None else None


def original_in_part(mail: Mail, parts: Iterable[Part]) -> str | None:
    """A returned message whose headers an MTA put in a part of their own (the first of ``parts``):
    as a bare MIME part (its own header block) or as a text attachment; the first lines may be a
    cut-off fold."""
    if mail.original_part is not None:
        return None
    part = next(iter(parts), None)
    if part is None:
        return None
    if "message-id" in part.headers or "subject" in part.headers and "from" in part.headers:
        return "\n".join(f"{n}: {v}" for n, v in part.headers.raw_items())
    lines = part.text.split("\n")
    for i, line in enumerate(lines):
        if _HEADERISH.match(line) and not line[:1].isspace():
            return "\n".join(lines[i:])
    return None
