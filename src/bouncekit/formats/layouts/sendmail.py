"""The report of Sendmail V8 (and the MTAs that copy it), read for the ``sendmail`` format and in
part for ``v5sendmail``: From "Mail Delivery Subsystem
<MAILER-DAEMON@host>", Subject "Returned mail: ..." or "Warning: could not send message for past N
hours", a text part with "----- The following addresses had permanent fatal errors -----" (or
"transient non-fatal errors") listing ``<address>`` lines with "(reason: ...)" and "(expanded from:
...)", then "----- Transcript of session follows -----" with the SMTP dialogue::

    ... while talking to mx.example.net.:
    >>> RCPT To:<x@example.net>
    <<< 550 5.1.1 <x@example.net>... User unknown
    550 5.1.1 <x@example.net>... User unknown

followed by a message/delivery-status part and the returned message (message/rfc822 or
text/rfc822-headers). The DS part's Diagnostic-Code holds only the first line of a multi-line reply
and nothing at all for some failures, so the transcript supplies the server's whole reply, the SMTP
command it answered and the host that gave it."""
from __future__ import annotations

import re
from collections.abc import Iterator

import attrs

from ..._patterns import compile_pattern
from ...dsn import parse_field_groups, split_diagnostic, status_comment
from ...mail import Draft, Mail
from ...mime import Headers, decode_words
from ...text import (
    extract_address,
    iso_date,
    line_matches,
    normalize_address,
    normalize_status,
    strip_type,
    words_of,
)
from ..drafts import with_original
from ..spec import Search

# "permanent fatal errors", "transient non-fatal errors" and, before 8.8, "delivery problems"
LIST_MARK = "The following addresses had "
TRANSCRIPT_MARK = "----- Transcript of session follows -----"
LIST = compile_pattern(r"^[ \t]*-+[ \t]*The following addresses had (permanent fatal errors|transient non-fatal errors|"
                   r"delivery problems)[ \t]*-+[ \t]*$", re.M)
_TRANSCRIPT = compile_pattern(r"^[ \t]*-+[ \t]*Transcript of session follows[ \t]*-+[ \t]*$", re.M)
_TRANSCRIPT_WORDS = "Transcript of session follows"  # on every line _TRANSCRIPT matches
# where the human-readable report stops: the DS part or the returned message
_REPORT_END = compile_pattern(r"^(?:Content-Type:[ \t]*(?:message|text/rfc822)|[ \t]*-+[ \t]*(?:Original|Unsent) message "
                         r"(?:follows|text follows)|(?:Reporting-MTA|Final-Recipient|Original-Envelope-Id)[ \t]*:)",
                         re.M | re.I)
# the first character of any line _REPORT_END matches (no other character matches c, r, f or o
# under IGNORECASE), of any line LIST or _TRANSCRIPT matches (blank or dash), and of any stripped
# line _TALKING matches
_REPORT_END_FIRST = frozenset("CcRrFfOo \t-")
_TALKING_FIRST = frozenset(".wW")
_INLINE_ORIGINAL = compile_pattern(r"^[ \t]*-+[ \t]*(?:Original|Unsent) message (?:follows|text follows)[ \t]*-*[ \t]*$",
                              re.M | re.I)
_ORIGINAL_TYPE_LINE = compile_pattern(r"^Content-Type:[ \t]*(?:message/rfc822|text/rfc822-headers)[ \t]*\n", re.M | re.I)
_RECIPIENT_FIELD = compile_pattern(r"^Final-Recipient[ \t]*:", re.M | re.I)
_REPORTING_FIELD = compile_pattern(r"^Reporting-MTA[ \t]*:", re.M | re.I)
_HEADER_LINE = compile_pattern(r"^[A-Za-z][A-Za-z0-9-]*:[ \t]")
_LIST_REASON = compile_pattern(r"^\s*\(reason:\s*(.*?)\)?\s*$", re.I)
_LIST_EXPANDED = compile_pattern(r"^\s*\(expanded from:\s*(.*?)\)?\s*$", re.I)
# "... while talking to mx.example.net.:" (V8) / "While talking to mx.example.net:" (V5)
_TALKING = compile_pattern(r"^(?:\.\.\.\s*)?while talking to\s+(.+?)\.?:?\s*$", re.I)
# Sendmail's own line about one address: "550 5.1.1 <x@example.net>... User unknown",
# "<x@example.net>... Deferred: 450 ...", "ana.ruiz... Deferred: Connection refused"
_ADDR_LINE = compile_pattern(r"^(?:([245]\d\d)[ \t]+(?:[245]\.\d{1,3}\.\d{1,3}[ \t]+)?)?(\S.*?)\.\.\.[ \t]*(.*)$")
# a host-level line: "421 example.org (smtp)... Deferred: Connection timed out ..." (V5 and old V8)
_HOST_LINE = compile_pattern(r"^([245]\d\d)[ \t]+([\w.-]+|\[[\d.:a-fA-F]+\])[ \t]+\(\w+\)\.\.\.[ \t]*(.*)$")
_CODE_START = compile_pattern(r"^([245]\d\d)(?:[ \t]|$)")
_CONTINUED = compile_pattern(r"^[245]\d\d-")
_REPLY_PART = compile_pattern(r"^([2-5]\d\d)[- ](?:([245]\.\d{1,3}\.\d{1,3})[ \t]+)?")
# the queue gave up: "Message could not be delivered for 5 days", "Cannot send message for 4 days"
QUEUE_TIMEOUT = compile_pattern(r"(?:could not be delivered|Cannot send message) for \d+ (?:days?|hours?)", re.I)


