"""The bounces of Gmail (mailer-daemon@googlemail.com), read for the ``gmail`` format, and the
notices ``googleworkspace`` shares.

Two generations of layout:

* the old plain-text one: "Delivery to the following recipient failed permanently:" (or "has
  been delayed:"), the indented addresses, then "Technical details of permanent failure:" with
  "Google tried to deliver your message, but it was rejected by the server for the recipient
  domain D by HOST. [IP]." and "The error that the other server returned was: 550 550 5.1.1 ...",
  sometimes ending in "(state N)", the stage of Gmail's SMTP client;
* the newer multipart/report one: a titled notice ("** Address not found **" and the like),
  "Your message wasn't delivered to X because ...", "The response was: ..." and usually a
  message/delivery-status part (sometimes an empty one).

The "** Message not delivered **" notice of Google Workspace is left to ``googleworkspace`` and
Google Groups' own notices to ``googlegroups``; both share the helpers here.
"""
from __future__ import annotations

import re

from ..._patterns import compile_pattern
from ...dsn import drafts_from_groups, parse_field_groups
from ...mail import Draft, Mail, failed_recipients
from ...text import extract_address, one_line, words_of
from ..drafts import with_original
from ..readers import note_cause
from ..spec import Search

# the addresses Google's bounces come from
GOOGLE_DAEMON = compile_pattern(r"\Amailer-daemon@(?:googlemail|gmail)\.com\Z")
# Google Workspace's "** Message not delivered **" notice, titled so near the top
WORKSPACE_NOTICE = compile_pattern(r"^[ \t]*\*\*[ \t]*message not delivered[ \t]*\*\*[ \t]*$", re.M | re.I)
SUBJECT = compile_pattern(r"^Delivery Status Notification \((?:Failure|Delay)\)", re.I)

# the old text layout
RCPT_INTRO = compile_pattern(
    r"^[ \t]*Delivery to the following recipients? (?:failed permanently|has been delayed|have been delayed)[ \t]*:",
    re.M | re.I)
_FIND_RCPT_INTRO = Search(RCPT_INTRO)
_DETAILS = compile_pattern(r"^[ \t]*Technical details of (permanent|temporary) failure:[ \t]*$", re.M | re.I)
_RETRY = compile_pattern(r"^[ \t]*Message will be retried for [^\n]*", re.M | re.I)
# the end of Gmail's own text: the quoted original or its truncation note
_ORIGINAL = compile_pattern(r"^[ \t]*-{3,}[ \t]*(?:Original message|Message truncated)[ \t]*-{3,}[ \t]*$", re.M | re.I)
_REJECTED_BY = compile_pattern(
    r"rejected by the server for the recipient domain \S+ by ([A-Za-z0-9][\w.-]*?)\.?[ \t]+\[([0-9A-Fa-f.:]+)\]", re.I)
_OTHER_SERVER = compile_pattern(r"The error that the other server returned was:\s*(.+)", re.I | re.S)
# Gmail repeats the reply code before the server's own line: "550 550 5.1.1 ..."
_DOUBLED_CODE = compile_pattern(r"^([2-5]\d\d)[ \t]+(?=\1[ \-])")
_STATE = compile_pattern(r"\(state (\d+)\)", re.I)
# Gmail's SMTP client stage numbers, as its notices show them against the server replies
_STATE_COMMAND = {"6": "MAIL", "13": "EHLO", "14": "RCPT", "17": "DATA", "18": "DATA"}
# Gmail's own fixed sentence for a host that never answered; final only after days of retrying
_NO_CONNECT = compile_pattern(r"The recipient server did not accept our requests to connect", re.I)

# the newer layout
_TITLE = compile_pattern(r"^[ \t]*\*\*[ \t]*([^*\n]+?)[ \t]*\*\*[ \t]*$", re.M)
_NOT_DELIVERED_TO = compile_pattern(
    r"(?:Your message wasn't delivered to|There was a problem delivering your message to|"
    r"Your message couldn't be delivered to|Your message to)\s+<?([^\s<>]+@[^\s<>]+?)>?[.,]?(?:\s|$)", re.I)
