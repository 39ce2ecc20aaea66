"""The stored regex programs (_pattern_code.py) are those re.compile writes today, each pattern
compiled from them is the pattern re.compile gives, and a pattern not stored is compiled by re."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from bouncekit import _pattern_code, _patterns

ROOT = Path(__file__).resolve().parent.parent
SAME_ENGINE = tuple(_pattern_code.ENGINE) == _patterns.engine()


@pytest.mark.skipif(not SAME_ENGINE, reason="the table was written under another Python: it is not used here")
def test_stored_programs_are_current() -> None:
    # a fresh process records every pattern the package compiles and compares the file
    p = subprocess.run([sys.executable, str(ROOT / "scripts" / "pattern_code.py"), "--check"],
                       capture_output=True, text=True)
    assert p.returncode == 0, p.stderr


@pytest.mark.skipif(not SAME_ENGINE, reason="the table was written under another Python: it is not used here")
def test_every_stored_program_gives_re_compiles_pattern() -> None:
    table, _words = _patterns.stored_programs()
    assert len(table) == len(_pattern_code.PROGRAMS) > 1000
    for pattern, flags in table:
        ours, theirs = _patterns.compile_pattern(pattern, flags), re.compile(pattern, flags)
        # Pattern equality compares the pattern, the flags and the engine's program word by word
        assert ours == theirs, pattern
        assert (ours.groups, dict(ours.groupindex)) == (theirs.groups, dict(theirs.groupindex)), pattern


def test_the_package_patterns_come_from_the_table() -> None:
    from bouncekit import text

    if SAME_ENGINE:
        assert (text.ENHANCED_STATUS.pattern, 0) in _pattern_code.PROGRAMS
    assert text.ENHANCED_STATUS.search("550 5.1.1 no such user").group(0) == "5.1.1"


def test_a_pattern_not_stored_is_compiled_by_re() -> None:
    pattern = r"^Nothing like this is stored: (?P<who>\S+) (?:bounced|was refused)"
    assert (pattern, re.M | re.I) not in _pattern_code.PROGRAMS
    compiled = _patterns.compile_pattern(pattern, re.M | re.I)
    assert compiled == re.compile(pattern, re.M | re.I)
    assert compiled.search("x\nnothing LIKE this is stored: a@b bounced").group("who") == "a@b"


def test_bytes_patterns_and_named_groups_survive_the_table() -> None:
    table, _words = _patterns.stored_programs()
    named = [key for key, row in table.items() if row[4]]
    assert named or not SAME_ENGINE  # the table holds patterns with named groups
    for pattern, flags in named[:50]:
        assert dict(_patterns.compile_pattern(pattern, flags).groupindex) == dict(re.compile(pattern, flags).groupindex)
    assert _patterns.compile_pattern(rb"\n--([^\s]{6,})", 0).search(b"x\n--abcdefg").group(1) == b"abcdefg"


def test_under_another_engine_nothing_stored_is_used(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_patterns, "_stored", [])
    monkeypatch.setattr(_patterns, "engine", lambda: ((2, 7), 0, 0, "big"))
    table, words = _patterns.stored_programs()
    assert table == {} and len(words) == 0
    assert _patterns.compile_pattern(r"5\.1\.1", 0).search("550 5.1.1") is not None
