"""Small text helpers shared by the parsers: addresses, status and reply codes, dates."""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime, timedelta, timezone

from ._patterns import compile_pattern

# local@domain, the local part as servers print it (quoted strings are rare in bounces).
ADDRESS = compile_pattern(
    # possessive runs: a long local part, or a domain, that is not followed by what must come next
    # fails at once instead of trying every way to split it (linear time; same matches, since the
    # local part's class holds the dot and a domain label run ends where its class ends)
    r"""(?<![\w.+!#$%&'*/=?^`{|}~-])([\w.+!#$%&'*/=?^`{|}~-]++"""
    r"""@[\w-]++(?:\.[\w-]++)*+|"[^"\r\n]++"@[\w-]++(?:\.[\w-]++)*+|[\w.+=-]++@\[[0-9.:a-fA-F]++\])"""
)
ENHANCED_STATUS = compile_pattern(r"(?<![\d.])([245])\.(\d{1,3})\.(\d{1,3})(?![\d]|\.\d)")
# a reply code: three digits, 2xx-5xx, at a word start and followed by space, '-' or end.
REPLY_CODE = compile_pattern(r"(?<![\w.\-/:#=+])([2-5][0-5]\d)(?=[ \-]|$)", re.M)


# an address already in the form normalize_address gives (the common case): it is returned as is
_NORMAL_ADDRESS = compile_pattern(r"""[^\s<>"'.,;:()\[\]@][^\s@:]*@[a-z0-9_-]+(?:\.[a-z0-9_-]+)*""")


def normalize_address(addr: str | None) -> str | None:
    """Strip brackets, quotes around the whole thing and trailing dots; lower-case the domain."""
    if not addr:
        return None
    if _NORMAL_ADDRESS.fullmatch(addr) is not None:
        return addr
    return _normalize_address(addr)


def _normalize_address(addr: str) -> str | None:
    """normalize_address, step by step (for any text)."""
    a = addr.strip().strip("<>").strip().strip(".,;:'()[]").strip("<>")
    if '"@' not in a or not a.startswith('"'):
        # quotes around the whole address go; a quoted local part ("a..b"@host) stays as given
        a = a.strip('"').strip("<>")
    if a.lower().startswith("mailto:"):
        a = a[7:]
    if "@" not in a:
        return None
    local, _, domain = a.rpartition("@")
    if not local or not domain:
        return None
    domain = domain.strip().rstrip(".").lower()
    if not domain:
        return None
    return f"{local}@{domain}"


def extract_address(text: str | None) -> str | None:
    """The first address in ``rfc822; user@host``, ``Name <user@host>``, ``<user@host>`` ..."""
    if not text:
        return None
    t = text.strip()
    if ";" in t and t.split(";", 1)[0].strip().lower() in ("rfc822", "utf-8", "x-unknown", "unknown", "x400", "smtp"):
        t = t.split(";", 1)[1].strip()
    lt = t.find("<")
    if lt >= 0:
        gt = t.find(">", lt)
        inner = t[lt + 1:gt] if gt > lt else t[lt + 1:]
        if "@" in inner:
            m = ADDRESS.search(inner)
            if m:
                return normalize_address(m.group(1))
    m = ADDRESS.search(t)
    if m:
        return normalize_address(m.group(1))
    return None


def find_addresses(text: str) -> list[str]:
    out: list[str] = []
    for m in ADDRESS.finditer(text):
        a = normalize_address(m.group(1))
        if a and a not in out:
            out.append(a)
    return out


def find_status(text: str | None) -> str | None:
    """The first RFC 3463 enhanced status code in a text, e.g. ``5.1.1``."""
    if not text:
        return None
    m = ENHANCED_STATUS.search(text)
    return f"{m.group(1)}.{m.group(2)}.{m.group(3)}" if m else None


def find_statuses(text: str | None) -> list[str]:
    if not text:
        return []
    return [f"{m.group(1)}.{m.group(2)}.{m.group(3)}" for m in ENHANCED_STATUS.finditer(text)]


def find_reply_code(text: str | None) -> str | None:
    """The first SMTP reply code in a text, e.g. ``550`` in ``host said: 550 5.1.1 ...``."""
    if not text:
        return None
    first = None
    for m in REPLY_CODE.finditer(text):
        code = m.group(1)
        if code[0] in "45":
            # a failure code beats a greeting or an earlier 2xx in the same transcript
            return code
        if first is None:
            first = code
    return first


def best_status(field: str | None, diagnostic: str | None) -> str | None:
    """records.md: the Status field, or where it is generic x.0.0 or missing, the more specific
    code of the same class that the diagnostic quotes."""
    if field and not field.endswith(".0.0"):
        return field
    for code in find_statuses(diagnostic):
        if code.endswith(".0.0"):
            continue
        if field is None or code[0] == field[0]:
            return code
    if field is None:
        found = find_statuses(diagnostic)
        return found[0] if found else None
    return field


