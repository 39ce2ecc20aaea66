"""How a format is declared: a ``Format`` names how a message of it is recognised and which reader
turns it into drafts; ``Search`` is a pattern whose cheap literal pre-test is derived from the
pattern itself, never kept by hand.

A recogniser is a condition over the deciding features of a message (its sender, subject, content
and report type, header names and the text), built from ``Sender``, ``FromHeader``, ``Subject``,
``Header``, ``ContentType``, ``ReportType``, ``HasPart``, ``Body`` and combined with ``All``,
``AnyOf`` and ``Not``; ``Check`` wraps a predicate function for what a declaration cannot say.
"""
from __future__ import annotations

import importlib
import re
import sys
from collections.abc import Callable, Sequence
from typing import Any, Protocol

import attrs

from .._patterns import compile_pattern
from ..mail import Draft, Mail


def _regex_module(name: str) -> Any:
    """The standard library's regular expression parser (``re._parser``; ``sre_parse`` before 3.11)."""
    try:
        return importlib.import_module(f"re._{name}")
    except ImportError:  # pragma: no cover - Python 3.10
        return importlib.import_module(f"sre_{name}")


_c = _regex_module("constants")
_p = _regex_module("parser")

# --- literals every match of a pattern holds ------------------------------------------------------

_NEWLINE = 10
# the categories of a character class that cannot match "\n" (every other one can)
_NO_NEWLINE_CATEGORIES = frozenset({_c.CATEGORY_DIGIT, _c.CATEGORY_WORD, _c.CATEGORY_NOT_SPACE,
                                    _c.CATEGORY_NOT_LINEBREAK})
_REPEATS = frozenset({_c.MAX_REPEAT, _c.MIN_REPEAT} | ({_c.POSSESSIVE_REPEAT} if hasattr(_c, "POSSESSIVE_REPEAT")
                                                        else set()))
# the letters outside ASCII that an IGNORECASE ASCII letter matches (or that match one)
_MATCHES_ASCII = frozenset("\u0130\u0131\u017f\u212a")
_ZERO_WIDTH = frozenset({_c.AT, _c.ASSERT, _c.ASSERT_NOT})


def caseless_ok(text: str) -> bool:
    """Whether an IGNORECASE match of an ASCII word in ``text`` shows as the word in ``text.lower()``.

    ``re.IGNORECASE`` also lets "i" match "İ" (U+0130) and "ı" (U+0131), and "s" match "ſ"
    (U+017F), which ``str.lower()`` does not turn into "i" or "s"; a text holding none of the three
    (any ASCII text, for one) lower-cases every such match to the word itself."""
    return text.isascii() or not ("\u0130" in text or "\u0131" in text or "\u017f" in text)


class _Info:
    """What the analysis knows of a (sub)pattern: ``anywhere``, one of these strings is in every
    match; ``leading``, every match starts with one; ``first_line``, every match holds one before
    any character that may be a newline; ``bol``, every match starts at a line start; ``newline``,
    a match may hold a newline; ``empty``, a match may be empty."""

    __slots__ = ("anywhere", "leading", "first_line", "bol", "newline", "empty")

    def __init__(self, anywhere: tuple[str, ...] | None, leading: tuple[str, ...] | None,
                 first_line: tuple[str, ...] | None, bol: bool, newline: bool, empty: bool) -> None:
        self.anywhere = anywhere
        self.leading = leading
        self.first_line = first_line
        self.bol = bol
        self.newline = newline
        self.empty = empty

    def row(self) -> tuple[tuple[str, ...] | None, tuple[str, ...] | None, tuple[str, ...] | None, bool, bool, bool]:
        """The analysis as stored in _analyses.py."""
        return self.anywhere, self.leading, self.first_line, self.bol, self.newline, self.empty


_OPAQUE = _Info(None, None, None, False, True, True)