_GENERIC_PROBLEM = compile_pattern(r"There was a problem delivering your message to \S+\s+See the technical details below",
                              re.I)
_ADDRESS_NOT_FOUND = compile_pattern(r"wasn't delivered to \S+ because the address couldn't be found\.", re.I)
_RESPONSE = compile_pattern(r"^[ \t]*The response (?:was|from the remote server was):[ \t]*$", re.M | re.I)
# Google's advice after the server's words, and its help links inside them; not part of the reason
_ADVICE = compile_pattern(r"\s(?:To address this issue:|To fix this issue:)", re.I)
_FIND_ADVICE = Search(_ADVICE)
_ADVICE_SENTENCE = compile_pattern(r"\s*Check (?:for typos|those settings|the recipient's address)[^.]*\.", re.I)
_LEARN_MORE = compile_pattern(r"\s*Learn more (?:at|here):?\s+(?:[245]\d\d[ -][245]\.\d+\.\d+\s+)?https?://\S+", re.I)
_REMOTE_HOST = compile_pattern(r"^([A-Za-z0-9][\w.-]*?)\.?(?:\s|$)")


def clean_remote(value: str | None) -> str | None:
    """``lsean.example.jp. (192.0.2.1, the server for the domain example.jp.)`` -> the host."""
    if not value:
        return None
    m = _REMOTE_HOST.match(value.strip())
    return m.group(1) if m else value


def trim_advice(text: str | None) -> str | None:
    """The server's words without Google's appended advice."""
    if not text:
        return text
    low = text.lower()
    m = _FIND_ADVICE.search(text, low)
    if m and m.start() > 0:
        text = text[: m.start()]
        low = text.lower()
    # the substitutions tried only where their words show in the lower-cased text
    if "learn more " in low:
        text = _LEARN_MORE.sub("", text)
        low = text.lower()
    if "check " in low:
        text = _ADVICE_SENTENCE.sub("", text)
    return text.strip() or None


def response_text(text: str) -> str | None:
    """What follows "The response was:" up to the end of that notice."""
    m = _RESPONSE.search(text)
    if not m:
        return None
    rest = text[m.end():]
    end = _ORIGINAL.search(rest)
    if end:
        rest = rest[: end.start()]
    cut = rest.find("\nContent-Type:")
    if cut >= 0:
        rest = rest[:cut]
    return one_line(rest)


def ds_drafts(mail: Mail) -> list[Draft]:
    """Drafts from Google's message/delivery-status part, tidied."""
    drafts: list[Draft] = []
    for part in mail.delivery_status_parts:
        drafts.extend(drafts_from_groups(parse_field_groups(part.text)))
    drafts = [d for d in drafts if d.recipient]
    notice: str | None = None
    for d in drafts:
        d.remote_mta = clean_remote(d.remote_mta)
        d.diagnostic = trim_advice(one_line(d.diagnostic))
        if not d.diagnostic and len(drafts) == 1:
            # a Status with no Diagnostic-Code: the notice's words say what happened
            notice = notice or _notice_diagnostic(mail.flat)
            d.diagnostic = notice
            note_cause(d, notice_reason(mail.flat))
    return drafts


def notice_reason(text: str) -> tuple[str, str] | None:
    """Google's flat "because the address couldn't be found." (not "... or is unable to receive
    mail") is its own finding that the mailbox does not exist: ``("user_unknown", the sentence)``."""
    m = _ADDRESS_NOT_FOUND.search(text)
    return ("user_unknown", words_of(m)) if m is not None else None


def _notice_diagnostic(text: str) -> str | None:
    diag = response_text(text)
    cause = _cause_sentence(text)
    if cause:
        # Google's own sentence names the cause; the response alone may not
        diag = f"{cause} {diag}" if diag else cause
    return trim_advice(diag)