_FIND_QUEUE_TIMEOUT = Search(QUEUE_TIMEOUT)


def queue_timed_out(text: str, lowered: str | None = None) -> bool:
    """``QUEUE_TIMEOUT.search(text)``."""
    return _FIND_QUEUE_TIMEOUT.search(text, lowered) is not None


def queue_timeout_words(text: str, lowered: str | None, subject: str) -> str | None:
    """The sentence of the text (else of the subject) in which Sendmail says it gave up on the
    queued message ("could not be delivered for 5 days"), or None."""
    m = _FIND_QUEUE_TIMEOUT.search(text, lowered) or QUEUE_TIMEOUT.search(subject)
    return words_of(m) if m is not None else None
# Sendmail's own lines that say nothing about the cause
_BOILERPLATE = compile_pattern(r"^(?:Warning: message still undelivered|Will keep trying|Message could not be delivered|"
                          r"Message will be deleted|Cannot send message for|-+\s*$)", re.I)
_LETTERS = compile_pattern(r"[A-Za-z]{3}")
_COMMANDS = (("RCPT", "RCPT"), ("MAIL", "MAIL"), ("DATA", "DATA"), ("EHLO", "EHLO"), ("HELO", "HELO"),
             ("QUIT", "QUIT"), ("RSET", "RSET"), ("STARTTLS", "EHLO"), ("AUTH", "EHLO"))


@attrs.define(slots=True)
class Reply:
    """One server reply in the transcript, with the command it answered."""

    host: str | None
    command: str | None
    rcpt: str | None  # the address of a RCPT command
    lines: list[str] = attrs.Factory(list)
    # Sendmail's "<addr>... text" lines that follow. With PIPELINING Sendmail logs only ">>> DATA"
    # and the RCPT refusals come after it; the command reported stays the one logged.
    addresses: list[str] = attrs.Factory(list)

    @property
    def text(self) -> str:
        return unfold(self.lines)

    @property
    def is_error(self) -> bool:
        return bool(self.lines) and self.lines[0][:1] in ("4", "5")


@attrs.define(slots=True)
class LocalLine:
    """A line Sendmail wrote itself (not ``<<<``): about an address, a host, or program output."""

    text: str
    address: str | None
    code: str | None
    reply: Reply | None  # the server reply it follows in the same session


@attrs.define(slots=True)
class Transcript:
    replies: list[Reply] = attrs.Factory(list)
    local: list[LocalLine] = attrs.Factory(list)


def sendmail_drafts(mail: Mail) -> list[Draft]:
    """The drafts of a Sendmail report: the delivery-status part or the list, with the transcript."""
    return _parse(mail)


# ---- shared with the v5sendmail format ------------------------------------------------------------------


def unfold(lines: list[str]) -> str:
    """A multi-line reply ``550-5.2.1 A`` / ``550 5.2.1 B`` as ``550 5.2.1 A B``, so its words read whole."""
    if not lines:
        return ""
    first = _REPLY_PART.match(lines[0])
    if first is None:
        return " ".join(ln.strip() for ln in lines)
    out = [f"{first.group(1)} {lines[0][4:].strip()}"]
    for line in lines[1:]:
        m = _REPLY_PART.match(line)
        if m and m.group(1) == first.group(1):
            line = line[m.end():] if m.group(2) and m.group(2) == first.group(2) else line[4:]
        out.append(line.strip())
    return " ".join(s for s in out if s)


def command_name(text: str) -> str | None:
    word = text.strip().split(None, 1)[0].upper() if text.strip() else ""
    for prefix, name in _COMMANDS:
        if word.startswith(prefix):
            return name
    return None


