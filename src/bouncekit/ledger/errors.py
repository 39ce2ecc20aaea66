"""The ledger's errors: each one line a person can act on (the CLI prints it and exits 2)."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from ..policy import Verdict
    from .store import IngestResult


class LedgerError(Exception):
    """Anything the ledger refuses or cannot do; ``str()`` is one clear line.

    Raised by ``Ledger.add``/``ingest`` part-way, ``partial`` is what the batches before the
    failing one committed (each batch is one transaction: written whole or not at all)."""

    partial: IngestResult | None = None


class LedgerUnavailable(LedgerError):
    """The database cannot be opened or reached."""


class LedgerLocked(LedgerError):
    """Another process held the database for longer than the timeout."""


class SchemaTooNew(LedgerError):
    """The database was written by a newer bouncekit."""


class InvalidAddress(LedgerError, ValueError):
    """Not an e-mail address."""


class UnknownAddress(LedgerError, KeyError):
    """The ledger has no event for the address."""

    def __str__(self) -> str:  # KeyError would quote the message
        return str(self.args[0]) if self.args else "unknown address"


class ResumeRefused(LedgerError):
    """The resume check refused and the resume was not forced."""

    def __init__(self, verdict: Verdict) -> None:
        super().__init__(f"resume refused for {verdict.address}: " + "; ".join(verdict.reasons)
                         + " (force it only after checking: --force)")
        self.verdict = verdict
