"""IMAP intake: the messages of a mailbox folder, read by UID from a checkpoint, never deleted.

    from bouncekit.intake import imap

    for report in imap.read("imaps://bounces@mail.example.net/INBOX", password=secret,
                            checkpoint="bounces.checkpoint.json", move_to="Processed"):
        ...

- Messages are fetched with ``BODY.PEEK[]``: reading sets no ``\\Seen`` flag and changes nothing.
- With ``checkpoint`` (a JSON file, written atomically) a later call reads only the messages that
  arrived since (UIDs above the last one read). When the folder's UIDVALIDITY changed (the server
  renumbered it) the whole folder is read again. Without it every message is read and nothing is
  written anywhere.
- With ``move_to`` the messages decoded as delivery reports or complaints (kinds ``bounce``,
  ``delay``, ``delivered``, ``complaint``) are moved to that folder (created when missing) by
  ``UID MOVE`` or, where the server has no MOVE, copied there and flagged ``\\Deleted`` (expunged
  by ``UID EXPUNGE`` where the server has UIDPLUS, which touches those messages only). Other
  messages, auto-replies included, stay as they were. Nothing is ever deleted otherwise.
- A login failure, an unreachable server or a missing folder raises ImapError with one line.

The URL is ``imaps://USER@HOST[:PORT]/FOLDER`` (port 993), or ``imap://`` (port 143) for a server
on this machine or one that offers STARTTLS, which is then used. The password is never part of
the URL: it is given by the caller (the ``bouncekit scan`` command takes it from the environment
variable BOUNCEKIT_IMAP_PASSWORD or asks for it on a terminal).
"""
from __future__ import annotations

import imaplib
import ipaddress
import json
import os
import socket
import ssl
import tempfile
from collections.abc import Iterator
from typing import Any
from urllib.parse import unquote, urlsplit

import attrs

from .._patterns import compile_pattern
from ..core import parse
from ..mime import MAX_MESSAGE_BYTES
from ..model import Kind, Report
from . import is_url

__all__ = ["ImapError", "ImapURL", "PASSWORD_ENV", "default_checkpoint", "is_url", "parse_url", "read"]

PASSWORD_ENV = "BOUNCEKIT_IMAP_PASSWORD"
# the kinds that are processed bounces, moved by move_to; everything else stays where it is
MOVED_KINDS = frozenset({Kind.BOUNCE, Kind.DELAY, Kind.DELIVERED, Kind.COMPLAINT})
_BATCH = 50
_UID = compile_pattern(rb"\bUID (\d+)")


class ImapError(Exception):
    """Why a mailbox could not be read, in one line."""


@attrs.frozen
class ImapURL:
    secure: bool
    user: str
    host: str
    port: int
    folder: str

    @property
    def scheme(self) -> str:
        return "imaps" if self.secure else "imap"

    def key(self) -> str:
        """The checkpoint entry of this folder."""
        return f"{self.scheme}://{self.user}@{self.host}:{self.port}/{self.folder}"

    def source(self, uidvalidity: int, uid: int) -> str:
        """The message's ``source`` label: an RFC 5092 IMAP URL of the message."""
        return f"{self.scheme}://{self.user}@{self.host}:{self.port}/{self.folder};UIDVALIDITY={uidvalidity}/;UID={uid}"


def parse_url(url: str) -> ImapURL:
    """``imaps://user@host[:port]/FOLDER`` (folder percent-decoded; INBOX when none is given)."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in ("imap", "imaps"):
        raise ImapError(f"not an IMAP URL (imap:// or imaps://): {url}")
    if parts.password is not None:
        raise ImapError(f"no password in the URL: give it in the environment variable {PASSWORD_ENV}")
    if not parts.username:
        raise ImapError(f"no user in the URL (imaps://USER@HOST/FOLDER): {url}")
    if not parts.hostname:
        raise ImapError(f"no host in the URL: {url}")
    try:
        port = parts.port or (993 if scheme == "imaps" else 143)
    except ValueError:
        raise ImapError(f"bad port in the URL: {url}") from None
    folder = unquote(parts.path.lstrip("/")) or "INBOX"
    return ImapURL(scheme == "imaps", unquote(parts.username), parts.hostname, port, folder)


def default_checkpoint() -> str:
    """Where ``bouncekit scan`` keeps IMAP checkpoints: the user's state directory."""
    base = os.environ.get("XDG_STATE_HOME") or os.path.join(os.path.expanduser("~"), ".local", "state")
    return os.path.join(base, "bouncekit", "imap-checkpoint.json")


