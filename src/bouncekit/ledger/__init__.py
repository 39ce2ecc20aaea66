"""The bounce ledger: events and suppression state per address (SQLite or PostgreSQL).

``Ledger(path_or_url)`` stores bounce, delivery and complaint events (idempotent: the same bounce
ingested twice counts once), applies a ``bouncekit.Policy`` to them and answers the support
questions: ``status``, ``history``, ``resume_check``, ``resume``. See docs/ledger.md."""
from __future__ import annotations

from ..policy import AddressState, Event, EventKind, Verdict
from .backend import SCHEMA_VERSION
from .errors import (
    InvalidAddress,
    LedgerError,
    LedgerLocked,
    LedgerUnavailable,
    ResumeRefused,
    SchemaTooNew,
    UnknownAddress,
)
from .store import (
    DEFAULT_DB,
    STREAMS,
    IngestResult,
    Ledger,
    Stats,
    Status,
    Summary,
    normalize_address,
    read_list,
)

__all__ = [
    "DEFAULT_DB", "SCHEMA_VERSION", "STREAMS", "AddressState", "Event", "EventKind", "IngestResult",
    "InvalidAddress", "Ledger", "LedgerError", "LedgerLocked", "LedgerUnavailable", "ResumeRefused",
    "SchemaTooNew", "Stats", "Status", "Summary", "UnknownAddress", "Verdict", "normalize_address", "read_list",
]
