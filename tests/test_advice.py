"""bouncekit.advice: text for every reason, category and language; details filled; wording that
agrees with the severity; `explain --lang` over the shared corpus; the doc table up to date."""
from __future__ import annotations

import re
import subprocess
import sys

import pytest

import bouncekit
from bouncekit.advice import LANGUAGES, Advice, Stops, advice, catalogue, resolve_lang, stops_automatically
from bouncekit.model import Category, Kind, Reason, Record, Severity
from conftest import ROOT
from test_cli import BK

# words that promise a later success: never on a hard reason (per language, lower-cased stems)
TEMPORARY_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("temporar", "later", "try again", "passing problem", "will go through", "gets through"),
    "fr": ("temporaire", "plus tard", "ultérieurement", "passager", "nouvelle tentative"),
    "uk": ("тимчасов", "пізніше", "згодом", "наступна спроба", "наступної спроби"),
    "ru": ("временн", "позже", "позднее", "следующая попытка", "следующей попытки"),
}


def _keys(data: object, prefix: str = "") -> set[str]:
    if isinstance(data, dict):
        return set().union(*(_keys(v, f"{prefix}.{k}") for k, v in data.items())) | {prefix}
    return {prefix}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_reason_and_category_has_text(lang: str) -> None:
    texts = catalogue(lang)
    assert set(texts["reason"]) == {r.value for r in Reason}
    assert set(texts["category"]) == {c.value for c in Category}
    for reason in Reason:
        a = advice(reason, lang)
        assert isinstance(a, Advice) and a.lang == lang and a.reason is reason and a.category is reason.category
        for text in (a.title, a.explanation, a.next_step, a.stops_text):
            assert text.strip() and "{" not in text and "}" not in text, (reason, text)
    # the same keys as English: a translation never drops an entry
    assert _keys(texts) == _keys(catalogue("en"))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_temporary_wording_on_a_hard_reason(lang: str) -> None:
    words = TEMPORARY_WORDS[lang]
    for reason in Reason:
        if reason.severity is not Severity.HARD:
            continue
        a = advice(reason, lang)
        text = " ".join((a.title, a.explanation, a.next_step, a.stops_text)).lower()
        found = [w for w in words if w in text]
        assert not found, (lang, reason, found)


def test_the_word_lists_catch_soft_wording() -> None:
    # the check above can fail: each language's soft texts do use the words
    for lang, words in TEMPORARY_WORDS.items():
        text = " ".join(str(advice(r, lang)) for r in (Reason.SYSTEM_ERROR, Reason.NETWORK_ERROR)).lower()
        assert any(w in text for w in words), lang


def test_languages_differ_and_read_natively() -> None:
    en, fr, uk, ru = (advice(Reason.MAILBOX_FULL, code) for code in LANGUAGES)
    assert len({en.explanation, fr.explanation, uk.explanation, ru.explanation}) == 4
    assert fr.title == "Boîte de réception pleine" and "libérer de l'espace" in fr.next_step
    assert re.search("[а-яіїєґ]", uk.explanation) and "і" in uk.explanation  # Ukrainian letters
    assert re.search("[ыэъ]", ru.explanation + ru.next_step)  # Russian letters
    assert "free space" in en.next_step


RECORD = Record(source="x.eml", kind=Kind.BOUNCE, recipient="lea@example.org", status="5.2.2",
                reply_code="552", reason=Reason.MAILBOX_FULL, category=Category.MAILBOX_FULL,
                severity=Severity.SOFT, diagnostic="552 5.2.2 Mailbox {quota} exceeded",
                remote_mta="mx.example.org", timestamp="2026-11-22T10:00:00+00:00")


@pytest.mark.parametrize("lang,date", [("en", "22 November 2026"), ("fr", "22 novembre 2026"),
                                       ("uk", "22 листопада 2026 р."), ("ru", "22 ноября 2026 г.")])
def test_record_details_are_filled(lang: str, date: str) -> None:
    a = advice(RECORD, lang)
    assert "552 5.2.2 Mailbox {quota} exceeded" in a.explanation  # the server's words, braces kept as given
    assert "mx.example.org" in a.explanation and date in a.explanation
    assert a.explanation.startswith(advice(Reason.MAILBOX_FULL, lang).explanation)
    assert "{diagnostic}" not in a.explanation and "{host}" not in a.explanation and ".." not in a.explanation
    bare = advice(RECORD, lang, details=False)
    assert bare.explanation == advice(Reason.MAILBOX_FULL, lang).explanation