def read(url: str | ImapURL, *, password: str, checkpoint: str | os.PathLike[str] | None = None,
         move_to: str | None = None, timeout: float = 60.0,
         ssl_context: ssl.SSLContext | None = None) -> Iterator[Report]:
    """Reports of the folder's messages in UID order (those after the checkpoint, when given).

    The checkpoint moves past a message once the caller has asked for the report after it (or
    the generator ran to its end), so a reader that stops early reads its last message again."""
    where = url if isinstance(url, ImapURL) else parse_url(url)
    conn = _connect(where, password, timeout, ssl_context)
    try:
        yield from _read_folder(conn, where, checkpoint, move_to)
    finally:
        try:
            conn.logout()
        except (imaplib.IMAP4.error, OSError):
            pass


def _connect(where: ImapURL, password: str, timeout: float, context: ssl.SSLContext | None) -> imaplib.IMAP4:
    name = f"{where.host}:{where.port}"
    try:
        conn: imaplib.IMAP4
        if where.secure:
            conn = imaplib.IMAP4_SSL(where.host, where.port, ssl_context=context or ssl.create_default_context(),
                                     timeout=timeout)
        else:
            conn = imaplib.IMAP4(where.host, where.port, timeout=timeout)
            if "STARTTLS" in conn.capabilities:
                conn.starttls(ssl_context=context or ssl.create_default_context())
            elif not _is_local(where.host):
                conn.shutdown()
                raise ImapError(f"{name} offers no STARTTLS: imap:// would send the password in clear; use imaps://")
    except ssl.SSLError as exc:
        raise ImapError(f"TLS with {name} failed: {exc.reason or exc}") from None
    except (OSError, imaplib.IMAP4.error) as exc:
        raise ImapError(f"cannot connect to {name}: {_why(exc)}") from None
    try:
        conn.login(where.user, password)
    except imaplib.IMAP4.error as exc:
        _close(conn)
        raise ImapError(f"login failed for {where.user} at {name}: {_why(exc)}") from None
    except OSError as exc:
        raise ImapError(f"connection to {name} lost at login: {_why(exc)}") from None
    try:
        _refresh_capabilities(conn)
    except (OSError, imaplib.IMAP4.error) as exc:
        raise ImapError(f"connection to {name} lost after login: {_why(exc)}") from None
    return conn


def _refresh_capabilities(conn: imaplib.IMAP4) -> None:
    """Servers announce more (MOVE, UIDPLUS) once logged in; imaplib keeps the first list."""
    typ, data = conn.capability()
    if typ == "OK" and data and isinstance(data[-1], bytes):
        conn.capabilities = tuple(data[-1].decode("ascii", "replace").upper().split())


def _read_folder(conn: imaplib.IMAP4, where: ImapURL, checkpoint: str | os.PathLike[str] | None,
                 move_to: str | None) -> Iterator[Report]:
    folder = _quote(_utf7(where.folder))
    try:
        # read-only (EXAMINE) unless messages are to be moved: nothing can change then
        typ, data = conn.select(folder, readonly=move_to is None)
        if typ != "OK":
            raise ImapError(f"cannot open folder {where.folder!r}: {_why(data)}")
        uidvalidity = int(_untagged(conn, "UIDVALIDITY") or 0)
        state = _load(checkpoint)
        entry = state.get(where.key()) or {}
        last = int(entry.get("last_uid", 0)) if entry.get("uidvalidity") == uidvalidity else 0
        typ, data = conn.uid("SEARCH", f"UID {last + 1}:*")
        if typ != "OK":
            raise ImapError(f"cannot search folder {where.folder!r}: {_why(data)}")
        # "N:*" always names the last message, even when its UID is below N
        uids = sorted(u for u in (int(x) for x in (data[0] or b"").split()) if u > last)
        done = last
        processed: list[int] = []  # read bounces not moved yet
        try:
            for i in range(0, len(uids), _BATCH):
                for uid, raw in _fetch(conn, uids[i:i + _BATCH]):
                    report = parse(raw, source=where.source(uidvalidity, uid))
                    yield report
                    done = uid
                    if move_to is not None and report.kind in MOVED_KINDS:
                        processed.append(uid)
                if processed:
                    _move(conn, processed, _quote(_utf7(move_to or "")))
                    processed = []
                _save(checkpoint, where.key(), uidvalidity, done)
        finally:
            # a reader that stopped early: what it has read is moved and checkpointed all the same
            if processed:
                _move(conn, processed, _quote(_utf7(move_to or "")))
            if done != last:
                _save(checkpoint, where.key(), uidvalidity, done)
    except (OSError, imaplib.IMAP4.error) as exc:
        raise ImapError(f"IMAP error on {where.host}:{where.port}: {_why(exc)}") from None


