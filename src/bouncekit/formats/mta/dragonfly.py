"""DragonFly Mail Agent (dma): Subject "Mail delivery failed", "This is the DragonFly Mail Agent
vX at HOST.", "There was an error delivering your mail to <address>.", then the error: either
"HOST [IP] did not like our RCPT TO:" (or "final DATA:", "MAIL FROM:" ...) followed by the
remote's reply lines, or dma's own words ("DNS lookup failure: host X not found"), then
"Message headers follow." (or "Original message follows.") and the returned headers."""
from __future__ import annotations

import re

from ..._patterns import compile_pattern
from ...mail import Draft, Mail
from ...text import Labels, normalize_address
from ...text import command_named as command_of
from ..drafts import with_original
from ..readers import join_lines, note_cause, original_after
from ..spec import All, Body, Format, Subject

NAME = "dragonfly"

_SIGNATURE = compile_pattern(r"^This is the DragonFly Mail Agent\b", re.M)
_RECIPIENT = compile_pattern(r"^There was an error delivering your mail to <([^<>\s]+)>\.?[ \t]*$", re.M)
_END = compile_pattern(r"^(?:Message headers follow|Original message follows)\.?[ \t]*$", re.M)
_REMOTE = compile_pattern(r"^(\S+) \[([0-9A-Fa-f.:]+)\] did not like our ([^:\n]+):[ \t]*$", re.M)
# a continued reply: "550-5.7.26 text" lines, the code repeated on each
_CONTINUED = compile_pattern(r"^\s*[2-5]\d\d[ -](?:[245]\.\d{1,3}\.\d{1,3}[ ]+)?")
# dma's own fixed messages (dns.c, net.c, main.c)
_OWN_ERRORS = Labels(
    (r"^DNS lookup failure: host \S+ not found", "host_unknown"),
    (r"^Could not deliver for the last \d+ seconds\. Giving up", "expired"),
)


def parse(mail: Mail) -> list[Draft]:
    text = mail.flat
    m = _RECIPIENT.search(text)
    if m is None:
        return []
    recipient = normalize_address(m.group(1))
    if recipient is None:
        return []
    end = _END.search(text, m.end())
    error = text[m.end():end.start() if end else len(text)].strip("\n")
    draft = Draft(recipient=recipient, action="failed")
    remote = _REMOTE.search(error)
    if remote:
        draft.remote_mta = remote.group(1)
        draft.smtp_command = command_of(remote.group(3))
        draft.diagnostic = _reply_text(error[remote.end():].split("\n"))
    else:
        draft.diagnostic = join_lines(error.split("\n"))
        note_cause(draft, _OWN_ERRORS.cause(draft.diagnostic))
    return with_original([draft], original_after(mail, text, _END) if end is not None else None)


def _reply_text(lines: list[str]) -> str | None:
    """A multi-line reply as one line: the first line keeps its codes, later ones lose them."""
    out: list[str] = []
    for i, line in enumerate(ln for ln in lines if ln.strip()):
        out.append(line.strip() if i == 0 else _CONTINUED.sub("", line).strip())
    return " ".join(x for x in out if x) or None


FORMAT = Format(
    NAME,
    All(Subject(compile_pattern(r"\Amail delivery failed", re.I)), Body(_SIGNATURE)),
    parse,
)
