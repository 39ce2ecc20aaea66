"""The suppression policy: pure decisions per record, the soft-bounce fold, the resume check."""
from __future__ import annotations

import datetime as dt

import pytest

import bouncekit
from bouncekit.model import Confidence, Kind, Reason, Record
from bouncekit.policy import (
    DEFAULT_POLICY,
    AddressState,
    Event,
    EventKind,
    Policy,
    PolicyAction,
    PolicyError,
    apply,
    check_resume,
    decide,
    evaluate,
    stops_automatically,
)

T0 = dt.datetime(2026, 11, 1, 12, 0, tzinfo=dt.timezone.utc)


def rec(reason: str, kind: Kind = Kind.BOUNCE, confidence: Confidence = Confidence.HIGH) -> Record:
    r = Reason(reason)
    return Record(source="t", kind=kind, recipient="a@example.org", reason=r, category=r.category,
                  severity=r.severity, confidence=confidence, rule="test")


def ev(reason: str | None, days: float, kind: EventKind = EventKind.BOUNCE, fp: str = "", **kw) -> Event:
    r = Reason(reason) if reason else None
    return Event(address="a@example.org", kind=kind, occurred=T0 + dt.timedelta(days=days), reason=r,
                 category=r.category if r else None, severity=r.severity if r else None,
                 confidence=Confidence.HIGH, fingerprint=fp or f"{kind}-{reason}-{days}", **kw)


def test_exported_lazily():
    assert bouncekit.Policy is Policy
    assert bouncekit.stops_automatically("user_unknown") == "now"
    assert bouncekit.action_for(rec("blocked")) is bouncekit.PolicyAction.ALERT_SENDER


@pytest.mark.parametrize("reason, action", [
    ("user_unknown", "suppress"), ("host_unknown", "suppress"), ("not_accept", "suppress"),
    ("suppressed", "suppress"), ("blocked", "alert_sender"), ("bad_reputation", "alert_sender"),
    ("auth_failure", "alert_sender"), ("require_ptr", "alert_sender"), ("sender_rejected", "alert_sender"),
    ("mailbox_full", "count"), ("system_error", "count"), ("unknown", "count"),
    ("message_too_large", "alert_sender"), ("filtered", "count"), ("dns_error", "count"),
])
def test_default_actions(reason, action):
    assert decide(DEFAULT_POLICY, rec(reason)).action.value == action


def test_every_reason_has_an_action_and_a_stop_answer():
    for r in Reason:
        assert isinstance(DEFAULT_POLICY.action_of(r)[0], PolicyAction)
        assert stops_automatically(r) in ("now", "if_repeated", "no")
    assert stops_automatically("mailbox_full") == "if_repeated"
    assert stops_automatically("blocked") == "no"
    assert stops_automatically("complaint") == "now"
    assert stops_automatically("unknown") == "if_repeated"


def test_low_confidence_and_unknown_never_suppress_alone():
    d = decide(DEFAULT_POLICY, rec("user_unknown", confidence=Confidence.LOW))
    assert d.action is PolicyAction.COUNT and d.rule == "policy.low_confidence"
    p = Policy(actions={"unknown": "suppress"})
    assert decide(p, rec("unknown")).action is PolicyAction.COUNT


def test_complaint_and_delay():
    assert decide(DEFAULT_POLICY, rec("complaint", Kind.COMPLAINT)).action is PolicyAction.SUPPRESS
    assert decide(DEFAULT_POLICY, rec("mailbox_full", Kind.DELAY)).action is PolicyAction.IGNORE
    assert decide(Policy(count_delays=True), rec("mailbox_full", Kind.DELAY)).action is PolicyAction.COUNT


def test_reason_entry_beats_category_entry():
    p = Policy(actions={"temporary_server": "ignore", "expired": "suppress"})
    assert decide(p, rec("system_error")).action is PolicyAction.IGNORE
    assert decide(p, rec("expired")).action is PolicyAction.SUPPRESS
    assert decide(p, rec("expired")).rule == "policy.reason.expired"


