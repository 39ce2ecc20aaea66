#!/usr/bin/env python3
"""A cron job over a return-path Maildir: decode the bounces that arrived since the last run and
print the addresses that no longer exist (one per line), for the sending system to suppress.

    */15 * * * *  python3 maildir_cron.py ~/Maildir ~/.cache/bounces.seen >> dead-addresses.txt

The Maildir is only read (nothing is moved or deleted); the names of messages already decoded
are kept in the state file given as the second argument, so each bounce is counted once.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

import bouncekit

DEAD = {bouncekit.Category.NONEXISTENT_ADDRESS, bouncekit.Category.NONEXISTENT_DOMAIN}


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print("usage: maildir_cron.py MAILDIR STATE_FILE", file=sys.stderr)
        return 2
    maildir, state = Path(argv[1]), Path(argv[2])
    seen = set(state.read_text().split()) if state.exists() else set()
    # Maildir file names change when a mail reader adds flags (":2,S"): the part before ':' is stable
    new = sorted(p for sub in ("new", "cur") for p in (maildir / sub).glob("*")
                 if p.is_file() and p.name.split(":", 1)[0] not in seen)
    dead: list[str] = []
    for report in bouncekit.scan([str(p) for p in new]):
        for rec in report.records:
            if rec.kind is bouncekit.Kind.BOUNCE and rec.category in DEAD and rec.recipient:
                dead.append(rec.recipient)
    for address in dict.fromkeys(dead):  # once each, in the order found
        print(address)
    seen.update(p.name.split(":", 1)[0] for p in new)
    tmp = state.with_name(state.name + ".tmp")
    tmp.write_text("\n".join(sorted(seen)) + "\n")
    os.replace(tmp, state)  # an interrupted run never leaves half a state file
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
