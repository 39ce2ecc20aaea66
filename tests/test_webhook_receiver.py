"""examples/webhook_receiver.py: a real http.server on a loopback port, fed real POSTs."""
from __future__ import annotations

import base64
import hashlib
import hmac
import http.client
import importlib.util
import json
import threading
from collections.abc import Iterator
from http.server import ThreadingHTTPServer
from typing import Any

import pytest

import bouncekit
from conftest import CORPUS, ROOT

WEBHOOKS = CORPUS / "webhooks"
MAILGUN_KEY = "key-0f1e2d3c4b5a69788796a5b4c3d2e1f0"


def _load_example() -> Any:
    spec = importlib.util.spec_from_file_location("webhook_receiver", ROOT / "examples" / "webhook_receiver.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def ecdsa() -> tuple[Any, str]:
    pytest.importorskip("cryptography")
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    key = ec.generate_private_key(ec.SECP256R1())
    der = key.public_key().public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    return key, base64.b64encode(der).decode()


@pytest.fixture
def server(ecdsa: tuple[Any, str]) -> Iterator[tuple[int, list[bouncekit.Record]]]:
    receiver = _load_example()
    got: list[bouncekit.Record] = []
    handler = receiver.make_handler(got.append, mailgun_key=MAILGUN_KEY, sendgrid_key=ecdsa[1])
    handler.log_message = lambda *a: None
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield httpd.server_address[1], got
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(5)


def _post(port: int, body: bytes, headers: dict[str, str] | None = None) -> int:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        conn.request("POST", "/hooks", body=body, headers={"Content-Type": "application/json", **(headers or {})})
        resp = conn.getresponse()
        resp.read()
        return resp.status
    finally:
        conn.close()


def _sendgrid_headers(key: Any, body: bytes, timestamp: str = "1795342800") -> dict[str, str]:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec

    sig = base64.b64encode(key.sign(timestamp.encode() + body, ec.ECDSA(hashes.SHA256()))).decode()
    return {"X-Twilio-Email-Event-Webhook-Signature": sig, "X-Twilio-Email-Event-Webhook-Timestamp": timestamp}


def test_signed_sendgrid_batch_is_read(server: tuple[int, list[bouncekit.Record]], ecdsa: tuple[Any, str]):
    port, got = server
    body = (WEBHOOKS / "sendgrid" / "batch-mixed.json").read_bytes()
    assert _post(port, body, _sendgrid_headers(ecdsa[0], body)) == 200
    assert [r.kind.value for r in got] == ["delivered", "bounce", "suppressed", "complaint", "delay"]


def test_bad_or_missing_signatures_are_refused(server: tuple[int, list[bouncekit.Record]], ecdsa: tuple[Any, str]):
    port, got = server
    body = (WEBHOOKS / "sendgrid" / "bounce-user-unknown.json").read_bytes()
    assert _post(port, body, _sendgrid_headers(ecdsa[0], body + b" ")) == 403
    assert _post(port, body) == 403
    mailgun = (WEBHOOKS / "mailgun" / "failed-permanent-bounce.json").read_bytes()  # signed with another key
    assert _post(port, mailgun) == 403
    assert got == []


def test_signed_mailgun_event_is_read(server: tuple[int, list[bouncekit.Record]]):
    port, got = server
    doc = json.loads((WEBHOOKS / "mailgun" / "failed-permanent-bounce.json").read_bytes())
    sig = doc["signature"]
    sig["signature"] = hmac.new(MAILGUN_KEY.encode(), (sig["timestamp"] + sig["token"]).encode(),
                                hashlib.sha256).hexdigest()
    assert _post(port, json.dumps(doc).encode()) == 200
    assert [(r.recipient, r.reason.value if r.reason else None) for r in got] == [("h.meyer@example.org", "user_unknown")]


def test_malformed_json_gets_400_and_unknown_json_200(server: tuple[int, list[bouncekit.Record]]):
    port, got = server
    assert _post(port, b'{"broken": ') == 400
    assert _post(port, (WEBHOOKS / "postmark" / "spam-complaint.json").read_bytes()) == 200
    assert _post(port, b'{"hello": "world"}') == 200
    assert [r.kind.value for r in got] == ["complaint", "not_bounce"]
