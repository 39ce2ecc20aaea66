"""Would flufl.bounce help as a last-resort recipient finder? (issue 3)

Runs bouncekit over a labelled corpus, takes the files where it finds no failed recipient
(kind not_bounce, or bounce/delay records without a recipient), runs flufl.bounce's
``all_failures`` (permanent and temporary) on them, and counts the addresses it returns
against the labels: right (a labelled recipient), wrong (any other address), and what the
corpus "recipient" figure would become with that fallback.

flufl.bounce is NOT a dependency of bouncekit; install it only for this measurement:
    .venv/bin/pip install flufl.bounce
Usage (from the repo root, with ../shared beside it):
    .venv/bin/python benchmarks/flufl_fallback_eval.py [MAILDIR] [LABELS]
"""
from __future__ import annotations

import email
import email.policy
import json
import sys
import warnings
from pathlib import Path

import bouncekit

try:
    from flufl.bounce import all_failures
except ImportError:  # pragma: no cover - a measurement tool, not part of the library
    sys.exit("flufl.bounce is not installed: .venv/bin/pip install flufl.bounce")

FAILURE_KINDS = {"bounce", "delay"}
# labels of other report kinds (complaints, success DSNs, auto-replies) are not failures to find
OTHER_REASONS = {"feedback", "delivered", "vacation"}


def labelled_failure(lab: dict) -> bool:
    if lab.get("kind"):
        return lab["kind"] in FAILURE_KINDS
    reasons = {r.get("sisimai_reason") for r in lab["records"]}
    return bool(lab["records"]) and not reasons <= OTHER_REASONS


def norm(addr: object) -> str:
    if isinstance(addr, bytes):
        addr = addr.decode("utf-8", "replace")
    return str(addr).strip().strip("<>").lower()


def flufl_addresses(raw: bytes) -> set[str]:
    msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            permanent, temporary = all_failures(msg)
    except Exception:  # flufl's detectors may trip over odd messages
        return set()
    return {norm(a) for a in set(permanent) | set(temporary) if a}


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    maildir = Path(args[0] if args else "../shared/corpus/sisimai/maildir")
    labels = json.loads(Path(args[1] if len(args) > 1 else "../shared/corpus/sisimai/labels.json").read_text())
    candidates = 0
    right = wrong = found_files = 0
    base_hits = total = 0
    fallback_hits = 0
    details = []
    for name, lab in sorted(labels.items()):
        path = maildir / name
        if not path.exists() or not labelled_failure(lab):
            continue
        want = {norm(r["recipient"]) for r in lab["records"] if r.get("recipient")}
        checked = lab.get("recipient_checked", True)
        raw = path.read_bytes()
        report = bouncekit.parse(raw, source=name)
        got = {norm(r.recipient) for r in report.records if r.kind.value in FAILURE_KINDS and r.recipient}
        if checked and want:
            total += len(want)
            base_hits += len(want & got)
        if got:
            if checked and want:
                fallback_hits += len(want & got)
            continue
        candidates += 1
        extra = flufl_addresses(raw)
        if extra:
            found_files += 1
        good = extra & want if checked else set()
        bad = extra - want if checked else set()
        right += len(good)
        wrong += len(bad)
        if checked and want:
            fallback_hits += len(good)
        details.append((name, report.kind.value, sorted(want), sorted(extra)))
    print(f"labelled bounces without a failed recipient from bouncekit: {candidates}")
    print(f"  flufl.bounce named addresses in {found_files} of them")
    print(f"  addresses right (labelled recipients): {right}")
    print(f"  addresses wrong (not labelled):        {wrong}")
    print(f"recipient figure without fallback: {base_hits}/{total} = {100.0 * base_hits / max(total, 1):.1f}%")
    print(f"recipient figure with fallback:    {fallback_hits}/{total} = {100.0 * fallback_hits / max(total, 1):.1f}%")
    if "--all" in sys.argv:
        _standalone(maildir, labels)
    for name, kind, want, extra in details:
        print(f"  {name:32} {kind:10} want={want} flufl={extra}")


def _standalone(maildir: Path, labels: dict) -> None:
    """For scale (``--all``): flufl.bounce alone on every labelled bounce."""
    right = wrong = total = 0
    for name, lab in sorted(labels.items()):
        path = maildir / name
        if not path.exists() or not labelled_failure(lab) or not lab.get("recipient_checked", True):
            continue
        want = {norm(r["recipient"]) for r in lab["records"] if r.get("recipient")}
        found = flufl_addresses(path.read_bytes())
        total += len(want)
        right += len(found & want)
        wrong += len(found - want)
    print(f"flufl.bounce alone on all labelled bounces: {right}/{total} right, {wrong} wrong addresses")


if __name__ == "__main__":
    main()
