"""One row per classification rule: a reply as servers word it, and the rule id that must decide.

Where ``tests/test_classify_table.py`` pins reasons over many wordings, this table pins *which rule*
speaks (``rule`` in records.md), so a rule that stops firing, or another that starts shadowing it,
fails here by name. Every phrase rule in ``rules/phrases.py``, every specific status code in
``rules/status.py`` and every vendor table row family has a line; a test checks that none is
missing. Texts are written from how servers commonly word each cause; addresses and hosts are
invented."""
from __future__ import annotations

import pytest

from bouncekit import classify
from bouncekit.classify.reply import without_addresses
from bouncekit.rules import status as status_rules
from bouncekit.rules.phrases import ORDER

# (reply, rule id that must decide[, status[, smtp command]])
PHRASE_ROWS: list[tuple] = [
    ("552 Скринька отримувача переповнена", "phrase.mailbox_full.uk"),
    ("552 Mailbox van de ontvanger is vol", "phrase.mailbox_full.nl"),
    ("550 Користувача з такою адресою не знайдено", "phrase.user_unknown.uk"),
    ("550 Onbekende gebruiker", "phrase.user_unknown.nl"),
    ("host mx.example.com[192.0.2.7] refused to talk to me: 554 5.7.1 Connection refused",
     "phrase.blocked.connection_refused_reply"),
    ("552 5.2.2 Too many messages in the mailbox", "phrase.mailbox_full.storage_full"),
    ("550 5.7.1 This message appears to be unsolicited", "phrase.spam_detected.spam"),
    ("550 LDAP lookup failed: no entry for recipient", "phrase.user_unknown.mailbox_missing"),
    ("554 5.4.6 Message exceeded 30 hops, this may indicate a mail loop", "phrase.network_error.loop"),
    ("procmail: Couldn't create \"/var/mail/ann\"", "phrase.mailer_error.local_delivery"),
    ("553 Client host rejected: your IP identified as spammer", "phrase.blocked.spam_source"),
    ("550 Too many invalid recipients", "phrase.blocked.harvest"),
    ("450 4.2.0 <ann@example.org>: Recipient address rejected: Greylisted, please try again in 300 seconds", "phrase.rate_limited.greylisted"),
    ("421 4.7.28 We have detected an unusual rate of mail from your domain", "phrase.rate_limited.unusual_rate"),
    ("421 4.7.1 Messages to ann@example.org deferred due to excessive volume", "phrase.rate_limited.volume"),
    ("554 5.2.121 The sender has exceeded the limit for the number of messages they can send per hour", "phrase.rate_limited.sending_quota"),
    ("452 4.5.3 Too many recipients", "phrase.too_many_connections.too_many_recipients"),
    ("421 Too many concurrent connections from your host", "phrase.too_many_connections.connection_frequency"),
    ("550 5.7.26 The From: header isn't aligned with the authenticated domain", "phrase.auth_failure.alignment"),
    ("550 5.7.1 Messages missing a valid Message-ID header are not accepted", "phrase.not_compliant_rfc.header_fault"),
    ("503 5.5.1 Bad sequence of commands", "phrase.syntax_error.protocol"),
    ("552 5.2.2 Mailbox full", "phrase.mailbox_full.mailbox_full"),
    ("452 4.2.2 user is over quota", "phrase.mailbox_full.over_quota"),
    ("552 recipient's inbox is full", "phrase.mailbox_full.storage_full"),
    ("552 The recipient's mailbox is over its storage limit", "phrase.mailbox_full.storage_full"),
    ("452 4.2.2 This mailbox is over his size limit", "phrase.mailbox_full.storage_full"),
    ("552 Postfach voll", "phrase.mailbox_full.de"),
    ("552 Boîte aux lettres pleine", "phrase.mailbox_full.fr"),
    ("552 Buzón lleno", "phrase.mailbox_full.es"),
    ("552 Caixa postal cheia", "phrase.mailbox_full.pt"),
    ("552 Casella piena", "phrase.mailbox_full.it"),
    ("552 Почтовый ящик переполнен", "phrase.mailbox_full.ru"),
    ("552 Skrzynka odbiorcy jest pełna", "phrase.mailbox_full.pl"),
    ("552 メールボックスがいっぱいです", "phrase.mailbox_full.ja"),
    ("552 邮箱已满", "phrase.mailbox_full.zh"),
    ("552 5.2.3 Message exceeds local limit for this recipient", "phrase.exceed_limit.recipient_limit"),
    ("552 5.3.4 Message size exceeds fixed maximum message size", "phrase.message_too_large.too_large"),
    ("Address is on the suppression list", "phrase.suppressed.suppression"),
    ("550 5.2.1 Account disabled", "phrase.mailbox_disabled.disabled"),
    ("550 5.1.6 Recipient has moved; no forwarding address", "phrase.has_moved.moved"),
    ("556 5.1.10 Domain publishes a null MX", "phrase.not_accept.null_mx"),
    ("You're sending this from a different address using the 'Send mail as' feature", "phrase.sender_rejected.send_mail_as"),
    ("550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized to send to the distribution list", "phrase.filtered.restriction"),
    ("TLS is required, but was not offered by host mx.example.org", "phrase.failed_starttls.tls_failed"),
    ("530 5.7.0 Must issue a STARTTLS command first", "phrase.security_error.tls_required"),
    ("454 4.7.0 Too many login attempts, please try again later", "phrase.security_error.smtp_auth"),
    ("554 5.7.1 Relay access denied", "phrase.no_relaying.relay_denied"),
    ("550 5.7.1 Message is not RFC 5322 compliant", "phrase.not_compliant_rfc.rfc5322"),
    ("550 5.7.1 Unauthenticated email from example.com is not accepted due to domain's DMARC policy", "phrase.auth_failure.dmarc"),
    ("550 5.7.1 SPF check failed", "phrase.auth_failure.spf"),
    ("550 5.7.20 No passing DKIM signature found", "phrase.auth_failure.dkim"),
    ("550 5.7.1 can't determine Purported Responsible Address", "phrase.auth_failure.sender_id"),
    ("550 5.7.1 This message fails to pass authentication checks", "phrase.auth_failure.unauthenticated"),
    ("550 5.7.25 The IP address sending this message does not have a PTR record", "phrase.require_ptr.ptr"),
    ("554 5.7.1 Virus found in message", "phrase.virus_detected.virus"),
    ("552 5.7.0 Attachment type not allowed", "phrase.content_error.attachment"),
    ("554 5.7.1 Sender address [ann@example.com] blocked using dbl.spamhaus.org", "phrase.sender_rejected.listed_sender"),
    ("550 5.7.1 Your message contains a URL listed in the Spamhaus DBL", "phrase.spam_detected.listed_domain"),
    ("554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org", "phrase.blocked.rbl"),
    ("550 5.7.1 Rejected due to poor sender reputation", "phrase.bad_reputation.reputation"),
    ("421 4.7.0 Messages temporarily deferred due to user complaints", "phrase.bad_reputation.complaints"),
    ("550 5.7.1 Message rejected as spam", "phrase.spam_detected.spam"),
    ("553 5.1.8 Sender address rejected: Domain not found", "phrase.sender_rejected.sender"),
    ("550 Administrative prohibition", "phrase.sender_rejected.sender_common"),
    ("550 You cannot send mail to yourself", "phrase.sender_rejected.self_addressed"),
    ("The group you tried to contact may not exist, or you may not have permission to post", "phrase.sender_rejected.group"),
    ("Host not found, try again", "phrase.dns_error.temporary"),
    ("550 5.1.2 ROUTING.InvalidAddress; invalid address domain", "phrase.host_unknown.domain_invalid"),
    ("550 La domaine n'existe pas", "phrase.host_unknown.domain_words"),
    ("The email account that you tried to reach does not exist", "phrase.user_unknown.mailbox_missing"),
    ("550 5.1.1 No such user", "phrase.user_unknown.no_such_user"),
    ("550 User 'ann' is unknown", "phrase.user_unknown.named_unknown"),
    ("Mailbox <bob> not found", "phrase.user_unknown.named_unknown"),
    ("550 Requested action not taken: mailbox unavailable", "phrase.user_unknown.mailbox_unavailable"),
    ("550 Benutzer unbekannt", "phrase.user_unknown.de"),
    ("550 Utilisateur inconnu", "phrase.user_unknown.fr"),
    ("550 Usuario desconocido", "phrase.user_unknown.es"),
    ("550 Usuário desconhecido", "phrase.user_unknown.pt"),
    ("550 Utente sconosciuto", "phrase.user_unknown.it"),
    ("550 Нет такого пользователя", "phrase.user_unknown.ru"),
    ("550 Użytkownik nie istnieje", "phrase.user_unknown.pl"),
    ("550 宛先が存在しません", "phrase.user_unknown.ja"),
    ("550 用户不存在", "phrase.user_unknown.zh"),
    ("550 Host unknown", "phrase.host_unknown.domain"),
    ("DNS lookup failure for example.org", "phrase.dns_error.dns"),
    ("421 4.7.0 You are sending too fast, slow down", "phrase.rate_limited.speeding"),
    ("554 Your IP is on our blacklist", "phrase.blocked.listed"),
    ("554 5.7.1 Client host rejected: Access denied", "phrase.blocked.client_rejected"),
    ("550 Message rejected by the recipient's filter", "phrase.filtered.filter"),
    ("554 5.7.0 Header error", "phrase.policy_violation.header_error"),
    ("550 5.7.520 Access denied, your organization does not allow external forwarding", "phrase.policy_violation.forwarding"),
    ("554 Rejected by local policy", "phrase.policy_violation.policy"),
    ("554 5.6.0 Invalid MIME structure", "phrase.content_error.content"),
    ("STARTTLS failed: no shared cipher", "phrase.failed_starttls.tls_failed"),
    ("454 STARTTLS unavailable", "phrase.failed_starttls.starttls"),
    ("530 5.7.0 Authentication required", "phrase.security_error.auth_required"),
    ("Command died with status 1: /usr/bin/filter", "phrase.mailer_error.mailer"),
    ("452 4.3.1 Insufficient system storage", "phrase.system_full.system_full"),
    ("Unable to contact LDAP server", "phrase.system_error.directory"),
    ("I'm not going to try again; this message has been in the queue too long", "phrase.expired.retry_timeout"),
    ("connect to mx.example.org[192.0.2.9]:25: Connection timed out", "phrase.network_error.timeout"),
    ("lost connection with mx.example.org while sending end of data", "phrase.network_error.network"),
    ("421 Connection rate limit exceeded", "phrase.too_many_connections.connection_frequency"),
    ("421 Too many hosts connected", "phrase.too_many_connections.connections"),
    ("451 4.3.0 Temporary system problem, please try again later", "phrase.system_error.system_error"),
    ("501 Invalid command syntax", "phrase.syntax_error.syntax"),
    ("450 Message is on hold", "phrase.unknown.on_hold"),
]

