"""Find the server's own reply in a diagnostic text.

Reports wrap what the refusing server said in words of their own: a lead-in ("Remote server
replied:", "host mx.example.com said:", "failed with:"), a trailer ("I'm not going to try again"),
and servers add pointers to their help pages ("For more information, go to ... RFC 5321 ...",
"To protect our users from spam, ...") whose words name no cause. ``reply_parts`` returns the
texts to read, most telling first: the server's reply after the last lead-in, then the whole text;
each with the pointers taken out. All patterns are linear (no nested quantifiers).
"""
from __future__ import annotations

import re

from .._patterns import compile_pattern

# the help-page pointers and courtesy sentences many providers append to every refusal
# (searched in the lower-cased text, only when one of the words they start with occurs)
_POINTER_WORDS = ("information", "details", "learn more", "protect our", "amount of spam", "please ")
_POINTERS = compile_pattern(
    r"(?:for more information|for (?:more )?details|to learn more|more information)"
    r"(?: about [^,.]{0,60})?,?[ :]*(?:please )?(?:go to|see|visit|refer to|check|read|review|contact|at)"
    r"[^.]*(?:\.(?=\S)[^.]*)*\.?"  # up to a full stop that ends a sentence (one run of [^.] at a time)
    r"|to (?:best )?(?:protect our users|reduce the amount of spam)[^,.]{0,60},?"
    r"|please (?:visit|see|refer to|go to|check) +https?://\S+(?: +(?:for|to) (?:more )?(?:information|details|learn more)[^.]*)?")

# lead-ins after which the remote server's own words follow (searched in the lower-cased text,
# only when one of the words they need occurs)
_LEAD_WORDS = ("said", "replied", "returned", "responded", "failed with", "address error")
_LEAD_IN = compile_pattern(
    r"(?:remote (?:server|host|mta) (?:replied|said|returned|responded)|(?:host|server) [^\s:]{1,255} (?:said|replied)"
    r"|(?:server|host) (?:replied|said|responded)|failed with|the error that the other server returned was"
    r"|remote server returned|said|replied)\s*[:'\"]\s*"
    r"|unknown address error[\s:]+")


# a URL: only its host is kept ("www.spamhaus.org"); its path may hold any word ("#filtered")
_URL = compile_pattern(r"\b(?:https?|ftp)://([^/\s?#'\"<>]*)[^\s'\"<>]*", re.I)


def holds_one(text: str, words: tuple[str, ...]) -> bool:
    """Whether one of the words occurs in the text (a loop: any() over a generator costs more)."""
    for word in words:
        if word in text:
            return True
    return False


def without_pointers(text: str) -> str:
    """The text with the providers' help-page pointers and URLs taken out."""
    if "://" in text:
        text = _URL.sub(r"\1", text)
    lowered = text.lower()
    if len(lowered) != len(text) or not holds_one(lowered, _POINTER_WORDS):
        return text
    spans = [m.span() for m in _POINTERS.finditer(lowered)]
    if not spans:
        return text
    kept, at = [], 0
    for start, end in spans:
        kept.append(text[at:start])
        at = end
    kept.append(text[at:])
    return " ".join(kept)


def server_reply(text: str) -> str | None:
    """The words after the last lead-in ("Remote host said: ..."), if the text has one."""
    lowered = text.lower()
    if not holds_one(lowered, _LEAD_WORDS):
        return None
    if len(lowered) != len(text):
        return None  # lower() changed the length (a few non-ASCII letters): positions would not match
    last = None
    for found in _LEAD_IN.finditer(lowered):
        last = found
    if last is None:
        return None
    rest = text[last.end():].strip(" '\"")
    return rest or None


# a mail address, whose local part or host may hold any word ("filtered@", "policy.example"); a
# local part starts where a token starts and holds no "@", so that a long run of "@" or of letters
# is read once, not once per position (that was quadratic)
_ADDRESS = compile_pattern(r"<[^<>\s@]*@[^<>\s]*>|(?<![^\s<>()\[\]'\";,@])[^\s<>()\[\]'\";,@]++@[\w-]+(?:[.@][\w-]+)*")


def without_addresses(text: str) -> str:
    """The text with mail addresses replaced by a blank: their words are names, not causes."""
    return _ADDRESS.sub("", text).replace("  ", " ") if "@" in text else text


# a reply quoted inside a report's own words: its code, then the server's words (the character
# before the code is looked behind at after its first digit, so that the search skips to the digits)
_QUOTED_REPLY = compile_pattern(r"[245](?<=[\s'\"(>:-][245])\d\d[ -]['\"]?(?:#?[245]\.\d{1,3}\.\d{1,3}\b)?")


def quoted_reply(text: str) -> str | None:
    """The server's reply quoted after words of the report ("Unknown address error 550-'5.7.1 ...'")."""
    m = _QUOTED_REPLY.search(text, 1)
    if m is None or m.start() < 8:
        return None
    return text[m.start():].strip(" '\"") or None
