"""The stored phrase index rows (classify/_index_rows.py) are those the rules give today, and the
index gives the same results from them as from rows it derives itself."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bouncekit import classify
from bouncekit.classify import _index_rows, index

ROOT = Path(__file__).resolve().parent.parent
ATLAS = ROOT.parent / "shared" / "corpus" / "replies" / "replies.jsonl"


def test_stored_rows_are_current():
    p = subprocess.run([sys.executable, str(ROOT / "scripts" / "phrase_index.py"), "--check"],
                       capture_output=True, text=True)
    assert p.returncode == 0, p.stderr


def test_stored_rows_equal_the_derived_ones():
    source = index.phrase_source()
    assert _index_rows.DIGEST == index.source_digest(source)
    assert _index_rows.ROWS == index.derive_index(source)


def test_stale_rows_are_not_used(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(_index_rows, "DIGEST", _index_rows.DIGEST + 1)
    assert index._stored_rows(index.source_digest(index.phrase_source())) is None
    monkeypatch.undo()
    assert index._stored_rows(index.source_digest(index.phrase_source())) is _index_rows.ROWS


def test_an_index_from_stored_rows_classifies_as_a_derived_one(monkeypatch: pytest.MonkeyPatch):
    replies = [json.loads(line)["reply"] for line in ATLAS.open(encoding="utf-8")] if ATLAS.exists() else []
    replies += ["550 5.1.1 User unknown", "552 Mailbox full", "421 Too many connections, try later",
                "554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org"]
    stored = index.PhraseIndex(_index_rows.ROWS)
    derived = index.PhraseIndex(index.derive_index(index.phrase_source()))
    monkeypatch.setattr(index, "_INDEX", [stored])
    from_stored = [classify(None, None, r) for r in replies]
    monkeypatch.setattr(index, "_INDEX", [derived])
    assert [classify(None, None, r) for r in replies] == from_stored
