"""Cheap substring pre-tests that let a parser's match() skip a regular expression.

A case-insensitive pattern that can only match where some ASCII word is written may be preceded
by a test of the word in the lower-cased text, with one catch: ``re.IGNORECASE`` also lets "i"
match "İ" (U+0130) and "ı" (U+0131), and "s" match "ſ" (U+017F), which ``str.lower()`` does not
turn into "i" or "s". A text holding none of the three (any ASCII text, for one) lower-cases every
such match to the word itself; for any other text a word holding "i" or "s" proves nothing.
"""
from __future__ import annotations

import re

from ..mail import Mail
from ..mime import Part


def caseless_ok(text: str) -> bool:
    """Whether an IGNORECASE match of an ASCII word in ``text`` shows as the word in ``text.lower()``."""
    return text.isascii() or not ("\u0130" in text or "\u0131" in text or "\u017f" in text)


def flat_caseless_ok(mail: Mail) -> bool:
    """``caseless_ok(mail.flat)``, worked out once per message: it makes ``word not in
    mail.flat_lower`` a sound reason to skip an IGNORECASE pattern over ``mail.flat``."""
    memo = mail.memo
    ok = memo.get("flat_caseless_ok")
    if not isinstance(ok, bool):
        ok = caseless_ok(mail.flat)
        memo["flat_caseless_ok"] = ok
    return ok


def lowered(mail: Mail, part: Part) -> str:
    """``part.text.lower()``, worked out once per message and part."""
    cache = mail.memo.get("part_lower")
    if not isinstance(cache, dict):
        cache = {}
        mail.memo["part_lower"] = cache
    text: str | None = cache.get(part)
    if text is None:
        text = cache[part] = part.text.lower()
    return text


def ascii_lacks(text: str, words: tuple[str, ...]) -> bool:
    """Whether ``text`` is ASCII and holds none of ``words`` (lower-case ASCII) in any case.

    In ASCII text an IGNORECASE match of a word is the word in ``text.lower()``, and no letter
    outside ASCII in these parsers' patterns matches an ASCII one; so a pattern each of whose
    phrases holds one of ``words`` cannot match. False (not sure) for any other text."""
    if not text.isascii():
        return False
    lowered = text.lower()
    for word in words:
        if word in lowered:
            return False
    return True


def line_search(pattern: re.Pattern[str], text: str, lowered: str, words: tuple[str, ...],
                ok: bool | None = None, endpos: int | None = None) -> re.Match[str] | None:
    """``pattern.search(text, 0, endpos)`` for a line pattern, tried only at the starts of the lines
    that hold one of ``words`` (lower-case ASCII) in ``lowered`` (``text.lower()``).

    Sound for a pattern whose every alternative starts with ``^`` under re.M and each of whose
    matches holds one of ``words`` in some case (IGNORECASE or not) on the line where it starts.
    ``ok`` is ``caseless_ok(text)`` if known. The leftmost match is the earliest of the first
    matching lines found for each word; each word is looked for only before the best line so far
    (a match ends by ``endpos``, and so does the word in it). Falls back to the plain search when
    lower-casing could hide a word or shift positions."""
    end = len(text) if endpos is None else min(endpos, len(text))
    if len(lowered) != len(text) or not (caseless_ok(text) if ok is None else ok):
        return pattern.search(text, 0, end)
    best = None
    limit = end
    for word in words:
        tried = -1
        i = lowered.find(word, 0, limit)
        while i >= 0:
            line_start = text.rfind("\n", 0, i) + 1
            if line_start != tried:
                tried = line_start
                m = pattern.match(text, line_start, end)
                if m is not None:
                    best, limit = m, line_start
                    break
            i = lowered.find(word, i + 1, limit)
    return best


def word_search(pattern: re.Pattern[str], text: str, lowered: str, words: tuple[str, ...],
                ok: bool | None = None, endpos: int | None = None) -> re.Match[str] | None:
    """``pattern.search(text, 0, endpos)`` for a pattern each of whose matches starts with one of
    ``words`` (lower-case ASCII) in some case: no match can start before the first of them in
    ``lowered`` (``text.lower()``), so the search starts there, or is skipped when none is there.
    (A search from a later position still sees the text before it for ``\\b`` and ``^``.) ``ok``
    is ``caseless_ok(text)`` if known; without it, or when lower-casing shifted positions, the
    plain search."""
    end = len(text) if endpos is None else min(endpos, len(text))
    if len(lowered) != len(text) or not (caseless_ok(text) if ok is None else ok):
        return pattern.search(text, 0, end)
    first = end
    for word in words:
        i = lowered.find(word, 0, first)
        if i >= 0:
            first = i
    if first == end:
        return None
    return pattern.search(text, first, end)
