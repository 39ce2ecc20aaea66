"""Write src/bouncekit/_pattern_code.py, the regex engine's programs for the package's own patterns
(``--check``: exit 1 if the stored programs are not those this Python's compiler writes today).

    .venv/bin/python scripts/pattern_code.py          # after a pattern was added or changed
    .venv/bin/python scripts/pattern_code.py --check  # what tests/test_pattern_code.py runs

Every pattern the pure core, the intake, the edges and the command line compile through ``_patterns.compile_pattern`` is
recorded: at import, and those compiled at first use (a provider's rules, the phrase rules). Their
programs are caught on the way from ``re``'s compiler to the engine. A pattern built from a message
is never compiled at these points, so none is stored. The table is valid only under the engine that
wrote it (``_patterns.engine()``); CI regenerates it with the Python it runs.
"""
from __future__ import annotations

import base64
import importlib
import pkgutil
import sys
import zlib
from array import array
from pathlib import Path
from typing import Any

from _generated import write_or_check  # scripts/: the directory the script runs from

OUT = Path(__file__).resolve().parent.parent / "src" / "bouncekit" / "_pattern_code.py"

HEAD = '''"""The regex engine's programs for bouncekit's own patterns, written by scripts/pattern_code.py: do not edit.

Used by _patterns.py (``compile_pattern``) only under the engine in ENGINE."""
# fmt: off
# ruff: noqa: E501
from __future__ import annotations

from typing import Any

'''

# the packages of the pure core, the intake, the command line and the stdlib-only edges (none
# needs an optional dependency at import)
PACKAGES = ("bouncekit.formats", "bouncekit.classify", "bouncekit.rules", "bouncekit.intake",
            "bouncekit.hygiene", "bouncekit.ledger", "bouncekit.cli")


def recorded() -> set[tuple[Any, int]]:
    """Every pattern the package compiles at import and at first use (this must be a fresh process)."""
    from bouncekit import _patterns

    _patterns.USE_STORED = False
    from bouncekit import core

    del core
    for name in PACKAGES:
        package = importlib.import_module(name)
        for info in pkgutil.walk_packages(package.__path__, name + "."):
            importlib.import_module(info.name)
    from bouncekit.classify import engine, index

    for provider in engine.PROVIDER_BY_DOMAIN.values():
        provider.rules  # noqa: B018 - compiles the provider's patterns
    for alternative in index.get().alternatives:
        alternative.pattern  # noqa: B018 - compiles the phrase rule's pattern
    return set(_patterns.RECORDED)


def render() -> str:
    from bouncekit import _patterns

    keys = sorted(recorded(), key=lambda key: (isinstance(key[0], bytes), key[0], key[1]))
    words: list[int] = []
    lines = [HEAD, f"ENGINE = {_patterns.engine()!r}\n",
             "# (pattern, flags): (final flags, first code word, code words, groups, group index, index group)\n",
             "PROGRAMS: dict[tuple[Any, int], Any] = {\n"]
    for pattern, flags in keys:
        final_flags, code, groups, groupindex, indexgroup = _patterns.program_of(pattern, flags)
        row = (final_flags, len(words), len(code), groups, groupindex, indexgroup)
        words.extend(code)
        lines.append(f"    {(pattern, flags)!r}: {row!r},\n")
    lines.append("}\n")
    # every program's code words, end to end: zlib-compressed, in base64 (decoded in C: base85 is decoded in Python, ~8 ms)
    packed = base64.b64encode(zlib.compress(array(_patterns._word_type(), words).tobytes(), 9)).decode("ascii")
    lines.append("WORDS = (\n")
    lines.extend(f"    {packed[i:i + 100]!r}\n" for i in range(0, len(packed), 100))
    lines.append(")\n")
    return "".join(lines)


def main(argv: list[str]) -> int:
    return write_or_check(OUT, render(), argv, "pattern_code.py")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
