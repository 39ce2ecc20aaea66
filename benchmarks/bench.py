#!/usr/bin/env python3
"""Speed and memory of bouncekit, every figure a ratio measured in the same run (issue 13).

Each comparison runs its two commands in turn, A B A B ..., after one warm-up of each, and quotes
the median of the per-pair ratios (a drift of the machine's speed hits both sides of a pair):

  scan/baseline   ``bouncekit scan MBOX --jobs 1`` vs ``../shared/tools/baseline_scan.py MBOX``
                  (the standard library parsing every message and walking its parts), for the
                  installed build and, when they can be built, for a pure and a compiled build
  jobs 2/jobs 1   the two-job rate over the one-job rate
  compiled/pure   the mypyc build against the pure-Python build of the same tree
  start-up        ``import bouncekit`` and ``bouncekit --help``, median wall time
  memory          peak RSS (largest single process, and largest sum over the process tree)
                  scanning a 1 GB mbox with --jobs 1 and --jobs 2; the output is checked to hold
                  one distinct source per message
  micro           parse() µs/message over the directory's messages, classify() µs/call over
                  reply lines, for each build

The pure and compiled builds are made from this tree with ``pip install --target`` and
BOUNCEKIT_COMPILE=0 / 1 (skip with --no-builds; reuse with --builds DIR). Nothing is cached on
message content: the mbox repeats every message, and every message is decoded anew.

Usage (the venv's Python; ``make bench`` runs the full set):
    .venv/bin/python benchmarks/bench.py            # 20-copy mbox, 1 GB memory run, 5 pairs
    .venv/bin/python benchmarks/bench.py --quick    # 2 copies, 20 MiB memory run, 5 pairs
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import timeit
from collections.abc import Sequence
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
SHARED = REPO_ROOT.parent / "shared"
SHARED_MAILDIR = SHARED / "corpus" / "sisimai" / "maildir"
BASELINE = SHARED / "tools" / "baseline_scan.py"
TESTS_CORPUS = REPO_ROOT / "tests" / "corpus"
MIB = 1024 * 1024
MBOX_SEPARATOR = b"From MAILER-DAEMON Thu Jan  1 00:00:00 2026\n"
FROM_LINE = re.compile(rb"(?m)^(>*From )")
RSS_TARGET_MIB = 150e6 / MIB  # "150 MB" read as 10^6 bytes
# run the command line of a build found on PYTHONPATH
CLI = "from bouncekit.cli import entry; entry()"

REPLY_LINES: list[str] = [
    "550 5.1.1 <x@example.net>: Recipient address rejected: User unknown in local recipient table",
    "552 5.2.2 <anna@example.org>: mailbox full, quota exceeded",
    "550 5.7.1 Service unavailable; Client host [192.0.2.15] blocked using zen.spamhaus.org",
    "550-5.1.1 The email account that you tried to reach does not exist. Please try double-checking"
    " the recipient's email address for typos or unnecessary spaces.",
    "452 4.2.2 The email account that you tried to reach is over quota.",
    "421 4.7.0 [TSS04] Messages from 192.0.2.33 temporarily deferred due to user complaints",
    "550 Requested action not taken: mailbox unavailable",
    "553 5.1.3 Invalid address syntax <bad..dot@example.com>",
    "554 5.6.0 Message size exceeds fixed maximum message size",
    "451 4.4.1 Connection timed out while talking to mx.example.jp",
    "Host or domain name not found. Name service error for name=example.invalid type=A: Host not found",
    "550 5.1.1 Benutzer unbekannt: Die E-Mail-Adresse des Empfängers existiert nicht",
    "550 5.1.1 宛先のメールアドレスは存在しません (user unknown)",
]
LEADING_REPLY_CODE = re.compile(r"^([245]\d\d)[ -]")
ENHANCED_STATUS = re.compile(r"\b([245]\.\d{1,3}\.\d{1,3})\b")


def say(text: str = "") -> None:
    print(text, flush=True)


# ---------------------------------------------------------------------------------------------
# the mbox (the layout of ../shared/tools/make_mbox.py, byte for byte)

def message_files(directory: Path) -> list[Path]:
    return sorted(p for p in directory.iterdir() if p.is_file()) if directory == SHARED_MAILDIR \
        else sorted(p for p in directory.rglob("*.eml") if p.is_file())


def mbox_entry(data: bytes) -> bytes:
    data = data.replace(b"\r\n", b"\n")
    if data.startswith(b"From "):
        data = data.split(b"\n", 1)[1] if b"\n" in data else b""
    data = FROM_LINE.sub(rb">\1", data)
    if not data.endswith(b"\n"):
        data += b"\n"
    return MBOX_SEPARATOR + data + b"\n"


def build_mbox(messages: list[bytes], out: Path, copies: int | None = None,
               size_mib: float | None = None) -> tuple[int, int]:
    """(messages, bytes) of an mbox of `copies` copies, or of as many as reach `size_mib`."""
    entries = [mbox_entry(m) for m in messages]
    one = sum(map(len, entries))
    if copies is None:
        assert size_mib is not None
        copies = max(1, -(-int(size_mib * MIB) // one))
    with open(out, "wb") as fh:
        for _ in range(copies):
            fh.writelines(entries)
    return copies * len(entries), out.stat().st_size


# ---------------------------------------------------------------------------------------------
# whole-process timing

class Run:
    __slots__ = ("wall", "cpu", "maxrss_kib", "tree_sum_kib")

    def __init__(self, wall: float, cpu: float, maxrss_kib: int, tree_sum_kib: int = 0) -> None:
        self.wall, self.cpu, self.maxrss_kib, self.tree_sum_kib = wall, cpu, maxrss_kib, tree_sum_kib


def _descendants(root: int) -> list[int]:
    out, todo = [], [root]
    while todo:
        pid = todo.pop()
        try:
            for tid in os.listdir(f"/proc/{pid}/task"):
                with open(f"/proc/{pid}/task/{tid}/children", encoding="ascii") as fh:
                    kids = [int(x) for x in fh.read().split()]
                out.extend(kids)
                todo.extend(kids)
        except (OSError, ValueError):
            continue
    return out


def _rss_kib(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status", "rb") as fh:
            for line in fh:
                if line.startswith(b"VmRSS:"):
                    return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return 0


def run_once(cmd: Sequence[str], env: dict[str, str] | None = None, stdout: Any = subprocess.DEVNULL,
             sample: bool = False) -> Run:
    """One run of `cmd`: wall time, CPU and ru_maxrss from wait4 (the process and every
    descendant it reaped), and, when sampled, the largest sum of RSS over the process tree."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(list(cmd), stdout=stdout, env=env)
    biggest = 0
    stop = threading.Event()

    def sampler() -> None:
        nonlocal biggest
        while not stop.is_set():
            pids = [proc.pid] + _descendants(proc.pid)
            biggest = max(biggest, sum(_rss_kib(p) for p in pids))
            stop.wait(0.05)

    thread = threading.Thread(target=sampler, daemon=True) if sample else None
    if thread:
        thread.start()
    _, status, ru = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    stop.set()
    if thread:
        thread.join()
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise RuntimeError(f"exit {proc.returncode}: {' '.join(cmd)}")
    return Run(wall, ru.ru_utime + ru.ru_stime, ru.ru_maxrss, biggest)


