"""Webhook rules: what each sending service's own event types and codes mean, as data with ids.

A webhook reader (``formats/webhooks/``) reports the service's own type for each event (an Amazon
SES ``Permanent/NoEmail`` bounce, a SparkPost bounce class ``10``, a Postmark ``HardBounce``, ...)
as lookup keys, most specific first; ``find(provider, keys)`` returns the first row that exists.
Rule ids are ``webhook.<provider>.<id>``.

A row gives the record's ``kind`` and a ``reason`` (an event that says nothing about delivery,
``kind: not_bounce``, has none). A row marked ``generic`` names no cause of its
own (SES ``Permanent/General``, a SendGrid ``bounce``, SparkPost class 40 "Generic Bounce"): the
diagnostic the service passes on then decides through ``bouncekit.classify``, and the row's reason
is the fallback (with ``confidence: low``). A row that is not generic is the service's documented
meaning and decides (taxonomy.md, decision 7), with ``confidence: high``.

A provider-side suppression (the service did not even try, because the address is on its
suppression list after an earlier bounce, complaint or unsubscribe) is ``kind: suppressed``,
``reason: suppressed``: it is not a new bounce.

The meanings come from the services' published documentation of their event payloads.
"""
from __future__ import annotations

from collections.abc import Iterable

import attrs

from ..model import Kind, Reason

K = Kind
R = Reason


@attrs.frozen(slots=True)
class WebhookRule:
    id: str  # "webhook.<provider>.<id>"
    kind: Kind
    reason: Reason | None  # None only for not_bounce rows
    generic: bool = False


def _rows(rows: Iterable[tuple[str, str, str, Kind, Reason, bool]],
          not_delivery: Iterable[tuple[str, str, str]]) -> dict[tuple[str, str], WebhookRule]:
    out: dict[tuple[str, str], WebhookRule] = {}
    for provider, key, rid, kind, reason, generic in rows:
        out[(provider, key.lower())] = WebhookRule(f"webhook.{provider}.{rid}", kind, reason, generic)
    for provider, key, rid in not_delivery:
        out[(provider, key.lower())] = WebhookRule(f"webhook.{provider}.{rid}", Kind.NOT_BOUNCE, None)
    return out


G = True   # generic: the diagnostic decides, the row is the fallback
S = False  # specific: the row decides

# Postmark's numeric TypeCode of each bounce type (its rows below are keyed by the Type name)
SPAM_NOTIFICATION_CODE = 512
POSTMARK_TYPE_CODES: dict[int, str] = {
    1: "HardBounce", 2: "Transient", 16: "Unsubscribe", 32: "Subscribe", 64: "AutoResponder",
    128: "AddressChange", 256: "DnsError", 512: "SpamNotification", 1024: "OpenRelayTest",
    2048: "Unknown", 4096: "SoftBounce", 8192: "VirusNotification", 16384: "ChallengeVerification",
    100000: "BadEmailAddress", 100001: "SpamComplaint", 100002: "ManuallyDeactivated",
    100003: "Unconfirmed", 100006: "Blocked", 100007: "SMTPApiError", 100008: "InboundError",
    100009: "DMARCPolicy", 100010: "TemplateRenderingFailed",
}

# Events a service sends that are recognised but say nothing about delivery (the SNS subscription
# handshake, a Postmark subscribe, an open relay test): (provider, key, id), kind not_bounce.
_NOT_DELIVERY = (
    ("amazonses", "sns/subscriptionconfirmation", "sns.subscription_confirmation"),
    ("amazonses", "sns/unsubscribeconfirmation", "sns.unsubscribe_confirmation"),
    ("postmark", "Subscribe", "subscribe"),
    ("postmark", "OpenRelayTest", "openrelaytest"),
    ("sparkpost", "80", "80.subscribe"),
)

