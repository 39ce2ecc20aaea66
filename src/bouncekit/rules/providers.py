"""Provider rule sets: how the big mailbox providers and filtering services word their refusals.

Keyed by the domain of the remote MTA (the host that refused) or, failing that, the reporting MTA.
A rule fires when its status code (if given) equals the record's status and its pattern (if given)
is found in the diagnostic. The provider's documented wordings (``WORDED``) come first; its codes
that decide alone (``CODES``) only where no words are recognised. Rule ids are ``provider.<name>.<id>``, the id being the provider's own
code where it has one (``provider.google.5.7.26``, ``provider.cox.cxbl``).

These are the providers' fixed, documented wordings and codes (their postmaster pages list them),
not the sentences of any one message.
"""
from __future__ import annotations

from typing import NamedTuple

from ..model import Reason

R = Reason


class ProviderRule(NamedTuple):
    id: str
    reason: Reason
    status: str | None   # exact enhanced status code the rule requires, or None
    pattern: str | None  # regex searched in the diagnostic (case-insensitive), or None
    stage: str | None = None  # SMTP command the reply must have answered, or None


def _r(id: str, reason: Reason, pattern: str | None = None, status: str | None = None,
       stage: str | None = None) -> ProviderRule:
    return ProviderRule(id, reason, status, pattern, stage)


