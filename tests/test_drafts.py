"""Readers return what they read and never write into the message: the returned original a
reader finds travels back with its drafts (formats.drafts.Drafts), and core reads its headers."""
from __future__ import annotations

from pathlib import Path

import attrs
import pytest

from bouncekit import parse
from bouncekit.core import _FORMATS
from bouncekit.formats.drafts import Drafts, original_of, with_original
from bouncekit.mail import Draft, Mail
from bouncekit.mime import normalize_newlines, parse_message

CORPUS = Path(__file__).parent / "corpus"
SAMPLES = sorted(CORPUS.rglob("*.eml"))


def _mail(path: Path) -> Mail:
    return Mail(parse_message(normalize_newlines(path.read_bytes()), normalized=True))


def _state(mail: Mail) -> tuple[object, ...]:
    # what a reader could change: the headers, the parts and the words of the message
    leaves = mail.leaves
    return (list(mail.headers.raw_items()), mail.subject, mail.from_address,
            [(p.content_type, list(p.headers.raw_items()), p.raw_body) for p in leaves])


def test_with_original_wraps_only_when_found() -> None:
    drafts = [Draft(recipient="a@example.org")]
    assert with_original(drafts, None) is drafts and original_of(drafts) is None
    found = with_original(drafts, "Subject: x\n")
    assert isinstance(found, Drafts) and found == drafts and original_of(found) == "Subject: x\n"


def test_mail_keeps_no_slot_for_readers_to_fill() -> None:
    mail = _mail(CORPUS / "yahoo" / "two-recipients.eml")
    assert not hasattr(mail, "original_text")


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: str(p.relative_to(CORPUS)))
def test_reading_leaves_the_message_as_it_was(path: Path) -> None:
    mail = _mail(path)
    before = _state(mail)
    fmt, drafts = _FORMATS.read(mail)
    assert _state(mail) == before
    # read again from the same Mail: the same drafts and the same original, nothing left behind
    fmt2, again = _FORMATS.read(mail)
    assert fmt2 is fmt
    assert [attrs.asdict(d) for d in again] == [attrs.asdict(d) for d in drafts]
    assert original_of(again) == original_of(drafts)


def test_quoted_original_reaches_the_report() -> None:
    # Yahoo quotes the original after "--- Below this line is a copy of the message.": its reader
    # returns that text, and the report's original headers come from it
    path = CORPUS / "yahoo" / "two-recipients.eml"
    fmt, drafts = _FORMATS.read(_mail(path))
    assert fmt is not None and fmt.name == "yahoo"
    original = original_of(drafts)
    assert original is not None and "Subject: Bread order" in original
    report = parse(path.read_bytes())
    assert report.original_headers.get("subject") == "Bread order"
