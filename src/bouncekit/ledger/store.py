"""``Ledger``: bounce events and suppression state per address, in SQLite or PostgreSQL.

The ledger stores events and calls the pure policy (``bouncekit.policy``) on them; every
suppression keeps the policy rule and the event that caused it."""
from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import IO, Any

import attrs

from .._patterns import compile_pattern
from ..model import Category, Confidence, Kind, Reason, Record, Report, Severity
from ..policy import (
    DEFAULT_POLICY,
    AddressState,
    Event,
    EventKind,
    Policy,
    PolicyAction,
    Verdict,
    apply,
    check_resume,
    iso,
)
from .backend import Backend, connect
from .errors import InvalidAddress, LedgerError, ResumeRefused, UnknownAddress

DEFAULT_DB = "bouncekit.sqlite"
STREAMS = ("campaign", "automation", "system")

_KINDS = {
    Kind.BOUNCE: EventKind.BOUNCE,
    Kind.DELAY: EventKind.DELAY,
    Kind.DELIVERED: EventKind.DELIVERED,
    Kind.COMPLAINT: EventKind.COMPLAINT,
    Kind.AUTO_REPLY: EventKind.AUTO_REPLY,
    Kind.SUPPRESSED: EventKind.SUPPRESSED,
}
_EVENT_COLUMNS = (
    "fingerprint", "address", "occurred", "ingested", "kind", "reason", "category", "severity", "confidence",
    "rule", "status", "reply_code", "diagnostic", "remote_mta", "message_id", "source", "stream",
    "feedback_type", "headers", "action", "policy_rule", "note", "actor", "verdict",
)
_STATE_COLUMNS = (
    "address", "suppressed", "reason", "category", "rule", "since", "trigger_fp", "complaint", "soft",
    "last_bounce", "last_reason", "last_event", "resumed_at", "resumed_by", "events", "alerts",
)
_INSERT_EVENT = (f"INSERT INTO bk_events ({', '.join(_EVENT_COLUMNS)}) "
                 f"VALUES ({', '.join('?' for _ in _EVENT_COLUMNS)})")
_UPSERT_STATE = (f"INSERT INTO bk_addresses ({', '.join(_STATE_COLUMNS)}) "
                 f"VALUES ({', '.join('?' for _ in _STATE_COLUMNS)}) ON CONFLICT (address) DO UPDATE SET "
                 + ", ".join(f"{c} = excluded.{c}" for c in _STATE_COLUMNS[1:]))
_CHUNK = 400  # values per IN (...) list
# the common case, checked in one step: ASCII, no space or control, one @, a domain not starting
# or ending with a dot (anything else takes the careful path below)
_PLAIN_ADDRESS = compile_pattern(r"[!#-;=?A-~]{1,64}@[A-Za-z0-9-][A-Za-z0-9.-]{0,252}[A-Za-z0-9]").fullmatch


def normalize_address(address: object) -> str:
    """The ledger's key for an address: trimmed, angle brackets dropped, lower-cased whole
    (mailbox providers treat local parts case-insensitively). Raises InvalidAddress."""
    if isinstance(address, str):
        m = _PLAIN_ADDRESS(address)
        if m is not None and ".." not in address:
            return address.lower()
    if not isinstance(address, str):
        raise InvalidAddress(f"not an e-mail address: {address!r}")
    a = address.strip()
    if a.startswith("<") and a.endswith(">"):
        a = a[1:-1].strip()
    shown = a if a.isprintable() else repr(a)
    if not a or len(a) > 320 or "@" not in a or any(ch.isspace() for ch in a) or not a.isprintable():
        raise InvalidAddress(f"not an e-mail address: {shown or repr(address)}")
    local, _, domain = a.rpartition("@")
    if not local or not domain or domain.startswith(".") or domain.endswith(".") or ".." in domain or "@" in domain:
        raise InvalidAddress(f"not an e-mail address: {shown}")
    return a.lower()


_UTC = dt.timezone.utc