def paired(a: Sequence[str], b: Sequence[str], runs: int, env_a: dict[str, str] | None = None,
           env_b: dict[str, str] | None = None) -> dict[str, Any]:
    """A and B in turn after a warm-up of each; medians of each side and of the pair ratios."""
    run_once(a, env_a)
    run_once(b, env_b)
    ra: list[Run] = []
    rb: list[Run] = []
    for _ in range(runs):
        ra.append(run_once(a, env_a))
        rb.append(run_once(b, env_b))
    wall = [x.wall / y.wall for x, y in zip(ra, rb)]
    cpu = [x.cpu / y.cpu for x, y in zip(ra, rb)]
    return {"runs": runs,
            "a_wall": statistics.median(r.wall for r in ra), "b_wall": statistics.median(r.wall for r in rb),
            "a_cpu": statistics.median(r.cpu for r in ra), "b_cpu": statistics.median(r.cpu for r in rb),
            "wall_ratio": statistics.median(wall), "wall_ratio_min": min(wall), "wall_ratio_max": max(wall),
            "cpu_ratio": statistics.median(cpu),
            "a_maxrss_mib": max(r.maxrss_kib for r in ra) / 1024,
            "b_maxrss_mib": max(r.maxrss_kib for r in rb) / 1024}


def median_wall(cmd: Sequence[str], runs: int, env: dict[str, str] | None = None) -> float:
    run_once(cmd, env)
    return statistics.median(run_once(cmd, env).wall for _ in range(runs))


