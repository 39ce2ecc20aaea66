"""Gmail (mailer-daemon@googlemail.com) bounces, and relayed or re-sent copies that keep Gmail's
subject and headers; read by ``layouts.google``."""
from __future__ import annotations

from ..layouts.google import GOOGLE_DAEMON, RCPT_INTRO, SUBJECT, gmail_drafts
from ..spec import All, AnyOf, Body, Format, Header, Sender, Subject

NAME = "gmail"

FORMAT = Format(
    NAME,
    AnyOf(Sender(GOOGLE_DAEMON),
          # relayed or re-sent copies keep Gmail's subject and its headers
          All(Subject(SUBJECT), Header("x-gm-message-state"), Body(RCPT_INTRO))),
    gmail_drafts,
)
