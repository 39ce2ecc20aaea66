"""Amazon SES (sending). Two layouts:

* the e-mail DSN from ``MAILER-DAEMON@*.amazonses.com``: an RFC 3464 report whose text part says
  "An error occurred while trying to deliver the mail to the following recipients:" (or, in the
  older layout, "The following message to <x> was undeliverable.");
* the JSON notification that SNS mails (``no-reply@sns.amazonaws.com``, "AWS Notification Message"),
  or that an application forwards: ``notificationType``/``eventType`` Bounce, Complaint, Delivery
  or DeliveryDelay, either bare or wrapped in an SNS envelope whose ``Message`` holds the JSON.
"""
from __future__ import annotations

import json
import re
from typing import Any

from ..._patterns import compile_pattern
from ...mail import Draft, Mail
from ...model import Kind
from ...text import extract_address, find_status, strip_type
from ..drafts import with_original
from ..readers import apply_inner_reply, delivery_status_drafts, first_reply, iso8601
from ..spec import All, AnyOf, Check, ContentType, Format, Header, Sender

NAME = "amazonses"

_SES_SENDER = compile_pattern(r"@(?:[\w-]+\.)*amazonses\.com\b", re.I)
_SNS_SENDER = compile_pattern(r"@sns\.amazonaws\.com\b", re.I)
_NON_EMPTY = compile_pattern(r"(?s).")
# the key as written in the notification, or escaped inside an SNS envelope's "Message" string
_JSON_TYPE = compile_pattern(r'\\?"(?:notificationType|eventType)\\?"\s*:\s*\\?"', re.I)
_OLD_LAYOUT = compile_pattern(r"^The following message to <[^>]+> was undeliverable\.", re.M)
# a status quoted inside the reply text: "5.1.0 - Unknown address error 550-'5.7.1 <x>... Access denied'"
_QUOTED_STATUS = compile_pattern(r"""["'](\d\.\d{1,3}\.\d{1,3}\b[^"']*)["']""")
# Sendmail-style relays wrap long lines as "!\n " (a '!' at the cut, the rest on an indented line)
_LINE_CUT = compile_pattern(r"!\n ")

# bounceSubType is Amazon's own classification of the failure
_SUBTYPES: dict[str, str] = {
    "noemail": "noemail",
    "suppressed": "suppressed",
    "onaccountsuppressionlist": "onaccountsuppressionlist",
    "mailboxfull": "mailboxfull",
    "messagetoolarge": "messagetoolarge",
    "contentrejected": "contentrejected",
    "attachmentrejected": "attachmentrejected",
}
_SUPPRESSIONS = frozenset({"suppressed", "onaccountsuppressionlist"})


_JSON_BODY_TYPES = ("text/plain", "application/json")


def _json_notification(mail: Mail) -> bool:
    """A notification forwarded by an application: JSON in a plain text body (never a multipart)."""
    root = mail.root
    if root.content_type in _JSON_BODY_TYPES:
        encoding = (root.headers.get("content-transfer-encoding") or "").strip().lower()
        if encoding not in ("base64", "quoted-printable") and root.raw_body.find(b'"mail"', 0, 4096) < 0:
            return False  # plain bytes without the JSON key: no need to decode the text
        head = root.text[:4096]
        return '"mail"' in head and _JSON_TYPE.search(head) is not None
    return False


def parse(mail: Mail) -> list[Draft]:
    if mail.delivery_status_parts or not _JSON_TYPE.search(mail.flat[:8192]):
        return _parse_dsn(mail)
    return _parse_json(mail)


# -- the e-mail DSN -----------------------------------------------------------------------------

def _parse_dsn(mail: Mail) -> list[Draft]:
    drafts = delivery_status_drafts(mail, mail.flat)
    for d in drafts:
        _refine_status(d)
        apply_inner_reply(d)
    if not drafts:
        m = _OLD_LAYOUT.search(mail.flat)
        if m:
            rcpt = extract_address(m.group(0))
            diag = mail.flat[m.end():].split("\n\n", 1)[0]
            diag = re.sub(r"^\s*The reason for the problem:\s*", "", diag)
            drafts = [Draft(recipient=rcpt, action="failed", diagnostic=diag.strip() or None)]
            _refine_status(drafts[0])
    return drafts


def _refine_status(d: Draft) -> None:
    """SES's own generic "5.1.0 - Unknown address error" wraps the remote reply in quotes;
    the quoted status is the one the remote server gave."""
    if d.status and not d.status.endswith(".0.0"):
        return
    if not d.diagnostic:
        return
    m = _QUOTED_STATUS.search(d.diagnostic)
    if m:
        d.status = find_status(m.group(1)) or d.status


# -- the JSON notification ----------------------------------------------------------------------

def _load_json(mail: Mail) -> dict[str, Any] | None:
    text = _LINE_CUT.sub("", mail.flat.replace("\r", ""))
    start = text.find("{")
    if start < 0:
        return None
    try:
        obj, _ = json.JSONDecoder().raw_decode(text[start:])
    except ValueError:
        return None
    if not isinstance(obj, dict):
        return None
    # SNS envelope: {"Type": "Notification", "Message": "<JSON as a string>"}
    inner = obj.get("Message")
    if isinstance(inner, str) and inner.lstrip().startswith("{"):
        try:
            loaded = json.loads(inner)
        except ValueError:
            return None
        return loaded if isinstance(loaded, dict) else None
    return obj


