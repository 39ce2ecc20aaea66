"""Helpers shared by the security-gateway parsers (Active!hunter, amavis, Barracuda, InterScan
MSS, MailFoundry, MailMarshal, McAfee, m-FILTER, MXLogic, SurfControl, MessageLabs, Mimecast)
and by ``legacy``: the human-readable text of a bounce, SMTP command names, remote hosts named
in the text, and merging text findings into the drafts of a delivery-status part."""
from __future__ import annotations

import re

from ..dsn import drafts_from_groups, parse_field_groups
from ..mail import Draft, Mail
from ..text import command_named as command_of
from ..text import normalize_address, one_line

# "mx.example.org[192.0.2.1]" or "mx.example.org [192.0.2.1]"
_HOST_WITH_IP = re.compile(r"\b([A-Za-z0-9][\w-]*(?:\.[\w-]+)+)\s?\[(?:IPv6:)?[0-9A-Fa-f.:]+\]")
_BRACKET_IP = re.compile(r"\[((?:\d{1,3}\.){3}\d{1,3}|[0-9A-Fa-f:]+:[0-9A-Fa-f:]*)\]")
# a line that starts the returned message's header block
_HEADER_LINE = re.compile(r"^(?:Received|Return-Path|From|To|Subject|Date|Message-I[dD]|MIME-Version|"
                          r"X-[\w-]+|Content-Type|Reply-To|Delivered-To):[ \t]", re.I)




def body_text(mail: Mail) -> str:
    """The human-readable parts of the bounce itself, in order (not the returned message)."""
    return mail.text


def remote_host(text: str | None) -> str | None:
    """The host a text names as ``host[ip]``, else a bare ``[ip]``."""
    if not text:
        return None
    m = _HOST_WITH_IP.search(text)
    if m:
        return m.group(1).rstrip(".").lower()
    m = _BRACKET_IP.search(text)
    return m.group(1) if m else None


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


def ds_drafts(mail: Mail) -> list[Draft]:
    """Drafts from the message/delivery-status parts, recipients only."""
    drafts: list[Draft] = []
    for part in mail.delivery_status_parts:
        drafts.extend(drafts_from_groups(parse_field_groups(part.text)))
    return [d for d in drafts if d.recipient]


def merge(base: list[Draft], found: list[Draft], *, prefer_text: bool = False) -> list[Draft]:
    """Fill the delivery-status drafts with what the text said about the same recipient.

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


def address(text: str | None) -> str | None:
    """One address as written (``<a@b>``, ``a@b``), normalised; None when there is none."""
    return normalize_address(text.strip()) if text and "@" in text else None


def join(lines: list[str]) -> str | None:
    return one_line(" ".join(lines))


def inline_original(text: str, start: int) -> str | None:
    """The returned message quoted in ``text`` from ``start`` on, from its first header line."""
    lines = text[start:].split("\n")
    for i, line in enumerate(lines[:20]):
        if _HEADER_LINE.match(line):
            return "\n".join(lines[i:])
    return None


def transcript_command(lines: list[str]) -> str | None:
    """The last command a Sendmail-style transcript sent (``>>> RCPT To:<a@b>``), if it shows one."""
    command = None
    for line in lines:
        s = line.strip()
        if s.startswith(">>>") or s.lower().startswith("sent <<<"):
            command = command_of(s.split(None, 1)[1] if " " in s else s) or command
    return command


_MULTILINE_REPLY = re.compile(r"^([2-5]\d\d)[- ](?:([245]\.\d{1,3}\.\d{1,3})\s)?")


def unfold_reply(lines: list[str]) -> str | None:
    """A multi-line SMTP reply as one text: ``550-A`` / ``550-B`` / ``550 C`` -> ``550 A B C``,
    so that phrases broken across the lines read whole."""
    first = _MULTILINE_REPLY.match(lines[0].strip()) if lines else None
    if first is None:
        return join(lines)
    out = [f"{first.group(1)} {lines[0].strip()[4:]}"]
    for line in lines[1:]:
        s = line.strip()
        m = _MULTILINE_REPLY.match(s)
        if m and m.group(1) == first.group(1):
            s = s[m.end():] if m.group(2) and m.group(2) == first.group(2) else s[4:]
        out.append(s)
    return join(out)