def test_three_soft_in_a_week_suppress_and_a_delivery_resets():
    three = [ev("mailbox_full", 0), ev("mailbox_full", 2), ev("mailbox_full", 4)]
    s = evaluate(DEFAULT_POLICY, "a@example.org", three)
    assert s.suppressed and s.reason is Reason.MAILBOX_FULL and s.rule == "policy.soft_threshold.3_in_7d"
    assert s.trigger == three[-1].fingerprint
    with_delivery = [three[0], three[1], ev(None, 3, EventKind.DELIVERED), three[2]]
    assert not evaluate(DEFAULT_POLICY, "a@example.org", with_delivery).suppressed
    spread = [ev("mailbox_full", 0), ev("mailbox_full", 5), ev("mailbox_full", 10)]
    assert not evaluate(DEFAULT_POLICY, "a@example.org", spread).suppressed
    assert evaluate(Policy(soft_window_days=11), "a@example.org", spread).suppressed


def test_blocked_records_an_alert_not_a_suppression():
    s = evaluate(DEFAULT_POLICY, "a@example.org", [ev("blocked", 0), ev("blocked", 1), ev("blocked", 2)])
    assert not s.suppressed and s.alerts == 3 and s.soft == ()


def test_resume_check_and_re_suppression():
    hard = evaluate(DEFAULT_POLICY, "a@example.org", [ev("user_unknown", 0)])
    v = check_resume(DEFAULT_POLICY, hard, T0 + dt.timedelta(days=12))
    assert not v.allowed and v.needs == "confirmation"
    assert "does not exist" in v.reasons[0] and "12 days ago" in v.reasons[0]
    full = evaluate(Policy(soft_threshold=1), "a@example.org", [ev("mailbox_full", 0)])
    v = check_resume(DEFAULT_POLICY, full, T0 + dt.timedelta(days=12))
    assert v.allowed and v.reasons[0].startswith("mailbox full 12 days ago") and "no bounce since" in v.reasons[0]
    comp = evaluate(DEFAULT_POLICY, "a@example.org", [ev("complaint", 0, EventKind.COMPLAINT)])
    v = check_resume(DEFAULT_POLICY, comp, T0 + dt.timedelta(days=1))
    assert not v.allowed and v.needs == "consent" and "consent" in v.reasons[0]
    # resumed (forced, with consent), then a later complaint suppresses again
    resumed, _ = apply(DEFAULT_POLICY, comp, ev(None, 2, EventKind.RESUME, actor="ann", verdict="refused, forced"))
    assert not resumed.suppressed and not resumed.complaint and resumed.resumed_by == "ann"
    again, d = apply(DEFAULT_POLICY, resumed, ev("user_unknown", 3))
    assert again.suppressed and d.action is PolicyAction.SUPPRESS
    # an old bounce ingested after the resume does not re-suppress
    old, _ = apply(DEFAULT_POLICY, resumed, ev("user_unknown", 1, fp="late"))
    assert not old.suppressed


def test_not_suppressed_resume_check():
    assert check_resume(DEFAULT_POLICY, AddressState("a@example.org"), T0).allowed


def test_from_toml(tmp_path):
    f = tmp_path / "p.toml"
    f.write_text('soft_threshold = 2\nsoft_window_days = 30\n[actions]\npolicy_violation = "alert_sender"\n')
    p = Policy.from_toml(f)
    assert p.soft_threshold == 2 and p.soft_window_days == 30
    assert p.actions["policy_violation"] is PolicyAction.ALERT_SENDER
    assert p.action_of("user_unknown") == (PolicyAction.SUPPRESS, "policy.category.nonexistent_address")
    for bad, msg in [('soft_threshold = 0', "soft_threshold"), ('[actions]\nnope = "count"', "nope"),
                     ('[actions]\nblocked = "explode"', "explode"), ('colour = 1', "colour"), ('x = [', "TOML")]:
        f.write_text(bad)
        with pytest.raises(PolicyError, match=msg):
            Policy.from_toml(f)
    with pytest.raises(PolicyError, match="cannot read"):
        Policy.from_toml(tmp_path / "missing.toml")
