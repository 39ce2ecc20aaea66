"""The ledger's two databases behind one small interface: SQLite (the default, a file) and
PostgreSQL (``bouncekit[postgres]``, psycopg 3), both through plain DB-API with one schema.

SQL is written once with ``?`` placeholders; PostgreSQL gets them as ``%s``. Every write runs in
one transaction: SQLite's ``BEGIN IMMEDIATE`` (several processes queue for the write lock, WAL
lets readers go on), PostgreSQL's row locks taken in address order (conflicts are retried)."""
from __future__ import annotations

import os
import re
import sqlite3
import time
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar

from .errors import LedgerError, LedgerLocked, LedgerUnavailable, SchemaTooNew

T = TypeVar("T")

# the schema this bouncekit reads and writes; migrations[n] takes a database from n to n + 1
SCHEMA_VERSION = 1


def _migrations(pk: str) -> list[list[str]]:
    return [[
        "CREATE TABLE IF NOT EXISTS bk_events ("
        f" id {pk},"
        " fingerprint TEXT NOT NULL UNIQUE,"
        " address TEXT NOT NULL,"
        " occurred TEXT NOT NULL,"
        " ingested TEXT NOT NULL,"
        " kind TEXT NOT NULL,"
        " reason TEXT, category TEXT, severity TEXT, confidence TEXT, rule TEXT,"
        " status TEXT, reply_code TEXT, diagnostic TEXT, remote_mta TEXT, message_id TEXT,"
        " source TEXT, stream TEXT, feedback_type TEXT, headers TEXT,"
        " action TEXT, policy_rule TEXT, note TEXT, actor TEXT, verdict TEXT)",
        "CREATE INDEX IF NOT EXISTS bk_events_address ON bk_events (address, occurred)",
        "CREATE TABLE IF NOT EXISTS bk_addresses ("
        " address TEXT PRIMARY KEY,"
        " suppressed INTEGER NOT NULL DEFAULT 0,"
        " reason TEXT, category TEXT, rule TEXT, since TEXT, trigger_fp TEXT,"
        " complaint INTEGER NOT NULL DEFAULT 0,"
        " soft TEXT NOT NULL DEFAULT '',"
        " last_bounce TEXT, last_reason TEXT, last_event TEXT, resumed_at TEXT, resumed_by TEXT,"
        " events INTEGER NOT NULL DEFAULT 0,"
        " alerts INTEGER NOT NULL DEFAULT 0)",
        "CREATE INDEX IF NOT EXISTS bk_addresses_suppressed ON bk_addresses (suppressed)",
        "CREATE TABLE IF NOT EXISTS bk_summaries ("
        " address TEXT NOT NULL, kind TEXT NOT NULL, reason TEXT NOT NULL DEFAULT '',"
        " events INTEGER NOT NULL, first TEXT NOT NULL, last TEXT NOT NULL,"
        " PRIMARY KEY (address, kind, reason))",
    ]]


def redact(url: str) -> str:
    """A database URL fit for a message: no password."""
    return re.sub(r"(://[^:/@]+):[^@/]*@", r"\1:***@", url)


