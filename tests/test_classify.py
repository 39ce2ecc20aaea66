"""Classifier behaviour: order of evidence, rule naming, reachability of every reason, speed."""
from __future__ import annotations

import re
import time

from bouncekit import Reason, classify
from bouncekit.classify import index as phrase_index
from bouncekit.classify.engine import smtp_stage

R = Reason

# one way to reach every reason of the taxonomy through classify()
REACH: dict[Reason, dict] = {
    R.USER_UNKNOWN: dict(status="5.1.1"),
    R.HAS_MOVED: dict(status="5.1.6"),
    R.MAILBOX_DISABLED: dict(diagnostic="550 5.2.1 Account disabled"),
    R.HOST_UNKNOWN: dict(status="5.1.2"),
    R.NOT_ACCEPT: dict(status="5.1.10"),
    R.SENDER_REJECTED: dict(status="5.1.8"),
    R.BLOCKED: dict(diagnostic="554 Client host [192.0.2.1] blocked using zen.spamhaus.org"),
    R.BAD_REPUTATION: dict(diagnostic="550 low reputation of the sending IP"),
    R.REQUIRE_PTR: dict(status="5.7.25"),
    R.AUTH_FAILURE: dict(status="5.7.26"),
    R.POLICY_VIOLATION: dict(status="5.7.1"),
    R.SECURITY_ERROR: dict(status="5.7.8"),
    R.FAILED_STARTTLS: dict(diagnostic="TLS handshake failed"),
    R.NO_RELAYING: dict(diagnostic="554 Relay access denied"),
    R.SYNTAX_ERROR: dict(status="5.5.2"),
    R.NOT_COMPLIANT_RFC: dict(diagnostic="550 message is not RFC 5322 compliant"),
    R.MAILER_ERROR: dict(diagnostic="/usr/bin/procmail failed", diagnostic_type="x-unix"),
    R.SUPPRESSED: dict(diagnostic="address is on the suppression list"),
    R.MAILBOX_FULL: dict(status="5.2.2"),
    R.SYSTEM_FULL: dict(status="4.3.1"),
    R.SYSTEM_ERROR: dict(status="4.3.0"),
    R.TOO_MANY_CONNECTIONS: dict(status="4.3.2"),
    R.RATE_LIMITED: dict(diagnostic="421 rate limit exceeded"),
    R.EXPIRED: dict(status="4.4.7"),
    R.MESSAGE_TOO_LARGE: dict(status="5.3.4"),
    R.EXCEED_LIMIT: dict(status="5.2.3"),
    R.SPAM_DETECTED: dict(diagnostic="554 message looks like spam"),
    R.FILTERED: dict(diagnostic="550 rejected by the recipient's filter settings"),
    R.CONTENT_ERROR: dict(status="5.6.0"),
    R.VIRUS_DETECTED: dict(diagnostic="554 virus found"),
    R.DNS_ERROR: dict(diagnostic="Host not found, try again"),
    R.NETWORK_ERROR: dict(status="4.4.2"),
    R.UNKNOWN: dict(),
    R.DELIVERED: dict(hint=R.DELIVERED),
    R.AUTO_REPLY: dict(hint=R.AUTO_REPLY),
    R.COMPLAINT: dict(hint=R.COMPLAINT),
}


def test_every_reason_is_reachable():
    assert set(REACH) == set(Reason)
    for reason, kwargs in REACH.items():
        assert classify(**kwargs).reason is reason, (reason, kwargs)


def test_vendor_signal_comes_first():
    c = classify("5.1.1", "550", "user unknown", hint=R.MAILBOX_FULL)
    assert (c.reason, c.rule) == (R.MAILBOX_FULL, "vendor.signal")


def test_a_generic_vendor_signal_yields_to_specific_words():
    c = classify("4.4.7", None, "Connected but sender was rejected. Remote host said: 553 sender rejected", hint=R.EXPIRED)
    assert c.reason is R.SENDER_REJECTED


def test_provider_rule_before_phrase():
    c = classify("5.7.1", "550", "550 5.7.1 Gmail has detected that this message is likely unsolicited mail",
                 remote_mta="gmail-smtp-in.l.google.com")
    assert c.rule == "provider.google.likely_unsolicited"
    # a provider's code alone speaks only where no words do
    c = classify("5.2.0", "550", "550 5.2.0 rejected", remote_mta="mfsmx.docomo.ne.jp")
    assert (c.reason, c.rule) == (R.FILTERED, "provider.docomo.5.2.0")
    c = classify("5.0.0", "550", "550 <rei@ezweb.ne.jp>: User unknown", remote_mta="lsean.ezweb.ne.jp")
    assert c.reason is R.USER_UNKNOWN and c.rule.startswith("provider.kddi.")


def test_words_beat_the_code():
    assert classify("5.1.1", "550", "550 5.1.1 <a@example.com>... mailbox full").reason is R.MAILBOX_FULL
    assert classify("4.2.2", "452", "452 4.2.2 <a@example.com>: user unknown", smtp_command="RCPT").reason is R.USER_UNKNOWN


