"""The pure core: one message's bytes in, one Report out."""
from __future__ import annotations

import os
import sys
from typing import IO, TYPE_CHECKING, Protocol, Union

from .classify import classify, smtp_stage
from .formats import registry as _registry
from .formats.drafts import original_of
from .formats.generic._forwarded import forwarded_inline
from .formats.spec import Format, forget_parse_trees
from .mail import MAX_RECIPIENTS, Draft, Mail
from .mime import MAX_MESSAGE_BYTES, Headers, decode_words, normalize_newlines, parse_message
from .model import Action, Classification, Kind, Reason, Record, Report
from .text import best_status, decode_verp, extract_address, find_reply_code, iso_date, normalize_address, one_line

if TYPE_CHECKING:  # the email package is not loaded to decode bytes (~20 ms of start-up)
    import email.message


class _ParsedMail(Protocol):
    """What parse() reads from a ``mailparser.MailParser`` (mail-parser): its Message."""

    @property
    def message(self) -> email.message.Message | None: ...


MessageInput = Union[bytes, bytearray, memoryview, str, "os.PathLike[str]", "email.message.Message", IO[bytes],
                     _ParsedMail]

_ALL_FORMATS = _registry.load()
# the formats, tried first (also inside forwarded messages); the text heuristic, tried last
_FORMATS = _registry.Registry([f for f in _ALL_FORMATS if f.name != "heuristic"])
_LAST_RESORT = _registry.Registry([f for f in _ALL_FORMATS if f.name == "heuristic"])
forget_parse_trees()
_ACTIONS = {a.value: a for a in Action}
# Postfix address verification (sendmail -bv) writes "deliverable" / "undeliverable"
_ACTIONS.update({"deliverable": Action.DELIVERED, "undeliverable": Action.FAILED, "failure": Action.FAILED,
                 "delay": Action.DELAYED})
_KIND_OF_ACTION = {
    Action.FAILED: Kind.BOUNCE, Action.DELAYED: Kind.DELAY, Action.DELIVERED: Kind.DELIVERED,
    Action.RELAYED: Kind.DELIVERED, Action.EXPANDED: Kind.DELIVERED,
}
# the SMTP stages records.md names; HELO is reported as EHLO's sibling, as given
_RECORD_COMMANDS = frozenset({"CONN", "HELO", "EHLO", "MAIL", "RCPT", "DATA"})
# characters of a record's diagnostic kept (a reply is a few lines; 4 KiB holds any real one)
MAX_DIAGNOSTIC = 4096
# bytes starting with one of these (a UTF-8 BOM, white space, "{" or "[") may be webhook JSON
_JSON_STARTS = frozenset([b"{", b"[", b"\xef", b" ", b"\t", b"\r", b"\n"])
# forwarded reports are looked for this deep inside message/rfc822 parts
_MAX_DEPTH = 3


def to_bytes(data: MessageInput) -> bytes:
    """The bytes of one message, at most MAX_MESSAGE_BYTES of them: a stream or a file is read up
    to the cap and no further (an endless stream does not hang), a path (``os.PathLike``) is read."""
    if isinstance(data, bytes):
        return data
    if isinstance(data, (bytearray, memoryview)):
        return bytes(data[:MAX_MESSAGE_BYTES])
    if isinstance(data, str):
        _refuse_path_text(data)
        return data.encode("utf-8", "surrogateescape")
    if isinstance(data, os.PathLike):
        path = os.fspath(data)
        with open(path, "rb") as fh:
            return fh.read(MAX_MESSAGE_BYTES)
    # a Message comes from the email package, loaded then: looked up, not imported
    email_message = sys.modules.get("email.message")
    if email_message is not None and isinstance(data, email_message.Message):
        try:
            return data.as_bytes()
        except Exception:  # a Message built from broken input may not serialise as bytes
            return data.as_string().encode("utf-8", "replace")
    if type(data).__module__.partition(".")[0] == "mailparser":  # mail-parser, not imported here
        msg = getattr(data, "message", None)
        email_message = sys.modules.get("email.message")
        if email_message is None or not isinstance(msg, email_message.Message):
            raise ValueError("the mail-parser object holds no message")
        return to_bytes(msg)
    read = getattr(data, "read", None)
    if read is not None:
        chunk = read(MAX_MESSAGE_BYTES)
        return chunk.encode("utf-8", "surrogateescape") if isinstance(chunk, str) else bytes(chunk or b"")
    raise TypeError(f"cannot read a message from {type(data).__name__}: give bytes, str (the message text), "
                    "an os.PathLike path, a binary stream or an email.message.Message")