def _parse_time(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    try:
        t = dt.datetime.fromisoformat(value)
    except ValueError:
        pass
    else:
        return t.replace(tzinfo=_UTC) if t.tzinfo is None else t.astimezone(_UTC)
    text = value.strip()
    if text.endswith("Z"):
        text = text[:-1] + "+00:00"
    try:
        t = dt.datetime.fromisoformat(text)
    except ValueError:
        return None
    return t.replace(tzinfo=dt.timezone.utc) if t.tzinfo is None else t.astimezone(dt.timezone.utc)


def _time(value: str | None) -> dt.datetime | None:
    return _parse_time(value) if value else None


def _utc(value: dt.datetime | None, clock: Callable[[], dt.datetime]) -> dt.datetime:
    if value is None:
        return clock()
    return value.replace(tzinfo=dt.timezone.utc) if value.tzinfo is None else value.astimezone(dt.timezone.utc)


def fingerprint(*parts: object) -> str:
    """A stable id for an event: the same bounce ingested twice gets the same one."""
    text = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def record_fingerprint(rec: Record, address: str) -> str:
    """Source message (the original's Message-ID, the report's time, host and wording) +
    recipient + status. The file a bounce was read from is not part of it: the same bounce
    found in two mailboxes counts once."""
    text = "\x1f".join([x or "" for x in (
        "r1", _VALUE[rec.kind], address, rec.status, rec.reply_code, rec.message_id, rec.timestamp,
        rec.reporting_mta, rec.remote_mta, rec.diagnostic, rec.sender, rec.subject, rec.feedback_type,
        rec.provider_type)])  # the same text fingerprint() builds from these parts
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:32]


# enum member -> its string value (None -> None), one dict lookup per column
_VALUE: dict[Any, Any] = {None: None, **{m: m.value for cls in (
    Kind, Reason, Category, Severity, Confidence, EventKind, PolicyAction) for m in cls}}


@attrs.frozen(slots=True)
class Status:
    """Where an address stands: suppressed or not, why, since when, by which rule and event."""

    address: str
    suppressed: bool
    reason: Reason | None
    category: Category | None
    rule: str | None
    since: dt.datetime | None
    trigger: Event | None
    complaint: bool
    soft_count: int
    events: int
    alerts: int
    last_bounce: dt.datetime | None
    last_reason: Reason | None
    resumed_at: dt.datetime | None
    resumed_by: str | None

    def to_dict(self) -> dict[str, Any]:
        def v(x: Any) -> Any:
            if isinstance(x, dt.datetime):
                return iso(x)
            if isinstance(x, (Reason, Category)):
                return x.value
            return x
        out = {a.name: v(getattr(self, a.name)) for a in attrs.fields(Status) if a.name != "trigger"}
        out["trigger"] = self.trigger.to_dict() if self.trigger else None
        return out


@attrs.frozen(slots=True)
class Summary:
    """Compacted events of one address: how many of one kind and reason, first and last time."""

    address: str
    kind: EventKind
    reason: Reason | None
    events: int
    first: dt.datetime
    last: dt.datetime

    def to_dict(self) -> dict[str, Any]:
        return {"address": self.address, "kind": self.kind.value, "reason": self.reason.value if self.reason else None,
                "events": self.events, "first": iso(self.first), "last": iso(self.last)}


@attrs.frozen(slots=True)
class Stats:
    events: int
    addresses: int
    suppressed: int
    complaints: int
    alerts: int
    compacted: int
    suppressed_by_reason: Mapping[str, int]

    def to_dict(self) -> dict[str, Any]:
        return {**attrs.asdict(self), "suppressed_by_reason": dict(self.suppressed_by_reason)}


@attrs.define(slots=True)
class IngestResult:
    """Counts of one ingest: messages read, records seen, events added, duplicates skipped..."""

    messages: int = 0
    records: int = 0
    added: int = 0
    duplicates: int = 0
    skipped: int = 0        # records that are no event: not_bounce, error, no usable recipient
    too_old: int = 0        # older than the compaction horizon: already summarised or past retention
    suppressed: int = 0     # addresses this ingest suppressed
    alerts: int = 0         # sender alerts recorded

    def merge(self, other: IngestResult) -> None:
        for a in attrs.fields(IngestResult):
            setattr(self, a.name, getattr(self, a.name) + getattr(other, a.name))

    def to_dict(self) -> dict[str, int]:
        return attrs.asdict(self)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0)


