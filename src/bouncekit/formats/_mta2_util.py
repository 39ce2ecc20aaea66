"""Helpers shared by the MTA parsers of qmail and its clones, DragonFly, Apache James, IMail,
Messaging Server, Domino, Notes, PowerMTA, fml, Bigfoot, BIGLOBE, Verizon and the unnamed
X1-X6 layouts: SMTP command names, text sections, qmail-style address blocks, inline originals."""
from __future__ import annotations

import re

from ..dsn import drafts_from_groups, parse_field_groups
from ..mail import MAX_BLOCK_LINES, MAX_RECIPIENTS, Draft, Mail
from ..mime import Part, decode_bytes
from ..model import Reason
from ..text import command_named as command_of  # noqa: F401  (re-exported)
from ..text import find_addresses as addresses_in
from ..text import normalize_address

# a header line, to tell whether an original message follows a marker line
_HEADERISH = re.compile(r"^[ \t]*[A-Za-z][A-Za-z0-9-]*:[ \t]", re.M)




def join_lines(lines: list[str]) -> str | None:
    """Lines to one diagnostic line, blank ones dropped."""
    text = " ".join(ln.strip() for ln in lines if ln.strip())
    return text or None


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


def set_inline_original(mail: Mail, text: str, marker: re.Pattern[str]) -> None:
    """The returned message quoted after a marker line, when header lines follow it."""
    if mail.original_part is not None:
        return
    m = marker.search(text)
    if m is None:
        return
    nl = text.find("\n", m.start())
    if nl < 0:
        return
    rest = text[nl + 1:].lstrip("\n")
    first = _HEADERISH.match(rest)
    if first is not None:
        mail.original_text = rest


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


# a line that holds just one address (indented, maybe in angle brackets)
ADDRESS_LINE = re.compile(r"^[ \t]*<?([^\s<>@]+@[^\s<>@]+?)>?[ \t]*$")


def original_from_part(mail: Mail, part: Part) -> None:
    """A returned message whose headers an MTA put in a part of their own: as a bare MIME part
    (its own header block) or as a text attachment; the first lines may be a cut-off fold."""
    if mail.original_part is not None or mail.original_text is not None:
        return
    if "message-id" in part.headers or "subject" in part.headers and "from" in part.headers:
        mail.original_text = "\n".join(f"{n}: {v}" for n, v in part.headers.raw_items())
        return
    lines = part.text.split("\n")
    for i, line in enumerate(lines):
        if _HEADERISH.match(line) and not line[:1].isspace():
            mail.original_text = "\n".join(lines[i:])
            return


def dsn_drafts(mail: Mail) -> list[Draft]:
    """Drafts from the message/delivery-status parts, recipients only."""
    drafts: list[Draft] = []
    for part in mail.delivery_status_parts:
        drafts.extend(d for d in drafts_from_groups(parse_field_groups(part.text)) if d.recipient)
    return drafts


# ---- qmail and its clones -------------------------------------------------------------------

# "<user@example.org>:" opens a recipient's block; some clones write the text on the same line
_QMAIL_RCPT = re.compile(r"^<([^<>\s]*@[^<>\s]+)>:[ \t]*(.*)$")
# the lines after which qmail and its clones quote the returned message
QMAIL_END = re.compile(
    r"^-{2,}[ \t]*(?:Below this line is a copy of the message|Enclosed is a copy of the message|"
    r"Original message follows|The original message|Original message)|^Content-Type:[ \t]*message/rfc822",
    re.M | re.I)
