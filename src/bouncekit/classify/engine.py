"""Classification as data: provider rules, phrase rules, the RFC 3463 status table, reply-code hints.

Order of evidence (first that speaks wins):
  1. an explicit signal of the vendor format (``hint``)                      rule ``vendor.signal``
  2. a provider rule keyed by the remote host's, the recipient's or the
     reporting host's domain, else by a provider code family in the text   ``provider.<name>.<id>``
  3. a phrase rule on the diagnostic text (words beat codes)                ``phrase.<reason>.<id>``
  4. the enhanced status code (RFC 3463 table)                              ``status.<code>``
  5. the SMTP reply code                                                    ``reply.<code>``
  6. the delivery context: a delayed action means the message is still
     waiting (``context.delayed``); a refusal at connection or greeting
     is a block of the sending host (``context.connection``)
  7. otherwise ``unknown`` (soft)                                           ``none``

A phrase is read in its context, as receiving servers use the same words for different causes:
"user unknown" is a missing mailbox only when the status says so (x.1.x) or the server answered
the RCPT command; otherwise (after DATA, or nothing tells the stage) the same words are a
recipient-side filter speaking (``phrase.filtered.user_unknown_unconfirmed``); refused at MAIL FROM
they concern the sender (``phrase.sender_rejected.<reason>_at_mail_from``).
Every result names the rule that fired and the text it matched (see docs/classification.md).
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple, Union

try:  # the regex parser, used once at import to find each rule set's literal gate
    import re._constants as _sre
    import re._parser as _sre_parse
except ImportError:  # Python < 3.11
    import sre_constants as _sre  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

from ..model import Classification, Confidence, Reason
from ..rules.phrases import ORDER as _PHRASE_ORDER
from ..rules.providers import MARKERS as _MARKERS
from ..rules.providers import PROVIDERS as _PROVIDERS
from ..rules.providers import ProviderRule

R = Reason


class Alternative:
    """One top-level alternative of a phrase rule, with the literal text it cannot match without.

    ``needs`` lists every literal run a match must contain (a tuple of runs: any one of them, as
    an alternation inside the pattern requires); ``gate`` is the few keys under which the
    alternative is indexed (see ``_TRIGRAM_SCAN``). The pattern is compiled on first use: most
    alternatives are never searched in a given run, and compiling them all would slow every start-up."""

    __slots__ = ("index", "reason", "rule_id", "regex", "needs", "gate", "trigrams", "_pattern")

    def __init__(self, index: int, reason: Reason, rule_id: str, regex: str,
                 needs: tuple[tuple[str, ...], ...]) -> None:
        self.index = index  # position in priority order over all phrase sets
        self.reason = reason
        self.rule_id = rule_id
        self.regex = regex
        self.needs = needs
        self.gate: frozenset[str] | None = None  # None: no usable literal, always searched
        self.trigrams: frozenset[str] = frozenset()  # scanned trigrams its text must contain
        self._pattern: re.Pattern[str] | None = None

    @property
    def pattern(self) -> re.Pattern[str]:
        if self._pattern is None:
            self._pattern = re.compile(self.regex)
        return self._pattern

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
    needed = _mandatory(list(parsed))
    if needed is None:
        return None
    return tuple(sorted(set(_flatten(needed))))


_Need = Union[str, tuple["_Need", ...]]


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
    return tuple(dict.fromkeys(_needs_in(list(parsed))))


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
    ".": .02, "@": .005, "<": .005, ">": .005, ":": .005, "-": .005, ",": .005, ";": .003,
    "(": .003, ")": .003, "[": .003, "]": .003, "'": .002, "/": .002, "_": .002, "=": .002,
}
_KEY_LENGTH = 3  # keys are trigrams: the scan captures the three characters at each stop
# characters at least this rare start keys; text is scanned at each of them
_START_ODDS = .035


def _char_odds(ch: str) -> float:
    if ch in _ODDS:
        return _ODDS[ch]
    if ch.isdigit():
        return .015
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
# gate keys or None, scanned trigrams). Deriving the rows parses every regex (~35 ms); a start-up reads them from
# _phrase_index.py instead, written by scripts/phrase_index.py, whenever that file was made from
# the phrase rules as they are now (else they are derived here; a test keeps the file current).
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


def _index_rows() -> tuple[IndexRow, ...]:
    source = phrase_source()
    try:
        from . import _phrase_index as cached
    except ImportError:
        return derive_index(source)
    return cached.ROWS if cached.SOURCE == source else derive_index(source)


_ALTERNATIVES: list[Alternative] = []  # all alternatives, in priority order
# trigram -> the alternatives it may open; literal -> the same, for alternatives without a trigram
_BY_TRIGRAM: dict[str, list[int]] = {}
_BY_LITERAL: dict[str, list[int]] = {}
_UNGATED_LIST: list[int] = []


def _phrase_sets() -> tuple[PhraseSet, ...]:
    members: list[list[Alternative]] = [[] for _ in _PHRASE_ORDER]
    for number, reason_value, rule_id, regex, needs, gate, trigrams in _index_rows():
        alt = Alternative(len(_ALTERNATIVES), Reason(reason_value), rule_id, regex, needs)
        alt.trigrams = frozenset(trigrams)
        _ALTERNATIVES.append(alt)
        members[number].append(alt)
        if gate is None:
            _UNGATED_LIST.append(alt.index)
            continue
        alt.gate = frozenset(key for key, _ in gate)
        for key, is_trigram in gate:
            (_BY_TRIGRAM if is_trigram else _BY_LITERAL).setdefault(key, []).append(alt.index)
    return tuple(PhraseSet(reason, tuple(alts)) for (reason, _), alts in zip(_PHRASE_ORDER, members))


PHRASE_SETS: tuple[PhraseSet, ...] = _phrase_sets()


def _bits(ids: list[int]) -> int:
    """A set of alternatives as an integer: bit i stands for alternative i (priority order)."""
    mask = 0
    for i in ids:
        mask |= 1 << i
    return mask


# the candidate sets are unions of these masks: one integer OR per key found, no set building or sorting
_TRIGRAMS: dict[str, int] = {key: _bits(ids) for key, ids in _BY_TRIGRAM.items()}
_LITERALS: tuple[tuple[str, int], ...] = tuple(
    (key, _bits(ids)) for key, ids in sorted(_BY_LITERAL.items(), key=lambda item: _string_odds(item[0])))
# the literals that only non-ASCII text can hold (Chinese, Japanese words) are skipped for ASCII text
_ASCII_LITERALS = tuple((key, ids) for key, ids in _LITERALS if key.isascii())
_OTHER_LITERALS = tuple((key, ids) for key, ids in _LITERALS if not key.isascii())
_UNGATED: int = _bits(_UNGATED_LIST)
_KNOWN_TRIGRAMS = frozenset(_TRIGRAMS).union(*(alt.trigrams for alt in _ALTERNATIVES))
_START_CHARACTERS = "".join(sorted({re.escape(key[0]) for key in _KNOWN_TRIGRAMS}))
# at each start character, the three characters from there (one character consumed per match,
# so trigrams that overlap are all captured); the leading charset lets the engine skip the rest fast
_TRIGRAM_SCAN = re.compile(f"[{_START_CHARACTERS}](?<=(?=(...)).)", re.S)


def _candidates(lowered: str) -> tuple[int, frozenset[str]]:
    """The alternatives whose index keys occur in the text (a bit mask, bit i for alternative i);
    the trigrams found."""
    trigrams = _KNOWN_TRIGRAMS.intersection(_TRIGRAM_SCAN.findall(lowered))
    found = _UNGATED
    get = _TRIGRAMS.get
    for trigram in trigrams:
        found |= get(trigram, 0)
    for literal, ids in _ASCII_LITERALS:
        if literal in lowered:
            found |= ids
    if not lowered.isascii():
        for literal, ids in _OTHER_LITERALS:
            if literal in lowered:
                found |= ids
    return found, trigrams


def _needs_met(needs: _Needs, lowered: str) -> bool:
    for need in needs:
        for option in need:
            if option in lowered:
                break
        else:
            return False
    return True


class _CompiledProvider(NamedTuple):
    name: str
    # each rule with its pattern (case-insensitive), and the same pattern without IGNORECASE for
    # lower-cased ASCII text where it has no upper-case character (a faster search, same matches)
    rules: tuple[tuple[ProviderRule, re.Pattern[str] | None, re.Pattern[str] | None], ...]


def _compile_provider(name: str, rules: tuple[ProviderRule, ...]) -> _CompiledProvider:
    return _CompiledProvider(name, tuple(
        (r, re.compile(r.pattern, re.I) if r.pattern else None,
         re.compile(r.pattern) if r.pattern and r.pattern == r.pattern.lower() else None) for r in rules))


# domain suffix -> provider; looked up label by label from the full host name
PROVIDER_BY_DOMAIN: dict[str, _CompiledProvider] = {}
for _name, _domains, _rules in _PROVIDERS:
    _compiled = _compile_provider(_name, _rules)
    for _domain in _domains:
        PROVIDER_BY_DOMAIN[_domain] = _compiled

_PROVIDER_BY_NAME: dict[str, _CompiledProvider] = {p.name: p for p in PROVIDER_BY_DOMAIN.values()}
# provider code families, each searched only when its literal occurs in the text
_MARKER_RULES: tuple[tuple[str, str, re.Pattern[str]], ...] = tuple(
    (name, literal, re.compile(regex)) for name, literal, regex in _MARKERS)

# RFC 3463 codes: "class.subject.detail" first, then "subject.detail", then "subject".
STATUS_EXACT: dict[str, Reason] = {
    "4.1.2": R.HOST_UNKNOWN, "4.2.1": R.RATE_LIMITED, "4.3.2": R.TOO_MANY_CONNECTIONS,
    "5.3.2": R.NOT_ACCEPT, "4.4.4": R.NETWORK_ERROR, "5.4.4": R.HOST_UNKNOWN, "4.4.5": R.TOO_MANY_CONNECTIONS,
    "4.7.0": R.BLOCKED, "4.7.1": R.BLOCKED,
}
STATUS_TABLE: dict[str, Reason] = {
    "1.0": R.USER_UNKNOWN, "1.1": R.USER_UNKNOWN, "1.2": R.HOST_UNKNOWN, "1.3": R.USER_UNKNOWN,
    "1.4": R.USER_UNKNOWN, "1.5": R.USER_UNKNOWN, "1.6": R.HAS_MOVED, "1.7": R.SENDER_REJECTED,
    "1.8": R.SENDER_REJECTED, "1.9": R.SYSTEM_ERROR, "1.10": R.NOT_ACCEPT,
    "2.0": R.FILTERED, "2.1": R.MAILBOX_DISABLED, "2.2": R.MAILBOX_FULL, "2.3": R.EXCEED_LIMIT,
    "2.4": R.SYSTEM_ERROR,
    "3.0": R.SYSTEM_ERROR, "3.1": R.SYSTEM_FULL, "3.2": R.NOT_ACCEPT, "3.3": R.SYSTEM_ERROR,
    "3.4": R.MESSAGE_TOO_LARGE, "3.5": R.SYSTEM_ERROR,
    "4.0": R.NETWORK_ERROR, "4.1": R.NETWORK_ERROR, "4.2": R.NETWORK_ERROR, "4.3": R.DNS_ERROR,
    "4.4": R.NETWORK_ERROR, "4.5": R.TOO_MANY_CONNECTIONS, "4.6": R.NETWORK_ERROR, "4.7": R.EXPIRED,
    "5.0": R.SYNTAX_ERROR, "5.1": R.SYNTAX_ERROR, "5.2": R.SYNTAX_ERROR, "5.3": R.TOO_MANY_CONNECTIONS,
    "5.4": R.SYNTAX_ERROR, "5.5": R.SYNTAX_ERROR, "5.6": R.SYNTAX_ERROR,
    "6.0": R.CONTENT_ERROR, "6.1": R.CONTENT_ERROR, "6.2": R.CONTENT_ERROR, "6.3": R.CONTENT_ERROR,
    "6.4": R.CONTENT_ERROR, "6.5": R.CONTENT_ERROR,
    "7.0": R.SECURITY_ERROR, "7.1": R.SECURITY_ERROR, "7.2": R.SECURITY_ERROR, "7.3": R.SECURITY_ERROR,
    "7.4": R.SECURITY_ERROR, "7.5": R.SECURITY_ERROR, "7.6": R.SECURITY_ERROR, "7.7": R.SECURITY_ERROR,
    "7.8": R.SECURITY_ERROR, "7.9": R.SECURITY_ERROR, "7.10": R.FAILED_STARTTLS, "7.11": R.FAILED_STARTTLS,
    "7.12": R.SECURITY_ERROR, "7.13": R.MAILBOX_DISABLED, "7.14": R.SECURITY_ERROR,
    "7.15": R.SECURITY_ERROR, "7.16": R.SECURITY_ERROR, "7.17": R.MAILBOX_DISABLED,
    "7.18": R.MAILBOX_DISABLED, "7.19": R.SECURITY_ERROR,
    "7.20": R.AUTH_FAILURE, "7.21": R.AUTH_FAILURE, "7.22": R.AUTH_FAILURE,
    "7.23": R.AUTH_FAILURE, "7.24": R.AUTH_FAILURE, "7.25": R.REQUIRE_PTR, "7.26": R.AUTH_FAILURE,
    "7.27": R.NOT_ACCEPT, "7.28": R.RATE_LIMITED, "7.29": R.AUTH_FAILURE, "7.30": R.SECURITY_ERROR,
    # Microsoft's extended details, which other services copy
    "7.509": R.AUTH_FAILURE, "7.510": R.AUTH_FAILURE, "7.515": R.AUTH_FAILURE,
    "7.606": R.BLOCKED, "7.705": R.BLOCKED, "7.708": R.BLOCKED, "7.750": R.BLOCKED,
    "1.351": R.USER_UNKNOWN,
}
STATUS_SUBJECT: dict[str, Reason] = {
    "1": R.USER_UNKNOWN, "3": R.SYSTEM_ERROR, "4": R.NETWORK_ERROR, "5": R.SYNTAX_ERROR,
    "6": R.CONTENT_ERROR, "7": R.SECURITY_ERROR,
}
# status codes whose meaning is "this mailbox does not exist": they confirm "user unknown" wording
_MAILBOX_MISSING = re.compile(r"^[45]\.1\.(?:[0-5]|10|351)$")

REPLY_TABLE: dict[str, Reason] = {
    # 450 is left out: mailbox busy, greylisting and policy holds share it, it names no cause
    "421": R.SYSTEM_ERROR, "451": R.SYSTEM_ERROR, "452": R.SYSTEM_FULL,
    "500": R.SYNTAX_ERROR, "501": R.SYNTAX_ERROR, "502": R.SYNTAX_ERROR, "503": R.SYNTAX_ERROR,
    "504": R.SYNTAX_ERROR, "521": R.NOT_ACCEPT, "523": R.MESSAGE_TOO_LARGE, "530": R.SECURITY_ERROR,
    "551": R.HAS_MOVED, "552": R.MAILBOX_FULL, "556": R.NOT_ACCEPT,
}

# The SMTP command a failure answered, as MTAs write it into their reports.
_COMMAND_IN_TEXT_WORDS = (r"(?:after|in reply to|response to|>>>|\[) ?(?:the )?"
                          r"(?P<cmd>rcpt[ _]to|mail[ _]from|end of data|data|helo|ehlo|"
                          r"initial connection|connection|greeting|banner|starttls|auth)")
_COMMAND_IN_TEXT = re.compile(_COMMAND_IN_TEXT_WORDS, re.I)
# the same, searched in lower-cased ASCII text: without IGNORECASE the engine skips ahead to the
# few characters a match can start with
_COMMAND_IN_LOWERED = re.compile(_COMMAND_IN_TEXT_WORDS)
_COMMAND_WORD = {"rcpt to": "RCPT", "mail from": "MAIL", "end of data": "DATA", "data": "DATA",
                 "helo": "HELO", "ehlo": "EHLO", "initial connection": "CONN", "connection": "CONN",
                 "greeting": "CONN", "banner": "CONN", "starttls": "STARTTLS", "auth": "AUTH"}
_UNAMBIGUOUS_USER_UNKNOWN = frozenset({"mailbox_missing"})
# A vendor format's own reason is final unless it is one of these broad ones: then a provider rule
# or a phrase naming a more specific cause wins (a qmail "gave up" note over a refusal it quotes).
_GENERIC_HINTS = frozenset({R.UNKNOWN, R.EXPIRED, R.SYSTEM_ERROR, R.SECURITY_ERROR, R.NETWORK_ERROR,
                            R.DNS_ERROR, R.HOST_UNKNOWN, R.USER_UNKNOWN})
# phrase outcomes that are inferences from context and never override a vendor's own reason
_UNCONFIRMED_USER_UNKNOWN = "phrase.filtered.user_unknown_unconfirmed"
_CONTEXT_GUESSES = frozenset({_UNCONFIRMED_USER_UNKNOWN})
_USER_WORDS = frozenset({R.USER_UNKNOWN, R.HOST_UNKNOWN})
_DELAYED_ACTIONS = frozenset({"delayed", "delay"})
# after a give-up note, these words are the retrying itself (timeouts, refused connections,
# "try again later"), not a cause
_NOT_A_CAUSE_AFTER_RETRIES = frozenset({"network", "connections", "system_error"})
# words of a refusal that, answered to MAIL FROM, concern the envelope sender
_DENIED_WORDS = frozenset({"access denied", "permission denied", "not authorized", "unauthorized"})
_CONNECTION_STAGE = frozenset({"CONN", "HELO", "EHLO"})


def smtp_stage(smtp_command: str | None, diagnostic: str | None) -> str | None:
    """The SMTP command the failure answered: the parser's, else what the diagnostic says."""
    if smtp_command:
        return smtp_command.upper()
    if diagnostic:
        if diagnostic.isascii():
            m = _COMMAND_IN_LOWERED.search(diagnostic.lower())
        else:
            m = _COMMAND_IN_TEXT.search(diagnostic)
        if m:
            return _COMMAND_WORD[m.group("cmd").lower().replace("_", " ")]
    return None


