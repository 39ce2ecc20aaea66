#!/usr/bin/env python3
"""classify() cost per reply, this tree against an older commit, measured in the same run (issue 12).

The older tree is taken from git (``git archive REF src/bouncekit``) into a temporary directory;
each side runs in its own process, in turn (A B A B ...), over the reply atlas
(../shared/corpus/replies/replies.jsonl): every reply classified once as a warm-up (the phrase
index is built on first use), then the whole atlas ``--loops`` times. The figure is the median
of the per-pair ratios new/old of the µs per call; below 1.0 the new classifier is cheaper.

Usage:
    .venv/bin/python benchmarks/classify_bench.py [--old c418c9e] [--pairs 5] [--loops 20]
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ATLAS = ROOT.parent / "shared" / "corpus" / "replies" / "replies.jsonl"

# run inside each side's process: prints the µs per classify() call
_TIMER = r"""
import json, sys, time
from bouncekit import classify
rows = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
args = [(r.get("status"), r.get("reply_code"), r["reply"], r.get("smtp_command")) for r in rows]
for s, c, d, cmd in args:
    classify(s, c, d, smtp_command=cmd)
loops = int(sys.argv[2])
start = time.perf_counter()
for _ in range(loops):
    for s, c, d, cmd in args:
        classify(s, c, d, smtp_command=cmd)
print((time.perf_counter() - start) / (loops * len(args)) * 1e6)
"""


def _extract(ref: str, into: Path) -> Path:
    archive = into / "old.tar"
    with archive.open("wb") as fh:
        subprocess.run(["git", "-C", str(ROOT), "archive", ref, "src/bouncekit"], stdout=fh, check=True)
    with tarfile.open(archive) as tar:
        tar.extractall(into)  # noqa: S202 - our own repository's archive
    return into / "src"


def _run(src: Path, loops: int) -> float:
    env = dict(os.environ, PYTHONPATH=str(src))
    out = subprocess.run([sys.executable, "-c", _TIMER, str(ATLAS), str(loops)], env=env,
                         capture_output=True, text=True, check=True)
    return float(out.stdout.strip())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--old", default="c418c9e", help="git ref of the classifier to compare against")
    ap.add_argument("--pairs", type=int, default=5)
    ap.add_argument("--loops", type=int, default=20)
    opts = ap.parse_args()
    if not ATLAS.exists():
        sys.exit(f"{ATLAS} is not here")
    with tempfile.TemporaryDirectory() as tmp:
        old_src = _extract(opts.old, Path(tmp))
        new_src = ROOT / "src"
        pairs = []
        for _ in range(opts.pairs):
            new = _run(new_src, opts.loops)
            old = _run(old_src, opts.loops)
            pairs.append((new, old))
    ratios = [n / o for n, o in pairs]
    print(json.dumps({
        "replies": sum(1 for line in ATLAS.open(encoding="utf-8") if line.strip()),
        "new_us_per_call": round(statistics.median(n for n, _ in pairs), 1),
        "old_us_per_call": round(statistics.median(o for _, o in pairs), 1),
        "median_ratio_new_over_old": round(statistics.median(ratios), 3),
        "ratios": [round(r, 3) for r in ratios], "old_ref": opts.old,
    }))


if __name__ == "__main__":
    main()
