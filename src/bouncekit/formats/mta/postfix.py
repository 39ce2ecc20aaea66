"""Postfix: bounce(8) notices ("Undelivered Mail Returned to Sender", "Delayed Mail (still being
retried)", "Mail Delivery Status Report", "Successful Mail Delivery Report"), from "MAILER-DAEMON
(Mail Delivery System)". The notification text ("This is the mail system at host X." or, before
Postfix 2.3, "This is the Postfix program at host X.") ends with one paragraph per recipient:

    <user@example.net> (expanded from <alias@example.org>): host mx.example.net[192.0.2.1]
        said: 550 5.1.1 <user@example.net>: Recipient address rejected: User unknown (in
        reply to RCPT TO command)

That paragraph carries the remote server's whole reply, its host and the SMTP stage, which the
message/delivery-status part (Diagnostic-Code, Remote-MTA) often shortens or lacks; old versions
send no delivery-status part at all. Also read: smtpd's "Postfix SMTP server: errors from HOST"
notice to the postmaster, a session transcript ("Out: 451 4.3.0 Error: queue file write error"), and
"--- Delivery report unavailable ---" notices, whose recipient only the returned message names."""
from __future__ import annotations

import re
from typing import NamedTuple

from ..._patterns import compile_pattern
from ...dsn import drafts_from_groups, parse_field_groups
from ...mail import Draft, Mail
from ...text import extract_address, find_addresses, find_reply_code
from ..spec import All, AnyOf, Body, DeliveryStatus, Format, FromHeader, Search, Sender, Subject

NAME = "postfix"

# --- cheap match ------------------------------------------------------------------------------
_SUBJECT = compile_pattern(
    r"^\s*(?:Undelivered Mail Returned to Sender|Delayed Mail \(still being retried\)|"
    r"Mail Delivery Status Report|Successful Mail Delivery Report|Postfix SMTP server: errors from\b)", re.I)
_DAEMON_NAME = compile_pattern(r"\bMail Delivery System\b", re.I)
_BODY_MARKER = compile_pattern(
    r"^This is the (?:mail system|Postfix program) at host\b|^[ \t]*The (?:mail system|Postfix program)[ \t]*$",
    re.M)
_QUEUE_ID_FIELD = compile_pattern(r"^X-Postfix-(?:Queue-ID|Sender)[ \t]*:", re.M | re.I)

# --- layout ------------------------------------------------------------------------------------
# where the notification text ends: the delivery-status or returned-message part, a DSN written
# as text, or an old-style inline copy of the message
_REPORT_END = compile_pattern(
    r"^(?:Content-Type:[ \t]*(?:message/|text/rfc822-headers)|Reporting-MTA[ \t]*:|Final-Recipient[ \t]*:|"
    r"[ \t]*-{2,} ?(?:Undelivered|Delayed|Enclosed|Returned) message (?:follows|headers follow))", re.M | re.I)
_FIND_REPORT_END = Search(_REPORT_END)
_DS_IN_TEXT = compile_pattern(r"^Final-Recipient[ \t]*:", re.M | re.I)
_PER_MESSAGE = compile_pattern(r"^Reporting-MTA[ \t]*:", re.M | re.I)
_DS_CUT = compile_pattern(r"^Content-Type:[ \t]*(?:message/rfc822|text/rfc822-headers|message/global\b)", re.M | re.I)
# the first line of a recipient paragraph (one leading space seen in the wild)
_BLOCK_START = compile_pattern(r"^[ \t]?<(?:\"[^\"\n]+\"|[^<>\s]+)@[^<>\s]+>")
_BLOCK = compile_pattern(
    r"^<(?P<rcpt>\"[^\"]+\"@[^<>\s]+|[^<>\s]+@[^<>\s]+)>"
    r"(?:\s*\(expanded from\s*<(?P<orig>[^<>]*)>\))?\s*:\s*(?P<text>.*)$", re.S)