def block_after(text: str, mark: re.Pattern[str], mark_words: str | None = None) -> list[str]:
    """The lines after the marker line, up to the first blank line or the end of the report.

    ``mark_words``, a literal every line ``mark`` matches holds (``mark`` anchored at line starts,
    re.M, matching within one line), lets the marker be looked for only on the lines holding it."""
    m = mark.search(text) if mark_words is None else next(line_matches(mark, text, mark_words), None)
    if m is None:
        return []
    start = m.end()
    while text.startswith("\n", start):
        start += 1
    out: list[str] = []
    for line in _lines_to_blank(text, start):
        if not line.strip():
            break
        # each pattern tried only on lines that could hold its match (see _REPORT_END_FIRST)
        if line[0] in _REPORT_END_FIRST and (
                _REPORT_END.match(line)
                or (LIST_MARK in line and LIST.match(line))
                or (_TRANSCRIPT_WORDS in line and _TRANSCRIPT.match(line))):
            break
        out.append(line.rstrip())
    return out


def _lines_to_blank(text: str, start: int) -> list[str]:
    """``text[start:].split("\n")``, cut after its first empty line: the same lines for a loop that
    stops at a blank line, without splitting the rest of a long message."""
    end = text.find("\n\n", start)
    return text[start:].split("\n") if end < 0 else text[start:end + 1].split("\n")


def read_transcript(lines: list[str]) -> Transcript:
    """The replies and Sendmail's own lines of a "Transcript of session follows" block."""
    t = Transcript()
    host: str | None = None
    command: str | None = None
    rcpt: str | None = None
    open_reply: Reply | None = None  # a reply that may still continue ("550-...")
    session_reply: Reply | None = None  # the latest reply of the current session
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        talk = _TALKING.match(line) if line[0] in _TALKING_FIRST else None
        if talk:
            host = talk.group(1).strip().rstrip(".:") or None
            command, rcpt, open_reply, session_reply = "CONN", None, None, None
            continue
        if line.startswith(">>>"):
            sent = line[3:].strip()
            command = command_name(sent) or command
            rcpt = extract_address(sent) if command == "RCPT" else None
            open_reply = None
            continue
        if line.startswith("<<<"):
            said = line[3:].strip()
            if open_reply is not None and _CONTINUED.match(open_reply.lines[-1]):
                open_reply.lines.append(said)
                continue
            open_reply = Reply(host=host, command=command, rcpt=rcpt, lines=[said])
            session_reply = open_reply
            t.replies.append(open_reply)
            continue
        open_reply = None
        t.local.append(_local_line(line, session_reply))
    return t


def _local_line(line: str, session_reply: Reply | None) -> LocalLine:
    dots = "..." in line  # both _HOST_LINE and _ADDR_LINE need it
    host = _HOST_LINE.match(line) if dots else None
    if host:
        return LocalLine(text=line, address=None, code=host.group(1), reply=None)
    m = _ADDR_LINE.match(line) if dots else None
    if m:
        who = m.group(2).strip().strip('"').strip("<>").strip()
        if who and (" " not in who or "@" in who):
            addr = normalize_address(who) or who
            if session_reply is not None and addr not in session_reply.addresses:
                session_reply.addresses.append(addr)
            return LocalLine(text=line, address=addr, code=m.group(1), reply=session_reply)
    code = _CODE_START.match(line)
    return LocalLine(text=line, address=None, code=code.group(1) if code else None, reply=None)


def same_address(a: str | None, names: set[str]) -> bool:
    """``a`` names one of ``names`` (compared lower-case; a bare local part matches its address)."""
    if not a:
        return False
    low = a.lower()
    if low in names:
        return True
    if "@" not in low:
        return any(n.split("@", 1)[0] == low for n in names)
    return False


def meaningful(diagnostic: str | None) -> bool:
    """A Diagnostic-Code with words in it (not "X-Unix; 255" or an empty "SMTP;")."""
    return bool(diagnostic) and _LETTERS.search(diagnostic or "") is not None


def quoted_original(mail: Mail, text: str) -> str | None:
    """The returned message quoted after "----- Original/Unsent message follows -----", after a
    ``Content-Type: message/rfc822`` line left in the text by a lost MIME header, or after the DS
    fields of a report whose MIME boundaries are missing."""
    if mail.original_part is not None:
        return None
    m = _INLINE_ORIGINAL.search(text) or _ORIGINAL_TYPE_LINE.search(text)
    if m is not None:
        rest = text[m.end():].lstrip("\n")
    else:
        fields = list(_RECIPIENT_FIELD.finditer(text))
        if not fields:
            return None
        gap = text.find("\n\n", fields[-1].end())
        rest = text[gap:].lstrip("\n") if gap >= 0 else ""
    return rest if _HEADER_LINE.match(rest) else None


