#!/usr/bin/env python3
"""Throughput and memory benchmark for bouncekit (issue 5).

Builds an mbox from a directory of messages, runs the installed ``bouncekit scan`` on it end to
end (messages/s, MB/s, peak RSS of the whole process tree), micro-benchmarks ``parse()`` and
``classify()`` in-process, and runs the same messages through flufl.bounce when it is
installed, for a side-by-side figure. See benchmarks/README.md for what every figure means.

Usage (from anywhere; paths are relative to the repository root):
    .venv/bin/python benchmarks/bench.py                    # 20-copy mbox, --jobs 1,2, best of 3
    .venv/bin/python benchmarks/bench.py --quick            # smoke run: 2 copies, 1 repeat
    .venv/bin/python benchmarks/bench.py --size-mb 1024 --jobs 1,2 --repeat 1 --check
"""
from __future__ import annotations

import argparse
import datetime as dt
import email
import gzip
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
import warnings
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
SHARED_MAILDIR = REPO_ROOT.parent / "shared" / "corpus" / "sisimai" / "maildir"
TESTS_CORPUS = REPO_ROOT / "tests" / "corpus"
# The venv's own bouncekit; sys.executable is not resolved so a venv symlink stays in the venv.
BOUNCEKIT = Path(sys.executable).parent / "bouncekit"

MIB = 1024 * 1024
SAMPLE_SECONDS = 0.02
MBOX_SEPARATOR = b"From MAILER-DAEMON Thu Jan  1 00:00:00 2026\n"
# mboxrd: every body line starting with zero or more '>' then 'From ' gets one more '>'
FROM_LINE = re.compile(rb"(?m)^(>*From )")
LEADING_REPLY_CODE = re.compile(r"^([245]\d\d)[ -]")
ENHANCED_STATUS = re.compile(r"\b([245]\.\d{1,3}\.\d{1,3})\b")
RSS_TARGET_MIB = 150e6 / MIB  # the "150 MB", read as 10^6 bytes: 143.05 MiB

# Reply lines of the kind classify() meets in diagnostics: varied vendors, languages, lengths.
REPLY_LINES: list[str] = [
    "550 5.1.1 <x@example.net>: Recipient address rejected: User unknown in local recipient table",
    "552 5.2.2 <anna@example.org>: mailbox full, quota exceeded",
    "550 5.7.1 Service unavailable; Client host [192.0.2.15] blocked using zen.spamhaus.org",
    "550-5.1.1 The email account that you tried to reach does not exist. Please try double-checking"
    " the recipient's email address for typos or unnecessary spaces.",
    "452 4.2.2 The email account that you tried to reach is over quota.",
    "554 5.7.1 Message rejected: Email address is not verified.",
    "421 4.7.0 [TSS04] Messages from 192.0.2.33 temporarily deferred due to user complaints",
    "550 Requested action not taken: mailbox unavailable",
    "553 5.1.3 Invalid address syntax <bad..dot@example.com>",
    "554 5.6.0 Message size exceeds fixed maximum message size",
    "451 4.4.1 Connection timed out while talking to mx.example.jp",
    "550 5.7.26 This message does not pass authentication checks (SPF and DKIM both do not pass).",
    "Host or domain name not found. Name service error for name=example.invalid type=A: Host not found",
    "550 5.1.1 Benutzer unbekannt: Die E-Mail-Adresse des Empfängers existiert nicht",
    "552 5.2.2 Postfach voll, Speicherplatz überschritten",
    "550 5.1.1 Adresse du destinataire inconnue : utilisateur inconnu",
    "550 5.2.1 Boîte aux lettres désactivée",
    "550 5.1.1 宛先のメールアドレスは存在しません (user unknown)",
    "452 4.2.2 メールボックスの容量を超えています",
    "550 5.7.1 " + "Your message was rejected by the content filter because it matched a local policy "
    "rule. " * 4 + "Contact the postmaster of example.com for details.",
]

