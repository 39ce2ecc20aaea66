"""The stored phrase index (src/bouncekit/_phrase_index.py) is the one the rules give."""
from __future__ import annotations

import importlib.util
from pathlib import Path

from bouncekit.classify import _phrase_index
from bouncekit.classify import engine as _classify

ROOT = Path(__file__).resolve().parent.parent


def test_stored_index_is_current():
    source = _classify.phrase_source()
    assert _phrase_index.SOURCE == source, "phrase rules changed: run .venv/bin/python scripts/phrase_index.py"
    assert _phrase_index.ROWS == _classify.derive_index(source), \
        "the index derivation changed: run .venv/bin/python scripts/phrase_index.py"


def test_stored_file_is_what_the_script_writes():
    spec = importlib.util.spec_from_file_location("phrase_index_script", ROOT / "scripts" / "phrase_index.py")
    assert spec and spec.loader
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    assert (ROOT / "src" / "bouncekit" / "classify" / "_phrase_index.py").read_text(encoding="utf-8") == script.render()


def test_the_classifier_built_its_index_from_the_stored_rows():
    rows = _phrase_index.ROWS
    assert len(_classify._ALTERNATIVES) == len(rows)
    for alt, (_, reason, rule_id, regex, needs, gate, trigrams) in zip(_classify._ALTERNATIVES, rows):
        assert (alt.reason.value, alt.rule_id, alt.regex, alt.needs) == (reason, rule_id, regex, needs)
        assert alt.gate == (frozenset(k for k, _ in gate) if gate else None)
        assert alt.trigrams == frozenset(trigrams)