# ---- Sendmail V8 -----------------------------------------------------------------------------


@attrs.define(slots=True)
class Listed:
    """One address of the "following addresses had ... errors" list."""

    address: str
    reason: str | None = None
    expanded_from: str | None = None
    transient: bool = False


def _parse(mail: Mail) -> list[Draft]:
    text = mail.flat
    listed = _listed(text)
    transcript = read_transcript(block_after(text, _TRANSCRIPT, _TRANSCRIPT_WORDS))
    drafts, aliases = _ds_drafts(mail)
    if not drafts:
        drafts, aliases = _list_drafts(mail, listed)
    elif listed and len(listed) == len(drafts):
        # a broken Final-Recipient ("RFC822; @mx.example.org") is named right in the list
        for d, item, names in zip(drafts, listed, aliases):
            item_addr = normalize_address(item.address) if "@" in item.address else None
            if item_addr and (not d.recipient or "@" not in d.recipient or d.recipient.startswith("@")):
                d.recipient = item_addr
            names.update(_names(item.address, item.expanded_from))
    if not drafts:
        return []
    expired = queue_timeout_words(text, mail.flat_lower, mail.subject)
    single = len(drafts) == 1
    for d, names in zip(drafts, aliases):
        names.update(_names(d.recipient, d.original_recipient))
        found = next((i for i in listed if same_address(normalize_address(i.address) or i.address, names)), None)
        _enrich(d, names, transcript, found.reason if found else None, single, expired)
    return with_original([d for d in drafts if d.recipient], quoted_original(mail, text))


def _listed(text: str) -> list[Listed]:
    out: list[Listed] = []
    for m in _list_headings(text):
        transient = m.group(1).lower().startswith("transient")
        start = text.find("\n", m.end())
        for line in _lines_to_blank(text, start + 1) if start >= 0 else []:
            if not line.strip() or (LIST_MARK in line and LIST.match(line)) or (
                    _TRANSCRIPT_WORDS in line and _TRANSCRIPT.match(line)):
                break
            if line[:1] in " \t" and out:
                paren = "(" in line  # both _LIST_REASON and _LIST_EXPANDED need it
                r = _LIST_REASON.match(line) if paren else None
                if r:
                    out[-1].reason = r.group(1).strip() or None
                    continue
                e = _LIST_EXPANDED.match(line) if paren else None
                if e:
                    out[-1].expanded_from = e.group(1).strip() or None
                continue
            out.append(Listed(address=_listed_address(line), transient=transient))
    return out


def _list_headings(text: str) -> Iterator[re.Match[str]]:
    """``LIST.finditer(text)``, tried only on the lines holding the heading's words."""
    return line_matches(LIST, text, _LIST_WORDS)


_LIST_WORDS = "The following addresses had "


def _listed_address(line: str) -> str:
    """``<x@example.net>  (unrecoverable error)`` -> ``x@example.net``; a quoted program stays whole."""
    s = line.strip()
    if s.startswith("<") and ">" in s:
        return s[1:s.index(">")]
    if s.startswith('"'):
        return s.strip('"')
    return s.split()[0].strip("<>")


def _names(*values: str | None) -> set[str]:
    out: set[str] = set()
    for v in values:
        if not v:
            continue
        a = extract_address(v) or normalize_address(v.strip().strip('"<>'))
        if a:
            out.add(a.lower())
    return out


def _ds_drafts(mail: Mail) -> tuple[list[Draft], list[set[str]]]:
    """Drafts from the message/delivery-status parts (or DS fields written inline in the text),
    each with the names it goes by (Final-, Original-, X-Actual-Recipient)."""
    texts = [p.text for p in mail.delivery_status_parts]
    if not texts:
        flat = mail.flat
        m = _RECIPIENT_FIELD.search(flat)
        if m is None:
            return [], []
        head = _REPORTING_FIELD.search(flat, 0, m.start())
        texts = [flat[head.start() if head else m.start():]]
    drafts: list[Draft] = []
    aliases: list[set[str]] = []
    for t in texts:
        reporting = None
        arrival = None
        for g in parse_field_groups(t):
            if (g.get("final-recipient") is None and g.get("original-recipient") is None
                    and g.get("x-actual-recipient") is None):  # no recipient field in the group
                reporting = strip_type(g.get("reporting-mta")) or reporting
                arrival = g.get("arrival-date") or arrival
                continue
            drafts.append(_draft_of_group(g, reporting, arrival))
            aliases.append(_names(g.get("final-recipient"), g.get("original-recipient"),
                                  g.get("x-actual-recipient")))
    return drafts, aliases


