"""The format registry: the one place that knows which formats there are, in which order they are
tried, and which format takes a message two of them recognise.

Each format module (in ``mta/``, ``providers/``, ``gateways/``, ``generic/``, ``feedback/``)
declares ``FORMAT``, a ``spec.Format``: how a message of it is recognised and the reader that turns
it into drafts (empty when the message is not its format after all; an exception counts the same,
so a reader surprised by odd input lets the next format try). Specific formats come first, the
RFC 3464 reading next, then auto-replies, and the text heuristic last. No format module names
another: what decides between two of them is written here, in ``PRECEDENCE``.
"""
from __future__ import annotations

import importlib
import re
from collections.abc import Iterator

import attrs

from .._patterns import compile_pattern
from ..mail import Draft, Mail
from .gates import Gates
from .spec import Body, Condition, Format, Header

# Order matters: a vendor's own layout is more precise than the generic RFC 3464 reading.
ORDER: tuple[str, ...] = (
    "arf",
    # Providers and services recognised by sender or headers
    "amazonses", "receivingses", "amazonworkmail", "sendgrid", "googlegroups", "gmail",
    "googleworkspace", "yahoo", "aol", "outlook", "office365", "exchange2007", "exchange2003",
    "mailru", "yandex", "gmx", "einsundeins", "zoho", "facebook", "verizon", "ezweb", "kddi",
    "nttdocomo", "biglobe", "bigfoot",
    # Security gateways and appliances
    "activehunter", "amavis", "barracuda", "interscanmss", "mailfoundry", "mailmarshalsmtp",
    "mcafee", "mfilter", "mxlogic", "surfcontrol", "messagelabs", "mimecast",
    # MTAs
    "messagingserver", "domino", "notes", "powermta", "imailserver", "apachejames", "fml",
    "dragonfly", "opensmtpd", "courier", "exim", "qmail", "v5sendmail", "sendmail", "postfix",
    "x1", "x2", "x3", "x4", "x5", "x6",
    # Older formats flufl.bounce knows
    "legacy",
    # Generic readings
    "rfc3464",
    "rfc3834",
    "heuristic",
)


# the subpackage each format module lives in
GROUPS: dict[str, str] = {
    "feedback": "arf",
    "providers": "amazonses receivingses amazonworkmail sendgrid googlegroups gmail googleworkspace yahoo aol"
                 " outlook office365 mailru yandex gmx einsundeins zoho facebook verizon ezweb kddi nttdocomo"
                 " biglobe bigfoot",
    "gateways": "activehunter amavis barracuda interscanmss mailfoundry mailmarshalsmtp mcafee mfilter mxlogic"
                " surfcontrol messagelabs mimecast",
    "mta": "exchange2007 exchange2003 messagingserver domino notes powermta imailserver apachejames fml dragonfly"
           " opensmtpd courier exim qmail v5sendmail sendmail postfix x1 x2 x3 x4 x5 x6",
    "generic": "legacy rfc3464 rfc3834 heuristic",
}
GROUP_OF: dict[str, str] = {name: group for group, names in GROUPS.items() for name in names.split()}




@attrs.frozen
class Yield:
    """A format steps aside for ``winner`` on a message where ``when`` holds (where ``when`` is
    None: where ``winner`` recognises the message)."""

    winner: str
    when: Condition | None = None


# which format takes a message that two formats recognise (the one named first in ORDER would,
# without an entry here)
PRECEDENCE: dict[str, tuple[Yield, ...]] = {
    # Google Workspace's "Message not delivered" notice comes from Gmail's own daemons
    "gmail": (Yield("googleworkspace"),),
    # WorkMail relays through SES but writes its own layout (its X-Mailer says so)
    "amazonses": (Yield("amazonworkmail", Header("x-mailer", compile_pattern(r"\Aamazon workmail", re.I), decoded=True)),),
    # the older Exchange report: its X-Mailer or the embedded report header
    "exchange2007": (
        Yield("exchange2003", Header("x-mailer", compile_pattern(
            r"Internet Mail (?:Service|Connector)|Exchange Server Internet Mail", re.I), decoded=True)),
        Yield("exchange2003", Header("x-ms-embedded-report")),
    ),
    # the qmail clones' own opening sentences
    "qmail": (
        Yield("x2", Body(compile_pattern(r"^Unable to deliver message to the following address\(es\)\.", re.M))),
        Yield("x4", Body(compile_pattern(
            r"^Your mail message to the following address\(es\) could not be delivered\.", re.M))),
    ),
}
_PACKAGE = __name__.rpartition(".")[0]


