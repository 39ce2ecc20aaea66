"""Gates: for each format, a cheap test that must pass for its recogniser to hold.

A recogniser is a tree of conditions (``spec``); most formats are recognised by one feature a
message rarely has: a header name, a content type, a part type, or a literal that every match of
a sender, subject or body pattern holds. The registry derives from each recogniser a *gate*, a
necessary condition, as a conjunction of *clauses*: each clause is a set of structural *tokens*
(any one present lets the clause through) and a set of *literals* (any one found in its field lets
it through). A message's tokens are read once (its header names, content type, part types) and
looked up in one table, so a format whose gate fails is never asked; the recogniser still decides,
so the result is the one the recogniser alone gives. Nothing here is keyed on message content:
every message is tested anew.

What a gate cannot say (``Not``, ``Check``, a pattern with no literal) leaves the format always
asked. ``All`` keeps the clauses of each of its conditions (each is necessary), the cheapest
first; ``AnyOf`` distributes: every pick of one clause from each condition's gate, united, is a
clause of the whole (unknown if one condition is unknown). A clause is one ``Gate``.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..mail import DS_TYPES, Mail
from . import spec

# a literal's field: "from_address" (the From address, lower-cased), "from" (the From header,
# decoded), "subject", "flat" (Mail.flat), "text" (Mail.text), "ds" (the delivery-status parts'
# texts, one after the other), "names" (the top-level header names
# as written, one a line; "names_lower": lower-cased); ("h", name, decoded): the first
# value of a top-level header; ("hall", name): all its values joined by newlines; ("param", name):
# a parameter of the message's own Content-Type
Field = str | tuple[str, str, bool] | tuple[str, str]
# a literal test: the field, the word sets (one word of each must be in it), caseless
Literal = tuple[Field, tuple[tuple[str, ...], ...], bool]


class Gate:
    """Tokens (``h:NAME``, ``ct:TYPE``, ``ctp:PREFIX``, ``p:TYPE``) and literal tests: the format
    can be recognised only where one token is present or one test passes. A test is a field, the
    sets of words it needs (one word of each set in the field) and whether they are looked for in
    the lower-cased field."""

    __slots__ = ("tokens", "literals")

    def __init__(self, tokens: frozenset[str] = frozenset(), literals: tuple[Literal, ...] = ()) -> None:
        self.tokens = tokens
        self.literals = literals

    def cost(self) -> int:
        """Rough price of the gate per message, and of what it lets through: a header name is
        free and rare, a common content or part type lets much through, a literal in a short
        field is cheap, in the body dearer."""
        total = 0
        for token in self.tokens:
            total += 0 if token.startswith("h:") else 3
        for field, _sets, _caseless in self.literals:
            total += 5 if field in ("flat", "text") else 2 if isinstance(field, tuple) and field[0] == "hall" \
                else 3 if field == "ds" else 1
        return total

    def __repr__(self) -> str:
        return f"Gate({sorted(self.tokens)!r}, {self.literals!r})"


# at most this many word sets are tested per literal test (the most selective ones)
_MAX_SETS = 3


def _word_sets(search: spec.Search) -> tuple[tuple[str, ...], ...] | None:
    """Sets of words, one word of each of which every match of ``search`` holds (as looked
    for: lower-cased when the pattern ignores case), the most selective first; None if none is
    known (stored in _analyses.py for the recognisers' patterns, see spec.stored_analyses)."""
    compiled = search.pattern
    key = (compiled.pattern, compiled.flags)
    stored = spec.stored_analyses()[1]
    if key in stored:
        return stored[key]
    sets = word_sets_now(search)
    if not spec.USE_STORED:
        spec.DERIVED_WORD_SETS[key] = sets
    return sets


def word_sets_now(search: spec.Search) -> tuple[tuple[str, ...], ...] | None:
    """``_word_sets``, derived from the pattern's parse tree. Each item of the pattern's top-level
    sequence is necessary, so each gives a set."""
    compiled = search.pattern
    sets: list[tuple[str, ...]] = []
    try:
        parsed = spec.parse_tree(compiled)
    except Exception:  # noqa: BLE001 - an analysis that fails knows nothing more
        parsed = None
    if parsed is not None:
        flags = parsed.state.flags
        caseless, dotall = bool(flags & re.IGNORECASE), bool(flags & re.DOTALL)
        run: list[object] = []
        items = list(parsed)

        def add(seq: list[object]) -> None:
            info = spec._seq(seq, caseless, False, dotall)  # type: ignore[arg-type]
            if info.anywhere and info.anywhere not in sets:
                sets.append(info.anywhere)

        for item in items:
            if item[0] is spec._c.LITERAL:
                run.append(item)
                continue
            if run:
                add(run)
                run = []
            add([item])
        if run:
            add(run)
    for words in (search.anywhere, search.leading, search.lines):
        if words and words not in sets:
            sets.append(words)
    if not sets:
        return None
    sets.sort(key=lambda ws: -min(map(len, ws)))
    return tuple(sets[:_MAX_SETS])


def _literal_gate(field: Field, search: spec.Search) -> Gate | None:
    sets = _word_sets(search)
    if sets is None or any("\x00" in w for ws in sets for w in ws):
        return None
    return Gate(literals=((field, sets, search.caseless),))


def gate_of(cond: object) -> Gate | None:
    """The gate of a condition, or None where none is known (the format is always asked)."""
    if isinstance(cond, spec.Sender):
        return _literal_gate("from_address", cond.pattern)
    if isinstance(cond, spec.FromHeader):
        return _literal_gate("from", cond.pattern)
    if isinstance(cond, spec.Subject):
        return _literal_gate("subject", cond.pattern)
    if isinstance(cond, spec.Text):
        return _literal_gate("text", cond.pattern)
    if isinstance(cond, spec.Body):
        return _literal_gate("flat", cond.pattern)
    if isinstance(cond, spec.HeaderName):
        return _literal_gate("names_lower" if cond.pattern.caseless else "names", cond.pattern)
    if isinstance(cond, spec.Header):
        name = cond.name.lower()
        present = Gate(tokens=frozenset({"h:" + name}))
        if cond.pattern is None:
            return present
        field: Field = ("hall", name) if cond.every or cond.first is not None else ("h", name, cond.decoded)
        return _literal_gate(field, cond.pattern) or present
    if isinstance(cond, spec.ContentType):
        kind = "ctp:" if cond.prefix else "ct:"
        return Gate(tokens=frozenset(kind + t for t in cond.types))
    if isinstance(cond, spec.Param):
        return _literal_gate(("param", cond.name), cond.pattern)
    if isinstance(cond, spec.HasPart):
        types = set(cond.types)
        if "message/delivery-status" in types:
            types |= DS_TYPES
        return Gate(tokens=frozenset("p:" + t for t in types))
    if isinstance(cond, spec.DeliveryStatus):
        return _literal_gate("ds", cond.pattern) or Gate(tokens=frozenset("p:" + t for t in DS_TYPES))
    if isinstance(cond, spec.All):
        best: Gate | None = None
        for c in cond.conditions:
            g = gate_of(c)
            if g is not None and (best is None or g.cost() < best.cost()):
                best = g
        return best
    if isinstance(cond, spec.AnyOf):
        tokens: set[str] = set()
        literals: list[Literal] = []
        for c in cond.conditions:
            g = gate_of(c)
            if g is None:
                return None
            tokens |= g.tokens
            literals.extend(lit for lit in g.literals if lit not in literals)
        return Gate(frozenset(tokens), tuple(literals))
    return None  # Not, Check, anything new: not known


# at most this many clauses are kept per gate (the cheapest), and tried per format
_MAX_CLAUSES = 3


def _union(gates: Sequence[Gate]) -> Gate:
    tokens: set[str] = set()
    literals: list[Literal] = []
    for g in gates:
        tokens |= g.tokens
        literals.extend(lit for lit in g.literals if lit not in literals)
    return Gate(frozenset(tokens), tuple(literals))


def _cheapest(clauses: Sequence[Gate]) -> tuple[Gate, ...]:
    kept: list[Gate] = []
    for g in sorted(clauses, key=Gate.cost):
        if not any(g.tokens == k.tokens and g.literals == k.literals for k in kept):
            kept.append(g)
    return tuple(kept[:_MAX_CLAUSES])


def _strength(clause: Gate) -> int:
    """How rarely a clause lets a message through, roughly: a clause passes on any of its tokens
    or tests, so it is as weak as its weakest; a header name is rare, a content or part type
    common, a test as rare as the shortest word of its most telling set."""
    strength = 100
    for token in clause.tokens:
        if not token.startswith("h:"):
            strength = min(strength, 3)
    for _field, sets, _caseless in clause.literals:
        strength = min(strength, max(min(len(w) for w in words) for words in sets))
    return strength


def _failing_first(clauses: Sequence[Gate]) -> list[Gate]:
    """Clauses in the order to try them: the ones likeliest to fail first (a format is out at its
    first failing clause), a body search last."""
    return sorted(clauses, key=lambda g: (g.cost() >= 5, -_strength(g)))


def clauses_of(cond: object) -> tuple[Gate, ...] | None:
    """The gate of a condition as clauses that must all pass, the cheapest first; None where none
    is known (the format is always asked)."""
    if isinstance(cond, spec.All):
        found: list[Gate] = []
        for c in cond.conditions:
            sub = clauses_of(c)
            if sub is not None:
                found.extend(sub)
        return _cheapest(found) if found else None
    if isinstance(cond, spec.AnyOf):
        picks: list[list[Gate]] = [[]]
        for c in cond.conditions:
            sub = clauses_of(c)
            if sub is None:
                return None
            picks = [p + [g] for p in picks for g in sub]
            if len(picks) > 4 * _MAX_CLAUSES:  # keep the product small: the cheapest picks
                picks.sort(key=lambda p: _union(p).cost())
                picks = picks[:4 * _MAX_CLAUSES]
        return _cheapest([_union(p) for p in picks])
    g = gate_of(cond)
    if g is None:
        return None
    if isinstance(cond, spec.ContentType) and cond.report_type is not None:
        # the report type too: a parameter's value holds the word it equals
        return g, Gate(literals=((("param", "report-type"), ((cond.report_type,),), True),))
    return (g,)


def _joined_ds(mail: Mail) -> str:
    return "\n".join(p.text for p in mail.delivery_status_parts)


def _names(mail: Mail) -> str:
    return "\n".join(mail.root.headers)


def _names_lower(mail: Mail) -> str:  # header names are ASCII: lower-cased, they are the map's keys
    return "\n".join(mail.root.headers.names())


_FIELD_READERS: dict[str, Callable[[Mail], str]] = {
    "flat": lambda mail: mail.flat,
    "from_address": lambda mail: mail.from_address,
    "from": lambda mail: mail.from_,
    "subject": lambda mail: mail.subject,
    "text": lambda mail: mail.text,
    "ds": _joined_ds,
    "names": _names,
    "names_lower": _names_lower,
}


def field_reader(field: Field) -> Callable[[Mail], str]:
    """The function that gives the text of a literal test's field in a message."""
    if isinstance(field, str):
        reader = _FIELD_READERS.get(field)
        if reader is not None:
            return reader
    else:
        name = field[1]
        if field[0] == "hall":
            return lambda mail: "\n".join(mail.root.headers.get_all(name))
        if field[0] == "param":
            return lambda mail: mail.root.params.get(name, "")
        if len(field) == 3:
            if field[2]:
                return lambda mail: mail.header(name)
            return lambda mail: mail.root.headers.get(name) or ""
    raise ValueError(f"unknown field {field!r}")  # pragma: no cover - a field gate_of never makes


def field_text(mail: Mail, field: Field) -> str:
    """The text of a literal test's field in ``mail``."""
    return field_reader(field)(mail)


class Gates:
    """The gates of a list of formats, indexed. Each format's gate is a tuple of clauses
    (``clauses[i]``), each clause a bit and its literal tests: ``token_mask(mail)`` has a clause's
    bit set where a token of the message lets the clause through; otherwise its literal tests
    (indexes into ``distinct``) are tried, and one must pass. A format with no clause is always
    asked."""

    __slots__ = ("_by_header", "_by_type", "_by_prefix", "_by_part", "clauses", "size", "distinct",
                 "compiled", "_slots", "_readers")

    def __init__(self, recognisers: Sequence[object]) -> None:
        self.size = len(recognisers)
        self._by_header: dict[str, int] = {}
        self._by_type: dict[str, int] = {}
        self._by_prefix: dict[str, int] = {}
        self._by_part: dict[str, int] = {}
        tables = {"h": self._by_header, "ct": self._by_type, "ctp": self._by_prefix, "p": self._by_part}
        #: per format, its clauses: (bit, literal tests as indexes into ``distinct``); () always asked
        self.clauses: list[tuple[tuple[int, tuple[int, ...]], ...]] = []
        #: the literal tests, each once (formats share some)
        self.distinct: list[Literal] = []
        ids: dict[Literal, int] = {}
        bits = 0
        for cond in recognisers:
            mine: list[tuple[int, tuple[int, ...]]] = []
            for gate in _failing_first(clauses_of(cond) or ()):
                bit = 1 << bits
                bits += 1
                for token in gate.tokens:
                    kind, _, key = token.partition(":")
                    table = tables[kind]
                    table[key] = table.get(key, 0) | bit
                # the cheap fields first
                lits = sorted(gate.literals, key=lambda lit: Gate(literals=(lit,)).cost())
                for lit in lits:
                    if lit not in ids:
                        ids[lit] = len(self.distinct)
                        self.distinct.append(lit)
                mine.append((bit, tuple(ids[lit] for lit in lits)))
            self.clauses.append(tuple(mine))
        # each (field, caseless) pair a slot; each test as (slot, word sets)
        slots: dict[tuple[Field, bool], int] = {}
        self.compiled: list[tuple[int, tuple[tuple[str, ...], ...]]] = []
        for field, sets, caseless in self.distinct:
            slot = slots.setdefault((field, caseless), len(slots))
            self.compiled.append((slot, sets))
        self._slots: list[tuple[Field, bool]] = sorted(slots, key=slots.__getitem__)
        # per slot: its field's reader, whether it is searched lower-cased, whether it is the body
        self._readers: list[tuple[Callable[[Mail], str], bool, bool]] = [
            (field_reader(field), caseless, field == "flat") for field, caseless in self._slots]

    def token_mask(self, mail: Mail) -> int:
        """The clauses let through by the message's tokens alone."""
        mask = 0
        by_header = self._by_header
        for name in mail.root.headers.names():
            m = by_header.get(name)
            if m is not None:
                mask |= m
        ctype = mail.root.content_type
        m = self._by_type.get(ctype)
        if m is not None:
            mask |= m
        for prefix, m in self._by_prefix.items():
            if ctype.startswith(prefix):
                mask |= m
        by_part = self._by_part
        if by_part:
            for p in mail.leaves:
                m = by_part.get(p.content_type)
                if m is not None:
                    mask |= m
        return mask

    def hays(self, mail: Mail) -> list[str | None]:
        """A message's texts to search, by slot, all None (not read yet)."""
        return [None] * len(self._slots)

    def hay(self, mail: Mail, slot: int) -> str:
        """The text a slot's tests look in: its field, lower-cased for a caseless slot. Where
        lower-casing would not show every match (as ``spec.Search`` decides), "" : the tests then
        pass; an empty field is given as "\\x00", in which no test's word is found."""
        read, caseless, body = self._readers[slot]
        text = read(mail)
        if caseless:
            lowered = mail.flat_lower if body else text.lower()
            if not text.isascii() and (not spec.caseless_ok(text) or len(lowered) != len(text)):
                return ""
            text = lowered
        return text or "\x00"

    def passes(self, mail: Mail, i: int) -> bool:
        """Whether format ``i``'s gate passes on ``mail`` (what ``Registry.candidates`` does
        inline, spelled out: for tests and tools)."""
        mask = self.token_mask(mail)
        for bit, tests in self.clauses[i]:
            if mask & bit:
                continue
            for t in tests:
                slot, sets = self.compiled[t]
                hay = self.hay(mail, slot)
                if not hay or all(any(w in hay for w in words) for words in sets):
                    break
            else:
                return False
        return True
