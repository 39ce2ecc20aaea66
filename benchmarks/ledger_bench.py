#!/usr/bin/env python3
"""Ledger ingest speed against scan on the same mbox, paired in the same run (issue 14).

Runs, in turn, A B A B ... after one warm-up of each:

  A  ``bouncekit scan MBOX --jobs J --output /dev/null``      (decode only)
  B  ``bouncekit ledger ingest MBOX --jobs J --db NEW.sqlite`` (decode + SQLite, a new file each run)

and prints each side's median wall time and messages per second, and the median of the per-pair
speed ratios ingest/scan (= scan time / ingest time; the target is >= 0.80), min-max in brackets.

The mbox is generated: N distinct RFC 3464 reports (default 20,000) of eight kinds of failure
(user unknown, mailbox full, blocklisted IP, DMARC, spam, quota delay, host unknown, rate
limit) to N/4 addresses, so every message is a new event and addresses see several events, as
a real return-path mailbox does. Messages repeated byte for byte would be skipped as
duplicates by the ledger and flatter it.

Usage:
    .venv/bin/python benchmarks/ledger_bench.py                # 20,000 messages, 5 pairs, --jobs 2
    .venv/bin/python benchmarks/ledger_bench.py --messages 5000 --runs 3 --jobs 1
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
KINDS = [
    ("5.1.1", "550 5.1.1 <{r}>: Recipient address rejected: User unknown in virtual mailbox table"),
    ("5.2.2", "552 5.2.2 <{r}>: Mailbox full: quota exceeded"),
    ("5.7.1", "554 5.7.1 Service unavailable; Client host [198.51.100.{n}] blocked using a DNS blocklist"),
    ("5.7.26", "550 5.7.26 Unauthenticated email from sender.example.com is not accepted due to domain's DMARC policy"),
    ("5.7.1", "550 5.7.1 Message rejected as spam by Content Filtering"),
    ("4.2.2", "452 4.2.2 <{r}>: Mailbox is over quota, try again later"),
    ("5.1.2", "550 5.1.2 Host or domain name not found. Name service error for name=nx{n}.example.net"),
    ("4.7.0", "421 4.7.0 Too many messages from your IP, rate limited, try again later"),
]


def message(i: int, rcpt: str) -> bytes:
    status, diag = KINDS[i % len(KINDS)]
    when = dt.datetime(2026, 11, 1, tzinfo=dt.timezone.utc) + dt.timedelta(seconds=37 * i)
    date = when.strftime("%a, %d %b %Y %H:%M:%S +0000")
    action = "delayed" if status.startswith("4") else "failed"
    return f"""From MAILER-DAEMON {when.strftime('%a %b %d %H:%M:%S %Y')}
Return-Path: <>
From: Mail Delivery System <MAILER-DAEMON@mx{i % 7}.example.net>
To: bounces@sender.example.com
Subject: Undelivered Mail Returned to Sender
Date: {date}
Message-ID: <b{i}.{when.timestamp():.0f}@mx{i % 7}.example.net>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="=_{i}"

--=_{i}
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx{i % 7}.example.net.
I'm sorry to have to inform you that your message could not be delivered.

--=_{i}
Content-Type: message/delivery-status

Reporting-MTA: dns; mx{i % 7}.example.net
Arrival-Date: {date}

Final-Recipient: rfc822; {rcpt}
Original-Recipient: rfc822;{rcpt}
Action: {action}
Status: {status}
Remote-MTA: dns; in{i % 11}.example.org
Diagnostic-Code: smtp; {diag.format(r=rcpt, n=i % 250)}
Last-Attempt-Date: {date}

--=_{i}
Content-Type: text/rfc822-headers

Return-Path: <bounces+{i}@sender.example.com>
From: News <news@sender.example.com>
To: {rcpt}
Subject: Weekly letter {i // 1000}
Message-ID: <m{i}@sender.example.com>
X-Campaign-Id: c{i // 1000}

--=_{i}--

""".encode()


def make_mbox(path: Path, n: int) -> None:
    with open(path, "wb") as fh:
        for i in range(n):
            fh.write(message(i, f"reader{i % max(1, n // 4)}@example.org"))


def timed(cmd: list[str], env: dict[str, str]) -> float:
    t = time.perf_counter()
    r = subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    took = time.perf_counter() - t
    if r.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed: {r.stderr.decode(errors='replace')}")
    return took


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--messages", type=int, default=20000)
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--jobs", type=int, default=2)
    p.add_argument("--json", action="store_true")
    a = p.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bk-ledger-bench-"))
    try:
        mbox = work / "bounces.mbox"
        make_mbox(mbox, a.messages)
        bk = shutil.which("bouncekit", path=str(Path(sys.executable).parent)) or "bouncekit"
        env = dict(os.environ)
        scan = [bk, "scan", str(mbox), "--jobs", str(a.jobs), "--output", os.devnull]

        def ingest(n: int) -> list[str]:
            return [bk, "ledger", "ingest", str(mbox), "--jobs", str(a.jobs), "--db", str(work / f"l{n}.sqlite")]

        timed(scan, env)
        timed(ingest(0), env)
        check = subprocess.run([bk, "ledger", "stats", "--format", "json", "--db", str(work / "l0.sqlite")],
                               capture_output=True, text=True, check=True)
        events = json.loads(check.stdout)["events"]
        scans, ingests, ratios = [], [], []
        for n in range(1, a.runs + 1):
            s = timed(scan, env)
            i = timed(ingest(n), env)
            scans.append(s)
            ingests.append(i)
            ratios.append(s / i)
        size = mbox.stat().st_size / 2**20
        out = {
            "messages": a.messages, "mbox_mib": round(size, 1), "jobs": a.jobs, "runs": a.runs, "events": events,
            "scan_s": round(statistics.median(scans), 3), "ingest_s": round(statistics.median(ingests), 3),
            "scan_msg_per_s": round(a.messages / statistics.median(scans)),
            "ingest_msg_per_s": round(a.messages / statistics.median(ingests)),
            "ratio_median": round(statistics.median(ratios), 3), "ratio_min": round(min(ratios), 3),
            "ratio_max": round(max(ratios), 3),
        }
        if a.json:
            print(json.dumps(out))
        else:
            print(f"mbox: {a.messages:,} messages, {size:.1f} MiB; --jobs {a.jobs}; {a.runs} pairs after a warm-up")
            print(f"ledger events after one ingest: {events:,} (every message a new event)")
            print(f"scan     median {out['scan_s']:.2f} s  {out['scan_msg_per_s']:>7,} msg/s")
            print(f"ingest   median {out['ingest_s']:.2f} s  {out['ingest_msg_per_s']:>7,} msg/s")
            print(f"ingest/scan speed: median {out['ratio_median']:.2f} "
                  f"[{out['ratio_min']:.2f}-{out['ratio_max']:.2f}] (target >= 0.80)")
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