def _better(a: tuple[str, ...] | None, b: tuple[str, ...] | None) -> tuple[str, ...] | None:
    """The more selective of two alternative sets (the longer shortest member)."""
    if a is None:
        return b
    if b is None:
        return a
    return a if min(map(len, a)) >= min(map(len, b)) else b


def _class_newline(items: list[tuple[Any, Any]]) -> bool:
    """Whether a character class ``[...]`` may match "\\n" (conservative)."""
    hit = False
    negate = False
    for op, av in items:
        if op is _c.NEGATE:
            negate = True
        elif op is _c.LITERAL:
            hit = hit or av == _NEWLINE
        elif op is _c.RANGE:
            lo, hi = av
            hit = hit or lo <= _NEWLINE <= hi
        elif op is _c.CATEGORY:
            hit = hit or av not in _NO_NEWLINE_CATEGORIES
        else:
            return True
    return hit != negate


def _char(code: int, caseless: bool, ascii_text: bool) -> str | None:
    """The character of a literal as it shows in the searched text (lower-cased when caseless), or
    None where no plain substring test can stand for it. With ``ascii_text`` (the analysis for
    ASCII text), a caseless letter outside ASCII that no ASCII letter matches stays as it is: it
    is never in such a text, so a run holding it is never found, as the pattern never matches."""
    ch = chr(code)
    if not caseless:
        return ch
    if ch.isascii():
        return ch.lower()
    if ch.lower() == ch == ch.upper():
        return ch  # no case (CJK, digits ...): IGNORECASE matches the character alone, lower() keeps it
    if ascii_text and ch not in _MATCHES_ASCII:
        return ch
    return None


def _seq(items: Sequence[tuple[Any, Any]], caseless: bool, ascii_text: bool, dotall: bool) -> _Info:
    """The analysis of a sequence of pattern items (a concatenation)."""
    runs: list[tuple[str, ...]] = []  # sets of alternatives, one of each in every match
    line_runs: list[tuple[str, ...]] = []  # the same, before anything that may match a newline
    cur = ""  # the run of literal characters being read
    cur_first_line = True  # nothing that may match a newline stands before the current run
    lead = ""  # the literal characters the sequence starts with
    lead_open = True  # every item so far added to ``lead``
    leading: tuple[str, ...] | None = None
    started = False  # an item that may consume characters came before
    newline = False  # an item that may match a newline came before
    bol = False
    empty = True

    def close() -> None:
        nonlocal cur
        if cur:
            runs.append((cur,))
            if cur_first_line:
                line_runs.append((cur,))
        cur = ""

    for op, av in items:
        if op is _c.LITERAL:
            code: int = av
            ch = _char(code, caseless, ascii_text)
            if ch is None or code == _NEWLINE:
                close()
                lead_open = False
            else:
                if not cur:
                    cur_first_line = not newline
                cur += ch
                if lead_open:
                    lead += ch
            started = True
            empty = False
            newline = newline or code == _NEWLINE
            continue
        close()
        if started:
            lead_open = False
        if op in _ZERO_WIDTH:
            if op is _c.AT and not started and av in (_c.AT_BEGINNING, _c.AT_BEGINNING_STRING):
                bol = True
            continue
        lead_open = False
        if op is _c.SUBPATTERN:
            _group, add, drop, sub = av
            info = _OPAQUE if add or drop else _seq(sub, caseless, ascii_text, dotall)
        elif op is getattr(_c, "ATOMIC_GROUP", None):
            info = _seq(av, caseless, ascii_text, dotall)
        elif op is _c.BRANCH:
            info = _union([_seq(alt, caseless, ascii_text, dotall) for alt in av[1]])
        elif op in _REPEATS:
            lo, _hi, sub = av
            inner = _seq(sub, caseless, ascii_text, dotall)
            if lo >= 1:
                info = inner
            else:
                info = _Info(None, None, None, False, inner.newline, True)
        elif op is _c.IN:
            info = _Info(None, None, None, False, _class_newline(av), False)
        elif op is _c.ANY:
            info = _Info(None, None, None, False, dotall, False)
        elif op is _c.NOT_LITERAL:
            info = _Info(None, None, None, False, av != _NEWLINE, False)
        else:  # group references, conditionals: nothing known
            info = _OPAQUE
        if not started:
            if info.empty:
                leading = None
            else:
                leading = info.leading
                bol = bol or info.bol
        if info.anywhere is not None:
            runs.append(info.anywhere)
        if not newline and info.first_line is not None:
            line_runs.append(info.first_line)
        started = True
        empty = empty and info.empty
        newline = newline or info.newline
    close()
    if lead:
        leading = (lead,)
    best: tuple[str, ...] | None = None
    for r in runs:
        best = _better(best, r)
    best_line: tuple[str, ...] | None = None
    for r in line_runs:
        best_line = _better(best_line, r)
    return _Info(best, leading, best_line, bol, newline, empty)