def _fetch(conn: imaplib.IMAP4, uids: list[int]) -> Iterator[tuple[int, bytes]]:
    """(uid, message bytes, at most MAX_MESSAGE_BYTES) without setting \\Seen."""
    typ, data = conn.uid("FETCH", ",".join(map(str, uids)), f"(UID BODY.PEEK[]<0.{MAX_MESSAGE_BYTES}>)")
    if typ != "OK":
        raise ImapError(f"FETCH failed: {_why(data)}")
    got: dict[int, bytes] = {}
    for item in data:
        if isinstance(item, tuple) and len(item) == 2:
            m = _UID.search(item[0])
            if m:
                got[int(m.group(1))] = bytes(item[1])
    for uid in uids:
        if uid in got:  # a message expunged by someone else meanwhile is simply gone
            yield uid, got[uid]


def _move(conn: imaplib.IMAP4, uids: list[int], folder: str, *, use_move: bool | None = None) -> None:
    ids = ",".join(map(str, uids))
    can_move = "MOVE" in conn.capabilities if use_move is None else use_move
    command = "MOVE" if can_move else "COPY"
    typ, data = conn.uid(command, ids, folder)
    if typ != "OK" and b"TRYCREATE" in b" ".join(d for d in data if isinstance(d, bytes)).upper():
        conn.create(folder)
        typ, data = conn.uid(command, ids, folder)
    if typ != "OK":
        raise ImapError(f"cannot {command.lower()} messages to {folder}: {_why(data)}")
    if not can_move:
        typ, data = conn.uid("STORE", ids, "+FLAGS.SILENT", r"(\Deleted)")
        if typ != "OK":
            raise ImapError(f"cannot flag moved messages: {_why(data)}")
        if "UIDPLUS" in conn.capabilities:  # UID EXPUNGE removes these messages only
            conn.uid("EXPUNGE", ids)


def _load(checkpoint: str | os.PathLike[str] | None) -> dict[str, Any]:
    if checkpoint is None:
        return {}
    try:
        with open(checkpoint, encoding="utf-8") as fh:
            state = json.load(fh)
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        raise ImapError(f"cannot read checkpoint {os.fspath(checkpoint)}: {exc}") from None
    if not isinstance(state, dict):
        raise ImapError(f"checkpoint {os.fspath(checkpoint)} is not a JSON object")
    return state


def _save(checkpoint: str | os.PathLike[str] | None, key: str, uidvalidity: int, last_uid: int) -> None:
    if checkpoint is None:
        return
    path = os.fspath(checkpoint)
    state = _load(path)
    state[key] = {"uidvalidity": uidvalidity, "last_uid": last_uid}
    folder = os.path.dirname(os.path.abspath(path))
    try:
        os.makedirs(folder, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".imap-checkpoint.", dir=folder)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(state, fh, indent=1, sort_keys=True)
        os.replace(tmp, path)
    except OSError as exc:
        raise ImapError(f"cannot write checkpoint {path}: {exc.strerror or exc}") from None


def _untagged(conn: imaplib.IMAP4, name: str) -> str | None:
    value = conn.untagged_responses.get(name)
    if not value:
        return None
    last = value[-1]
    return last.decode("ascii", "replace") if isinstance(last, bytes) else str(last)


def _close(conn: imaplib.IMAP4) -> None:
    try:
        conn.shutdown()
    except OSError:
        pass


def _why(exc: object) -> str:
    if isinstance(exc, list):
        exc = b" ".join(x for x in exc if isinstance(x, bytes)) or "no reason given"
    if isinstance(exc, socket.timeout):
        return "timed out"
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    text = exc.decode("utf-8", "replace") if isinstance(exc, bytes) else str(exc)
    text = text.strip().strip("b'\"")
    return " ".join(text.split())[:300] or type(exc).__name__


def _is_local(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _quote(name: str) -> str:
    return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _utf7(name: str) -> str:
    """A folder name in IMAP's modified UTF-7 (RFC 3501 5.1.3)."""
    out: list[str] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            import base64
            b = base64.b64encode("".join(run).encode("utf-16-be")).decode("ascii").rstrip("=")
            out.append("&" + b.replace("/", ",") + "-")
            run.clear()

    for ch in name:
        if 0x20 <= ord(ch) <= 0x7E:
            flush()
            out.append("&-" if ch == "&" else ch)
        else:
            run.append(ch)
    flush()
    return "".join(out)
