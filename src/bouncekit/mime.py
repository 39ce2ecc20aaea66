"""A lean bytes-level MIME reader: headers, parts, transfer and charset decoding.

Python's ``email`` package with ``policy.default`` parses only a few hundred bounces a
second; a bounce decoder needs the header block, the part tree and the text of a few parts,
so this module splits bytes and decodes lazily what a parser asks for.
"""
from __future__ import annotations

import binascii
import codecs
import re
from collections.abc import Iterator, Mapping

from ._patterns import compile_pattern

# A message is examined up to this many bytes: a 50 MB attachment costs neither time nor memory.
MAX_MESSAGE_BYTES = 1 << 20
# The text of one part is read up to this many bytes: a notice, a delivery-status part or the
# returned message's headers fit many times over, and a 1 MiB part of hostile lines costs a quarter.
TEXT_CAP = 256 * 1024


def normalize_newlines(data: bytes) -> bytes:
    """CRLF and bare CR become LF, so every later step sees one line ending."""
    if b"\r" in data:
        data = data.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    return data


class Headers(Mapping[str, str]):
    """Ordered, case-insensitive header map; ``h[name]`` is the first value, unfolded.

    Built from an ASCII header block, the map is deferred: the first few ``get`` calls find their
    field by a substring search of the block, and only a caller that asks for more (or iterates)
    pays for reading every field. Most parts of a bounce are asked for two or three fields."""

    __slots__ = ("_items", "_index", "_all", "_text", "_lower", "_lookups")

    def __init__(self, items: list[tuple[str, str]] | None = None, *, deferred: str | None = None) -> None:
        # the fields, or None while deferred (read from _text on demand)
        self._items: list[tuple[str, str]] | None = None if deferred is not None else (items or [])
        # the first value of each field; None for a field looked up and found missing (deferred)
        self._index: dict[str, str | None] = {}
        self._all: dict[str, list[str]] | None = None
        self._text: str | None = None if deferred is None else "\n" + deferred
        self._lower = "" if self._text is None else self._text.lower()
        self._lookups = 0
        if deferred is None:
            self._build_index()

    @classmethod
    def deferred(cls, text: str) -> Headers:
        return cls(deferred=text)

    def _build_index(self) -> None:
        index: dict[str, str | None] = {}
        for name, value in self._items or ():
            index.setdefault(name.lower(), value)
        self._index = index

    def _load(self) -> list[tuple[str, str]]:
        if self._items is None:
            self._items = _read_fields(self._text or "")
            self._build_index()
            self._text = None
            self._lower = ""
        return self._items

    def _find(self, key: str) -> str | None | bool:
        """The first value of ``key`` by a substring search; True when only a full read can tell."""
        lower = self._lower
        needle = "\n" + key
        i = lower.find(needle)
        while i >= 0:
            after = lower[i + len(needle):i + len(needle) + 1]
            if after == ":":
                break  # the first line naming the field
            if after in (" ", "\t"):
                return True  # maybe "Name :" with blanks before the colon: read properly
            i = lower.find(needle, i + 1)  # a longer name starting the same way
        if i < 0:
            return None
        text = self._text or ""
        start = i + len(key) + 2
        end = text.find("\n", start)
        while end >= 0 and end + 1 < len(text) and (
                text[end + 1] in " \t" or (text[end - 1] == ";" and _PARAM_LINE.match(text, end + 1))):
            end = text.find("\n", end + 1)
        value = text[start:end if end >= 0 else len(text)]
        return unfold(value) if "\n" in value else value.strip()

    def get(self, name: str, default: str | None = None) -> str | None:  # type: ignore[override]
        # the common case first: a name asked for in lower case, already in the index (a full map
        # holds every field; a deferred one each field looked up so far, None where missing)
        value = self._index.get(name, _UNSEEN)
        if value is not _UNSEEN:
            return default if value is None else value
        key = name.lower()
        if self._items is not None:
            return self._index.get(key, default)
        # deferred: _index memoises the fields looked up so far (None: not there)
        if key in self._index:
            value = self._index[key]
            return default if value is None else value
        self._lookups += 1
        if self._lookups <= _DEFERRED_LOOKUPS:
            found = self._find(key)
            if not isinstance(found, bool):
                self._index[key] = found
                return default if found is None else found
        self._load()
        return self._index.get(key, default)

    def __getitem__(self, name: str) -> str:
        value = self.get(name)
        if value is None:
            raise KeyError(name)
        return value

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and self.get(name) is not None

    def __iter__(self) -> Iterator[str]:
        seen: set[str] = set()
        for name, _ in self._load():
            if name.lower() not in seen:
                seen.add(name.lower())
                yield name

    def __len__(self) -> int:
        self._load()
        return len(self._index)

    def __bool__(self) -> bool:
        return not self.is_empty()

    def is_empty(self) -> bool:
        """No field at all; cheaper than ``len()`` on a deferred map."""
        if self._items is None:
            return _FIRST_FIELD.search(self._text or "") is None
        return not self._items

    def get_all(self, name: str) -> list[str]:
        if self._all is None:
            grouped: dict[str, list[str]] = {}
            for n, v in self._load():
                grouped.setdefault(n.lower(), []).append(v)
            self._all = grouped
        return list(self._all.get(name.lower(), ()))

    def names(self) -> Iterator[str]:
        """The lower-cased field names, each once (reads every field of a deferred map)."""
        self._load()
        return iter(self._index)

    def raw_items(self) -> list[tuple[str, str]]:
        return list(self._load())

    def __repr__(self) -> str:
        return f"Headers({self._load()!r})"


