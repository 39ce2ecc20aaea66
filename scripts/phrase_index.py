"""Write src/bouncekit/classify/_index_rows.py, the phrase index derived from rules/phrases.py
(``--check``: exit 1 if the stored rows are not those the rules give today).

    .venv/bin/python scripts/phrase_index.py          # after a phrase rule changed
    .venv/bin/python scripts/phrase_index.py --check  # what tests/test_phrase_index_rows.py runs

The stored rows only spare a process the ~35 ms of deriving them (parsing every rule's regex) at
its first classification: the index checks them against a digest of the rules it runs with and
derives the rows itself where they differ, so a stale file costs time, never a result.
"""
from __future__ import annotations

import sys
from pathlib import Path

from _generated import write_or_check  # scripts/: the directory the script runs from

from bouncekit.classify.index import derive_index, phrase_source, source_digest

OUT = Path(__file__).resolve().parent.parent / "src" / "bouncekit" / "classify" / "_index_rows.py"

HEAD = '''"""The phrase index's rows, derived from rules/phrases.py by scripts/phrase_index.py: do not edit.

Used by classify/index.py only while DIGEST matches the rules it runs with."""
# fmt: off
# ruff: noqa: E501
from __future__ import annotations

from typing import Any

'''


def render() -> str:
    source = phrase_source()
    rows = derive_index(source)
    lines = [HEAD, f"DIGEST = {source_digest(source)}\n", "ROWS: tuple[Any, ...] = (\n"]
    lines.extend(f"    {row!r},\n" for row in rows)
    lines.append(")\n")
    return "".join(lines)


def main(argv: list[str]) -> int:
    return write_or_check(OUT, render(), argv, "phrase_index.py")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
