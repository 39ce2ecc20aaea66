"""``bouncekit classify``: SMTP reply lines to a reason, category and severity."""
from __future__ import annotations

import argparse
import sys

from ._common import die, reconfigure, visible

# typing.TYPE_CHECKING, without importing typing at run time (a quicker start)
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from ..model import Classification

NAME = "classify"
HELP = "classify an SMTP reply line ('-': one reply per line from standard input)"

_STAGES = ("CONN", "EHLO", "HELO", "MAIL", "RCPT", "DATA")
_STATUS = r"[245]\.\d{1,3}\.\d{1,3}"
_CODE = r"[245]\d\d"


def add_arguments(c: argparse.ArgumentParser) -> None:
    c.add_argument("text", nargs="?", default=None,
                   help='e.g. "550 5.1.1 <x@y>: User unknown"; "-" reads one reply per line from stdin')
    c.add_argument("--status", help="enhanced status code, e.g. 5.1.1")
    c.add_argument("--code", help="SMTP reply code, e.g. 550")
    c.add_argument("--command", dest="stage", metavar="STAGE", type=str.upper, choices=_STAGES,
                   help="the SMTP command the reply answered: " + ", ".join(_STAGES)
                        + " (a reply to RCPT names the recipient, one to DATA the message)")
    c.add_argument("--json", action="store_true", help="print one JSON object per reply")


def run(args: argparse.Namespace) -> int:
    import re

    if args.text is None and args.status is None and args.code is None:
        die("give a reply line, '-', --status or --code")
    if args.status is not None and not re.fullmatch(_STATUS, args.status.strip()):
        die(f"--status {args.status!r}: not an enhanced status code (class 2, 4 or 5, e.g. 5.1.1)")
    if args.code is not None and not re.fullmatch(_CODE, args.code.strip()):
        die(f"--code {args.code!r}: not an SMTP reply code (2xx, 4xx or 5xx, e.g. 550)")
    reconfigure(sys.stdout)
    if args.text == "-":
        first = True
        for line in sys.stdin:
            line = line.rstrip("\r\n")
            if not line.strip():
                continue
            if not args.json and not first:
                sys.stdout.write("\n")
            first = False
            _print(args, line, echo=True)
        return 0
    _print(args, args.text)
    return 0


def _decide(args: argparse.Namespace, text: str | None) -> tuple[str | None, str | None, Classification | None]:
    from ..classify import classify
    from ..text import find_reply_code, find_status

    status = args.status.strip() if args.status else find_status(text)
    code = args.code.strip() if args.code else find_reply_code(text)
    if (code or "")[:1] == "2" or (status or "")[:1] == "2" and (code or "2")[:1] == "2":
        return status, code, None  # the server accepted: not a failure at all
    return status, code, classify(status=status, reply_code=code, diagnostic=text, smtp_command=args.stage)


def _print(args: argparse.Namespace, text: str | None, echo: bool = False) -> None:
    from ..advice import advice
    from ..model import Reason

    status, code, c = _decide(args, text)
    if args.json:
        out: dict[str, Any] = {"reply": text} if echo else {}
        if c is None:
            out.update({"failure": False, "reason": Reason.DELIVERED.value, "category": "delivered",
                        "severity": None, "status": status, "reply_code": code, "rule": "code.success",
                        "matched": None, "confidence": "high"})
        else:
            out.update({"failure": True, "reason": c.reason.value, "category": c.category.value,
                        "severity": c.severity.value if c.severity else None,
                        "status": status, "reply_code": code, "rule": c.rule, "matched": c.matched,
                        "confidence": c.confidence.value})
        import json

        print(json.dumps(out, ensure_ascii=False))
        return
    if echo:
        print(f"reply:    {visible(text or '')}")
    if c is None:
        print("result:   not a failure: the server accepted (a 2xx reply)")
        return
    print(f"reason:   {c.reason.value}")
    print(f"category: {c.category.value}")
    print(f"severity: {c.severity.value if c.severity else '-'}")
    print(f"rule:     {c.rule}" + (f' on "{visible(c.matched)}"' if c.matched else "")
          + (" (low confidence)" if c.confidence.value == "low" else ""))
    a = advice(c.reason, "en")
    print(f"advice:   {a.title}: {a.explanation} {a.next_step}")