def _parse_json(mail: Mail) -> list[Draft]:
    data = _load_json(mail)
    if data is None:
        return []
    kind = str(data.get("notificationType") or data.get("eventType") or "").lower()
    try:
        original = _listed_original(data.get("mail"))
        if kind == "bounce":
            drafts = _bounces(data.get("bounce") or {})
        elif kind == "complaint":
            drafts = _complaints(data.get("complaint") or {})
        elif kind == "delivery":
            drafts = _deliveries(data.get("delivery") or {})
        elif kind == "deliverydelay":
            drafts = _delays(data.get("deliveryDelay") or {})
        else:
            return []
    except (AttributeError, TypeError):  # a shape we do not know: not ours to guess
        return []
    return with_original(drafts, original)


def _records(block: dict[str, Any], key: str) -> list[dict[str, Any]]:
    items = block.get(key) or []
    return [x for x in items if isinstance(x, dict)] if isinstance(items, list) else []


def _bounces(bounce: dict[str, Any]) -> list[Draft]:
    written = str(bounce.get("bounceSubType") or "")  # as the JSON writes it, e.g. "MailboxFull"
    subtype = written.lower()
    reporting = strip_type(bounce.get("reportingMTA"))
    when = iso8601(bounce.get("timestamp"))
    drafts = []
    for r in _records(bounce, "bouncedRecipients"):
        diag_raw = str(r.get("diagnosticCode") or "")
        dtype, _, diag = diag_raw.partition(";") if ";" in diag_raw[:12] else ("", "", diag_raw)
        status = find_status(str(r.get("status") or ""))
        # even a "Transient" bounce is final: SES has stopped retrying
        action = str(r.get("action") or "").lower() or "failed"
        drafts.append(Draft(
            recipient=extract_address(str(r.get("emailAddress") or "")),
            action=action,
            status=status,
            reply_code=first_reply(diag.strip()),
            diagnostic=diag.strip() or None,
            diagnostic_type=dtype.strip().lower() or None,
            reporting_mta=reporting,
            timestamp=when,
            vendor_code=_SUBTYPES.get(subtype),
            vendor_text=written if subtype in _SUBTYPES else None,
            # on a suppression list SES did not send at all: not a new bounce (as its webhooks read)
            kind=Kind.SUPPRESSED if subtype in _SUPPRESSIONS else Kind.BOUNCE,
        ))
    return drafts


def _complaints(complaint: dict[str, Any]) -> list[Draft]:
    ftype = str(complaint.get("complaintFeedbackType") or "").lower() or None
    when = iso8601(complaint.get("arrivalDate") or complaint.get("timestamp"))
    return [
        Draft(recipient=extract_address(str(r.get("emailAddress") or "")), feedback_type=ftype,
              timestamp=when, kind=Kind.COMPLAINT)
        for r in _records(complaint, "complainedRecipients")
    ]


def _deliveries(delivery: dict[str, Any]) -> list[Draft]:
    response = str(delivery.get("smtpResponse") or "") or None
    reporting = strip_type(delivery.get("reportingMTA"))
    when = iso8601(delivery.get("timestamp"))
    rcpts = delivery.get("recipients") or []
    return [
        Draft(recipient=extract_address(str(r)), action="delivered", status=find_status(response),
              reply_code=first_reply(response), diagnostic=response, reporting_mta=reporting,
              timestamp=when, kind=Kind.DELIVERED)
        for r in (rcpts if isinstance(rcpts, list) else [])
    ]


def _delays(delay: dict[str, Any]) -> list[Draft]:
    when = iso8601(delay.get("timestamp"))
    reporting = strip_type(delay.get("reportingMTA"))
    drafts = []
    for r in _records(delay, "delayedRecipients"):
        diag = str(r.get("diagnosticCode") or "") or None
        drafts.append(Draft(
            recipient=extract_address(str(r.get("emailAddress") or "")), action="delayed",
            status=find_status(str(r.get("status") or "")), reply_code=first_reply(diag),
            diagnostic=diag, reporting_mta=reporting, timestamp=when, kind=Kind.DELAY))
    return drafts


def _listed_original(original: Any) -> str | None:
    """The sent message's headers, as SES lists them, stand in for the returned message."""
    if not isinstance(original, dict):
        return None
    lines = []
    for h in original.get("headers") or []:
        if isinstance(h, dict) and h.get("name") and h.get("value") is not None:
            lines.append(f"{h['name']}: {h['value']}")
    common = original.get("commonHeaders")
    if not lines and isinstance(common, dict):
        for name in ("from", "to", "subject", "messageId"):
            v = common.get(name)
            if v:
                lines.append(f"{'Message-ID' if name == 'messageId' else name.title()}: "
                             f"{', '.join(v) if isinstance(v, list) else v}")
    if not any(ln.lower().startswith("return-path:") for ln in lines) and original.get("source"):
        lines.append(f"Return-Path: <{original['source']}>")
    return "\n".join(lines) + "\n\n" if lines else None


FORMAT = Format(
    NAME,
    AnyOf(Sender(_SES_SENDER), Sender(_SNS_SENDER), Header("x-amz-sns-message-id", _NON_EMPTY),
          # (the content type said twice: so that dispatch knows it without calling the check)
          All(ContentType(_JSON_BODY_TYPES), Check(_json_notification))),
    parse,
)