def _host_name(mta: str | None) -> str | None:
    if not mta:
        return None
    token = mta.split(None, 1)[0].strip("[]();").rstrip(".").lower()
    return token or None


def _provider_of_host(mta: str) -> _CompiledProvider | None:
    """The provider owning the host name or one of its parent domains (remembered per string)."""
    provider = None
    host = _host_name(mta)
    if host and len(host) <= 253:  # longer is no host name (RFC 1035), and would cost labels squared
        labels = host.split(".")
        for i in range(len(labels) - 1):
            provider = PROVIDER_BY_DOMAIN.get(".".join(labels[i:]))
            if provider is not None:
                break
    if len(_PROVIDER_OF_HOST) >= _HOST_CACHE_SIZE:
        _PROVIDER_OF_HOST.clear()  # hosts repeat within a run; a bound keeps long runs small
    _PROVIDER_OF_HOST[mta] = provider
    return provider


_UNSEEN = object()
_HOST_CACHE_SIZE = 4096
_PROVIDER_OF_HOST: dict[str, _CompiledProvider | None] = {}


def find_provider(remote_mta: str | None, reporting_mta: str | None,
                  diagnostic: str | None = None, recipient: str | None = None) -> _CompiledProvider | None:
    """The provider whose domain the refusing host belongs to, else the recipient's domain (its mail
    is hosted there), else the reporting host's; with none known, the provider whose own code
    family ("AUP#I-1310", "OFR_506") the text quotes."""
    recipient_domain = recipient.rpartition("@")[2] if recipient and "@" in recipient else None
    for mta in (remote_mta, recipient_domain, reporting_mta):
        if mta:
            known = _PROVIDER_OF_HOST.get(mta, _UNSEEN)
            provider = _provider_of_host(mta) if known is _UNSEEN else known
            if provider is not None:
                return provider  # type: ignore[return-value]
    if diagnostic:
        lowered = diagnostic.lower()
        for name, literal, pattern in _MARKER_RULES:
            if literal in lowered and pattern.search(lowered):
                return _PROVIDER_BY_NAME.get(name)
    return None


