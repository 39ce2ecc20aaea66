"""Write src/bouncekit/_phrase_index.py: the classifier's phrase index, derived once.

The classifier indexes its phrase rules by the literal text each alternative cannot match without;
deriving that parses every rule's regex (~35 ms) and would be paid by every start-up. This script
stores the derived rows beside the rules they came from. At import the classifier uses them only
if the stored rules equal the current ones, so a stale file is never wrong, only slower; the test
tests/test_classify_index.py fails until the file is written anew.

    .venv/bin/python scripts/phrase_index.py          # after editing _rules_phrases.py
"""
from __future__ import annotations

import pprint
import sys
from pathlib import Path

from bouncekit.classify import engine as _classify

TARGET = Path(__file__).resolve().parent.parent / "src" / "bouncekit" / "classify" / "_phrase_index.py"
HEADER = '''"""The classifier's phrase index, derived from _rules_phrases.py by scripts/phrase_index.py.

Generated: do not edit. Used at import only while SOURCE equals the phrase rules as they are."""
# fmt: off
'''


def render() -> str:
    source = _classify.phrase_source()
    rows = _classify.derive_index(source)
    return (HEADER + "SOURCE = " + pprint.pformat(source, width=120, compact=True) + "\n\n"
            + "ROWS = " + pprint.pformat(rows, width=120, compact=True) + "\n")


def main() -> int:
    text = render()
    if TARGET.exists() and TARGET.read_text(encoding="utf-8") == text:
        print(f"{TARGET} is current")
        return 0
    TARGET.write_text(text, encoding="utf-8")
    print(f"wrote {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
