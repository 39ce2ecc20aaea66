"""The reply atlas (../shared/corpus/replies/replies.jsonl, never copied here) as a table test.

Each line is a real SMTP reply from a provider's published error reference, a public bug report
or the shared corpus, labelled with what the provider documents it to mean. ``classify()`` is
scored on all of them with the arguments the atlas gives (status, reply code, stage); the floors
are the acceptance figures of issue 12. A per-reason check keeps one cause from being sacrificed
for the total."""
from __future__ import annotations

import collections
import json
from pathlib import Path

import pytest

from bouncekit import classify
from conftest import SHARED

ATLAS = SHARED / "corpus" / "replies" / "replies.jsonl"

FLOORS = {"reason": 0.92, "category": 0.95, "severity": 0.96}


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    if not ATLAS.exists():
        pytest.skip("../shared/corpus/replies/replies.jsonl is not here")
    return [json.loads(line) for line in Path(ATLAS).read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def results(rows: list[dict]) -> list[tuple[dict, object]]:
    return [(r, classify(status=r.get("status"), reply_code=r.get("reply_code"), diagnostic=r["reply"],
                         smtp_command=r.get("smtp_command"))) for r in rows]


@pytest.mark.parametrize("field", sorted(FLOORS))
def test_atlas_floor(results: list, field: str) -> None:
    hits = sum(1 for r, c in results if str(getattr(c, field)) == r[field])
    rate = hits / len(results)
    misses = [f'{r["id"]}: want {r[field]} got {getattr(c, field)} [{c.rule}]'
              for r, c in results if str(getattr(c, field)) != r[field]]
    assert rate >= FLOORS[field], f"{field} {hits}/{len(results)} = {rate:.3f}\n" + "\n".join(misses[:30])


def test_every_atlas_record_names_its_rule(results: list) -> None:
    for r, c in results:
        assert c.rule and c.rule != "vendor.signal", r["id"]
        assert c.confidence is not None


def test_no_reason_is_mostly_missed(results: list) -> None:
    # a cause with several replies in the atlas is right for most of them
    by_reason: dict[str, list[bool]] = collections.defaultdict(list)
    for r, c in results:
        by_reason[r["reason"]].append(str(c.reason) == r["reason"])
    weak = {k: f"{sum(v)}/{len(v)}" for k, v in by_reason.items() if len(v) >= 5 and sum(v) / len(v) < 0.7}
    assert not weak, weak


def test_hard_never_said_for_a_soft_cause_on_a_specific_code(results: list) -> None:
    # a documented soft cause (mailbox full, rate limit) given with its specific code is never hard
    for r, c in results:
        status = r.get("status") or ""
        if r["severity"] == "soft" and status[2:] in ("2.2", "7.28") and r["confidence"] == "high":
            assert str(c.severity) == "soft", (r["id"], c)
