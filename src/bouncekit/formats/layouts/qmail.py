"""The layout of qmail and its clones (qmail, the unnamed X2 and X4): ``<address>:`` blocks
between an opening sentence and the copy of the message."""
from __future__ import annotations

import re

from ..._patterns import compile_pattern
from ...mail import MAX_BLOCK_LINES, MAX_RECIPIENTS, Draft, Mail
from ...text import Labels, normalize_address, words_of
from ..drafts import with_original
from ..readers import join_lines, original_after, section

# "<user@example.org>:" opens a recipient's block; some clones write the text on the same line
_QMAIL_RCPT = compile_pattern(r"^<([^<>\s]*@[^<>\s]+)>:[ \t]*(.*)$")
# the lines after which qmail and its clones quote the returned message
QMAIL_END = compile_pattern(
    r"^-{2,}[ \t]*(?:Below this line is a copy of the message|Enclosed is a copy of the message|"
    r"Original message follows|The original message|Original message)|^Content-Type:[ \t]*message/rfc822",
    re.M | re.I)
# the fixed first lines of the qmail clones that have a module of their own (X2, X4)
X2_INTRO = compile_pattern(r"^Unable to deliver message to the following address\(es\)\.", re.M)
X4_INTRO = compile_pattern(r"^Your mail message to the following address\(es\) could not be delivered\.", re.M)
# indimail prefixes the remote's words with "From: <sender> RCPT: <rcpt> "
_INDIMAIL_PREFIX = compile_pattern(r"^From:[ \t]*<[^>]*>[ \t]+RCPT:[ \t]*<[^>]*>[ \t]*")
_QMAIL_NOISE = compile_pattern(r"^(?:Giving up on \S+|\(Other MXes tried:.*)$")
# qmail-remote.c: where the conversation failed
_QMAIL_COMMANDS = Labels(
    (r"but greeting failed|wasn't able to establish an SMTP connection|"
     r"most progress was (?:connect|greeting)", "CONN"),
    (r"but my name was rejected|most progress was (?:HELO|EHLO)", "EHLO"),
    (r"but sender was rejected|most progress was MAIL", "MAIL"),
    (r"does not like recipient|most progress was RCPT", "RCPT"),
    (r"failed on DATA command|failed after I sent the message|most progress was DATA", "DATA"),
)
_NO_MAIL_EXCHANGER = compile_pattern(r"Sorry, I couldn't find a mail exchanger or IP address", re.I)
_QUEUE_TOO_LONG = compile_pattern(r"this message has been in the queue too long", re.I)
# a permanent reply or status in the text: then the failure was not a retry timeout
_PERMANENT_CODE = compile_pattern(r"(?<![\w.#-])5\d\d(?=[ -])|(?<![\d.])5\.\d{1,3}\.\d{1,3}")
_QMAIL_HOST = compile_pattern(
    r"Connected to (\S+?) but|^(\S+?) (?:does not like recipient|failed on DATA command|failed after I sent)|"
    r"remote host (\S+?) said:|Giving up on (\S+?)\.?$", re.M | re.I)


def qmail_blocks(text: str) -> list[tuple[str, list[str]]]:
    """``<addr>:`` blocks: each address with the lines that follow it up to a blank line."""
    blocks: list[tuple[str, list[str]]] = []
    current: list[str] | None = None
    for line in text.split("\n"):
        m = _QMAIL_RCPT.match(line.strip()) if "<" in line else None  # the pattern needs "<"
        if m:
            if len(blocks) >= MAX_RECIPIENTS:
                break
            current = [m.group(2)] if m.group(2).strip() else []
            blocks.append((m.group(1), current))
            continue
        if current is None:
            continue
        if not line.strip():
            if current:
                current = None
            continue
        if len(current) < MAX_BLOCK_LINES:
            current.append(line)
    return blocks


def qmail_draft(address: str, lines: list[str]) -> Draft | None:
    recipient = normalize_address(address)
    if recipient is None:
        return None
    kept: list[str] = []
    for raw in lines:
        ln = _INDIMAIL_PREFIX.sub("", raw.strip())
        if ln and not _QMAIL_NOISE.match(ln):
            kept.append(ln)
    whole = "\n".join(ln.strip() for ln in lines)
    command = _QMAIL_COMMANDS(whole)
    host = None
    hm = _QMAIL_HOST.search("\n".join(kept) + "\n" + whole)
    if hm:
        host = next((g for g in hm.groups() if g), None)
    diagnostic = join_lines(kept)
    code, words = gave_up_retrying(diagnostic) or _qmail_fixed_reason(diagnostic) or (None, None)
    return Draft(recipient=recipient, diagnostic=diagnostic, smtp_command=command,
                 remote_mta=host.strip("[]") if host else None, action="failed",
                 vendor_code=code, vendor_text=words)


def _qmail_fixed_reason(diagnostic: str | None) -> tuple[str, str] | None:
    # qmail-remote's own words when DNS gives the domain neither MX nor A: no usable MX
    m = _NO_MAIL_EXCHANGER.search(diagnostic) if diagnostic else None
    return ("host_unknown", words_of(m)) if m is not None else None


def gave_up_retrying(diagnostic: str | None) -> tuple[str, str] | None:
    """qmail's fixed "I'm not going to try again; this message has been in the queue too long."
    after temporary failures only: delivery expired (``("expired", the sentence)``), else None."""
    m = _QUEUE_TOO_LONG.search(diagnostic) if diagnostic else None
    if m is None or _PERMANENT_CODE.search(m.string) is not None:
        return None
    return "expired", words_of(m)


def qmail_drafts(mail: Mail, intro: re.Pattern[str] | None) -> list[Draft]:
    """The recipients of a qmail-layout bounce: the blocks between the intro and the copy."""
    text = mail.flat
    if intro is None:
        end = QMAIL_END.search(text)
        body: str | None = text[:end.start()] if end else text
    else:
        body = section(text, intro, QMAIL_END)
    if body is None:
        return []
    drafts = [d for d in (qmail_draft(a, ls) for a, ls in qmail_blocks(body)) if d is not None]
    return with_original(drafts, original_after(mail, text, QMAIL_END) if drafts else None)
