"""Result types: enums of the taxonomy and the frozen per-recipient / per-message records."""
from __future__ import annotations

import enum
import json
import operator
from collections.abc import Callable, Mapping
from typing import Any

import attrs


class ValueEnum(str, enum.Enum):
    """The base of the closed vocabularies: a member prints as its value (``str(Reason.BLOCKED)`` is
    ``"blocked"``)."""

    def __str__(self) -> str:
        return self.value


class Kind(ValueEnum):
    BOUNCE = "bounce"
    DELAY = "delay"
    DELIVERED = "delivered"
    AUTO_REPLY = "auto_reply"
    COMPLAINT = "complaint"
    # a sending service did not send because the address is on its suppression list (webhooks)
    SUPPRESSED = "suppressed"
    NOT_BOUNCE = "not_bounce"
    ERROR = "error"


class Action(ValueEnum):
    FAILED = "failed"
    DELAYED = "delayed"
    DELIVERED = "delivered"
    RELAYED = "relayed"
    EXPANDED = "expanded"


class Category(ValueEnum):
    NONEXISTENT_ADDRESS = "nonexistent_address"
    NONEXISTENT_DOMAIN = "nonexistent_domain"
    BLOCKED_SENDER = "blocked_sender"
    SERVER_REJECTION = "server_rejection"
    MAILBOX_FULL = "mailbox_full"
    TEMPORARY_SERVER = "temporary_server"
    MESSAGE_TOO_LARGE = "message_too_large"
    SPAM_FILTER = "spam_filter"
    DNS_ISSUE = "dns_issue"
    UNKNOWN = "unknown"
    DELIVERED = "delivered"
    AUTO_REPLY = "auto_reply"
    COMPLAINT = "complaint"


class Severity(ValueEnum):
    HARD = "hard"
    SOFT = "soft"


class Confidence(ValueEnum):
    """How firmly a reason rests on its evidence (records.md ``confidence``)."""

    HIGH = "high"
    LOW = "low"


class Reason(ValueEnum):
    USER_UNKNOWN = "user_unknown"
    HAS_MOVED = "has_moved"
    MAILBOX_DISABLED = "mailbox_disabled"
    HOST_UNKNOWN = "host_unknown"
    NOT_ACCEPT = "not_accept"
    SENDER_REJECTED = "sender_rejected"
    BLOCKED = "blocked"
    BAD_REPUTATION = "bad_reputation"
    REQUIRE_PTR = "require_ptr"
    AUTH_FAILURE = "auth_failure"
    POLICY_VIOLATION = "policy_violation"
    SECURITY_ERROR = "security_error"
    FAILED_STARTTLS = "failed_starttls"
    NO_RELAYING = "no_relaying"
    SYNTAX_ERROR = "syntax_error"
    NOT_COMPLIANT_RFC = "not_compliant_rfc"
    MAILER_ERROR = "mailer_error"
    SUPPRESSED = "suppressed"
    MAILBOX_FULL = "mailbox_full"
    SYSTEM_FULL = "system_full"
    SYSTEM_ERROR = "system_error"
    TOO_MANY_CONNECTIONS = "too_many_connections"
    RATE_LIMITED = "rate_limited"
    EXPIRED = "expired"
    MESSAGE_TOO_LARGE = "message_too_large"
    EXCEED_LIMIT = "exceed_limit"
    SPAM_DETECTED = "spam_detected"
    FILTERED = "filtered"
    CONTENT_ERROR = "content_error"
    VIRUS_DETECTED = "virus_detected"
    DNS_ERROR = "dns_error"
    NETWORK_ERROR = "network_error"
    UNKNOWN = "unknown"
    DELIVERED = "delivered"
    AUTO_REPLY = "auto_reply"
    COMPLAINT = "complaint"

    @property
    def category(self) -> Category:
        return REASON_CATEGORY[self]

    @property
    def severity(self) -> Severity | None:
        return CATEGORY_SEVERITY[REASON_CATEGORY[self]]


_C = Category
# taxonomy.md: category follows from reason; severity follows from category.
REASON_CATEGORY: Mapping[Reason, Category] = {
    Reason.USER_UNKNOWN: _C.NONEXISTENT_ADDRESS,
    Reason.HAS_MOVED: _C.NONEXISTENT_ADDRESS,
    Reason.MAILBOX_DISABLED: _C.NONEXISTENT_ADDRESS,
    Reason.HOST_UNKNOWN: _C.NONEXISTENT_DOMAIN,
    Reason.NOT_ACCEPT: _C.NONEXISTENT_DOMAIN,
    Reason.SENDER_REJECTED: _C.BLOCKED_SENDER,
    Reason.BLOCKED: _C.BLOCKED_SENDER,
    Reason.BAD_REPUTATION: _C.BLOCKED_SENDER,
    Reason.REQUIRE_PTR: _C.BLOCKED_SENDER,
    Reason.AUTH_FAILURE: _C.SERVER_REJECTION,
    Reason.POLICY_VIOLATION: _C.SERVER_REJECTION,
    Reason.SECURITY_ERROR: _C.SERVER_REJECTION,
    Reason.FAILED_STARTTLS: _C.SERVER_REJECTION,
    Reason.NO_RELAYING: _C.SERVER_REJECTION,
    Reason.SYNTAX_ERROR: _C.SERVER_REJECTION,
    Reason.NOT_COMPLIANT_RFC: _C.SERVER_REJECTION,
    Reason.MAILER_ERROR: _C.SERVER_REJECTION,
    Reason.SUPPRESSED: _C.SERVER_REJECTION,
    Reason.MAILBOX_FULL: _C.MAILBOX_FULL,
    Reason.SYSTEM_FULL: _C.TEMPORARY_SERVER,
    Reason.SYSTEM_ERROR: _C.TEMPORARY_SERVER,
    Reason.TOO_MANY_CONNECTIONS: _C.TEMPORARY_SERVER,
    Reason.RATE_LIMITED: _C.TEMPORARY_SERVER,
    Reason.EXPIRED: _C.TEMPORARY_SERVER,
    Reason.MESSAGE_TOO_LARGE: _C.MESSAGE_TOO_LARGE,
    Reason.EXCEED_LIMIT: _C.MESSAGE_TOO_LARGE,
    Reason.SPAM_DETECTED: _C.SPAM_FILTER,
    Reason.FILTERED: _C.SPAM_FILTER,
    Reason.CONTENT_ERROR: _C.SPAM_FILTER,
    Reason.VIRUS_DETECTED: _C.SPAM_FILTER,
    Reason.DNS_ERROR: _C.DNS_ISSUE,
    Reason.NETWORK_ERROR: _C.DNS_ISSUE,
    Reason.UNKNOWN: _C.UNKNOWN,
    Reason.DELIVERED: _C.DELIVERED,
    Reason.AUTO_REPLY: _C.AUTO_REPLY,
    Reason.COMPLAINT: _C.COMPLAINT,
}

