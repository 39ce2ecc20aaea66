#!/usr/bin/env python3
"""Read one bounce from standard input, as a Postfix pipe transport delivers it, and append one
JSON line per failed recipient to a file.

master.cf:
    bouncekit unix - n n - - pipe
      flags=Rq user=bounces argv=/usr/bin/python3 /opt/bouncekit/postfix_pipe.py /var/lib/bounces/records.jsonl
and route the return-path address to it (transport_maps: bounces@example.org bouncekit:).

Exit status follows sendmail's sysexits, which Postfix understands: 0 when the message was read
(a letter that is not a bounce is accepted and ignored), 75 (EX_TEMPFAIL: Postfix keeps the
message and retries) when the records could not be written.
"""
from __future__ import annotations

import sys

import bouncekit

EX_TEMPFAIL = 75


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: postfix_pipe.py RECORDS.jsonl < message", file=sys.stderr)
        return 64  # EX_USAGE
    report = bouncekit.parse(sys.stdin.buffer)
    lines = [
        rec.to_json()
        for rec in report.records
        if rec.kind in (bouncekit.Kind.BOUNCE, bouncekit.Kind.DELAY, bouncekit.Kind.COMPLAINT)
    ]
    try:
        with open(argv[1], "a", encoding="utf-8") as out:
            for line in lines:
                out.write(line + "\n")
    except OSError as exc:
        print(f"postfix_pipe: cannot write {argv[1]}: {exc.strerror}", file=sys.stderr)
        return EX_TEMPFAIL
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