# a specific status code decides when only broad words come with it
STATUS_ROWS: list[tuple[str, str]] = [(f"5.{detail}" if reason.severity.value == "hard" else f"4.{detail}", reason.value)
                                      for detail, reason in status_rules.SPECIFIC.items()]

# the vendor tables: a format's code and the rule that decides
VENDOR_ROWS: list[tuple[str, str, str]] = [
    ("amazonses", "NoEmail", "vendor.amazonses.noemail"),
    ("amazonses", "OnAccountSuppressionList", "vendor.amazonses.onaccountsuppressionlist"),
    ("powermta", "bad-mailbox", "vendor.powermta.bad-mailbox"),
    ("facebook", "POL-P7", "vendor.facebook.pol-p7"),
    ("exchange2003", "000C05A6", "vendor.exchange2003.000c05a6"),
    ("exchange2007", "user_unknown", "vendor.exchange2007.user_unknown"),
    ("fml", "sender_rejected", "vendor.fml.sender_rejected"),
    ("ezweb", "mailbox_disabled", "vendor.ezweb.mailbox_disabled"),
]


# provider rules: (reply, remote host, rule id that must decide[, status])
PROVIDER_ROWS: list[tuple] = [
    ("421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints",
     "mta5.am0.yahoodns.net", "provider.yahoo.tss04", "4.7.0"),
    ("421 4.7.0 [TS02] Messages from 192.0.2.1 temporarily deferred due to unexpected volume",
     "mx-eu.mail.am0.yahoodns.net", "provider.yahoo.tss04", "4.7.0"),
    ("553 5.7.2 [TSS09] All messages from 192.0.2.1 will be permanently deferred; Retrying will NOT succeed",
     "mta7.am0.yahoodns.net", "provider.yahoo.ts0x", "5.7.2"),
    ("542 ann@example.com Rejected", "cluster5.eu.messagelabs.com", "provider.messagelabs.542", None),
    ("542 <bob@example.org> rejected", "mail1.us.messagelabs.com", "provider.messagelabs.542", "5.0.0"),
]