def _by_provider(provider: _CompiledProvider, status: str | None, diagnostic: str,
                 stage: str | None = None) -> Classification | None:
    lowered = diagnostic.lower() if diagnostic.isascii() else None
    for rule, pattern, lower_pattern in provider.rules:
        if rule.status is not None and rule.status != status:
            continue
        if rule.stage is not None and rule.stage != stage:
            continue
        if pattern is None:
            if rule.status is not None:
                return Classification(rule.reason, f"provider.{provider.name}.{rule.id}", status)
            continue
        if lowered is not None and lower_pattern is not None:
            m = lower_pattern.search(lowered)
        else:
            m = pattern.search(diagnostic)
        if m:
            return Classification(rule.reason, f"provider.{provider.name}.{rule.id}", diagnostic[m.start():m.end()])
    return None


# A multi-line SMTP reply joined into one line repeats its code inside the text
# ("...with multiple 550 5.7.1 addresses in From: header"); phrases are read without the repeats.
_REPLY_CONTINUATION = re.compile(r"(?<=\S) [245]\d\d[ -][245]\.\d{1,3}\.\d{1,3} (?=\D)")


def _without_continuations(text: str) -> str:
    return _REPLY_CONTINUATION.sub(" ", text) if "." in text else text


_Match = tuple[Reason, str, str]  # reason, rule id, matched text


