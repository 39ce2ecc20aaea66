"""Classification as data: status-code table, reply-code hints and ordered phrase rules.

Order of evidence (first that speaks wins):
  1. an explicit signal of the vendor format (``hint``);
  2. a provider rule keyed by the remote or reporting host's domain;
  3. a phrase rule on the diagnostic text;
  4. the enhanced status code;
  5. the SMTP reply code;
  6. otherwise ``unknown`` (soft).
Every result names the rule that fired and the text it matched.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from ._model import Classification, Reason

R = Reason


class PhraseRule(NamedTuple):
    name: str
    reason: Reason
    pattern: re.Pattern[str]


def _p(name: str, reason: Reason, regex: str) -> PhraseRule:
    return PhraseRule(name, reason, re.compile(regex, re.I))


# Ordered: the first rule whose pattern matches the diagnostic wins.
PHRASE_RULES: tuple[PhraseRule, ...] = (
    _p("mailbox_full.quota", R.MAILBOX_FULL, r"mailbox (?:is )?full|over ?quota|quota exceeded|exceeded (?:the )?(?:storage|quota)|insufficient (?:disk )?space|mailbox size limit"),
    _p("user_unknown.no_such_user", R.USER_UNKNOWN, r"user unknown|unknown user|no such (?:user|mailbox|recipient|address)|does not exist|address rejected|recipient not found|invalid recipient|mailbox unavailable|user not found|unknown recipient"),
    _p("host_unknown.domain", R.HOST_UNKNOWN, r"host (?:or domain name )?not found|domain (?:not found|does not exist)|unrouteable address|no mx"),
    _p("expired.timeout", R.EXPIRED, r"retry time(?:out)? (?:exceeded|not reached)|timeout exceeded|delivery time expired|could not be delivered (?:within|for)"),
    _p("blocked.rbl", R.BLOCKED, r"blocked using|blacklisted|blocklisted|client host .* blocked|listed (?:in|at|on)"),
    _p("no_relaying.relay", R.NO_RELAYING, r"relay(?:ing)? (?:access )?denied|not permitted to relay|unable to relay"),
    _p("message_too_large.size", R.MESSAGE_TOO_LARGE, r"message (?:is )?too (?:big|large)|exceeds (?:the )?(?:maximum )?(?:message )?size"),
    _p("spam_detected.spam", R.SPAM_DETECTED, r"\bspam\b"),
)

# RFC 3463 status codes, by "class.subject.detail" and then by "subject.detail".
STATUS_TABLE: dict[str, Reason] = {
    "1.1": R.USER_UNKNOWN, "1.0": R.USER_UNKNOWN, "1.2": R.HOST_UNKNOWN, "1.3": R.USER_UNKNOWN,
    "1.4": R.USER_UNKNOWN, "1.5": R.USER_UNKNOWN, "1.6": R.HAS_MOVED, "1.7": R.SENDER_REJECTED,
    "1.8": R.SENDER_REJECTED, "1.10": R.NOT_ACCEPT,
    "2.1": R.MAILBOX_DISABLED, "2.2": R.MAILBOX_FULL, "2.3": R.EXCEED_LIMIT, "2.4": R.SYSTEM_ERROR,
    "3.1": R.SYSTEM_FULL, "3.2": R.SYSTEM_ERROR, "3.3": R.SYSTEM_ERROR, "3.4": R.MESSAGE_TOO_LARGE,
    "3.5": R.SYSTEM_ERROR,
    "4.1": R.NETWORK_ERROR, "4.2": R.NETWORK_ERROR, "4.3": R.DNS_ERROR, "4.4": R.NETWORK_ERROR,
    "4.5": R.TOO_MANY_CONNECTIONS, "4.6": R.NETWORK_ERROR, "4.7": R.EXPIRED,
    "5.0": R.SYNTAX_ERROR, "5.1": R.SYNTAX_ERROR, "5.2": R.SYNTAX_ERROR, "5.3": R.TOO_MANY_CONNECTIONS,
    "5.4": R.SYNTAX_ERROR, "5.5": R.SYNTAX_ERROR, "5.6": R.SYNTAX_ERROR,
    "6.0": R.CONTENT_ERROR, "6.1": R.CONTENT_ERROR, "6.2": R.CONTENT_ERROR, "6.3": R.CONTENT_ERROR,
    "6.4": R.CONTENT_ERROR, "6.5": R.CONTENT_ERROR,
    "7.1": R.FILTERED, "7.2": R.FILTERED, "7.3": R.SECURITY_ERROR, "7.4": R.SECURITY_ERROR,
    "7.5": R.SECURITY_ERROR, "7.6": R.SECURITY_ERROR, "7.7": R.SECURITY_ERROR, "7.8": R.SECURITY_ERROR,
    "7.9": R.SECURITY_ERROR, "7.10": R.SECURITY_ERROR, "7.11": R.FAILED_STARTTLS,
    "7.23": R.AUTH_FAILURE, "7.24": R.AUTH_FAILURE, "7.25": R.REQUIRE_PTR, "7.26": R.AUTH_FAILURE,
    "7.27": R.NOT_ACCEPT,
}

REPLY_TABLE: dict[str, Reason] = {
    "421": R.SYSTEM_ERROR, "450": R.SYSTEM_ERROR, "451": R.SYSTEM_ERROR, "452": R.SYSTEM_FULL,
    "500": R.SYNTAX_ERROR, "501": R.SYNTAX_ERROR, "502": R.SYNTAX_ERROR, "503": R.SYNTAX_ERROR,
    "504": R.SYNTAX_ERROR, "550": R.USER_UNKNOWN, "551": R.HAS_MOVED, "552": R.MAILBOX_FULL,
    "553": R.USER_UNKNOWN, "554": R.UNKNOWN,
}


def classify(status: str | None = None, reply_code: str | int | None = None, diagnostic: str | None = None, *,
             hint: Reason | None = None, remote_mta: str | None = None, reporting_mta: str | None = None,
             smtp_command: str | None = None, action: str | None = None,
             diagnostic_type: str | None = None) -> Classification:
    """Reason, category and severity of one failure, with the rule that decided it."""
    if hint is not None:
        return Classification(hint, "vendor.signal", None)
    if diagnostic:
        for rule in PHRASE_RULES:
            m = rule.pattern.search(diagnostic)
            if m:
                return Classification(rule.reason, "phrase." + rule.name, m.group(0))
    if status:
        key = status.split(".", 1)[1] if "." in status else status
        reason = STATUS_TABLE.get(key)
        if reason is not None:
            return Classification(reason, "status." + status, status)
    if reply_code:
        reason = REPLY_TABLE.get(str(reply_code))
        if reason is not None and reason is not R.UNKNOWN:
            return Classification(reason, "reply." + str(reply_code), str(reply_code))
    return Classification(R.UNKNOWN, "none", None)
