"""Classification: one failure's status, reply code and words to a reason, with the rule that decided.

Order of evidence (first that speaks wins; docs/classification.md):
  1. an explicit signal of the vendor format (``hint``)                       ``vendor.signal``
  2. a provider's documented wording (provider by remote host, recipient
     domain, reporting host, else a provider code family in the text)        ``provider.<name>.<id>``
  3. the words of the server's reply (``reply.py`` finds them): a phrase
     rule, unless only broad words speak and the status code is specific    ``phrase.<reason>.<id>``,
                                                                              ``status.<code>``
  4. a provider's documented code alone                                      ``provider.<name>.<id>``
  5. the delivery context: a delay with no cause (``context.delayed``), a
     refusal at connection or greeting (``context.connection``)
  6. the status code by its RFC 3463 meaning (``rules/status.py``)           ``status.<code>``
  7. the SMTP reply code                                                     ``reply.<code>``
  8. otherwise ``unknown`` (soft)                                            ``none``

User-unknown wording means a missing mailbox at any SMTP stage (taxonomy.md, Decision 1); refused
at MAIL FROM it concerns the sender (``phrase.sender_rejected.<reason>_at_mail_from``).
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from .._patterns import compile_pattern
from ..model import Classification, Confidence, Reason
from ..rules import status as _status
from ..rules import vendors as _vendors
from ..rules.providers import MARKERS as _MARKERS
from ..rules.providers import PROVIDERS as _PROVIDERS
from ..rules.providers import ProviderRule
from . import index as _index
from .reply import holds_one, quoted_reply, server_reply, without_addresses, without_pointers

R = Reason


_ProviderPatterns = tuple[tuple[ProviderRule, re.Pattern[str] | None, re.Pattern[str] | None], ...]


class _CompiledProvider:
    """A provider's rules, each with its pattern (case-insensitive), and the same pattern without
    IGNORECASE for lower-cased ASCII text where it has no upper-case character (a faster search,
    same matches). The patterns are compiled the first time the provider's rules are read: most
    runs meet a few providers, and compiling all of them would slow every start-up."""

    __slots__ = ("name", "source", "_rules")

    def __init__(self, name: str, source: tuple[ProviderRule, ...]) -> None:
        self.name = name
        self.source = source
        self._rules: _ProviderPatterns | None = None

    @property
    def rules(self) -> _ProviderPatterns:
        rules = self._rules
        if rules is None:
            rules = self._rules = tuple(
                (r, compile_pattern(r.pattern, re.I) if r.pattern else None,
                 compile_pattern(r.pattern) if r.pattern and r.pattern == r.pattern.lower() else None)
                for r in self.source)
        return rules


def _compile_provider(name: str, rules: tuple[ProviderRule, ...]) -> _CompiledProvider:
    return _CompiledProvider(name, rules)


# domain suffix -> provider; looked up label by label from the full host name
PROVIDER_BY_DOMAIN: dict[str, _CompiledProvider] = {}
for _name, _domains, _rules in _PROVIDERS:
    _compiled = _compile_provider(_name, _rules)
    for _domain in _domains:
        PROVIDER_BY_DOMAIN[_domain] = _compiled

_PROVIDER_BY_NAME: dict[str, _CompiledProvider] = {p.name: p for p in PROVIDER_BY_DOMAIN.values()}
# provider code families, each searched only when its literal occurs in the text
_MARKER_RULES: tuple[tuple[str, str, re.Pattern[str]], ...] = tuple(
    (name, literal, compile_pattern(regex)) for name, literal, regex in _MARKERS)


REPLY_TABLE: dict[str, Reason] = {
    # 450 is left out: mailbox busy, greylisting and policy holds share it, it names no cause
    "421": R.SYSTEM_ERROR, "451": R.SYSTEM_ERROR, "452": R.SYSTEM_FULL,
    "500": R.SYNTAX_ERROR, "501": R.SYNTAX_ERROR, "502": R.SYNTAX_ERROR, "503": R.SYNTAX_ERROR,
    "504": R.SYNTAX_ERROR, "521": R.NOT_ACCEPT, "523": R.MESSAGE_TOO_LARGE, "530": R.SECURITY_ERROR,
    "551": R.HAS_MOVED, "552": R.MAILBOX_FULL, "556": R.NOT_ACCEPT,
}

# The SMTP command a failure answered, as MTAs write it into their reports.
_COMMAND_IN_TEXT_WORDS = (r"(?:after|in reply to|response to|>>>|\[) ?(?:the )?"
                          r"(?P<cmd>rcpt[ _]to|mail[ _]from|end of data|data|helo|ehlo|"
                          r"initial connection|connection|greeting|banner|starttls|auth)")
_COMMAND_IN_TEXT = compile_pattern(_COMMAND_IN_TEXT_WORDS, re.I)
# the same, searched in lower-cased ASCII text: without IGNORECASE the engine skips ahead to the
# few characters a match can start with
_COMMAND_IN_LOWERED = compile_pattern(_COMMAND_IN_TEXT_WORDS)
# a match starts with one of these (most diagnostics hold none: then the pattern is not searched)
_COMMAND_LEAD_INS = ("[", "after", "in reply to", "response to", ">>>")
_COMMAND_WORD = {"rcpt to": "RCPT", "mail from": "MAIL", "end of data": "DATA", "data": "DATA",
                 "helo": "HELO", "ehlo": "EHLO", "initial connection": "CONN", "connection": "CONN",
                 "greeting": "CONN", "banner": "CONN", "starttls": "STARTTLS", "auth": "AUTH"}
# A vendor format's own reason is final unless it is one of these broad ones: then a provider rule
# or a phrase naming a more specific cause wins (a qmail "gave up" note over a refusal it quotes).
_GENERIC_HINTS = frozenset({R.UNKNOWN, R.EXPIRED, R.SYSTEM_ERROR, R.SECURITY_ERROR, R.NETWORK_ERROR,
                            R.DNS_ERROR, R.HOST_UNKNOWN, R.USER_UNKNOWN})
_USER_WORDS = frozenset({R.USER_UNKNOWN, R.HOST_UNKNOWN})
# words without one of which no filter or restriction rule can match (a cheap gate on reading on)
_FILTER_WORDS = ("filter", "restrict", "authoriz", "settings", "preferences", "rule")
_DELAYED_ACTIONS = frozenset({"delayed", "delay"})
# after a give-up note, these words are the retrying itself (timeouts, refused connections,
# "try again later"), not a cause
_NOT_A_CAUSE_AFTER_RETRIES = frozenset({"connections", "system_error"})
# words of a refusal that, answered to MAIL FROM, concern the envelope sender
_DENIED_WORDS = frozenset({"access denied", "permission denied", "not authorized", "unauthorized"})
_CONNECTION_STAGE = frozenset({"CONN", "HELO", "EHLO"})
_CODED_REPLY = compile_pattern(r"\s*5\d\d[ -]")
# a reply that opens with its code and an enhanced status of the same class: "550 5.1.1 ...", "452-4.2.2 ..."
_REPLY_HEAD = compile_pattern(r"\s*(([245])\d\d)[ -]#?(\2\.\d{1,3}\.\d{1,3})(?![\d.])")


def smtp_stage(smtp_command: str | None, diagnostic: str | None) -> str | None:
    """The SMTP command the failure answered: the parser's, else what the diagnostic says."""
    if smtp_command:
        return smtp_command.upper()
    if diagnostic:
        if diagnostic.isascii():
            lowered = diagnostic.lower()
            if not holds_one(lowered, _COMMAND_LEAD_INS):
                return None
            m = _COMMAND_IN_LOWERED.search(lowered)
        else:
            m = _COMMAND_IN_TEXT.search(diagnostic)
        if m:
            return _COMMAND_WORD[m.group("cmd").lower().replace("_", " ")]
    return None


