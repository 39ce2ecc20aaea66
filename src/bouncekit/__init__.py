"""bouncekit: raw bounce messages in, typed per-recipient records out.

The public names are imported lazily: ``import bouncekit`` does no work until a name is used,
so the command line and embedding services start quickly. Add a public name by adding one line
to ``_EXPORTS`` (and, for type checkers, to the ``TYPE_CHECKING`` block)."""
from __future__ import annotations

import importlib
import sys
import types

# typing.TYPE_CHECKING, without importing typing at run time (a quicker start)
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

__version__ = "0.2.0"

# public name -> module that defines it (relative to this package)
_EXPORTS: dict[str, str] = {
    # records and vocabularies
    "Action": ".model",
    "Category": ".model",
    "Classification": ".model",
    "Confidence": ".model",
    "Kind": ".model",
    "Reason": ".model",
    "Record": ".model",
    "Report": ".model",
    "Severity": ".model",
    "Headers": ".mime",
    # decoding
    "parse": ".core",
    "classify": ".classify",
    "scan": ".intake.sources",
    # webhook JSON of sending services, and their signature checks
    "parse_json": ".formats.webhooks",
    "sns_certificate_url_ok": ".formats.webhooks.signatures",
    "verify_mailgun_signature": ".formats.webhooks.signatures",
    "verify_sendgrid_signature": ".formats.webhooks.signatures",
    "verify_sns_signature": ".formats.webhooks.signatures",
    # person-facing advice per reason, in several languages
    "Advice": ".advice",
    "advice": ".advice",
    # suppression policy (pure)
    "Policy": ".policy",
    "PolicyAction": ".policy",
    "Decision": ".policy",
    "Verdict": ".policy",
    "decide": ".policy",
    "action_for": ".policy",
    "stops_automatically": ".policy",
    # the bounce ledger (SQLite / PostgreSQL)
    "Ledger": ".ledger",
}

if TYPE_CHECKING:  # pragma: no cover
    # the public names, re-exported for type checkers (`name as name`: an explicit re-export)
    from .advice import Advice as Advice
    from .advice import advice as advice
    from .classify import classify as classify
    from .core import parse as parse
    from .formats.webhooks import parse_json as parse_json
    from .formats.webhooks.signatures import sns_certificate_url_ok as sns_certificate_url_ok
    from .formats.webhooks.signatures import verify_mailgun_signature as verify_mailgun_signature
    from .formats.webhooks.signatures import verify_sendgrid_signature as verify_sendgrid_signature
    from .formats.webhooks.signatures import verify_sns_signature as verify_sns_signature
    from .intake.sources import scan as scan
    from .ledger import Ledger as Ledger
    from .mime import Headers as Headers
    from .model import Action as Action
    from .model import Category as Category
    from .model import Classification as Classification
    from .model import Confidence as Confidence
    from .model import Kind as Kind
    from .model import Reason as Reason
    from .model import Record as Record
    from .model import Report as Report
    from .model import Severity as Severity
    from .policy import Decision as Decision
    from .policy import Policy as Policy
    from .policy import PolicyAction as PolicyAction
    from .policy import Verdict as Verdict
    from .policy import action_for as action_for
    from .policy import decide as decide
    from .policy import stops_automatically as stops_automatically

__all__ = sorted(_EXPORTS) + ["__version__"]


class _Package(types.ModuleType):
    """Keeps a public function whose name is also a subpackage (``classify``, ``advice``):
    importing the subpackage must not replace the function on the package."""

    def __setattr__(self, name: str, value: Any) -> None:
        if isinstance(value, types.ModuleType) and name in _EXPORTS:
            return  # the submodule stays reachable through sys.modules and `import`
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'bouncekit' has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value  # later lookups skip __getattr__
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))
