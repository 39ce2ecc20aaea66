"""A report forwarded by a person inside the text of a new message.

Mail clients forward a message inline after a marker line ("---------- Forwarded message
---------", "Begin forwarded message:", "-----Original Message-----", and their translations) or
quote it line by line with ``>``. Either way the forwarded report's header lines (From, Date,
Subject, To, in the client's language) come first, then its text, DSN fields included when the
client kept them. ``forwarded_inline`` rebuilds that message so that the formats read it as they
would the report itself, instead of the person's words around it.
"""
from __future__ import annotations

import re

from ..._patterns import compile_pattern
from ...mail import Mail
from ...mime import parse_message

_MARKER = compile_pattern(
    r"^[ \t>]*+[-=_*]*+[ \t]*+(?:forwarded message|begin forwarded message|original message|"
    r"weitergeleitete nachricht|ursprüngliche nachricht|message transféré|message d['’]origine|"
    r"mensaje reenviado|mensaje original|messaggio inoltrato|messaggio originale|mensagem encaminhada|"
    r"mensagem original|doorgestuurd bericht|oorspronkelijk bericht|wiadomość przekazana|"
    r"пересылаемое сообщение|исходное сообщение|転送メッセージ|转发的邮件|原始邮件)"
    r"[ \t]*:?[ \t]*[-=_*]*[ \t]*$",
    re.I | re.M)
# header names as mail clients write them in a forward, in their languages
_NAMES = {
    "from": "From", "von": "From", "de": "From", "da": "From", "van": "From", "od": "From", "от": "From",
    "to": "To", "an": "To", "à": "To", "a": "To", "para": "To", "aan": "To", "do": "To", "кому": "To",
    "cc": "Cc", "kopie": "Cc",
    "subject": "Subject", "betreff": "Subject", "objet": "Subject", "asunto": "Subject", "oggetto": "Subject",
    "assunto": "Subject", "onderwerp": "Subject", "temat": "Subject", "тема": "Subject",
    "date": "Date", "sent": "Date", "datum": "Date", "gesendet": "Date", "envoyé": "Date", "enviado": "Date",
    "inviato": "Date", "fecha": "Date", "data": "Date", "verzonden": "Date", "дата": "Date",
    "отправлено": "Date",
}
_FIELD = compile_pattern(r"^[ \t]*\**[ \t]*([^\s:*]{1,20})[ \t]*\**[ \t]*:\**[ \t]?(.*)$")
_QUOTE = compile_pattern(r"^[ \t]*> ?", re.M)
# how far into the text a forward is looked for, and how many header lines it may start with
_LOOK = 64 * 1024
_MAX_HEAD_LINES = 12


def forwarded_inline(mail: Mail) -> Mail | None:
    """The message forwarded inline in ``mail``'s text, if it is there with a From line."""
    text = mail.text[:_LOOK]
    if not text:
        return None
    m = _MARKER.search(text)
    if m is not None:
        rest = text[m.end():]
        if rest.lstrip().startswith(">"):
            rest = _QUOTE.sub("", rest)
        found = _rebuild(rest)
        if found is not None:
            return found
    quoted = _quoted_block(text)
    return _rebuild(quoted) if quoted else None


def _quoted_block(text: str) -> str | None:
    """The first ``>``-quoted run of lines, unquoted, when it starts with header lines."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if line.lstrip().startswith(">"):
            block: list[str] = []
            for ln in lines[i:]:
                if not ln.lstrip().startswith(">"):
                    if ln.strip():
                        break
                    block.append("")
                    continue
                block.append(_QUOTE.sub("", ln, count=1))
            return "\n".join(block)
    return None


def _rebuild(text: str) -> Mail | None:
    lines = text.lstrip("\n").split("\n")
    head: list[str] = []
    at = len(lines)
    for i, line in enumerate(lines):
        if not line.strip():
            if head:
                at = i
                break
            continue
        m = _FIELD.match(line)
        name = _NAMES.get(m.group(1).lower()) if m else None
        if m is None or name is None:
            if head and line[:1] in " \t":
                head[-1] += " " + line.strip()  # a folded header line
                continue
            at = i
            break
        head.append(f"{name}: {m.group(2).strip()}")
        if len(head) > _MAX_HEAD_LINES:
            return None
    if not any(h.startswith("From: ") for h in head):
        return None
    body = "\n".join(lines[at:]).lstrip("\n")
    data = ("\n".join(head) + "\n\n" + body).encode("utf-8", "surrogateescape")
    inner = Mail(parse_message(data, normalized=True))
    return None if inner.headers.is_empty() else inner
