"""Issue 10 acceptance: a truncated 20,000-message gzip mbox loses nothing zlib can recover.

    python benchmarks/gzip_truncation.py [--messages 20000] [--cuts 14] [--jobs 1] [--keep DIR]

Builds an mbox of N messages (the .eml messages of tests/corpus, repeated, each with its own
Message-ID and ``From `` lines in bodies quoted the mboxrd way), gzips it, and cuts the gzip at
many offsets: a few bytes from the end (-1, -8, -100, -1000), inside the gzip header, and at
spread positions of the file. For every cut it runs the real command, ``bouncekit scan CUT
--output out.jsonl``, and checks that

* the messages it decodes are exactly the messages zlib recovers from the same truncated bytes
  (``zlib.decompressobj(31)`` on them, then the postmarks the decompressed text reaches far enough
  to be told from a body line, sender and time), each
  with its own ``path:N`` source, numbered 1..k without a gap;
* there is exactly one ``error`` record more, whose source is the archive itself (not the source
  of the message before it), saying the data ends early;
* the exit status is 1 (an input failed), and the untruncated archive gives N messages, no error
  and exit status 0.

Prints one line per cut and exits 1 when any check fails. Several minutes for 20,000 messages.
"""
from __future__ import annotations

import argparse
import collections
import gzip
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "corpus"
POSTMARK = b"From MAILER-DAEMON Mon Jan  1 00:00:00 2024\n"
_FROM_LINE = re.compile(rb"^(>*From )", re.M)
_MESSAGE_ID = re.compile(rb"^Message-ID:[^\n]*\n(?:[ \t][^\n]*\n)*", re.I | re.M)


def build_mbox(n: int) -> tuple[bytes, list[int]]:
    """The mbox bytes and the offset of every postmark."""
    seeds = [p.read_bytes().replace(b"\r\n", b"\n") for p in sorted(CORPUS.rglob("*.eml"))]
    out = bytearray()
    offsets = []
    for i in range(n):
        msg = seeds[i % len(seeds)]
        head, sep, body = msg.partition(b"\n\n")
        head = _MESSAGE_ID.sub(b"", head + b"\n").rstrip(b"\n")
        head = b"Message-ID: <gz-%d@bouncekit.test>\n" % (i + 1) + head
        body = _FROM_LINE.sub(rb">\1", body)
        offsets.append(len(out))
        out += POSTMARK + head + b"\n\n" + body.rstrip(b"\n") + b"\n\n"
    return bytes(out), offsets


# a postmark is told from a body line by its sender and its time ("From sender Mon Jan  1 00:00"):
# a message counts as recovered when zlib's output reaches that far into its postmark line
_RECOGNISED = POSTMARK.index(b":") + 3


def recoverable(cut: bytes, offsets: list[int]) -> int:
    """How many messages zlib recovers from the cut gzip: the postmarks its output holds."""
    z = zlib.decompressobj(31)
    try:
        got = len(z.decompress(cut))
    except zlib.error:
        return 0
    return sum(1 for o in offsets if o + _RECOGNISED <= got)


def scan(path: Path, out: Path, jobs: int) -> tuple[int, list[dict[str, object]], float]:
    exe = shutil.which("bouncekit", path=str(Path(sys.executable).parent)) or "bouncekit"
    t = time.perf_counter()
    proc = subprocess.run([exe, "scan", str(path), "--output", str(out), "--jobs", str(jobs)],
                          capture_output=True, text=True, timeout=3600)
    took = time.perf_counter() - t
    if proc.returncode not in (0, 1):
        print(proc.stderr, file=sys.stderr)
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()] if out.exists() else []
    return proc.returncode, records, took


def check(path: Path, want: int, truncated: bool, jobs: int, work: Path) -> tuple[bool, str]:
    rc, records, took = scan(path, work / "out.jsonl", jobs)
    errors = [r for r in records if r["kind"] == "error"]
    sources = list(collections.OrderedDict.fromkeys(str(r["source"]) for r in records if r["kind"] != "error"))
    expected = [f"{path}:{k}" for k in range(1, want + 1)]
    problems = []
    if sources != expected:
        missing = len(set(expected) - set(sources))
        problems.append(f"messages {len(sources)} != zlib's {want} ({missing} missing)")
    if truncated:
        if len(errors) != 1:
            problems.append(f"{len(errors)} error records, want 1")
        elif errors[0]["source"] != str(path):
            problems.append(f"error record source {errors[0]['source']!r}, want the archive")
        elif "truncated" not in str(errors[0]["error"]) and "ends early" not in str(errors[0]["error"]):
            problems.append(f"error text {errors[0]['error']!r}")
        if records and records[-1]["kind"] != "error":
            problems.append("the error record is not after the recovered messages")
        if rc != 1:
            problems.append(f"exit status {rc}, want 1")
    else:
        if errors:
            problems.append(f"{len(errors)} error records in the whole archive")
        if rc != 0:
            problems.append(f"exit status {rc}, want 0")
    line = f"{len(sources):6d} of {want:6d} recoverable, {len(errors)} error, exit {rc}, {took:6.1f}s"
    return not problems, line + ("" if not problems else "  FAIL: " + "; ".join(problems))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--messages", type=int, default=20_000)
    ap.add_argument("--cuts", type=int, default=14, help="spread cuts besides the fixed ones")
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--keep", type=Path, help="work here (kept) instead of a temporary directory")
    args = ap.parse_args(argv)

    work = args.keep or Path(tempfile.mkdtemp(prefix="bk-gzip-"))
    work.mkdir(parents=True, exist_ok=True)
    mbox, offsets = build_mbox(args.messages)
    raw = gzip.compress(mbox, 6)
    print(f"{args.messages} messages, mbox {len(mbox):,} bytes, gzip {len(raw):,} bytes; "
          f"bouncekit scan --jobs {args.jobs}")
    fixed = [len(raw) - d for d in (1, 8, 100, 1000)] + [5, 10, 40]
    spread = [len(raw) * k // (args.cuts + 1) for k in range(1, args.cuts + 1)]
    ok = True
    path = work / "box.mbox.gz"
    path.write_bytes(raw)
    good, line = check(path, args.messages, False, args.jobs, work)
    ok &= good
    print(f"{'whole':>12}: {line}")
    for cut in sorted(set(fixed + spread)):
        data = raw[:cut]
        path.write_bytes(data)
        want = recoverable(data, offsets)
        good, line = check(path, want, True, args.jobs, work)
        ok &= good
        print(f"{cut - len(raw):>+12,}: {line}   (cut at byte {cut:,} of {len(raw):,})")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    print("OK: every recoverable message decoded, one error record per cut" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
