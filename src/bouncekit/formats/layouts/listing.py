"""The listing layout: a notice that lists the failed addresses one a line after a heading, then
gives the reason after a second heading (Lotus Domino's "was not delivered to:" / "because:",
BIGLOBE's "The following addresses had delivery problems" / "Non-delivered information")."""
from __future__ import annotations

import re

import attrs

from ...mail import Draft, Mail
from ...text import Labels
from ..readers import join_lines, listed_addresses, section


@attrs.frozen
class Listing:
    """Where a listing notice puts its parts: the heading of the address list, the heading of the
    reason (which ends the list), what ends the reason, and the vendor's fixed sentences with the
    cause each names."""

    addresses: re.Pattern[str]
    reason: re.Pattern[str]
    end: re.Pattern[str]
    fixed: Labels = Labels()

    def read(self, text: str) -> tuple[list[str], str | None]:
        """The listed addresses and the reason, as one line."""
        listed = section(text, self.addresses, self.reason) or ""
        reason = section(text, self.reason, self.end)
        return [a for a, _ in listed_addresses(listed)], join_lines(reason.split("\n")) if reason else None

    def drafts(self, mail: Mail) -> list[Draft]:
        """The reader of a listing format: a failed draft per listed address, with the reason and
        the cause a fixed sentence names."""
        addresses, reason = self.read(mail.flat)
        code, words = self.fixed.cause(reason) or (None, None)
        return [Draft(recipient=a, diagnostic=reason, action="failed", vendor_code=code, vendor_text=words)
                for a in addresses]
