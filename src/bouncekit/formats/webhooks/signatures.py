"""Webhook signature checks: pure functions, the caller gives the key or certificate.

The library fetches nothing. For SNS, the caller downloads the certificate named by the
message's ``SigningCertURL`` (after checking it with ``sns_certificate_url_ok``) and caches it;
for SendGrid, the verification key is the one shown in SendGrid's "Signed Event Webhook"
settings; for Mailgun, the HTTP webhook signing key of the account. Each function returns True
only for a valid signature and False for anything else (bad signature, missing fields, a key or
certificate that cannot be read). The SNS and SendGrid checks need ``cryptography``
(``pip install bouncekit[webhooks]``); the Mailgun check needs only the standard library.

A valid signature proves who sent the bytes, not when: reject old timestamps and tokens seen
before if replays matter to you.
"""
from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

from ..._patterns import compile_pattern

__all__ = ["sns_certificate_url_ok", "verify_mailgun_signature", "verify_sendgrid_signature",
           "verify_sns_signature"]

# the fields SNS signs, in this order (a Subject only when the message has one)
_SNS_NOTIFICATION_FIELDS = ("Message", "MessageId", "Subject", "Timestamp", "TopicArn", "Type")
_SNS_CONFIRMATION_FIELDS = ("Message", "MessageId", "SubscribeURL", "Timestamp", "Token", "TopicArn", "Type")
_SNS_CERT_HOST = compile_pattern(r"sns\.[a-z0-9-]+\.amazonaws\.com(?:\.cn)?")


def _crypto() -> Any:
    try:
        from cryptography import exceptions, x509
        from cryptography.hazmat.primitives import hashes, serialization
        from cryptography.hazmat.primitives.asymmetric import ec, padding
    except ImportError as exc:  # pragma: no cover - the extra is installed by the test suite
        raise ImportError("signature checks need cryptography: pip install 'bouncekit[webhooks]'") from exc
    return exceptions, x509, hashes, serialization, ec, padding


def sns_signing_string(message: Mapping[str, Any]) -> bytes | None:
    """The bytes SNS signed for ``message`` (a decoded SNS envelope), or None if a field is missing."""
    mtype = message.get("Type")
    fields: tuple[str, ...]
    if mtype == "Notification":
        fields = _SNS_NOTIFICATION_FIELDS
    elif mtype in ("SubscriptionConfirmation", "UnsubscribeConfirmation"):
        fields = _SNS_CONFIRMATION_FIELDS
    else:
        return None
    out = []
    for name in fields:
        value = message.get(name)
        if value is None and name == "Subject":
            continue
        if not isinstance(value, str):
            return None
        out.append(f"{name}\n{value}\n")
    return "".join(out).encode("utf-8")


def sns_certificate_url_ok(url: str) -> bool:
    """True when ``SigningCertURL`` is an https URL on an SNS host of AWS ending in ``.pem``:
    check this before fetching the certificate it names."""
    try:
        parts = urlsplit(url)
    except (ValueError, TypeError, AttributeError):
        return False
    return (parts.scheme == "https" and parts.hostname is not None and _SNS_CERT_HOST.fullmatch(parts.hostname)
            is not None and parts.port in (None, 443) and parts.path.endswith(".pem"))


def verify_sns_signature(message: Mapping[str, Any] | str | bytes, certificate: bytes | str) -> bool:
    """True when the SNS message (the decoded JSON body, or its text) carries a valid
    ``Signature`` (SignatureVersion 1: SHA1withRSA, 2: SHA256withRSA) by the PEM ``certificate``."""
    exceptions, x509, hashes, _, _, padding = _crypto()
    if isinstance(message, (str, bytes)):
        try:
            message = json.loads(message)
        except ValueError:
            return False
    if not isinstance(message, Mapping):
        return False
    signed = sns_signing_string(message)
    signature = _b64(message.get("Signature"))
    version = message.get("SignatureVersion")
    if signed is None or signature is None:
        return False
    algorithm = {"1": hashes.SHA1, "2": hashes.SHA256}.get(str(version))
    if algorithm is None:
        return False
    try:
        cert = x509.load_pem_x509_certificate(certificate.encode() if isinstance(certificate, str) else certificate)
        cert.public_key().verify(signature, signed, padding.PKCS1v15(), algorithm())
    except (exceptions.InvalidSignature, ValueError, TypeError, AttributeError):
        return False
    return True


def verify_sendgrid_signature(payload: bytes | str, signature: str, timestamp: str,
                              public_key: bytes | str) -> bool:
    """True when ``signature`` (the ``X-Twilio-Email-Event-Webhook-Signature`` header, base64 DER
    ECDSA) signs ``timestamp`` (the ``X-Twilio-Email-Event-Webhook-Timestamp`` header) followed by
    the raw request body ``payload``, with the verification key ``public_key`` (base64 DER as
    SendGrid shows it, or PEM)."""
    exceptions, _, hashes, serialization, ec, _ = _crypto()
    raw_sig = _b64(signature)
    if raw_sig is None or not isinstance(timestamp, str):
        return False
    body = payload.encode("utf-8") if isinstance(payload, str) else bytes(payload)
    try:
        key = _load_public_key(public_key, serialization)
        if not isinstance(key, ec.EllipticCurvePublicKey):
            return False
        key.verify(raw_sig, timestamp.encode("utf-8") + body, ec.ECDSA(hashes.SHA256()))
    except (exceptions.InvalidSignature, ValueError, TypeError, exceptions.UnsupportedAlgorithm):
        return False
    return True


def verify_mailgun_signature(signing_key: bytes | str, timestamp: str | int, token: str, signature: str) -> bool:
    """True when ``signature`` is the hex HMAC-SHA256 of ``timestamp`` + ``token`` under the
    webhook ``signing_key`` (the ``signature`` object of a Mailgun webhook body)."""
    if isinstance(timestamp, bool) or not isinstance(timestamp, (str, int)):
        return False
    if not isinstance(token, str) or not isinstance(signature, str) or not signing_key:
        return False
    key = signing_key.encode("utf-8") if isinstance(signing_key, str) else bytes(signing_key)
    digest = hmac.new(key, f"{timestamp}{token}".encode(), hashlib.sha256).hexdigest()
    return hmac.compare_digest(digest, signature.strip().lower())


def _b64(value: Any) -> bytes | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return base64.b64decode(value.strip(), validate=True)
    except (binascii.Error, ValueError):
        return None


def _load_public_key(key: bytes | str, serialization: Any) -> Any:
    text = key.decode("ascii", "replace") if isinstance(key, bytes) else key
    if "-----BEGIN" in text:
        return serialization.load_pem_public_key(text.encode("ascii"))
    der = _b64("".join(text.split()))
    if der is None:
        raise ValueError("the key is neither PEM nor base64 DER")
    return serialization.load_der_public_key(der)