class Backend:
    """One connection to a ledger database."""

    dialect = "?"
    least = "MIN"
    greatest = "MAX"
    lock_rows = ""  # appended to a SELECT of address rows inside a write transaction

    def __init__(self, url: str, timeout: float) -> None:
        self.url = url
        self.timeout = timeout
        self.conn: Any = None

    # --- subclasses -------------------------------------------------------------------------
    def sql(self, text: str) -> str:
        return text

    def begin(self, cur: Any) -> None:
        raise NotImplementedError

    def retryable(self, exc: BaseException) -> bool:
        return False

    def translate(self, exc: BaseException) -> LedgerError | None:
        return None

    def migration_lock(self, cur: Any) -> None:
        pass

    def tables_exist(self, cur: Any) -> bool:
        raise NotImplementedError

    def migrations(self) -> list[list[str]]:
        raise NotImplementedError

    # --- shared ------------------------------------------------------------------------------
    def execute(self, cur: Any, text: str, params: Sequence[Any] = ()) -> Any:
        cur.execute(self.sql(text), tuple(params))
        return cur

    def executemany(self, cur: Any, text: str, rows: Iterable[Sequence[Any]]) -> None:
        rows = [tuple(r) for r in rows]
        if rows:
            cur.executemany(self.sql(text), rows)

    def write(self, fn: Callable[[Any], T], attempts: int = 8) -> T:
        """``fn(cursor)`` in one write transaction, committed, or rolled back whole."""
        for attempt in range(attempts):
            cur = self.conn.cursor()
            try:
                self.begin(cur)
                result = fn(cur)
                self.conn.commit()
                return result
            except BaseException as exc:
                self._rollback()
                if attempt + 1 < attempts and self.retryable(exc):
                    time.sleep(0.02 * (attempt + 1))
                    continue
                err = self.translate(exc)
                if err is not None:
                    raise err from None
                raise
            finally:
                try:
                    cur.close()
                except Exception:
                    pass
        raise AssertionError("unreachable")  # pragma: no cover

    def read(self, fn: Callable[[Any], T]) -> T:
        cur = self.conn.cursor()
        try:
            result = fn(cur)
            self.conn.commit()  # ends PostgreSQL's implicit transaction; a no-op for SQLite reads
            return result
        except BaseException as exc:
            self._rollback()
            err = self.translate(exc)
            if err is not None:
                raise err from None
            raise
        finally:
            cur.close()

    def _rollback(self) -> None:
        try:
            self.conn.rollback()
        except Exception:
            pass

    def schema_version(self, cur: Any) -> int | None:
        if not self.tables_exist(cur):
            return None
        row = self.execute(cur, "SELECT value FROM bk_meta WHERE key = 'schema_version'").fetchone()
        return int(row[0]) if row else 0

    def ensure_schema(self, create: bool) -> None:
        """Refuse a newer schema; bring an older (or new) database to SCHEMA_VERSION."""
        version = self.read(self.schema_version)
        self._check_version(version)
        if version == SCHEMA_VERSION:
            return
        if version is None and not create:
            raise LedgerError(f"no ledger in {redact(self.url)} (create it with 'bouncekit ledger ingest')")

        def migrate(cur: Any) -> None:
            self.migration_lock(cur)
            self.execute(cur, "CREATE TABLE IF NOT EXISTS bk_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
            row = self.execute(cur, "SELECT value FROM bk_meta WHERE key = 'schema_version'").fetchone()
            current = int(row[0]) if row else 0
            self._check_version(current)
            for statements in self.migrations()[current:SCHEMA_VERSION]:
                for statement in statements:
                    self.execute(cur, statement)
            if row:
                self.execute(cur, "UPDATE bk_meta SET value = ? WHERE key = 'schema_version'", (str(SCHEMA_VERSION),))
            else:
                self.execute(cur, "INSERT INTO bk_meta (key, value) VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))

        self.write(migrate)

    def _check_version(self, version: int | None) -> None:
        if version is not None and version > SCHEMA_VERSION:
            raise SchemaTooNew(f"the ledger {redact(self.url)} has schema version {version}, newer than this "
                               f"bouncekit reads ({SCHEMA_VERSION}): upgrade bouncekit")

    def close(self) -> None:
        if self.conn is not None:
            try:
                self.conn.close()
            finally:
                self.conn = None


class SQLiteBackend(Backend):
    dialect = "sqlite"

    def __init__(self, path: str, timeout: float, create: bool) -> None:
        super().__init__(path, timeout)
        if path != ":memory:":
            if not create and not os.path.exists(path):
                raise LedgerError(f"no ledger at {path} (create it with 'bouncekit ledger ingest', "
                                  "or give --db / BOUNCEKIT_DB)")
            parent = os.path.dirname(os.path.abspath(path))
            if not os.path.isdir(parent):
                raise LedgerUnavailable(f"cannot create the ledger {path}: no such directory {parent}")
        try:
            self.conn = sqlite3.connect(path, timeout=timeout, isolation_level=None, check_same_thread=False)
            self.conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
            if path != ":memory:":
                mode = self.conn.execute("PRAGMA journal_mode = WAL").fetchone()
                if mode and str(mode[0]).lower() != "wal":
                    raise LedgerUnavailable(f"cannot put the ledger {path} in WAL mode (got {mode[0]})")
            self.conn.execute("PRAGMA synchronous = NORMAL")
            self.conn.execute("PRAGMA foreign_keys = ON")
        except sqlite3.Error as exc:
            self.close()
            raise self._error(exc) from None

    def begin(self, cur: Any) -> None:
        cur.execute("BEGIN IMMEDIATE")

    def read(self, fn: Callable[[Any], T]) -> T:
        try:
            return super().read(fn)
        except sqlite3.Error as exc:
            raise self._error(exc) from None

    def translate(self, exc: BaseException) -> LedgerError | None:
        return self._error(exc) if isinstance(exc, sqlite3.Error) else None

    def _error(self, exc: BaseException) -> LedgerError:
        text = str(exc)
        if "locked" in text or "busy" in text:
            return LedgerLocked(f"the ledger {self.url} is locked by another process (waited {self.timeout:g} s)")
        if "not a database" in text or "malformed" in text:
            return LedgerUnavailable(f"{self.url} is not a bouncekit ledger (SQLite says: {text})")
        if "unable to open" in text or "readonly" in text:
            return LedgerUnavailable(f"cannot open the ledger {self.url}: {text}")
        return LedgerError(f"ledger {self.url}: {text}")

    def tables_exist(self, cur: Any) -> bool:
        row = cur.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'bk_meta'").fetchone()
        return row is not None

    def migrations(self) -> list[list[str]]:
        return _migrations("INTEGER PRIMARY KEY AUTOINCREMENT")



class PostgresBackend(Backend):
    dialect = "postgresql"
    least = "LEAST"
    greatest = "GREATEST"
    lock_rows = " FOR UPDATE"

    def __init__(self, url: str, timeout: float, create: bool) -> None:
        super().__init__(url, timeout)
        try:
            import psycopg
        except ImportError:
            raise LedgerUnavailable("a PostgreSQL ledger needs psycopg: pip install 'bouncekit[postgres]'") from None
        self._psycopg = psycopg
        try:
            self.conn = psycopg.connect(url, connect_timeout=max(1, int(timeout)), autocommit=False)
            with self.conn.cursor() as cur:
                cur.execute(f"SET lock_timeout = '{int(timeout * 1000)}ms'")
            self.conn.commit()
        except psycopg.Error as exc:
            self.close()
            first = (str(exc).strip().splitlines() or ["error"])[0]
            raise LedgerUnavailable(f"cannot reach the ledger {redact(url)}: {first}") from None

    def sql(self, text: str) -> str:
        return text.replace("?", "%s")

    def begin(self, cur: Any) -> None:
        pass  # psycopg opens a transaction with the first statement

    def retryable(self, exc: BaseException) -> bool:
        e = self._psycopg.errors
        return isinstance(exc, (e.DeadlockDetected, e.SerializationFailure, e.UniqueViolation))

    def translate(self, exc: BaseException) -> LedgerError | None:
        psycopg = self._psycopg
        if isinstance(exc, psycopg.errors.LockNotAvailable):
            return LedgerLocked(f"the ledger {redact(self.url)} is locked by another session "
                                f"(waited {self.timeout:g} s)")
        if isinstance(exc, psycopg.OperationalError):
            first = (str(exc).strip().splitlines() or ["error"])[0]
            return LedgerUnavailable(f"lost the ledger {redact(self.url)}: {first}")
        if isinstance(exc, psycopg.Error):
            first = (str(exc).strip().splitlines() or ["error"])[0]
            return LedgerError(f"ledger {redact(self.url)}: {first}")
        return None

    def migration_lock(self, cur: Any) -> None:
        cur.execute("SELECT pg_advisory_xact_lock(4812015)")  # one migrator at a time

    def tables_exist(self, cur: Any) -> bool:
        cur.execute("SELECT to_regclass('bk_meta') IS NOT NULL")
        return bool(cur.fetchone()[0])

    def migrations(self) -> list[list[str]]:
        return _migrations("BIGSERIAL PRIMARY KEY")


def connect(url: str | os.PathLike[str], timeout: float = 30.0, create: bool = True) -> Backend:
    """A backend for a file path, ``sqlite:///PATH`` or ``postgresql://...``, schema checked."""
    text = os.fspath(url)
    backend: Backend
    if text.startswith(("postgresql://", "postgres://")):
        backend = PostgresBackend(text, timeout, create)
    else:
        if text.startswith("sqlite:///"):
            text = text[len("sqlite:///") - 1:] if text.startswith("sqlite:////") else text[len("sqlite:///"):]
        elif text.startswith("sqlite:"):
            text = text[len("sqlite:"):]
        elif "://" in text:
            raise LedgerError(f"unknown database URL {redact(text)} (a file path, sqlite:///PATH or postgresql://...)")
        if not text:
            raise LedgerError("empty database path")
        backend = SQLiteBackend(text, timeout, create)
    try:
        backend.ensure_schema(create)
    except BaseException:
        backend.close()
        raise
    return backend