# Run inside a fresh interpreter: times the command and reports getrusage(RUSAGE_CHILDREN),
# whose ru_maxrss is the largest resident set of any waited-for descendant (KiB on Linux).
WRAPPER = r"""
import json, resource, subprocess, sys, time
t0 = time.perf_counter()
rc = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode
seconds = time.perf_counter() - t0
ru = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"rc": rc, "seconds": seconds, "maxrss_kib": ru.ru_maxrss,
                  "cpu_seconds": ru.ru_utime + ru.ru_stime}))
"""


# ---------------------------------------------------------------------------------------------
# Machine

def machine_info() -> dict[str, Any]:
    """What the figures were measured on."""
    return {
        "date": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "nproc": os.cpu_count(),
        "usable_cpus": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None,
        "cpu": _cpu_model(),
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "platform": platform.platform(),
        "bouncekit": _bouncekit_version(),
        "git_head": _git_head(),
    }


def _cpu_model() -> str | None:
    try:
        with open("/proc/cpuinfo", encoding="utf-8", errors="replace") as fh:
            for line in fh:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or None


def _bouncekit_version() -> str | None:
    try:
        import bouncekit
    except ImportError:
        return None
    return bouncekit.__version__


def _git_head() -> str | None:
    """The commit measured (read-only query; uncommitted work in the tree is not shown)."""
    try:
        out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO_ROOT,
                             capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return None
    return out.stdout.strip() or None


# ---------------------------------------------------------------------------------------------
# Messages and the mbox

def default_message_dir() -> Path:
    return SHARED_MAILDIR if SHARED_MAILDIR.is_dir() else TESTS_CORPUS


def compile_bytecode(enabled: bool) -> bool:
    """Compile the package's modules to bytecode before timing: pip writes it when it installs a
    wheel, but an editable install in a shell with PYTHONDONTWRITEBYTECODE set never gets it, and
    then every start-up would compile ~70 modules from source (~50 ms) that no user pays for."""
    if not enabled:
        return False
    import bouncekit

    package = Path(bouncekit.__file__).parent
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(package)], check=False,
                   stdout=subprocess.DEVNULL)
    return True



def message_files(directory: Path) -> list[Path]:
    """Every *.eml below the directory (recursive), in a stable order."""
    return sorted(p for p in directory.rglob("*.eml") if p.is_file())


def load_messages(files: list[Path]) -> list[bytes]:
    return [p.read_bytes() for p in files]


def mbox_entry(data: bytes) -> bytes:
    """One message as an mboxrd entry: LF line ends, its own 'From ' line dropped, body
    'From ' lines quoted, a separator line before and a blank line after."""
    data = data.replace(b"\r\n", b"\n")
    if data.startswith(b"From "):
        data = data.split(b"\n", 1)[1] if b"\n" in data else b""
    data = FROM_LINE.sub(rb">\1", data)
    if not data.endswith(b"\n"):
        data += b"\n"
    return MBOX_SEPARATOR + data + b"\n"


@dataclass
class Mbox:
    path: Path
    messages: int
    copies: int
    size: int
    gz_path: Path | None = None
    gz_size: int | None = None
    build_seconds: float = 0.0