# what ``dict.get`` gives for a name the index does not hold
_UNSEEN = "\x00unseen"
# after this many lookups a deferred map reads all its fields once
_DEFERRED_LOOKUPS = 8
_PARAM_LINE = compile_pattern(r"[\w.\-*]+=")
_FIRST_FIELD = compile_pattern(r"^[!-9;-~]+[ \t]*:", re.M)


_HEADER_NAME = compile_pattern(rb"^([!-9;-~]+)[ \t]*:[ \t]*(.*)$")


def decode_bytes(raw: bytes, charset: str | None = None) -> str:
    """Bytes to text: the declared charset, else UTF-8, ISO-2022-JP, Shift_JIS, windows-1252."""
    if not raw:
        return ""
    if charset:
        codec = _codec_for(charset)
        if codec:
            try:
                return raw.decode(codec)
            except (UnicodeError, LookupError, ValueError):
                pass
    if raw.isascii():
        if b"\x1b$" in raw or b"\x1b(" in raw:
            try:
                return raw.decode("iso2022_jp_ext")
            except UnicodeDecodeError:
                pass
        return raw.decode("ascii")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    for codec in ("euc_jp", "cp932"):
        try:
            text = raw.decode(codec)
        except UnicodeDecodeError:
            continue
        if _looks_japanese(text):
            return text
    if charset:
        codec = _codec_for(charset)
        if codec:
            try:
                return raw.decode(codec, "replace")
            except (UnicodeError, LookupError, ValueError):
                pass
    return raw.decode("cp1252", "replace") if not any(b in raw for b in b"\x81\x8d\x8f\x90\x9d") else raw.decode("latin-1")


def _looks_japanese(text: str) -> bool:
    """Most non-ASCII characters are kana or kanji (Latin-1 bytes decoded as Japanese are not)."""
    wide = [c for c in text if ord(c) > 127]
    if not wide:
        return False
    cjk = sum(1 for c in wide if "\u3000" <= c <= "\u30ff" or "\u4e00" <= c <= "\u9fff" or "\uff00" <= c <= "\uffef")
    return cjk * 10 >= len(wide) * 8


_CHARSET_ALIASES = {
    "x-sjis": "cp932", "shift-jis": "cp932", "shift_jis": "cp932", "sjis": "cp932", "windows-31j": "cp932",
    "x-euc-jp": "euc_jp", "iso-2022-jp": "iso2022_jp_ext", "iso-2022-jp-1": "iso2022_jp_ext",
    "ks_c_5601-1987": "cp949", "gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030",
    "unicode-1-1-utf-7": "utf-7", "us-ascii": "ascii", "ansi_x3.4-1968": "ascii", "ascii": "ascii",
    "iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252", "x-unknown": "", "unknown-8bit": "",
    "8bit": "", "default": "", "x-user-defined": "",
}
_codec_cache: dict[str, str] = {}