def _draft_of_group(g: Headers, reporting: str | None, arrival: str | None) -> Draft:
    final = decode_words(g.get("final-recipient"))
    orig = decode_words(g.get("original-recipient"))
    dtype, diag = split_diagnostic(g.get("diagnostic-code"))
    action = (g.get("action") or "").strip().lower().split()
    return Draft(
        recipient=extract_address(final) or extract_address(orig),
        original_recipient=extract_address(orig),
        action=action[0].rstrip(".;") if action else None,
        status=normalize_status(g.get("status")),
        diagnostic=diag or status_comment(g.get("status")),
        diagnostic_type=dtype,
        remote_mta=strip_type(g.get("remote-mta")),
        reporting_mta=strip_type(g.get("reporting-mta")) or reporting,
        timestamp=iso_date(g.get("last-attempt-date") or arrival),
    )


def _list_drafts(mail: Mail, listed: list[Listed]) -> tuple[list[Draft], list[set[str]]]:
    """Without a DS part: one draft per listed address (an old V8 or a forwarded text)."""
    delayed = mail.subject.lower().startswith("warning:")
    drafts: list[Draft] = []
    aliases: list[set[str]] = []
    for item in listed:
        addr = normalize_address(item.address) if "@" in item.address else None
        addr = addr or extract_address(item.expanded_from)
        if not addr:
            continue
        drafts.append(Draft(recipient=addr, action="delayed" if item.transient or delayed else "failed"))
        aliases.append(_names(item.address, item.expanded_from))
    return drafts, aliases


def _enrich(d: Draft, names: set[str], t: Transcript, listed_reason: str | None, single: bool,
            expired: str | None) -> None:
    """The server's whole reply, its command and host from the transcript; Sendmail's own lines
    where no server answered."""
    reply = _reply_for(d, names, t, single)
    if reply is not None:
        d.diagnostic = reply.text
        d.smtp_command = _record_command(reply.command)
        if reply.host:
            d.remote_mta = reply.host
        if d.diagnostic_type is None:
            d.diagnostic_type = "smtp"
        return
    if meaningful(d.diagnostic):
        return
    local = _local_for(names, t, single)
    if local:
        d.diagnostic = local
    elif listed_reason and meaningful(listed_reason):
        d.diagnostic = listed_reason
    if expired is not None and (d.status is None or d.status.startswith("4.4.") or d.action == "failed"):
        # the queue timed out with no server reply to blame: the expiry is the cause
        d.vendor_code, d.vendor_text = "expired", expired


def _record_command(command: str | None) -> str | None:
    return command if command in ("CONN", "EHLO", "HELO", "MAIL", "RCPT", "DATA") else None


def _reply_for(d: Draft, names: set[str], t: Transcript, single: bool) -> Reply | None:
    # 1. the reply to this recipient's own RCPT command
    for r in reversed(t.replies):
        if r.command == "RCPT" and r.is_error and same_address(r.rcpt, names):
            return r
    # 2. a reply Sendmail followed with a line about this recipient
    for r in reversed(t.replies):
        if r.is_error and any(same_address(a, names) for a in r.addresses):
            return r
    # 3. the reply the DS part quotes (its first line only)
    if meaningful(d.diagnostic):
        want = " ".join((d.diagnostic or "").split()).lower()
        for r in reversed(t.replies):
            if " ".join(r.lines[0].split()).lower() == want or r.text.lower().startswith(want):
                return r
        return None
    # 4. nothing said for whom: a session-wide failure, when it cannot be someone else's
    if single:
        for r in reversed(t.replies):
            if r.is_error and r.command not in ("QUIT", "RCPT") and not r.addresses:
                return r
        errors = [r for r in t.replies if r.is_error and r.command != "QUIT"]
        if len(errors) == 1:
            return errors[0]
    return None


def _local_for(names: set[str], t: Transcript, single: bool) -> str | None:
    """Sendmail's own words for a failure no server replied to (local delivery, DNS, a program)."""
    lines: list[str] = []
    for ln in t.local:
        if _BOILERPLATE.match(ln.text):
            continue
        if ln.address is not None:
            if same_address(ln.address, names) or (single and ln.reply is None):
                lines.append(ln.text)
        elif single:
            lines.append(ln.text)
    return " ".join(lines) or None
