"""The reason of a sending service's webhook event: the service's own type where its rule table
names a cause, else the diagnostic the service passed on, read by ``classify``.

The webhook formats report what the event says (the type's rule row, the kind, the status, reply
code and diagnostic); this function alone decides, so that no format names a reason."""
from __future__ import annotations

from ..model import Classification, Confidence, Kind, Reason
from ..rules.webhooks import WebhookRule
from .engine import classify

# reasons a diagnostic may never give a failure record (they are kinds of their own)
_NOT_FAILURES = frozenset({Reason.DELIVERED, Reason.COMPLAINT, Reason.AUTO_REPLY})
_OWN_KINDS = frozenset({Kind.DELIVERED, Kind.COMPLAINT, Kind.AUTO_REPLY})


def classify_event(row: WebhookRule | None, kind: Kind, provider: str, provider_type: str | None, *,
                   status: str | None, reply_code: str | None, diagnostic: str | None,
                   diagnostic_type: str | None, recipient: str | None, remote_mta: str | None,
                   reporting_mta: str | None) -> Classification:
    """The classification of one event of ``provider`` whose type ``provider_type`` found ``row``
    (None: a type the table does not know) and gave ``kind``."""
    if row is not None and row.reason is not None and not row.generic:
        return Classification(row.reason, row.id, provider_type, Confidence.HIGH)
    if kind in _OWN_KINDS:
        reason = row.reason if row is not None and row.reason is not None else Reason(kind.value)
        return Classification(reason, row.id if row is not None else f"webhook.{provider}.{kind.value}",
                              provider_type, Confidence.HIGH)
    found = classify(status, reply_code, diagnostic, remote_mta=remote_mta, reporting_mta=reporting_mta,
                     action="delayed" if kind is Kind.DELAY else "failed",
                     diagnostic_type=diagnostic_type, recipient=recipient)
    if found.reason in _NOT_FAILURES:
        found = Classification(Reason.UNKNOWN, "none", None, Confidence.LOW)
    if row is None or row.reason is None:
        return found
    if found.confidence is Confidence.HIGH:
        return found  # the words or a specific code name the cause the service's type leaves open
    if row.reason is Reason.UNKNOWN and found.reason is not Reason.UNKNOWN:
        return found  # a weak reading still says more than "unknown"
    return Classification(row.reason, row.id, provider_type, Confidence.LOW)