def _matches(diagnostic: str, delayed: bool) -> Iterator[_Match]:
    """Every phrase rule that matches, in priority order, searched lazily (only as far as read)."""
    diagnostic = _without_continuations(diagnostic)
    lowered = diagnostic.lower()
    # lower() may change the length of a few characters; then matched text is taken from the lowered copy
    original = diagnostic if len(lowered) == len(diagnostic) else lowered
    candidates, trigrams = _candidates(lowered)
    while candidates:
        lowest = candidates & -candidates  # the next candidate in priority order
        candidates ^= lowest
        alt = _ALTERNATIVES[lowest.bit_length() - 1]
        if delayed and alt.reason is R.EXPIRED:
            continue  # a delay notice's retry wording says nothing of why the mail waits
        if not (alt.trigrams <= trigrams and _needs_met(alt.needs, lowered)):
            continue
        m = alt.pattern.search(lowered)
        if m:
            yield alt.reason, alt.rule_id, original[m.start():m.end()]


def _first_phrase(matches: Iterator[_Match], skip: frozenset[Reason] = frozenset()) -> _Match | None:
    """The first match that names a cause; reading on from where an earlier call stopped."""
    gave_up: _Match | None = None
    for found in matches:
        reason, rule_id, _ = found
        if reason in skip:
            continue
        if gave_up is not None:
            if reason is R.EXPIRED or rule_id in _NOT_A_CAUSE_AFTER_RETRIES:
                continue
            return found
        if reason is R.EXPIRED:
            # "gave up / in the queue too long" is a trailer: the last error it quotes is the cause
            gave_up = found
            continue
        return found
    return gave_up