def _host_name(mta: str | None) -> str | None:
    if not mta:
        return None
    token = mta.split(None, 1)[0].strip("[]();").rstrip(".").lower()
    return token or None


def _provider_of_host(mta: str) -> _CompiledProvider | None:
    """The provider owning the host name or one of its parent domains (remembered per string)."""
    provider = None
    host = _host_name(mta)
    if host and len(host) <= 253:  # longer is no host name (RFC 1035), and would cost labels squared
        labels = host.split(".")
        for i in range(len(labels) - 1):
            provider = PROVIDER_BY_DOMAIN.get(".".join(labels[i:]))
            if provider is not None:
                break
    if len(_PROVIDER_OF_HOST) >= _HOST_CACHE_SIZE:
        _PROVIDER_OF_HOST.clear()  # hosts repeat within a run; a bound keeps long runs small
    _PROVIDER_OF_HOST[mta] = provider
    return provider


_HOST_CACHE_SIZE = 4096
_PROVIDER_OF_HOST: dict[str, _CompiledProvider | None] = {}


def find_provider(remote_mta: str | None, reporting_mta: str | None,
                  diagnostic: str | None = None, recipient: str | None = None) -> _CompiledProvider | None:
    """The provider whose domain the refusing host belongs to, else the recipient's domain (its mail
    is hosted there), else the reporting host's; with none known, the provider whose own code
    family ("AUP#I-1310", "OFR_506") the text quotes."""
    recipient_domain = recipient.rpartition("@")[2] if recipient and "@" in recipient else None
    for mta in (remote_mta, recipient_domain, reporting_mta):
        if mta:
            provider = _PROVIDER_OF_HOST[mta] if mta in _PROVIDER_OF_HOST else _provider_of_host(mta)
            if provider is not None:
                return provider
    if diagnostic:
        lowered = diagnostic.lower()
        for name, literal, pattern in _MARKER_RULES:
            if literal in lowered and pattern.search(lowered):
                return _PROVIDER_BY_NAME.get(name)
    return None