def test_user_unknown_words_mean_a_missing_mailbox_at_any_stage():
    # taxonomy.md Decision 1: RCPT, after DATA, another status or nothing known: the same answer
    assert classify("5.1.1", "550", "550 5.1.1 <a@example.com>... User unknown").reason is R.USER_UNKNOWN
    for kwargs in (dict(smtp_command="RCPT"), dict(smtp_command="DATA"), dict(status="5.2.1"),
                   dict(status="5.0.0"), dict()):
        c = classify(reply_code="550", diagnostic="550 <a@example.com>... User unknown", **kwargs)
        assert (c.reason, c.rule) == (R.USER_UNKNOWN, "phrase.user_unknown.no_such_user"), kwargs
        assert c.severity.value == "hard"
    # the address's own words are never read as the server's ("filtered@...")
    assert classify("5.2.1", "550", "550 5.2.1 <filtered@example.jp>... User Unknown").reason is R.USER_UNKNOWN
    # only where the same reply says the recipient's filter refused it is it filtered
    c = classify(None, "550", "550 user unknown: rejected by the recipient's filter")
    assert c.reason is R.FILTERED


def test_status_then_reply_code_then_unknown():
    assert classify("5.1.1", "550", "").rule == "status.5.1.1"
    assert classify(None, "552", "").rule == "reply.552"
    c = classify()
    assert (c.reason, c.rule, c.matched) == (R.UNKNOWN, "none", None)
    assert c.severity.value == "soft"


def test_a_final_failure_whose_last_attempt_timed_out_is_expired():
    text = "connect to mx.example.com[192.0.2.10]:25: Connection timed out"
    assert classify("4.4.1", None, text, action="failed").reason is R.EXPIRED
    # a delay notice, or a reply alone, keeps the cause
    assert classify("4.4.1", None, text, action="delayed").reason is R.NETWORK_ERROR
    assert classify("4.4.1", None, text).reason is R.NETWORK_ERROR


def test_delayed_action_without_cause_is_expired():
    assert classify("4.0.0", None, "", action="delayed").reason is R.EXPIRED
    # but a delay notice keeps the cause it names
    assert classify("4.4.1", None, "connect to mx.example.com: Connection timed out", action="delayed").reason is R.NETWORK_ERROR


def test_rule_names_are_stable_readable_ids():
    c = classify("5.1.1", "550", "550 5.1.1 No such user here")
    assert c.rule == "phrase.user_unknown.no_such_user" and c.matched == "No such user"
    pattern = re.compile(r"^(vendor\.signal|none|(provider|phrase|status|reply|context|diagnostic_type)\.[\w.-]+)$")
    for text in ("550 relay access denied", "552 mailbox full", "", "554 blocked using bl.example.org"):
        assert pattern.match(classify("5.0.0", "550", text).rule)


def test_stage_is_read_from_the_diagnostic_when_the_parser_has_none():
    assert smtp_stage(None, "SMTP error from remote mail server after RCPT TO:<a@example.com>: 550 x") == "RCPT"
    assert smtp_stage(None, "550 x (in reply to MAIL FROM command)") == "MAIL"
    assert smtp_stage("data", "whatever") == "DATA"
    assert classify(None, "550", "host mx.example.net: 550 No such user here (after MAIL FROM)").reason is R.SENDER_REJECTED


def test_phrase_patterns_are_lower_case_and_gated():
    # patterns are searched in lower-cased text, so an upper-case letter would never match
    phrase_sets = phrase_index.get().phrase_sets
    for phrase_set in phrase_sets:
        for alt in phrase_set.alternatives:
            assert not re.search(r"(?<!\\)(?<!\?P<)[A-Z]", re.sub(r"\(\?P<\w+>", "", alt.pattern.pattern)), alt
    gated = sum(1 for s in phrase_sets for a in s.alternatives if a.gate is not None)
    assert gated >= 0.95 * sum(len(s.alternatives) for s in phrase_sets)


def test_classify_one_line_costs_microseconds():
    lines = ["550 5.1.1 <someone@example.com>: Recipient address rejected: User unknown in virtual mailbox table",
             "451 4.3.0 Temporary system problem, please try again later " * 3, ""]
    n = 600
    start = time.perf_counter()
    for i in range(n):
        classify("5.0.0", "550", lines[i % 3], remote_mta="mx.example.net")
    per_call = (time.perf_counter() - start) / n
    assert per_call < 1e-3  # generous bound for slow CI; typically tens of microseconds


def test_provider_is_found_by_recipient_domain_when_the_remote_host_is_unknown():
    c = classify(None, "550", "550 <rei@ezweb.ne.jp>: User unknown", recipient="rei@ezweb.ne.jp")
    assert (c.reason, c.rule) == (R.USER_UNKNOWN, "provider.kddi.user_unknown")
    # the refusing host, when it is a known provider, comes first
    c = classify(None, "550", "550 <rei@ezweb.ne.jp>: User unknown", remote_mta="mx.mail.yahoo.co.jp",
                 recipient="rei@ezweb.ne.jp")
    assert not c.rule.startswith("provider.kddi.")


