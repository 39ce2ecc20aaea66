"""Typo suggestions for the domain of an address: the closest big mailbox provider, by an edit
distance in which slips of the hand (a neighbouring key, two swapped letters, a doubled letter)
cost less than other edits.

A suggestion is always one whole domain of the provider list (``providers.txt``): the name and
the suffix are never taken from two different domains. A listed domain is never a typo."""
from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from importlib import resources

__all__ = ["Suggester", "distance", "provider_domains", "providers", "suggest"]

# QWERTY rows; keys next to each other on a row or diagonally below/above are neighbours
_ROWS = ("1234567890-", "qwertyuiop", "asdfghjkl", "zxcvbnm")


def _neighbours() -> dict[str, frozenset[str]]:
    pos = {ch: (r, c) for r, row in enumerate(_ROWS) for c, ch in enumerate(row)}
    out: dict[str, set[str]] = {ch: set() for ch in pos}
    for a, (ra, ca) in pos.items():
        for b, (rb, cb) in pos.items():
            if a != b and abs(ra - rb) <= 1 and (ca - cb) in ((-1, 0, 1) if ra == rb else (0, 1) if rb > ra else (0, -1)):
                out[a].add(b)
    return {k: frozenset(v) for k, v in out.items()}


NEIGHBOURS: Mapping[str, frozenset[str]] = _neighbours()
_EMPTY: frozenset[str] = frozenset()

SLIP = 0.5  # a neighbouring key, two swapped letters, a doubled or dropped doubled letter
EDIT = 1.0  # any other substitution, insertion or deletion


def distance(a: str, b: str) -> float:
    """Weighted Damerau-Levenshtein distance from the typed ``a`` to the intended ``b``."""
    la, lb = len(a), len(b)
    prev2: list[float] = []
    prev = [j * EDIT for j in range(lb + 1)]
    for i in range(1, la + 1):
        cur = [i * EDIT] + [0.0] * lb
        ai = a[i - 1]
        for j in range(1, lb + 1):
            bj = b[j - 1]
            if ai == bj:
                sub = prev[j - 1]
            else:
                sub = prev[j - 1] + (SLIP if bj in NEIGHBOURS.get(ai, _EMPTY) else EDIT)
            # a typed letter too many: cheaper when it doubles its neighbour
            dele = prev[j] + (SLIP if (i >= 2 and a[i - 2] == ai) or (i < la and a[i] == ai) else EDIT)
            # a letter left out: cheaper when it is the second of a double letter
            ins = cur[j - 1] + (SLIP if (j >= 2 and b[j - 2] == bj) or (j < lb and b[j] == bj) else EDIT)
            best = min(sub, dele, ins)
            if i > 1 and j > 1 and ai == b[j - 2] and a[i - 2] == bj and ai != bj:
                best = min(best, prev2[j - 2] + SLIP)
            cur[j] = best
        prev2, prev = prev, cur
    return prev[lb]


def _limit(target: str) -> float:
    """How far a typed domain may be from ``target`` and still be taken for it: short names are
    easily another real domain, so only a slip of the hand counts for them."""
    name = target.split(".", 1)[0]
    n = len(name)
    if n <= 3:
        return SLIP
    if n <= 7:
        return EDIT
    return EDIT + SLIP


def _deletes(word: str, depth: int) -> set[str]:
    out = {word}
    frontier = {word}
    for _ in range(depth):
        frontier = {w[:k] + w[k + 1:] for w in frontier for k in range(len(w))}
        out |= frontier
    return out


class Suggester:
    """Suggestions against one provider list (indexed by deletions, so a domain is compared only
    with the few providers that can be within two edits of it)."""

    def __init__(self, domains: Iterable[str]) -> None:
        self.domains: tuple[str, ...] = tuple(dict.fromkeys(d.strip().lower() for d in domains if d.strip()))
        self.known: frozenset[str] = frozenset(self.domains)
        self.rank: dict[str, int] = {d: i for i, d in enumerate(self.domains)}
        self.index: dict[str, set[str]] = {}
        self.lengths = range(min(map(len, self.domains), default=0) - 2, max(map(len, self.domains), default=0) + 3)
        for d in self.domains:
            for v in _deletes(d, 2):
                self.index.setdefault(v, set()).add(d)

    def suggest(self, domain: str) -> str | None:
        """The provider domain ``domain`` is most likely a typo of, or None."""
        domain = domain.lower()  # more than two characters longer or shorter than every provider: no typo
        if domain in self.known or len(domain) not in self.lengths or domain.split(".", 1)[0].isdigit():
            return None  # a listed provider; or a name of digits, where a slip makes another real name
        candidates: set[str] = set()
        for v in _deletes(domain, 2):
            hit = self.index.get(v)
            if hit:
                candidates |= hit
        best: tuple[float, int, str] | None = None
        for cand in candidates:
            d = distance(domain, cand)
            if d <= _limit(cand) and (best is None or (d, self.rank[cand]) < best[:2]):
                best = (d, self.rank[cand], cand)
        return best[2] if best else None


@functools.lru_cache(maxsize=1)
def providers() -> Suggester:
    text = resources.files(__package__).joinpath("providers.txt").read_text(encoding="utf-8")
    return Suggester(line.split("#", 1)[0].strip() for line in text.splitlines())


def provider_domains() -> tuple[str, ...]:
    """The listed provider domains, largest first."""
    return providers().domains


def suggest(domain: str) -> str | None:
    """``gmial.com`` -> ``gmail.com``; None for a listed provider or a domain near none."""
    return providers().suggest(domain)
