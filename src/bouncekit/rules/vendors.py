"""Vendor rules: what a format's own fixed texts and codes mean, as data with ids.

A format's reader reports what the message says (``Draft.vendor_code``: an Amazon SES bounce
subtype, a PowerMTA bounce category, a Facebook ``RCP-P1`` code, an Exchange 2003 IMS code, or the
id of one of the reader's fixed sentences, e.g. Exim's "all hosts have been failing for a long
time" read as ``expired``); the classifier looks it up here with ``find(parser, code)``. Rule ids
are ``vendor.<format>.<code>``. A rule of a broad kind (``GENERIC``: gave up, system error, user or
host unknown) names no more than its words may: a provider rule or a phrase in the same record
that names a more specific cause wins, and the vendor rule is the fallback.
"""
from __future__ import annotations

import attrs

from ..model import Reason

R = Reason

# reasons that a vendor's fixed signal may give while the server's own words tell more
GENERIC = frozenset({R.UNKNOWN, R.EXPIRED, R.SYSTEM_ERROR, R.SECURITY_ERROR, R.NETWORK_ERROR,
                     R.DNS_ERROR, R.HOST_UNKNOWN, R.USER_UNKNOWN})
# the format name for rows of the shared readers (qmail-style notes, relay wrappers)
ANY = "*"


@attrs.frozen(slots=True)
class VendorRule:
    id: str  # "vendor.<format>.<code>"
    reason: Reason
    generic: bool = False


def _v(fmt: str, code: str, reason: Reason) -> tuple[tuple[str, str], VendorRule]:
    return (fmt, code), VendorRule(f"vendor.{fmt}.{code}", reason, reason in GENERIC)