def test_provider_code_families_name_the_provider_without_a_host():
    c = classify("5.1.0", "550", "550 5.1.0 <b@example.com> sender rejected. AUP#In-1310")
    assert (c.reason, c.rule) == (R.TOO_MANY_CONNECTIONS, "provider.spectrum.aup_1300")
    assert classify("5.1.0", "550", "550 5.1.0 sender rejected. AUP#I-1000").reason is R.BLOCKED
    assert classify("5.0.0", "550", "550 rejected AUP#CDRBL", remote_mta="cxr.mx.example.net").reason is R.BLOCKED
    assert classify("5.5.0", "550", "550 5.5.0 Le compte du destinataire est bloque. LPN007_426").reason is R.MAILBOX_DISABLED
    assert classify(None, None, "550 the email is fine").rule == "none"


def test_provider_rules_for_reputation_and_connection_limits():
    c = classify("4.7.650", "451", "451 4.7.650 The mail server [192.0.2.25] has been temporarily rate limited "
                 "due to IP reputation. (S3113)", remote_mta="mx.olc.protection.outlook.com")
    assert c.reason is R.BAD_REPUTATION
    c = classify("5.0.0", "550", "550 Connection frequency limited. http://service.mail.qq.com/", remote_mta="mx3.qq.com")
    assert c.reason is R.TOO_MANY_CONNECTIONS


def test_unconfirmed_user_unknown_yields_to_a_named_cause():
    c = classify("5.7.1", "550", "Unknown address error 550-'5.7.1 <a@example.com>... Access denied'")
    assert c.reason is R.SECURITY_ERROR
    # confirmed words keep their meaning
    assert classify("5.1.1", "550", "550 5.1.1 unknown user; access denied").reason is R.USER_UNKNOWN


def test_give_up_trailer_yields_to_the_error_it_quotes():
    text = "Connected to 192.0.2.1 but sender was rejected. Remote host said: 553 sorry. I'm not going to try again; this message has been in the queue too long."
    assert classify(None, None, text).reason is R.SENDER_REJECTED
    # retry words are not a cause: a timeout after the retry period is still expired
    assert classify("4.4.7", None, "Connection timed out. I'm not going to try again; this message has been in the queue too long.").reason is R.EXPIRED


def test_user_unknown_words_at_data_are_a_missing_mailbox_at_a_provider_too():
    # taxonomy.md, Decision 1: "Unknown user" after DATA is still a missing mailbox
    text = "550 Unknown user taro@docomo.example.ne.jp"
    after_data = classify(None, "550", text, remote_mta="mfsmx.docomo.ne.jp", smtp_command="DATA")
    assert (after_data.reason, after_data.rule) == (R.USER_UNKNOWN, "phrase.user_unknown.no_such_user")
    at_rcpt = classify(None, "550", text, remote_mta="mfsmx.docomo.ne.jp", smtp_command="RCPT")
    assert at_rcpt.reason is R.USER_UNKNOWN


def test_provider_rule_with_a_stage_fires_only_at_that_stage():
    from bouncekit.classify.engine import _by_provider, _compile_provider
    from bouncekit.rules.providers import _r
    provider = _compile_provider("example", (_r("after_data", R.FILTERED, r"refused", stage="DATA"),))
    assert _by_provider(provider, None, "554 refused", "DATA").rule == "provider.example.after_data"
    assert _by_provider(provider, None, "554 refused", "RCPT") is None


def test_no_format_module_names_a_reason():
    # formats report what the message says (Draft.vendor_code); rules/vendors.py decides
    from pathlib import Path

    import bouncekit.formats as formats
    root = Path(formats.__file__).parent
    # webhook events included: classify/events.py decides their reason
    offenders = [str(p.relative_to(root)) for p in root.rglob("*.py")
                 if re.search(r"\bReason\.[A-Z]|\bReason\(|import[^\n]*\bReason\b", p.read_text(encoding="utf-8"))]
    assert not offenders


def test_vendor_codes_decide_through_the_vendor_table():
    c = classify("5.0.0", "550", "550 sorry", parser="facebook", vendor_code="RCP-P1")
    assert (c.reason, c.rule, c.matched) == (R.USER_UNKNOWN, "vendor.facebook.rcp-p1", "RCP-P1")
    # a broad vendor signal yields to words naming a cause
    c = classify("4.4.7", None, "Remote host said: 552 5.2.2 mailbox full", parser="sendmail", vendor_code="expired")
    assert c.reason is R.MAILBOX_FULL
    c = classify("4.4.7", None, "", parser="sendmail", vendor_code="expired")
    assert (c.reason, c.rule) == (R.EXPIRED, "vendor.sendmail.expired")
    # the shared readers' codes are named for the format that used them
    assert classify(None, None, "", parser="qmail", vendor_code="expired").rule == "vendor.qmail.expired"
    # an unknown code is no evidence
    assert classify("5.1.1", "550", "", parser="facebook", vendor_code="XYZ-9").rule == "status.5.1.1"
