"""A webhook receiver for bounce events, on the standard library's http.server.

    python examples/webhook_receiver.py [--port 8025] [--mailgun-key KEY] [--sendgrid-key KEY]

Point the sending service's webhook at ``http://HOST:PORT/`` (put it behind your TLS proxy). Every
POST body is decoded with ``bouncekit.parse_json`` (the service is recognised from the JSON) and
each record is printed as one JSON line. With a key given, a request whose signature does not
check out gets 403 and is not read:

* SendGrid: ``X-Twilio-Email-Event-Webhook-Signature`` / ``-Timestamp`` headers, ECDSA key;
* Mailgun: the ``signature`` object of the body, HMAC signing key;
* Amazon SNS: the message's own signature; pass ``sns_certificate`` (a function from the
  ``SigningCertURL`` to the PEM bytes, which you fetch and cache yourself) to check it.

Malformed JSON gets 400 (the service will retry); anything else 200, so the service does not
resend events you have already read.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import bouncekit

MAX_BODY = 8 << 20  # what parse_json reads at most


def make_handler(on_record: Callable[[bouncekit.Record], Any], *, mailgun_key: str | None = None,
                 sendgrid_key: str | None = None,
                 sns_certificate: Callable[[str], bytes] | None = None) -> type[BaseHTTPRequestHandler]:
    """A request handler class that gives each record of each POSTed document to ``on_record``."""

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 - the name http.server calls
            try:
                length = int(self.headers.get("Content-Length") or "0")
            except ValueError:
                length = -1
            if not 0 < length <= MAX_BODY:
                self._reply(411 if length == 0 else 413, "a body of known, bounded length is needed")
                return
            body = self.rfile.read(length)
            if not self._signature_ok(body):
                self._reply(403, "signature does not check out")
                return
            report = bouncekit.parse_json(body, source=self.path)
            if report.kind is bouncekit.Kind.ERROR:
                self._reply(400, report.error or "unreadable")
                return
            for record in report.records:
                on_record(record)
            self._reply(200, "ok")

        def _signature_ok(self, body: bytes) -> bool:
            signature = self.headers.get("X-Twilio-Email-Event-Webhook-Signature")
            if sendgrid_key is not None and signature is not None:
                timestamp = self.headers.get("X-Twilio-Email-Event-Webhook-Timestamp") or ""
                return bouncekit.verify_sendgrid_signature(body, signature, timestamp, sendgrid_key)
            try:
                doc = json.loads(body)
            except ValueError:
                return True  # parse_json reports it (400)
            if mailgun_key is not None and isinstance(doc, dict) and isinstance(doc.get("signature"), dict):
                sig = doc["signature"]
                return bouncekit.verify_mailgun_signature(mailgun_key, sig.get("timestamp"), sig.get("token"),
                                                          sig.get("signature"))
            if sns_certificate is not None and isinstance(doc, dict) and "SigningCertURL" in doc:
                url = doc["SigningCertURL"]
                if not isinstance(url, str) or not bouncekit.sns_certificate_url_ok(url):
                    return False
                return bouncekit.verify_sns_signature(doc, sns_certificate(url))
            # a service whose key was given must sign; others pass
            sendgrid_unsigned = (sendgrid_key is not None and isinstance(doc, list)
                                 and any(isinstance(e, dict) and "sg_event_id" in e for e in doc))
            mailgun_unsigned = mailgun_key is not None and isinstance(doc, dict) and "event-data" in doc
            return not (sendgrid_unsigned or mailgun_unsigned)

        def _reply(self, code: int, text: str) -> None:
            data = (text + "\n").encode()
            self.send_response(code)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - http.server's name
            sys.stderr.write(f"{self.address_string()} {format % args}\n")

    return Handler


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--port", type=int, default=8025)
    ap.add_argument("--mailgun-key", help="Mailgun HTTP webhook signing key")
    ap.add_argument("--sendgrid-key", help="SendGrid signed event webhook verification key (base64)")
    args = ap.parse_args(argv)

    def show(record: bouncekit.Record) -> None:
        print(record.to_json(), flush=True)

    handler = make_handler(show, mailgun_key=args.mailgun_key, sendgrid_key=args.sendgrid_key)
    with ThreadingHTTPServer((args.host, args.port), handler) as server:
        print(f"listening on http://{args.host}:{server.server_address[1]}/", file=sys.stderr)
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
