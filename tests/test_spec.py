"""``spec.Search``: the literal test derived from a pattern never changes what the pattern finds."""
from __future__ import annotations

import importlib
import pkgutil
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import bouncekit.formats as formats_pkg
from bouncekit.formats.spec import Search, analyse, caseless_ok
from bouncekit.mail import Mail
from bouncekit.mime import parse_message


def _patterns() -> list[re.Pattern[str]]:
    out: dict[tuple[str, int], re.Pattern[str]] = {}
    for info in pkgutil.walk_packages(formats_pkg.__path__, formats_pkg.__name__ + "."):
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                out[(value.pattern, value.flags)] = value
    return list(out.values())


PATTERNS = _patterns()


def test_the_analysis_finds_literals_of_most_format_patterns() -> None:
    assert len(PATTERNS) > 200
    gated = [p for p in PATTERNS if Search(p).anywhere]
    assert len(gated) > len(PATTERNS) * 0.7


@pytest.mark.parametrize(("pattern", "flags", "anywhere", "lines"), [
    (r"^[ \t]*-{3,}[ \t]*Non-delivered information", re.M | re.I, ("non-delivered information",),
     ("non-delivered information",)),
    (r"@(?:[\w-]+\.)*bigfoot\.com$", re.I, ("bigfoot.com",), None),
    (r"^Delivery status notification[ \t]*$", 0, ("Delivery status notification",),
     ("Delivery status notification",)),
    (r"(?:Undeliverable|Unzustellbar)\s*:", re.I, ("deliverable", "zustellbar"), None),
    (r"x?", 0, None, None),
    (r"^a.*\nbcd", re.M, ("bcd",), ("a",)),
    (r"^.*\nbcd", re.M, ("bcd",), None),
])
def test_what_the_analysis_derives(pattern: str, flags: int, anywhere: tuple[str, ...] | None,
                                   lines: tuple[str, ...] | None) -> None:
    s = Search(pattern, flags)
    assert s.anywhere == anywhere
    assert s.lines == lines


def test_a_case_sensitive_pattern_keeps_its_capitals() -> None:
    s = Search(r"\AMail Delivery System")
    assert s.anywhere == ("Mail Delivery System",)
    assert s.search("mail delivery system") is None
    assert s.search("Mail Delivery System") is not None


def test_caseless_literals_are_not_trusted_where_lowering_hides_them() -> None:
    s = Search(r"mailbox is full", re.I)
    text = "MAILBOX \u0131S FULL"  # dotless i: IGNORECASE matches it, lower() does not make it "i"
    assert not caseless_ok(text)
    assert s.search(text) is not None


def _texts() -> list[str]:
    from tests.conftest import CORPUS, SISIMAI

    paths = sorted(CORPUS.rglob("*.eml"))
    if (SISIMAI / "maildir").is_dir():
        paths += sorted((SISIMAI / "maildir").rglob("*"))[::4]
    texts = []
    for p in paths:
        if p.is_file():
            flat = Mail(parse_message(p.read_bytes())).flat[:20000]
            texts.append(flat)
    return texts


def test_search_agrees_with_the_pattern_on_the_corpus() -> None:
    texts = _texts()
    assert texts
    variants = [t for text in texts[:40] for t in (text.upper(), text.replace("i", "\u0130"))]
    for pattern in PATTERNS:
        s = Search(pattern)
        for text in texts + variants:
            want = pattern.search(text)
            got = s.search(text)
            assert (got.span() if got else None) == (want.span() if want else None), (pattern, text[:200])


def _fragments(pattern: re.Pattern[str]) -> list[str]:
    info = analyse(pattern)
    words = [w for ws in (info.anywhere, info.leading, info.first_line) if ws for w in ws]
    return words + re.findall(r"[A-Za-z][A-Za-z' ]{2,}", pattern.pattern)[:6] + ["\n", " ", ":", "-", "<a@b.c>", "550"]


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_search_agrees_with_the_pattern_on_made_up_text(data: st.DataObject) -> None:
    pattern = data.draw(st.sampled_from(PATTERNS))
    bits = data.draw(st.lists(st.sampled_from(_fragments(pattern)), max_size=12))
    case = data.draw(st.sampled_from([str, str.upper, str.lower, str.title]))
    text = case("".join(bits))
    endpos = data.draw(st.none() | st.integers(min_value=0, max_value=len(text) + 2))
    want = pattern.search(text, 0, len(text) if endpos is None else endpos)
    got = Search(pattern).search(text, None, endpos)
    assert (got.span() if got else None) == (want.span() if want else None)
