"""bouncekit: raw bounce messages in, typed per-recipient records out."""
from __future__ import annotations

from ._classify import classify
from ._core import parse
from ._mime import Headers
from ._model import (
    Action,
    Category,
    Classification,
    Kind,
    Reason,
    Record,
    Report,
    Severity,
)
from ._scan import scan

__version__ = "0.1.0"

__all__ = [
    "Action", "Category", "Classification", "Headers", "Kind", "Reason", "Record", "Report",
    "Severity", "classify", "parse", "scan", "__version__",
]
