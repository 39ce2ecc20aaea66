"""Oracle Communications / Sun Java System / iPlanet Messaging Server: MIME boundary
"Boundary_(ID_...)", Subject "Delivery Notification: ...", a text part "This report relates to a
message you sent with the following header fields:" with per-recipient blocks ("Recipient
address:", "Original address:", "Reason:", "Diagnostic code:", "Remote system:") and a
delivery-status part."""
from __future__ import annotations

import re

from ..._patterns import compile_pattern
from ...mail import Draft, Mail
from ...text import Labels, extract_address, normalize_address
from ..readers import delivery_status_drafts
from ..spec import DELIVERY_STATUS, All, AnyOf, Body, Format, Param, Subject

NAME = "messagingserver"

_BOUNDARY = compile_pattern(r"^Boundary_\(ID_", re.I)
_INTRO = compile_pattern(r"^This report relates to a message you sent with the following header fields:", re.M)
_FIELD = compile_pattern(r"^[ \t]+(Recipient address|Original address|Reason|Diagnostic code|Remote system):[ \t]*(.*)$",
                    re.I)
# "@relay.example.net:user@host": a source route; the address after the colon is internal
_ROUTED = compile_pattern(r"^@[^:]+:")

_FIXED = Labels(
    (r"^Illegal host/domain name found", "host_unknown"),
    (r"^host/domain does not accept mail", "not_accept"),
)


def parse(mail: Mail) -> list[Draft]:
    blocks = _text_blocks(mail.flat)
    drafts = delivery_status_drafts(mail) if mail.delivery_status_parts else []
    if not drafts:
        drafts = [d for d in (_draft_of(b) for b in blocks) if d is not None]
    for i, d in enumerate(drafts):
        block = _block_for(d, blocks, i)
        if block is None:
            continue
        routed = block.get("recipient address", "")
        if _ROUTED.match(routed.split(";")[-1].strip()) and d.original_recipient:
            d.recipient = d.original_recipient
        if not d.diagnostic:
            d.diagnostic = block.get("reason") or None
    for d in drafts:
        if d.remote_mta:
            d.remote_mta = d.remote_mta.split()[0]  # "mx.example.jp (TCP|...) (banner)"
        d.vendor_code, d.vendor_text = _FIXED.cause(d.diagnostic) or (None, None)
    return drafts


def _text_blocks(text: str) -> list[dict[str, str]]:
    blocks: list[dict[str, str]] = []
    for line in text.split("\n"):
        # _FIELD needs a blank first and a colon
        if line[:1] not in (" ", "\t") or ":" not in line:
            continue
        m = _FIELD.match(line)
        if m is None:
            continue
        name = m.group(1).lower()
        if name == "recipient address" or not blocks:
            blocks.append({})
        blocks[-1][name] = m.group(2).strip()
    return blocks


def _block_for(draft: Draft, blocks: list[dict[str, str]], index: int) -> dict[str, str] | None:
    for b in blocks:
        for key in ("recipient address", "original address"):
            if draft.recipient and normalize_address(b.get(key, "").split(":")[-1]) == draft.recipient:
                return b
            if draft.original_recipient and extract_address(b.get(key)) == draft.original_recipient:
                return b
    return blocks[index] if index < len(blocks) else None


def _draft_of(block: dict[str, str]) -> Draft | None:
    routed = block.get("recipient address", "")
    address = block.get("original address") if _ROUTED.match(routed) else routed
    recipient = extract_address(address or routed)
    if recipient is None:
        return None
    diagnostic = block.get("diagnostic code", "")
    if ";" in diagnostic:
        diagnostic = diagnostic.split(";", 1)[1].strip()
    remote = block.get("remote system", "")
    if ";" in remote:
        remote = remote.split(";", 1)[1].strip()
    return Draft(recipient=recipient, diagnostic=diagnostic or block.get("reason") or None,
                 remote_mta=remote.split()[0] if remote else None, action="failed")


FORMAT = Format(
    NAME,
    All(AnyOf(Param("boundary", _BOUNDARY), Subject(compile_pattern("\\ADelivery Notification: "))),
           AnyOf(Body(_INTRO), DELIVERY_STATUS)),
    parse,
)
