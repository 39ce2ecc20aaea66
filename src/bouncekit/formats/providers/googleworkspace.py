"""Google Workspace (and Gmail) "** Message not delivered **" notices from
mailer-daemon@googlemail.com: "There was a problem delivering your message to X. See the
technical details below." (or a cause sentence of Google's own, e.g. the 'Send mail as'
misconfiguration), then "The response was:" with the server's or Google's words; a
message/delivery-status part usually follows, sometimes empty."""
from __future__ import annotations

from ...mail import Draft, Mail
from ..layouts.google import GOOGLE_DAEMON, WORKSPACE_NOTICE, ds_drafts, text_notice_drafts
from ..spec import All, Body, Format, Sender

NAME = "googleworkspace"


def parse(mail: Mail) -> list[Draft]:
    drafts = ds_drafts(mail)
    if drafts:
        return drafts
    return text_notice_drafts(mail)


FORMAT = Format(
    NAME,
    All(Sender(GOOGLE_DAEMON), Body(WORKSPACE_NOTICE, limit=4096)),
    parse,
)