def build_mbox(messages: list[bytes], out: Path, copies: int | None, size_mb: float | None,
               with_gzip: bool) -> Mbox:
    """Write the mbox (and optionally its gzip twin) copy by copy, never all of it in memory."""
    entries = [mbox_entry(m) for m in messages]
    one_copy = sum(len(e) for e in entries)
    if size_mb is not None:
        copies = max(1, -(-int(size_mb * MIB) // one_copy))  # ceiling: at least size_mb MiB
    assert copies is not None
    t0 = time.perf_counter()
    gz_path = out.with_name(out.name + ".gz") if with_gzip else None
    gz = gzip.open(gz_path, "wb", compresslevel=6) if gz_path else None
    try:
        with open(out, "wb") as fh:
            for _ in range(copies):
                fh.writelines(entries)
                if gz is not None:
                    gz.writelines(entries)
    finally:
        if gz is not None:
            gz.close()
    return Mbox(path=out, messages=copies * len(entries), copies=copies, size=out.stat().st_size,
                gz_path=gz_path, gz_size=gz_path.stat().st_size if gz_path else None,
                build_seconds=time.perf_counter() - t0)


# ---------------------------------------------------------------------------------------------
# Process-tree memory sampling

def _children_via_task(pid: int) -> list[int] | None:
    """Children from /proc/PID/task/*/children (needs CONFIG_PROC_CHILDREN); None if absent."""
    found: list[int] = []
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return []
    for tid in tasks:
        try:
            with open(f"/proc/{pid}/task/{tid}/children", encoding="ascii") as fh:
                found.extend(int(x) for x in fh.read().split())
        except FileNotFoundError:
            if not os.path.exists(f"/proc/{pid}/task/{tid}/children") and os.path.isdir(
                    f"/proc/{pid}/task/{tid}"):
                return None  # the kernel has no children files
        except (OSError, ValueError):
            continue
    return found


def _parent_map() -> dict[int, list[int]]:
    """ppid -> child pids, from /proc/*/stat (fallback when there are no children files)."""
    tree: dict[int, list[int]] = {}
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat", "rb") as fh:
                stat = fh.read()
        except OSError:
            continue
        # the command name may hold spaces and parentheses: fields resume after the last ')'
        fields = stat[stat.rfind(b")") + 2:].split()
        if len(fields) > 1:
            tree.setdefault(int(fields[1]), []).append(int(name))
    return tree


def _rss_kib(pid: int) -> int | None:
    try:
        with open(f"/proc/{pid}/status", "rb") as fh:
            for line in fh:
                if line.startswith(b"VmRSS:"):
                    return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        return None
    return None  # a zombie has no VmRSS line


def _pss_kib(pid: int) -> int | None:
    """Proportional set size: shared (copy-on-write) pages split between the sharers."""
    try:
        with open(f"/proc/{pid}/smaps_rollup", "rb") as fh:
            for line in fh:
                if line.startswith(b"Pss:"):
                    return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        return None
    return None


class TreeSampler:
    """Samples VmRSS of every descendant of a root pid (the root itself excluded) every ~20 ms;
    keeps the largest single process and the largest sum seen."""

    def __init__(self, root: int) -> None:
        self.root = root
        self.max_single_kib = 0
        self.max_sum_kib = 0
        self.max_pss_sum_kib = 0
        self.max_processes = 0
        self.samples = 0
        self._use_task_files = True
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> TreeSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _descendants(self) -> list[int]:
        if self._use_task_files:
            out: list[int] = []
            todo = [self.root]
            while todo:
                kids = _children_via_task(todo.pop())
                if kids is None:
                    self._use_task_files = False
                    return self._descendants()
                out.extend(kids)
                todo.extend(kids)
            return out
        tree = _parent_map()
        out, todo = [], [self.root]
        while todo:
            kids = tree.get(todo.pop(), [])
            out.extend(kids)
            todo.extend(kids)
        return out

    def sample(self) -> None:
        pids = self._descendants()
        sizes = [s for s in (_rss_kib(p) for p in pids) if s]
        self.max_pss_sum_kib = max(self.max_pss_sum_kib, sum(_pss_kib(p) or 0 for p in pids))
        self.samples += 1
        if sizes:
            self.max_single_kib = max(self.max_single_kib, max(sizes))
            self.max_sum_kib = max(self.max_sum_kib, sum(sizes))
            self.max_processes = max(self.max_processes, len(sizes))

    def _run(self) -> None:
        while not self._stop.is_set():
            self.sample()
            self._stop.wait(SAMPLE_SECONDS)


# ---------------------------------------------------------------------------------------------
# End-to-end runs of `bouncekit scan`

@dataclass
class RunResult:
    input: str
    jobs: int
    messages: int
    seconds: float
    cpu_seconds: float
    messages_per_s: float
    messages_per_cpu_s: float
    mib_per_s: float
    rss_single_mib: float
    rss_sum_mib: float
    pss_sum_mib: float
    rss_rusage_mib: float
    max_processes: int
    samples: int
    output_lines: int | None = None
    distinct_sources: int | None = None
    sources_ok: bool | None = None
    speedup: float | None = None
    other_cores: float | None = None
    all_seconds: list[float] = field(default_factory=list)


def busy_cpu_seconds() -> float | None:
    """CPU time spent by the whole machine so far, idle and iowait excluded (from /proc/stat)."""
    try:
        with open("/proc/stat", encoding="ascii") as fh:
            fields = [int(x) for x in fh.readline().split()[1:]]
    except (OSError, ValueError):
        return None
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)
    return (sum(fields[:8]) - idle) / os.sysconf("SC_CLK_TCK")


def run_scan_once(path: Path, jobs: int, output: str) -> tuple[dict[str, Any], TreeSampler]:
    """One `bouncekit scan` under a fresh wrapper interpreter, its process tree sampled."""
    cmd = [sys.executable, "-c", WRAPPER, str(BOUNCEKIT), "scan", str(path), "--format", "jsonl",
           "--output", output, "--jobs", str(jobs)]
    busy_before = busy_cpu_seconds()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE)
    with TreeSampler(proc.pid) as sampler:
        out, _ = proc.communicate()
    busy_after = busy_cpu_seconds()
    if proc.returncode != 0:
        raise RuntimeError(f"wrapper failed ({proc.returncode}): {' '.join(cmd[3:])}")
    info = json.loads(out.decode().strip().splitlines()[-1])
    if info["rc"] != 0:
        raise RuntimeError(f"bouncekit scan exited with {info['rc']}: {' '.join(cmd[3:])}")
    if busy_before is not None and busy_after is not None:
        # cores kept busy by everything else on the machine during the run (contention)
        others = busy_after - busy_before - info["cpu_seconds"]
        info["other_cores"] = max(0.0, others) / info["seconds"]
    return info, sampler


