"""List hygiene: which addresses of a contact list will bounce, before the first letter.

``check(addresses)`` reads an iterable of addresses and yields one ``Checked`` per address, in
the same order, as it goes (a list of millions never sits in memory). Offline checks: syntax and
normalisation (email-validator's rules), typos of big providers' domains, disposable domains
(the ``disposable-email-domains`` list), role addresses (``roles.txt``), duplicates after
normalisation. With ``dns=True``: the domain's MX (RFC 7505 null MX, A/AAAA fallback) through
``hygiene/dns.py``, the only part that touches the network. With ``ledger=``: addresses that a
``bouncekit.ledger.Ledger`` suppresses or has seen bounce.

    pip install 'bouncekit[hygiene]'        # 'bouncekit[hygiene,dns]' for dns=True
"""
from __future__ import annotations

import functools
import hashlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from importlib import resources
from typing import Any, Protocol

import attrs

from .._patterns import compile_pattern
from ..model import ValueEnum
from .typo import suggest

__all__ = ["Verdict", "Checked", "check", "check_one", "syntax", "is_role", "is_disposable", "mailbox_key", "require", "Seen"]


class Verdict(ValueEnum):
    """What a list check says about one address (the first that applies, in this order)."""

    INVALID = "invalid"            # not an address: no @, spaces, two @, bad domain, over-long part
    DUPLICATE = "duplicate"        # the same mailbox appeared earlier in the list
    TYPO = "typo"                  # the domain looks like a mistyped big provider: see suggestion
    NO_DOMAIN = "no_domain"        # DNS: the domain does not exist (NXDOMAIN)
    NULL_MX = "null_mx"            # DNS: the domain says it takes no mail (RFC 7505)
    NO_MAIL_HOST = "no_mail_host"  # DNS: the domain exists but has no MX, A or AAAA record
    SUPPRESSED = "suppressed"      # the ledger suppresses the address
    BOUNCED_BEFORE = "bounced_before"  # the ledger saw it bounce (not suppressed)
    DISPOSABLE = "disposable"      # a throw-away mailbox domain
    ROLE = "role"                  # a role or department mailbox (info@, noreply@ ...)
    OK = "ok"

    @property
    def bad(self) -> bool:
        """Whether mailing the address will bounce or harm (a role address is only a warning)."""
        return self not in (Verdict.OK, Verdict.ROLE)


@attrs.frozen(slots=True)
class Checked:
    """One address of the list and what the checks found."""

    input: str
    address: str | None  # normalised (IDNA domain in Unicode, NFC local part), None when invalid
    verdict: Verdict
    suggestion: str | None = None  # the corrected address for a typo
    detail: str | None = None      # what is wrong, in words (for the verdict)
    findings: tuple[Verdict, ...] = ()  # every check that fired, in verdict order

    def to_dict(self) -> dict[str, Any]:
        return {"input": self.input, "address": self.address, "verdict": self.verdict.value,
                "suggestion": self.suggestion, "detail": self.detail,
                "findings": [v.value for v in self.findings]}


class LedgerLike(Protocol):
    """What ``check`` needs of a ledger: ``bouncekit.ledger.Ledger.get``."""

    def get(self, address: str) -> Any: ...


class DomainLookup(Protocol):
    """What ``check`` needs of a DNS checker (``hygiene.dns.DnsChecker``)."""

    def lookup_many(self, domains: Iterable[str]) -> Mapping[str, Any]: ...


# --- syntax -----------------------------------------------------------------------------------

