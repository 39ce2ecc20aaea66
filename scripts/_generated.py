"""What every generator script here does with the text it renders: write it, or with ``--check``
exit 1 when the file in the tree is not that text (the tests run ``--check``)."""
from __future__ import annotations

import sys
from pathlib import Path


def write_or_check(out: Path, text: str, argv: list[str], script: str) -> int:
    if "--check" in argv:
        current = out.read_text(encoding="utf-8") if out.exists() else ""
        if current != text:
            print(f"{out.name} is stale: run python scripts/{script}", file=sys.stderr)
            return 1
        return 0
    out.write_text(text, encoding="utf-8")
    return 0