def check_output(path: str) -> tuple[int, int]:
    """(output lines, distinct `source` values) of a JSONL output file."""
    lines = 0
    sources: set[str] = set()
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            lines += 1
            sources.add(json.loads(line)["source"])
    return lines, len(sources)


def bench_scan(path: Path, label: str, messages: int, mbox_size: int, jobs: int, repeat: int,
               check: bool, workdir: Path) -> RunResult:
    """Best of `repeat` runs by wall time; memory figures are the largest over all runs."""
    times: list[float] = []
    best: dict[str, Any] | None = None
    single = total = pss = rusage = procs = samples = 0
    lines = distinct = None
    out_path = workdir / f"out-{label}-j{jobs}.jsonl"
    for _ in range(repeat):
        output = str(out_path) if check else os.devnull
        info, sampler = run_scan_once(path, jobs, output)
        times.append(info["seconds"])
        if best is None or info["seconds"] < best["seconds"]:
            best = info
        single = max(single, sampler.max_single_kib)
        total = max(total, sampler.max_sum_kib)
        pss = max(pss, sampler.max_pss_sum_kib)
        rusage = max(rusage, info["maxrss_kib"])
        procs = max(procs, sampler.max_processes)
        samples += sampler.samples
        if check:
            lines, distinct = check_output(str(out_path))
            out_path.unlink()
    assert best is not None
    seconds = best["seconds"]
    return RunResult(
        input=label, jobs=jobs, messages=messages, seconds=seconds,
        cpu_seconds=best["cpu_seconds"], messages_per_s=messages / seconds,
        messages_per_cpu_s=messages / best["cpu_seconds"] if best["cpu_seconds"] else 0.0,
        mib_per_s=mbox_size / MIB / seconds, rss_single_mib=single / 1024,
        rss_sum_mib=total / 1024, pss_sum_mib=pss / 1024, rss_rusage_mib=rusage / 1024, max_processes=procs,
        samples=samples, output_lines=lines, distinct_sources=distinct,
        sources_ok=(distinct == messages) if distinct is not None else None,
        other_cores=best.get("other_cores"), all_seconds=times)