# text codecs that do not decode mail text: they raise on any input (undefined), read host names
# (idna, punycode) or interpret backslashes (the escape codecs); a label naming one is ignored
_NOT_MAIL_CODECS = frozenset({"undefined", "idna", "punycode", "unicode-escape", "raw-unicode-escape",
                              "unicode-internal", "unicode_internal"})


def _codec_for(charset: str) -> str:
    """The Python codec for a charset label, or "" when the label names none that decodes text:
    unknown names, bytes-to-bytes codecs (hex, zlib, base64, rot13 ...), odd ones (idna ...), NULs."""
    cs = charset.strip().strip('"').lower()[:64]
    hit = _codec_cache.get(cs)
    if hit is not None:
        return hit
    name = _CHARSET_ALIASES.get(cs)
    if name is None:
        try:
            info = codecs.lookup(cs)
        except (LookupError, ValueError, TypeError):  # unknown, or a name with a NUL in it
            name = ""
        else:
            name = info.name if info._is_text_encoding and info.name not in _NOT_MAIL_CODECS else ""
    if len(_codec_cache) < 1024:
        _codec_cache[cs] = name
    return name


# one header field with its folded continuation lines; a parameter that some mailers fold
# without indenting (``boundary=...`` on the line after a ``;``) counts as a continuation
_FIELD = compile_pattern(r"^([!-9;-~]+)[ \t]*:[ \t]*(.*(?:(?:\n(?=[ \t])|(?<=;)\n(?=[\w.\-*]+=)).*)*)", re.M)


def unfold(value: str) -> str:
    """A folded header value on one line, stripped: the blanks around each line break become one
    space. The same as ``re.sub(r"[ \t]*\n[ \t]*", " ", value).strip()``, twice as fast on headers."""
    return " ".join([line.strip(" \t") for line in value.split("\n")]).strip()


def parse_header_block(block: bytes, deferred: bool = False) -> Headers:
    """Header lines to an ordered map; folded lines joined with one space."""
    if not block.isascii():
        return _parse_header_block_8bit(block)
    if deferred:
        return Headers.deferred(block.decode("ascii"))
    return Headers(_read_fields(block.decode("ascii")))


def _read_fields(text: str) -> list[tuple[str, str]]:
    return [(name, unfold(value) if "\n" in value else value.strip()) for name, value in _FIELD.findall(text)]


def _parse_header_block_8bit(block: bytes) -> Headers:
    """The same for a block with 8-bit bytes: each value decoded by its own charset guess."""
    items: list[tuple[str, str]] = []
    name: bytes | None = None
    value: list[bytes] = []
    for line in block.split(b"\n"):
        if not line:
            continue
        if line[0] in (32, 9):  # continuation
            if name is not None:
                value.append(line.strip())
            continue
        m = _HEADER_NAME.match(line)
        if m is None:
            if name is not None and value and value[-1].rstrip().endswith(b";") and b"=" in line:
                value.append(line.strip())
            continue
        if name is not None:
            items.append((_hdecode(name), _hdecode(b" ".join(value).strip())))
        name, value = m.group(1), [m.group(2)]
    if name is not None:
        items.append((_hdecode(name), _hdecode(b" ".join(value).strip())))
    return Headers(items)


def _hdecode(raw: bytes) -> str:
    if raw.isascii():
        return raw.decode("ascii")
    return decode_bytes(raw)


_ENCODED_WORD = compile_pattern(r"=\?([^?\s]{1,75})\?([bBqQ])\?([^?\s]*)\?=")
# encoded words decoded per header value; the rest is left as written (a Subject folded into
# thousands of words is an attack, not a subject)
MAX_ENCODED_WORDS = 200