# A provider's documented wordings, one rule a row: (provider, rule with its pattern); a provider's
# rows stand together, in the order they are tried.
WORDED: tuple[tuple[str, ProviderRule], ...] = (
    ("google", _r("account_disabled", R.MAILBOX_DISABLED, r"account that you tried to reach is (?:disabled|inactive)|account (?:has been )?disabled")),
    ("google", _r("account_missing", R.USER_UNKNOWN, r"account that you tried to reach does not exist")),
    ("google", _r("over_quota", R.MAILBOX_FULL, r"account that you tried to reach is over quota|out of storage space|inbox is out of storage")),
    ("google", _r("receiving_rate", R.RATE_LIMITED, r"receiving mail (?:at a rate|too quickly)|rate that prevents additional messages")),
    ("google", _r("low_reputation", R.BAD_REPUTATION, r"low reputation|very low reputation")),
    ("google", _r("unsolicited_rate", R.BLOCKED, r"unusual rate of unsolicited mail originating from your ip")),
    ("google", _r("not_authorized_ip", R.BLOCKED, r"ip you're using to send mail is not authorized")),
    ("google", _r("likely_unsolicited", R.SPAM_DETECTED, r"likely unsolicited mail|likely suspicious")),
    ("google", _r("rfc5322", R.NOT_COMPLIANT_RFC, r"not rfc ?5322 compliant|missing a valid address in from|multiple (?:from|to|subject|date|message-id|sender) headers|duplicate (?:headers?|message-id)")),
    ("google", _r("policy", R.POLICY_VIOLATION, r"has a policy that prohibited|illegal attachment|prohibited attachment|potential security issue|blocked because its content")),
    ("google", _r("send_mail_as", R.SENDER_REJECTED, r"send mail as")),
    ("google", _r("too_many_recipients", R.TOO_MANY_CONNECTIONS, r"too many recipients")),
    ("google", _r("message_size", R.MESSAGE_TOO_LARGE, r"exceeded (?:google's|the) message size limit")),
    ("microsoft", _r("dmarc", R.AUTH_FAILURE, r"dmarc|spf|dkim|does not pass")),
    ("microsoft", _r("5.4.1", R.USER_UNKNOWN, r"recipient address rejected: access denied", status="5.4.1")),
    ("microsoft", _r("4.7.650", R.BAD_REPUTATION, r"due to ip reputation|4\.7\.65[0-2]")),
    ("microsoft", _r("5.7.606", R.BLOCKED, r"banned sending ip|part of their network is on our block list|weren['’]t sent|block list \(s3150\)|\bS3\d{3}\b")),
    ("microsoft", _r("5.7.705", R.BLOCKED, r"tenant has exceeded threshold|5\.7\.70[5-8]|5\.7\.750")),
    ("microsoft", _r("mailbox_unavailable", R.USER_UNKNOWN, r"mailbox unavailable|recipient not found|recipientnotfound")),
    ("microsoft", _r("5.4.14", R.NETWORK_ERROR, r"hop count exceeded")),
    ("microsoft", _r("5.2.2", R.MAILBOX_FULL, r"mailbox (?:is )?full|storage quota")),
    ("microsoft", _r("5.6.211", R.NOT_COMPLIANT_RFC, r"5\.6\.211|invalid (?:header|message)")),
    ("yahoo", _r("dd", R.USER_UNKNOWN, r"this user doesn['’]t have a \S+ account|\bdd\b.{0,40}doesn['’]t have")),
    ("yahoo", _r("disabled", R.MAILBOX_DISABLED, r"user (?:account )?(?:is )?(?:unavailable|disabled|inactive)|account has been disabled")),
    # [TSS04] (and the older [TS01]/[TS02]) "temporarily deferred due to unexpected volume or user
    # complaints": Yahoo slows the sender down and asks it to retry later (taxonomy.md, Decision 7)
    ("yahoo", _r("tss04", R.RATE_LIMITED, r"\[tss04\]|\[ts0[12]\]|\btss?0[124]\b|temporarily deferred due to unexpected volume|messages from [0-9.]+ temporarily deferred")),
    # [TS03] / [TSS09] "permanently deferred", "retrying will not succeed": the sending IP is refused
    ("yahoo", _r("ts0x", R.BLOCKED, r"\[ts03\]|\[tss09\]|\btss?0[39]\b|permanently deferred")),
    ("yahoo", _r("policy", R.POLICY_VIOLATION, r"not accepted for policy reasons")),
    ("yahoo", _r("5.7.9", R.AUTH_FAILURE, r"dmarc|authentication")),
    ("yahoo", _r("ptr", R.REQUIRE_PTR, r"ptr|reverse")),
    ("apple", _r("mailbox_full", R.MAILBOX_FULL, r"over quota|mailbox (?:is )?full")),
    ("apple", _r("disabled", R.MAILBOX_DISABLED, r"mailbox is disabled|account (?:is )?(?:disabled|inactive)")),
    ("apple", _r("no_user", R.USER_UNKNOWN, r"user does not exist|no such user|user unknown")),
    ("apple", _r("blocked", R.BLOCKED, r"\b(?:cs01|hm07|hm08)\b")),
    ("cox", _r("cxbl", R.BLOCKED, r"cxbl|cxsbl|ip (?:address )?(?:has been )?blocked|cxrbl|cxdnsbl")),
    ("cox", _r("cxsmtp", R.REQUIRE_PTR, r"cxsmtp|reverse dns|ptr")),
    ("cox", _r("cxmxrt", R.RATE_LIMITED, r"cxmxrt|cxthrottle|too many")),
    ("cox", _r("cxcnct", R.TOO_MANY_CONNECTIONS, r"cxcnct|cxconn")),
    ("cox", _r("cxdmarc", R.AUTH_FAILURE, r"cxdmarc|cxdkim|cxspf")),
    ("cox", _r("cxmjrejct", R.SPAM_DETECTED, r"cxmjrejct|cxspam")),
    ("cox", _r("cxtmp", R.SYSTEM_ERROR, r"cxtmp")),
    ("cox", _r("aup", R.BLOCKED, r"aup#c[a-z]+")),
    # Charter/Spectrum end refusals with "AUP#I-1310" (incoming) or "AUP#O-1010" (outgoing); the
    # number is a documented cause, in ranges (1100-1150 reverse DNS, 1300-1340 connections, ...).
    ("spectrum", _r("aup_1000", R.BLOCKED, r"aup#(?:in?|o)?-?1000\b")),
    ("spectrum", _r("aup_1010", R.SENDER_REJECTED, r"aup#(?:in?|o)?-?10[1-8]0\b|aup#(?:in?|o)?-?15[02]0\b")),
    ("spectrum", _r("aup_1090", R.SYSTEM_ERROR, r"aup#(?:in?|o)?-?1090\b")),
    ("spectrum", _r("aup_ptr", R.REQUIRE_PTR, r"aup#(?:in?|o)?-?11[0-5]0\b|aup#(?:ptr|rdns)")),
    ("spectrum", _r("aup_1260", R.NETWORK_ERROR, r"aup#(?:in?|o)?-?1260\b")),
    ("spectrum", _r("aup_1300", R.TOO_MANY_CONNECTIONS, r"aup#(?:in?|o)?-?(?:13[0-4]\d|1550)\b|aup#cnct")),
    ("spectrum", _r("aup_1350", R.RATE_LIMITED, r"aup#(?:in?|o)?-?(?:1350|1540|15[89]0)\b|aup#(?:mxrt|rate)")),
    ("spectrum", _r("aup_1530", R.MESSAGE_TOO_LARGE, r"aup#(?:in?|o)?-?1530\b")),
    ("spectrum", _r("aup_1560", R.POLICY_VIOLATION, r"aup#(?:in?|o)?-?1560\b")),
    ("spectrum", _r("aup_5", R.USER_UNKNOWN, r"aup#(?:in-?)?5\d\d\b")),
    ("spectrum", _r("aup", R.BLOCKED, r"aup#")),
    ("godaddy", _r("ib401", R.REQUIRE_PTR, r"ib401|ptr")),
    ("godaddy", _r("ib212", R.BLOCKED, r"ib[12]\d\d|blacklist|block list")),
    ("godaddy", _r("ib501", R.SPAM_DETECTED, r"ib50[1-4]")),
    ("godaddy", _r("ib607", R.RATE_LIMITED, r"ib60[5-9]|too many recipients this hour")),
    ("godaddy", _r("ib705", R.VIRUS_DETECTED, r"ib70\d|virus")),
    ("godaddy", _r("ib_sender", R.SENDER_REJECTED, r"sender (?:is )?not allowed|from: address|sender address|from: domain|valid from")),
    ("comcast", _r("bl000000", R.BLOCKED, r"bl0{6}|bl0{4}01|blocked|rbl")),
    ("comcast", _r("rl000000", R.RATE_LIMITED, r"rl0{6}|rl0{4}0[1-9]|rate limit")),
    ("comcast", _r("ptr", R.REQUIRE_PTR, r"ptr|reverse dns|pt0{5}[0-9]")),
    ("comcast", _r("sp000000", R.SPAM_DETECTED, r"sp0{6}")),
    ("comcast", _r("mailbox_full", R.MAILBOX_FULL, r"mailbox (?:is )?full|over quota")),
    ("mimecast", _r("rp_fee", R.USER_UNKNOWN, r"rejected.{0,20}recipient|invalid recipient|rp:rdn|rp:fee.{0,10}recipient")),
    ("mimecast", _r("rp_cea", R.BLOCKED, r"rp:(?:cea|ttl|cnl)|ip blocked|connection blocked|envelope rejected")),
    ("mimecast", _r("rp_spam", R.SPAM_DETECTED, r"spam|rp:dsp|rp:ssp|rp:ssv")),
    ("mimecast", _r("rp_sender", R.SENDER_REJECTED, r"sender|rp:bsp|rp:fee|rp:sdn")),
    ("mimecast", _r("rp_policy", R.POLICY_VIOLATION, r"policy|rp:pcp|rp:tmf")),
    ("mimecast", _r("rp_virus", R.VIRUS_DETECTED, r"virus|rp:vir")),
    ("proofpoint", _r("pps_blocked", R.BLOCKED, r"blocked|listed|reputation")),
    ("proofpoint", _r("pps_spam", R.SPAM_DETECTED, r"spam")),
    ("proofpoint", _r("pps_user", R.USER_UNKNOWN, r"no such user|user unknown|recipient")),
    ("barracuda", _r("bbl", R.BLOCKED, r"barracudacentral|blocked|listed")),
    ("barracuda", _r("spam", R.SPAM_DETECTED, r"spam|message content rejected")),
    ("cloudflare", _r("dmarc", R.AUTH_FAILURE, r"dmarc|spf|dkim")),
    ("cloudflare", _r("unknown", R.USER_UNKNOWN, r"address does not exist|unknown address|no such")),
    ("tencent", _r("mailbox_not_found", R.USER_UNKNOWN, r"mailbox not found|mailbox unavailable|user not exist|invalid address")),
    ("tencent", _r("conn_frequency", R.TOO_MANY_CONNECTIONS, r"(?:ip|connection|domain) frequency limited")),
    ("tencent", _r("frequency", R.RATE_LIMITED, r"frequency limit|frequency limited|too many|rate limit|mail is rejected due to frequency")),
    ("tencent", _r("spam", R.SPAM_DETECTED, r"spam|content rejected|mail content denied")),
    ("tencent", _r("ip_blocked", R.BLOCKED, r"ip (?:is )?(?:blocked|rejected)|connection refused|bad ip|listed")),
    ("tencent", _r("quota", R.MAILBOX_FULL, r"quota|full")),
    ("tencent", _r("suspended", R.MAILBOX_DISABLED, r"suspended|frozen|inactive")),
    # Orange and La Poste end each refusal with a code like "OFR005_505" or "LPN007_426"; the three
    # digits after the underscore are the documented cause (OFR_506 = content rejected as spam, ...).
    ("orange", _r("416", R.USER_UNKNOWN, r"(?:ofr|lpn|ouk)\d*_41[68]\b")),
    ("orange", _r("417", R.MAILBOX_FULL, r"(?:ofr|lpn|ouk)\d*_417\b")),
    ("orange", _r("420", R.MAILBOX_DISABLED, r"(?:ofr|lpn|ouk)\d*_42[06]\b")),
    ("orange", _r("403", R.SENDER_REJECTED, r"(?:ofr|lpn|ouk)\d*_(?:40[35]|415|421)\b")),
    ("orange", _r("305", R.SECURITY_ERROR, r"(?:ofr|lpn|ouk)\d*_(?:305|402)\b")),
    ("orange", _r("104", R.TOO_MANY_CONNECTIONS, r"(?:ofr|lpn|ouk)\d*_10[4-6]\b")),
    ("orange", _r("505", R.SYSTEM_ERROR, r"(?:ofr|lpn|ouk)\d*_505\b")),
    ("orange", _r("506", R.SPAM_DETECTED, r"(?:ofr|lpn|ouk)\d*_506\b")),
    ("orange", _r("514", R.MESSAGE_TOO_LARGE, r"(?:ofr|lpn|ouk)\d*_514\b")),
    ("orange", _r("630", R.POLICY_VIOLATION, r"(?:ofr|lpn|ouk)\d*_630\b")),
    ("orange", _r("blocked", R.BLOCKED, r"(?:ofr|lpn|ouk)\d*_(?:10[0-37-9]|401|510|999)\b")),
    ("orange", _r("ofr_spam", R.SPAM_DETECTED, r"\bspam\b")),
    ("orange", _r("ofr_user", R.USER_UNKNOWN, r"destinataire invalide|adresse (?:d'au moins un destinataire )?invalide|invalid recipient")),
    ("orange", _r("ofr_full", R.MAILBOX_FULL, r"boite (?:du destinataire )?pleine|mailbox (?:is )?full")),
    ("mailru", _r("spam", R.SPAM_DETECTED, r"spam|nonsense|abuse")),
    ("mailru", _r("ratelimit", R.RATE_LIMITED, r"ratelimit|too many")),
    ("mailru", _r("user", R.USER_UNKNOWN, r"user not found|no such user|not exist")),
    ("mailru", _r("full", R.MAILBOX_FULL, r"over quota|mailbox full|quota")),
    ("yandex", _r("spam", R.SPAM_DETECTED, r"spam|message rejected under suspicion")),
    ("yandex", _r("user", R.USER_UNKNOWN, r"no such user|user not found|not exist")),
    ("yandex", _r("full", R.MAILBOX_FULL, r"over quota|mailbox full|quota")),
    ("yandex", _r("ratelimit", R.RATE_LIMITED, r"ratelimit|too many")),
    ("gmx", _r("mailbox_unavailable", R.USER_UNKNOWN, r"mailbox unavailable|no such user|user unknown|not exist")),
    ("gmx", _r("quota", R.MAILBOX_FULL, r"quota|mailbox full")),
    ("gmx", _r("blocked", R.BLOCKED, r"ip address is blocked|bl ?\d|blocked|rejected by local policy|listed")),
    ("zoho", _r("invalid", R.USER_UNKNOWN, r"invalid address|mailbox unavailable|no such user|user not found")),
    ("zoho", _r("blocked", R.BLOCKED, r"blocked|listed")),
    ("kddi", _r("user_unknown", R.USER_UNKNOWN, r">: user unknown|recipient address rejected")),
    # docomo: no wording of its own ("550 Unknown user" is a missing mailbox at any stage, DATA
    # included: taxonomy.md, Decision 1)
    ("messagelabs", _r("spam", R.SPAM_DETECTED, r"spam|content")),
    # Email Security.cloud refuses a recipient its customer has not registered (address
    # registration) with a bare "542 <address> Rejected"
    ("messagelabs", _r("542", R.USER_UNKNOWN, r"(?:^|\s)542 (?:\S+ )?rejected\b")),
    ("messagelabs", _r("no_such_user", R.USER_UNKNOWN, r"no such user|user unknown|unknown user")),
)