def bench_startup(workdir: Path, first_message: bytes, repeat: int) -> float:
    """Wall time of `bouncekit scan` on a one-message mbox: interpreter start and imports."""
    tiny = workdir / "one.mbox"
    tiny.write_bytes(mbox_entry(first_message))
    best = min(run_scan_once(tiny, 1, os.devnull)[0]["seconds"] for _ in range(max(repeat, 1)))
    tiny.unlink()
    return best


# ---------------------------------------------------------------------------------------------
# In-process micro-benchmarks

def best_of(repeat: int, fn: Callable[[], Any]) -> tuple[float, float | None]:
    """Best wall time of `repeat` calls, and the cores other processes kept busy during it."""
    best, best_others = float("inf"), None
    for _ in range(repeat):
        busy0, cpu0, t0 = busy_cpu_seconds(), time.process_time(), time.perf_counter()
        fn()
        seconds, cpu, busy1 = time.perf_counter() - t0, time.process_time() - cpu0, busy_cpu_seconds()
        if seconds < best:
            best = seconds
            best_others = (max(0.0, busy1 - busy0 - cpu) / seconds
                           if busy0 is not None and busy1 is not None else None)
    return best, best_others


def bench_parse(messages: list[bytes], repeat: int) -> dict[str, Any]:
    import bouncekit

    def run() -> None:
        for data in messages:
            bouncekit.parse(data)

    run()  # warm-up: imports, regex caches
    seconds, others = best_of(repeat, run)
    return {"messages": len(messages), "seconds": seconds, "other_cores": others,
            "messages_per_s": len(messages) / seconds, "us_per_message": seconds / len(messages) * 1e6}


def bench_classify(repeat: int) -> dict[str, Any]:
    from bouncekit import classify

    per_line = []
    for line in REPLY_LINES:
        # as the core calls it: the status and reply code found in the line, and the line itself
        code = LEADING_REPLY_CODE.match(line)
        status = ENHANCED_STATUS.search(line)
        kwargs = {"status": status.group(1) if status else None,
                  "reply_code": code.group(1) if code else None, "diagnostic": line}
        result = classify(**kwargs)
        timer = timeit.Timer(lambda kwargs=kwargs: classify(**kwargs))
        number, _ = timer.autorange()
        best = min(timer.repeat(repeat=max(repeat, 1), number=number)) / number
        per_line.append({"line": line, "chars": len(line), "us": best * 1e6,
                         "reason": str(getattr(result.reason, "value", result.reason)),
                         "rule": result.rule})
    us = [p["us"] for p in per_line]
    return {"lines": len(per_line), "mean_us": statistics.fmean(us), "median_us": statistics.median(us),
            "min_us": min(us), "max_us": max(us), "per_line": per_line}


def bench_flufl(messages: list[bytes], repeat: int) -> dict[str, Any] | None:
    try:
        from flufl.bounce import scan_message
    except ImportError:
        return None
    found = errors = 0

    def run() -> None:
        nonlocal found, errors
        found = errors = 0
        for data in messages:
            try:
                if scan_message(email.message_from_bytes(data)):
                    found += 1
            except Exception:  # flufl.bounce may raise on odd input; count it, keep going
                errors += 1

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        run()
        seconds, others = best_of(repeat, run)
    return {"messages": len(messages), "seconds": seconds, "other_cores": others,
            "messages_per_s": len(messages) / seconds, "us_per_message": seconds / len(messages) * 1e6,
            "with_address": found, "errors": errors}