# RFC 5322 dot-atom local part in ASCII: what email-validator accepts without further work
_ASCII_LOCAL = compile_pattern(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*\Z")
_SPACE = compile_pattern(r"\s")
MAX_LOCAL = 64    # RFC 5321 4.5.3.1.1
MAX_ADDRESS = 254  # RFC 5321 path limit less the angle brackets


@attrs.frozen(slots=True)
class Syntax:
    address: str | None  # normalised
    local: str | None
    domain: str | None   # normalised (Unicode)
    ascii_domain: str | None
    error: str | None


@functools.lru_cache(maxsize=1)
def _validator() -> tuple[Callable[..., Any], type[Exception]]:
    try:
        from email_validator import EmailNotValidError, validate_email
    except ImportError as exc:  # pragma: no cover - the extra is missing
        raise ImportError("bouncekit.hygiene needs email-validator: pip install 'bouncekit[hygiene]'") from exc
    return validate_email, EmailNotValidError


def _first_error(text: str) -> str | None:
    """Plain words for the mistakes people make most, before email-validator's own message."""
    if not text:
        return "empty"
    if "@" not in text:
        return "no @"
    if _SPACE.search(text):
        return "contains spaces"
    if text.count("@") > 1:
        return "more than one @"
    local, _, domain = text.partition("@")
    if not local:
        return "nothing before the @"
    if not domain:
        return "nothing after the @"
    if len(local.encode("utf-8")) > MAX_LOCAL:
        return f"the part before the @ is longer than {MAX_LOCAL} characters"
    if len(text.encode("utf-8")) > MAX_ADDRESS:
        return f"longer than {MAX_ADDRESS} characters"
    return None


class _Domains:
    """Per-domain answers (syntax, typo, disposable), kept for the domains seen most recently."""

    def __init__(self, limit: int = 200_000) -> None:
        self.limit = limit
        self.syntax: dict[str, tuple[str, str] | str] = {}

    def normalise(self, domain: str) -> tuple[str, str] | str:
        """(Unicode domain, ASCII domain) or an error message."""
        hit = self.syntax.get(domain)
        if hit is not None:
            return hit
        validate, error = _validator()
        try:
            v = validate("a@" + domain, check_deliverability=False)
            out: tuple[str, str] | str = (v.domain, v.ascii_domain)
        except error as exc:
            out = str(exc)
        if len(self.syntax) >= self.limit:
            self.syntax.clear()
        self.syntax[domain] = out
        return out


_SHARED_DOMAINS = _Domains()


def syntax(text: str, _domains: _Domains = _SHARED_DOMAINS) -> Syntax:
    """Validate and normalise one address the way email-validator does (``check_deliverability=
    False``), with a fast path for plain ASCII local parts and one validation per domain."""
    s = text.strip()
    err = _first_error(s)
    if err is not None:
        return Syntax(None, None, None, None, err)
    local, _, domain = s.partition("@")
    if _ASCII_LOCAL.match(local):
        d = _domains.normalise(domain)
        if isinstance(d, str):
            return Syntax(None, None, None, None, d)
        return Syntax(f"{local}@{d[0]}", local, d[0], d[1], None)
    validate, error = _validator()
    try:
        v = validate(s, check_deliverability=False)
    except error as exc:
        return Syntax(None, None, None, None, str(exc))
    if len(v.local_part.encode("utf-8")) > MAX_LOCAL:
        return Syntax(None, None, None, None, f"the part before the @ is longer than {MAX_LOCAL} characters")
    return Syntax(v.normalized, v.local_part, v.domain, v.ascii_domain, None)


# --- roles, disposable domains, duplicates ------------------------------------------------------

def _lines(name: str) -> frozenset[str]:
    text = resources.files(__name__).joinpath(name).read_text(encoding="utf-8")
    return frozenset(w for w in (line.split("#", 1)[0].strip().lower() for line in text.splitlines()) if w)


@functools.lru_cache(maxsize=1)
def roles() -> frozenset[str]:
    """The role local parts of ``roles.txt`` (lower case, without separators)."""
    return _lines("roles.txt")


_SEPARATORS = str.maketrans("", "", ".-_")


def is_role(local: str) -> bool:
    """``info``, ``no-reply``, ``Sales+eu`` ... name a role, not a person."""
    return local.split("+", 1)[0].lower().translate(_SEPARATORS) in roles()


@functools.lru_cache(maxsize=1)
def _disposable() -> frozenset[str]:
    try:
        from disposable_email_domains import blocklist
    except ImportError as exc:  # pragma: no cover - the extra is missing
        raise ImportError("bouncekit.hygiene needs disposable-email-domains: pip install 'bouncekit[hygiene]'") from exc
    return frozenset(blocklist)


def is_disposable(domain: str) -> bool:
    """The domain or one of its parents is on the disposable-email-domains list."""
    listed = _disposable()
    d = domain.lower()
    while True:
        if d in listed:
            return True
        dot = d.find(".")
        if dot < 0 or d.count(".") < 2:
            return False
        d = d[dot + 1:]


# Providers that document that dots in the local part do not matter (Google: "Gmail doesn't
# recognize dots as characters within usernames"), and the domains that are one mailbox.
_DOTS_IGNORED = frozenset({"gmail.com", "googlemail.com"})
_SAME_MAILBOX = {"googlemail.com": "gmail.com"}


@functools.lru_cache(maxsize=1)
def _case_insensitive() -> frozenset[str]:
    """Domains whose local parts are known to be case-insensitive: the listed big providers."""
    from .typo import provider_domains
    return frozenset(provider_domains())


def mailbox_key(local: str, ascii_domain: str) -> str:
    """The mailbox an address reaches, for duplicates: the domain in lower case; for the big
    providers the local part in lower case; for Gmail without dots."""
    domain = ascii_domain.lower()
    domain = _SAME_MAILBOX.get(domain, domain)
    if domain in _case_insensitive():
        local = local.lower()
    if domain in _DOTS_IGNORED:
        local = local.replace(".", "")
    return f"{local}@{domain}"


def _digest(key: str) -> int:
    """A 64-bit hash of a mailbox, never 0 (0 marks an empty slot of ``Seen``)."""
    return int.from_bytes(hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest(), "little") or 1


class Seen:
    """The mailboxes seen so far, as 64-bit hashes in one flat open-addressing table (linear
    probing, 0 marks an empty slot), kept between a quarter and half full: 16 to 32 bytes per
    distinct address (48 for a moment while it doubles), where a Python set of the same hashes
    takes about 80."""

    __slots__ = ("table", "slots", "mask", "count")

    def __init__(self, size: int = 1 << 16) -> None:
        self.count = 0
        self._alloc(size)

    def _alloc(self, size: int) -> None:
        self.table = bytearray(8 * size)
        self.slots = memoryview(self.table).cast("Q")
        self.mask = size - 1

    def add(self, h: int) -> bool:
        """Add a hash; False when it was there already."""
        slots, mask = self.slots, self.mask
        i = h & mask
        while True:
            v = slots[i]
            if v == 0:
                break
            if v == h:
                return False
            i = (i + 1) & mask
        slots[i] = h
        self.count += 1
        if self.count * 2 > mask:  # keep the table at most half full
            self._grow()
        return True

    def _grow(self) -> None:
        old = self.slots
        self._alloc(2 * (self.mask + 1))
        slots, mask = self.slots, self.mask
        for h in old:
            if h:
                i = h & mask
                while slots[i]:
                    i = (i + 1) & mask
                slots[i] = h
        old.release()

    def __len__(self) -> int:
        return self.count


# --- the check ----------------------------------------------------------------------------------

class _State:
    def __init__(self, duplicates: bool) -> None:
        self.seen: Seen | None = Seen() if duplicates else None
        self.domains = _Domains()
        self.typo: dict[str, str | None] = {}
        self.disposable: dict[str, bool] = {}


def _offline(text: str, st: _State) -> tuple[Syntax, list[tuple[Verdict, str | None, str | None]]]:
    syn = syntax(text, st.domains)
    found: list[tuple[Verdict, str | None, str | None]] = []
    if syn.error is not None:
        found.append((Verdict.INVALID, None, syn.error))
        return syn, found
    assert syn.local is not None and syn.domain is not None and syn.ascii_domain is not None
    if st.seen is not None:
        if not st.seen.add(_digest(mailbox_key(syn.local, syn.ascii_domain))):
            found.append((Verdict.DUPLICATE, None, "the same mailbox is earlier in the list"))
    domain = syn.domain
    fix = st.typo.get(domain, "")
    if fix == "":
        fix = st.typo[domain] = suggest(domain) if domain.isascii() else None
        if len(st.typo) > 200_000:
            st.typo.clear()
    if fix:
        found.append((Verdict.TYPO, f"{syn.local}@{fix}", f"{domain} looks like a typo of {fix}"))
    disp = st.disposable.get(domain)
    if disp is None:
        disp = st.disposable[domain] = is_disposable(syn.ascii_domain)
        if len(st.disposable) > 200_000:
            st.disposable.clear()
    if disp:
        found.append((Verdict.DISPOSABLE, None, f"{domain} is a disposable-mail domain"))
    if is_role(syn.local):
        found.append((Verdict.ROLE, None, f"{syn.local} is a role address, not a person"))
    return syn, found


_ORDER = {v: i for i, v in enumerate(Verdict)}


def _result(text: str, syn: Syntax, found: list[tuple[Verdict, str | None, str | None]],
            note: str | None = None) -> Checked:
    if not found:
        return Checked(text, syn.address, Verdict.OK, detail=note)
    found.sort(key=lambda f: _ORDER[f[0]])
    verdict, _, detail = found[0]
    suggestion = next((s for v, s, _ in found if s), None)
    return Checked(text, syn.address, verdict, suggestion, detail, tuple(v for v, _, _ in found))


def _ledger_findings(ledger: LedgerLike, address: str) -> list[tuple[Verdict, str | None, str | None]]:
    status = ledger.get(address)
    if status is None:
        return []
    reason = getattr(status, "reason", None) or getattr(status, "last_reason", None)
    why = f" ({getattr(reason, 'value', reason)})" if reason else ""
    if getattr(status, "suppressed", False):
        return [(Verdict.SUPPRESSED, None, f"suppressed in the ledger{why}")]
    last = getattr(status, "last_bounce", None)
    if last is not None:
        last_reason = getattr(status, "last_reason", None)
        said = f" ({getattr(last_reason, 'value', last_reason)})" if last_reason else ""
        when = last.date().isoformat() if hasattr(last, "date") else str(last)
        return [(Verdict.BOUNCED_BEFORE, None, f"bounced before, last on {when}{said}")]
    return []


def check(addresses: Iterable[str], *, dns: bool = False, ledger: LedgerLike | None = None,
          nameserver: str | None = None, resolver: DomainLookup | None = None, timeout: float = 3.0,
          concurrency: int = 32, window: int = 1000, duplicates: bool = True) -> Iterator[Checked]:
    """One ``Checked`` per address, in order, as the input is read.

    ``dns=True`` looks up each domain once (``nameserver`` "HOST[:PORT]", ``timeout`` seconds per
    query, at most ``concurrency`` queries at once, ``window`` addresses read ahead); a domain
    that could not be checked (timeout, SERVFAIL) never makes an address bad. ``resolver`` replaces
    the DNS checker (any object with ``lookup_many``). ``ledger`` is a ``bouncekit.ledger.Ledger``
    (or any object with ``get(address)``). ``duplicates=False`` turns the duplicate check off
    (it keeps a 64-bit hash per distinct address: 16 to 32 bytes each)."""
    st = _State(duplicates)
    if dns and resolver is None:
        from .dns import DnsChecker
        resolver = DnsChecker(nameserver, timeout=timeout, concurrency=concurrency)
    if not dns:
        for text in addresses:
            syn, found = _offline(text, st)
            if ledger is not None and syn.address is not None:
                found += _ledger_findings(ledger, syn.address)
            yield _result(text, syn, found)
        return
    assert resolver is not None
    batch: list[tuple[str, Syntax, list[tuple[Verdict, str | None, str | None]]]] = []
    for text in addresses:
        batch.append((text, *_offline(text, st)))
        if len(batch) >= window:
            yield from _finish(batch, resolver, ledger)
            batch = []
    if batch:
        yield from _finish(batch, resolver, ledger)


def _finish(batch: list[tuple[str, Syntax, list[tuple[Verdict, str | None, str | None]]]],
            resolver: DomainLookup, ledger: LedgerLike | None) -> Iterator[Checked]:
    domains = {syn.ascii_domain for _, syn, _ in batch if syn.ascii_domain}
    answers = resolver.lookup_many(domains)
    for text, syn, found in batch:
        note = None
        if syn.ascii_domain:
            answer = answers.get(syn.ascii_domain)
            verdict = getattr(answer, "verdict", None)
            if verdict is not None:
                found.append((Verdict(verdict), None, getattr(answer, "detail", None)))
            elif answer is not None and str(getattr(answer, "status", "")) == "unchecked":
                note = answer.detail  # could not check: said, never held against the address
        if ledger is not None and syn.address is not None:
            found += _ledger_findings(ledger, syn.address)
        yield _result(text, syn, found, note)


def require() -> None:
    """Raise ImportError (naming the extra) when the libraries the checks need are missing."""
    _validator()
    _disposable()


def check_one(address: str, **kwargs: Any) -> Checked:
    """``check([address])`` for one address."""
    return next(check([address], **kwargs))
