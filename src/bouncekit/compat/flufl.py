"""flufl.bounce's interface, backed by bouncekit: Mailman-style code switches with one import.

    from bouncekit.compat.flufl import all_failures, scan_message   # was: from flufl.bounce import ...

``scan_message(msg)`` returns the permanently failing recipients as a ``frozenset`` of ``bytes``
addresses; ``all_failures(msg)`` returns ``(temporary, permanent)``, two such sets. As flufl.bounce
does, a recipient whose delivery *failed* (RFC 3464 ``Action: failed``, or a vendor text saying the
message could not be delivered) is permanent and one whose delivery is only *delayed* is temporary;
``soft_temporary=True`` moves failures of a soft cause (mailbox full, retry time exceeded, spam
filter...) to the temporary set. Complaints, auto-replies, success reports and ordinary mail give
empty sets. The address is the original recipient where the report gives one (the address the
list sent to), else the final recipient, encoded as UTF-8 (ASCII for every ASCII address).

flufl.bounce itself need not be installed.
"""
from __future__ import annotations

from ..core import MessageInput, parse
from ..model import Kind, Report, Severity

__all__ = ["NoFailures", "NoPermanentFailures", "NoTemporaryFailures", "Recipients", "all_failures",
           "scan_message"]

Recipients = frozenset[bytes]
NoTemporaryFailures: Recipients = frozenset()
NoPermanentFailures: Recipients = frozenset()
NoFailures: tuple[Recipients, Recipients] = (NoTemporaryFailures, NoPermanentFailures)


def scan_message(msg: MessageInput, *, soft_temporary: bool = False) -> Recipients:
    """The recipients the bounce reports as permanently failing (flufl.bounce's ``scan_message``)."""
    return all_failures(msg, soft_temporary=soft_temporary)[1]


def all_failures(msg: MessageInput, *, soft_temporary: bool = False) -> tuple[Recipients, Recipients]:
    """``(temporary, permanent)`` failing recipients (flufl.bounce's ``all_failures``)."""
    return failures_of(parse(msg), soft_temporary=soft_temporary)


def failures_of(report: Report, *, soft_temporary: bool = False) -> tuple[Recipients, Recipients]:
    """The two sets for a Report already decoded (e.g. one of ``bouncekit.scan``)."""
    temporary: set[bytes] = set()
    permanent: set[bytes] = set()
    for rec in report.records:
        address = rec.original_recipient or rec.recipient
        if not address:
            continue
        if rec.kind is Kind.DELAY:
            temporary.add(address.encode("utf-8", "replace"))
        elif rec.kind is Kind.BOUNCE:
            soft = soft_temporary and rec.severity is Severity.SOFT
            (temporary if soft else permanent).add(address.encode("utf-8", "replace"))
    return frozenset(temporary), frozenset(permanent)
