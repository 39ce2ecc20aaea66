"""The stored literal analyses of the formats' patterns (formats/_analyses.py) are those the code
gives today, and a pattern without a stored row is analysed as before."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from bouncekit.formats import _analyses, gates, spec

ROOT = Path(__file__).resolve().parent.parent


def test_stored_analyses_are_current() -> None:
    # a fresh process derives every analysis the package makes at import and compares the file
    p = subprocess.run([sys.executable, str(ROOT / "scripts" / "format_analyses.py"), "--check"],
                       capture_output=True, text=True)
    assert p.returncode == 0, p.stderr


def test_stored_rows_are_todays_analyses() -> None:
    for (pattern, flags, ascii_text), row in _analyses.SEARCH.items():
        assert spec.analyse_now(re.compile(pattern, flags), ascii_text).row() == row, pattern
    for (pattern, flags), sets in _analyses.WORD_SETS.items():
        assert gates.word_sets_now(spec.Search(re.compile(pattern, flags))) == sets, pattern


def test_a_pattern_not_stored_is_analysed() -> None:
    pattern = re.compile(r"^Nothing like this is stored: (\S+) (?:bounced|was refused)", re.M | re.I)
    assert (pattern.pattern, pattern.flags, False) not in _analyses.SEARCH
    assert spec.analyse(pattern).row() == spec.analyse_now(pattern).row()
    assert spec.Search(pattern).lines == ("nothing like this is stored: ",)