def _by_provider(provider: _CompiledProvider, status: str | None, diagnostic: str,
                 stage: str | None = None, worded: bool = True) -> Classification | None:
    """The provider's rule for this reply: its documented wordings (``worded``), else its codes alone."""
    lowered = diagnostic.lower() if diagnostic.isascii() else None
    for rule, pattern, lower_pattern in provider.rules:
        if (pattern is not None) is not worded:
            continue
        if rule.status is not None and rule.status != status:
            continue
        if rule.stage is not None and rule.stage != stage:
            continue
        if pattern is None:
            if rule.status is not None:
                return Classification(rule.reason, f"provider.{provider.name}.{rule.id}", status)
            continue
        if lowered is not None and lower_pattern is not None:
            m = lower_pattern.search(lowered)
        else:
            m = pattern.search(diagnostic)
        if m:
            return Classification(rule.reason, f"provider.{provider.name}.{rule.id}", diagnostic[m.start():m.end()])
    return None


# A multi-line SMTP reply joined into one line repeats its code inside the text
# ("...with multiple 550 5.7.1 addresses in From: header"); phrases are read without the repeats.
# The pattern starts with its blank (the character before it, not a blank, is looked behind at
# from there): a pattern that starts with a look-behind is tried at every position of the text.
_REPLY_CONTINUATION = compile_pattern(r" (?<=\S )[245]\d\d[ -][245]\.\d{1,3}\.\d{1,3} (?=\D)")


def _without_continuations(text: str) -> str:
    return _REPLY_CONTINUATION.sub(" ", text) if "." in text else text


_Match = tuple[Reason, str, str]  # reason, rule id, matched text


def _matches(diagnostic: str, delayed: bool) -> Iterator[_Match]:
    """Every phrase rule that matches, in priority order, searched lazily (only as far as read)."""
    diagnostic = _without_continuations(diagnostic)
    lowered = diagnostic.lower()
    # lower() may change the length of a few characters; then matched text is taken from the lowered copy
    original = diagnostic if len(lowered) == len(diagnostic) else lowered
    index = _index.get()
    alternatives = index.alternatives
    candidates, trigrams = index.keyed(lowered)
    # the literal keys, looked for in order as the search reaches their first alternative
    literals = index.ascii_literal_rows if lowered.isascii() else index.literal_rows
    pending, last = 0, len(literals)
    while True:
        if candidates:
            lowest = candidates & -candidates  # the next candidate in priority order
            at = lowest.bit_length() - 1
        else:
            at = len(alternatives)
        if pending < last and literals[pending][0] <= at:
            added = False
            while pending < last and literals[pending][0] <= at:
                _, literal, ids = literals[pending]
                pending += 1
                if literal in lowered:
                    candidates |= ids
                    added = True
            if added:  # alternatives no later than ``at``: the next candidate is among them or is ``at``
                lowest = candidates & -candidates
                at = lowest.bit_length() - 1
        if not candidates:
            return
        candidates ^= lowest
        alt = alternatives[at]
        if delayed and alt.reason is R.EXPIRED:
            continue  # a delay notice's retry wording says nothing of why the mail waits
        if not alt.trigrams <= trigrams:
            continue
        for need in alt.needs:  # every literal run a match holds (one option of each) is in the text
            for option in need:
                if option in lowered:
                    break
            else:
                break
        else:
            pattern = alt.compiled
            m = (pattern if pattern is not None else alt.pattern).search(lowered)
            if m:
                yield alt.reason, alt.rule_id, original[m.start():m.end()]


