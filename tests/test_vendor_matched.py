"""A vendor rule's ``matched`` is the message's own words (issue 12): the fixed sentence a format
recognised, or a field's value as the message writes it, never only the format's internal code.

For vendor-decided records of samples in tests/corpus (and of the shared Sisimai corpus when
../shared is here), ``matched`` must be found in the message's decoded text or headers (white
space runs counted as one space) and the rule must be the format's vendor rule."""
from __future__ import annotations

from pathlib import Path

import pytest

import bouncekit
from bouncekit.classify import classify
from bouncekit.mail import Mail
from bouncekit.mime import Part, decode_words, normalize_newlines, parse_message
from bouncekit.model import Reason
from bouncekit.text import MAX_MATCHED, Labels, words_at
from conftest import CORPUS, SISIMAI

# (sample, vendor rule, the words expected in matched)
SAMPLES = [
    ("barracuda/spam-blocked.eml", "vendor.barracuda.spam_detected", "blocked by our bulk email filter"),
    ("biglobe/mailbox-count.eml", "vendor.biglobe.mailbox_full", "mailbox exceeded the local limit"),
    ("exchange2007/mailbox-full-dsn.eml", "vendor.exchange2007.mailbox_full", "STOREDRV.Deliver: mailbox full"),
    ("fml/not-member.eml", "vendor.fml.sender_rejected", "are not member"),
    ("googlegroups/cannot-post.eml", "vendor.googlegroups.sender_rejected", "may not have permission to post"),
    ("imailserver/mailbox-full.eml", "vendor.imailserver.mailbox_full", "User mailbox exceeds allowed size"),
    ("kddi/mailbox-full.eml", "vendor.kddi.mailbox_full", "As their mailbox is full."),
    ("x4/child-status.eml", "vendor.x4.mailbox_full", "mailfolder is full"),
    # a field's value as written: Amazon SES's bounceSubType, PowerMTA's X-PowerMTA-BounceCategory
    ("amazonses/sns-bounce-suppressed.eml", "vendor.amazonses.suppressed", "Suppressed"),
    ("powermta/bounce-category.eml", "vendor.powermta.bad-mailbox", "bad-mailbox"),
]


def _squeezed(text: str) -> str:
    return " ".join(text.split())


def _texts(part: Part, depth: int = 0) -> list[str]:
    """Every decoded header value and text of a message, returned messages included."""
    out = [decode_words(part.headers.get(name)) or "" for name in part.headers]
    if part.is_multipart and part.children:
        for child in part.children:
            out.extend(_texts(child, depth + 1) if depth < 8 else [])
    else:
        out.append(part.text)
        if part.content_type.startswith("message/") and depth < 8:
            out.extend(_texts(part.message, depth + 1))
    return out


def message_text(raw: bytes) -> str:
    """What a reader of the message sees: its flat text, every part's text and every header."""
    mail = Mail(parse_message(normalize_newlines(raw), normalized=True))
    return _squeezed("\n".join([mail.flat, mail.text, *_texts(mail.root)]))


def vendor_records(raw: bytes) -> list[tuple[str, str | None]]:
    return [(r.rule or "", r.matched) for r in bouncekit.parse(raw).records
            if r.rule and r.rule.startswith("vendor.")]


@pytest.mark.parametrize(("sample", "rule", "words"), SAMPLES, ids=[s[0] for s in SAMPLES])
def test_matched_is_the_messages_own_words(sample: str, rule: str, words: str) -> None:
    raw = (CORPUS / sample).read_bytes()
    found = vendor_records(raw)
    assert found, sample
    text = message_text(raw)
    for got_rule, matched in found:
        assert got_rule == rule
        assert matched and words in matched, matched
        assert _squeezed(matched) in text, matched
        assert len(matched) <= MAX_MATCHED


def _check_corpus(paths: list[Path]) -> int:
    seen = 0
    for path in paths:
        raw = path.read_bytes()
        found = vendor_records(raw)
        if not found:
            continue
        text = message_text(raw)
        for rule, matched in found:
            seen += 1
            assert matched, (path.name, rule)
            assert _squeezed(matched) in text, (path.name, rule, matched)
            assert len(matched) <= MAX_MATCHED, (path.name, matched)
    return seen


def test_every_vendor_decision_in_the_corpus_quotes_the_message() -> None:
    assert _check_corpus(sorted(CORPUS.rglob("*.eml"))) >= len(SAMPLES)


def test_every_vendor_decision_in_the_shared_corpus_quotes_the_message() -> None:
    maildir = SISIMAI / "maildir"
    if not maildir.is_dir():
        pytest.skip("../shared/corpus/sisimai is not here")
    assert _check_corpus(sorted(p for p in maildir.rglob("*") if p.is_file())) > 0


def test_classify_reports_the_vendor_text_as_matched() -> None:
    c = classify("5.0.0", "550", "550 sorry", parser="facebook", vendor_code="RCP-P1", vendor_text="RCP-P1")
    assert (c.reason, c.rule, c.matched) == (Reason.USER_UNKNOWN, "vendor.facebook.rcp-p1", "RCP-P1")
    c = classify(None, None, "As their mailbox is full.", parser="kddi", vendor_code="mailbox_full",
                 vendor_text="As their mailbox is full.")
    assert (c.rule, c.matched) == ("vendor.kddi.mailbox_full", "As their mailbox is full.")
    # without the words a reader found, the code stands as before
    assert classify(None, None, "", parser="kddi", vendor_code="mailbox_full").matched == "mailbox_full"
    # a generic vendor rule as the fallback keeps its words too
    c = classify("4.4.7", None, "", parser="sendmail", vendor_code="expired",
                 vendor_text="could not be delivered for 5 days")
    assert (c.rule, c.matched) == ("vendor.sendmail.expired", "could not be delivered for 5 days")
    c = classify(None, None, "", hint=Reason.MAILBOX_FULL, vendor_text="quota exceeded")
    assert (c.rule, c.matched) == ("vendor.signal", "quota exceeded")


def test_labels_cause_gives_the_label_and_the_sentence() -> None:
    table = Labels((r"mailbox is full", "mailbox_full"))
    text = "Your mail sent on: today\nCould not be delivered to: <a@example.jp>\nAs their mailbox is full.\n"
    assert table.cause(text) == ("mailbox_full", "As their mailbox is full.")
    assert table.cause("nothing here") is None
    assert table.cause(None) is None


def test_words_at_keeps_the_match_and_stays_short() -> None:
    text = "First sentence. " + "word " * 100 + "THE MATCH " + "more " * 100 + ". Next one."
    start = text.index("THE MATCH")
    got = words_at(text, start, start + len("THE MATCH"))
    assert "THE MATCH" in got and len(got) <= MAX_MATCHED
    assert "First" not in got and "Next" not in got
    assert words_at("one.\ntwo three. four", 5, 8) == "two three."
    assert words_at("5.1.1 user unknown", 6, 10) == "5.1.1 user unknown"
