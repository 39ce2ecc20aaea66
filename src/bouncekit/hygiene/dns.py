"""DNS checks for list hygiene: the only part of bouncekit.hygiene that touches the network, and
only when asked (``check(..., dns=True)``, ``bouncekit check-list --dns``).

One lookup per domain, cached; at most ``concurrency`` queries in flight; ``timeout`` seconds per
query. "The domain does not exist" (NXDOMAIN) is told apart from "could not check" (timeout,
SERVFAIL, refused): the latter is reported as unchecked and never makes an address bad.

    pip install 'bouncekit[dns]'
"""
from __future__ import annotations

import threading
from collections.abc import Iterable, Mapping
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import attrs

from ..model import ValueEnum

__all__ = ["DomainStatus", "DomainAnswer", "DnsChecker", "parse_nameserver"]


class DomainStatus(ValueEnum):
    MAIL = "mail"                  # MX records, or an A/AAAA record to deliver to
    NO_DOMAIN = "no_domain"        # NXDOMAIN
    NULL_MX = "null_mx"            # RFC 7505: "MX 0 ." — the domain takes no mail
    NO_MAIL_HOST = "no_mail_host"  # the name exists, but no MX, A or AAAA
    UNCHECKED = "unchecked"        # timeout, SERVFAIL, refused: could not tell


# the DomainStatus values that are also a hygiene Verdict (the others leave the address as it is)
_VERDICT = {DomainStatus.NO_DOMAIN: "no_domain", DomainStatus.NULL_MX: "null_mx",
            DomainStatus.NO_MAIL_HOST: "no_mail_host"}


@attrs.frozen(slots=True)
class DomainAnswer:
    domain: str
    status: DomainStatus
    detail: str

    @property
    def verdict(self) -> str | None:
        """The hygiene verdict this answer gives an address, or None (mail host found, or not known)."""
        return _VERDICT.get(self.status)


def parse_nameserver(value: str) -> tuple[str, int]:
    """``HOST``, ``HOST:PORT`` or ``[IPv6]:PORT`` -> (host, port); ValueError when malformed."""
    v = value.strip()
    if not v:
        raise ValueError("empty nameserver")
    if v.startswith("["):
        host, _, rest = v[1:].partition("]")
        port = rest[1:] if rest.startswith(":") else ""
    elif v.count(":") == 1:
        host, _, port = v.partition(":")
    else:
        host, port = v, ""  # a bare IPv6 address or a host name
    if not host:
        raise ValueError(f"no host in nameserver {value!r}")
    if port and (not port.isdigit() or not 0 < int(port) < 65536):
        raise ValueError(f"bad port in nameserver {value!r}")
    return host, int(port) if port else 53


class DnsChecker:
    """Looks up where mail for a domain goes. ``nameserver`` "HOST[:PORT]" (default: the system's
    resolvers from /etc/resolv.conf)."""

    def __init__(self, nameserver: str | None = None, *, timeout: float = 3.0, concurrency: int = 32) -> None:
        try:
            import dns.resolver
        except ImportError as exc:  # pragma: no cover - the extra is missing
            raise ImportError("DNS checks need dnspython: pip install 'bouncekit[dns]'") from exc
        if concurrency < 1:
            raise ValueError("concurrency must be at least 1")
        if nameserver:
            host, port = parse_nameserver(nameserver)
            resolver = dns.resolver.Resolver(configure=False)
            resolver.nameservers = [_address_of(host)]
            resolver.port = port
        else:
            resolver = dns.resolver.Resolver()
        resolver.timeout = timeout
        resolver.lifetime = timeout
        resolver.cache = None  # our own cache is per domain and per check
        self.resolver = resolver
        self.concurrency = concurrency
        self.cache: dict[str, DomainAnswer] = {}
        self._lock = threading.Lock()

    def lookup(self, domain: str) -> DomainAnswer:
        d = domain.lower().rstrip(".")
        hit = self.cache.get(d)
        if hit is None:
            hit = self._lookup(d)
            with self._lock:
                self.cache[d] = hit
        return hit

    def lookup_many(self, domains: Iterable[str]) -> Mapping[str, DomainAnswer]:
        """Answers for many domains, at most ``concurrency`` queries at a time."""
        wanted = list(dict.fromkeys(domains))
        todo = [d for d in wanted if d.lower().rstrip(".") not in self.cache]
        if len(todo) > 1 and self.concurrency > 1:
            with ThreadPoolExecutor(max_workers=min(self.concurrency, len(todo))) as pool:
                list(pool.map(self.lookup, todo))
        else:
            for d in todo:
                self.lookup(d)
        return {d: self.cache[d.lower().rstrip(".")] for d in wanted}

    def _lookup(self, domain: str) -> DomainAnswer:
        import dns.exception
        import dns.resolver

        def ask(rdtype: str) -> Any:
            """The answer, or the DomainAnswer that says why there is none."""
            try:
                return self.resolver.resolve(domain, rdtype, raise_on_no_answer=False, search=False)
            except dns.resolver.NXDOMAIN:
                return DomainAnswer(domain, DomainStatus.NO_DOMAIN, f"{domain} does not exist (NXDOMAIN)")
            except dns.exception.Timeout:
                return DomainAnswer(domain, DomainStatus.UNCHECKED, f"could not check {domain}: no answer in time")
            except dns.resolver.NoNameservers:
                return DomainAnswer(domain, DomainStatus.UNCHECKED, f"could not check {domain}: the nameserver failed (SERVFAIL or refused)")
            except dns.exception.DNSException as exc:
                return DomainAnswer(domain, DomainStatus.UNCHECKED, f"could not check {domain}: {_short(exc)}")

        mx = ask("MX")
        if isinstance(mx, DomainAnswer):
            return mx
        records = list(mx.rrset or ())
        if records:
            hosts = [r.exchange.to_text(omit_final_dot=True) for r in records]
            if all(r.preference == 0 and r.exchange.to_text() == "." for r in records):
                return DomainAnswer(domain, DomainStatus.NULL_MX, f"{domain} publishes a null MX: it takes no mail")
            real = sorted((r.preference, h) for r, h in zip(records, hosts) if r.exchange.to_text() != ".")
            return DomainAnswer(domain, DomainStatus.MAIL, f"MX {real[0][1]}" if real else "MX")
        for rdtype in ("A", "AAAA"):
            ans = ask(rdtype)
            if isinstance(ans, DomainAnswer):
                return ans
            if ans.rrset:
                return DomainAnswer(domain, DomainStatus.MAIL, f"no MX; {rdtype} record {ans.rrset[0].to_text()}")
        return DomainAnswer(domain, DomainStatus.NO_MAIL_HOST, f"{domain} has no MX, A or AAAA record")


def _address_of(host: str) -> str:
    import ipaddress
    import socket
    try:
        ipaddress.ip_address(host)
        return host
    except ValueError:
        pass
    try:
        return str(socket.getaddrinfo(host, 53, proto=socket.IPPROTO_UDP)[0][4][0])
    except OSError as exc:
        raise ValueError(f"cannot resolve nameserver {host!r}: {exc.strerror or exc}") from exc


def _short(exc: BaseException) -> str:
    text = str(exc).split(";")[0].strip() or type(exc).__name__
    return text if len(text) < 160 else text[:157] + "..."
