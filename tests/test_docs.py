"""The code on the documentation pages runs.

Every ```python block of docs/**/*.md and README.md is run, the blocks of one page in order in
one namespace, in a temporary directory that holds a link to the project's `tests/` (the pages
refer to the sample bounces as `tests/corpus/...`). A block preceded by a line
`<!-- docs-test: skip REASON -->` is not run (code that needs a server the reader has, not us).
`make docs` builds the site itself (`mkdocs build --strict`).
"""
from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PAGES = sorted(p for p in (ROOT / "docs").rglob("*.md") if "hooks" not in p.parts) + [ROOT / "README.md"]
BLOCK = re.compile(r"(?P<marker><!-- docs-test: skip[^>]*-->\s*\n)?```python\n(?P<code>.*?)^```", re.S | re.M)


def blocks(page: Path) -> list[str]:
    return [m["code"] for m in BLOCK.finditer(page.read_text(encoding="utf-8")) if not m["marker"]]


@pytest.mark.parametrize("page", [p for p in PAGES if blocks(p)], ids=lambda p: str(p.relative_to(ROOT)))
def test_page_code_runs(page: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "tests").symlink_to(ROOT / "tests")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("BOUNCEKIT_DB", str(tmp_path / "bouncekit.sqlite"))
    namespace: dict[str, object] = {"__name__": "__main__"}  # pages guard their entry points the usual way
    for i, code in enumerate(blocks(page), 1):
        exec(compile(code, f"{page.name}[block {i}]", "exec"), namespace)  # noqa: S102


def test_every_page_is_in_the_site_nav() -> None:
    nav = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    missing = [str(p.relative_to(ROOT / "docs")) for p in PAGES[:-1]
               if str(p.relative_to(ROOT / "docs")) not in nav]
    assert missing == [], f"pages not in mkdocs.yml nav (nor not_in_nav): {missing}"


@pytest.mark.skipif(not os.environ.get("BOUNCEKIT_DOCS_BUILD"), reason="set BOUNCEKIT_DOCS_BUILD=1 (make docs runs the build)")
def test_site_builds_strict(tmp_path: Path) -> None:
    import subprocess
    import sys

    r = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(tmp_path / "site")],
                       cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr[-3000:]
