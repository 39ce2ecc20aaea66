"""Suppression policy as data: what a bounce means for the *recipient address*.

Pure: no files, no network, no clock unless passed in. ``decide(policy, record)`` says what one
record asks for (``suppress``, ``count``, ``ignore``, ``alert_sender``); ``apply`` folds one event
into an address's state (soft bounces suppress after N within W days, a later delivery resets the
count); ``check_resume`` says whether support may resume a suppressed address and why. The ledger
(``bouncekit.ledger``) only stores events and calls these.

Defaults (``Policy()``), chosen after the sending services' conventions:

* a missing mailbox or domain (``nonexistent_address``, ``nonexistent_domain``) and a provider's
  own suppression list (``suppressed``) suppress at once;
* complaints suppress at once, and a complainer is resumed only with the person's consent;
* the sender's own problems (``blocked_sender``: ``sender_rejected``, ``blocked``,
  ``bad_reputation``, ``require_ptr``; and ``auth_failure``, ``security_error``,
  ``failed_starttls``, ``no_relaying``, ``syntax_error``, ``not_compliant_rfc``) never suppress the
  recipient: they raise a sender alert; so do problems of the letter rather than the address
  (``message_too_large``, ``exceed_limit``, ``spam_detected``, ``content_error``,
  ``virus_detected``) and throttling (``rate_limited``, ``too_many_connections``);
* other failures (mailbox full, temporary server trouble, DNS trouble, the recipient's own
  filter, a receiving site's policy, ``unknown``) count: 3 of them within 7 days suppress
  (``soft_threshold``/``soft_window_days``; Mailchimp uses 7, stricter senders 3), a delivery
  after them resets the count;
* an ``unknown`` reason and a ``low``-confidence record never suppress on their own: at most
  they count;
* delay warnings (``kind: delay``) and auto-replies are kept in the history but ignored.
"""
from __future__ import annotations

import datetime as _dt
import enum
import os
from collections.abc import Iterable, Mapping
from typing import Any

import attrs

from .model import REASON_CATEGORY, Category, Confidence, Reason, Record, Severity, ValueEnum

__all__ = [
    "DEFAULT_POLICY",
    "AddressState",
    "Decision",
    "Event",
    "EventKind",
    "Policy",
    "PolicyAction",
    "PolicyError",
    "Verdict",
    "action_for",
    "apply",
    "check_resume",
    "decide",
    "evaluate",
    "stops_automatically",
]


class PolicyError(ValueError):
    """A policy file or value that cannot be used (one clear line)."""


class PolicyAction(ValueEnum):
    """What an event asks for, for its recipient address."""

    SUPPRESS = "suppress"          # stop mailing the address now
    COUNT = "count"                # a soft failure: suppress when repeated (threshold/window)
    IGNORE = "ignore"              # keep in the history, no effect
    ALERT_SENDER = "alert_sender"  # the sender's problem: the address is fine, alert the sender


class EventKind(ValueEnum):
    """Kinds of ledger events: the record kinds the ledger keeps plus its own."""

    BOUNCE = "bounce"
    DELAY = "delay"
    DELIVERED = "delivered"
    COMPLAINT = "complaint"
    AUTO_REPLY = "auto_reply"
    SUPPRESSED = "suppressed"  # a sending service did not send: the address is on its suppression list
    RESUME = "resume"      # support resumed the address (note, by, verdict)
    IMPORTED = "imported"  # the address came from an existing suppression list


_A = PolicyAction
_SENDER_SIDE = (
    "sender_rejected", "blocked", "bad_reputation", "require_ptr", "auth_failure", "security_error",
    "failed_starttls", "no_relaying", "syntax_error", "not_compliant_rfc",
)
_LETTER_SIDE = ("message_too_large", "exceed_limit", "spam_detected", "content_error", "virus_detected")
_THROTTLING = ("rate_limited", "too_many_connections")

