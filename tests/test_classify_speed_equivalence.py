"""The phrase index of ``_classify`` (trigram scan, needs checked before searching) only spares
searches that cannot succeed: classify() must give the same result as the classifier before it
(``tests/_classify_reference.py``, a frozen copy), and the phrase matches must be those of searching
every alternative. Inputs: the table-test lines, and seeded random text built from the rules' own
literal fragments, statuses, reply codes, SMTP commands and provider hosts.
"""
from __future__ import annotations

import random
from typing import Any, Iterator

import _classify_reference as reference
import pytest
from test_classify_table import CASES

from bouncekit import Reason
from bouncekit import _classify as current

STATUSES = (None, "5.1.1", "5.0.0", "4.4.7", "5.7.1", "4.2.2", "5.1.6", "5.2.3", "5.1.8", "4.0.0", "5.1.10", "4.7.0")
REPLIES = (None, "550", "421", "452", "552", "554", 451)
COMMANDS = (None, "RCPT", "MAIL", "DATA", "HELO", "CONN")
ACTIONS = (None, "failed", "delayed")
HINTS = (None, None, None, Reason.EXPIRED, Reason.USER_UNKNOWN, Reason.MAILBOX_FULL)
FILLER = ("550", "5.1.1", "<ann@example.com>", "said:", "the", "is", "not", "user", "mail", "after RCPT TO",
          "in reply to end of data", "host mx.example.net", ";", ".", "try again later", "İ", "ÉTÉ", "\t",
          "550-5.7.1", "#5.0.0", "(", ")", "delivery", "gave up", "too long")


def _literals() -> list[str]:
    """Every literal run the phrase rules need, index keys, and some provider-marker text."""
    found: set[str] = set()
    for phrase_set in current.PHRASE_SETS:
        for alt in phrase_set.alternatives:
            for need in alt.needs:
                found.update(need)
            found.update(alt.gate or ())
    found.update(literal for _, literal, _ in current._MARKER_RULES)
    for provider in current.PROVIDER_BY_DOMAIN.values():  # provider rules' words, in both cases
        for rule, *_ in provider.rules:
            for need in current._needs_of(rule.pattern or ""):
                found.update(need)
                found.update(option.upper() for option in need)
    return sorted(found)


def _hosts() -> list[str]:
    domains = sorted(current.PROVIDER_BY_DOMAIN)
    return [f"mx{i}.{d}" for i, d in enumerate(domains)] + ["mx.example.org", "[192.0.2.1]", "relay.example.jp."]


def _random_text(rng: random.Random, literals: list[str]) -> str:
    pieces = [rng.choice(literals) if rng.random() < 0.6 else rng.choice(FILLER) for _ in range(rng.randint(1, 7))]
    text = rng.choice(("", " ", "")).join(pieces) if rng.random() < 0.3 else " ".join(pieces)
    return text.upper() if rng.random() < 0.1 else text


def _exemplar(alt: Any, rng: random.Random) -> str:
    """Text with every literal an alternative needs, in order: often a match, sometimes a near miss."""
    parts = [rng.choice(need) for need in alt.needs]
    if parts and rng.random() < 0.2:
        parts.pop(rng.randrange(len(parts)))
    return "550 " + " ".join(parts) if rng.random() < 0.5 else "".join(parts)


def _inputs(n: int, seed: int = 5) -> Iterator[tuple[tuple, dict]]:
    rng = random.Random(seed)
    literals, hosts = _literals(), _hosts()
    alternatives = [alt for ps in current.PHRASE_SETS for alt in ps.alternatives]
    for i in range(n):
        text = _exemplar(rng.choice(alternatives), rng) if i % 3 == 0 else _random_text(rng, literals)
        kwargs = dict(hint=rng.choice(HINTS), smtp_command=rng.choice(COMMANDS), action=rng.choice(ACTIONS),
                      remote_mta=rng.choice(hosts) if rng.random() < 0.15 else None,
                      reporting_mta=rng.choice(hosts) if rng.random() < 0.1 else None,
                      recipient=f"x@{rng.choice(hosts)}" if rng.random() < 0.1 else None,
                      diagnostic_type="X-Unix" if rng.random() < 0.03 else None)
        yield (rng.choice(STATUSES), rng.choice(REPLIES), text), kwargs


def _same(args: tuple, kwargs: dict) -> None:
    assert current.classify(*args, **kwargs) == reference.classify(*args, **kwargs), (args, kwargs)


@pytest.mark.parametrize("command", COMMANDS[:4])
def test_table_lines_classify_as_before(command: str | None) -> None:
    for case in CASES:
        text = case[0]
        for status in (None, *case[2:3]):
            _same((status, None, text), dict(smtp_command=command))
            _same((status, "550", text), dict(smtp_command=command, action="delayed", remote_mta="mx.example.com"))


def test_random_text_classifies_as_before() -> None:
    for args, kwargs in _inputs(6000):
        _same(args, kwargs)


def test_phrase_matches_are_those_of_searching_every_alternative() -> None:
    alternatives = [alt for ps in current.PHRASE_SETS for alt in ps.alternatives]
    texts = [args[2] for args, _ in _inputs(3000, seed=11)] + [case[0] for case in CASES]
    for text in texts:
        for delayed in (False, True):
            lowered = current._without_continuations(text).lower()
            original = current._without_continuations(text)
            original = original if len(original) == len(lowered) else lowered
            expected = []
            for alt in alternatives:
                if delayed and alt.reason is Reason.EXPIRED:
                    continue
                m = alt.pattern.search(lowered)
                if m:
                    expected.append((alt.reason, alt.rule_id, original[m.start():m.end()]))
            assert list(current._matches(text, delayed)) == expected, text


def test_provider_lookup_as_before() -> None:
    for host in _hosts() + ["MX.Example.COM", "smtp.gmail.com (1.2.3.4)", "", "."]:
        for args in ((host, None), (None, host)):
            found, expected = current.find_provider(*args), reference.find_provider(*args)
            assert (found and found.name) == (expected and expected.name)
