"""Dispatch gates (formats/gates.py): a gate is a necessary condition of its format's recogniser,
so a format it keeps out could never have recognised the message; and the gates keep most
formats out, so dispatch asks few recognisers."""
from __future__ import annotations

import re
from pathlib import Path

from bouncekit import core
from bouncekit.formats import gates, registry, spec
from bouncekit.mail import Mail
from bouncekit.mime import normalize_newlines, parse_message
from conftest import CORPUS

SYNTHETIC = [
    # caseless patterns against text lower() changes ("İ" grows, "ſ" matches "s"): gates must let it in
    b"From: MAILER-DAEMON@example.org\nSubject: Undelivered Mail Returned to Sender \xc4\xb0\n\nbody\n",
    "From: postmaster@example.org\nSubject: =?utf-8?q?Returned_mail=3A_\u017fee_transcript?=\n\nx\n".encode(),
    b"From: x@example.org\nSubject: hello\n\n",  # nothing of any format
    b"Subject: \n\n",
    b"X-Failed-Recipients: a@example.net\nFrom: Mail Delivery System <Mailer-Daemon@example.org>\n\n"
    b"This message was created automatically by mail delivery software.\n",
]


def _mails(root: Path | None) -> list[Mail]:
    raws: list[bytes] = list(SYNTHETIC)
    raws += [p.read_bytes() for p in sorted(CORPUS.rglob("*.eml"))]
    if root is not None:
        raws += [p.read_bytes() for p in sorted((root / "maildir").iterdir()) if p.is_file()]
    return [Mail(parse_message(normalize_newlines(r), normalized=True)) for r in raws]


def _check(reg: registry.Registry, mails: list[Mail]) -> tuple[int, int]:
    asked = kept_out = 0
    g = reg._gates
    for mail in mails:
        for i, fmt in enumerate(reg.formats):
            if g.passes(mail, i):
                asked += 1
            else:
                kept_out += 1
                assert not fmt.recognise(mail), f"{fmt.name}'s gate kept out a message it recognises"
    return asked, kept_out


def test_gates_never_keep_out_a_recognised_message(sisimai_dir: Path) -> None:
    mails = _mails(sisimai_dir)
    asked, kept_out = _check(core._FORMATS, mails)
    _check(core._LAST_RESORT, mails)
    # and they do keep most formats out: fewer than a quarter of the recognisers are asked
    assert asked < (asked + kept_out) / 4, (asked, kept_out)


def test_candidates_are_what_the_recognisers_alone_give() -> None:
    reg = core._FORMATS
    for mail in _mails(None):
        alone = [f.name for i, f in enumerate(reg.formats) if f.recognise(mail)
                 and not (reg._aside[i] and registry._any_holds(reg._aside[i], mail))]  # type: ignore[arg-type]
        assert [f.name for f in reg.candidates(mail)] == alone


def test_gate_of_declarations() -> None:
    subject = spec.Subject(re.compile(r"^Undeliverable Mail:\s", re.I))
    header = spec.Header("x-mailer", re.compile("foo"))
    g = gates.gate_of(spec.All(spec.HasPart(("message/delivery-status",)), subject))
    assert g is not None and not g.tokens and g.literals == (("subject", (("undeliverable mail:",),), True),)
    g = gates.gate_of(spec.AnyOf(header, spec.Header("x-other")))
    assert g is not None and g.tokens == {"h:x-other"} and g.literals[0][0] == ("h", "x-mailer", False)
    # what a gate cannot say: the format is always asked
    assert gates.gate_of(spec.Not(subject)) is None
    assert gates.gate_of(spec.AnyOf(subject, spec.Check(lambda m: True))) is None
    # every item of a sequence is necessary: both the local part and the domain are tested
    g = gates.gate_of(spec.Sender(re.compile(r"^mailer-daemon@(?:[\w-]+\.)*example\.(?:com|net)$")))
    assert g is not None
    sets = g.literals[0][1]
    assert ("mailer-daemon@",) in sets and ("example.",) in sets


def test_gate_clauses_are_a_conjunction() -> None:
    daemon = spec.Sender(re.compile(r"\Amailer-daemon@"))
    subject = spec.Subject(re.compile(r"^Delivery failure", re.I))
    body = spec.Body(re.compile(r"^Your message could not be delivered"))
    # All: each condition's gate is necessary, so each is a clause of the whole
    clauses = gates.clauses_of(spec.All(daemon, subject))
    assert clauses is not None and len(clauses) == 2
    assert {c.literals[0][0] for c in clauses} == {"from_address", "subject"}
    # AnyOf over All: one clause of each side, united, for every pick
    clauses = gates.clauses_of(spec.AnyOf(spec.All(daemon, subject), spec.All(spec.Header("x-vendor"), body)))
    assert clauses is not None and len(clauses) == 3  # the cheapest picks of the four
    assert all(len(c.literals) + len(c.tokens) == 2 for c in clauses)
    # a report type is a clause of its own, on the parameter's value
    clauses = gates.clauses_of(spec.ContentType(("multipart/report",), report_type="feedback-report"))
    assert clauses is not None and clauses[0].tokens == {"ct:multipart/report"}
    assert clauses[1].literals == ((("param", "report-type"), (("feedback-report",),), True),)
    g = gates.gate_of(spec.Param("boundary", re.compile("=_vendor_")))
    assert g is not None and g.literals[0][0] == ("param", "boundary")
    # an unknown condition inside All leaves the others' clauses; inside AnyOf, no gate
    assert gates.clauses_of(spec.All(spec.Check(lambda m: True), subject)) is not None
    assert gates.clauses_of(spec.AnyOf(spec.Check(lambda m: True), subject)) is None


def test_caseless_literals_keep_characters_without_case() -> None:
    # IGNORECASE matches a character that has no case (CJK, digits) as itself: a usable literal
    g = gates.gate_of(spec.Subject(re.compile(r"^(?:Undeliverable|配信不能)\s*:", re.I)))
    assert g is not None and ("undeliverable", "配信不能") in g.literals[0][1]


def test_dispatch_asks_few_recognisers(sisimai_dir: Path) -> None:
    # of the 70-odd formats, the conjunctive gates let about five a message through (13.5 when a
    # gate was one clause); dispatch stops at the first that recognises it
    mails = _mails(sisimai_dir)
    asked = sum(1 for m in mails for i in range(len(core._FORMATS.formats)) if core._FORMATS._gates.passes(m, i))
    assert asked < 7 * len(mails), asked / len(mails)
