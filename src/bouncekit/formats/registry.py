"""The format registry: one module per format, tried in this order.

Each module has ``NAME``, a cheap ``match(mail) -> bool`` and ``parse(mail) -> list[Draft]``
(empty when the message is not its format after all; an exception counts the same, so a parser
surprised by odd input lets the next one try). Specific vendors come first, the RFC 3464 generic
parser next, then auto-replies, and a text heuristic last.
"""
from __future__ import annotations

import importlib
from types import ModuleType

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
_PACKAGE = __name__.rpartition(".")[0]


def module_path(name: str) -> str:
    """The import path of the format module called ``name``."""
    return f"{_PACKAGE}.{GROUP_OF[name]}.{name}"


def load() -> list[ModuleType]:
    """The format modules in ORDER; a name with no module yet is skipped."""
    mods = []
    for name in ORDER:
        path = module_path(name)
        try:
            mods.append(importlib.import_module(path))
        except ModuleNotFoundError as exc:
            if exc.name != path:
                raise
    return mods
