"""RFC 3463 enhanced status codes as rules: what each code means, and how much it says.

A *specific* code names one cause (``x.1.1`` bad destination mailbox, ``x.2.2`` mailbox full,
``x.7.26`` DMARC/multiple authentication failure): it outweighs broad words ("policy", "try again",
"access denied") that servers add to many refusals, but not words naming a cause of their own.
A *generic* code (``x.0.0``, ``x.7.1``, ``x.5.0``, ``x.3.0``, ``4.7.0``, a subject alone) decides
only when no words are recognised (taxonomy.md, Decision 2). Rule ids are ``status.<code>`` as the
record quotes it; lookups go ``class.subject.detail``, then ``subject.detail``, then ``subject``.

Sources: RFC 3463, RFC 4954 (x.7.8, x.7.9, x.7.11), RFC 5248 (registry), RFC 7372 (x.7.20-x.7.26),
RFC 7505 (x.1.10, x.7.27), RFC 8689 (x.7.30), and Microsoft's documented extended details
(x.1.351, x.7.5xx, x.7.6xx, x.7.7xx) that other services copy.
"""
from __future__ import annotations

from ..model import Reason

R = Reason

# "subject.detail" -> reason, for codes that name one cause
SPECIFIC: dict[str, Reason] = {
    "1.1": R.USER_UNKNOWN,        # bad destination mailbox address
    "1.2": R.HOST_UNKNOWN,        # bad destination system address
    "1.3": R.USER_UNKNOWN,        # bad destination mailbox address syntax
    "1.4": R.USER_UNKNOWN,        # destination mailbox address ambiguous
    "1.6": R.HAS_MOVED,           # destination mailbox has moved, no forwarding address
    "1.7": R.SENDER_REJECTED,     # bad sender's mailbox address syntax
    "1.8": R.SENDER_REJECTED,     # bad sender's system address
    "1.351": R.USER_UNKNOWN,      # Microsoft: recipient not found (remote server)
    "2.2": R.MAILBOX_FULL,        # mailbox full
    "3.4": R.MESSAGE_TOO_LARGE,   # message too big for system
    "4.6": R.NETWORK_ERROR,       # routing loop detected
    "5.3": R.TOO_MANY_CONNECTIONS,  # too many recipients
    "7.11": R.FAILED_STARTTLS,    # encryption required for requested authentication mechanism
    "7.20": R.AUTH_FAILURE,       # no passing DKIM signature found
    "7.21": R.AUTH_FAILURE,       # no acceptable DKIM signature found
    "7.22": R.AUTH_FAILURE,       # no valid author-matched DKIM signature found
    "7.23": R.AUTH_FAILURE,       # SPF validation failed
    "7.24": R.AUTH_FAILURE,       # SPF validation error
    "7.25": R.REQUIRE_PTR,        # reverse DNS validation failed
    "7.26": R.AUTH_FAILURE,       # multiple authentication checks failed
    "7.27": R.SENDER_REJECTED,    # sender address has null MX
    "7.30": R.FAILED_STARTTLS,    # REQUIRETLS support required
    "7.509": R.AUTH_FAILURE, "7.510": R.AUTH_FAILURE, "7.515": R.AUTH_FAILURE,  # Microsoft DMARC
    "7.606": R.BLOCKED, "7.705": R.BLOCKED, "7.708": R.BLOCKED, "7.750": R.BLOCKED,  # Microsoft IP blocks
}

# "class.subject.detail" -> reason, where the class changes the meaning
GENERIC_EXACT: dict[str, Reason] = {
    "4.1.2": R.HOST_UNKNOWN, "4.4.3": R.DNS_ERROR, "4.4.4": R.NETWORK_ERROR, "5.4.4": R.HOST_UNKNOWN,
    "4.4.5": R.TOO_MANY_CONNECTIONS, "4.2.1": R.RATE_LIMITED, "4.3.2": R.TOO_MANY_CONNECTIONS,
    "4.7.0": R.BLOCKED,
}

