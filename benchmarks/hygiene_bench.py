"""List hygiene speed and memory: ``bouncekit.hygiene.check`` offline on a generated list of
1,000,000 addresses, beside the yardstick of a bare ``email_validator.validate_email(...,
check_deliverability=False)`` loop over the same file.

Each side runs in its own process, in turn (bare, check, bare, check ...), after one warm-up of
each; the figures are the medians of the wall and CPU times, the median of the per-pair ratios
(check / bare, below 1.0 = check is faster) and the peak RSS of each side. A last pair of runs
on a quarter of the list shows how memory grows with the list (the duplicate check keeps a 64-bit
hash per distinct address; ``duplicates=False`` keeps nothing).

    .venv/bin/python benchmarks/hygiene_bench.py               # 1,000,000 addresses, 3 pairs
    .venv/bin/python benchmarks/hygiene_bench.py --n 200000 --runs 1
"""
from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time

FIRST = ["anna", "boris", "chloe", "dmytro", "elena", "farid", "giulia", "hans", "ines", "jonas", "kateryna",
         "lucas", "marie", "nikolai", "olga", "pierre", "rosa", "sergei", "tomas", "victor", "yulia", "zoe"]
LAST = ["martin", "kovalenko", "schmidt", "rossi", "dubois", "ivanova", "novak", "garcia", "smith", "tanaka",
        "petrov", "moreau", "fischer", "bianchi", "lopez", "nguyen", "kim", "silva", "jensen", "horvat"]
BIG = ["gmail.com"] * 30 + ["yahoo.com"] * 8 + ["hotmail.com"] * 8 + ["outlook.com"] * 6 + [
    "icloud.com", "aol.com", "mail.ru", "yandex.ru", "gmx.de", "web.de", "orange.fr", "free.fr", "libero.it",
    "ukr.net", "wp.pl", "seznam.cz", "qq.com", "naver.com", "uol.com.br", "btinternet.com", "laposte.net",
    "t-online.de", "live.com", "comcast.net"]
TYPOS = ["gmial.com", "gmal.com", "hotmial.com", "yaho.com", "gmail.con", "outlok.com", "yandx.ru", "hotmail.fr"]
BAD = ["anna.martin.gmail.com", "anna martin@gmail.com", "a@@b.com", "x@localhost", "a..b@gmail.com", "@gmail.com",
       "anna@", "anna@site.123"]
ROLES = ["info", "admin", "noreply", "support", "sales", "contact"]
DISPOSABLE = ["mailinator.com", "yopmail.com", "guerrillamail.com", "10minutemail.com"]


def generate(path: str, n: int, seed: int = 15) -> None:
    """A list shaped like a real one: mostly big providers, many company domains, some typos,
    invalid, role and disposable addresses, and repeats."""
    rnd = random.Random(seed)
    companies = [f"{rnd.choice(LAST)}-{rnd.choice(['consult', 'media', 'shop', 'lab', 'school'])}{i}."
                 f"{rnd.choice(['com', 'de', 'fr', 'co.uk', 'org', 'net', 'com.ua'])}" for i in range(20000)]
    with open(path, "w", encoding="utf-8") as fh:
        recent: list[str] = []
        for i in range(n):
            r = rnd.random()
            if r < 0.02 and recent:
                addr = rnd.choice(recent)  # a repeat
            elif r < 0.04:
                addr = rnd.choice(BAD)
            elif r < 0.06:
                addr = f"{rnd.choice(FIRST)}.{rnd.choice(LAST)}{i}@{rnd.choice(TYPOS)}"
            elif r < 0.08:
                addr = f"{rnd.choice(ROLES)}@{rnd.choice(companies)}"
            elif r < 0.09:
                addr = f"{rnd.choice(FIRST)}{i}@{rnd.choice(DISPOSABLE)}"
            else:
                sep = rnd.choice([".", "_", "", "-"])
                dom = rnd.choice(BIG) if r < 0.70 else rnd.choice(companies)
                addr = f"{rnd.choice(FIRST)}{sep}{rnd.choice(LAST)}{i}@{dom}"
            if len(recent) < 1000:
                recent.append(addr)
            elif rnd.random() < 0.01:
                recent[rnd.randrange(1000)] = addr
            fh.write(addr + "\n")


