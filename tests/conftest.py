from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus"
# Material beside the project (never copied into it); tests that need it skip without it.
SHARED = Path(os.environ.get("BOUNCEKIT_SHARED", ROOT.parent / "shared"))
SISIMAI = SHARED / "corpus" / "sisimai"


@pytest.fixture(scope="session")
def sisimai_dir() -> Path:
    if not (SISIMAI / "maildir").is_dir():
        pytest.skip("../shared/corpus/sisimai is not here")
    return SISIMAI