def decode_words(value: str | None) -> str | None:
    """RFC 2047 encoded words in a header value to text, in one linear pass.

    Adjacent words (only blanks between them) are joined, and consecutive words of one charset
    are decoded together, so a character split across two words survives. A word that does not
    decode is left as written; words after the first MAX_ENCODED_WORDS are left as written.
    (The standard library's ``email.header.decode_header`` is quadratic in the number of words.)"""
    if not value or "=?" not in value:
        return value
    out: list[str] = []
    pending: list[bytes] = []
    pending_charset = ""
    pos = 0
    count = 0
    after_word = False

    def flush() -> None:
        nonlocal pending, pending_charset
        if pending:
            out.append(decode_bytes(b"".join(pending), pending_charset or None))
            pending, pending_charset = [], ""

    for m in _ENCODED_WORD.finditer(value):
        count += 1
        if count > MAX_ENCODED_WORDS:
            break
        between = value[pos:m.start()]
        raw = _word_bytes(m.group(2), m.group(3))
        if raw is None:  # not decodable: kept as written
            flush()
            out.append(value[pos:m.end()])
            pos, after_word = m.end(), False
            continue
        charset = m.group(1).split("*", 1)[0]  # RFC 2231 language suffix: "utf-8*en"
        if not (after_word and not between.strip(" \t\n")):
            flush()
            out.append(between)
        elif pending and charset.lower() != pending_charset.lower():
            flush()
        pending.append(raw)
        pending_charset = charset
        pos, after_word = m.end(), True
    flush()
    out.append(value[pos:])
    return "".join(out)


def _word_bytes(encoding: str, text: str) -> bytes | None:
    try:
        data = text.encode("ascii")
    except UnicodeEncodeError:
        return None
    try:
        if encoding in "bB":
            data = data.rstrip(b"=")
            if len(data) % 4 == 1:
                data = data[:-1]
            return binascii.a2b_base64(data + b"=" * (-len(data) % 4))
        return binascii.a2b_qp(data, header=True)
    except (binascii.Error, ValueError):
        return None


# a quoted value as an unrolled loop (runs of plain characters, then escapes): the same matches as
# "(?:[^"\\]|\\.)*" at half the cost
_PARAM = compile_pattern(r';\s*([\w.\-*]+)\s*=\s*("[^"\\]*(?:\\.[^"\\]*)*"?|[^;\s]*)')


def parse_content_type(value: str | None) -> tuple[str, dict[str, str]]:
    """``multipart/report; boundary="x"`` -> ("multipart/report", {"boundary": "x"})."""
    if not value:
        return "text/plain", {}
    known = _CONTENT_TYPES.get(value)
    if known is not None:
        return known[0], dict(known[1])
    ctype, params = _parse_content_type(value)
    if len(_CONTENT_TYPES) < _CONTENT_TYPES_KEPT and _SHARED_PARAMS.issuperset(params):
        _CONTENT_TYPES[value] = (ctype, params.copy())
    return ctype, params


# the few values most parts carry ("text/plain; charset=us-ascii", "message/delivery-status"),
# read once; values with a boundary or a file name are one message's own and are not kept
_CONTENT_TYPES: dict[str, tuple[str, dict[str, str]]] = {}
_CONTENT_TYPES_KEPT = 256
_SHARED_PARAMS = frozenset({"charset", "format", "delsp", "report-type", "reply-type"})


def _parse_content_type(value: str) -> tuple[str, dict[str, str]]:
    head, _, rest = value.partition(";")
    ctype = head.strip().lower() or "text/plain"
    if "/" not in ctype:
        ctype = "text/plain" if ctype in ("text", "") else ctype + "/unknown"
    params: dict[str, str] = {}
    if rest:
        for m in _PARAM.finditer(";" + rest):
            key = m.group(1).lower().rstrip("*")
            val = m.group(2)
            if val.startswith('"'):
                val = val[1:-1] if val.endswith('"') and len(val) > 1 else val[1:]
                val = val.replace('\\"', '"')
            params.setdefault(key, val)
    return ctype, params


def decode_transfer(body: bytes, encoding: str | None) -> bytes:
    enc = (encoding or "").strip().lower()
    if enc == "base64":
        try:
            return binascii.a2b_base64(body)
        except (binascii.Error, ValueError):
            clean = re.sub(rb"[^A-Za-z0-9+/=]", b"", body)
            clean = clean[: len(clean) - len(clean) % 4]
            try:
                return binascii.a2b_base64(clean)
            except (binascii.Error, ValueError):
                return body
    if enc == "quoted-printable":
        return binascii.a2b_qp(body)
    return body


