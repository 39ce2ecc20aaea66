"""Where messages come from: files, directories, Maildir, mbox (plain or gzip), streams; scan()."""
from __future__ import annotations

from .sources import iter_messages, scan

__all__ = ["iter_messages", "scan"]