# keys are reason or category names; a reason's own entry wins over its category's
DEFAULT_ACTIONS: Mapping[str, PolicyAction] = {
    "nonexistent_address": _A.SUPPRESS,
    "nonexistent_domain": _A.SUPPRESS,
    "blocked_sender": _A.ALERT_SENDER,
    "server_rejection": _A.COUNT,
    "mailbox_full": _A.COUNT,
    "temporary_server": _A.COUNT,
    "message_too_large": _A.ALERT_SENDER,
    "spam_filter": _A.COUNT,
    "dns_issue": _A.COUNT,
    "unknown": _A.COUNT,
    "complaint": _A.SUPPRESS,
    "delivered": _A.IGNORE,
    "auto_reply": _A.IGNORE,
    "suppressed": _A.SUPPRESS,
    **{r: _A.ALERT_SENDER for r in _SENDER_SIDE + _LETTER_SIDE + _THROTTLING},
}

_NAMES = frozenset(r.value for r in Reason) | frozenset(c.value for c in Category)


def _actions(value: Mapping[str, PolicyAction | str]) -> Mapping[str, PolicyAction]:
    out: dict[str, PolicyAction] = dict(DEFAULT_ACTIONS)
    for key, action in value.items():
        if key not in _NAMES:
            raise PolicyError(f"policy: unknown reason or category {key!r} in actions")
        try:
            out[key] = PolicyAction(action)
        except ValueError:
            raise PolicyError(f"policy: unknown action {action!r} for {key!r} "
                              f"(one of {', '.join(a.value for a in PolicyAction)})") from None
    return out