class Ledger:
    """Bounce events and suppression state per address.

    ``Ledger(path_or_url)`` opens (and, unless ``create=False``, creates) a SQLite file
    (the default ``bouncekit.sqlite``, WAL mode, safe for several writer processes) or a
    PostgreSQL database (``postgresql://...``, ``pip install 'bouncekit[postgres]'``).
    """

    def __init__(self, url: str | os.PathLike[str] = DEFAULT_DB, *, policy: Policy | None = None,
                 create: bool = True, timeout: float = 30.0, clock: Callable[[], dt.datetime] | None = None) -> None:
        self.policy = policy or DEFAULT_POLICY
        self.clock = clock or _now
        self.db: Backend = connect(url, timeout=timeout, create=create)

    # --- context, closing ---------------------------------------------------------------------
    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- feeding --------------------------------------------------------------------------------
    def ingest(self, source: Any, *, headers: Sequence[str] = (), stream: str | None = None, jobs: int | None = 1,
               batch: int = 500, progress: Callable[[int], None] | None = None) -> IngestResult:
        """Decode every message of a path, stream or several (``bouncekit.scan``) and add the records."""
        from ..intake.sources import scan

        return self.add(scan(source, jobs=jobs), headers=headers, stream=stream, batch=batch, progress=progress)

    def add(self, items: Report | Record | Iterable[Report | Record], *, headers: Sequence[str] = (),
            stream: str | None = None, batch: int = 500,
            progress: Callable[[int], None] | None = None) -> IngestResult:
        """Add the records of reports (or bare records): one transaction per ``batch`` events."""
        _check_stream(stream)
        if isinstance(items, (Report, Record)):
            items = [items]
        total = IngestResult()
        pending: list[Event] = []
        messages = 0
        for item in items:
            if isinstance(item, Report):
                total.messages += 1
                messages += 1
                records: Iterable[Record] = item.records
                original: Mapping[str, str] = item.original_headers
            else:
                records, original = (item,), {}
            for rec in records:
                total.records += 1
                event = self._event(rec, original, headers, stream)
                if event is None:
                    total.skipped += 1
                else:
                    pending.append(event)
            if len(pending) >= batch:
                total.merge(self._write_batch(pending, total))
                pending = []
                if progress:
                    progress(messages)
                    messages = 0
        if pending:
            total.merge(self._write_batch(pending, total))
        if progress and messages:
            progress(messages)
        return total

    def record_delivery(self, address: str, *, at: dt.datetime | None = None, message_id: str | None = None,
                        stream: str | None = None) -> IngestResult:
        """A successful delivery to the address: resets its soft-bounce count."""
        return self._manual(EventKind.DELIVERED, address, at, message_id, stream)

    def record_complaint(self, address: str, *, at: dt.datetime | None = None, message_id: str | None = None,
                         stream: str | None = None, feedback_type: str | None = "abuse") -> IngestResult:
        """The person marked a letter as spam (from a feedback loop or a webhook)."""
        return self._manual(EventKind.COMPLAINT, address, at, message_id, stream, feedback_type)

    def _manual(self, kind: EventKind, address: str, at: dt.datetime | None, message_id: str | None,
                stream: str | None, feedback_type: str | None = None) -> IngestResult:
        _check_stream(stream)
        a = normalize_address(address)
        t = _utc(at, self.clock)
        reason = Reason.COMPLAINT if kind is EventKind.COMPLAINT else Reason.DELIVERED
        e = Event(address=a, kind=kind, occurred=t, reason=reason, category=reason.category, severity=None,
                  message_id=message_id, stream=stream, feedback_type=feedback_type, source="api",
                  fingerprint=fingerprint("m1", kind.value, a, iso(t), message_id))
        return self._write([e])

    def _event(self, rec: Record, original: Mapping[str, str], names: Sequence[str],
               stream: str | None) -> Event | None:
        kind = _KINDS.get(rec.kind)
        if kind is None or not rec.recipient:
            return None
        try:
            address = normalize_address(rec.recipient)
        except InvalidAddress:
            return None
        hdrs: dict[str, str] = {}
        for name in names:
            value = original.get(name)
            if value is not None:
                hdrs[name] = value
        return Event(address=address, kind=kind, occurred=_time(rec.timestamp) or self.clock(), reason=rec.reason,
                     category=rec.category, severity=rec.severity, confidence=rec.confidence, rule=rec.rule,
                     status=rec.status, reply_code=rec.reply_code, diagnostic=rec.diagnostic,
                     remote_mta=rec.remote_mta, message_id=rec.message_id, source=rec.source, stream=stream,
                     feedback_type=rec.feedback_type, headers=hdrs, fingerprint=record_fingerprint(rec, address))

    def _write_batch(self, events: list[Event], total: IngestResult) -> IngestResult:
        """One batch of ``add``; a failure carries what the batches before committed (``partial``)."""
        try:
            return self._write(events)
        except LedgerError as exc:
            exc.partial = total
            raise

    def _write(self, events: list[Event]) -> IngestResult:
        now = self.clock()
        return self.db.write(lambda cur: self._write_tx(cur, events, now))

    def _write_tx(self, cur: Any, events: list[Event], now: dt.datetime) -> IngestResult:
        db = self.db
        result = IngestResult()
        horizon = self._horizon(cur)
        unique: dict[str, Event] = {}
        for e in events:
            if horizon is not None and e.occurred < horizon and e.kind not in (EventKind.RESUME, EventKind.IMPORTED):
                result.too_old += 1
            elif e.fingerprint in unique:
                result.duplicates += 1
            else:
                unique[e.fingerprint or ""] = e
        existing: set[str] = set()
        fps = list(unique)
        for i in range(0, len(fps), _CHUNK):
            part = fps[i:i + _CHUNK]
            db.execute(cur, f"SELECT fingerprint FROM bk_events WHERE fingerprint IN ({', '.join('?' * len(part))})",
                       part)
            existing.update(row[0] for row in cur.fetchall())
        new = [e for fp, e in unique.items() if fp not in existing]
        result.duplicates += len(unique) - len(new)
        if not new:
            return result
        new.sort(key=lambda e: (e.address, e.occurred))
        states = self._lock_states(cur, sorted({e.address for e in new}))
        ingested = iso(now)
        rows = []
        touched: dict[str, AddressState] = {}
        for e in new:
            before = states.get(e.address) or AddressState(e.address)
            after, decision = apply(self.policy, before, e)
            if after.suppressed and not before.suppressed:
                result.suppressed += 1
            if decision.action is PolicyAction.ALERT_SENDER:
                result.alerts += 1
            states[e.address] = touched[e.address] = after
            rows.append(_event_row(e, ingested, decision.action.value, decision.rule))
        db.executemany(cur, _INSERT_EVENT, rows)
        db.executemany(cur, _UPSERT_STATE, [_state_row(s) for s in touched.values()])
        result.added += len(new)
        return result

    def _horizon(self, cur: Any) -> dt.datetime | None:
        row = self.db.execute(cur, "SELECT value FROM bk_meta WHERE key = 'compacted_before'").fetchone()
        return _parse_time(row[0]) if row else None

    def _lock_states(self, cur: Any, addresses: list[str]) -> dict[str, AddressState]:
        """The states of these addresses, locked for this transaction (PostgreSQL: in address order)."""
        db = self.db
        if db.lock_rows:
            # rows that do not exist yet are created first, so that their lock is taken too
            db.executemany(cur, "INSERT INTO bk_addresses (address) VALUES (?) ON CONFLICT (address) DO NOTHING",
                           [(a,) for a in addresses])
        states: dict[str, AddressState] = {}
        for i in range(0, len(addresses), _CHUNK):
            part = addresses[i:i + _CHUNK]
            db.execute(cur, f"SELECT {', '.join(_STATE_COLUMNS)} FROM bk_addresses WHERE address IN "
                            f"({', '.join('?' * len(part))}) ORDER BY address{db.lock_rows}", part)
            for row in cur.fetchall():
                states[row[0]] = _state(row)
        return states

    # --- the support workflow ---------------------------------------------------------------------
    def history(self, address: str, *, limit: int | None = None) -> list[Event]:
        """The address's events, newest first (compacted ones are in ``summaries``)."""
        a = normalize_address(address)

        def q(cur: Any) -> list[Event]:
            sql = f"SELECT {', '.join(_EVENT_COLUMNS)} FROM bk_events WHERE address = ? ORDER BY occurred DESC, id DESC"
            params: list[Any] = [a]
            if limit is not None:
                sql += " LIMIT ?"
                params.append(int(limit))
            return [_event(row) for row in self.db.execute(cur, sql, params).fetchall()]

        events = self.db.read(q)
        if not events and not self._known(a):
            raise UnknownAddress(f"the ledger has no event for {a}")
        return events

    def summaries(self, address: str) -> list[Summary]:
        a = normalize_address(address)
        rows = self.db.read(lambda cur: self.db.execute(
            cur, "SELECT address, kind, reason, events, first, last FROM bk_summaries WHERE address = ? "
                 "ORDER BY last DESC", (a,)).fetchall())
        return [Summary(r[0], EventKind(r[1]), Reason(r[2]) if r[2] else None, int(r[3]),
                        _parse_time(r[4]) or _now(), _parse_time(r[5]) or _now()) for r in rows]

    def _known(self, a: str) -> bool:
        return self.db.read(lambda cur: self.db.execute(
            cur, "SELECT 1 FROM bk_addresses WHERE address = ?", (a,)).fetchone()) is not None

    def state(self, address: str) -> AddressState | None:
        """The stored state of an address, or None when the ledger has never seen it."""
        a = normalize_address(address)
        row = self.db.read(lambda cur: self.db.execute(
            cur, f"SELECT {', '.join(_STATE_COLUMNS)} FROM bk_addresses WHERE address = ?", (a,)).fetchone())
        return _state(row) if row else None

    def get(self, address: str) -> Status | None:
        """``status(address)``, or None for an address the ledger has never seen."""
        s = self.state(address)
        return self._status(s) if s else None

    def status(self, address: str) -> Status:
        """Suppressed or not, why, since when. Raises UnknownAddress for an address never seen."""
        st = self.get(address)
        if st is None:
            raise UnknownAddress(f"the ledger has no event for {normalize_address(address)}")
        return st

    def is_suppressed(self, address: str) -> bool:
        s = self.state(address)
        return bool(s and s.suppressed)

    def _status(self, s: AddressState) -> Status:
        trigger = None
        if s.trigger:
            row = self.db.read(lambda cur: self.db.execute(
                cur, f"SELECT {', '.join(_EVENT_COLUMNS)} FROM bk_events WHERE fingerprint = ?",
                (s.trigger,)).fetchone())
            trigger = _event(row) if row else None
        return Status(address=s.address, suppressed=s.suppressed, reason=s.reason, category=s.category, rule=s.rule,
                      since=s.since, trigger=trigger, complaint=s.complaint, soft_count=len(s.soft), events=s.events,
                      alerts=s.alerts, last_bounce=s.last_bounce, last_reason=s.last_reason,
                      resumed_at=s.resumed_at, resumed_by=s.resumed_by)

    def resume_check(self, address: str, *, now: dt.datetime | None = None) -> Verdict:
        """Whether support may resume the address, with the reasons."""
        s = self.state(address)
        if s is None:
            raise UnknownAddress(f"the ledger has no event for {normalize_address(address)}")
        return check_resume(self.policy, s, _utc(now, self.clock))

    def resume(self, address: str, note: str, by: str, *, force: bool = False) -> Verdict:
        """Resume a suppressed address: refused (ResumeRefused) where the check refuses, unless
        ``force``; records who, why and against which verdict. A later bounce suppresses again."""
        a = normalize_address(address)
        if not note or not note.strip():
            raise LedgerError("a resume needs a note saying why (e.g. what the recipient confirmed)")
        if not by or not by.strip():
            raise LedgerError("a resume needs the name of who resumes")
        now = self.clock()

        def tx(cur: Any) -> Verdict:
            states = self._lock_states(cur, [a])
            s = states.get(a)
            if s is None or s.events == 0:
                raise UnknownAddress(f"the ledger has no event for {a}")
            verdict = check_resume(self.policy, s, now)
            if not s.suppressed:
                return verdict
            if not verdict.allowed and not force:
                raise ResumeRefused(verdict)
            label = "allowed" if verdict.allowed else "refused, forced"
            e = Event(address=a, kind=EventKind.RESUME, occurred=now, note=note.strip(), actor=by.strip(),
                      verdict=f"{label}: " + "; ".join(verdict.reasons), source="resume",
                      fingerprint=fingerprint("resume", a, iso(now), by, note, s.events))
            after, d = apply(self.policy, s, e)
            self.db.executemany(cur, _INSERT_EVENT, [_event_row(e, iso(now), d.action.value, d.rule)])
            self.db.executemany(cur, _UPSERT_STATE, [_state_row(after)])
            return verdict

        return self.db.write(tx)

    # --- lists --------------------------------------------------------------------------------
    def suppressed(self) -> Iterator[Status]:
        """Every suppressed address, in address order (without the trigger event, for speed)."""
        rows = self.db.read(lambda cur: self.db.execute(
            cur, f"SELECT {', '.join(_STATE_COLUMNS)} FROM bk_addresses WHERE suppressed = 1 ORDER BY address"
        ).fetchall())
        for row in rows:
            s = _state(row)
            yield Status(address=s.address, suppressed=True, reason=s.reason, category=s.category, rule=s.rule,
                         since=s.since, trigger=None, complaint=s.complaint, soft_count=len(s.soft),
                         events=s.events, alerts=s.alerts, last_bounce=s.last_bounce, last_reason=s.last_reason,
                         resumed_at=s.resumed_at, resumed_by=s.resumed_by)

    def export_suppressed(self, out: IO[str], fmt: str = "csv") -> int:
        """The suppression list for the sending system: CSV (address, reason, category, since,
        rule, complaint) or JSON lines. Returns how many addresses were written."""
        if fmt not in ("csv", "jsonl"):
            raise LedgerError(f"unknown export format {fmt!r} (csv or jsonl)")
        cols = ("address", "reason", "category", "since", "rule", "complaint")
        n = 0
        writer = csv.writer(out, lineterminator="\n") if fmt == "csv" else None
        if writer:
            writer.writerow(cols)
        for st in self.suppressed():
            d = st.to_dict()
            row = {c: d[c] for c in cols}
            if writer:
                writer.writerow([("true" if row[c] else "false") if c == "complaint" else
                                 (row[c] if row[c] is not None else "") for c in cols])
            else:
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
            n += 1
        return n

    def import_suppressed(self, rows: Iterable[str | Mapping[str, Any]], *, note: str | None = None,
                          by: str | None = None) -> IngestResult:
        """Import an existing suppression list: addresses, or mappings with ``address`` and
        optional ``reason`` (a taxonomy reason; else unknown), ``since`` (ISO time) and ``note``.
        One transaction: a malformed address refuses the whole list (InvalidAddress, with its line)."""
        events: list[Event] = []
        now = self.clock()
        for n, row in enumerate(rows, 1):
            item: Mapping[str, Any] = {"address": row} if isinstance(row, str) else row
            raw = item.get("address") or item.get("email") or ""
            try:
                a = normalize_address(raw)
            except InvalidAddress as exc:
                raise InvalidAddress(f"line {n}: {exc}") from None
            reason_text = (item.get("reason") or "").strip() if isinstance(item.get("reason"), str) else ""
            try:
                reason = Reason(reason_text) if reason_text else Reason.UNKNOWN
            except ValueError:
                raise LedgerError(f"line {n}: unknown reason {reason_text!r} (see the taxonomy)") from None
            since = _parse_time(item.get("since")) if isinstance(item.get("since"), str) and item.get("since") else None
            t = since or now
            events.append(Event(address=a, kind=EventKind.IMPORTED, occurred=t, reason=reason,
                                category=reason.category, severity=reason.severity,
                                note=(item.get("note") or note), actor=by, source="import",
                                fingerprint=fingerprint("import", a, reason.value, iso(t))))
        return self.db.write(lambda cur: self._write_tx(cur, events, now)) if events else IngestResult()

    # --- retention ----------------------------------------------------------------------------------
    def compact(self, older_than_days: int | None = None, *, now: dt.datetime | None = None) -> int:
        """Fold events older than ``older_than_days`` (default: the policy's compact_after_days)
        into per-address summaries (kind, reason, count, first, last) and delete them; the events
        that suppressed an address are kept. Returns how many events were compacted. Events older
        than the horizon are not ingested later (they are counted or past retention)."""
        days = self.policy.compact_after_days if older_than_days is None else older_than_days
        if days < 0:
            raise LedgerError("compaction age must be 0 days or more")
        horizon = iso(_utc(now, self.clock) - dt.timedelta(days=days))
        db = self.db

        def tx(cur: Any) -> int:
            keep = "fingerprint NOT IN (SELECT trigger_fp FROM bk_addresses WHERE trigger_fp IS NOT NULL)"
            db.execute(cur, "SELECT address, kind, COALESCE(reason, ''), COUNT(*), MIN(occurred), MAX(occurred) "
                            f"FROM bk_events WHERE occurred < ? AND {keep} GROUP BY address, kind, COALESCE(reason, '')",
                       (horizon,))
            groups = cur.fetchall()
            db.executemany(cur, "INSERT INTO bk_summaries (address, kind, reason, events, first, last) "
                                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (address, kind, reason) DO UPDATE SET "
                                "events = bk_summaries.events + excluded.events, "
                                f"first = {db.least}(bk_summaries.first, excluded.first), "
                                f"last = {db.greatest}(bk_summaries.last, excluded.last)", groups)
            db.execute(cur, f"DELETE FROM bk_events WHERE occurred < ? AND {keep}", (horizon,))
            row = db.execute(cur, "SELECT value FROM bk_meta WHERE key = 'compacted_before'").fetchone()
            if row is None:
                db.execute(cur, "INSERT INTO bk_meta (key, value) VALUES ('compacted_before', ?)", (horizon,))
            elif row[0] < horizon:
                db.execute(cur, "UPDATE bk_meta SET value = ? WHERE key = 'compacted_before'", (horizon,))
            return sum(int(g[3]) for g in groups)

        return db.write(tx)

    def stats(self) -> Stats:
        db = self.db

        def q(cur: Any) -> Stats:
            events = db.execute(cur, "SELECT COUNT(*) FROM bk_events").fetchone()[0]
            addresses, suppressed, complaints, alerts = db.execute(
                cur, "SELECT COUNT(*), COALESCE(SUM(suppressed), 0), COALESCE(SUM(complaint), 0), "
                     "COALESCE(SUM(alerts), 0) FROM bk_addresses").fetchone()
            compacted = db.execute(cur, "SELECT COALESCE(SUM(events), 0) FROM bk_summaries").fetchone()[0]
            by_reason = {r or "unknown": int(n) for r, n in db.execute(
                cur, "SELECT reason, COUNT(*) FROM bk_addresses WHERE suppressed = 1 GROUP BY reason "
                     "ORDER BY COUNT(*) DESC, reason").fetchall()}
            return Stats(int(events), int(addresses), int(suppressed), int(complaints), int(alerts), int(compacted),
                         by_reason)

        return db.read(q)

    def alerts(self, *, limit: int = 100) -> list[Event]:
        """The latest sender alerts (bounces that were the sender's problem, not the address's)."""
        rows = self.db.read(lambda cur: self.db.execute(
            cur, f"SELECT {', '.join(_EVENT_COLUMNS)} FROM bk_events WHERE action = 'alert_sender' "
                 "ORDER BY occurred DESC, id DESC LIMIT ?", (int(limit),)).fetchall())
        return [_event(r) for r in rows]


