"""Webhook rules: what each sending service's own event types and codes mean, as data with ids.

A webhook reader (``formats/webhooks/``) reports the service's own type for each event (an Amazon
SES ``Permanent/NoEmail`` bounce, a SparkPost bounce class ``10``, a Postmark ``HardBounce``, ...)
as lookup keys, most specific first; ``find(provider, keys)`` returns the first row that exists.
Rule ids are ``webhook.<provider>.<id>``.

A row gives the record's ``kind`` and a ``reason``. A row marked ``generic`` names no cause of its
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


def _rows(provider: str, rows: Iterable[tuple[str, str, Kind, Reason | None, bool]]
          ) -> dict[tuple[str, str], WebhookRule]:
    out: dict[tuple[str, str], WebhookRule] = {}
    for key, rid, kind, reason, generic in rows:
        out[(provider, key.lower())] = WebhookRule(f"webhook.{provider}.{rid}", kind, reason, generic)
    return out


G = True   # generic: the diagnostic decides, the row is the fallback
S = False  # specific: the row decides

# Amazon SES: notifications and event publishing. Keys: "bounce/<bounceType>/<bounceSubType>",
# "bounce/<bounceType>", "complaint[/<complaintSubType>]", "delivery", "delay/<delayType>", "reject".
SES = _rows("amazonses", [
    # the SNS subscription handshake: recognised, not about delivery
    ("sns/subscriptionconfirmation", "sns.subscription_confirmation", K.NOT_BOUNCE, None, S),
    ("sns/unsubscribeconfirmation", "sns.unsubscribe_confirmation", K.NOT_BOUNCE, None, S),
    ("bounce/undetermined/undetermined", "undetermined", K.BOUNCE, R.UNKNOWN, G),
    ("bounce/undetermined", "undetermined", K.BOUNCE, R.UNKNOWN, G),
    ("bounce/permanent/general", "permanent.general", K.BOUNCE, R.UNKNOWN, G),
    ("bounce/permanent/noemail", "permanent.noemail", K.BOUNCE, R.USER_UNKNOWN, S),
    ("bounce/permanent/suppressed", "permanent.suppressed", K.SUPPRESSED, R.SUPPRESSED, S),
    ("bounce/permanent/onaccountsuppressionlist", "permanent.onaccountsuppressionlist", K.SUPPRESSED,
     R.SUPPRESSED, S),
    ("bounce/permanent", "permanent", K.BOUNCE, R.UNKNOWN, G),
    ("bounce/transient/general", "transient.general", K.BOUNCE, R.UNKNOWN, G),
    ("bounce/transient/mailboxfull", "transient.mailboxfull", K.BOUNCE, R.MAILBOX_FULL, S),
    ("bounce/transient/messagetoolarge", "transient.messagetoolarge", K.BOUNCE, R.MESSAGE_TOO_LARGE, S),
    ("bounce/transient/contentrejected", "transient.contentrejected", K.BOUNCE, R.CONTENT_ERROR, S),
    ("bounce/transient/attachmentrejected", "transient.attachmentrejected", K.BOUNCE, R.CONTENT_ERROR, S),
    ("bounce/transient", "transient", K.BOUNCE, R.UNKNOWN, G),
    ("bounce", "bounce", K.BOUNCE, R.UNKNOWN, G),
    ("complaint", "complaint", K.COMPLAINT, R.COMPLAINT, S),
    # the message was not sent: the address was on the account-level suppression list
    ("complaint/onaccountsuppressionlist", "complaint.onaccountsuppressionlist", K.SUPPRESSED, R.SUPPRESSED, S),
    ("delivery", "delivery", K.DELIVERED, R.DELIVERED, S),
    # DeliveryDelay: SES is still retrying; delayType is SES's reading of the cause
    ("delay/internalfailure", "delay.internalfailure", K.DELAY, R.SYSTEM_ERROR, S),
    ("delay/general", "delay.general", K.DELAY, R.EXPIRED, G),
    ("delay/mailboxfull", "delay.mailboxfull", K.DELAY, R.MAILBOX_FULL, S),
    ("delay/spamdetected", "delay.spamdetected", K.DELAY, R.SPAM_DETECTED, S),
    ("delay/recipientservererror", "delay.recipientservererror", K.DELAY, R.SYSTEM_ERROR, G),
    ("delay/ipfailure", "delay.ipfailure", K.DELAY, R.BLOCKED, S),
    ("delay/transientcommunicationfailure", "delay.transientcommunicationfailure", K.DELAY, R.NETWORK_ERROR, S),
    ("delay/byoiphostnamelookupunavailable", "delay.byoiphostnamelookupunavailable", K.DELAY, R.DNS_ERROR, S),
    ("delay/undetermined", "delay.undetermined", K.DELAY, R.EXPIRED, G),
    ("delay/sendingdeferral", "delay.sendingdeferral", K.DELAY, R.RATE_LIMITED, S),
    ("delay", "delay", K.DELAY, R.EXPIRED, G),
    # Reject: SES accepted the message, found a virus in it and did not send it
    ("reject/bad content", "reject.bad_content", K.BOUNCE, R.VIRUS_DETECTED, S),
    ("reject", "reject", K.BOUNCE, R.CONTENT_ERROR, G),
])

# SendGrid Event Webhook. Keys: "<event>/<bounce_classification>", "<event>/<type>", "<event>",
# "dropped/<reason>".
SENDGRID = _rows("sendgrid", [
    ("bounce/invalid address", "bounce.invalid_address", K.BOUNCE, R.USER_UNKNOWN, G),
    ("bounce/mailbox unavailable", "bounce.mailbox_unavailable", K.BOUNCE, R.USER_UNKNOWN, G),
    ("bounce/technical", "bounce.technical", K.BOUNCE, R.UNKNOWN, G),
    ("bounce/content", "bounce.content", K.BOUNCE, R.SPAM_DETECTED, G),
    ("bounce/reputation", "bounce.reputation", K.BOUNCE, R.BAD_REPUTATION, G),
    ("bounce/frequency or volume", "bounce.frequency_or_volume", K.BOUNCE, R.RATE_LIMITED, G),
    ("bounce/unclassified", "bounce.unclassified", K.BOUNCE, R.UNKNOWN, G),
    ("bounce/blocked", "blocked", K.BOUNCE, R.BLOCKED, G),
    ("bounce/bounce", "bounce", K.BOUNCE, R.UNKNOWN, G),
    ("bounce", "bounce", K.BOUNCE, R.UNKNOWN, G),
    ("blocked/invalid address", "blocked.invalid_address", K.BOUNCE, R.USER_UNKNOWN, G),
    ("blocked/content", "blocked.content", K.BOUNCE, R.SPAM_DETECTED, G),
    ("blocked/reputation", "blocked.reputation", K.BOUNCE, R.BAD_REPUTATION, G),
    ("blocked/frequency or volume", "blocked.frequency_or_volume", K.BOUNCE, R.RATE_LIMITED, G),
    ("blocked", "blocked", K.BOUNCE, R.BLOCKED, G),
    # dropped: SendGrid did not send; for an address on one of its suppression lists that is
    # a suppression, not a new bounce
    ("dropped/bounced address", "dropped.bounced_address", K.SUPPRESSED, R.SUPPRESSED, S),
    ("dropped/unsubscribed address", "dropped.unsubscribed_address", K.SUPPRESSED, R.SUPPRESSED, S),
    ("dropped/spam reporting address", "dropped.spam_reporting_address", K.SUPPRESSED, R.SUPPRESSED, S),
    ("dropped/invalid", "dropped.invalid", K.SUPPRESSED, R.SUPPRESSED, S),
    ("dropped/spam content (if spam checker app enabled)", "dropped.spam_content", K.BOUNCE, R.SPAM_DETECTED, S),
    ("dropped/spam content", "dropped.spam_content", K.BOUNCE, R.SPAM_DETECTED, S),
    ("dropped/invalid smtpapi header", "dropped.invalid_smtpapi_header", K.BOUNCE, R.SYNTAX_ERROR, S),
    ("dropped/recipient list over package quota", "dropped.over_package_quota", K.BOUNCE, R.EXCEED_LIMIT, S),
    ("dropped", "dropped", K.BOUNCE, R.POLICY_VIOLATION, G),
    ("deferred", "deferred", K.DELAY, R.EXPIRED, G),
    ("spamreport", "spamreport", K.COMPLAINT, R.COMPLAINT, S),
    ("delivered", "delivered", K.DELIVERED, R.DELIVERED, S),
])

# Mailgun events. Keys: "failed/<severity>/<reason>", "failed/<severity>", "complained", "delivered".
MAILGUN = _rows("mailgun", [
    ("failed/permanent/suppress-bounce", "permanent.suppress_bounce", K.SUPPRESSED, R.SUPPRESSED, S),
    ("failed/permanent/suppress-unsubscribe", "permanent.suppress_unsubscribe", K.SUPPRESSED, R.SUPPRESSED, S),
    ("failed/permanent/suppress-complaint", "permanent.suppress_complaint", K.SUPPRESSED, R.SUPPRESSED, S),
    ("failed/permanent/old", "permanent.old", K.BOUNCE, R.EXPIRED, S),
    ("failed/permanent/espblock", "permanent.espblock", K.BOUNCE, R.BLOCKED, G),
    ("failed/permanent/bounce", "permanent.bounce", K.BOUNCE, R.UNKNOWN, G),
    ("failed/permanent/generic", "permanent.generic", K.BOUNCE, R.UNKNOWN, G),
    ("failed/permanent", "permanent", K.BOUNCE, R.UNKNOWN, G),
    # a temporary failure: Mailgun retries
    ("failed/temporary/greylisted", "temporary.greylisted", K.DELAY, R.RATE_LIMITED, S),
    ("failed/temporary/espblock", "temporary.espblock", K.DELAY, R.BLOCKED, G),
    ("failed/temporary", "temporary", K.DELAY, R.EXPIRED, G),
    ("failed", "failed", K.BOUNCE, R.UNKNOWN, G),
    ("complained", "complained", K.COMPLAINT, R.COMPLAINT, S),
    ("delivered", "delivered", K.DELIVERED, R.DELIVERED, S),
])

# Postmark bounce types (keyed by the Type name; TypeCode in POSTMARK_TYPE_CODES) and the
# delivery webhook.
SPAM_NOTIFICATION_CODE = 512
POSTMARK_TYPE_CODES: dict[int, str] = {
    1: "HardBounce", 2: "Transient", 16: "Unsubscribe", 32: "Subscribe", 64: "AutoResponder",
    128: "AddressChange", 256: "DnsError", 512: "SpamNotification", 1024: "OpenRelayTest",
    2048: "Unknown", 4096: "SoftBounce", 8192: "VirusNotification", 16384: "ChallengeVerification",
    100000: "BadEmailAddress", 100001: "SpamComplaint", 100002: "ManuallyDeactivated",
    100003: "Unconfirmed", 100006: "Blocked", 100007: "SMTPApiError", 100008: "InboundError",
    100009: "DMARCPolicy", 100010: "TemplateRenderingFailed",
}
POSTMARK = _rows("postmark", [
    ("HardBounce", "hardbounce", K.BOUNCE, R.USER_UNKNOWN, G),
    ("Transient", "transient", K.BOUNCE, R.UNKNOWN, G),
    ("Unsubscribe", "unsubscribe", K.COMPLAINT, R.COMPLAINT, S),
    ("Subscribe", "subscribe", K.NOT_BOUNCE, None, S),
    ("AutoResponder", "autoresponder", K.AUTO_REPLY, R.AUTO_REPLY, S),
    ("AddressChange", "addresschange", K.AUTO_REPLY, R.AUTO_REPLY, S),
    ("DnsError", "dnserror", K.BOUNCE, R.DNS_ERROR, S),
    ("SpamNotification", "spamnotification", K.BOUNCE, R.SPAM_DETECTED, S),
    ("OpenRelayTest", "openrelaytest", K.NOT_BOUNCE, None, S),
    ("Unknown", "unknown", K.BOUNCE, R.UNKNOWN, G),
    ("SoftBounce", "softbounce", K.BOUNCE, R.UNKNOWN, G),
    ("VirusNotification", "virusnotification", K.BOUNCE, R.VIRUS_DETECTED, S),
    ("ChallengeVerification", "challengeverification", K.AUTO_REPLY, R.AUTO_REPLY, S),
    ("BadEmailAddress", "bademailaddress", K.BOUNCE, R.USER_UNKNOWN, S),
    ("SpamComplaint", "spamcomplaint", K.COMPLAINT, R.COMPLAINT, S),
    # deactivated by hand in Postmark: it will not send to the address
    ("ManuallyDeactivated", "manuallydeactivated", K.SUPPRESSED, R.SUPPRESSED, S),
    ("Unconfirmed", "unconfirmed", K.BOUNCE, R.SENDER_REJECTED, S),
    ("Blocked", "blocked", K.BOUNCE, R.BLOCKED, G),
    ("SMTPApiError", "smtpapierror", K.BOUNCE, R.SYNTAX_ERROR, S),
    ("InboundError", "inbounderror", K.BOUNCE, R.SYSTEM_ERROR, G),
    ("DMARCPolicy", "dmarcpolicy", K.BOUNCE, R.AUTH_FAILURE, S),
    ("TemplateRenderingFailed", "templaterenderingfailed", K.BOUNCE, R.CONTENT_ERROR, S),
    ("Delivery", "delivery", K.DELIVERED, R.DELIVERED, S),
])

# SparkPost (and MessageBird/Bird, same events) bounce classes. Keys: the class number for
# bounce, out_of_band, policy_rejection and delay events, else the event type.
SPARKPOST = _rows("sparkpost", [
    ("1", "1.undetermined", K.BOUNCE, R.UNKNOWN, G),
    ("10", "10.invalid_recipient", K.BOUNCE, R.USER_UNKNOWN, S),
    ("20", "20.soft_bounce", K.BOUNCE, R.UNKNOWN, G),
    ("21", "21.dns_failure", K.BOUNCE, R.DNS_ERROR, S),
    ("22", "22.mailbox_full", K.BOUNCE, R.MAILBOX_FULL, S),
    ("23", "23.too_large", K.BOUNCE, R.MESSAGE_TOO_LARGE, S),
    ("24", "24.timeout", K.BOUNCE, R.NETWORK_ERROR, S),
    ("25", "25.admin_failure", K.SUPPRESSED, R.SUPPRESSED, S),
    ("26", "26.smart_send_suppression", K.SUPPRESSED, R.SUPPRESSED, S),
    ("30", "30.no_rcpt", K.BOUNCE, R.USER_UNKNOWN, G),
    ("40", "40.generic_bounce", K.BOUNCE, R.UNKNOWN, G),
    ("50", "50.mail_block", K.BOUNCE, R.BLOCKED, G),
    ("51", "51.spam_block", K.BOUNCE, R.BLOCKED, S),
    ("52", "52.spam_content", K.BOUNCE, R.SPAM_DETECTED, S),
    ("53", "53.prohibited_attachment", K.BOUNCE, R.CONTENT_ERROR, S),
    ("54", "54.relaying_denied", K.BOUNCE, R.NO_RELAYING, S),
    ("60", "60.auto_reply", K.AUTO_REPLY, R.AUTO_REPLY, S),
    ("70", "70.transient_failure", K.BOUNCE, R.UNKNOWN, G),
    ("80", "80.subscribe", K.NOT_BOUNCE, None, S),
    ("90", "90.unsubscribe", K.COMPLAINT, R.COMPLAINT, S),
    ("100", "100.challenge_response", K.AUTO_REPLY, R.AUTO_REPLY, S),
    ("bounce", "bounce", K.BOUNCE, R.UNKNOWN, G),
    ("out_of_band", "out_of_band", K.BOUNCE, R.UNKNOWN, G),
    ("policy_rejection", "policy_rejection", K.BOUNCE, R.POLICY_VIOLATION, G),
    ("delay", "delay", K.DELAY, R.EXPIRED, G),
    ("spam_complaint", "spam_complaint", K.COMPLAINT, R.COMPLAINT, S),
    ("delivery", "delivery", K.DELIVERED, R.DELIVERED, S),
])

WEBHOOK_RULES: dict[tuple[str, str], WebhookRule] = {**SES, **SENDGRID, **MAILGUN, **POSTMARK, **SPARKPOST}


def find(provider: str, keys: Iterable[str]) -> WebhookRule | None:
    """The first row for ``provider`` among ``keys`` (most specific first), or None."""
    for key in keys:
        row = WEBHOOK_RULES.get((provider, key.lower()))
        if row is not None:
            return row
    return None
