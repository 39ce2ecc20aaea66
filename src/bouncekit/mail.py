"""What a parser sees (``Mail``) and what it returns (``Draft``)."""
from __future__ import annotations

import re
from collections.abc import Iterator

import attrs

from ._patterns import compile_pattern
from .mime import Headers, Part, decode_bytes, decode_words, html_to_text, parse_message
from .model import Kind, Reason
from .text import extract_address, find_addresses, line_matches

DS_TYPES = frozenset({"message/delivery-status", "message/global-delivery-status"})
ORIGINAL_TYPES = frozenset({
    "message/rfc822", "message/global", "text/rfc822-headers", "message/rfc822-headers",
    "message/global-headers", "text/rfc822", "message/partial",
})
# Lines after which MTAs quote the returned message inline (Exim, qmail, Sendmail V5, Courier, ...).
# The leading runs are possessive: blanks, then rule characters, then blanks, each taken whole (with
# plain runs a long line of blanks was split every way between the two blank runs: quadratic).
INLINE_ORIGINAL = compile_pattern(
    r"^[ \t]*+[-=_|]*+[ \t]*+(?:This is a copy of (?:the|your) message|Below this line is a copy of the message|"
    r"(?:Unsent|Undelivered|Returned|Original) message(?: headers?)? (?:follows|text follows)|"
    r"Original message[ \t]*-{3,}|"
    r"The (?:header|headers|text) of the original message|Original message header|"
    r"Message text follows|Original message follows|Content-Type: message/rfc822|"
    r"The original message (?:headers are|was)|Headers of the original message)[^\n]*\n",
    re.M | re.I,
)
def inline_original_end(text: str, lowered: str) -> int | None:
    """Where the text after the first INLINE_ORIGINAL marker line begins, or None: the same
    answer as ``INLINE_ORIGINAL.search(text).end()``, found faster. Every marker phrase holds the
    word "message", so only the lines holding it are tried (a substring search, not a regex scan)."""
    if len(lowered) != len(text):  # lower() changed some lengths: positions would not agree
        m = INLINE_ORIGINAL.search(text)
    else:
        m = next(line_matches(INLINE_ORIGINAL, text, "message", lowered), None)
    return m.end() if m else None


_HEADERISH = compile_pattern(r"^\s*[A-Za-z][A-Za-z0-9-]*:[ \t]")
# the cap on how much of a returned original message goes into the flat text
ORIGINAL_TEXT_CAP = 64 * 1024
# caps on what one message can make a parser do (linear time is not enough when the constant is a
# Python loop per line): recipients read per message, lines read under one recipient's block
MAX_RECIPIENTS = 1000
MAX_BLOCK_LINES = 200


@attrs.define(slots=True)
class Draft:
    """One recipient as a parser read it; the core fills in codes, reason and the rest."""

    recipient: str | None = None
    original_recipient: str | None = None
    action: str | None = None
    status: str | None = None
    reply_code: str | None = None
    diagnostic: str | None = None
    diagnostic_type: str | None = None
    remote_mta: str | None = None
    reporting_mta: str | None = None
    smtp_command: str | None = None
    timestamp: str | None = None
    # what the vendor format itself says of the cause: a code or the id of one of its fixed
    # sentences, looked up in rules/vendors.py by the classifier (e.g. an SES bounceSubType)
    vendor_code: str | None = None
    # the message's own words that vendor_code was read from (records.md ``matched``): the fixed
    # sentence a table matched (``text.words_of``), or a field's value as written, e.g. ``MailboxFull``
    vendor_text: str | None = None
    # a reason already decided elsewhere (a webhook's own table); formats set vendor_code instead
    reason: Reason | None = None
    feedback_type: str | None = None
    kind: Kind | None = None