# (format name, code as the reader reports it, lower-cased) -> rule
VENDOR_RULES: dict[tuple[str, str], VendorRule] = dict((
    # shared readers (formats/layouts, formats/readers.py): any format that uses them
    _v("*", "expired", R.EXPIRED),
    _v("*", "host_unknown", R.HOST_UNKNOWN),
    # amazonses
    _v("amazonses", "noemail", R.USER_UNKNOWN),
    _v("amazonses", "suppressed", R.SUPPRESSED),
    _v("amazonses", "onaccountsuppressionlist", R.SUPPRESSED),
    _v("amazonses", "mailboxfull", R.MAILBOX_FULL),
    _v("amazonses", "messagetoolarge", R.MESSAGE_TOO_LARGE),
    _v("amazonses", "contentrejected", R.CONTENT_ERROR),
    _v("amazonses", "attachmentrejected", R.CONTENT_ERROR),
    # barracuda
    _v("barracuda", "spam_detected", R.SPAM_DETECTED),
    # biglobe
    _v("biglobe", "mailbox_full", R.MAILBOX_FULL),
    # domino
    _v("domino", "user_unknown", R.USER_UNKNOWN),
    # dragonfly
    _v("dragonfly", "host_unknown", R.HOST_UNKNOWN),
    _v("dragonfly", "expired", R.EXPIRED),
    # einsundeins
    _v("einsundeins", "message_too_large", R.MESSAGE_TOO_LARGE),
    # exchange2003
    _v("exchange2003", "000c05a6", R.USER_UNKNOWN),
    _v("exchange2003", "00120270", R.NETWORK_ERROR),
    _v("exchange2003", "00050311", R.CONTENT_ERROR),
    _v("exchange2003", "000502cc", R.CONTENT_ERROR),
    _v("exchange2003", "000b0981", R.SECURITY_ERROR),
    # exchange2007
    _v("exchange2007", "user_unknown", R.USER_UNKNOWN),
    _v("exchange2007", "exceed_limit", R.EXCEED_LIMIT),
    _v("exchange2007", "security_error", R.SECURITY_ERROR),
    _v("exchange2007", "sender_rejected", R.SENDER_REJECTED),
    _v("exchange2007", "too_many_connections", R.TOO_MANY_CONNECTIONS),
    _v("exchange2007", "host_unknown", R.HOST_UNKNOWN),
    _v("exchange2007", "network_error", R.NETWORK_ERROR),
    _v("exchange2007", "expired", R.EXPIRED),
    _v("exchange2007", "mailbox_full", R.MAILBOX_FULL),
    # exim
    _v("exim", "mailbox_full", R.MAILBOX_FULL),
    _v("exim", "not_accept", R.NOT_ACCEPT),
    _v("exim", "host_unknown", R.HOST_UNKNOWN),
    _v("exim", "system_error", R.SYSTEM_ERROR),
    _v("exim", "expired", R.EXPIRED),
    _v("exim", "mailer_error", R.MAILER_ERROR),
    _v("exim", "syntax_error", R.SYNTAX_ERROR),
    # ezweb
    _v("ezweb", "mailbox_full", R.MAILBOX_FULL),
    _v("ezweb", "mailbox_disabled", R.MAILBOX_DISABLED),
    _v("ezweb", "expired", R.EXPIRED),
    _v("ezweb", "filtered", R.FILTERED),
    # facebook
    _v("facebook", "rcp-p1", R.USER_UNKNOWN),
    _v("facebook", "int-p1", R.USER_UNKNOWN),
    _v("facebook", "int-p3", R.USER_UNKNOWN),
    _v("facebook", "int-p4", R.USER_UNKNOWN),
    _v("facebook", "rcp-p2", R.FILTERED),
    _v("facebook", "rcp-p3", R.FILTERED),
    _v("facebook", "rcp-t1", R.SYSTEM_ERROR),
    _v("facebook", "rcp-t4", R.MAILBOX_DISABLED),
    _v("facebook", "msg-p1", R.MESSAGE_TOO_LARGE),
    _v("facebook", "int-p2", R.MESSAGE_TOO_LARGE),
    _v("facebook", "msg-p2", R.CONTENT_ERROR),
    _v("facebook", "msg-p3", R.NOT_COMPLIANT_RFC),
    _v("facebook", "msg-t1", R.TOO_MANY_CONNECTIONS),
    _v("facebook", "pol-p1", R.BLOCKED),
    _v("facebook", "pol-p2", R.BLOCKED),
    _v("facebook", "pol-p3", R.BLOCKED),
    _v("facebook", "pol-p4", R.BLOCKED),
    _v("facebook", "pol-t1", R.BLOCKED),
    _v("facebook", "pol-t2", R.BLOCKED),
    _v("facebook", "pol-t3", R.BLOCKED),
    _v("facebook", "pol-p5", R.VIRUS_DETECTED),
    _v("facebook", "pol-p6", R.CONTENT_ERROR),
    _v("facebook", "pol-p7", R.AUTH_FAILURE),
    _v("facebook", "pol-p8", R.POLICY_VIOLATION),
    _v("facebook", "dns-p1", R.SENDER_REJECTED),
    _v("facebook", "dns-p2", R.SENDER_REJECTED),
    _v("facebook", "dns-t1", R.SENDER_REJECTED),
    _v("facebook", "dns-p3", R.REQUIRE_PTR),
    _v("facebook", "dns-t2", R.REQUIRE_PTR),
    _v("facebook", "con-t1", R.TOO_MANY_CONNECTIONS),
    _v("facebook", "con-t2", R.TOO_MANY_CONNECTIONS),
    _v("facebook", "con-t3", R.RATE_LIMITED),
    _v("facebook", "con-t4", R.TOO_MANY_CONNECTIONS),
    # fml
    _v("fml", "sender_rejected", R.SENDER_REJECTED),
    _v("fml", "system_error", R.SYSTEM_ERROR),
    _v("fml", "security_error", R.SECURITY_ERROR),
    # gmail
    _v("gmail", "user_unknown", R.USER_UNKNOWN),
    _v("gmail", "expired", R.EXPIRED),
    # googlegroups
    _v("googlegroups", "user_unknown", R.USER_UNKNOWN),
    _v("googlegroups", "sender_rejected", R.SENDER_REJECTED),
    # imailserver
    _v("imailserver", "user_unknown", R.USER_UNKNOWN),
    _v("imailserver", "mailbox_full", R.MAILBOX_FULL),
    _v("imailserver", "expired", R.EXPIRED),
    _v("imailserver", "host_unknown", R.HOST_UNKNOWN),
    _v("imailserver", "virus_detected", R.VIRUS_DETECTED),
    # kddi
    _v("kddi", "mailbox_full", R.MAILBOX_FULL),
    _v("kddi", "host_unknown", R.HOST_UNKNOWN),
    # messagingserver
    _v("messagingserver", "host_unknown", R.HOST_UNKNOWN),
    _v("messagingserver", "not_accept", R.NOT_ACCEPT),
    # mimecast
    _v("mimecast", "virus_detected", R.VIRUS_DETECTED),
    _v("mimecast", "policy_violation", R.POLICY_VIOLATION),
    _v("mimecast", "auth_failure", R.AUTH_FAILURE),
    _v("mimecast", "sender_rejected", R.SENDER_REJECTED),
    _v("mimecast", "blocked", R.BLOCKED),
    _v("mimecast", "user_unknown", R.USER_UNKNOWN),
    _v("mimecast", "message_too_large", R.MESSAGE_TOO_LARGE),
    _v("mimecast", "content_error", R.CONTENT_ERROR),
    _v("mimecast", "system_error", R.SYSTEM_ERROR),
    _v("mimecast", "too_many_connections", R.TOO_MANY_CONNECTIONS),
    # notes
    _v("notes", "user_unknown", R.USER_UNKNOWN),
    # powermta
    _v("powermta", "bad-domain", R.HOST_UNKNOWN),
    _v("powermta", "bad-mailbox", R.USER_UNKNOWN),
    _v("powermta", "inactive-mailbox", R.MAILBOX_DISABLED),
    _v("powermta", "message-expired", R.EXPIRED),
    _v("powermta", "no-answer-from-host", R.NETWORK_ERROR),
    _v("powermta", "bad-connection", R.NETWORK_ERROR),
    _v("powermta", "policy-related", R.POLICY_VIOLATION),
    _v("powermta", "quota-issues", R.MAILBOX_FULL),
    _v("powermta", "routing-errors", R.SYSTEM_ERROR),
    _v("powermta", "spam-related", R.SPAM_DETECTED),
    _v("powermta", "virus-related", R.VIRUS_DETECTED),
    _v("powermta", "relaying-issues", R.NO_RELAYING),
    _v("powermta", "content-related", R.CONTENT_ERROR),
    _v("powermta", "invalid-sender", R.SENDER_REJECTED),
    _v("powermta", "message-too-large", R.MESSAGE_TOO_LARGE),
    # sendgrid
    _v("sendgrid", "expired", R.EXPIRED),
    # sendmail
    _v("sendmail", "expired", R.EXPIRED),
    # v5sendmail
    _v("v5sendmail", "expired", R.EXPIRED),
    # verizon
    _v("verizon", "user_unknown", R.USER_UNKNOWN),
    # x4
    _v("x4", "mailbox_full", R.MAILBOX_FULL),
))


def find(parser: str | None, code: str | None) -> VendorRule | None:
    """The vendor rule for a format's code (the format's own row, else a shared reader's), or None."""
    if not code:
        return None
    code = code.lower()
    rule = VENDOR_RULES.get((parser or ANY, code))
    if rule is None:
        shared = VENDOR_RULES.get((ANY, code))
        if shared is not None:
            rule = VendorRule(f"vendor.{parser or 'any'}.{code}", shared.reason, shared.generic)
    return rule
