#!/usr/bin/env python3
"""bouncekit.dask on 2 local workers against ``bouncekit scan --jobs 2``, on the same mbox (issue 16).

The mbox is the shared corpus repeated (``../shared/tools/make_mbox.py DIR COPIES``, 20 copies by
default). One LocalCluster (2 worker processes, 1 thread each) is started once, its start-up
timed apart. Then, in turn (after one warm-up of each), A B A B ...:

  A  ``read_mbox(MBOX, blocksize=...).compute()``: every record dict back in this process
  B  ``bouncekit scan --jobs 2 MBOX --output FILE``: a whole process, start-up included

and the median of the per-pair ratios B time / A time is quoted (above 1: Dask is faster). The
records are checked once for exact equality (every field, after sorting by source; the bag is
also compared in its own order).

Usage: .venv/bin/python benchmarks/dask_bench.py [--copies 20] [--pairs 5] [--blocksize 4MiB]
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("BOUNCEKIT_SHARED", ROOT.parent / "shared"))


def _key(r: dict[str, Any]) -> tuple[str, int]:
    label, _, n = r["source"].rpartition(":")
    return (label, int(n)) if n.isdigit() else (r["source"], 0)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--copies", type=int, default=20)
    ap.add_argument("--pairs", type=int, default=5)
    ap.add_argument("--blocksize", default="4MiB")
    ap.add_argument("--corpus", default=str(SHARED / "corpus" / "sisimai" / "maildir"))
    args = ap.parse_args()
    tool = SHARED / "tools" / "make_mbox.py"
    if not tool.exists() or not Path(args.corpus).is_dir():
        print(f"needs {tool} and {args.corpus}", file=sys.stderr)
        return 2

    import dask
    from distributed import Client, LocalCluster

    import bouncekit.dask as bkd

    with tempfile.TemporaryDirectory(prefix="bk-dask-bench-") as tmp:
        mbox = Path(tmp) / "corpus.mbox"
        subprocess.run([sys.executable, str(tool), args.corpus, str(args.copies), str(mbox)], check=True,
                       stdout=subprocess.DEVNULL)
        size = mbox.stat().st_size
        out = Path(tmp) / "scan.jsonl"
        scan = [sys.executable, "-m", "bouncekit", "scan", "--jobs", "2", str(mbox), "--output", str(out)]

        t0 = time.perf_counter()
        cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
        started = time.perf_counter() - t0

        def run_dask() -> tuple[float, list[dict[str, Any]]]:
            t = time.perf_counter()
            bag = bkd.read_mbox(str(mbox), blocksize=args.blocksize)
            records = bag.compute()
            return time.perf_counter() - t, records

        def run_scan() -> float:
            t = time.perf_counter()
            subprocess.run(scan, check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
            return time.perf_counter() - t

        try:
            _, records = run_dask()  # warm-up, and the records compared
            run_scan()
            want = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
            messages = len({_key(r) for r in want})
            same_sorted = sorted(records, key=_key) == sorted(want, key=_key)
            same_order = records == want
            pairs = []
            for _ in range(args.pairs):
                a, _ = run_dask()
                b = run_scan()
                pairs.append((a, b))
            npart = bkd.read_mbox(str(mbox), blocksize=args.blocksize).npartitions
        finally:
            client.close()
            cluster.close()

    ratios = [b / a for a, b in pairs]
    a_med = statistics.median(a for a, _ in pairs)
    b_med = statistics.median(b for _, b in pairs)
    print(f"mbox: {args.copies} copies of the corpus: {messages:,} messages, {len(want):,} records, "
          f"{size / 2**20:.1f} MiB")
    print(f"dask {dask.__version__}, LocalCluster 2 workers x 1 thread, start-up {started:.2f} s; "
          f"blocksize {args.blocksize} -> {npart} partitions")
    print(f"records identical to scan: sorted by source {same_sorted}, in bag order {same_order}")
    print(f"dask 2 workers: median {a_med:.2f} s, {messages / a_med:,.0f} msg/s")
    print(f"scan --jobs 2:  median {b_med:.2f} s, {messages / b_med:,.0f} msg/s (whole process)")
    print(f"scan time / dask time, per pair: median {statistics.median(ratios):.2f} "
          f"(min {min(ratios):.2f}, max {max(ratios):.2f}, {len(ratios)} pairs)")
    return 0 if same_sorted else 1


if __name__ == "__main__":
    sys.exit(main())