CATEGORY_SEVERITY: Mapping[Category, Severity | None] = {
    _C.NONEXISTENT_ADDRESS: Severity.HARD,
    _C.NONEXISTENT_DOMAIN: Severity.HARD,
    _C.BLOCKED_SENDER: Severity.HARD,
    _C.SERVER_REJECTION: Severity.HARD,
    _C.MAILBOX_FULL: Severity.SOFT,
    _C.TEMPORARY_SERVER: Severity.SOFT,
    _C.MESSAGE_TOO_LARGE: Severity.SOFT,
    _C.SPAM_FILTER: Severity.SOFT,
    _C.DNS_ISSUE: Severity.SOFT,
    _C.UNKNOWN: Severity.SOFT,
    _C.DELIVERED: None,
    _C.AUTO_REPLY: None,
    _C.COMPLAINT: None,
}


@attrs.frozen(slots=True)
class Classification:
    """What the classifier concluded and why: the rule that fired and the text it matched."""

    reason: Reason
    rule: str
    matched: str | None = None
    confidence: Confidence = Confidence.HIGH

    @property
    def category(self) -> Category:
        return REASON_CATEGORY[self.reason]

    @property
    def severity(self) -> Severity | None:
        return CATEGORY_SEVERITY[REASON_CATEGORY[self.reason]]


@attrs.frozen(slots=True)
class Record:
    """One recipient of one report: the JSON line of records.md."""

    source: str
    kind: Kind
    recipient: str | None = None
    original_recipient: str | None = None
    action: Action | None = None
    status: str | None = None
    reply_code: str | None = None
    reason: Reason | None = None
    category: Category | None = None
    severity: Severity | None = None
    diagnostic: str | None = None
    diagnostic_type: str | None = None
    remote_mta: str | None = None
    reporting_mta: str | None = None
    smtp_command: str | None = None
    parser: str = "none"
    timestamp: str | None = None
    sender: str | None = None
    message_id: str | None = None
    subject: str | None = None
    feedback_type: str | None = None
    provider_type: str | None = None
    rule: str | None = None
    matched: str | None = None
    confidence: Confidence | None = None
    error: str | None = None
    explanation: Classification | None = attrs.field(default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        """The records.md JSON object: enums as strings, absent values as None."""
        out: dict[str, Any] = dict(zip(RECORD_FIELDS, _record_values(self)))
        for name in _ENUM_FIELDS:
            value = out[name]
            if value is not None:
                out[name] = value.value
        return out

    def to_json(self) -> str:
        """The records.md JSON line, without its newline (``json.dumps(to_dict(), ensure_ascii=False)``)."""
        try:
            # each value encoded alone (None and enum members looked up, a plain string encoded
            # without being hashed for the lookup), then put in one template
            return _JSON_TEMPLATE % tuple([_json_string(v) if type(v) is str else _json_constant(v) or _json_string(v)
                                           for v in _record_values(self)])
        except TypeError:  # a value that is not a string, None or an enum member: the general encoder
            return _encode_json(self.to_dict())


RECORD_FIELDS: tuple[str, ...] = tuple(
    a.name for a in attrs.fields(Record) if a.name != "explanation"
)
# the fields holding enums, written as their string values
_ENUM_FIELDS: tuple[str, ...] = ("kind", "action", "reason", "category", "severity", "confidence")
_record_values: Callable[[Record], tuple[Any, ...]] = operator.attrgetter(*RECORD_FIELDS)
# one encoder for every line: json.dumps builds a new one per call when given options
_encode_json: Callable[[Any], str] = json.JSONEncoder(ensure_ascii=False).encode
_json_string: Callable[[str], str] = json.encoder.encode_basestring  # what that encoder uses for strings
_JSON_TEMPLATE = "{" + ", ".join(_json_string(name) + ": %s" for name in RECORD_FIELDS) + "}"
_JSON_CONSTANTS: dict[object, str] = {None: "null", **{
    member: _json_string(member.value) for kind in (Kind, Action, Reason, Category, Severity, Confidence) for member in kind}}
_json_constant = _JSON_CONSTANTS.get


@attrs.frozen(slots=True)
class Report:
    """One message: its kind, its per-recipient records and the returned original's headers."""

    source: str
    kind: Kind
    records: tuple[Record, ...]
    parser: str
    original_headers: Mapping[str, str] = attrs.field(factory=dict)
    error: str | None = None

    @property
    def original_message_id(self) -> str | None:
        return self.records[0].message_id if self.records else None

    def to_dicts(self) -> list[dict[str, Any]]:
        return [r.to_dict() for r in self.records]