# One row a rule: (provider, key, id, kind, reason, generic or specific).
WEBHOOK_RULES: dict[tuple[str, str], WebhookRule] = _rows([
    # Amazon SES: notifications and event publishing. Keys: "bounce/<bounceType>/<bounceSubType>",
    # "bounce/<bounceType>", "complaint[/<complaintSubType>]", "delivery", "delay/<delayType>", "reject".
    ("amazonses", "bounce/undetermined/undetermined", "undetermined", K.BOUNCE, R.UNKNOWN, G),
    ("amazonses", "bounce/undetermined", "undetermined", K.BOUNCE, R.UNKNOWN, G),
    ("amazonses", "bounce/permanent/general", "permanent.general", K.BOUNCE, R.UNKNOWN, G),
    ("amazonses", "bounce/permanent/noemail", "permanent.noemail", K.BOUNCE, R.USER_UNKNOWN, S),
    ("amazonses", "bounce/permanent/suppressed", "permanent.suppressed", K.SUPPRESSED, R.SUPPRESSED, S),
    ("amazonses", "bounce/permanent/onaccountsuppressionlist", "permanent.onaccountsuppressionlist", K.SUPPRESSED, R.SUPPRESSED, S),
    ("amazonses", "bounce/permanent", "permanent", K.BOUNCE, R.UNKNOWN, G),
    ("amazonses", "bounce/transient/general", "transient.general", K.BOUNCE, R.UNKNOWN, G),
    ("amazonses", "bounce/transient/mailboxfull", "transient.mailboxfull", K.BOUNCE, R.MAILBOX_FULL, S),
    ("amazonses", "bounce/transient/messagetoolarge", "transient.messagetoolarge", K.BOUNCE, R.MESSAGE_TOO_LARGE, S),
    ("amazonses", "bounce/transient/contentrejected", "transient.contentrejected", K.BOUNCE, R.CONTENT_ERROR, S),
    ("amazonses", "bounce/transient/attachmentrejected", "transient.attachmentrejected", K.BOUNCE, R.CONTENT_ERROR, S),
    ("amazonses", "bounce/transient", "transient", K.BOUNCE, R.UNKNOWN, G),
    ("amazonses", "bounce", "bounce", K.BOUNCE, R.UNKNOWN, G),
    ("amazonses", "complaint", "complaint", K.COMPLAINT, R.COMPLAINT, S),
    # the message was not sent: the address was on the account-level suppression list
    ("amazonses", "complaint/onaccountsuppressionlist", "complaint.onaccountsuppressionlist", K.SUPPRESSED, R.SUPPRESSED, S),
    ("amazonses", "delivery", "delivery", K.DELIVERED, R.DELIVERED, S),
    # DeliveryDelay: SES is still retrying; delayType is SES's reading of the cause
    ("amazonses", "delay/internalfailure", "delay.internalfailure", K.DELAY, R.SYSTEM_ERROR, S),
    ("amazonses", "delay/general", "delay.general", K.DELAY, R.EXPIRED, G),
    ("amazonses", "delay/mailboxfull", "delay.mailboxfull", K.DELAY, R.MAILBOX_FULL, S),
    ("amazonses", "delay/spamdetected", "delay.spamdetected", K.DELAY, R.SPAM_DETECTED, S),
    ("amazonses", "delay/recipientservererror", "delay.recipientservererror", K.DELAY, R.SYSTEM_ERROR, G),
    ("amazonses", "delay/ipfailure", "delay.ipfailure", K.DELAY, R.BLOCKED, S),
    ("amazonses", "delay/transientcommunicationfailure", "delay.transientcommunicationfailure", K.DELAY, R.NETWORK_ERROR, S),
    ("amazonses", "delay/byoiphostnamelookupunavailable", "delay.byoiphostnamelookupunavailable", K.DELAY, R.DNS_ERROR, S),
    ("amazonses", "delay/undetermined", "delay.undetermined", K.DELAY, R.EXPIRED, G),
    ("amazonses", "delay/sendingdeferral", "delay.sendingdeferral", K.DELAY, R.RATE_LIMITED, S),
    ("amazonses", "delay", "delay", K.DELAY, R.EXPIRED, G),
    # Reject: SES accepted the message, found a virus in it and did not send it
    ("amazonses", "reject/bad content", "reject.bad_content", K.BOUNCE, R.VIRUS_DETECTED, S),
    ("amazonses", "reject", "reject", K.BOUNCE, R.CONTENT_ERROR, G),
    # SendGrid Event Webhook. Keys: "<event>/<bounce_classification>", "<event>/<type>", "<event>",
    # "dropped/<reason>".
    ("sendgrid", "bounce/invalid address", "bounce.invalid_address", K.BOUNCE, R.USER_UNKNOWN, G),
    ("sendgrid", "bounce/mailbox unavailable", "bounce.mailbox_unavailable", K.BOUNCE, R.USER_UNKNOWN, G),
    ("sendgrid", "bounce/technical", "bounce.technical", K.BOUNCE, R.UNKNOWN, G),
    ("sendgrid", "bounce/content", "bounce.content", K.BOUNCE, R.SPAM_DETECTED, G),
    ("sendgrid", "bounce/reputation", "bounce.reputation", K.BOUNCE, R.BAD_REPUTATION, G),
    ("sendgrid", "bounce/frequency or volume", "bounce.frequency_or_volume", K.BOUNCE, R.RATE_LIMITED, G),
    ("sendgrid", "bounce/unclassified", "bounce.unclassified", K.BOUNCE, R.UNKNOWN, G),
    ("sendgrid", "bounce/blocked", "blocked", K.BOUNCE, R.BLOCKED, G),
    ("sendgrid", "bounce/bounce", "bounce", K.BOUNCE, R.UNKNOWN, G),
    ("sendgrid", "bounce", "bounce", K.BOUNCE, R.UNKNOWN, G),
    ("sendgrid", "blocked/invalid address", "blocked.invalid_address", K.BOUNCE, R.USER_UNKNOWN, G),
    ("sendgrid", "blocked/content", "blocked.content", K.BOUNCE, R.SPAM_DETECTED, G),
    ("sendgrid", "blocked/reputation", "blocked.reputation", K.BOUNCE, R.BAD_REPUTATION, G),
    ("sendgrid", "blocked/frequency or volume", "blocked.frequency_or_volume", K.BOUNCE, R.RATE_LIMITED, G),
    ("sendgrid", "blocked", "blocked", K.BOUNCE, R.BLOCKED, G),
    # dropped: SendGrid did not send; for an address on one of its suppression lists that is
    # a suppression, not a new bounce
    ("sendgrid", "dropped/bounced address", "dropped.bounced_address", K.SUPPRESSED, R.SUPPRESSED, S),
    ("sendgrid", "dropped/unsubscribed address", "dropped.unsubscribed_address", K.SUPPRESSED, R.SUPPRESSED, S),
    ("sendgrid", "dropped/spam reporting address", "dropped.spam_reporting_address", K.SUPPRESSED, R.SUPPRESSED, S),
    ("sendgrid", "dropped/invalid", "dropped.invalid", K.SUPPRESSED, R.SUPPRESSED, S),
    ("sendgrid", "dropped/spam content (if spam checker app enabled)", "dropped.spam_content", K.BOUNCE, R.SPAM_DETECTED, S),
    ("sendgrid", "dropped/spam content", "dropped.spam_content", K.BOUNCE, R.SPAM_DETECTED, S),
    ("sendgrid", "dropped/invalid smtpapi header", "dropped.invalid_smtpapi_header", K.BOUNCE, R.SYNTAX_ERROR, S),
    ("sendgrid", "dropped/recipient list over package quota", "dropped.over_package_quota", K.BOUNCE, R.EXCEED_LIMIT, S),
    ("sendgrid", "dropped", "dropped", K.BOUNCE, R.POLICY_VIOLATION, G),
    ("sendgrid", "deferred", "deferred", K.DELAY, R.EXPIRED, G),
    ("sendgrid", "spamreport", "spamreport", K.COMPLAINT, R.COMPLAINT, S),
    ("sendgrid", "delivered", "delivered", K.DELIVERED, R.DELIVERED, S),
    # Mailgun events. Keys: "failed/<severity>/<reason>", "failed/<severity>", "complained", "delivered".
    ("mailgun", "failed/permanent/suppress-bounce", "permanent.suppress_bounce", K.SUPPRESSED, R.SUPPRESSED, S),
    ("mailgun", "failed/permanent/suppress-unsubscribe", "permanent.suppress_unsubscribe", K.SUPPRESSED, R.SUPPRESSED, S),
    ("mailgun", "failed/permanent/suppress-complaint", "permanent.suppress_complaint", K.SUPPRESSED, R.SUPPRESSED, S),
    ("mailgun", "failed/permanent/old", "permanent.old", K.BOUNCE, R.EXPIRED, S),
    ("mailgun", "failed/permanent/espblock", "permanent.espblock", K.BOUNCE, R.BLOCKED, G),
    ("mailgun", "failed/permanent/bounce", "permanent.bounce", K.BOUNCE, R.UNKNOWN, G),
    ("mailgun", "failed/permanent/generic", "permanent.generic", K.BOUNCE, R.UNKNOWN, G),
    ("mailgun", "failed/permanent", "permanent", K.BOUNCE, R.UNKNOWN, G),
    # a temporary failure: Mailgun retries
    ("mailgun", "failed/temporary/greylisted", "temporary.greylisted", K.DELAY, R.RATE_LIMITED, S),
    ("mailgun", "failed/temporary/espblock", "temporary.espblock", K.DELAY, R.BLOCKED, G),
    ("mailgun", "failed/temporary", "temporary", K.DELAY, R.EXPIRED, G),
    ("mailgun", "failed", "failed", K.BOUNCE, R.UNKNOWN, G),
    ("mailgun", "complained", "complained", K.COMPLAINT, R.COMPLAINT, S),
    ("mailgun", "delivered", "delivered", K.DELIVERED, R.DELIVERED, S),
    # Postmark bounce types (keyed by the Type name; TypeCode in POSTMARK_TYPE_CODES) and the
    # delivery webhook.
    ("postmark", "HardBounce", "hardbounce", K.BOUNCE, R.USER_UNKNOWN, G),
    ("postmark", "Transient", "transient", K.BOUNCE, R.UNKNOWN, G),
    ("postmark", "Unsubscribe", "unsubscribe", K.COMPLAINT, R.COMPLAINT, S),
    ("postmark", "AutoResponder", "autoresponder", K.AUTO_REPLY, R.AUTO_REPLY, S),
    ("postmark", "AddressChange", "addresschange", K.AUTO_REPLY, R.AUTO_REPLY, S),
    ("postmark", "DnsError", "dnserror", K.BOUNCE, R.DNS_ERROR, S),
    ("postmark", "SpamNotification", "spamnotification", K.BOUNCE, R.SPAM_DETECTED, S),
    ("postmark", "Unknown", "unknown", K.BOUNCE, R.UNKNOWN, G),
    ("postmark", "SoftBounce", "softbounce", K.BOUNCE, R.UNKNOWN, G),
    ("postmark", "VirusNotification", "virusnotification", K.BOUNCE, R.VIRUS_DETECTED, S),
    ("postmark", "ChallengeVerification", "challengeverification", K.AUTO_REPLY, R.AUTO_REPLY, S),
    ("postmark", "BadEmailAddress", "bademailaddress", K.BOUNCE, R.USER_UNKNOWN, S),
    ("postmark", "SpamComplaint", "spamcomplaint", K.COMPLAINT, R.COMPLAINT, S),
    # deactivated by hand in Postmark: it will not send to the address
    ("postmark", "ManuallyDeactivated", "manuallydeactivated", K.SUPPRESSED, R.SUPPRESSED, S),
    ("postmark", "Unconfirmed", "unconfirmed", K.BOUNCE, R.SENDER_REJECTED, S),
    ("postmark", "Blocked", "blocked", K.BOUNCE, R.BLOCKED, G),
    ("postmark", "SMTPApiError", "smtpapierror", K.BOUNCE, R.SYNTAX_ERROR, S),
    ("postmark", "InboundError", "inbounderror", K.BOUNCE, R.SYSTEM_ERROR, G),
    ("postmark", "DMARCPolicy", "dmarcpolicy", K.BOUNCE, R.AUTH_FAILURE, S),
    ("postmark", "TemplateRenderingFailed", "templaterenderingfailed", K.BOUNCE, R.CONTENT_ERROR, S),
    ("postmark", "Delivery", "delivery", K.DELIVERED, R.DELIVERED, S),
    # SparkPost (and MessageBird/Bird, same events) bounce classes. Keys: the class number for
    # bounce, out_of_band, policy_rejection and delay events, else the event type.
    ("sparkpost", "1", "1.undetermined", K.BOUNCE, R.UNKNOWN, G),
    ("sparkpost", "10", "10.invalid_recipient", K.BOUNCE, R.USER_UNKNOWN, S),
    ("sparkpost", "20", "20.soft_bounce", K.BOUNCE, R.UNKNOWN, G),
    ("sparkpost", "21", "21.dns_failure", K.BOUNCE, R.DNS_ERROR, S),
    ("sparkpost", "22", "22.mailbox_full", K.BOUNCE, R.MAILBOX_FULL, S),
    ("sparkpost", "23", "23.too_large", K.BOUNCE, R.MESSAGE_TOO_LARGE, S),
    ("sparkpost", "24", "24.timeout", K.BOUNCE, R.NETWORK_ERROR, S),
    ("sparkpost", "25", "25.admin_failure", K.SUPPRESSED, R.SUPPRESSED, S),
    ("sparkpost", "26", "26.smart_send_suppression", K.SUPPRESSED, R.SUPPRESSED, S),
    ("sparkpost", "30", "30.no_rcpt", K.BOUNCE, R.USER_UNKNOWN, G),
    ("sparkpost", "40", "40.generic_bounce", K.BOUNCE, R.UNKNOWN, G),
    ("sparkpost", "50", "50.mail_block", K.BOUNCE, R.BLOCKED, G),
    ("sparkpost", "51", "51.spam_block", K.BOUNCE, R.BLOCKED, S),
    ("sparkpost", "52", "52.spam_content", K.BOUNCE, R.SPAM_DETECTED, S),
    ("sparkpost", "53", "53.prohibited_attachment", K.BOUNCE, R.CONTENT_ERROR, S),
    ("sparkpost", "54", "54.relaying_denied", K.BOUNCE, R.NO_RELAYING, S),
    ("sparkpost", "60", "60.auto_reply", K.AUTO_REPLY, R.AUTO_REPLY, S),
    ("sparkpost", "70", "70.transient_failure", K.BOUNCE, R.UNKNOWN, G),
    ("sparkpost", "90", "90.unsubscribe", K.COMPLAINT, R.COMPLAINT, S),
    ("sparkpost", "100", "100.challenge_response", K.AUTO_REPLY, R.AUTO_REPLY, S),
    ("sparkpost", "bounce", "bounce", K.BOUNCE, R.UNKNOWN, G),
    ("sparkpost", "out_of_band", "out_of_band", K.BOUNCE, R.UNKNOWN, G),
    ("sparkpost", "policy_rejection", "policy_rejection", K.BOUNCE, R.POLICY_VIOLATION, G),
    ("sparkpost", "delay", "delay", K.DELAY, R.EXPIRED, G),
    ("sparkpost", "spam_complaint", "spam_complaint", K.COMPLAINT, R.COMPLAINT, S),
    ("sparkpost", "delivery", "delivery", K.DELIVERED, R.DELIVERED, S),
], _NOT_DELIVERY)


def find(provider: str, keys: Iterable[str]) -> WebhookRule | None:
    """The first row for ``provider`` among ``keys`` (most specific first), or None."""
    for key in keys:
        row = WEBHOOK_RULES.get((provider, key.lower()))
        if row is not None:
            return row
    return None
