"""Classification: one failure's status, reply code and words to a reason, with the rule that decided."""
from __future__ import annotations

from .engine import classify, smtp_stage

__all__ = ["classify", "smtp_stage"]