# the fixed first lines of the qmail clones that have a module of their own (X2, X4)
X2_INTRO = re.compile(r"^Unable to deliver message to the following address\(es\)\.", re.M)
X4_INTRO = re.compile(r"^Your mail message to the following address\(es\) could not be delivered\.", re.M)
# indimail prefixes the remote's words with "From: <sender> RCPT: <rcpt> "
_INDIMAIL_PREFIX = re.compile(r"^From:[ \t]*<[^>]*>[ \t]+RCPT:[ \t]*<[^>]*>[ \t]*")
_QMAIL_NOISE = re.compile(r"^(?:Giving up on \S+|\(Other MXes tried:.*)$")
# qmail-remote.c: where the conversation failed
_QMAIL_COMMANDS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"but greeting failed|wasn't able to establish an SMTP connection|"
                r"most progress was (?:connect|greeting)", re.I), "CONN"),
    (re.compile(r"but my name was rejected|most progress was (?:HELO|EHLO)", re.I), "EHLO"),
    (re.compile(r"but sender was rejected|most progress was MAIL", re.I), "MAIL"),
    (re.compile(r"does not like recipient|most progress was RCPT", re.I), "RCPT"),
    (re.compile(r"failed on DATA command|failed after I sent the message|most progress was DATA", re.I), "DATA"),
)
_NO_MAIL_EXCHANGER = re.compile(r"Sorry, I couldn't find a mail exchanger or IP address", re.I)
_QUEUE_TOO_LONG = re.compile(r"this message has been in the queue too long", re.I)
# a permanent reply or status in the text: then the failure was not a retry timeout
_PERMANENT_CODE = re.compile(r"(?<![\w.#-])5\d\d(?=[ -])|(?<![\d.])5\.\d{1,3}\.\d{1,3}")
_QMAIL_HOST = re.compile(
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
    command = None
    for pattern, name in _QMAIL_COMMANDS:
        if pattern.search(whole):
            command = name
            break
    host = None
    hm = _QMAIL_HOST.search("\n".join(kept) + "\n" + whole)
    if hm:
        host = next((g for g in hm.groups() if g), None)
    diagnostic = join_lines(kept)
    return Draft(recipient=recipient, diagnostic=diagnostic, smtp_command=command,
                 remote_mta=host.strip("[]") if host else None, action="failed",
                 reason=Reason.EXPIRED if gave_up_retrying(diagnostic) else _qmail_fixed_reason(diagnostic))


def _qmail_fixed_reason(diagnostic: str | None) -> Reason | None:
    # qmail-remote's own words when DNS gives the domain neither MX nor A: no usable MX
    if diagnostic and _NO_MAIL_EXCHANGER.search(diagnostic):
        return Reason.HOST_UNKNOWN
    return None


def gave_up_retrying(diagnostic: str | None) -> bool:
    """qmail's fixed "I'm not going to try again; this message has been in the queue too long."
    after temporary failures only: delivery expired."""
    if not diagnostic or _QUEUE_TOO_LONG.search(diagnostic) is None:
        return False
    return _PERMANENT_CODE.search(diagnostic) is None


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
    if drafts:
        set_inline_original(mail, text, QMAIL_END)
    return drafts



# ---- Apache James notices (NotifySender / Bounce mailets) ------------------------------------

JAMES_ERROR_BELOW = re.compile(r"^Error message below:[ \t]*$", re.M)
JAMES_DETAILS = re.compile(r"^Message details:[ \t]*$", re.M)
_JAMES_HEADLINE = re.compile(r"^Error:[ \t]*(.+?)[ \t]*$", re.M)
_JAMES_RCPT = re.compile(r"^[ \t]+RCPT TO:[ \t]*(.*)$", re.M)
_JAMES_CONTINUED = re.compile(r"^[ \t]{3,}([^\s:]+@[^\s:]+)[ \t]*$")


def james_notice_drafts(mail: Mail) -> list[Draft]:
    """James' notice: "Error message below:" with the error, then "Message details:" with
    "  RCPT TO: address" (more recipients on indented lines below it)."""
    text = full_text(mail)
    below = JAMES_ERROR_BELOW.search(text)
    details = JAMES_DETAILS.search(text)
    if below is None or details is None or details.start() < below.start():
        return []
    error = join_lines(text[below.end():details.start()].split("\n"))
    headline = _JAMES_HEADLINE.search(text, 0, below.start())
    if headline and error:
        error = f"{error} ({headline.group(1)})"
    elif headline:
        error = headline.group(1)
    recipients: list[str] = []
    rcpt = _JAMES_RCPT.search(text, details.end())
    if rcpt is not None:
        recipients.extend(addresses_in(rcpt.group(1)))
        for line in text[rcpt.end() + 1:].split("\n"):
            m = _JAMES_CONTINUED.match(line)
            if m is None:
                break
            a = normalize_address(m.group(1))
            if a and a not in recipients:
                recipients.append(a)
    return [Draft(recipient=a, diagnostic=error, action="failed") for a in recipients]