def test_long_server_text_is_cut_and_odd_dates_kept() -> None:
    rec = Record(source="x", kind=Kind.BOUNCE, reason=Reason.USER_UNKNOWN, diagnostic="x" * 5000,
                 timestamp="yesterday")
    a = advice(rec)
    assert len(a.explanation) < 600 and "…" in a.explanation and "yesterday" in a.explanation
    assert advice(Record(source="x", kind=Kind.ERROR)).reason is Reason.UNKNOWN


def test_feedback_type_has_its_own_text() -> None:
    rec = Record(source="x", kind=Kind.COMPLAINT, reason=Reason.COMPLAINT, feedback_type="fraud")
    assert "fraud or phishing" in advice(rec).explanation
    assert "hameçonnage" in advice(rec, "fr").explanation
    abuse = Record(source="x", kind=Kind.COMPLAINT, reason=Reason.COMPLAINT, feedback_type="abuse")
    assert "marked the letter as spam" in advice(abuse).explanation


def test_stops_follows_the_policy() -> None:
    assert stops_automatically(Reason.USER_UNKNOWN) is Stops.NOW
    assert stops_automatically("host_unknown") is Stops.NOW
    assert stops_automatically(Reason.MAILBOX_FULL) is Stops.IF_REPEATED
    assert stops_automatically(Reason.BLOCKED) is Stops.NO  # the sender's problem: the address is fine
    assert stops_automatically(Reason.AUTH_FAILURE) is Stops.NO
    assert stops_automatically(Reason.DELIVERED) is Stops.NO
    assert advice(Reason.COMPLAINT).stops is Stops.NOW
    assert advice(Reason.USER_UNKNOWN, "ru").stops_text == catalogue("ru")["stops"]["now"]


def test_language_choice() -> None:
    assert resolve_lang("fr") == "fr" and resolve_lang("fr_FR") == "fr" and resolve_lang("uk-UA") == "uk"
    assert resolve_lang(None, {"LANG": "ru_RU.UTF-8"}) == "ru"
    assert resolve_lang(None, {"LANG": "C.UTF-8"}) == "en" and resolve_lang(None, {}) == "en"
    with pytest.raises(ValueError, match="supported: en, fr, uk, ru"):
        advice(Reason.UNKNOWN, "de")
    with pytest.raises(ValueError):
        advice("no_such_reason")
    assert bouncekit.advice is advice and bouncekit.Advice is Advice


def test_advice_is_frozen() -> None:
    a = advice(Reason.UNKNOWN)
    with pytest.raises(AttributeError):
        a.title = "x"  # type: ignore[misc]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_explain_lang_over_the_shared_corpus(sisimai_dir, lang: str) -> None:
    files = sorted(str(p) for p in (sisimai_dir / "maildir").rglob("*.eml"))
    assert len(files) > 400
    p = subprocess.run([*BK, "explain", "--lang", lang, *files], capture_output=True, text=True,
                       timeout=120, env={"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"})
    assert p.returncode == 0, p.stderr[-2000:]
    assert "Traceback" not in p.stderr and "KeyError" not in p.stderr
    titles = {catalogue(lang)["category"][c.value]["title"] for c in Category}
    advice_lines = [line for line in p.stdout.splitlines() if line.startswith("  advice:")]
    assert len(advice_lines) > 400
    assert all(line.split(":", 1)[1].strip() in titles for line in advice_lines)


def test_explain_lang_from_env_and_bad_lang() -> None:
    f = str(ROOT / "tests" / "corpus" / "postfix" / "rcpt-user-unknown.eml")
    p = subprocess.run([*BK, "explain", f], capture_output=True, text=True, timeout=60,
                       env={"PATH": "/usr/bin:/bin", "LANG": "fr_FR.UTF-8"})
    assert p.returncode == 0 and "Adresse inexistante" in p.stdout
    p = subprocess.run([*BK, "explain", "--lang", "xx", f], capture_output=True, text=True, timeout=60)
    assert p.returncode == 2 and p.stderr.count("\n") == 1 and "unsupported language" in p.stderr


def test_doc_table_is_up_to_date() -> None:
    p = subprocess.run([sys.executable, str(ROOT / "scripts" / "advice_doc.py"), "--check"],
                       capture_output=True, text=True, timeout=60)
    assert p.returncode == 0, p.stderr