# ---------------------------------------------------------------------------------------------
# builds

class Build:
    """A way to run bouncekit: the installed one, or one built into a directory."""

    def __init__(self, name: str, path: Path | None) -> None:
        self.name, self.path = name, path
        self.env = dict(os.environ)
        if path is not None:
            self.env["PYTHONPATH"] = str(path)
        self.env.pop("BOUNCEKIT_COMPILE", None)

    def cli(self, *args: str) -> list[str]:
        return [sys.executable, "-c", CLI, *args]

    def compiled_modules(self) -> int:
        out = subprocess.run([sys.executable, "-c", "import bouncekit, pathlib; "
                              "print(sum(1 for _ in pathlib.Path(bouncekit.__file__).parent.rglob('*.so')))"],
                             env=self.env, capture_output=True, text=True, check=True)
        return int(out.stdout.strip())


def make_build(name: str, compile_flag: str, dest: Path) -> Build | None:
    if (dest / "bouncekit").is_dir():
        return Build(name, dest)
    env = dict(os.environ, BOUNCEKIT_COMPILE=compile_flag)
    t0 = time.perf_counter()
    # build isolation: the build requirements (setuptools>=77, mypy for mypyc) as pyproject.toml
    # names them, whatever this venv holds
    proc = subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps",
                           "--target", str(dest), str(REPO_ROOT)], env=env, capture_output=True, text=True)
    if proc.returncode != 0:
        say(f"  {name} build failed:\n" + "\n".join(proc.stderr.splitlines()[-8:]))
        shutil.rmtree(dest, ignore_errors=True)
        return None
    say(f"  {name} build: {time.perf_counter() - t0:.0f} s into {dest}")
    return Build(name, dest)


# ---------------------------------------------------------------------------------------------
# in-process figures (run as `bench.py --micro` in the build's environment)

def micro(directory: Path, repeat: int) -> dict[str, Any]:
    import bouncekit
    from bouncekit import classify, parse

    messages = [p.read_bytes() for p in message_files(directory)]
    for data in messages:  # warm-up: imports, regex caches
        parse(data)
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        for data in messages:
            parse(data)
        best = min(best, time.perf_counter() - t0)
    calls = []
    for line in REPLY_LINES:
        code = LEADING_REPLY_CODE.match(line)
        status = ENHANCED_STATUS.search(line)
        kw = {"status": status.group(1) if status else None, "reply_code": code.group(1) if code else None,
              "diagnostic": line}
        timer = timeit.Timer(lambda kw=kw: classify(**kw))
        number, _ = timer.autorange()
        calls.append(min(timer.repeat(repeat=repeat, number=number)) / number)
    package = Path(bouncekit.__file__).parent
    return {"parse_us": best / len(messages) * 1e6, "messages": len(messages),
            "classify_us": statistics.fmean(calls) * 1e6, "lines": len(calls),
            "compiled_modules": sum(1 for _ in package.rglob("*.so"))}


def run_micro(build: Build, directory: Path, repeat: int) -> dict[str, Any]:
    out = subprocess.run([sys.executable, __file__, "--micro", "--dir", str(directory), "--runs", str(repeat)],
                         env=build.env, capture_output=True, text=True, check=True)
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


# ---------------------------------------------------------------------------------------------

def sources_check(path: Path, messages: int) -> tuple[int, int]:
    """(records, distinct sources) of a JSON-lines output, read with a light scan per line."""
    records = 0
    sources: set[str] = set()
    with open(path, "rb") as fh:
        for line in fh:
            records += 1
            end = line.index(b'", ', 12)
            sources.add(line[12:end].decode("utf-8", "replace"))
    return records, len(sources)