def _union(alts: list[_Info]) -> _Info:
    """The alternation of several sequences: one of their sets, merged, is in every match."""
    def merged(sets: list[tuple[str, ...] | None]) -> tuple[str, ...] | None:
        out: list[str] = []
        for s in sets:
            if s is None:
                return None
            for w in s:
                if w not in out:
                    out.append(w)
        return tuple(out)

    return _Info(merged([a.anywhere for a in alts]), merged([a.leading for a in alts]),
                 merged([a.first_line for a in alts]), all(a.bol for a in alts), any(a.newline for a in alts),
                 any(a.empty for a in alts))


class Search:
    """A compiled pattern and the literal test derived from it: ``search(text)`` gives what
    ``pattern.search(text, 0, endpos)`` gives, skipping the regular expression where none of the
    literals every match must hold is in the text, and, for a line pattern (``^`` under re.M) or
    one whose matches start with a literal, trying it only where those literals stand.

    Literals of an IGNORECASE pattern are looked for in the lower-cased text, and only where
    ``caseless_ok`` says lower-casing shows every match; a case-sensitive pattern's literals are
    looked for as written."""

    __slots__ = ("pattern", "caseless", "anywhere", "leading", "lines", "ascii")

    def __init__(self, pattern: str | re.Pattern[str], flags: int = 0, *, ascii_text: bool = False) -> None:
        compiled = pattern if isinstance(pattern, re.Pattern) else compile_pattern(pattern, flags)
        self.pattern: re.Pattern[str] = compiled
        self.caseless: bool = bool(compiled.flags & re.IGNORECASE)
        info = analyse(compiled, ascii_text)
        self.anywhere: tuple[str, ...] | None = info.anywhere
        self.leading: tuple[str, ...] | None = info.leading
        # a line pattern: tried at the starts of the lines holding one of these
        self.lines: tuple[str, ...] | None = info.first_line if info.bol else None
        # what an IGNORECASE pattern needs of an ASCII text (its letters outside ASCII then never match)
        self.ascii: Search | None = None
        if self.caseless and not ascii_text:
            ascii_info = analyse(compiled, ascii_text=True)
            if (ascii_info.anywhere, ascii_info.leading, ascii_info.first_line) != (
                    info.anywhere, info.leading, info.first_line):
                self.ascii = Search(compiled, ascii_text=True)

    def search(self, text: str, lowered: str | None = None, endpos: int | None = None) -> re.Match[str] | None:
        """``pattern.search(text, 0, endpos)``; ``lowered`` is ``text.lower()`` if known (used only
        for an IGNORECASE pattern)."""
        end = len(text) if endpos is None else min(endpos, len(text))
        pattern = self.pattern
        if self.caseless:
            if text.isascii():
                if self.ascii is not None:
                    return self.ascii.search(text, lowered, endpos)
            elif not caseless_ok(text):
                return pattern.search(text, 0, end)
            hay = text.lower() if lowered is None else lowered
            if len(hay) != len(text):
                return pattern.search(text, 0, end)
        else:
            hay = text
        anywhere = self.anywhere
        if anywhere is not None:
            for word in anywhere:
                if hay.find(word, 0, end) >= 0:
                    break
            else:
                return None
        lines = self.lines
        if lines is not None:
            return _line_search(pattern, text, hay, lines, end)
        leading = self.leading
        if leading is not None:
            first = end  # the earliest start of a leading word (a word starting there may end after it)
            for word in leading:
                i = hay.find(word, 0, min(end, first + len(word) - 1))
                if i >= 0:
                    first = i
            if first == end:
                return None
            return pattern.search(text, first, end)
        return pattern.search(text, 0, end)

    def finditer(self, text: str, lowered: str | None = None) -> list[re.Match[str]]:
        """Every match, as ``pattern.finditer(text)`` gives them (none when the literal test fails)."""
        if self.anywhere is not None and self.search(text, lowered) is None:
            return []
        return list(self.pattern.finditer(text))


