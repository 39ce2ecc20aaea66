"""Webhook JSON of the sending services -> the same records as bounce mail.

``parse_json(data)`` recognises the document from the JSON itself: Amazon SES (bare, in an SNS or
EventBridge envelope), SendGrid Event Webhook arrays, Mailgun events, Postmark webhooks and
SparkPost / MessageBird message events. One document may hold many events (a JSON array, a
Mailgun Events API page, several documents one after another as JSON lines): one record per
recipient of each event, in order. The service's own type is kept in ``provider_type``; the
reason comes from ``rules.webhooks`` and, where the type names no cause, from the diagnostic.

* a document that is none of these, or whose events say nothing about delivery (opens,
  clicks, ...): one ``not_bounce`` record;
* malformed JSON (or not UTF-8, or nested too deeply): one ``error`` record.

Signature checks (SNS, SendGrid, Mailgun) are in ``formats.webhooks.signatures``. Each provider
lives in one module with ``NAME`` and ``read(doc) -> list[Event] | None`` (None: not mine); the
order in which they are asked is ``READERS`` below.
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from types import ModuleType
from typing import Any

from ...mime import MAX_MESSAGE_BYTES, Headers
from ...model import Kind, Record, Report
from . import mailgun, postmark, sendgrid, ses, sparkpost
from ._event import Event, finish

__all__ = ["READERS", "looks_like_json", "parse_json"]

JsonInput = bytes | bytearray | memoryview | str

# the order the providers are asked in: each recognises its own shape, none overlaps another
READERS: tuple[ModuleType, ...] = (ses, mailgun, postmark, sparkpost, sendgrid)
_REPORT_KINDS = (Kind.BOUNCE, Kind.DELAY, Kind.COMPLAINT, Kind.SUPPRESSED, Kind.AUTO_REPLY, Kind.DELIVERED)
_WHITESPACE = b" \t\r\n"
# a webhook POST can be larger than one mail message (a SendGrid batch of thousands of events);
# still bounded (``scan`` reads at most MAX_MESSAGE_BYTES of a file: use JSON lines for exports)
MAX_JSON_BYTES = 8 * MAX_MESSAGE_BYTES
_BOM = b"\xef\xbb\xbf"


def looks_like_json(data: bytes) -> bool:
    """True when the first character that is not white space (after a UTF-8 BOM) is ``{`` or ``[``."""
    head = data[:64]
    if head.startswith(_BOM):
        head = head[3:]
    head = head.lstrip(_WHITESPACE)
    if not head and len(data) > 64:
        rest = data.lstrip(_WHITESPACE)
        head = rest[:1]
    return head[:1] in (b"{", b"[")


def parse_json(data: JsonInput | Any, *, source: str = "-") -> Report:
    """One webhook document (bytes or text of JSON, or the already-decoded object) -> a Report.

    Never raises on content: unknown JSON gives a ``not_bounce`` record, malformed JSON an
    ``error`` record."""
    try:
        docs = list(_documents(data))
    except _Malformed as exc:
        return _error(source, str(exc))
    try:
        records: list[Record] = []
        parser = "none"
        headers: list[tuple[str, str]] | None = None
        message_id: str | None = None
        n_events = 0
        for doc in docs:
            for name, events in _events(doc):
                if parser == "none":
                    parser = name
                for event in events:
                    n_events += 1
                    if n_events == 1:
                        headers, message_id = event.headers, event.message_id
                    elif event.message_id != message_id:
                        headers = None  # events of several messages: no one original
                    records.append(finish(event, source))
    except RecursionError:
        return _error(source, "JSON nested too deeply")
    except Exception as exc:  # the promise: a record for every document, never a crash
        return _error(source, f"webhook reader failed: {type(exc).__name__}: {exc}")
    failures = [r for r in records if r.kind is not Kind.NOT_BOUNCE]
    if not failures:
        ptype = records[0].provider_type if records else None
        rec = Record(source=source, kind=Kind.NOT_BOUNCE, parser=parser, provider_type=ptype)
        return Report(source=source, kind=Kind.NOT_BOUNCE, records=(rec,), parser=parser)
    kinds = {r.kind for r in failures}
    kind = next(k for k in _REPORT_KINDS if k in kinds)
    # the sent message's headers, where the document is about one message
    original = Headers(headers) if headers else Headers([])
    return Report(source=source, kind=kind, records=tuple(failures), parser=parser, original_headers=original)


class _Malformed(Exception):
    pass


def _documents(data: Any) -> Iterator[Any]:
    """The JSON values of the input: one, or several one after another (JSON lines)."""
    if not isinstance(data, (bytes, bytearray, memoryview, str)):
        yield data  # already decoded
        return
    if isinstance(data, str):
        text = data
    else:
        raw = bytes(data)
        if len(raw) > MAX_JSON_BYTES:
            raise _Malformed(f"JSON document larger than {MAX_JSON_BYTES} bytes")
        if raw.startswith(_BOM):
            raw = raw[3:]
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise _Malformed(f"JSON not UTF-8: {exc}") from None
    if len(text) > MAX_JSON_BYTES:
        raise _Malformed(f"JSON document larger than {MAX_JSON_BYTES} characters")
    text = text.lstrip("\ufeff")
    decoder = json.JSONDecoder()
    pos, end, n = 0, len(text), 0
    while True:
        while pos < end and text[pos] in " \t\r\n":
            pos += 1
        if pos >= end:
            break
        try:
            value, pos = decoder.raw_decode(text, pos)
        except json.JSONDecodeError as exc:
            where = f" (document {n + 1})" if n else ""
            truncated = " - cut at the size limit?" if end in (MAX_MESSAGE_BYTES, MAX_JSON_BYTES) else ""
            raise _Malformed(f"malformed JSON{where}: {exc}{truncated}") from None
        except RecursionError:
            raise _Malformed("JSON nested too deeply") from None
        n += 1
        yield value
    if n == 0:
        raise _Malformed("empty JSON document")


def _events(doc: Any) -> Iterator[tuple[str, list[Event]]]:
    """(provider, its events) of one JSON value: a provider's document, or an array of them;
    array elements that no provider recognises are passed over."""
    found = _read(doc)
    if found is not None:
        yield found
        return
    if isinstance(doc, list):
        for item in doc:
            found = _read(item)
            if found is not None:
                yield found


def _read(doc: Any) -> tuple[str, list[Event]] | None:
    for reader in READERS:
        events: list[Event] | None = reader.read(doc)
        if events is not None:
            return reader.NAME, events
    return None


def _error(source: str, error: str) -> Report:
    rec = Record(source=source, kind=Kind.ERROR, parser="none", error=error)
    return Report(source=source, kind=Kind.ERROR, records=(rec,), parser="none", error=error)