def machine() -> str:
    cpu = platform.processor()
    try:
        with open("/proc/cpuinfo", encoding="utf-8", errors="replace") as fh:
            cpu = next((ln.split(":", 1)[1].strip() for ln in fh if ln.startswith("model name")), cpu)
    except OSError:
        pass
    head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO_ROOT, capture_output=True,
                          text=True).stdout.strip()
    return (f"{dt.datetime.now(dt.timezone.utc).isoformat(timespec='seconds')}  {os.cpu_count()} cores, {cpu}; "
            f"{platform.python_implementation()} {platform.python_version()}; git {head or '?'}")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--dir", type=Path, default=None, help="message directory (default: the shared corpus)")
    ap.add_argument("--copies", type=int, default=None, help="copies of the directory in the mbox (20)")
    ap.add_argument("--big-mib", type=float, default=None, help="size of the memory-run mbox (1024)")
    ap.add_argument("--runs", type=int, default=5, help="counted pairs per comparison (5)")
    ap.add_argument("--quick", action="store_true", help="2 copies, a 20 MiB memory run")
    ap.add_argument("--no-builds", action="store_true", help="only the installed bouncekit")
    ap.add_argument("--builds", type=Path, default=None, help="keep/reuse the pure and compiled builds here")
    ap.add_argument("--skip", default="", help="sections to skip: scan,jobs,memory,startup,micro")
    ap.add_argument("--json", action="store_true", help="all figures as one JSON object at the end")
    ap.add_argument("--micro", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    args.copies = args.copies or (2 if args.quick else 20)
    args.big_mib = args.big_mib or (20 if args.quick else 1024)
    args.skip = {s.strip() for s in args.skip.split(",") if s.strip()}
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    directory = (args.dir or (SHARED_MAILDIR if SHARED_MAILDIR.is_dir() else TESTS_CORPUS)).resolve()
    if args.micro:
        print(json.dumps(micro(directory, args.runs)))
        return 0
    if not BASELINE.is_file():
        sys.exit(f"{BASELINE} not found: the yardstick lives in ../shared/tools")
    files = message_files(directory)
    messages = [p.read_bytes() for p in files]
    report: dict[str, Any] = {"machine": machine(), "directory": str(directory), "runs": args.runs}
    say("bouncekit benchmark (ratios from paired, alternating runs in this run; medians)")
    say(f"  {report['machine']}")
    work = Path(tempfile.mkdtemp(prefix="bouncekit-bench-"))
    try:
        builds = [Build("installed", None)]
        if not args.no_builds:
            where = args.builds.resolve() if args.builds else work
            say("\nBuilds of this tree (pip install --target, BOUNCEKIT_COMPILE=0 / 1)")
            for name, flag in (("pure", "0"), ("compiled", "1")):
                b = make_build(name, flag, where / name)
                if b is not None:
                    n = b.compiled_modules()
                    if name == "compiled" and n == 0:
                        say("  compiled build holds no compiled module (no C compiler or no mypyc): left out")
                        continue
                    builds.append(b)
        by_name = {b.name: b for b in builds}
        mbox = work / "c.mbox"
        count, size = build_mbox(messages, mbox, copies=args.copies)
        report["mbox"] = {"messages": count, "bytes": size, "copies": args.copies}
        say(f"\nmbox: {count:,} messages ({args.copies} copies of {len(files)}), {size / MIB:.1f} MiB")
        baseline = [sys.executable, str(BASELINE), str(mbox)]
        scan = ("scan", str(mbox), "--jobs", "1", "--output", os.devnull)
        if "scan" not in args.skip:
            say(f"\nbouncekit scan MBOX --jobs 1 vs baseline_scan.py MBOX ({args.runs} pairs)")
            say(f"  {'build':<10} {'bouncekit s':>11} {'baseline s':>10} {'ratio':>7} {'(min-max)':>13} "
                f"{'cpu ratio':>9} {'msg/s':>8}")
            for b in builds:
                r = paired(b.cli(*scan), baseline, args.runs, b.env)
                report[f"scan_vs_baseline_{b.name}"] = r
                say(f"  {b.name:<10} {r['a_wall']:>11.3f} {r['b_wall']:>10.3f} {r['wall_ratio']:>6.3f}x "
                    f"({r['wall_ratio_min']:.3f}-{r['wall_ratio_max']:.3f}) {r['cpu_ratio']:>8.3f}x "
                    f"{count / r['a_wall']:>8,.0f}")
            say("  targets: compiled <= 0.69x, pure <= 0.90x")
            if "pure" in by_name and "compiled" in by_name:
                pure, comp = by_name["pure"], by_name["compiled"]
                r = paired(comp.cli(*scan), pure.cli(*scan), args.runs, comp.env, pure.env)
                report["compiled_vs_pure"] = r
                say(f"\ncompiled vs pure, scan --jobs 1: time ratio {r['wall_ratio']:.3f}x "
                    f"({r['wall_ratio_min']:.3f}-{r['wall_ratio_max']:.3f}), i.e. {1 / r['wall_ratio']:.2f}x as fast")
                same = []
                for b in (pure, comp):
                    out = work / f"{b.name}.jsonl"
                    run_once(b.cli("scan", str(mbox), "--jobs", "1", "--output", str(out)), b.env)
                    same.append(hashlib.sha256(out.read_bytes()).hexdigest())
                    out.unlink()
                report["compiled_output_identical"] = same[0] == same[1]
                say(f"  scan output of the two builds: {'byte-identical' if same[0] == same[1] else 'DIFFERENT'}")
        if "jobs" not in args.skip:
            say(f"\nscan --jobs 2 vs --jobs 1 ({args.runs} pairs, {os.cpu_count()} cores)")
            for b in builds:
                two = ("scan", str(mbox), "--jobs", "2", "--output", os.devnull)
                r = paired(b.cli(*two), b.cli(*scan), args.runs, b.env, b.env)
                report[f"jobs2_vs_jobs1_{b.name}"] = r
                say(f"  {b.name:<10} rate x{1 / r['wall_ratio']:.2f} (jobs 2 {r['a_wall']:.3f} s, jobs 1 "
                    f"{r['b_wall']:.3f} s; min-max x{1 / r['wall_ratio_max']:.2f}-x{1 / r['wall_ratio_min']:.2f})"
                    "  target >= x1.80")
        if "startup" not in args.skip:
            say("\nstart-up (median wall of 10 runs; target < 60 ms)")
            bare = median_wall([sys.executable, "-c", "pass"], 10)
            say(f"  python -c pass               {bare * 1000:6.1f} ms")
            for b in builds:
                imp = median_wall([sys.executable, "-c", "import bouncekit"], 10, b.env)
                hlp = median_wall(b.cli("--help"), 10, b.env)
                report[f"startup_{b.name}"] = {"python": bare, "import": imp, "help": hlp}
                say(f"  {b.name:<10} import bouncekit {imp * 1000:6.1f} ms, bouncekit --help {hlp * 1000:6.1f} ms")
        mbox.unlink()
        if "memory" not in args.skip:
            big = work / "big.mbox"
            count, size = build_mbox(messages, big, size_mib=args.big_mib)
            report["big_mbox"] = {"messages": count, "bytes": size}
            say(f"\npeak memory scanning a {size / MIB:,.0f} MiB mbox ({count:,} messages; target < "
                f"{RSS_TARGET_MIB:.0f} MiB)")
            b = by_name.get("compiled") or builds[0]
            for jobs in (1, 2):
                out = work / "big.jsonl"
                r = run_once(b.cli("scan", str(big), "--jobs", str(jobs), "--output", str(out)), b.env, sample=True)
                records, distinct = sources_check(out, count)
                out.unlink()
                report[f"memory_jobs{jobs}"] = {"build": b.name, "wall": r.wall, "maxrss_mib": r.maxrss_kib / 1024,
                                               "tree_sum_mib": r.tree_sum_kib / 1024, "records": records,
                                               "distinct_sources": distinct}
                say(f"  {b.name} --jobs {jobs}: {r.wall:6.1f} s, {count / r.wall:,.0f} msg/s; largest process "
                    f"{r.maxrss_kib / 1024:.1f} MiB, process tree {r.tree_sum_kib / 1024:.1f} MiB; "
                    f"{records:,} records, {distinct:,} sources "
                    f"({'one per message' if distinct == count else 'NOT one per message'})")
            big.unlink()
        if "micro" not in args.skip:
            say(f"\nin-process, {len(files)} messages (best of {args.runs})")
            for b in builds:
                m = run_micro(b, directory, args.runs)
                report[f"micro_{b.name}"] = m
                say(f"  {b.name:<10} parse() {m['parse_us']:7.1f} µs/message, classify() {m['classify_us']:6.1f} "
                    f"µs/call ({m['lines']} reply lines); {m['compiled_modules']} compiled modules")
            if "pure" in by_name and "compiled" in by_name:
                p, c = report["micro_pure"], report["micro_compiled"]
                say(f"  compiled/pure: parse() {c['parse_us'] / p['parse_us']:.3f}x, "
                    f"classify() {c['classify_us'] / p['classify_us']:.3f}x")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if args.json:
        say(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