def _first_phrase(matches: Iterator[_Match], skip: frozenset[Reason] = frozenset(),
                  final: bool = False) -> _Match | None:
    """The first match that names a cause; reading on from where an earlier call stopped.

    After a give-up note, a final failure's connection words are its last attempt, not a cause."""
    gave_up: _Match | None = None
    for found in matches:
        reason, rule_id, _ = found
        if reason in skip:
            continue
        if gave_up is not None:
            if reason is R.EXPIRED or rule_id in _NOT_A_CAUSE_AFTER_RETRIES or (
                    final and (reason is R.NETWORK_ERROR and rule_id != "loop" or reason is R.DNS_ERROR)):
                continue
            return found
        if reason is R.EXPIRED:
            # "gave up / in the queue too long" is a trailer: the last error it quotes is the cause
            gave_up = found
            continue
        return found
    return gave_up


def _by_phrase(diagnostic: str, status: str | None, stage: str | None,
               diagnostic_type: str | None, delayed: bool, final: bool = False) -> Classification | None:
    matches = _matches(diagnostic, delayed)
    found = _first_phrase(matches, final=final)
    if diagnostic_type and diagnostic_type.lower() == "x-unix":
        # a local delivery program's output: only a full mailbox is told apart from the program failing
        if found and found[0] is R.MAILBOX_FULL:
            return Classification(found[0], f"phrase.{found[0].value}.{found[1]}", found[2])
        return Classification(R.MAILER_ERROR, "diagnostic_type.x-unix", diagnostic_type)
    if found is None:
        return None
    reason, rule_id, text = found
    if rule_id == "mailbox_unavailable":
        # the RFC 5321 text of 550 names no cause when the same reply names one
        other = _first_phrase(matches, _USER_WORDS)
        if other is not None and other[1] != "system_error":
            return Classification(other[0], f"phrase.{other[0].value}.{other[1]}", other[2])
        if status and status[0] == "4":
            # 450 "mailbox unavailable" (RFC 5321): busy or held, not missing
            return Classification(R.UNKNOWN, "phrase.unknown.mailbox_unavailable_temporarily", text)
    if reason in (R.USER_UNKNOWN, R.HOST_UNKNOWN, R.NOT_ACCEPT) and (
            stage == "MAIL" or (status and status[2:] in ("1.7", "1.8"))):
        # "no such user / domain", "null MX" said of the envelope sender
        return Classification(R.SENDER_REJECTED, f"phrase.sender_rejected.{reason.value}_at_mail_from", text)
    if reason in (R.USER_UNKNOWN, R.HOST_UNKNOWN) and stage in _CONNECTION_STAGE:
        # "invalid domain" answered to HELO/EHLO: our own host name was refused
        return Classification(R.BLOCKED, f"phrase.blocked.{reason.value}_at_greeting", text)
    if reason is R.SECURITY_ERROR and stage == "MAIL" and text.lower() in _DENIED_WORDS:
        return Classification(R.SENDER_REJECTED, "phrase.sender_rejected.denied_at_mail_from", text)
    if reason is R.NETWORK_ERROR and text.lower() == "connection refused" and _CODED_REPLY.match(diagnostic):
        # a server that answers "554 Connection refused" was reached: it refuses the sending host
        # (a connection that failed carries no SMTP reply code)
        return Classification(R.BLOCKED, "phrase.blocked.connection_refused_reply", text)
    if reason is R.USER_UNKNOWN and status and status[2:] == "1.6":
        return Classification(R.HAS_MOVED, f"phrase.has_moved.{rule_id}", text)
    if reason is R.MESSAGE_TOO_LARGE and status and status[2:] == "2.3":
        # a size refusal with "exceeded the recipient's limit" status
        return Classification(R.EXCEED_LIMIT, f"phrase.exceed_limit.{rule_id}", text)
    if reason is R.USER_UNKNOWN:
        # Decision 1: user-unknown words mean a missing mailbox at any stage, unless the same
        # reply says a filter or the recipient's own settings refused the letter; the bare
        # "mailbox unavailable" of RFC 5321 yields to any cause the same reply names
        lowered = diagnostic.lower()
        other = _first_phrase(matches, _USER_WORDS) if holds_one(lowered, _FILTER_WORDS) else None
        if other is not None and other[0] is R.FILTERED and other[1] in ("filter", "restriction"):
            return Classification(other[0], f"phrase.{other[0].value}.{other[1]}", other[2])
        return Classification(R.USER_UNKNOWN, f"phrase.user_unknown.{rule_id}", text)
    if reason is R.NETWORK_ERROR and rule_id == "timeout" and not delayed and (final or status and status[2:] == "4.7"):
        # a final failure whose last attempt could not connect: the retry period ran out
        # (a delay notice keeps the connection failure as its cause, Decision 3)
        return Classification(R.EXPIRED, f"phrase.expired.after_{rule_id}", text)
    if reason is R.NOT_ACCEPT and status and status[0] == "4" and "not accepting" in text.lower():
        # "not accepting network messages" for now: a system that may accept mail later (a null MX
        # is published: a fact, whatever the class of the status that reports it)
        return Classification(R.SYSTEM_ERROR, f"phrase.system_error.temporarily_{rule_id}", text)
    if reason is R.HOST_UNKNOWN and status and status[0] == "4":
        # the domain did not resolve this time; the reporting MTA itself says it may resolve later
        return Classification(R.DNS_ERROR, f"phrase.dns_error.temporary_{rule_id}", text)
    return Classification(reason, f"phrase.{reason.value}.{rule_id}", text)