# A provider's codes that decide alone, when none of its wordings is found: (provider, rule with
# the exact status it requires)
CODES: tuple[tuple[str, ProviderRule], ...] = (
    ("google", _r("5.7.26", R.AUTH_FAILURE, status="5.7.26")),
    ("google", _r("5.7.25", R.REQUIRE_PTR, status="5.7.25")),
    ("google", _r("5.7.27", R.AUTH_FAILURE, status="5.7.27")),
    ("microsoft", _r("5.7.509", R.AUTH_FAILURE, status="5.7.509")),
    ("microsoft", _r("5.7.515", R.AUTH_FAILURE, status="5.7.515")),
    ("microsoft", _r("5.1.10", R.USER_UNKNOWN, status="5.1.10")),
    # docomo refuses with 5.2.0 when the recipient's reception settings block the sender
    ("docomo", _r("5.2.0", R.FILTERED, status="5.2.0")),
)

# When the refusing host is not known, a provider's own code family in the text names it:
# (name, literal that every marker contains, marker regex searched in the lower-cased diagnostic)
MARKERS: tuple[tuple[str, str, str], ...] = (
    ("spectrum", "aup#", r"aup#(?:in?|o)?-?\d{4}\b"),
    ("cox", "aup#c", r"aup#c[a-z]+"),
    ("cox", "cx", r"\bcx(?:bl|sbl|rbl|dnsbl|smtp|mxrt|throttle|cnct|conn|dmarc|dkim|spf|mjrejct|spam|tmp)\b"),
    ("orange", "ofr", r"\bofr\d*_\d{3}\b"),
    ("orange", "lpn", r"\blpn\d*_\d{3}\b"),
    ("godaddy", "ib", r"\bib[1-7]\d\d\b"),
)

