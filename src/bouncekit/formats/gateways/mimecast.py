"""Mimecast as the refusing server: a delivery-status report (from any MTA) whose Remote-MTA is a
Mimecast host. Mimecast answers with a fixed, documented set of rejection texts (its "SMTP
error codes" table); the one quoted names the cause, so it is passed on as the reason."""
from __future__ import annotations

import re

from ..._patterns import compile_pattern
from ...mail import Draft, Mail
from ...text import Labels
from ...text import command_named as command_of
from ..readers import delivery_status_drafts, note_cause
from ..spec import DeliveryStatus, Format

NAME = "mimecast"

_MIMECAST_HOST = compile_pattern(r"\b(?:[\w-]+\.)*mimecast(?:-offshore)?\.(?:com|co\.za|net)\b", re.I)
_REMOTE_FIELD = compile_pattern(r"^Remote-MTA:[^\n]*mimecast", re.I | re.M)
# Mimecast's documented rejection texts and the cause each one names, most specific first.
_TABLE = Labels(
    (r"email rejected due to security policies", "virus_detected"),
    (r"virus (?:detected|signature)", "virus_detected"),
    (r"host network not allowed", "policy_violation"),
    (r"anti-spoofing policy", "policy_violation"),
    (r"(?:dmarc|spf) (?:policy rejection|sender invalid|check failed)|submitter failed spf", "auth_failure"),
    (r"envelope blocked|administrative prohibition", "sender_rejected"),
    (r"(?:blocked by|listed on) (?:a )?(?:rbl|reputation)|ip (?:address )?blocked", "blocked"),
    (r"invalid recipient|recipient address rejected: (?:user unknown|unknown user)", "user_unknown"),
    (r"maximum email size exceeded|message too large", "message_too_large"),
    (r"attachment (?:type )?(?:blocked|not allowed)", "content_error"),
    (r"internal resources are temporarily unavailable", "system_error"),
    (r"too many (?:concurrent )?connections", "too_many_connections"),
)
# Postfix-style text: "<rcpt>: host X said: ... (in reply to RCPT TO command)"
_IN_REPLY = compile_pattern(r"<([^<>\s]+@[^<>\s]+)>:\s*host\s[^<>]*?\(in\s+reply\s+to\s+([^)]*?)(?:\s+command)?\)", re.I)


def parse(mail: Mail) -> list[Draft]:
    drafts = delivery_status_drafts(mail)
    if not any(_is_mimecast(d) for d in drafts):
        return []
    commands = {m.group(1).lower(): command_of(m.group(2)) for m in _IN_REPLY.finditer(mail.text)}
    for d in drafts:
        d.smtp_command = d.smtp_command or commands.get((d.recipient or "").lower())
        if not _is_mimecast(d):
            continue
        note_cause(d, _TABLE.cause(d.diagnostic))
    return drafts


def _is_mimecast(d: Draft) -> bool:
    return bool(d.remote_mta and _MIMECAST_HOST.search(d.remote_mta))


FORMAT = Format(
    NAME,
    DeliveryStatus(_REMOTE_FIELD),
    parse,
)