def module_path(name: str) -> str:
    """The import path of the format module called ``name``."""
    return f"{_PACKAGE}.{GROUP_OF[name]}.{name}"


def load() -> list[Format]:
    """The formats in ORDER, each with its ``yields_to`` from PRECEDENCE. Fails loudly: a name
    with no module, a module without ``FORMAT`` or one declaring another name is an error."""
    formats: list[Format] = []
    for name in ORDER:
        module = importlib.import_module(module_path(name))
        fmt = getattr(module, "FORMAT", None)
        if not isinstance(fmt, Format):
            raise ImportError(f"{module.__name__} declares no FORMAT")
        if fmt.name != name:
            raise ImportError(f"{module.__name__} declares the format {fmt.name!r}, not {name!r}")
        formats.append(attrs.evolve(fmt, yields_to=tuple(y.winner for y in PRECEDENCE.get(name, ()))))
    return formats


class Registry:
    """The formats in order and the precedence between them, ready to pick the candidates of a
    message."""

    __slots__ = ("formats", "_steps_aside", "_gates", "_aside", "_rows")

    def __init__(self, formats: list[Format]) -> None:
        self.formats: tuple[Format, ...] = tuple(formats)
        by_name = {f.name: f for f in formats}
        unknown = [y.winner for ys in PRECEDENCE.values() for y in ys if y.winner not in ORDER]
        if unknown:
            raise ValueError(f"PRECEDENCE names formats that are not in ORDER: {unknown}")
        # per format, the conditions under which it steps aside
        self._steps_aside: dict[str, tuple[Condition, ...]] = {
            name: tuple(y.when if y.when is not None else by_name[y.winner].recognise for y in ys)
            for name, ys in PRECEDENCE.items() if name in by_name
        }
        # per format (in order), a cheap necessary condition of its recogniser (gates.py)
        self._gates = Gates([f.recognise for f in self.formats])
        self._aside: tuple[tuple[Condition, ...] | None, ...] = tuple(
            self._steps_aside.get(f.name) for f in self.formats)
        # per format, in order: the format, its gate's clauses (bit in a gate mask, literal tests),
        # its conditions for stepping aside (one tuple read per format and message)
        self._rows: tuple[tuple[Format, tuple[tuple[int, tuple[int, ...]], ...],
                                tuple[Condition, ...] | None], ...] = tuple(
            (f, self._gates.clauses[i], self._aside[i]) for i, f in enumerate(self.formats))

    def candidates(self, mail: Mail) -> Iterator[Format]:
        """The formats that recognise ``mail``, in order, without those that step aside. A format
        whose gate fails (a clause with no token of it in the message and none of its literals
        found) is not asked: its recogniser could not hold."""
        gates = self._gates
        mask = gates.token_mask(mail)
        compiled = gates.compiled
        tried: list[bool | None] | None = None
        hays: list[str | None] = []
        for fmt, clauses, aside in self._rows:
            for bit, mine in clauses:
                if mask & bit:
                    continue
                if not mine:
                    break
                if tried is None:
                    tried = [None] * len(compiled)
                    hays = gates.hays(mail)
                for t in mine:
                    ok = tried[t]
                    if ok is None:
                        # the test, inline: one word of each set in the field's text
                        slot, sets = compiled[t]
                        hay = hays[slot]
                        if hay is None:
                            hay = hays[slot] = gates.hay(mail, slot)
                        ok = True
                        if hay:  # "" where lower-casing would not show every match: passes
                            for words in sets:
                                for word in words:
                                    if word in hay:
                                        break
                                else:
                                    ok = False
                                    break
                        tried[t] = ok
                    if ok:
                        break
                else:
                    break  # no test of this clause passed
            else:
                if not fmt.recognise(mail):
                    continue
                if aside is not None and _any_holds(aside, mail):
                    continue
                yield fmt

    def read(self, mail: Mail) -> tuple[Format | None, list[Draft]]:
        """The first candidate format whose reader reads drafts from ``mail``, and the drafts."""
        for fmt in self.candidates(mail):
            try:
                drafts = fmt.read(mail)
            except RecursionError:
                raise
            except Exception:  # noqa: BLE001 - a reader surprised by odd input: not its format
                continue
            if drafts:
                return fmt, drafts
        return None, []


def _any_holds(conditions: tuple[Condition, ...], mail: Mail) -> bool:
    for c in conditions:
        if c(mail):
            return True
    return False