def _user_unknown_in_context(status: str | None, stage: str | None, rule_id: str, text: str) -> Classification:
    """'User unknown' words prove a missing mailbox only when confirmed.

    Confirmed means: the status says the mailbox is missing (x.1.0-x.1.5, x.1.10) or the reply
    answered RCPT. Otherwise (after DATA, or the stage and status say nothing) the same words are
    a recipient-side filter's refusal: ``filtered`` (soft), never a hard failure on a guess.
    """
    if status and _MAILBOX_MISSING.match(status) or stage == "RCPT":
        return Classification(R.USER_UNKNOWN, f"phrase.user_unknown.{rule_id}", text)
    return Classification(R.FILTERED, _UNCONFIRMED_USER_UNKNOWN, text)


def _by_phrase(diagnostic: str, status: str | None, stage: str | None,
               diagnostic_type: str | None, delayed: bool) -> Classification | None:
    matches = _matches(diagnostic, delayed)
    found = _first_phrase(matches)
    if diagnostic_type and diagnostic_type.lower() == "x-unix":
        # a local delivery program's output: only a full mailbox is told apart from the program failing
        if found and found[0] is R.MAILBOX_FULL:
            return Classification(found[0], f"phrase.{found[0].value}.{found[1]}", found[2])
        return Classification(R.MAILER_ERROR, "diagnostic_type.x-unix", diagnostic_type)
    if found is None:
        return None
    reason, rule_id, text = found
    if reason in (R.USER_UNKNOWN, R.HOST_UNKNOWN) and (stage == "MAIL" or (status and status[2:] in ("1.7", "1.8"))):
        # "no such user / domain" said of the envelope sender
        return Classification(R.SENDER_REJECTED, f"phrase.sender_rejected.{reason.value}_at_mail_from", text)
    if reason in (R.USER_UNKNOWN, R.HOST_UNKNOWN) and stage in _CONNECTION_STAGE:
        # "invalid domain" answered to HELO/EHLO: our own host name was refused
        return Classification(R.BLOCKED, f"phrase.blocked.{reason.value}_at_greeting", text)
    if reason is R.SECURITY_ERROR and stage == "MAIL" and text.lower() in _DENIED_WORDS:
        return Classification(R.SENDER_REJECTED, "phrase.sender_rejected.denied_at_mail_from", text)
    if reason is R.USER_UNKNOWN and status and status[2:] == "1.6":
        return Classification(R.HAS_MOVED, f"phrase.has_moved.{rule_id}", text)
    if reason is R.MESSAGE_TOO_LARGE and status and status[2:] == "2.3":
        # a size refusal with "exceeded the recipient's limit" status
        return Classification(R.EXCEED_LIMIT, f"phrase.exceed_limit.{rule_id}", text)
    if reason is R.USER_UNKNOWN and rule_id not in _UNAMBIGUOUS_USER_UNKNOWN:
        found_in_context = _user_unknown_in_context(status, stage, rule_id, text)
        if found_in_context.reason is R.FILTERED:
            # unconfirmed "unknown address" words yield to a cause the same reply names
            other = _first_phrase(matches, _USER_WORDS)
            if other is not None:
                return Classification(other[0], f"phrase.{other[0].value}.{other[1]}", other[2])
        return found_in_context
    if reason is R.NETWORK_ERROR and not delayed and status and status[2:] == "4.7":
        # the status says the retry period ran out; the refused/timed-out connection was the last try
        return Classification(R.EXPIRED, f"phrase.expired.after_{rule_id}", text)
    if reason is R.HOST_UNKNOWN and status and status[0] == "4":
        # the domain did not resolve this time; the reporting MTA itself says it may resolve later
        return Classification(R.DNS_ERROR, f"phrase.dns_error.temporary_{rule_id}", text)
    return Classification(reason, f"phrase.{reason.value}.{rule_id}", text)