def _positive(_inst: Any, attribute: Any, value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise PolicyError(f"policy: {attribute.name} must be a whole number of 1 or more, not {value!r}")


@attrs.frozen(slots=True)
class Policy:
    """The rules the ledger applies. ``actions`` overrides the defaults per reason or category
    (a reason's entry wins over its category's); unnamed keys keep their defaults."""

    soft_threshold: int = attrs.field(default=3, validator=_positive)
    soft_window_days: int = attrs.field(default=7, validator=_positive)
    compact_after_days: int = attrs.field(default=365, validator=_positive)
    count_delays: bool = False
    actions: Mapping[str, PolicyAction] = attrs.field(factory=lambda: dict(DEFAULT_ACTIONS), converter=_actions)

    @classmethod
    def from_toml(cls, path: str | os.PathLike[str]) -> Policy:
        """A policy from a TOML file::

            soft_threshold = 3
            soft_window_days = 7
            compact_after_days = 365
            count_delays = false
            [actions]
            mailbox_full = "count"
            policy_violation = "alert_sender"
        """
        tomllib = _toml()
        try:
            with open(path, "rb") as fh:
                data = tomllib.load(fh)
        except OSError as exc:
            raise PolicyError(f"cannot read policy {os.fspath(path)}: {exc.strerror or exc}") from None
        except tomllib.TOMLDecodeError as exc:
            raise PolicyError(f"policy {os.fspath(path)} is not valid TOML: {exc}") from None
        return cls.from_mapping(data)

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> Policy:
        known = {"soft_threshold", "soft_window_days", "compact_after_days", "count_delays", "actions"}
        extra = sorted(set(data) - known)
        if extra:
            raise PolicyError(f"policy: unknown setting {extra[0]!r} (known: {', '.join(sorted(known))})")
        actions = data.get("actions", {})
        if not isinstance(actions, Mapping):
            raise PolicyError("policy: 'actions' must be a table of reason or category = action")
        count_delays = data.get("count_delays", False)
        if not isinstance(count_delays, bool):
            raise PolicyError("policy: count_delays must be true or false")
        return cls(soft_threshold=data.get("soft_threshold", 3), soft_window_days=data.get("soft_window_days", 7),
                   compact_after_days=data.get("compact_after_days", 365), count_delays=count_delays,
                   actions=actions)

    def action_of(self, reason: Reason | str) -> tuple[PolicyAction, str]:
        """The action for a reason and the id of the policy rule that gives it."""
        r = Reason(reason)
        if r.value in self.actions:
            return self.actions[r.value], f"policy.reason.{r.value}"
        cat = REASON_CATEGORY[r].value
        return self.actions.get(cat, PolicyAction.COUNT), f"policy.category.{cat}"


DEFAULT_POLICY = Policy()


def _toml() -> Any:
    """The TOML reader: tomllib (Python 3.11+) or its backport tomli (a dependency on 3.10)."""
    import importlib

    try:
        return importlib.import_module("tomllib")
    except ModuleNotFoundError:  # Python 3.10
        return importlib.import_module("tomli")


@attrs.frozen(slots=True)
class Decision:
    """What one record or event asks for: the action, the policy rule that says so, and why."""

    action: PolicyAction
    rule: str
    why: str


def _utc(value: _dt.datetime) -> _dt.datetime:
    return value.replace(tzinfo=_dt.timezone.utc) if value.tzinfo is None else value.astimezone(_dt.timezone.utc)


@attrs.frozen(slots=True)
class Event:
    """One event of an address's history, as the ledger stores it."""

    address: str
    kind: EventKind
    occurred: _dt.datetime = attrs.field(converter=_utc)
    reason: Reason | None = None
    category: Category | None = None
    severity: Severity | None = None
    confidence: Confidence | None = None
    rule: str | None = None
    status: str | None = None
    reply_code: str | None = None
    diagnostic: str | None = None
    remote_mta: str | None = None
    message_id: str | None = None
    source: str | None = None
    stream: str | None = None
    feedback_type: str | None = None
    headers: Mapping[str, str] = attrs.field(factory=dict)
    fingerprint: str | None = None
    action: PolicyAction | None = None   # what the policy made of it when it was ingested
    policy_rule: str | None = None
    note: str | None = None              # resume: why; imported: the list's own note
    actor: str | None = None             # resume: who
    verdict: str | None = None           # resume: the check's verdict, e.g. "refused, forced"
    ingested: _dt.datetime | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for a in attrs.fields(Event):
            v = getattr(self, a.name)
            if isinstance(v, enum.Enum):
                v = v.value
            elif isinstance(v, _dt.datetime):
                v = iso(v)
            elif a.name == "headers":
                v = dict(v)
            out[a.name] = v
        return out


def iso(value: _dt.datetime) -> str:
    """UTC time as ``YYYY-MM-DDTHH:MM:SSZ`` (sorts as text)."""
    return _utc(value).strftime("%Y-%m-%dT%H:%M:%SZ")


def decide(policy: Policy, item: Record | Event) -> Decision:
    """What one record (or event) asks for under ``policy``: pure, no history involved."""
    kind = item.kind.value
    reason = item.reason
    if kind in ("not_bounce", "error"):
        return Decision(_A.IGNORE, f"policy.kind.{kind}", f"a {kind.replace('_', ' ')} record is not about the address")
    if kind == "resume" or kind == "imported":
        return Decision(_A.IGNORE, f"policy.kind.{kind}", "support's own event")
    if kind == "delivered":
        return Decision(_A.IGNORE, "policy.kind.delivered", "a delivery: resets the soft-bounce count")
    if kind == "auto_reply":
        return Decision(_A.IGNORE, "policy.kind.auto_reply", "an automatic reply: the mailbox exists")
    if kind == "complaint":
        action, rule = policy.action_of(Reason.COMPLAINT)
        return Decision(action, rule, "the person marked the mail as spam: suppressed until they consent again")
    if reason is None:
        reason = Reason.SUPPRESSED if kind == "suppressed" else Reason.UNKNOWN
    action, rule = policy.action_of(reason)
    if kind == "delay" and not policy.count_delays:
        return Decision(_A.IGNORE, "policy.kind.delay", "a delay warning: the server is still retrying")
    if action is _A.SUPPRESS and reason is Reason.UNKNOWN:
        return Decision(_A.COUNT, "policy.unknown", "the cause is unknown: it never suppresses on its own")
    if action is _A.SUPPRESS and item.confidence is Confidence.LOW:
        return Decision(_A.COUNT, "policy.low_confidence",
                        f"{reason.value} rests on weak evidence ({item.rule or 'a fallback'}): "
                        "it never suppresses on its own")
    why = {
        _A.SUPPRESS: f"{reason.value}: stop mailing the address",
        _A.COUNT: f"{reason.value}: suppress only when it repeats "
                  f"({policy.soft_threshold} within {policy.soft_window_days} days)",
        _A.IGNORE: f"{reason.value}: ignored by the policy",
        _A.ALERT_SENDER: f"{reason.value}: a problem on the sending side or with the letter, "
                         "the address is fine: alert the sender",
    }[action]
    return Decision(action, rule, why)


def action_for(record: Record, policy: Policy | None = None) -> PolicyAction:
    """The action one record asks for under ``policy`` (default: the documented defaults)."""
    return decide(policy or DEFAULT_POLICY, record).action


def stops_automatically(reason: Reason | str, policy: Policy | None = None) -> str:
    """Whether sending to an address stops by itself after a bounce with this reason:
    ``"now"``, ``"if_repeated"`` (soft: after ``soft_threshold`` within the window) or ``"no"``."""
    r = Reason(reason)
    p = policy or DEFAULT_POLICY
    if r is Reason.DELIVERED or r is Reason.AUTO_REPLY:
        return "no"
    action, _ = p.action_of(r)
    if action is _A.SUPPRESS:
        return "if_repeated" if r is Reason.UNKNOWN else "now"
    if action is _A.COUNT:
        return "if_repeated"
    return "no"


@attrs.frozen(slots=True)
class AddressState:
    """An address's suppression state, folded from its events by ``apply``."""

    address: str
    suppressed: bool = False
    reason: Reason | None = None          # the cause of the suppression
    category: Category | None = None
    rule: str | None = None               # the policy rule that suppressed, e.g. policy.reason.user_unknown
    since: _dt.datetime | None = None
    trigger: str | None = None            # fingerprint of the event that suppressed
    complaint: bool = False               # a complaint stands: resume needs the person's consent
    soft: tuple[_dt.datetime, ...] = ()   # counted soft failures since the last reset, oldest first
    last_bounce: _dt.datetime | None = None
    last_reason: Reason | None = None
    last_event: _dt.datetime | None = None
    resumed_at: _dt.datetime | None = None
    resumed_by: str | None = None
    events: int = 0
    alerts: int = 0


def _evolve(s: AddressState, ch: dict[str, Any]) -> AddressState:
    """``attrs.evolve(s, **ch)``, without its per-field introspection (this runs per event)."""
    g = ch.get
    return AddressState(s.address, g("suppressed", s.suppressed), g("reason", s.reason), g("category", s.category),
                        g("rule", s.rule), g("since", s.since), g("trigger", s.trigger), g("complaint", s.complaint),
                        g("soft", s.soft), g("last_bounce", s.last_bounce), g("last_reason", s.last_reason),
                        g("last_event", s.last_event), g("resumed_at", s.resumed_at), g("resumed_by", s.resumed_by),
                        g("events", s.events), g("alerts", s.alerts))


def apply(policy: Policy, state: AddressState, event: Event) -> tuple[AddressState, Decision]:
    """The state after one more event, and the policy's decision on that event (pure)."""
    d = decide(policy, event)
    t = event.occurred
    ch: dict[str, Any] = {"events": state.events + 1,
                          "last_event": t if state.last_event is None or t > state.last_event else state.last_event}
    kind = event.kind
    if kind is EventKind.DELIVERED:
        ch["soft"] = tuple(s for s in state.soft if s > t)
        return _evolve(state, ch), d
    if kind is EventKind.RESUME:
        ch.update(suppressed=False, reason=None, category=None, rule=None, since=None, trigger=None, soft=(),
                  resumed_at=t, resumed_by=event.actor)
        if event.verdict and "forced" in event.verdict:
            ch["complaint"] = False  # forced past a complaint: consent was given
        return _evolve(state, ch), d
    if kind is EventKind.IMPORTED:
        reason = event.reason or Reason.UNKNOWN
        ch.update(suppressed=True, reason=reason, category=reason.category, rule="import",
                  since=t, trigger=event.fingerprint, complaint=state.complaint or reason is Reason.COMPLAINT)
        return _evolve(state, ch), Decision(_A.SUPPRESS, "import", "imported from an existing suppression list")
    if kind in (EventKind.BOUNCE, EventKind.DELAY, EventKind.COMPLAINT, EventKind.SUPPRESSED):
        reason = Reason.COMPLAINT if kind is EventKind.COMPLAINT else (
            event.reason or (Reason.SUPPRESSED if kind is EventKind.SUPPRESSED else Reason.UNKNOWN))
        if kind is not EventKind.DELAY or d.action is not _A.IGNORE:
            if state.last_bounce is None or t >= state.last_bounce:
                ch.update(last_bounce=t, last_reason=reason)
        # an event older than the last resume was known when support resumed: it does not re-suppress
        before_resume = state.resumed_at is not None and t < state.resumed_at
        if d.action is _A.ALERT_SENDER:
            ch["alerts"] = state.alerts + 1
        elif d.action is _A.SUPPRESS and not before_resume:
            if kind is EventKind.COMPLAINT:
                ch["complaint"] = True
            if not state.suppressed:
                ch.update(suppressed=True, reason=reason, category=reason.category, rule=d.rule, since=t,
                          trigger=event.fingerprint)
        elif d.action is _A.COUNT and not before_resume:
            window = _dt.timedelta(days=policy.soft_window_days)
            soft = tuple(sorted((*state.soft, t)))
            latest = soft[-1]
            soft = tuple(s for s in soft if s > latest - window)
            ch["soft"] = soft
            if len(soft) >= policy.soft_threshold and not state.suppressed:
                ch.update(suppressed=True, reason=reason, category=reason.category,
                          rule=f"policy.soft_threshold.{policy.soft_threshold}_in_{policy.soft_window_days}d",
                          since=t, trigger=event.fingerprint)
                d = Decision(_A.SUPPRESS, ch["rule"],
                             f"{len(soft)} soft failures within {policy.soft_window_days} days "
                             f"(threshold {policy.soft_threshold}); the last: {reason.value}")
    return _evolve(state, ch), d


def evaluate(policy: Policy, address: str, events: Iterable[Event]) -> AddressState:
    """An address's state from its events, in the order given (oldest first)."""
    state = AddressState(address)
    for event in events:
        state, _ = apply(policy, state, event)
    return state


@attrs.frozen(slots=True)
class Verdict:
    """Whether support may resume an address, and the reasons, in plain words."""

    address: str
    allowed: bool
    reasons: tuple[str, ...]
    needs: str | None = None  # what must happen first when refused: "consent" or "confirmation"

    @property
    def summary(self) -> str:
        return ("allowed" if self.allowed else "refused") + ": " + "; ".join(self.reasons)


_PLAIN = {
    Reason.USER_UNKNOWN: "the server said the mailbox does not exist",
    Reason.HAS_MOVED: "the server said the mailbox has moved",
    Reason.MAILBOX_DISABLED: "the server said the account is disabled",
    Reason.HOST_UNKNOWN: "the recipient's domain does not exist",
    Reason.NOT_ACCEPT: "the recipient's domain accepts no mail",
    Reason.SUPPRESSED: "the sending service keeps the address on its own suppression list",
    Reason.MAILBOX_FULL: "mailbox full",
}


def _ago(then: _dt.datetime, now: _dt.datetime) -> str:
    days = (now - then).days
    when = then.strftime("%Y-%m-%d")
    if days <= 0:
        return f"today ({when})"
    return f"{days} day{'s' if days != 1 else ''} ago ({when})"


def check_resume(policy: Policy, state: AddressState, now: _dt.datetime) -> Verdict:
    """Support's check before resuming: allowed for soft causes, refused (unless forced) for a
    missing mailbox or domain and other hard causes, refused for a complaint without consent."""
    now = _utc(now)
    a = state.address
    if not state.suppressed:
        return Verdict(a, True, ("the address is not suppressed: nothing to resume",))
    reasons: list[str] = []
    since = _ago(state.since, now) if state.since else "at an unknown time"
    if state.complaint:
        return Verdict(a, False, (f"complaint {since}: the person marked the mail as spam; resume only with "
                                  "their consent (they opted in again), then force it",), needs="consent")
    reason = state.reason or Reason.UNKNOWN
    words = _PLAIN.get(reason, reason.value.replace("_", " "))
    if state.rule == "import":
        words = f"imported from an existing suppression list ({reason.value})"
    later = state.last_bounce is not None and state.since is not None and state.last_bounce > state.since
    if later and state.last_bounce is not None:
        reasons.append(f"{words} {since}; bounced again {_ago(state.last_bounce, now)}"
                       f" ({(state.last_reason or Reason.UNKNOWN).value})")
    else:
        reasons.append(f"{words} {since}, no bounce since")
    severity = reason.severity
    if severity is Severity.HARD or (state.rule == "import" and reason is Reason.UNKNOWN):
        reasons.append("refuse unless forced, after the recipient confirms the address works")
        return Verdict(a, False, tuple(reasons), needs="confirmation")
    if later and state.last_bounce is not None and (now - state.last_bounce).days < 1:
        reasons.append("the last bounce was today: the next letter may bounce again")
    reasons.append("resume")
    return Verdict(a, True, tuple(reasons))