#: a Status field (``5.1.1 (user unknown)``, ``5.1.10``, ``550``) to its code or None: the first
#: enhanced status code the field holds
normalize_status = find_status


def one_line(text: str | None) -> str | None:
    if text is None:
        return None
    t = " ".join(text.split())
    return t or None


_MONTHS = {m: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}
# the form nearly every MTA writes: "Thu, 29 Apr 2026 23:34:45 +0900"; anything else goes the long way
_COMMON_DATE = compile_pattern(r"(?:[A-Za-z]{3},\s*)?(\d{1,2})\s+([A-Za-z]{3})\s+(\d{4})\s+(\d{1,2}):(\d{2})"
                          r"(?::(\d{2}))?\s+([+-])(\d{2})(\d{2})(?:\s*\([^)]*\))?\s*", re.A)
_DAYS_IN_MONTH = (0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_TWO_DIGITS = tuple(f"-{n:02d}" for n in range(32))


def _leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


# email._parseaddr._parsedate_tz's result, a list (declared as a sequence: a tuple type would fail
# the compiled build's run-time check): year, month, day, hour, minute, second, three unused
# fields, the zone's offset in seconds (None: no zone, or "-0000")
_ParsedDate = Sequence[int | None]


def iso_date(value: str | None) -> str | None:
    """RFC 5322 date to ISO 8601 (UTC offset kept); None when unreadable."""
    if not value:
        return None
    v = value.strip()
    m = _COMMON_DATE.fullmatch(v)
    if m is not None:
        # the text datetime(...).isoformat() gives, put together from the digits: this runs per message
        day_s, month_s, year_s, hour_s, minute_s, second_s, sign, zh, zm = m.groups()
        month = _MONTHS.get(month_s.lower())
        day, hour = int(day_s), int(hour_s)
        if (month is not None and year_s != "0000" and 1 <= day <= _DAYS_IN_MONTH[month] and hour < 24
                and minute_s < "60" and (second_s is None or second_s < "60") and zh < "24" and zm < "60"
                and (day < 29 or month != 2 or _leap(int(year_s)))):
            # "-0000" means the offset is unknown: reported as UTC, as for a date without a zone
            zone = "+00:00" if zh == "00" and zm == "00" else sign + zh + ":" + zm
            return (year_s + _TWO_DIGITS[month] + _TWO_DIGITS[day] + "T" + _TWO_DIGITS[hour][1:] + ":" + minute_s
                    + ":" + (second_s or "00") + zone)
        # an impossible day or hour: let the general reader decide
    v = re.sub(r"\s*\([^)]*\)\s*$", "", v)
    # the general reader, for the dates the common form does not cover: the one email.utils's
    # parsedate_to_datetime uses, from its own small module (email.utils costs ~9 ms to import,
    # in every worker process)
    import importlib  # (email._parseaddr has no type stub: its function is given its type here)

    read: Callable[[str], _ParsedDate | None] = importlib.import_module("email._parseaddr")._parsedate_tz
    try:
        parsed = read(v)
        if parsed is None:
            return None
        # "-0000" (offset unknown) and no zone at all come as None: reported as UTC
        offset = parsed[9]
        zone = timezone.utc if offset is None else timezone(timedelta(seconds=offset))
        # (the first six are always numbers)
        year, month, day, hour, minute, second = (x if x is not None else 0 for x in parsed[:6])
        return datetime(year, month, day, hour, minute, second, tzinfo=zone).isoformat()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def strip_type(value: str | None) -> str | None:
    """``dns; mx.example.org`` -> ``mx.example.org``."""
    if not value:
        return None
    v = value.strip()
    if ";" in v:
        v = v.split(";", 1)[1].strip()
    # "mx.example.org [192.0.2.1]" names the host first; a bare "[192.0.2.1]" is an address literal
    token = v.split(None, 1)[0] if v else ""
    token = token.strip("[]<>();").rstrip(".")
    return token or None


# VERP: the bounce goes to "bounces+alice=example.org@lists.example.net" (or with '-' as separator)
_VERP = compile_pattern(
    r"^(?:[^+@]*?\+|(?:[^@]*?[-_.])?(?:bounces?|return|verp|errors?)[-_])([^=@]+)=([A-Za-z0-9.-]+\.[A-Za-z]{2,})@",
    re.A | re.I)


def decode_verp(address: str | None) -> str | None:
    """``bounces+alice=example.org@lists.example.net`` -> ``alice@example.org``."""
    if not address or "=" not in address:
        return None
    m = _VERP.match(address.strip().strip("<>"))
    if not m:
        return None
    return normalize_address(f"{m.group(1)}@{m.group(2)}")


#: the longest text a vendor rule reports as the words it matched (records.md ``matched``)
MAX_MATCHED = 160
# where a sentence ends: at a line break, at "." "!" "?" before a blank, at an ideographic full stop
_SENTENCE_END = compile_pattern(r"\n|[.!?](?=\s)|\u3002")
_BLANKS = compile_pattern(r"\s+")


def words_at(text: str, start: int, end: int, limit: int = MAX_MATCHED) -> str:
    """The sentence of ``text`` that holds ``text[start:end]`` (from the end of the sentence before
    it up to its own full stop or line end), every run of white space one space, at most ``limit``
    characters: where it is longer, the words nearest the match are kept. What a format reports as
    the words of the message that its fixed sentence or code matched (``Draft.vendor_text``)."""
    lo = max(0, start - limit)
    for m in _SENTENCE_END.finditer(text, lo, start):
        lo = m.end()
    hi = min(len(text), end + limit)
    stop = _SENTENCE_END.search(text, end, hi)
    if stop is not None:
        hi = stop.start() if stop.group() == "\n" else stop.end()
    head = _BLANKS.sub(" ", text[lo:start]).lstrip()
    tail = _BLANKS.sub(" ", text[end:hi]).rstrip()
    said = _BLANKS.sub(" ", text[start:end])[:limit]
    room = limit - len(said)
    if len(head) + len(tail) > room:
        tail = tail[:max(room - len(head), room // 2)]
        keep = room - len(tail)
        head = head[len(head) - keep:] if keep > 0 else ""
    return (head + said + tail).strip()


def words_of(m: re.Match[str], limit: int = MAX_MATCHED) -> str:
    """``words_at`` for a match: the sentence of the searched text that holds it."""
    return words_at(m.string, m.start(), m.end(), limit)


class Labels:
    """An ordered table of patterns (case-insensitive), each with the label it gives: called with
    a text, the label of the first pattern found in it, else None. The formats' tables of their
    own fixed sentences (the cause each names) and of the SMTP command a phrase names are these."""

    __slots__ = ("rules",)

    def __init__(self, *rules: tuple[str, str]) -> None:
        self.rules: tuple[tuple[re.Pattern[str], str], ...] = tuple((compile_pattern(p, re.I), label) for p, label in rules)

    def find(self, text: str | None) -> tuple[re.Match[str], str] | None:
        """The first pattern's match in ``text`` and its label."""
        if text:
            for pattern, label in self.rules:
                m = pattern.search(text)
                if m is not None:
                    return m, label
        return None

    def cause(self, text: str | None) -> tuple[str, str] | None:
        """The first pattern's label and the words of ``text`` it matched (``words_of``: the
        sentence that holds the match), for a format to report as ``vendor_code`` and
        ``vendor_text``."""
        found = self.find(text)
        if found is None:
            return None
        return found[1], words_of(found[0])

    def __call__(self, text: str | None) -> str | None:
        if text:
            for pattern, label in self.rules:
                if pattern.search(text) is not None:
                    return label
        return None


# "in reply to RCPT TO command", "after end of data", "did not like our RCPT TO:", "for TEXT command",
# "while receiving the greeting": the SMTP command a phrase names, first rule that matches
_COMMAND_NAMES = Labels(
    (r"\bRCPT(?:[\s_]+TO)?\b", "RCPT"),
    # "mail" alone is a common word: the command is "MAIL FROM" or "MAIL command"
    (r"\bMAIL(?:[\s_]+FROM)\b|\bMAIL\b(?=\s+command\b|\s*$)", "MAIL"),
    (r"\b(?:end\s+of\s+data|DATA|BDAT)\b|\bTEXT\b(?=\s+command\b|\s*$)", "DATA"),
    (r"\bEHLO\b", "EHLO"),
    (r"\bHELO\b", "HELO"),
    (r"\b(?:CONN|connect(?:ion)?|greeting|banner)\b", "CONN"),
)


def line_matches(pattern: re.Pattern[str], text: str, word: str,
                 haystack: str | None = None) -> Iterator[re.Match[str]]:
    """The matches of a line pattern (``^`` under re.M, a match within one line) that holds ``word``,
    tried only at the starts of the lines where ``word`` occurs in ``haystack`` (``text`` itself, or a
    copy of the same length, such as ``text.lower()``): in order, as ``pattern.finditer(text)`` gives
    them, without trying the pattern at every line."""
    find = (text if haystack is None else haystack).find
    tried = -1
    i = find(word)
    while i >= 0:
        line_start = text.rfind("\n", 0, i) + 1
        if line_start != tried:
            tried = line_start
            m = pattern.match(text, line_start)
            if m is not None:
                yield m
        i = find(word, i + 1)


#: the SMTP command a phrase names: ``command_named("in reply to RCPT TO command")`` -> ``RCPT``
command_named = _COMMAND_NAMES
