"""``bouncekit classify``: one SMTP reply line to a reason, category and severity."""
from __future__ import annotations

import argparse
import json
import sys

from ..advice import advice
from ..classify import classify
from ._common import die, reconfigure

NAME = "classify"
HELP = "classify one SMTP reply line"


def add_arguments(c: argparse.ArgumentParser) -> None:
    c.add_argument("text", nargs="?", default=None, help='e.g. "550 5.1.1 <x@y>: User unknown"')
    c.add_argument("--status", help="enhanced status code, e.g. 5.1.1")
    c.add_argument("--code", help="SMTP reply code, e.g. 550")
    c.add_argument("--json", action="store_true", help="print one JSON object")


def run(args: argparse.Namespace) -> int:
    if args.text is None and args.status is None and args.code is None:
        die("give a reply line, --status or --code")
    from ..text import find_reply_code, find_status

    reconfigure(sys.stdout)
    status = args.status or find_status(args.text)
    code = args.code or find_reply_code(args.text)
    c = classify(status=status, reply_code=code, diagnostic=args.text)
    if args.json:
        print(json.dumps({"reason": c.reason.value, "category": c.category.value,
                          "severity": c.severity.value if c.severity else None,
                          "status": status, "reply_code": code, "rule": c.rule, "matched": c.matched}))
        return 0
    print(f"reason:   {c.reason.value}")
    print(f"category: {c.category.value}")
    print(f"severity: {c.severity.value if c.severity else '-'}")
    print(f"rule:     {c.rule}" + (f' on "{c.matched}"' if c.matched else ""))
    a = advice(c.reason, "en")
    print(f"advice:   {a.title}: {a.explanation} {a.next_step}")
    return 0