class Mail:
    """A parsed message with the views parsers need: its main headers read at once, the rest
    (leaves, text, delivery-status parts, returned message) computed once on demand."""

    __slots__ = ("root", "headers", "subject", "from_", "from_address", "content_type", "_flat", "_flat_lower",
                 "_leaves", "_ds", "_original", "_original_found", "_decoded", "_text")

    def __init__(self, root: Part) -> None:
        self.root = root
        self._decoded: dict[str, str] = {}
        # read at once, not on demand: every parser's match() asks for some of them, dozens of times
        self.headers: Headers = root.headers
        self.content_type: str = root.content_type
        self.subject: str = self.header("subject")
        #: the From header as written (decoded), e.g. ``Mail Delivery System <MAILER-DAEMON@x>``
        self.from_: str = self.header("from")
        #: the From address, lower-cased
        self.from_address: str = (extract_address(self.from_) or "").lower()
        self._flat: str | None = None
        self._flat_lower: str | None = None
        self._text: str | None = None
        self._leaves: list[Part] | None = None
        self._ds: list[Part] | None = None
        self._original: Part | None = None
        self._original_found = False

    def header(self, name: str) -> str:
        """A top-level header, RFC 2047 decoded, or ''."""
        cache = self._decoded
        value = cache.get(name)
        if value is None:
            value = cache[name] = decode_words(self.root.headers.get(name)) or ""
        return value

    @property
    def leaves(self) -> list[Part]:
        if self._leaves is None:
            self._leaves = list(self.root.leaves())
        return self._leaves

    @property
    def delivery_status_parts(self) -> list[Part]:
        if self._ds is None:
            self._ds = [p for p in self.leaves if p.content_type in DS_TYPES]
        return self._ds

    @property
    def original_part(self) -> Part | None:
        """The returned original message (``message/rfc822`` or a headers-only part)."""
        if not self._original_found:
            for p in self.leaves:
                if p.content_type in ORIGINAL_TYPES:
                    self._original = p
                    break
            self._original_found = True
        return self._original

    def text_parts(self) -> Iterator[Part]:
        """The human-readable parts: text/plain, or text/html where no plain text stands beside it."""
        leaves = self.leaves
        has_plain = any(p.content_type == "text/plain" for p in leaves)
        for p in leaves:
            ct = p.content_type
            if ct == "text/plain" or (ct.startswith("text/") and ct not in ("text/html", "text/rfc822-headers")
                                      and not ct.startswith("text/x-") and ct != "text/calendar"):
                yield p
            elif ct == "text/html" and not has_plain:
                yield p

    @property
    def text(self) -> str:
        """The human-readable parts (``text_parts()``) joined by newlines: the words of the bounce
        itself, without the delivery-status fields and the returned message (``flat`` for a
        message of one part)."""
        if self._text is None:
            root = self.root
            if not root.is_multipart or not root.children:
                self._text = self.flat
            else:
                self._text = "\n".join(p.text for p in self.text_parts())
        return self._text

    @property
    def flat_lower(self) -> str:
        """``flat`` lower-cased, for the cheap substring tests that gate a parser's patterns."""
        if self._flat_lower is None:
            self._flat_lower = self.flat.lower()
        return self._flat_lower

    @property
    def flat(self) -> str:
        """The body as one text, like Sisimai's: text parts in order, the delivery-status part
        and the returned message, each of the last two after a ``Content-Type:`` line."""
        if self._flat is None:
            self._flat = self._make_flat()
        return self._flat

    def _make_flat(self) -> str:
        root = self.root
        if not root.is_multipart or not root.children:
            if root.content_type == "text/html":
                return html_to_text(root.text)
            if root.content_type in ORIGINAL_TYPES or root.content_type in DS_TYPES:
                return f"Content-Type: {root.content_type}\n\n" + root.text
            if root.is_multipart:
                return decode_bytes(root.raw_body)
            return root.text
        leaves = self.leaves
        has_plain = any(p.content_type == "text/plain" for p in leaves)
        out: list[str] = []
        for p in leaves:
            ct = p.content_type
            if ct in DS_TYPES or ct == "message/feedback-report":
                out.append(f"Content-Type: {ct}\n\n{p.text}")
            elif ct in ORIGINAL_TYPES:
                out.append(f"Content-Type: {ct}\n\n" + decode_bytes(p.payload[:ORIGINAL_TEXT_CAP]))
            elif ct == "text/html":
                if not has_plain:
                    out.append(html_to_text(p.text))
            elif ct.startswith("text/") and ct != "text/calendar":
                out.append(p.text)
        return "\n".join(out)

    def original_headers(self, text: str | None = None) -> Headers | None:
        """Headers of the returned original message: from ``text``, the original as the format's
        reader found it (``formats.drafts``), else from a part or from inline text."""
        if text is None:
            # a reader that found the original knows better than the first message part
            part = self.original_part
            if part is not None:
                msg = part.message
                if not msg.headers.is_empty():
                    return msg.headers
                # text/rfc822-headers sometimes starts with a blank line
                inner = parse_message(part.payload.lstrip(b"\n"), normalized=True)
                if not inner.headers.is_empty():
                    return inner.headers
            # quoted inline after a marker line; only trusted when header lines follow it
            end = inline_original_end(self.flat, self.flat_lower)
            if end is None:
                return None
            text = self.flat[end:end + ORIGINAL_TEXT_CAP].lstrip("\n")
            if not _HEADERISH.match(text):
                return None
        lines = [ln.lstrip() if i == 0 else ln for i, ln in enumerate(text.lstrip("\n").split("\n"))]
        return parse_message("\n".join(lines).encode("utf-8", "replace"), normalized=True).headers


def failed_recipients(mail: Mail) -> list[str]:
    """The addresses in X-Failed-Recipients (Exim and Gmail write one or several, comma separated)."""
    out: list[str] = []
    for value in mail.headers.get_all("x-failed-recipients"):
        for a in find_addresses(value):
            if a not in out:
                out.append(a)
    return out