def _by_status(status: str) -> Classification | None:
    reason = STATUS_EXACT.get(status)
    if reason is None:
        parts = status.split(".")
        if len(parts) != 3:
            return None
        reason = STATUS_TABLE.get(f"{parts[1]}.{parts[2]}")
        if reason is None and parts[2] != "0":
            reason = STATUS_SUBJECT.get(parts[1])
    if reason is None:
        return None
    return Classification(reason, f"status.{status}", status)


def classify(status: str | None = None, reply_code: str | int | None = None, diagnostic: str | None = None, *,
             hint: Reason | None = None, remote_mta: str | None = None, reporting_mta: str | None = None,
             smtp_command: str | None = None, action: str | None = None,
             diagnostic_type: str | None = None, recipient: str | None = None) -> Classification:
    """Reason, category and severity of one failure, with the rule that decided it."""
    found = _decide(status, reply_code, diagnostic, hint=hint, remote_mta=remote_mta, reporting_mta=reporting_mta,
                    smtp_command=smtp_command, action=action, diagnostic_type=diagnostic_type, recipient=recipient)
    if _is_weak(found.rule):
        return Classification(found.reason, found.rule, found.matched, Confidence.LOW)
    return found


# a rule resting on a generic code, a bare reply class, the context or nothing at all
_GENERIC_STATUS_DETAIL = frozenset({"0.0", "1.0", "2.0", "3.0", "4.0", "5.0", "6.0", "7.0", "7.1"})