_WARNING_ONLY = compile_pattern(r"THIS IS A WARNING ONLY|Your message could not be delivered for more than", re.I)
_FIND_WARNING_ONLY = Search(_WARNING_ONLY)
_DELAY_SUBJECT = compile_pattern(r"^\s*Delayed Mail\b", re.I)
_DELIVERED_TEXT = compile_pattern(r"^(?:delivery via \S+?:\s*2\d\d\b|delivered (?:to|via)\b|delivery via local\b)", re.I)
_UNAVAILABLE = compile_pattern(r"-{2,} ?Delivery report unavailable ?-{2,}", re.I)

# --- per-paragraph details ------------------------------------------------------------------------
# "host mx.example.net[192.0.2.1] said:", "... refused to talk to me:", "connect to mx[ip]:25:",
# "lost connection with mx[ip] while ...", "conversation with mx[ip] timed out while ..."
_REMOTE_HOST = compile_pattern(
    r"\b(?:host|connect to|lost connection with|conversation with|delivery via)\s+"
    r"([A-Za-z0-9][\w.-]*)\[[^\]\s]*\]", re.I)
# where the remote reply starts; a greeting may precede the refusal ("220-banner 421 4.2.1 ...")
_REPLY_AFTER = compile_pattern(r"(?:\]\s+said|refused to talk to me|\]:\d+):\s*(?=[2-5]\d\d(?:[\s-]|$))", re.I)
_IN_REPLY_TO = compile_pattern(
    r"\(in reply to (?P<cmd>RCPT TO|MAIL FROM|end of DATA|DATA|BDAT|EHLO|HELO|LHLO|STARTTLS|XFORWARD|XCLIENT)\s+"
    r"command\)", re.I)
# smtp(8)'s states: "... while receiving the initial server greeting", "while sending RCPT TO", ...
_WHILE = compile_pattern(
    r"\bwhile (?:receiving the initial server (?P<conn>greeting)|performing the (?P<hello>EHLO|HELO|LHLO) handshake|"
    r"sending (?P<sending>MAIL FROM|RCPT TO|DATA command|message body|end of data))", re.I)
_REFUSED_GREETING = compile_pattern(r"\brefused to talk to me\b|^(?:delivery temporarily suspended:\s*)?connect to\s", re.I)
_COMMAND_WORD = {"rcpt to": "RCPT", "mail from": "MAIL", "end of data": "DATA", "data": "DATA", "bdat": "DATA",
                 "data command": "DATA", "message body": "DATA", "ehlo": "EHLO", "helo": "HELO", "lhlo": "EHLO",
                 "starttls": "EHLO", "xforward": "EHLO", "xclient": "EHLO"}

# --- smtpd's "errors from" transcript ----------------------------------------------------------------
_TRANSCRIPT = compile_pattern(r"^Transcript of session follows\.?[ \t]*$", re.M | re.I)
_TRANSCRIPT_LINE = compile_pattern(r"^[ \t]*(In|Out):[ \t]*(.*)$")
_ERROR_REPLY = compile_pattern(r"^([45]\d\d)[ -]")
_RCPT_TO = compile_pattern(r"^RCPT\s+TO:\s*<([^>]*)>", re.I)


class Block(NamedTuple):
    """One recipient paragraph of the notification text."""

    recipient: str
    expanded_from: str | None
    text: str


def parse(mail: Mail) -> list[Draft]:
    flat = mail.flat
    end = _FIND_REPORT_END.search(flat, mail.flat_lower)
    report = flat[: end.start()] if end else flat
    blocks = _blocks(report)
    action = _default_action(mail, report)
    drafts = _ds_drafts(mail, flat)
    if drafts:
        _merge(drafts, blocks)
    else:
        drafts = [_draft_from_block(b) for b in blocks]
    for d in drafts:
        if not d.action:
            d.action = "delivered" if d.diagnostic and _DELIVERED_TEXT.match(d.diagnostic) else action
    drafts = [d for d in drafts if d.recipient or d.status or d.diagnostic]
    if not drafts and _UNAVAILABLE.search(report):
        drafts = _unavailable_drafts(mail, action)
    if not drafts:
        # smtpd's notice to the postmaster: no recipient paragraphs, a session transcript instead
        transcript = _TRANSCRIPT.search(flat)
        if transcript:
            drafts = _transcript_drafts(flat[transcript.end():])
    return drafts


