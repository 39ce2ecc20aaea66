"""Write src/bouncekit/formats/_analyses.py, the literal analyses of the formats' patterns
(``--check``: exit 1 if the stored analyses are not those the code gives today).

    .venv/bin/python scripts/format_analyses.py          # after a format's pattern changed
    .venv/bin/python scripts/format_analyses.py --check  # what tests/test_format_analyses.py runs

At import every ``spec.Search`` analyses its pattern (the literals every match holds) and the
dispatch gates read the recognisers' patterns again (``gates._word_sets``): parsing ~300 patterns
with the regex parser, ~40 ms of every process's start. The stored rows spare that. They are keyed
on the pattern itself, so an edited pattern is analysed afresh (it costs time, never a result),
and used only under the Python version they were derived with.
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from _generated import write_or_check  # scripts/: the directory the script runs from

OUT = Path(__file__).resolve().parent.parent / "src" / "bouncekit" / "formats" / "_analyses.py"

HEAD = '''"""The literal analyses of the formats' patterns, derived by scripts/format_analyses.py: do not edit.

Used by formats/spec.py (``stored_analyses``) only under the Python version in PYTHON."""
# fmt: off
# ruff: noqa: E501
from __future__ import annotations

from typing import Any

'''


def derive() -> tuple[dict[Any, Any], dict[Any, Any]]:
    """Every analysis the package makes at import, made afresh (this must be a fresh process)."""
    from bouncekit.formats import spec

    spec.USE_STORED = False
    from bouncekit import core  # every format module, the registry and its gates

    del core
    return dict(spec.DERIVED), dict(spec.DERIVED_WORD_SETS)


def render() -> str:
    search, words = derive()
    lines = [HEAD, f"PYTHON = {tuple(sys.version_info[:2])!r}\n",
             "SEARCH: dict[tuple[str, int, bool], Any] = {\n"]
    lines.extend(f"    {key!r}: {row!r},\n" for key, row in sorted(search.items()))
    lines.append("}\nWORD_SETS: dict[tuple[str, int], Any] = {\n")
    lines.extend(f"    {key!r}: {sets!r},\n" for key, sets in sorted(words.items()))
    lines.append("}\n")
    return "".join(lines)


def main(argv: list[str]) -> int:
    return write_or_check(OUT, render(), argv, "format_analyses.py")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