def _line_search(pattern: re.Pattern[str], text: str, hay: str, words: tuple[str, ...],
                 end: int) -> re.Match[str] | None:
    best = None
    limit = end
    for word in words:
        tried = -1
        i = hay.find(word, 0, limit)
        while i >= 0:
            line_start = text.rfind("\n", 0, i) + 1
            if line_start != tried:
                tried = line_start
                m = pattern.match(text, line_start, end)
                if m is not None:
                    best, limit = m, line_start
                    break
            i = hay.find(word, i + 1, limit)
    return best


# the parse trees of the patterns analysed so far: a caseless pattern is analysed twice (for any
# text, for ASCII text) and the format gates read the same trees again, at import
_PARSED: dict[tuple[str, int], Any] = {}


def parse_tree(pattern: re.Pattern[str]) -> Any:
    """``re._parser.parse`` of a compiled pattern, read only; parsed once per process."""
    key = (pattern.pattern, pattern.flags)
    tree = _PARSED.get(key)
    if tree is None:
        tree = _PARSED[key] = _p.parse(pattern.pattern, pattern.flags)
    return tree


def forget_parse_trees() -> None:
    """Drop the parse trees kept so far (once the formats are analysed: kept, they would be
    ~10,000 more objects for every garbage collection to walk)."""
    _PARSED.clear()


# the analyses stored in _analyses.py (scripts/format_analyses.py writes it): read at the first
# analysis, used only under the Python version they were derived with (its regex parser's trees);
# a pattern not there is analysed here. Keyed on the pattern itself, a stale row cannot be
# looked up for an edited pattern; tests/test_format_analyses.py holds the rows to today's analysis.
_Row = tuple[tuple[str, ...] | None, tuple[str, ...] | None, tuple[str, ...] | None, bool, bool, bool]
_Stored = dict[tuple[str, int, bool], _Row]
WordSets = tuple[tuple[str, ...], ...]
_stored: list[tuple[_Stored, dict[tuple[str, int], WordSets | None]]] = []
#: whether to use the stored analyses; scripts/format_analyses.py turns it off, and the analyses
#: then made are kept in DERIVED and DERIVED_WORD_SETS (gates.py), the rows it writes
USE_STORED = True
DERIVED: _Stored = {}
DERIVED_WORD_SETS: dict[tuple[str, int], WordSets | None] = {}


def stored_analyses() -> tuple[_Stored, dict[tuple[str, int], WordSets | None]]:
    """The stored analyses valid here: of ``Search`` patterns, and the gates' word sets of the
    recognisers' patterns (``gates._word_sets``); empty where none are valid or USE_STORED is off."""
    if not USE_STORED:
        return {}, {}
    if not _stored:
        table: _Stored = {}
        words: dict[tuple[str, int], WordSets | None] = {}
        try:
            from . import _analyses
        except ImportError:  # pragma: no cover - the file is part of the package
            pass
        else:
            if tuple(_analyses.PYTHON) == tuple(sys.version_info[:2]):
                table, words = _analyses.SEARCH, _analyses.WORD_SETS
        _stored.append((table, words))
    return _stored[0]


