"""Golden files: every tests/corpus/**/NAME.eml has NAME.json beside it with the expected records.

The JSON holds ``kind`` (the report's), optionally ``parser`` and ``original_headers``, and
``records``: one object per expected record, in order, with the fields to check (a subset of
records.md's fields). The number of records must match exactly."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import bouncekit
from conftest import CORPUS

EML = sorted(CORPUS.rglob("*.eml"))


def _id(p: Path) -> str:
    return str(p.relative_to(CORPUS))


def test_every_sample_has_a_golden_file():
    missing = [_id(p) for p in EML if not p.with_suffix(".json").exists()]
    assert not missing


@pytest.mark.parametrize("path", EML, ids=_id)
def test_golden(path: Path):
    golden = path.with_suffix(".json")
    if not golden.exists():
        pytest.fail(f"no golden file for {_id(path)}")
    want = json.loads(golden.read_text(encoding="utf-8"))
    report = bouncekit.parse(path.read_bytes(), source=path.name)
    got = report.to_dicts()
    assert report.kind.value == want["kind"], got
    if "parser" in want:
        assert report.parser == want["parser"], got
    assert len(got) == len(want["records"]), got
    for g, w in zip(got, want["records"]):
        for field, value in w.items():
            assert g[field] == value, f"{field}: want {value!r} got {g[field]!r}\n{g}"
    for name, value in want.get("original_headers", {}).items():
        assert report.original_headers.get(name) == value