def _check_stream(stream: str | None) -> None:
    if stream is not None and stream not in STREAMS:
        raise LedgerError(f"unknown stream {stream!r} (one of {', '.join(STREAMS)})")


def _event_row(e: Event, ingested: str, action: str, rule: str) -> tuple[Any, ...]:
    v = _VALUE.__getitem__
    return (e.fingerprint, e.address, iso(e.occurred), ingested, v(e.kind), v(e.reason), v(e.category),
            v(e.severity), v(e.confidence), e.rule, e.status, e.reply_code, e.diagnostic, e.remote_mta, e.message_id,
            e.source, e.stream, e.feedback_type, json.dumps(dict(e.headers), ensure_ascii=False) if e.headers else None,
            action, rule, e.note, e.actor, e.verdict)


def _enum(cls: Any, value: Any) -> Any:
    if value is None or value == "":
        return None
    try:
        return cls(value)
    except ValueError:
        return None


def _event(row: Sequence[Any]) -> Event:
    d = dict(zip(_EVENT_COLUMNS, row))
    return Event(address=d["address"], kind=EventKind(d["kind"]), occurred=_parse_time(d["occurred"]) or _now(),
                 reason=_enum(Reason, d["reason"]), category=_enum(Category, d["category"]),
                 severity=_enum(Severity, d["severity"]), confidence=_enum(Confidence, d["confidence"]),
                 rule=d["rule"], status=d["status"], reply_code=d["reply_code"], diagnostic=d["diagnostic"],
                 remote_mta=d["remote_mta"], message_id=d["message_id"], source=d["source"], stream=d["stream"],
                 feedback_type=d["feedback_type"], headers=json.loads(d["headers"]) if d["headers"] else {},
                 fingerprint=d["fingerprint"], action=_enum(PolicyAction, d["action"]), policy_rule=d["policy_rule"],
                 note=d["note"], actor=d["actor"], verdict=d["verdict"], ingested=_parse_time(d["ingested"]))