def child(mode: str, path: str) -> None:
    t0, c0 = time.perf_counter(), time.process_time()
    verdicts: dict[str, int] = {}
    with open(path, encoding="utf-8") as fh:
        if mode == "bare":
            from email_validator import EmailNotValidError, validate_email
            ok = bad = 0
            for line in fh:
                try:
                    validate_email(line.strip(), check_deliverability=False)
                    ok += 1
                except EmailNotValidError:
                    bad += 1
            verdicts = {"valid": ok, "invalid": bad}
        else:
            from bouncekit.hygiene import check
            for res in check((line.rstrip("\n") for line in fh), duplicates=(mode == "check")):
                verdicts[res.verdict.value] = verdicts.get(res.verdict.value, 0) + 1
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux -> MiB
    print(json.dumps({"mode": mode, "wall": wall, "cpu": cpu, "rss_mib": rss, "verdicts": verdicts}))


def run(mode: str, path: str) -> dict[str, object]:
    p = subprocess.run([sys.executable, __file__, "--child", mode, path], capture_output=True, text=True, check=True)
    result: dict[str, object] = json.loads(p.stdout.strip().splitlines()[-1])
    return result


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=1_000_000, help="addresses in the list (default 1,000,000)")
    ap.add_argument("--runs", type=int, default=3, help="counted pairs (default 3)")
    ap.add_argument("--child", nargs=2, metavar=("MODE", "FILE"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(*args.child)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "list.txt")
        generate(path, args.n)
        quarter = os.path.join(tmp, "quarter.txt")
        generate(quarter, args.n // 4)
        print(f"list: {args.n:,} addresses ({os.path.getsize(path) / 2**20:.1f} MiB)")
        run("bare", path), run("check", path)  # warm-up: file cache, .pyc files
        bare, chk = [], []
        for _ in range(args.runs):
            bare.append(run("bare", path))
            chk.append(run("check", path))
        nodup = run("nodup", path)
        small = run("check", quarter)

        def med(rows: list[dict[str, object]], key: str) -> float:
            return statistics.median(float(r[key]) for r in rows)  # type: ignore[arg-type]
        ratios = [float(c["wall"]) / float(b["wall"]) for b, c in zip(bare, chk)]  # type: ignore[arg-type]
        cpu_ratios = [float(c["cpu"]) / float(b["cpu"]) for b, c in zip(bare, chk)]  # type: ignore[arg-type]
        print(f"bare validate_email loop: wall {med(bare, 'wall'):.2f} s, cpu {med(bare, 'cpu'):.2f} s, "
              f"peak RSS {med(bare, 'rss_mib'):.0f} MiB, {args.n / med(bare, 'wall'):,.0f} addresses/s")
        print(f"hygiene.check (offline): wall {med(chk, 'wall'):.2f} s, cpu {med(chk, 'cpu'):.2f} s, "
              f"peak RSS {med(chk, 'rss_mib'):.0f} MiB, {args.n / med(chk, 'wall'):,.0f} addresses/s")
        print(f"ratio check/bare: wall {statistics.median(ratios):.3f} (pairs {min(ratios):.3f}-{max(ratios):.3f}), "
              f"cpu {statistics.median(cpu_ratios):.3f}")
        print(f"memory: peak RSS {float(small['rss_mib']):.0f} MiB at {args.n // 4:,} addresses, "  # type: ignore[arg-type]
              f"{med(chk, 'rss_mib'):.0f} MiB at {args.n:,}; duplicates=False: {float(nodup['rss_mib']):.0f} MiB")  # type: ignore[arg-type]
        print("verdicts:", json.dumps(chk[-1]["verdicts"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