def bouncekit_found(messages: list[bytes]) -> int:
    """Messages where bouncekit.parse() names at least one recipient (for the flufl comparison)."""
    import bouncekit

    return sum(1 for data in messages
               if any(getattr(r, "recipient", None) for r in bouncekit.parse(data).records))


# ---------------------------------------------------------------------------------------------
# Output

def say(text: str = "") -> None:
    print(text, flush=True)


def print_machine(info: dict[str, Any]) -> None:
    say("bouncekit benchmark")
    say(f"  date        {info['date']}")
    say(f"  machine     nproc {info['nproc']} (usable {info['usable_cpus']}), {info['cpu']}")
    say(f"  python      {info['implementation']} {info['python']} on {info['platform']}")
    say(f"  bouncekit   {info['bouncekit']} at git {info['git_head']} (+ uncommitted work in tree)")
    say(f"  executable  {BOUNCEKIT}")


def print_runs_header() -> None:
    say(f"  {'input':<6} {'jobs':>4} {'messages':>9} {'seconds':>8} {'cpu s':>7} {'msg/s':>8} {'msg/cpu-s':>9} "
        f"{'MiB/s':>7} {'speed-up':>8} | {'RSS max 1 proc':>14} {'RSS max sum':>11} {'PSS max sum':>11} "
        f"{'ru_maxrss':>9} {'procs':>5} | {'lines':>8} {'sources':>8} | {'others':>6}")


def print_run(r: RunResult, one_job_rate: float | None) -> None:
    speedup = f"{r.messages_per_s / one_job_rate:.2f}x" if one_job_rate else "-"
    lines = f"{r.output_lines:>8}" if r.output_lines is not None else f"{'-':>8}"
    others = f"{r.other_cores:.2f}" if r.other_cores is not None else "-"
    src = ("ok" if r.sources_ok else f"{r.distinct_sources}!") if r.sources_ok is not None else "-"
    say(f"  {r.input:<6} {r.jobs:>4} {r.messages:>9,} {r.seconds:>8.3f} {r.cpu_seconds:>7.2f} "
        f"{r.messages_per_s:>8,.0f} {r.messages_per_cpu_s:>9,.0f} {r.mib_per_s:>7.2f} {speedup:>8} | "
        f"{r.rss_single_mib:>10.1f} MiB {r.rss_sum_mib:>7.1f} MiB {r.pss_sum_mib:>7.1f} MiB {r.rss_rusage_mib:>5.1f} MiB "
        f"{r.max_processes:>5} | {lines} {src:>8} | {others:>6}")


def _cores(value: float | None) -> str:
    return f"{value:.2f}" if value is not None else "-"


def print_micro(parse_res: dict[str, Any] | None, classify_res: dict[str, Any] | None,
                flufl_res: dict[str, Any] | None, found: int | None, verbose: bool) -> None:
    if parse_res:
        say(f"  bouncekit.parse()      {parse_res['messages_per_s']:>9,.0f} messages/s "
            f"{parse_res['us_per_message']:>9.1f} µs/message  ({parse_res['messages']} messages"
            + (f", {found} with a recipient" if found is not None else "")
            + f"; others {_cores(parse_res['other_cores'])})")
    if flufl_res:
        say(f"  flufl.bounce scan      {flufl_res['messages_per_s']:>9,.0f} messages/s "
            f"{flufl_res['us_per_message']:>9.1f} µs/message  ({flufl_res['with_address']} with "
            f"≥1 address, {flufl_res['errors']} raised; others {_cores(flufl_res['other_cores'])})")
        if parse_res:
            say(f"  parse() vs flufl       {parse_res['messages_per_s'] / flufl_res['messages_per_s']:>9.2f}x")
    elif parse_res is not None:
        say("  flufl.bounce           not installed (.venv/bin/pip install flufl.bounce to compare)")
    if classify_res:
        say(f"  bouncekit.classify()   {classify_res['mean_us']:>9.1f} µs/call mean, median "
            f"{classify_res['median_us']:.1f}, min {classify_res['min_us']:.1f}, "
            f"max {classify_res['max_us']:.1f}  ({classify_res['lines']} reply lines)")
        if verbose:
            for p in classify_res["per_line"]:
                text = p["line"] if len(p["line"]) <= 60 else p["line"][:57] + "..."
                say(f"      {p['us']:>7.1f} µs  {p['reason']:<22} {text}")


