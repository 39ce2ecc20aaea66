"""Google Groups' own refusals, sent as mailer-daemon@googlemail.com "Delivery Status Notification
(Failure)" with X-Failed-Recipients naming the group: "Hello x, We're writing to let you know that
the group you tried to contact (name) may not exist, or you may not have permission to post
messages to the group.", a list of possible causes and the help centre link
(groups.google.com/support). The notice is written in the sender's language; the markers used
here (sender, header, the groups.google.com link) are the same in all of them.

The fixed wording is about the sender not being allowed to post, so the reason is set here:
``sender_rejected``, or ``user_unknown`` where the notice says plainly that the group does not
exist."""
from __future__ import annotations

import re

from ..._patterns import compile_pattern
from ...mail import Draft, Mail, failed_recipients
from ...text import find_addresses, one_line, words_at, words_of
from ..drafts import with_original
from ..layouts.google import GOOGLE_DAEMON
from ..spec import All, Check, Format, Header, Sender

NAME = "googlegroups"

_HELP_LINK = "groups.google.com"
# the original message quoted after Google's text
_ORIGINAL = compile_pattern(r"^[ \t]*-{3,}[ \t]*Original message[ \t]*-{3,}[ \t]*$", re.M | re.I)
_GREETING = compile_pattern(r"^[^\n]{0,80}@[^\n]{0,80}[,，:：]?[ \t]*\n", re.M)
_MISSING_FOR_SURE = compile_pattern(
    r"group you tried to contact \([^)]*\) (?:does not|doesn't) exist|"
    r"Your message to (?:group )?\S+ couldn't be delivered because the group (?:does not|doesn't) exist", re.I)


def _notice(text: str) -> str | None:
    """The paragraph after the greeting: Google's explanation."""
    g = _GREETING.search(text)
    start = g.end() if g else 0
    rest = text[start:].lstrip("\n")
    end = rest.find("\n\n")
    return one_line(rest[: end if end >= 0 else None])


def parse(mail: Mail) -> list[Draft]:
    text = mail.flat
    m = _ORIGINAL.search(text)
    own = text[: m.start()] if m else text
    rcpts = failed_recipients(mail)
    if not rcpts:
        rcpts = [a for a in find_addresses(own) if a.endswith("@googlegroups.com")][:1]
    if not rcpts:
        return []
    diag = _notice(own)
    missing = _MISSING_FOR_SURE.search(own)
    words: str | None
    if missing is not None:
        reason, words = "user_unknown", words_of(missing)
    else:
        # the notice's first sentence: the group may not exist or the sender may not post to it
        reason, words = "sender_rejected", words_at(diag, 0, 0) if diag else None
    drafts = [Draft(recipient=r, action="failed", diagnostic=diag, vendor_code=reason, vendor_text=words)
              for r in rcpts]
    return with_original(drafts, text[m.end():].lstrip("\n") if m else None)


def _own_help_link(mail: Mail) -> bool:
    """Google Groups' help link in its own text, before the quoted original."""
    text = mail.flat
    if _HELP_LINK not in text:
        return False
    m = _ORIGINAL.search(text)
    own = text[: m.start()] if m else text
    return _HELP_LINK in own


FORMAT = Format(
    NAME,
    All(Sender(GOOGLE_DAEMON), Header("x-failed-recipients"), Check(_own_help_link)),
    parse,
)