@pytest.mark.parametrize("row", PROVIDER_ROWS, ids=[r[2] + ":" + r[0][:30] for r in PROVIDER_ROWS])
def test_provider_rule_decides(row: tuple) -> None:
    text, host, rule = row[0], row[1], row[2]
    status = row[3] if len(row) > 3 else None
    got = classify(status, None, text, remote_mta=host)
    assert got.rule == rule, f"{text!r}: {got}"
    # the same reply from a host of no known provider is read by its words or code alone
    assert classify(status, None, text, remote_mta="mx.example.net").rule != rule


def test_yahoo_temporary_deferral_is_a_rate_limit() -> None:
    # taxonomy.md, Decision 7: Yahoo [TSS04] is rate_limited, also behind a qmail lead-in
    text = ("Connected to 192.0.2.9 but sender was rejected. Remote host said: 421 4.7.0 [TSS04] Messages from "
            "192.0.2.1 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see "
            "https://postmaster.yahooinc.com/error-codes I'm not going to try again; this message has been in "
            "the queue too long.")
    got = classify("4.7.0", "421", text, remote_mta="mta6.am0.yahoodns.net")
    assert (got.reason.value, got.severity.value) == ("rate_limited", "soft")


def _row_args(row: tuple) -> tuple[str, str, str | None, str | None]:
    text, rule = row[0], row[1]
    return text, rule, (row[2] if len(row) > 2 else None), (row[3] if len(row) > 3 else None)


