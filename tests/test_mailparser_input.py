"""parse() takes a mail-parser object (mailparser.MailParser) as it takes a Message."""
from __future__ import annotations

import email

import pytest

import bouncekit
from conftest import CORPUS

mailparser = pytest.importorskip("mailparser", reason="mail-parser is not installed (extra 'mailparser')")


@pytest.mark.parametrize("name", ["postfix/rcpt-user-unknown.eml", "postfix/delayed-two-recipients.eml",
                                  "rfc3464/global-delivery-status.eml"])
def test_mailparser_object_gives_the_records_of_the_bytes(name: str) -> None:
    path = CORPUS / name
    raw = path.read_bytes()
    want = bouncekit.parse(email.message_from_bytes(raw), source="x")
    for obj in (mailparser.parse_from_file(str(path)), mailparser.parse_from_bytes(raw)):
        got = bouncekit.parse(obj, source="x")
        assert got.records == want.records
        assert got.records[0].recipient


def test_empty_mailparser_object_is_an_error_record() -> None:
    report = bouncekit.parse(mailparser.MailParser())
    assert report.kind is bouncekit.Kind.ERROR and "mail-parser" in (report.error or "")
