"""bouncekit: raw bounce messages in, typed per-recipient records out."""
from __future__ import annotations

from .classify import classify
from .core import parse
from .intake.sources import scan
from .mime import Headers
from .model import (
    Action,
    Category,
    Classification,
    Kind,
    Reason,
    Record,
    Report,
    Severity,
)

__version__ = "0.1.0"

__all__ = [
    "Action", "Category", "Classification", "Headers", "Kind", "Reason", "Record", "Report",
    "Severity", "classify", "parse", "scan", "__version__",
]