# ---------------------------------------------------------------------------------------------

def parse_args(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", type=Path, default=None,
                    help=f"message directory (default: {SHARED_MAILDIR} if present, else tests/corpus)")
    size = ap.add_mutually_exclusive_group()
    size.add_argument("--copies", type=int, default=None, help="copies of the directory (default 20)")
    size.add_argument("--size-mb", type=float, default=None,
                      help="repeat the directory until the mbox is at least this many MiB")
    ap.add_argument("--gzip", action="store_true", help="also measure a gzip-compressed mbox")
    ap.add_argument("--keep", type=Path, default=None, help="keep the built mbox at this path")
    ap.add_argument("--jobs", default="1,2", help="comma-separated --jobs values (default 1,2)")
    ap.add_argument("--repeat", type=int, default=None, help="runs per figure, best reported (default 3)")
    ap.add_argument("--check", action="store_true",
                    help="write the scan output to a temp file; count lines and distinct sources")
    ap.add_argument("--quick", action="store_true", help="smoke run: 2 copies, 1 repeat")
    ap.add_argument("--json", action="store_true", help="print all figures as one JSON object at the end")
    ap.add_argument("--skip", default="",
                    help="comma-separated sections to skip: scan,parse,classify,flufl")
    ap.add_argument("--no-compile", action="store_true",
                    help="time the package as found, without compiling its bytecode first")
    ap.add_argument("--verbose", "-v", action="store_true", help="per-line classify() timings")
    args = ap.parse_args(argv)
    if args.copies is None and args.size_mb is None:
        args.copies = 2 if args.quick else 20
    if args.repeat is None:
        args.repeat = 1 if args.quick else 3
    args.jobs = [int(j) for j in args.jobs.split(",") if j.strip()]
    args.skip = {s.strip() for s in args.skip.split(",") if s.strip()}
    return args


def run_end_to_end(args: argparse.Namespace, messages: list[bytes], workdir: Path,
                   report: dict[str, Any]) -> None:
    mbox_path = args.keep.resolve() if args.keep else workdir / "bench.mbox"
    mbox_path.parent.mkdir(parents=True, exist_ok=True)
    say(f"\nBuilding the mbox ({'%g MiB' % args.size_mb if args.size_mb else f'{args.copies} copies'}) ...")
    mbox = build_mbox(messages, mbox_path, args.copies, args.size_mb, args.gzip)
    say(f"  {mbox.path}: {mbox.messages:,} messages ({mbox.copies} copies), "
        f"{mbox.size / MIB:,.1f} MiB" + (f"; gzip {mbox.gz_size / MIB:,.1f} MiB" if mbox.gz_size else "")
        + f"; built in {mbox.build_seconds:.1f} s")
    report["mbox"] = {k: (str(v) if isinstance(v, Path) else v) for k, v in asdict(mbox).items()}
    startup = bench_startup(workdir, messages[0], args.repeat)
    report["startup_seconds"] = startup
    say(f"  start-up: `bouncekit scan` of a one-message mbox takes {startup * 1000:.0f} ms "
        "(included in every figure below)")
    say(f"\nEnd to end: bouncekit scan MBOX --format jsonl --output "
        f"{'TMPFILE' if args.check else '/dev/null'} --jobs J  (best of {args.repeat})")
    runs: list[RunResult] = []
    inputs = [("mbox", mbox.path)] + ([("gzip", mbox.gz_path)] if mbox.gz_path else [])
    print_runs_header()
    try:
        for label, path in inputs:
            one_job_rate: float | None = None
            for jobs in args.jobs:
                assert path is not None
                run = bench_scan(path, label, mbox.messages, mbox.size, jobs, args.repeat,
                                 args.check, workdir)
                if jobs == 1:
                    one_job_rate = run.messages_per_s
                run.speedup = run.messages_per_s / one_job_rate if one_job_rate else None
                runs.append(run)
                print_run(run, one_job_rate)
        say("  (seconds: best wall time of the repeats; RSS: largest over all repeats; "
            f"target < 150 MB = {RSS_TARGET_MIB:.1f} MiB;\n   others: cores kept busy by other "
            "processes during that run — above ~0.1 the figures are disturbed)")
    finally:
        if mbox.gz_path and not args.keep:
            mbox.gz_path.unlink(missing_ok=True)
        if not args.keep:
            mbox.path.unlink(missing_ok=True)
    report["scan"] = [asdict(r) for r in runs]