def analyse(pattern: re.Pattern[str], ascii_text: bool = False) -> _Info:
    """The literals every match of ``pattern`` holds, where they stand, and whether it is a line
    pattern (in an ASCII text, with ``ascii_text``); what cannot be known is None."""
    key = (pattern.pattern, pattern.flags, ascii_text)
    row = stored_analyses()[0].get(key)
    if row is not None:
        return _Info(*row)
    info = analyse_now(pattern, ascii_text)
    if not USE_STORED:
        DERIVED[key] = info.row()
    return info


def analyse_now(pattern: re.Pattern[str], ascii_text: bool = False) -> _Info:
    """``analyse``, derived from the pattern's parse tree (never from a stored row)."""
    try:
        parsed = parse_tree(pattern)
    except Exception:  # noqa: BLE001 - an analysis that fails knows nothing
        return _OPAQUE
    flags = parsed.state.flags
    info = _seq(list(parsed), bool(flags & re.IGNORECASE), ascii_text, bool(flags & re.DOTALL))
    if info.empty:
        return _OPAQUE
    return info


# --- recognisers ----------------------------------------------------------------------------------

class Reader(Protocol):
    """A format's reader: the drafts it reads from a message (empty: not this format after all)."""

    def __call__(self, mail: Mail, /) -> list[Draft]: ...


class Condition(Protocol):
    """A recogniser: whether a message shows a feature of a format."""

    def __call__(self, mail: Mail, /) -> bool: ...


def exactly(text: str) -> re.Pattern[str]:
    """A pattern that matches ``text`` whole and nothing else (a fixed subject, as written)."""
    return compile_pattern("\\A" + re.escape(text) + "\\Z")


def _as_search(pattern: str | re.Pattern[str] | Search) -> Search:
    return pattern if isinstance(pattern, Search) else Search(pattern)


@attrs.frozen
class Sender:
    """The From address (lower-cased) matches."""

    pattern: Search = attrs.field(converter=_as_search)

    def __call__(self, mail: Mail) -> bool:
        sender = mail.from_address
        return self.pattern.search(sender, sender) is not None


@attrs.frozen
class FromHeader:
    """The From header as written (decoded, display name included) matches."""

    pattern: Search = attrs.field(converter=_as_search)

    def __call__(self, mail: Mail) -> bool:
        return self.pattern.search(mail.from_) is not None


@attrs.frozen
class Subject:
    """The subject (decoded; stripped of surrounding white space with ``strip``) matches."""

    pattern: Search = attrs.field(converter=_as_search)
    strip: bool = False

    def __call__(self, mail: Mail) -> bool:
        subject = mail.subject.strip() if self.strip else mail.subject
        return self.pattern.search(subject) is not None


@attrs.frozen
class Header:
    """A top-level header is there (``pattern`` None) or its value matches; the value is read as
    written (``decoded`` False) or RFC 2047 decoded. With ``every``, each value of a repeated header
    (Received) is tried as written; with ``first``, its first ``first`` values."""

    name: str
    pattern: Search | None = attrs.field(default=None, converter=attrs.converters.optional(_as_search))
    decoded: bool = False
    every: bool = False
    first: int | None = None

    def __call__(self, mail: Mail) -> bool:
        pattern = self.pattern
        if self.every or self.first is not None:
            for value in mail.root.headers.get_all(self.name)[: self.first]:
                if pattern is None or pattern.search(value) is not None:
                    return True
            return False
        raw = mail.root.headers.get(self.name)
        if raw is None:
            return False
        if pattern is None:
            return True
        value = mail.header(self.name) if self.decoded else raw
        return pattern.search(value) is not None


@attrs.frozen
class HeaderName:
    """The name of a top-level header (as written) matches."""

    pattern: Search = attrs.field(converter=_as_search)

    def __call__(self, mail: Mail) -> bool:
        search = self.pattern.search
        for name in mail.root.headers:
            if search(name) is not None:
                return True
        return False