class Part:
    """One MIME entity: its headers, raw body, and (for multiparts) its children."""

    __slots__ = ("headers", "raw_body", "content_type", "params", "_children", "_payload", "_text", "_message")

    def __init__(self, headers: Headers, raw_body: bytes) -> None:
        self.headers = headers
        self.raw_body = raw_body
        self.content_type, self.params = parse_content_type(headers.get("content-type"))
        self._children: list[Part] | None = None
        self._payload: bytes | None = None
        self._text: str | None = None
        self._message: Part | None = None

    @property
    def is_multipart(self) -> bool:
        return self.content_type.startswith("multipart/")

    @property
    def children(self) -> list[Part]:
        if self._children is None:
            self._children = _split_multipart(self) if self.is_multipart else []
        return self._children

    @property
    def payload(self) -> bytes:
        """The body with its Content-Transfer-Encoding undone."""
        if self._payload is None:
            self._payload = decode_transfer(self.raw_body, self.headers.get("content-transfer-encoding"))
        return self._payload

    @property
    def text(self) -> str:
        """The body as text, in the declared (or guessed) charset; its first TEXT_CAP bytes (cut at
        a line end), which is what every format reads line by line."""
        if self._text is None:
            payload = self.payload
            if len(payload) > TEXT_CAP:
                cut = payload.rfind(b"\n", 0, TEXT_CAP)
                payload = payload[:cut if cut > TEXT_CAP // 2 else TEXT_CAP]
            self._text = decode_bytes(payload, self.params.get("charset"))
        return self._text

    @property
    def message(self) -> Part:
        """For message/rfc822 and header-only parts: the enclosed message as a Part."""
        if self._message is None:
            self._message = parse_message(self.payload, normalized=True, deferred=True)
        return self._message

    def leaves(self) -> Iterator[Part]:
        """Leaf parts in order; a multipart whose boundary never occurs is itself a leaf."""
        if self.is_multipart and self.children:
            for child in self.children:
                yield from child.leaves()
        else:
            yield self


def split_head_body(data: bytes) -> tuple[bytes, bytes]:
    if data.startswith(b"\n"):
        return b"", data[1:]
    i = data.find(b"\n\n")
    if i < 0:
        # No blank line: headers only if every line looks like a header.
        lines = data.split(b"\n")
        if all(not ln or ln[0] in (32, 9) or _HEADER_NAME.match(ln) for ln in lines):
            return data, b""
        # find the first line that is not a header
        pos = 0
        for ln in lines:
            if ln and ln[0] not in (32, 9) and not _HEADER_NAME.match(ln):
                return data[:pos], data[pos:]
            pos += len(ln) + 1
        return data, b""
    return data[:i], data[i + 2:]


def parse_message(data: bytes, normalized: bool = False, deferred: bool = False) -> Part:
    """Bytes of one message (any line endings) to its root Part."""
    if not normalized:
        data = normalize_newlines(data[:MAX_MESSAGE_BYTES])
    if data.startswith(b"From ") or data.startswith(b">From "):
        nl = data.find(b"\n")
        data = data[nl + 1:] if nl >= 0 else b""
    head, body = split_head_body(data)
    return Part(parse_header_block(head, deferred), body)


# parts read of one multipart: a body of 100,000s of delimiter lines is not a bounce, and a Python
# object per part costs seconds; the parts after the cap stay in the body of the last one read
MAX_PARTS = 1000


def _split_multipart(part: Part) -> list[Part]:
    boundary = part.params.get("boundary")
    text = b"\n" + part.raw_body
    starts: list[int] = []
    delim = b""
    if boundary:
        delim = b"\n--" + boundary.encode("utf-8", "replace")
        pos = text.find(delim)
        while pos >= 0 and len(starts) < MAX_PARTS:
            starts.append(pos)
            pos = text.find(delim, pos + len(delim))
    if not starts:
        # A wrong or missing boundary: try to recover a boundary from the first "--" line.
        m = re.search(rb"\n--([^\s]{6,})[ \t]*\n", text)
        if not m:
            return []
        delim = b"\n--" + m.group(1)
        starts = [m.start()]
        pos = text.find(delim, m.end())
        while pos >= 0 and len(starts) < MAX_PARTS:
            starts.append(pos)
            pos = text.find(delim, pos + len(delim))
    parts: list[Part] = []
    dlen = len(delim)
    for i, start in enumerate(starts):
        after = start + dlen
        if text[after:after + 2] == b"--":
            break  # closing delimiter
        nl = text.find(b"\n", after)
        if nl < 0:
            break
        end = starts[i + 1] if i + 1 < len(starts) else len(text)
        # a delimiter line running into the next delimiter ("--b-x" then "--b--") has no part;
        # tested, not sliced: mypyc's bytes slice fails on a start past the end
        chunk = text[nl + 1:end] if nl < end else b""
        head, sub = split_head_body(chunk)
        parts.append(Part(parse_header_block(head, deferred=True), sub))
    return parts


# a tag is "<...>" without another "<" inside: a text of many "<" and no ">" is read in one pass
# (``<[^>]*>`` tried a scan to the end of the text at every "<"); script and style elements are
# removed before, by _drop_elements, in one pass too
_TAG = compile_pattern(r"<br\s*+/?>|</(?:p|div|tr|li|h\d)>|<[^<>]*+>", re.I)
_ENTITY = compile_pattern(r"&(#\d+|#x[0-9a-f]+|[a-z]+);", re.I)
_ENTITIES = {"nbsp": " ", "lt": "<", "gt": ">", "amp": "&", "quot": '"', "apos": "'"}


def html_to_text(html: str) -> str:
    def tag(m: re.Match[str]) -> str:
        t = m.group(0)
        if t[1:3].lower() in ("br", "/p", "/d", "/t", "/l", "/h"):
            return "\n"
        return ""

    def ent(m: re.Match[str]) -> str:
        e = m.group(1).lower()
        if e.startswith("#x"):
            try:
                return chr(int(e[2:], 16))
            except ValueError:
                return m.group(0)
        if e.startswith("#"):
            try:
                return chr(int(e[1:]))
            except ValueError:
                return m.group(0)
        return _ENTITIES.get(e, m.group(0))

    text = _TAG.sub(tag, _drop_elements(html))
    text = _ENTITY.sub(ent, text)
    return _squeeze_lines(text)


def _drop_elements(html: str) -> str:
    """``<script ...>...</script>`` and ``<style>`` elements removed, in one pass (a regex with a
    lazy ``.*?`` up to the closing tag rescans the rest of the text for every unclosed one)."""
    lower = html.lower()
    if "<script" not in lower and "<style" not in lower:
        return html
    for name in ("script", "style"):
        if "<" + name not in lower:
            continue
        kept: list[str] = []
        pos = 0
        while True:
            i = lower.find("<" + name, pos)
            if i < 0:
                break
            after = lower[i + 1 + len(name):i + 2 + len(name)]
            if after and (after.isalnum() or after in "-_:"):
                kept.append(html[pos:i + 1])  # <scripts>, <style-x>: another tag
                pos = i + 1
                continue
            j = lower.find("</" + name, i)
            k = lower.find(">", j) if j >= 0 else -1
            if k < 0:
                break  # never closed: no later one is closed either
            kept.append(html[pos:i])
            pos = k + 1
        kept.append(html[pos:])
        html = "".join(kept)
        lower = html.lower()
    return html


def _squeeze_lines(text: str) -> str:
    """Blanks around line breaks and empty lines removed: ``re.sub(r"[ \t]*\n[ \t\n]*", "\n", text)``
    by string methods (the pattern restarts its scan of a long run of blanks at every blank)."""
    if "\n" not in text:
        return text
    lines = text.split("\n")
    out = [lines[0].rstrip(" \t")]
    out.extend(x for x in (line.strip(" \t") for line in lines[1:-1]) if x)
    out.append(lines[-1].lstrip(" \t"))
    return "\n".join(out)
