"""au by KDDI / EZweb (``Postmaster@ezweb.ne.jp``, "Mail System Error - Returned Mail"). A Japanese
preface, then fixed English sentences that name the cause ("The user(s) account is disabled.",
"Your message was not delivered within N days and M hours.", "Each of the following recipients
was rejected by a remote mail server."), then the recipients as ``<rcpt>`` lines or
``Recipient: <rcpt>`` with the SMTP transcript (``>>> RCPT TO:<...>`` / ``<<< 550 ...``).
Newer ones add a delivery-status part."""
from __future__ import annotations

import re

from ..._patterns import compile_pattern
from ...mail import INLINE_ORIGINAL, Draft, Mail
from ...text import Labels, extract_address, find_status, normalize_address, words_of
from ...text import command_named as command_of
from ..drafts import with_original
from ..readers import delivery_status_drafts, first_reply, split_original
from ..spec import All, AnyOf, Format, Header, Sender, Subject, exactly

NAME = "ezweb"

_SENDER = compile_pattern(r"^(?:postmaster|mailer-daemon)@(?:[\w-]+\.)*(?:ezweb\.ne\.jp|au\.com)$", re.I)
_SUBJECT = exactly("Mail System Error - Returned Mail")
_RECIPIENT = compile_pattern(r"^[ \t]*(?:Recipient:[ \t]*)?<([^>\s]+@[^>\s]+)>(?::[ \t]*(.*))?[ \t]*$", re.M)
_SENT = compile_pattern(r"^[ \t]*>>>[ \t]*(.+)$")
_RECEIVED = compile_pattern(r"^[ \t]*<<<[ \t]*(.+)$")
_REJECTED = compile_pattern(r"Each of the following recipients was rejected by a remote\s+mail server\.?", re.I)
_ORIGINAL_RULE = compile_pattern(r"^-{20,}[ \t]*$", re.M)
# EZweb's fixed sentences, each naming the cause
_SENTENCES = Labels(
    (r"The user\(s\) account is temporarily over quota\.?", "mailbox_full"),
    (r"The user\(s\) account is (?:disabled|temporarily limited)\.?", "mailbox_disabled"),
    (r"Your message was not delivered within [^\n]*(?:\n(?!\n)[^\n]*)?", "expired"),
)


def parse(mail: Mail) -> list[Draft]:
    text, original = split_original(mail, mail.flat, INLINE_ORIGINAL, _ORIGINAL_RULE)
    sentence, hint, words = _vendor_sentence(text)
    entries = _entries(text)
    drafts = delivery_status_drafts(mail)
    if not drafts:
        drafts = [Draft(recipient=r, action="failed") for r in entries]
    for d in drafts:
        transcript = entries.get((d.recipient or "").lower(), [])
        _apply_transcript(d, transcript)
        # the remote server's reply says more than the generic "was rejected" sentence
        if hint is not None or not d.diagnostic:
            d.diagnostic = " ".join(p for p in (sentence, d.diagnostic) if p) or None
        if hint is not None:
            d.vendor_code, d.vendor_text = hint, words
        elif not transcript and sentence is not None and _REJECTED.search(text):
            # refused with no SMTP reply to show: the recipient's own domain filter
            d.vendor_code, d.vendor_text = "filtered", sentence
    return with_original(drafts, original)


def _vendor_sentence(text: str) -> tuple[str | None, str | None, str | None]:
    """EZweb's fixed sentence, the cause it names and its words as matched (``words_of``), or
    the "was rejected" sentence with no cause."""
    found = _SENTENCES.find(text)
    if found:
        return " ".join(found[0].group(0).split()), found[1], words_of(found[0])
    m = _REJECTED.search(text)
    return (" ".join(m.group(0).split()), None, None) if m else (None, None, None)


def _entries(text: str) -> dict[str, list[str]]:
    """Each recipient with the lines that follow it (transcript or reply) up to a blank line."""
    out: dict[str, list[str]] = {}
    lines = text.split("\n")
    for i, line in enumerate(lines):
        m = _RECIPIENT.match(line)
        if not m:
            continue
        rcpt = normalize_address(extract_address(m.group(1)))
        if not rcpt:
            continue
        block = [f"<<< {m.group(2)}"] if m.group(2) else []
        for nxt in lines[i + 1:]:
            if not nxt.strip() or _RECIPIENT.match(nxt):
                break
            block.append(nxt.strip())
        out.setdefault(rcpt.lower(), block)
    return out


def _apply_transcript(d: Draft, transcript: list[str]) -> None:
    replies = []
    for line in transcript:
        sent = _SENT.match(line)
        if sent:
            d.smtp_command = command_of(sent.group(1).split(":", 1)[0]) or d.smtp_command
            continue
        got = _RECEIVED.match(line)
        replies.append(got.group(1) if got else line)
    reply = " ".join(replies).strip()
    if not reply:
        return
    cmd = re.search(r"\(in reply to (.+?) command\)", reply)
    if cmd:
        d.smtp_command = command_of(cmd.group(1))
        reply = reply[: cmd.start()].strip()
    d.diagnostic = d.diagnostic or reply
    d.reply_code = d.reply_code or first_reply(reply)
    if not d.status or d.status.endswith(".0.0"):
        d.status = find_status(reply) or d.status


FORMAT = Format(
    NAME,
    AnyOf(Sender(_SENDER), All(Subject(_SUBJECT),
                                   Header("message-id", compile_pattern(r"ezweb\.ne\.jp", re.I)))),
    parse,
)