@attrs.frozen
class ContentType:
    """The message's own content type is one of these (or starts with one, with ``prefix``) and,
    with ``report_type``, its report-type parameter is that."""

    types: tuple[str, ...]
    report_type: str | None = None
    prefix: bool = False

    def __call__(self, mail: Mail) -> bool:
        root = mail.root
        ctype = root.content_type
        if self.prefix:
            if not ctype.startswith(self.types):
                return False
        elif ctype not in self.types:
            return False
        return self.report_type is None or root.params.get("report-type", "").lower() == self.report_type


@attrs.frozen
class Param:
    """A parameter of the message's own Content-Type (``boundary``...) matches."""

    name: str
    pattern: Search = attrs.field(converter=_as_search)

    def __call__(self, mail: Mail) -> bool:
        return self.pattern.search(mail.root.params.get(self.name, "")) is not None


@attrs.frozen
class HasPart:
    """A part of one of these content types is in the message (``message/delivery-status`` and
    ``message/global-delivery-status`` both count as the delivery-status type)."""

    types: tuple[str, ...]

    def __call__(self, mail: Mail) -> bool:
        types = self.types
        if "message/delivery-status" in types and mail.delivery_status_parts:
            return True
        for p in mail.leaves:
            if p.content_type in types:
                return True
        return False


DELIVERY_STATUS = HasPart(("message/delivery-status", "message/global-delivery-status"))


@attrs.frozen
class DeliveryStatus:
    """The text of a delivery-status part (its first ``limit`` characters) matches."""

    pattern: Search = attrs.field(converter=_as_search)
    limit: int | None = None

    def __call__(self, mail: Mail) -> bool:
        for p in mail.delivery_status_parts:
            if self.pattern.search(p.text, None, self.limit) is not None:
                return True
        return False


@attrs.frozen
class Text:
    """The human-readable text parts, joined (``Mail.text``), match."""

    pattern: Search = attrs.field(converter=_as_search)

    def __call__(self, mail: Mail) -> bool:
        return self.pattern.search(mail.text) is not None


@attrs.frozen
class Body:
    """The text of the message (``Mail.flat``; its first ``limit`` characters) matches."""

    pattern: Search = attrs.field(converter=_as_search)
    limit: int | None = None

    def __call__(self, mail: Mail) -> bool:
        return self.pattern.search(mail.flat, mail.flat_lower, self.limit) is not None


class All:
    """Every condition holds (tested in order)."""

    __slots__ = ("conditions",)

    def __init__(self, *conditions: Condition) -> None:
        self.conditions: tuple[Condition, ...] = conditions

    def __repr__(self) -> str:
        return f"All{self.conditions!r}"

    def __call__(self, mail: Mail) -> bool:
        for c in self.conditions:
            if not c(mail):
                return False
        return True


class AnyOf:
    """One of the conditions holds (tested in order)."""

    __slots__ = ("conditions",)

    def __init__(self, *conditions: Condition) -> None:
        self.conditions: tuple[Condition, ...] = conditions

    def __repr__(self) -> str:
        return f"AnyOf{self.conditions!r}"

    def __call__(self, mail: Mail) -> bool:
        for c in self.conditions:
            if c(mail):
                return True
        return False


@attrs.frozen
class Not:
    """The condition does not hold."""

    condition: Condition

    def __call__(self, mail: Mail) -> bool:
        return not self.condition(mail)


@attrs.frozen
class Check:
    """A predicate function, for what the declarations cannot say."""

    predicate: Callable[[Mail], bool]

    def __call__(self, mail: Mail) -> bool:
        return self.predicate(mail)


@attrs.frozen
class Format:
    """A format: its name (the ``parser`` of its records), how a message of it is recognised, and
    its reader. ``yields_to`` (set by the registry, the one place that knows precedence) names the
    formats that take a message this one also recognises."""

    name: str
    recognise: Condition
    read: Reader
    yields_to: tuple[str, ...] = ()