def _refuse_path_text(data: str) -> None:
    """``parse("bounce.eml")``: a one-line str naming an existing file is a mistake, not a message."""
    if "\n" in data or len(data) > 4096 or not data.strip():
        return
    try:
        is_file = os.path.isfile(data)
    except (ValueError, OSError):
        return
    if is_file:
        raise TypeError(f"parse() was given the str {data!r}, which names a file: a str is read as the "
                        f"message text; pass pathlib.Path({data!r}) (or the file's bytes) to read the file")


def parse(data: MessageInput, *, source: str = "-") -> Report:
    """Decode one message into a Report. Never raises on message content.

    ``data`` is the message: bytes, its text as ``str``, a binary stream (read up to the message
    cap, 1 MiB, and no further), an ``email.message.Message``, or an ``os.PathLike`` path such as
    ``pathlib.Path("bounce.eml")``, whose file is read (``source`` then defaults to the path).
    A ``str`` is always message text: a one-line str naming an existing file raises TypeError
    with a hint, rather than decoding the file name as a message."""
    if isinstance(data, os.PathLike) and source == "-":
        source = os.fspath(data)
    try:
        raw = to_bytes(data)
    except TypeError:
        raise
    except Exception as exc:  # an unreadable stream or file still yields a record
        return error_report(source, f"unreadable input: {type(exc).__name__}: {exc}")
    try:
        if raw[:1] in _JSON_STARTS:
            # webhook JSON of a sending service, told apart from mail by its first character
            from .formats.webhooks import looks_like_json, parse_json
            if looks_like_json(raw):
                return parse_json(raw, source=source)
        return _parse_bytes(raw, source)
    except RecursionError:
        return error_report(source, "message nested too deeply")
    except Exception as exc:  # the promise: a record for every message, never a crash
        return error_report(source, f"{type(exc).__name__}: {exc}")


def error_report(source: str, error: str) -> Report:
    rec = Record(source=source, kind=Kind.ERROR, parser="none", error=error)
    return Report(source=source, kind=Kind.ERROR, records=(rec,), parser="none", error=error)


def _find(mail: Mail, depth: int = 0) -> tuple[Format | None, list[Draft], Mail]:
    mod, drafts = _FORMATS.read(mail)
    if mod is not None:
        return mod, drafts, mail
    inner_mails: list[Mail] = []
    if depth < _MAX_DEPTH:
        # a report forwarded inside another message: attached, or inline in a person's text
        for part in mail.leaves:
            if part.content_type in ("message/rfc822", "message/global"):
                inner = Mail(part.message)
                if not inner.headers.is_empty():
                    inner_mails.append(inner)
        forwarded = forwarded_inline(mail)
        if forwarded is not None:
            inner_mails.append(forwarded)
        for inner in inner_mails:
            m2, d2, where = _find(inner, depth + 1)
            if m2 is not None and m2.name != "rfc3834":
                return m2, d2, where
    if depth == 0:
        # every format said no: only the text heuristic is left to try, on the notice itself, then
        # on a notice a person forwarded (the forward's own words name no failed recipient)
        mod, drafts = _LAST_RESORT.read(mail)
        if mod is not None:
            return mod, drafts, mail
        for inner in inner_mails:
            mod, drafts = _LAST_RESORT.read(inner)
            if mod is not None:
                return mod, drafts, inner
    return None, [], mail


def _parse_bytes(raw: bytes, source: str) -> Report:
    data = normalize_newlines(raw[:MAX_MESSAGE_BYTES])
    if not data or data.isspace():  # (isspace stops at the first other byte; strip() would copy the message)
        return error_report(source, "empty message")
    mail = Mail(parse_message(data, normalized=True))
    if len(mail.headers) == 0 and not mail.root.raw_body.strip():
        return error_report(source, "no message headers or body")
    mod, drafts, where = _find(mail)
    if mod is None:
        if len(mail.headers) == 0:
            rec = Record(source=source, kind=Kind.NOT_BOUNCE, parser="none")
            return Report(source=source, kind=Kind.NOT_BOUNCE, records=(rec,), parser="none")
        orig = Headers([])
        rec = Record(source=source, kind=Kind.NOT_BOUNCE, parser="none")
        return Report(source=source, kind=Kind.NOT_BOUNCE, records=(rec,), parser="none", original_headers=orig)
    name = mod.name
    original = where.original_headers(original_of(drafts))
    if original is None:
        original = Headers([])
    sender = _original_sender(original)
    message_id = (original.get("message-id") or "").strip().strip("<>").strip() or None
    subject = decode_words(original.get("subject")) or None
    bounce_date = iso_date(where.headers.get("date"))
    verp = _verp_recipient(mail)
    if verp:
        for d in drafts:
            if not d.recipient:
                d.recipient = verp
            elif not d.original_recipient and len(drafts) == 1:
                d.original_recipient = verp
    records = tuple(
        _finish(d, source, name, sender, message_id, subject, bounce_date) for d in drafts[:MAX_RECIPIENTS]
    )
    kind = _report_kind(records)
    return Report(source=source, kind=kind, records=records, parser=name, original_headers=original)


