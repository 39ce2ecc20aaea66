"""The ``bouncekit`` command."""
from __future__ import annotations

from .main import entry, main

__all__ = ["entry", "main"]
