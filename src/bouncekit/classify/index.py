"""The phrase index: which phrase alternatives a text can match, found without searching them all.

Every phrase rule (``rules/phrases.py``) is split into its top-level alternatives; each alternative
is indexed under the literal text it cannot match without. One scan of the lower-cased text finds
the keys present; only the alternatives they open are searched, in priority order. The index only
spares the searches that cannot succeed, so results never depend on it. Its rows are derived from
the rules (every regex parsed, ~35 ms) or read from ``_index_rows.py`` where that file was written
from the same rules (``scripts/phrase_index.py``; a digest tells): a rule edit needs nothing
regenerated for correct results, only for the saved time.
"""
from __future__ import annotations

import importlib
import re
import sys
import zlib
from typing import Any, NamedTuple

from .._patterns import compile_pattern
from ..model import Reason
from ..rules.phrases import ORDER as _PHRASE_ORDER

# the regex parser, used when the index is built to find each alternative's literal text; looked
# up at run time (re._parser from Python 3.11 on has no type stubs, and a compiled build must not
# fix the choice at compile time): its objects are Any here, as they are untyped
_sre: Any = importlib.import_module("re._constants" if sys.version_info >= (3, 11) else "sre_constants")
_sre_parse: Any = importlib.import_module("re._parser" if sys.version_info >= (3, 11) else "sre_parse")


class Alternative:
    """One top-level alternative of a phrase rule, with the literal text it cannot match without.

    ``needs`` lists every literal run a match must contain (a tuple of runs: any one of them, as
    an alternation inside the pattern requires); ``gate`` is the few keys under which the
    alternative is indexed (see ``_TRIGRAM_SCAN``). The pattern is compiled on first use: most
    alternatives are never searched in a given run, and compiling them all would slow every start-up."""

    __slots__ = ("index", "reason", "rule_id", "regex", "needs", "gate", "trigrams", "compiled")

    def __init__(self, index: int, reason: Reason, rule_id: str, regex: str,
                 needs: tuple[tuple[str, ...], ...]) -> None:
        self.index = index  # position in priority order over all phrase sets
        self.reason = reason
        self.rule_id = rule_id
        self.regex = regex
        self.needs = needs
        self.gate: frozenset[str] | None = None  # None: no usable literal, always searched
        self.trigrams: frozenset[str] = frozenset()  # scanned trigrams its text must contain
        self.compiled: re.Pattern[str] | None = None  # the pattern, once compiled

    @property
    def pattern(self) -> re.Pattern[str]:
        if self.compiled is None:
            self.compiled = compile_pattern(self.regex)
        return self.compiled

    def __repr__(self) -> str:
        return f"Alternative({self.rule_id!r}, {self.regex!r}, {self.gate!r})"


class PhraseSet(NamedTuple):
    """The phrase rules of one reason, split into their top-level alternatives.

    Patterns are written in lower case and searched in the lower-cased text (much faster than re.I).
    An alternative is searched only when its index key occurs in the text and every literal run it
    needs does; the keys of all rules are found at once by one regex (``_TRIGRAM_SCAN``).
    """
    reason: Reason
    alternatives: tuple[Alternative, ...]


def _split_top_level(regex: str) -> list[str]:
    """Split a pattern at its top-level ``|`` (outside groups and character classes)."""
    parts, current, depth, escaped, in_class = [], "", 0, False, False
    for ch in regex:
        if escaped:
            current, escaped = current + ch, False
            continue
        if ch == "\\":
            current, escaped = current + ch, True
            continue
        if in_class:
            current += ch
            in_class = ch != "]"
            continue
        if ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(current)
            current = ""
            continue
        current += ch
    parts.append(current)
    return parts


def required_literals(regex: str) -> tuple[str, ...] | None:
    """Literal fragments of which every match of ``regex`` contains one, or None."""
    try:
        parsed = _sre_parse.parse(regex)
    except Exception:  # an unparsable pattern is simply never gated
        return None
    needed = _mandatory(list(parsed.data))
    if needed is None:
        return None
    return tuple(sorted(set(_flatten(needed))))


_Need = str | tuple["_Need", ...]


def _mandatory(seq: list) -> _Need | None:
    """The longest literal run (or alternation of runs) that a parsed sequence cannot match without."""
    found: list[_Need] = []
    run = ""
    for op, av in seq:
        if op is _sre.LITERAL:
            run += chr(av)
            continue
        if run:
            found.append(run)
            run = ""
        inner: _Need | None = None
        if op is _sre.SUBPATTERN:
            inner = _mandatory(list(av[-1]))
        elif op is _sre.BRANCH:
            branches = [_mandatory(list(b)) for b in av[1]]
            inner = tuple(b for b in branches if b is not None) if all(b is not None for b in branches) else None
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and av[0] >= 1:
            inner = _mandatory(list(av[2]))
        if inner is not None:
            found.append(inner)
    if run:
        found.append(run)
    usable = [f for f in found if _weight(f) >= 3]
    return max(usable, key=_weight) if usable else None