# (name, domain suffixes)
DOMAINS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("google", ("google.com", "gmail.com", "googlemail.com", "gmail-smtp-in.l.google.com")),
    ("microsoft", ("outlook.com", "hotmail.com", "live.com", "msn.com", "office365.com", "protection.outlook.com",
                   "exchangelabs.com", "microsoft.com")),
    ("yahoo", ("yahoo.com", "yahoodns.net", "yahoo.co.jp", "yahoo.net", "aol.com", "aol.net", "verizon.net",
               "yahooinc.com")),
    ("apple", ("icloud.com", "me.com", "mac.com", "apple.com")),
    ("cox", ("cox.net", "cox.com", "cox.rr.com")),
    ("spectrum", ("charter.net", "rr.com", "spectrum.net", "twc.com")),
    ("godaddy", ("secureserver.net", "godaddy.com")),
    ("comcast", ("comcast.net",)),
    ("mimecast", ("mimecast.com", "mimecast.co.za", "mimecast-offshore.com")),
    ("proofpoint", ("pphosted.com", "ppe-hosted.com", "proofpoint.com")),
    ("barracuda", ("barracudanetworks.com", "barracuda.com", "cudamail.com")),
    ("cloudflare", ("cloudflare.net", "mx.cloudflare.net")),
    ("tencent", ("qq.com", "exmail.qq.com", "tencent.com", "foxmail.com")),
    ("orange", ("orange.fr", "wanadoo.fr", "laposte.net", "francetelecom.fr", "orange.com")),
    ("mailru", ("mail.ru", "bk.ru", "list.ru", "inbox.ru")),
    ("yandex", ("yandex.ru", "yandex.net", "yandex.com")),
    ("gmx", ("gmx.net", "gmx.de", "gmx.com", "web.de", "kundenserver.de", "1and1.com", "ionos.com")),
    ("zoho", ("zoho.com", "zohomail.com", "zoho.eu")),
    ("kddi", ("ezweb.ne.jp", "au.com", "auone-net.jp")),
    ("docomo", ("docomo.ne.jp",)),
    ("messagelabs", ("messagelabs.com",)),
)


def _rules_of(rules: tuple[tuple[str, ProviderRule], ...]) -> dict[str, tuple[ProviderRule, ...]]:
    found: dict[str, list[ProviderRule]] = {}
    for name, rule in rules:
        found.setdefault(name, []).append(rule)
    return {name: tuple(own) for name, own in found.items()}


_RULES_OF = _rules_of(WORDED + CODES)
# (name, domain suffixes, rules: the worded ones, then the codes)
PROVIDERS: tuple[tuple[str, tuple[str, ...], tuple[ProviderRule, ...]], ...] = tuple(
    (name, domains, _RULES_OF[name]) for name, domains in DOMAINS)