def _state(row: Sequence[Any]) -> AddressState:
    d = dict(zip(_STATE_COLUMNS, row))
    soft = tuple(t for t in (_parse_time(x) for x in (d["soft"] or "").split(",") if x) if t is not None)
    return AddressState(address=d["address"], suppressed=bool(d["suppressed"]), reason=_enum(Reason, d["reason"]),
                        category=_enum(Category, d["category"]), rule=d["rule"], since=_time(d["since"]),
                        trigger=d["trigger_fp"], complaint=bool(d["complaint"]), soft=soft,
                        last_bounce=_time(d["last_bounce"]), last_reason=_enum(Reason, d["last_reason"]),
                        last_event=_time(d["last_event"]), resumed_at=_time(d["resumed_at"]),
                        resumed_by=d["resumed_by"], events=int(d["events"] or 0), alerts=int(d["alerts"] or 0))


def _state_row(s: AddressState) -> tuple[Any, ...]:
    def t(x: dt.datetime | None) -> str | None:
        return iso(x) if x is not None else None
    return (s.address, int(s.suppressed), _VALUE[s.reason],
            _VALUE[s.category], s.rule, t(s.since), s.trigger, int(s.complaint),
            ",".join(iso(x) for x in s.soft), t(s.last_bounce), _VALUE[s.last_reason],
            t(s.last_event), t(s.resumed_at), s.resumed_by, s.events, s.alerts)


def read_list(fh: IO[str]) -> Iterator[dict[str, str]]:
    """Rows of a suppression list file: CSV with a header naming ``address`` (or ``email``), or
    one address per line."""
    text = fh.read()
    first = text.lstrip("\ufeff").splitlines()[0] if text.strip() else ""
    lower = [c.strip().lower() for c in first.split(",")]
    if "address" in lower or "email" in lower:
        for row in csv.DictReader(io.StringIO(text.lstrip("\ufeff"))):
            yield {(k or "").strip().lower(): (v or "").strip() for k, v in row.items()}
        return
    for line in text.lstrip("\ufeff").splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            yield {"address": line.strip()}