def _verp_recipient(mail: Mail) -> str | None:
    """The recipient encoded in the VERP address the bounce was sent to, if any."""
    for field in ("x-original-to", "delivered-to", "envelope-to", "to", "return-path"):
        for value in mail.headers.get_all(field):
            if "=" not in value:
                continue  # a VERP address always carries its "user=domain" part
            a = decode_verp(extract_address(value))
            if a:
                return a
    return None


def _original_sender(h: Headers) -> str | None:
    for field in ("from", "return-path", "sender"):
        a = extract_address(decode_words(h.get(field)))
        if a:
            return a
    return None


def _report_kind(records: tuple[Record, ...]) -> Kind:
    kinds = {r.kind for r in records}
    for k in (Kind.BOUNCE, Kind.DELAY, Kind.COMPLAINT, Kind.SUPPRESSED, Kind.AUTO_REPLY, Kind.DELIVERED):
        if k in kinds:
            return k
    return Kind.NOT_BOUNCE


def _finish(d: Draft, source: str, parser: str, sender: str | None, message_id: str | None,
            subject: str | None, bounce_date: str | None) -> Record:
    # a diagnostic is a server's reply: a few lines; a longer text is cut (before its blanks are
    # squeezed, so that a megabyte of them costs nothing)
    diagnostic = one_line(d.diagnostic[:2 * MAX_DIAGNOSTIC] if d.diagnostic else d.diagnostic)
    if diagnostic and len(diagnostic) > MAX_DIAGNOSTIC:
        diagnostic = diagnostic[:MAX_DIAGNOSTIC]
    status = best_status(d.status, diagnostic)
    reply_code = d.reply_code or find_reply_code(diagnostic)
    action_text = (d.action or "").lower() or None
    action = _ACTIONS.get(action_text or "")
    kind = d.kind or (_KIND_OF_ACTION[action] if action is not None else Kind.BOUNCE)
    if d.kind is None and action is None and status and status[0] == "2":
        kind = Kind.DELIVERED
    if action is None and kind is Kind.BOUNCE:
        action = Action.FAILED
    explanation: Classification
    if kind is Kind.DELIVERED:
        explanation = Classification(Reason.DELIVERED, "kind.delivered", action_text)
    elif kind is Kind.COMPLAINT and d.reason is None:
        explanation = Classification(Reason.COMPLAINT, "kind.complaint", d.feedback_type)
    elif kind is Kind.AUTO_REPLY and d.reason is None:
        explanation = Classification(Reason.AUTO_REPLY, "kind.auto_reply", None)
    else:
        explanation = classify(status, reply_code, diagnostic, hint=d.reason, parser=parser,
                               vendor_code=d.vendor_code, vendor_text=d.vendor_text,
                               remote_mta=d.remote_mta,
                               reporting_mta=d.reporting_mta, smtp_command=d.smtp_command,
                               action=action_text or (action.value if action is not None else None),
                               diagnostic_type=d.diagnostic_type, recipient=d.recipient)
    reason = explanation.reason
    command = d.smtp_command or smtp_stage(None, diagnostic)
    if command not in _RECORD_COMMANDS:
        command = None
    return Record(
        source=source,
        kind=kind,
        recipient=normalize_address(d.recipient),
        original_recipient=_differs(normalize_address(d.original_recipient), d.recipient),
        action=action,
        status=status,
        reply_code=reply_code,
        reason=reason,
        category=reason.category,
        severity=reason.severity,
        diagnostic=diagnostic,
        diagnostic_type=d.diagnostic_type,
        remote_mta=d.remote_mta,
        reporting_mta=d.reporting_mta,
        smtp_command=command,
        parser=parser,
        timestamp=d.timestamp or bounce_date,
        sender=sender,
        message_id=message_id,
        subject=subject,
        feedback_type=d.feedback_type,
        rule=explanation.rule,
        matched=explanation.matched,
        confidence=explanation.confidence,
        explanation=explanation,
    )


def _differs(orig: str | None, rcpt: str | None) -> str | None:
    if orig is None:
        return None
    if rcpt and orig.lower() == (normalize_address(rcpt) or "").lower():
        return None
    return orig
