"""What a reader returns: its drafts and, where it found one, the returned message's text.

A reader never writes into the message it reads. When it finds the original message quoted in the
text (after a marker line, from its first header line, in a bare part, or listed by a service), it
returns ``Drafts(drafts, original)``; core decides where the original's headers are read from: the
reader's text first, else the attached ``message/rfc822`` (or headers) part, else a copy quoted
after one of the usual marker lines.

Kept out of the compiled build (a native class cannot extend ``list``): readers build a ``Drafts``
only when they found an original.
"""
from __future__ import annotations

from collections.abc import Iterable

from ..mail import Draft


class Drafts(list[Draft]):
    """The drafts a reader read, and the returned message's text it found (or None)."""

    __slots__ = ("original",)

    def __init__(self, drafts: Iterable[Draft] = (), original: str | None = None) -> None:
        super().__init__(drafts)
        self.original = original


def with_original(drafts: list[Draft], original: str | None) -> list[Draft]:
    """``drafts`` with the original message's text a reader found; ``drafts`` itself without one."""
    return drafts if original is None else Drafts(drafts, original)


def original_of(drafts: list[Draft]) -> str | None:
    """The returned message's text the reader of ``drafts`` found, if it found one."""
    return drafts.original if isinstance(drafts, Drafts) else None