def _cause_sentence(text: str) -> str | None:
    """The paragraph under the "** title **" line, unless it is the generic "There was a problem
    delivering your message to X. See the technical details below."."""
    title = _TITLE.search(text)
    if title is None:
        return None
    rest = text[title.end():].lstrip("\n")
    end = rest.find("\n\n")
    para = one_line(rest[: end if end >= 0 else None])
    if not para or _GENERIC_PROBLEM.match(para):
        return None
    return trim_advice(para)


def text_notice_drafts(mail: Mail) -> list[Draft]:
    """The newer layout without a usable delivery-status part: title, sentence, response."""
    text = mail.flat
    m = _NOT_DELIVERED_TO.search(text)
    named = extract_address(m.group(1)) if m else None
    rcpts = [named] if named else failed_recipients(mail)
    if not rcpts:
        return []
    diag = _notice_diagnostic(text)
    delayed = "(Delay)" in mail.subject
    code, words = notice_reason(text) or (None, None)
    return [Draft(recipient=r, diagnostic=diag, action="delayed" if delayed else "failed", vendor_code=code,
                  vendor_text=words) for r in rcpts]


def _recipients_after_intro(text: str, start: int) -> list[str]:
    """The indented addresses under "Delivery to the following recipient ...:"."""
    out: list[str] = []
    seen_any = False
    for line in text[start:].split("\n")[1:]:
        s = line.strip()
        if not s:
            if seen_any:
                break
            continue
        a = extract_address(s)
        if a is None or " " in s.strip("<>"):
            break
        seen_any = True
        if a not in out:
            out.append(a)
    return out


def _details(block: str) -> tuple[str | None, str | None, str | None]:
    """Diagnostic, remote host and SMTP stage from the "Technical details" block."""
    remote = None
    command = None
    host = _REJECTED_BY.search(block)
    if host:
        remote = host.group(1)
    other = _OTHER_SERVER.search(block)
    diag = one_line(other.group(1)) if other else one_line(block)
    if diag:
        diag = trim_advice(_DOUBLED_CODE.sub("", diag))
    state = _STATE.search(block)
    if state:
        command = _STATE_COMMAND.get(state.group(1))
    return diag, remote, command


def old_layout_drafts(mail: Mail) -> list[Draft]:
    text = mail.flat
    intro = _FIND_RCPT_INTRO.search(text, mail.flat_lower)
    if intro is None:
        return []
    end = _ORIGINAL.search(text, intro.end())
    body = text[: end.start()] if end else text
    rcpts = _recipients_after_intro(body, intro.start()) or failed_recipients(mail)
    if not rcpts:
        return []
    delayed = "delayed" in intro.group(0).lower()
    det = _DETAILS.search(body, intro.end())
    diag = remote = command = None
    reason: str | None = None
    words: str | None = None
    if det:
        diag, remote, command = _details(body[det.end():])
        gave_up = _NO_CONNECT.search(diag) if not delayed and diag else None
        if gave_up is not None:
            # Gmail gives up on a host it could not reach only after its retry period
            reason, words = "expired", words_of(gave_up)
    if not diag:
        retry = _RETRY.search(body, intro.end())
        diag = one_line(retry.group(0)) if retry else None
    drafts = [Draft(recipient=r, action="delayed" if delayed else "failed", diagnostic=diag, remote_mta=remote,
                    smtp_command=command, vendor_code=reason, vendor_text=words) for r in rcpts]
    return with_original(drafts, text[end.end():].lstrip("\n") if end else None)


def gmail_drafts(mail: Mail) -> list[Draft]:
    """The drafts of a Gmail bounce, old layout or new."""
    drafts = old_layout_drafts(mail)
    if drafts:
        return drafts
    drafts = ds_drafts(mail)
    if drafts:
        return drafts
    return text_notice_drafts(mail)
