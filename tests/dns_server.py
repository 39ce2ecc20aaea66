"""A small authoritative DNS server on 127.0.0.1 for the hygiene tests (dnspython over UDP).

The zone: names with MX records, a null MX (RFC 7505), a name with only an A record, a name with
no mail records at all, a name that answers SERVFAIL, a name that is never answered (the client
times out), and NXDOMAIN for every other name."""
from __future__ import annotations

import socket
import threading
from collections.abc import Iterator, Mapping

import dns.flags
import dns.message
import dns.rcode
import dns.rdataclass
import dns.rdatatype
import dns.rrset

# name -> {type: [rdata text]}; public-looking addresses (no documentation ranges)
ZONE: Mapping[str, Mapping[str, list[str]]] = {
    "mail-ok.net.": {"MX": ["10 mx1.mail-ok.net.", "20 mx2.mail-ok.net."]},
    "mx1.mail-ok.net.": {"A": ["81.2.69.142"]},
    "nullmx.net.": {"MX": ["0 ."], "A": ["81.2.69.143"]},
    "a-only.net.": {"A": ["81.2.69.144"]},
    "v6-only.net.": {"AAAA": ["2a00:1450:4001:82b::200e"]},
    "no-mail.net.": {"TXT": ['"nothing here"']},
    "gmail.com.": {"MX": ["5 gmail-smtp-in.l.google.com."]},
    "mailinator.com.": {"MX": ["10 mail.mailinator.com."]},
}
SERVFAIL = {"broken.net."}
SILENT = {"slow.net."}  # queries for these are dropped: the client times out


class DnsServer:
    def __init__(self, zone: Mapping[str, Mapping[str, list[str]]] = ZONE) -> None:
        self.zone = {k.lower(): v for k, v in zone.items()}
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.settimeout(0.2)
        self.port: int = self.sock.getsockname()[1]
        self.queries: list[tuple[str, str]] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, name="test-dns", daemon=True)

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.port}"

    def start(self) -> DnsServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self.sock.close()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                wire, peer = self.sock.recvfrom(4096)
            except TimeoutError:
                continue
            except OSError:
                return
            try:
                reply = self.answer(dns.message.from_wire(wire))
            except Exception:  # a malformed query: no answer, as a real server might do
                continue
            if reply is not None:
                self.sock.sendto(reply.to_wire(), peer)

    def answer(self, query: dns.message.Message) -> dns.message.Message | None:
        q = query.question[0]
        name = q.name.to_text().lower()
        rdtype = dns.rdatatype.to_text(q.rdtype)
        self.queries.append((name, rdtype))
        if name in SILENT:
            return None
        reply = dns.message.make_response(query)
        reply.flags |= dns.flags.AA
        if name in SERVFAIL:
            reply.set_rcode(dns.rcode.SERVFAIL)
            return reply
        records = self.zone.get(name)
        if records is None:
            reply.set_rcode(dns.rcode.NXDOMAIN)
            return reply
        if rdtype in records:
            reply.answer.append(dns.rrset.from_text(name, 300, dns.rdataclass.IN, rdtype, *records[rdtype]))
        return reply  # NOERROR with no answer when the name has no record of that type


def serve() -> Iterator[DnsServer]:
    """For a pytest fixture: ``yield from serve()``."""
    server = DnsServer().start()
    try:
        yield server
    finally:
        server.stop()