def _is_weak(rule: str) -> bool:
    if rule == "none" or rule.startswith(("reply.", "context.")) or rule == _UNCONFIRMED_USER_UNKNOWN:
        return True
    return rule.startswith("status.") and rule[9:] in _GENERIC_STATUS_DETAIL


def _decide(status: str | None = None, reply_code: str | int | None = None, diagnostic: str | None = None, *,
            hint: Reason | None = None, remote_mta: str | None = None, reporting_mta: str | None = None,
            smtp_command: str | None = None, action: str | None = None,
            diagnostic_type: str | None = None, recipient: str | None = None) -> Classification:
    if hint is not None and hint not in _GENERIC_HINTS:
        return Classification(hint, "vendor.signal", None)
    text = diagnostic or ""
    stage = smtp_stage(smtp_command, text)
    provider = find_provider(remote_mta, reporting_mta, text, recipient)
    if provider is not None:
        found = _by_provider(provider, status, text, stage)
        if found is not None:
            return found
    delayed = action is not None and action.lower() in _DELAYED_ACTIONS
    if text or diagnostic_type:
        found = _by_phrase(text, status, stage, diagnostic_type, delayed)
        if found is not None and (hint is None or found.rule not in _CONTEXT_GUESSES):
            return found
    if hint is not None:
        return Classification(hint, "vendor.signal", None)
    if delayed:
        return Classification(R.EXPIRED, "context.delayed", action)
    if status:
        found = _by_status(status)
        if found is not None:
            return found
    if reply_code:
        code = str(reply_code)
        reason = REPLY_TABLE.get(code)
        if reason is not None:
            return Classification(reason, f"reply.{code}", code)
    if stage in _CONNECTION_STAGE:
        return Classification(R.BLOCKED, "context.connection", stage)
    return Classification(R.UNKNOWN, "none", None)
