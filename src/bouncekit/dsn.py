"""RFC 3464 field blocks: the per-message block and the per-recipient groups."""
from __future__ import annotations

from ._patterns import compile_pattern
from .mail import Draft
from .mime import Headers, decode_words
from .text import extract_address, iso_date, normalize_status, one_line, strip_type

RECIPIENT_FIELDS = ("final-recipient", "original-recipient", "x-actual-recipient")
# continuation lines kept per field (a Diagnostic-Code of 1,000 lines is already not a reply)
_MAX_FOLDS = 1000


def parse_field_groups(text: str) -> list[Headers]:
    """Blank-line separated blocks of ``Name: value`` lines; folded lines unfolded.

    Lenient: a recipient field also starts a new group when no blank line separates
    recipients, as some MTAs write them."""
    groups: list[Headers] = []
    items: list[tuple[str, str]] = []
    seen: set[str] = set()
    # continuation lines of the last field, joined once (appending to a string per line is
    # quadratic in a field folded into 100,000s of lines); at most _MAX_FOLDS of them are kept
    folds: list[str] = []

    def join_folds() -> None:
        if folds and items:
            n, v = items[-1]
            items[-1] = (n, " ".join([v, *folds]).strip())
        folds.clear()

    def close() -> None:
        nonlocal items, seen
        join_folds()
        if items:
            groups.append(Headers(items))
        items, seen = [], set()

    for line in text.split("\n"):
        if not line.strip():
            close()
            continue
        if line[0] in " \t":
            if items and len(folds) < _MAX_FOLDS:
                folds.append(line.strip())
            continue
        join_folds()
        # "Name: value" with a name of [A-Za-z][A-Za-z0-9-]*, read with str methods (every line comes here)
        field, colon, value = line.partition(":")
        field = field.rstrip(" \t")
        if not colon or not (field.isascii() and field[:1].isalpha() and field.replace("-", "").isalnum()):
            continue
        name = field.lower()
        if name in seen and name in ("final-recipient", "action", "status"):
            close()
        if name == "final-recipient" and "original-recipient" in seen and "final-recipient" in seen:
            close()
        seen.add(name)
        items.append((field, value.strip()))
    close()
    return groups


def split_diagnostic(value: str | None) -> tuple[str | None, str | None]:
    """``smtp; 550 5.1.1 unknown`` -> ("smtp", "550 5.1.1 unknown")."""
    if not value:
        return None, None
    v = one_line(value) or ""
    m = _TYPED_VALUE.match(v)
    if m:
        return m.group(1).lower(), (m.group(2).strip() or None)
    return None, v or None


_TYPED_VALUE = compile_pattern(r"^([A-Za-z][\w-]*)\s*;\s*(.*)$")
_STATUS_COMMENT = compile_pattern(r"^\s*[245]\.\d{1,3}\.\d{1,3}\s*\((.+)\)\s*$")


def status_comment(status: str | None) -> str | None:
    """The cause some MTAs write as a comment on the Status line: ``4.0.0 (host lookup failure)``."""
    m = _STATUS_COMMENT.search(status or "")
    return (m.group(1).strip() or None) if m else None


def is_recipient_group(group: Headers) -> bool:
    return any(f in group for f in RECIPIENT_FIELDS)


def drafts_from_groups(groups: list[Headers]) -> list[Draft]:
    """Per-recipient groups to drafts; the per-message group supplies Reporting-MTA and dates."""
    reporting = None
    arrival = None
    drafts: list[Draft] = []
    for g in groups:
        if not is_recipient_group(g):
            if "reporting-mta" in g:
                reporting = strip_type(g.get("reporting-mta"))
            if "arrival-date" in g:
                arrival = g.get("arrival-date")
            continue
        final = decode_words(g.get("final-recipient")) or g.get("x-actual-recipient")
        orig = decode_words(g.get("original-recipient"))
        rcpt = extract_address(final) or extract_address(orig)
        if rcpt is None:
            # an empty or unparsable Final-Recipient still names a failed delivery
            rcpt = None
        dtype, diag = split_diagnostic(g.get("diagnostic-code"))
        diag = diag or status_comment(g.get("status"))
        action = (g.get("action") or "").strip().lower().split()[0:1]
        drafts.append(Draft(
            recipient=rcpt,
            original_recipient=extract_address(orig),
            action=action[0].rstrip(".;") if action else None,
            status=normalize_status(g.get("status")),
            diagnostic=diag,
            diagnostic_type=dtype,
            remote_mta=strip_type(g.get("remote-mta")),
            reporting_mta=strip_type(g.get("reporting-mta")) or reporting,
            timestamp=iso_date(g.get("last-attempt-date") or arrival),
        ))
    return drafts