def _weight(need: _Need) -> int:
    """How selective a literal is: its length, a non-ASCII (CJK) character counting double."""
    if isinstance(need, str):
        return sum(1 if ord(c) < 128 else 2 for c in need)
    return min((_weight(n) for n in need), default=0)


def _flatten(need: _Need) -> list[str]:
    return [need] if isinstance(need, str) else [s for n in need for s in _flatten(n)]


# --- the phrase index ------------------------------------------------------------------------------
# Every literal run an alternative cannot match without is a "need" (a tuple of runs when an
# alternation supplies it: any one will do). An alternative is indexed under a short key cut from
# one need, starting at a rare character, so that one regex, which only stops at those rare
# characters, finds the keys; the alternatives it names are then checked for all their needs with
# ``in`` before their pattern is searched. Any alternative that could match is searched: the index
# only spares the searches that cannot succeed, so results do not depend on it.

_Needs = tuple[tuple[str, ...], ...]
_REPEATS = tuple(op for op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", None)) if op)


def _needs_of(regex: str) -> _Needs:
    """Every literal run (or alternation of runs) a match of ``regex`` contains; () if unknown."""
    try:
        parsed = _sre_parse.parse(regex)
    except Exception:  # never gated: always searched
        return ()
    if parsed.state.flags & re.IGNORECASE:
        return ()
    return tuple(dict.fromkeys(_needs_in(list(parsed.data))))


def _needs_in(seq: list) -> list[tuple[str, ...]]:
    found: list[tuple[str, ...]] = []
    run = ""
    for op, av in seq:
        if op is _sre.LITERAL:
            run += chr(av)
            continue
        if run:  # any other item ends the literal run
            found.append((run,))
            run = ""
        if op is _sre.SUBPATTERN:
            if not av[1] & re.IGNORECASE:
                found.extend(_needs_in(list(av[-1])))
        elif op is _sre.BRANCH:
            found.extend(_branch_need(av[1]))
        elif op in _REPEATS and av[0] >= 1:
            found.extend(_needs_in(list(av[2])))
    if run:
        found.append((run,))
    return found


def _branch_need(branches: list) -> list[tuple[str, ...]]:
    """An alternation needs one of its branches: the most selective need of each, taken together."""
    options: list[str] = []
    for branch in branches:
        needs = _needs_in(list(branch))
        if not needs:
            return []
        rarest: tuple[str, ...] = min(needs, key=_need_odds)
        options.extend(rarest)
    return [tuple(dict.fromkeys(options))]


# How often a character occurs in reply text, roughly (English letter frequencies, mail addresses,
# codes). Rare first characters keep the key scan cheap; rare keys keep candidates few.
_ODDS: dict[str, float] = {
    " ": .16, "e": .095, "t": .068, "a": .061, "o": .056, "i": .052, "n": .05, "s": .047, "r": .045,
    "d": .032, "l": .03, "h": .03, "c": .021, "u": .021, "m": .018, "f": .016, "g": .015, "p": .014,
    "w": .012, "y": .012, "b": .011, "v": .0075, "k": .006, "x": .004, "j": .001, "q": .001, "z": .0005,
    # punctuation of codes, hosts and lists is frequent in replies: never a key's first character
    ".": .04, "@": .005, "<": .005, ">": .005, ":": .04, "-": .04, ",": .04, ";": .003,
    "(": .04, ")": .003, "[": .003, "]": .003, "'": .002, "/": .002, "_": .002, "=": .002,
}
_KEY_LENGTH = 3  # keys are trigrams: the scan captures the three characters at each stop
# characters at least this rare start keys; text is scanned at each of them
_START_ODDS = .035


def _char_odds(ch: str) -> float:
    if ch in _ODDS:
        return _ODDS[ch]
    if ch.isdigit():
        return .05  # codes, IP addresses and dates fill replies: digits are common there
    return .001 if ord(ch) >= 128 else .002


def _string_odds(text: str) -> float:
    odds = 1.0
    for ch in text:
        odds *= _char_odds(ch)
    return odds


def _need_odds(need: tuple[str, ...]) -> float:
    return sum(_string_odds(option) for option in need)


def _trigram(option: str, popularity: dict[str, int]) -> tuple[float, str] | None:
    """The cheapest three characters of ``option`` beginning with a start character, if any.

    A trigram that many rules share is a word of the trade ("mail", "user", "recipient"), frequent
    in replies and opening many alternatives at once: its odds count as many times higher."""
    keys = [option[i:i + _KEY_LENGTH] for i, ch in enumerate(option[:len(option) - _KEY_LENGTH + 1])
            if _char_odds(ch) < _START_ODDS]
    return min(((_string_odds(k) * popularity.get(k, 1), k) for k in keys), default=None)


# the cost, in the odds of a trigram key, of an option found by ``in`` on every call instead
_DIRECT_COST = 1e-3


def _gate_of(needs: _Needs, popularity: dict[str, int]) -> tuple[tuple[str, bool], ...] | None:
    """The keys of the need cheapest to look for: (trigram, True) or (whole option, False) each."""
    best: tuple[float, tuple[tuple[str, bool], ...]] | None = None
    for need in needs:
        keys, cost = [], 0.0
        for option in need:
            trigram = _trigram(option, popularity)
            if trigram is not None:
                keys.append((trigram[1], True))
                cost += trigram[0]
            else:
                keys.append((option, False))
                cost += _DIRECT_COST + _string_odds(option)
        if best is None or cost < best[0]:
            best = (cost, tuple(keys))
    return best[1] if best else None


def _popularity(all_needs: list[_Needs]) -> dict[str, int]:
    """Trigram -> how many alternatives need text containing it."""
    counts: dict[str, int] = {}
    for needs in all_needs:
        grams = {option[i:i + _KEY_LENGTH] for need in needs for option in need
                 for i in range(len(option) - _KEY_LENGTH + 1)}
        for gram in grams:
            counts[gram] = counts.get(gram, 0) + 1
    return counts


def _scanned_trigrams(needs: _Needs) -> tuple[str, ...]:
    """Every scanned trigram of the literal runs an alternative needs without alternation."""
    return tuple(sorted({option[i:i + _KEY_LENGTH] for (option,) in (n for n in needs if len(n) == 1)
                         for i in range(len(option) - _KEY_LENGTH + 1) if _char_odds(option[i]) < _START_ODDS}))


# One row per alternative, in priority order: (phrase set number, reason value, rule id, regex, needs,
# gate keys or None, scanned trigrams). Deriving the rows parses every regex (~35 ms), once per process,
# on the first classification, unless _index_rows.py holds them for the same rules.
IndexRow = tuple[int, str, str, str, _Needs, tuple[tuple[str, bool], ...] | None, tuple[str, ...]]


PhraseSource = tuple[tuple[str, tuple[tuple[str, str], ...]], ...]


def phrase_source() -> PhraseSource:
    """The phrase rules as plain data: what the index is derived from."""
    return tuple((reason.value, tuple((rule_id, regex) for rule_id, regex in phrases))
                 for reason, phrases in _PHRASE_ORDER)


def derive_index(source: PhraseSource) -> tuple[IndexRow, ...]:
    rows = [(number, reason, rule_id, part, _needs_of(part))
            for number, (reason, phrases) in enumerate(source)
            for rule_id, regex in phrases for part in _split_top_level(regex)]
    popularity = _popularity([needs for *_, needs in rows])
    return tuple((number, reason, rule_id, part, needs, _gate_of(needs, popularity), _scanned_trigrams(needs))
                 for number, reason, rule_id, part, needs in rows)


class PhraseIndex:
    """Every phrase alternative in priority order, and the keys that open them (built once, on first use)."""

    __slots__ = ("alternatives", "phrase_sets", "trigrams", "ascii_literals", "other_literals", "ungated",
                 "known_trigrams", "scan", "ascii_scan", "ascii_literal_rows", "literal_rows")

    def __init__(self, rows: tuple[IndexRow, ...]) -> None:
        alternatives: list[Alternative] = []
        by_trigram: dict[str, list[int]] = {}
        by_literal: dict[str, list[int]] = {}
        ungated: list[int] = []
        members: list[list[Alternative]] = [[] for _ in _PHRASE_ORDER]
        for number, reason_value, rule_id, regex, needs, gate, trigrams in rows:
            # the needs a scanned trigram of the alternative's is (found by the scan) go, and the
            # rarest of the rest is looked for first: a text lacking one fails the sooner
            scanned = frozenset(trigrams)
            needs = tuple(sorted((n for n in needs if not (len(n) == 1 and n[0] in scanned)), key=_need_odds))
            alt = Alternative(len(alternatives), Reason(reason_value), rule_id, regex, needs)
            alt.trigrams = scanned
            alternatives.append(alt)
            members[number].append(alt)
            if gate is None:
                ungated.append(alt.index)
                continue
            alt.gate = frozenset(key for key, _ in gate)
            for key, is_trigram in gate:
                (by_trigram if is_trigram else by_literal).setdefault(key, []).append(alt.index)
        self.alternatives = alternatives
        self.phrase_sets = tuple(PhraseSet(reason, tuple(alts)) for (reason, _), alts in zip(_PHRASE_ORDER, members))
        # the candidate sets are unions of these masks: one integer OR per key found
        self.trigrams: dict[str, int] = {key: _bits(ids) for key, ids in by_trigram.items()}
        literals = tuple((key, _bits(ids)) for key, ids in sorted(by_literal.items(), key=lambda item: _string_odds(item[0])))
        # the literals that only non-ASCII text can hold (Chinese, Japanese words) are skipped for ASCII text
        self.ascii_literals = tuple((key, ids) for key, ids in literals if key.isascii())
        self.other_literals = tuple((key, ids) for key, ids in literals if not key.isascii())
        # the same as (first alternative, literal, alternatives), by first alternative: the phrase
        # search looks for a literal only when it reaches that alternative, as most searches stop
        # at a match before the alternatives of most literals
        self.ascii_literal_rows = _by_first(self.ascii_literals)
        self.literal_rows = _by_first(self.ascii_literals + self.other_literals)
        self.ungated = _bits(ungated)
        self.known_trigrams = frozenset(self.trigrams).union(*(alt.trigrams for alt in alternatives))
        start_characters = "".join(sorted({re.escape(key[0]) for key in self.known_trigrams}))
        # at each start character, the three characters from there (one character consumed per match,
        # so trigrams that overlap are all captured); the leading charset lets the engine skip the rest fast
        self.scan = compile_pattern(f"[{start_characters}](?<=(?=(...)).)", re.S)
        # the same for ASCII text, which cannot hold the other start characters: a set of ASCII
        # characters alone is a bitmap, tested faster at each position than a set with CJK characters
        ascii_starts = "".join(sorted({re.escape(key[0]) for key in self.known_trigrams if key[0].isascii()}))
        self.ascii_scan = compile_pattern(f"[{ascii_starts}](?<=(?=(...)).)", re.S)

    def keyed(self, lowered: str) -> tuple[int, frozenset[str]]:
        """The alternatives ungated or indexed under a trigram of the text (bit i for alternative i);
        the trigrams found. The literals' alternatives are to be added from ``literal_rows``."""
        scan = self.ascii_scan if lowered.isascii() else self.scan
        trigrams = self.known_trigrams.intersection(scan.findall(lowered))
        found = self.ungated
        keys = self.trigrams
        for trigram in trigrams:
            if trigram in keys:  # (half the trigrams found are no key, only needed by some alternative)
                found |= keys[trigram]
        return found, trigrams


def _by_first(literals: tuple[tuple[str, int], ...]) -> tuple[tuple[int, str, int], ...]:
    """(first alternative, literal, alternatives) rows, by first alternative (``sorted`` is stable)."""
    return tuple(sorted((((ids & -ids).bit_length() - 1, key, ids) for key, ids in literals), key=lambda row: row[0]))


def _bits(ids: list[int]) -> int:
    """A set of alternatives as an integer: bit i stands for alternative i (priority order)."""
    mask = 0
    for i in ids:
        mask |= 1 << i
    return mask


_INDEX: list[PhraseIndex] = []


def source_digest(source: PhraseSource) -> int:
    """A digest of the phrase rules: the stored rows are used only for the rules they came from."""
    return zlib.crc32(repr(source).encode("utf-8"))


def _stored_rows(digest: int) -> tuple[IndexRow, ...] | None:
    """The rows scripts/phrase_index.py stored, where they were derived from these very rules."""
    try:
        from . import _index_rows
    except ImportError:
        return None
    if _index_rows.DIGEST != digest:
        return None
    rows: tuple[IndexRow, ...] = _index_rows.ROWS
    return rows


def get() -> PhraseIndex:
    """The phrase index of the rules as they are, built on first use (never at import): from the
    rows stored beside this module where they match the rules, else derived (~35 ms)."""
    if not _INDEX:
        source = phrase_source()
        rows = _stored_rows(source_digest(source))
        _INDEX.append(PhraseIndex(rows if rows is not None else derive_index(source)))
    return _INDEX[0]

