"""Where messages come from: files, directories, Maildir, mbox (plain or gzip), streams; scan()."""
from __future__ import annotations

from .sources import iter_messages, scan

__all__ = ["is_url", "iter_messages", "scan"]


def is_url(text: str) -> bool:
    """Whether a source names an IMAP folder (``imap://``, ``imaps://``), told here so that a scan of
    paths never loads the IMAP client (imaplib and ssl: ~20 ms of start-up)."""
    return text.lower().startswith(("imap://", "imaps://"))
