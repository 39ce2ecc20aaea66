"""Vendor rules: what a format's own fixed texts and codes mean, as data with ids.

A format's reader reports what the message says (``Draft.vendor_code``: e.g. an Amazon SES
``Permanent/NoEmail`` bounce type, a qmail ``#5.1.1`` note, a Japanese carrier's error word); the
classifier looks the code up here with ``find(parser, code)``. Rule ids are ``vendor.<format>.<id>``.
A rule marked ``generic`` names no cause of its own (a "permanent failure" class): words or a
specific status in the same record then decide, and the vendor rule is the fallback.
"""
from __future__ import annotations

import attrs

from ..model import Reason


@attrs.frozen(slots=True)
class VendorRule:
    id: str  # "vendor.<format>.<id>"
    reason: Reason
    generic: bool = False


# (format name, code as the reader reports it, lower-cased) -> rule
VENDOR_RULES: dict[tuple[str, str], VendorRule] = {}


def find(parser: str | None, code: str | None) -> VendorRule | None:
    """The vendor rule for a format's code, or None."""
    if not parser or not code:
        return None
    return VENDOR_RULES.get((parser, code.lower()))