@pytest.mark.parametrize("row", PHRASE_ROWS, ids=[r[1] + ":" + r[0][:30] for r in PHRASE_ROWS])
def test_phrase_rule_decides(row: tuple) -> None:
    text, rule, status, command = _row_args(row)
    got = classify(status, None, text, smtp_command=command)
    assert got.rule == rule, f"{text!r}: {got}"
    assert got.reason.value == rule.split(".")[1]
    # the words matched are the reply's own (addresses blanked: their words name nothing)
    assert got.matched and got.matched.lower() in without_addresses(text).lower()


def test_every_phrase_rule_has_a_row() -> None:
    ids = {f"phrase.{reason.value}.{rid}" for reason, phrases in ORDER for rid, _ in phrases}
    missing = ids - {r[1] for r in PHRASE_ROWS}
    assert not missing, sorted(missing)


@pytest.mark.parametrize("status,reason", STATUS_ROWS)
def test_specific_status_outweighs_broad_words(status: str, reason: str) -> None:
    got = classify(status, None, f"{status} rejected by policy, please try again later")
    assert (got.reason.value, got.rule) == (reason, f"status.{status}"), got
    assert got.confidence.value == "high"


def test_generic_status_decides_only_without_words() -> None:
    assert classify("5.7.1", "550", "").rule == "status.5.7.1"
    assert classify("5.7.1", "550", "").reason.value == "policy_violation"
    assert classify("5.7.1", "550", "").confidence.value == "low"
    assert classify("5.7.1", "550", "550 5.7.1 Relay access denied").reason.value == "no_relaying"
    assert classify("5.0.0", None, "").reason.value == "unknown"


@pytest.mark.parametrize("fmt,code,rule", VENDOR_ROWS)
def test_vendor_code_decides(fmt: str, code: str, rule: str) -> None:
    got = classify(None, None, "", parser=fmt, vendor_code=code)
    assert got.rule == rule and got.matched == code


def test_every_provider_pattern_compiles() -> None:
    # provider patterns are compiled on a provider's first use: a broken one must still fail here
    from bouncekit.classify import engine

    providers = {p.name: p for p in engine.PROVIDER_BY_DOMAIN.values()}
    assert providers
    for provider in providers.values():
        assert len(provider.rules) == len(provider.source)
        for rule, pattern, lower_pattern in provider.rules:
            assert (pattern is not None) == bool(rule.pattern), (provider.name, rule.id)
            assert lower_pattern is None or lower_pattern.pattern == rule.pattern