def classify(status: str | None = None, reply_code: str | int | None = None, diagnostic: str | None = None, *,
             hint: Reason | None = None, remote_mta: str | None = None, reporting_mta: str | None = None,
             smtp_command: str | None = None, action: str | None = None,
             diagnostic_type: str | None = None, recipient: str | None = None,
             parser: str | None = None, vendor_code: str | None = None,
             vendor_text: str | None = None) -> Classification:
    """Reason, category and severity of one failure, with the rule that decided it.

    ``parser`` and ``vendor_code`` are the format that read the failure and what it says of the
    cause (a code or one of its fixed sentences, looked up in ``rules/vendors.py``); ``vendor_text``
    is the message's own words the code was read from, the ``matched`` of a vendor rule's decision
    (or of ``vendor.signal``); without it a vendor rule's ``matched`` is the code. Where no
    ``status`` is given and the diagnostic opens with a reply code and an enhanced status
    ("550 5.1.1 ..."), that status is the failure's status."""
    if status is None and diagnostic:
        head = _REPLY_HEAD.match(diagnostic)
        if head is not None:
            status = head.group(3)
            if reply_code is None:
                reply_code = head.group(1)
    found = _decide(status, reply_code, diagnostic, hint=hint, remote_mta=remote_mta, reporting_mta=reporting_mta,
                    smtp_command=smtp_command, action=action, diagnostic_type=diagnostic_type, recipient=recipient,
                    vendor=_vendors.find(parser, vendor_code) if vendor_code else None,
                    vendor_text=vendor_text or vendor_code, hint_text=vendor_text)
    if _is_weak(found.rule):
        return Classification(found.reason, found.rule, found.matched, Confidence.LOW)
    return found




def _is_weak(rule: str) -> bool:
    if rule == "none" or rule.startswith(("reply.", "context.")):
        return True
    return rule.startswith("status.") and _status.specific(rule[7:]) is None