def _default_action(mail: Mail, report: str) -> str:
    if _DELAY_SUBJECT.match(mail.subject):
        return "delayed"
    if _FIND_WARNING_ONLY.search(report):
        return "delayed"
    return "failed"


# --- the delivery-status part -----------------------------------------------------------------------

def _ds_drafts(mail: Mail, flat: str) -> list[Draft]:
    drafts: list[Draft] = []
    for part in mail.delivery_status_parts:
        drafts.extend(drafts_from_groups(parse_field_groups(part.text)))
    if drafts or mail.delivery_status_parts:
        return [d for d in drafts if d.recipient or d.status or d.diagnostic]
    # the DSN fields written into the text (a broken MIME structure)
    m = _DS_IN_TEXT.search(flat)
    if m is None:
        return []
    text = flat
    cut = _DS_CUT.search(text, m.start())
    if cut:
        text = text[: cut.start()]
    head = _PER_MESSAGE.search(text, max(0, m.start() - 2000), m.start())
    start = head.start() if head else m.start()
    return [d for d in drafts_from_groups(parse_field_groups(text[start:])) if d.recipient]


def _merge(drafts: list[Draft], blocks: list[Block]) -> None:
    """Pair each DSN recipient with its paragraph of the text and take the fuller words from it."""
    by_address: dict[str, Block] = {}
    for b in blocks:
        by_address.setdefault(b.recipient.lower(), b)
        if b.expanded_from:
            by_address.setdefault(b.expanded_from.lower(), b)
    paired_by_position = len(blocks) == len(drafts)
    for i, d in enumerate(drafts):
        block = None
        for address in (d.recipient, d.original_recipient):
            if address and address.lower() in by_address:
                block = by_address[address.lower()]
                break
        if block is None and paired_by_position:
            block = blocks[i]
        if block is not None:
            _enrich(d, block)


def _enrich(d: Draft, block: Block) -> None:
    text = block.text
    if text and _should_use_text(d, text):
        d.diagnostic = text
    if not d.remote_mta:
        d.remote_mta = _remote_host(text)
    if not d.smtp_command:
        d.smtp_command = _command(text)
    if not d.reply_code:
        d.reply_code = _reply_code(text)


def _should_use_text(d: Draft, text: str) -> bool:
    """The paragraph's words when they hold the Diagnostic-Code's, except for local commands
    (x-unix), where the command's own output says more than Postfix's summary of its exit code."""
    if not d.diagnostic:
        return True
    if (d.diagnostic_type or "").lower() == "x-unix":
        return False
    return _squash(d.diagnostic) in _squash(text)


def _squash(text: str) -> str:
    return " ".join(text.split()).lower()


# --- the notification text --------------------------------------------------------------------------

def _blocks(report: str) -> list[Block]:
    """The recipient paragraphs: a line starting ``<address>`` and the lines under it up to a blank line."""
    paragraphs: list[list[str]] = []
    current: list[str] | None = None
    for line in report.split("\n"):
        if not line.strip():
            current = None
        elif "<" in line[:2] and _BLOCK_START.match(line):  # "<" first, or after one blank
            current = [line.strip()]
            paragraphs.append(current)
        elif current is not None:
            current.append(line.strip())
    blocks: list[Block] = []
    for lines in paragraphs:
        m = _BLOCK.match(" ".join(lines))
        if m is None:
            continue
        blocks.append(Block(m.group("rcpt"), extract_address(m.group("orig")), m.group("text").strip()))
    return blocks


