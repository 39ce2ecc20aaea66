"""Microsoft Exchange Online (Office 365) non-delivery reports: "Undeliverable: ..." from
postmaster@ the tenant's domain, sent through Exchange Online Protection, which stamps its own
X-MS-Exchange-CrossTenant-*, X-MS-Office365-*, X-Forefront-Antispam-Report / X-Microsoft-Antispam
headers and Message-IDs of ``*.prod.outlook.com`` / ``*.prod.exchangelabs.com``. The text is
Exchange's ("Delivery has failed to these recipients or groups:" with "Diagnostic information
for administrators:", or since 2017 "Your message to x couldn't be delivered." with "Error
Details" / "Reported error: 550 5.4.1 Recipient address rejected: Access denied. AS(201806281)"),
read by the shared Exchange reader."""
from __future__ import annotations

import re

from ..._patterns import compile_pattern
from ...mail import Draft, Mail
from ..layouts.exchange import SUBJECT, read_ndr
from ..spec import All, AnyOf, Format, Header, HeaderName, Sender, Subject

NAME = "office365"

# headers only Exchange Online writes
_TENANT_HEADER = compile_pattern(r"^x-ms-(?:exchange-crosstenant-|office365-|exchange-transport-crosstenant)|"
                            r"^x-forefront-antispam-report$|^x-microsoft-antispam|^x-ms-traffictypediagnostic$",
                            re.I)
_EXO_HOST = compile_pattern(r"\.(?:prod\.outlook\.com|prod\.exchangelabs\.com|protection\.outlook\.com)\b", re.I)
_DAEMON = compile_pattern(r"^(?:postmaster|mailer-daemon|microsoftexchange[0-9a-f]*)@", re.I)


def parse(mail: Mail) -> list[Draft]:
    return read_ndr(mail)


FORMAT = Format(
    NAME,
    All(AnyOf(Header("x-ms-exchange-message-is-ndr"), All(Subject(SUBJECT), Sender(_DAEMON))),
        AnyOf(HeaderName(_TENANT_HEADER), Header("message-id", _EXO_HOST, decoded=True))),
    parse,
)