def non_bounce_messages() -> list[bytes]:
    """What else a return-path mailbox holds: people's replies, newsletters, invitations,
    auto-replies (the project's own samples in tests/corpus/misc and tests/corpus/autoreply)."""
    files = [p for d in ("misc", "autoreply") for p in message_files(REPO_ROOT / "tests" / "corpus" / d)]
    return load_messages(files)


def run_micro(args: argparse.Namespace, messages: list[bytes], report: dict[str, Any]) -> None:
    say(f"\nIn-process, over the {len(messages)} messages of the directory (best of {args.repeat})")
    parse_res = bench_parse(messages, args.repeat) if "parse" not in args.skip else None
    if parse_res is not None:
        others = non_bounce_messages()
        if others:
            # how cheaply the mail that is not a bounce is told apart (a real mailbox holds some)
            res = bench_parse(others * 20, args.repeat)
            say(f"  parse() of non-bounces {res['messages_per_s']:>9,.0f} messages/s {res['us_per_message']:>9.1f} "
                f"µs/message  ({len(others)} replies, newsletters and auto-replies from tests/corpus, x20)")
            report["parse_non_bounces"] = res
    flufl_res = bench_flufl(messages, args.repeat) if "flufl" not in args.skip else None
    found = bouncekit_found(messages) if parse_res and flufl_res else None
    classify_res = bench_classify(args.repeat) if "classify" not in args.skip else None
    print_micro(parse_res, classify_res, flufl_res, found, args.verbose)
    report["parse"] = parse_res
    if parse_res is not None:
        report["parse"]["with_recipient"] = found
    report["classify"] = classify_res
    report["flufl"] = flufl_res


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    directory = (args.dir or default_message_dir()).resolve()
    files = message_files(directory)
    if not files:
        sys.exit(f"no *.eml files under {directory}")
    if not BOUNCEKIT.exists() and "scan" not in args.skip:
        sys.exit(f"{BOUNCEKIT} not found: run this with the venv's python (.venv/bin/python)")
    messages = load_messages(files)
    compiled = compile_bytecode(not args.no_compile)
    report: dict[str, Any] = {"machine": machine_info(), "bytecode_compiled": compiled,
                              "directory": str(directory), "files": len(files)}
    print_machine(report["machine"])
    say(f"  bytecode    {'compiled first, as an installed wheel has it' if compiled else 'as found (--no-compile)'}")
    say(f"  messages    {len(files)} *.eml under {directory} "
        f"({sum(map(len, messages)) / MIB:.2f} MiB)")
    workdir = Path(tempfile.mkdtemp(prefix="bouncekit-bench-"))
    try:
        if "scan" not in args.skip:
            run_end_to_end(args, messages, workdir, report)
        if not {"parse", "classify", "flufl"} <= args.skip:
            run_micro(args, messages, report)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    if args.json:
        say(json.dumps(report, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