# "subject.detail" -> reason, for codes that say less than the words may
GENERIC: dict[str, Reason] = {
    "1.0": R.USER_UNKNOWN, "1.5": R.USER_UNKNOWN, "1.9": R.SYSTEM_ERROR, "1.10": R.NOT_ACCEPT,
    "2.0": R.FILTERED, "2.1": R.MAILBOX_DISABLED, "2.3": R.EXCEED_LIMIT, "2.4": R.SYSTEM_ERROR,
    "3.0": R.SYSTEM_ERROR, "3.1": R.SYSTEM_FULL, "3.2": R.SYSTEM_ERROR, "3.3": R.SYSTEM_ERROR,
    "3.5": R.SYSTEM_ERROR,
    "4.0": R.NETWORK_ERROR, "4.1": R.NETWORK_ERROR, "4.2": R.NETWORK_ERROR, "4.3": R.DNS_ERROR,
    "4.4": R.NETWORK_ERROR, "4.5": R.TOO_MANY_CONNECTIONS, "4.7": R.EXPIRED,
    "5.0": R.SYNTAX_ERROR, "5.1": R.SYNTAX_ERROR, "5.2": R.SYNTAX_ERROR, "5.4": R.SYNTAX_ERROR,
    "5.5": R.SYNTAX_ERROR, "5.6": R.SYNTAX_ERROR,
    "6.0": R.CONTENT_ERROR, "6.1": R.CONTENT_ERROR, "6.2": R.CONTENT_ERROR, "6.3": R.CONTENT_ERROR,
    "6.4": R.CONTENT_ERROR, "6.5": R.CONTENT_ERROR,
    "7.0": R.POLICY_VIOLATION, "7.1": R.POLICY_VIOLATION, "7.2": R.POLICY_VIOLATION,
    "7.3": R.SECURITY_ERROR, "7.4": R.SECURITY_ERROR, "7.5": R.SECURITY_ERROR, "7.6": R.SECURITY_ERROR,
    "7.7": R.SECURITY_ERROR, "7.8": R.SECURITY_ERROR, "7.9": R.SECURITY_ERROR, "7.10": R.FAILED_STARTTLS, "7.12": R.SECURITY_ERROR,
    "7.13": R.MAILBOX_DISABLED, "7.14": R.SECURITY_ERROR, "7.15": R.SECURITY_ERROR,
    "7.16": R.SECURITY_ERROR, "7.17": R.MAILBOX_DISABLED, "7.18": R.MAILBOX_DISABLED,
    "7.19": R.SECURITY_ERROR, "7.28": R.RATE_LIMITED, "7.29": R.AUTH_FAILURE,
}

# subject alone -> reason, when the detail is unknown
SUBJECT: dict[str, Reason] = {
    "1": R.USER_UNKNOWN, "3": R.SYSTEM_ERROR, "4": R.NETWORK_ERROR, "5": R.SYNTAX_ERROR,
    "6": R.CONTENT_ERROR, "7": R.POLICY_VIOLATION,
}

# details whose codes say nothing of the cause: a rule resting on them is low confidence
GENERIC_DETAILS = frozenset({"0.0", "1.0", "2.0", "3.0", "4.0", "5.0", "6.0", "7.0", "7.1"})


def specific(status: str | None) -> Reason | None:
    """The cause a specific status code names, else None."""
    if not status or len(status) < 5:
        return None
    return SPECIFIC.get(status[2:])


def generic(status: str | None) -> Reason | None:
    """What a status code means when no words are recognised (Decision 2)."""
    if not status:
        return None
    found = SPECIFIC.get(status[2:]) or GENERIC_EXACT.get(status) or GENERIC.get(status[2:])
    if found is not None:
        return found
    parts = status.split(".")
    if len(parts) != 3:
        return None
    if parts[1:] == ["0", "0"]:
        return R.UNKNOWN
    if parts[2] != "0":
        return SUBJECT.get(parts[1])
    return None