def _decide(status: str | None = None, reply_code: str | int | None = None, diagnostic: str | None = None, *,
            hint: Reason | None = None, remote_mta: str | None = None, reporting_mta: str | None = None,
            smtp_command: str | None = None, action: str | None = None,
            diagnostic_type: str | None = None, recipient: str | None = None,
            vendor: _vendors.VendorRule | None = None, vendor_text: str | None = None,
            hint_text: str | None = None) -> Classification:
    if vendor is not None and not vendor.generic:
        return Classification(vendor.reason, vendor.id, vendor_text)
    if hint is not None and hint not in _GENERIC_HINTS:
        return Classification(hint, "vendor.signal", hint_text)
    text = diagnostic or ""
    stage = smtp_stage(smtp_command, text)
    provider = find_provider(remote_mta, reporting_mta, text, recipient)
    if provider is not None:
        found = _by_provider(provider, status, text, stage, worded=True)
        if found is not None:
            return found
    delayed = action is not None and action.lower() in _DELAYED_ACTIONS
    # a final failure: the report says so, or, with no action known, a permanent status
    final = action.lower() == "failed" if action is not None else bool(status and status[0] == "5")
    found = None
    if text or diagnostic_type:
        words = without_addresses(without_pointers(text)) if text else text
        said = server_reply(words) if words else None
        reply = said or (quoted_reply(words) if words else None)
        if reply is not None:
            found = _by_phrase(reply, status, stage, diagnostic_type, delayed, final)
        if found is None or (found.rule in _VAGUE_PHRASES and (said is None or found.reason is R.EXPIRED)):
            # the whole text: the report's own words may name the cause the quoted reply does not
            whole = _by_phrase(words, status, stage, diagnostic_type, delayed, final)
            if whole is not None and (found is None or whole.rule not in _VAGUE_PHRASES):
                found = whole
    if found is not None and found.rule == "phrase.user_unknown.mailbox_unavailable" and not status \
            and str(reply_code or "").startswith("4"):
        found = Classification(R.UNKNOWN, "phrase.unknown.mailbox_unavailable_temporarily", found.matched)
    named = _status.specific(status)
    if named is not None and (found is None or found.rule in _BROAD_PHRASES):
        return Classification(named, f"status.{status}", status)
    if found is not None:
        return found
    if provider is not None:
        # a provider's documented code, where no words were recognised
        found = _by_provider(provider, status, text, stage, worded=False)
        if found is not None:
            return found
    if vendor is not None:
        return Classification(vendor.reason, vendor.id, vendor_text)
    if hint is not None:
        return Classification(hint, "vendor.signal", hint_text)
    if delayed:
        return Classification(R.EXPIRED, "context.delayed", action)
    if stage in _CONNECTION_STAGE:
        return Classification(R.BLOCKED, "context.connection", stage)
    if status:
        reason = _status.generic(status)
        if reason is not None:
            return Classification(reason, f"status.{status}", status)
    if reply_code:
        code = str(reply_code)
        reason = REPLY_TABLE.get(code)
        if reason is not None:
            return Classification(reason, f"reply.{code}", code)
    if stage in _CONNECTION_STAGE:
        return Classification(R.BLOCKED, "context.connection", stage)
    return Classification(R.UNKNOWN, "none", None)


# phrase rules whose words say little more than "refused" or "try again": where a quoted reply
# gives only these, the report's own words around it may tell the cause
_VAGUE_PHRASES = frozenset({
    "phrase.system_error.system_error", "phrase.security_error.auth_required", "phrase.policy_violation.policy",
    "phrase.expired.retry_timeout", "phrase.syntax_error.syntax",
})
# phrase rules whose words many refusals share: a specific status code outweighs them
_BROAD_PHRASES = frozenset({
    "phrase.policy_violation.policy", "phrase.system_error.system_error", "phrase.security_error.auth_required",
    "phrase.not_compliant_rfc.rfc5322", "phrase.expired.retry_timeout", "phrase.too_many_connections.connections",
    "phrase.blocked.client_rejected", "phrase.user_unknown.mailbox_unavailable",
})