def _draft_from_block(block: Block) -> Draft:
    text = block.text or None
    return Draft(
        recipient=block.recipient,
        original_recipient=block.expanded_from,
        diagnostic=text,
        remote_mta=_remote_host(block.text),
        smtp_command=_command(block.text),
        reply_code=_reply_code(block.text),
    )


def _remote_host(text: str) -> str | None:
    m = _REMOTE_HOST.search(text)
    return m.group(1) if m else None


def _reply_code(text: str) -> str | None:
    m = _REPLY_AFTER.search(text)
    return find_reply_code(text[m.end():]) if m else None


def _command(text: str) -> str | None:
    m = _IN_REPLY_TO.search(text)
    if m:
        return _COMMAND_WORD.get(m.group("cmd").lower())
    m = _WHILE.search(text)
    if m:
        if m.group("conn"):
            return "CONN"
        word = (m.group("hello") or m.group("sending") or "").lower()
        return _COMMAND_WORD.get(word)
    if _REFUSED_GREETING.search(text):
        return "CONN"
    return None


# --- "Delivery report unavailable" --------------------------------------------------------------------

def _unavailable_drafts(mail: Mail, action: str) -> list[Draft]:
    """The bounce log was lost; the returned message's To names the recipient(s)."""
    headers = mail.original_headers()
    if headers is None:
        return []
    addresses: list[str] = []
    for value in headers.get_all("to"):
        for a in find_addresses(value):
            if a not in addresses:
                addresses.append(a)
    return [Draft(recipient=a, action=action) for a in addresses[:20]]


# --- smtpd's session transcript ---------------------------------------------------------------------

def _transcript_drafts(text: str) -> list[Draft]:
    """The client's failed session: the first 4xx/5xx reply, the command it answered, and the
    recipients that command concerns."""
    turns = _transcript_turns(text)
    accepted: list[str] = []
    last_rcpt: str | None = None
    last_command: str | None = None
    for direction, line in turns:
        if direction == "In":
            last_command = line
            rcpt = _RCPT_TO.match(line)
            last_rcpt = rcpt.group(1) if rcpt else None
            continue
        error = _ERROR_REPLY.match(line)
        if error is None:
            if last_rcpt and line.startswith("2"):
                accepted.append(last_rcpt)
                last_rcpt = None
            continue
        command = _transcript_command(last_command)
        if command == "RCPT" and last_rcpt:
            recipients = [last_rcpt]
        elif command == "DATA":
            recipients = accepted
        else:
            return []
        # no action: the client, not this report, decides whether to retry
        return [Draft(recipient=r, diagnostic=line, reply_code=error.group(1), smtp_command=command)
                for r in recipients if "@" in r]
    return []


def _transcript_turns(text: str) -> list[tuple[str, str]]:
    turns: list[tuple[str, str]] = []
    for line in text.split("\n"):
        m = _TRANSCRIPT_LINE.match(line)
        if m:
            turns.append((m.group(1), m.group(2).strip()))
        elif line.startswith("     ") and turns:
            # a long command wrapped onto an indented line
            direction, previous = turns[-1]
            turns[-1] = (direction, f"{previous} {line.strip()}")
        elif turns and not line.strip():
            continue
        elif turns:
            break
    return turns


def _transcript_command(line: str | None) -> str | None:
    if not line:
        return "CONN"
    verb = line.split(None, 1)[0].upper()
    return {"RCPT": "RCPT", "MAIL": "MAIL", "DATA": "DATA", "BDAT": "DATA", "EHLO": "EHLO",
            "HELO": "HELO"}.get(verb)


# the bounce's sender: Postfix's own local parts, or its display name
_DAEMON = AnyOf(Sender(compile_pattern(r"\A(?:mailer-daemon|double-bounce)(?:@|\Z)")), FromHeader(_DAEMON_NAME))
FORMAT = Format(
    NAME,
    AnyOf(All(_DAEMON, Subject(_SUBJECT)), DeliveryStatus(_QUEUE_ID_FIELD, limit=2000),
          All(_DAEMON, Body(_BODY_MARKER, limit=8000))),
    parse,
)
