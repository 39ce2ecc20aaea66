"""Property tests: parse() never raises, and a DSN built from random values reads back exactly."""
from __future__ import annotations

import os
import random
import string
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import bouncekit
from bouncekit import Kind
from bouncekit.mail import INLINE_ORIGINAL as _INLINE
from bouncekit.mail import inline_original_end as _inline_end
from bouncekit.mime import Headers as _Headers
from bouncekit.mime import _read_fields
from bouncekit.model import RECORD_FIELDS
from conftest import CORPUS

# moderate by default to keep the suite fast; BOUNCEKIT_HYPOTHESIS_EXAMPLES=2000 for a deeper run
EXAMPLES = int(os.environ.get("BOUNCEKIT_HYPOTHESIS_EXAMPLES", "60"))
SETTINGS = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SEEDS = [p.read_bytes() for p in sorted(CORPUS.rglob("*.eml"))] or [b"Subject: x\n\nbody\n"]


def _check_report(report: bouncekit.Report, source: str = "-") -> None:
    assert report.records, "every message yields at least one record"
    assert report.source == source
    for d in report.to_dicts():
        assert tuple(d) == RECORD_FIELDS
        assert d["source"] == source
    if report.kind is Kind.ERROR:
        assert report.error


@SETTINGS
@given(st.binary(max_size=4096))
def test_parse_never_raises_on_arbitrary_bytes(data: bytes):
    _check_report(bouncekit.parse(data))


@SETTINGS
@given(st.text(max_size=2000))
def test_parse_never_raises_on_arbitrary_text(data: str):
    _check_report(bouncekit.parse(data))


_MUTATIONS = ("delete", "insert", "replace", "truncate", "duplicate", "swap_lines", "strip_newlines")


def _mutate(data: bytes, rnd: random.Random, steps: int) -> bytes:
    b = bytearray(data)
    for _ in range(steps):
        if not b:
            b = bytearray(rnd.randbytes(rnd.randint(1, 50)))
        op = rnd.choice(_MUTATIONS)
        i = rnd.randrange(len(b))
        j = min(len(b), i + rnd.randint(1, 200))
        if op == "delete":
            del b[i:j]
        elif op == "insert":
            b[i:i] = rnd.choice([rnd.randbytes(rnd.randint(1, 40)), b"\n--", b"\n\n", b"Content-Type: multipart/mixed;"
                                 b" boundary=\"x\"\n", b"=?utf-8?b?////?=", b"\r", b"\x00", b"\nFrom x\n",
                                 b"Content-Transfer-Encoding: base64\n", b"=\n", b"=ZZ"])
        elif op == "replace":
            b[i:j] = rnd.randbytes(j - i)
        elif op == "truncate":
            del b[i:]
        elif op == "duplicate":
            b[i:i] = b[i:j] * rnd.randint(2, 20)
        elif op == "swap_lines":
            lines = bytes(b).split(b"\n")
            rnd.shuffle(lines)
            b = bytearray(b"\n".join(lines))
        else:
            b = bytearray(bytes(b).replace(b"\n", b"", rnd.randint(1, 5)))
    return bytes(b)


@SETTINGS
@given(st.sampled_from(range(len(SEEDS))), st.randoms(use_true_random=False), st.integers(1, 8))
def test_parse_never_raises_on_mutated_messages(index: int, rnd: random.Random, steps: int):
    data = _mutate(SEEDS[index], rnd, steps)
    _check_report(bouncekit.parse(data, source="m.eml"), "m.eml")


# --- a DSN built from random values ---------------------------------------------------------------

LOCAL = st.from_regex(r"[a-z0-9](?:[a-z0-9_+-]{0,10}[a-z0-9])?(?:\.[a-z0-9]{1,8})?", fullmatch=True)
DOMAIN = st.builds(lambda a, b, tld: f"{a}.{b}.{tld}",
                   st.from_regex(r"[a-z](?:[a-z0-9-]{0,8}[a-z0-9])?", fullmatch=True),
                   st.sampled_from(["example", "test", "invalid"]), st.sampled_from(["com", "org", "net", "jp"]))
ADDRESS = st.builds(lambda local, d: f"{local}@{d}", LOCAL, DOMAIN)
STATUS = st.builds(lambda c, s, d: f"{c}.{s}.{d}", st.sampled_from("45"), st.integers(0, 7), st.integers(0, 9))
REPLY = st.sampled_from(["421", "450", "451", "452", "550", "551", "552", "553", "554"])
WORD = st.text(alphabet=string.ascii_letters, min_size=1, max_size=12)
TEXT = st.lists(WORD, min_size=1, max_size=25).map(" ".join)
ACTION = st.sampled_from(["failed", "delayed"])


@st.composite
def recipients(draw: st.DrawFn) -> list[dict[str, str]]:
    addrs = draw(st.lists(ADDRESS, min_size=1, max_size=4, unique_by=str.lower))
    out = []
    for a in addrs:
        status = draw(STATUS)
        reply = draw(REPLY)
        # the reply code's class matches the status class, as servers write them
        reply = status[0] + reply[1:]
        out.append({"recipient": a, "status": status, "reply_code": reply, "text": draw(TEXT),
                    "action": draw(ACTION)})
    return out


def _fold(value: str, width: int = 60) -> str:
    """Fold a long field value at spaces, as RFC 5322 allows."""
    out, line = [], ""
    for word in value.split(" "):
        if line and len(line) + 1 + len(word) > width:
            out.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    out.append(line)
    return "\n    ".join(out)


def build_dsn(rcpts: list[dict[str, str]]) -> bytes:
    groups = []
    for r in rcpts:
        diag = f"{r['reply_code']} {r['status']} {r['text']}"
        groups.append(
            f"Final-Recipient: rfc822; {r['recipient']}\n"
            f"Action: {r['action']}\n"
            f"Status: {r['status']}\n"
            f"Remote-MTA: dns; mx.remote.example.net\n"
            f"Diagnostic-Code: smtp; {_fold(diag)}\n")
    return (
        "Return-Path: <>\n"
        "Date: Mon, 01 Jan 2024 10:00:00 +0000\n"
        "From: Mail System <postmaster@mx.sender.example.org>\n"
        "To: someone@sender.example.org\n"
        "Subject: Delivery report\n"
        "MIME-Version: 1.0\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="prop-b"\n'
        "\n"
        "--prop-b\n"
        "Content-Type: text/plain\n"
        "\n"
        "Delivery report.\n"
        "\n"
        "--prop-b\n"
        "Content-Type: message/delivery-status\n"
        "\n"
        "Reporting-MTA: dns; mx.sender.example.org\n"
        "\n" + "\n".join(groups) + "\n"
        "--prop-b--\n"
    ).encode("utf-8")


@SETTINGS
@given(recipients())
def test_generated_dsn_reads_back(rcpts: list[dict[str, str]]):
    report = bouncekit.parse(build_dsn(rcpts))
    got = report.to_dicts()
    assert len(got) == len(rcpts), got
    for g, r in zip(got, rcpts):
        assert g["recipient"] == r["recipient"]
        assert g["status"] == r["status"]
        assert g["reply_code"] == r["reply_code"]
        assert g["diagnostic"] == f"{r['reply_code']} {r['status']} {r['text']}"
        assert g["diagnostic_type"] == "smtp"
        assert g["action"] == r["action"]
        assert g["kind"] == ("bounce" if r["action"] == "failed" else "delay")
        assert g["remote_mta"] == "mx.remote.example.net"
        assert g["reporting_mta"] == "mx.sender.example.org"
        assert g["reason"] is not None and g["category"] is not None and g["severity"] in ("hard", "soft")
    want_kind = "bounce" if any(r["action"] == "failed" for r in rcpts) else "delay"
    assert report.kind.value == want_kind


@SETTINGS
@given(recipients(), st.sampled_from(["\r\n", "\r"]))
def test_generated_dsn_line_endings_agree(rcpts: list[dict[str, str]], newline: str):
    lf = build_dsn(rcpts)
    other = lf.replace(b"\n", newline.encode())
    assert bouncekit.parse(other, source="x").to_dicts() == bouncekit.parse(lf, source="x").to_dicts()


@SETTINGS
@given(st.sampled_from(range(len(SEEDS))), st.sampled_from(["\r\n", "\r"]))
def test_corpus_line_endings_agree(index: int, newline: str):
    lf = SEEDS[index].replace(b"\r\n", b"\n")
    other = lf.replace(b"\n", newline.encode())
    assert bouncekit.parse(other, source="x").to_dicts() == bouncekit.parse(lf, source="x").to_dicts()


def test_seeds_exist():
    assert len(SEEDS) >= 30 and all(isinstance(s, bytes) for s in SEEDS)
    assert Path(CORPUS).is_dir()


# --- the deferred header map answers exactly as the fully read one ---------------------------


_NAMES = st.sampled_from(["From", "To", "Subject", "Message-ID", "Content-Type", "X-Test", "from", "SUBJECT"])
_VALUES = st.text(alphabet=st.sampled_from(list("abc xyz;=<>@.:-\t")), max_size=30)


@st.composite
def _header_blocks(draw):  # type: ignore[no-untyped-def]
    lines = []
    for _ in range(draw(st.integers(0, 8))):
        name, value = draw(_NAMES), draw(_VALUES)
        sep = draw(st.sampled_from([":", ": ", " : ", ":\t"]))
        lines.append(f"{name}{sep}{value}")
        if draw(st.booleans()):
            lines.append(draw(st.sampled_from(["  folded more", "\tand more", "boundary=xyz", "not a header"])))
    return "\n".join(lines)


@given(_header_blocks(), st.lists(_NAMES, max_size=12))
def test_deferred_headers_match_eager_reading(block: str, asked: list[str]) -> None:
    eager = _Headers(_read_fields(block))
    lazy = _Headers.deferred(block)
    for name in asked:
        assert lazy.get(name) == eager.get(name), (block, name)
    assert list(lazy.raw_items()) == list(eager.raw_items())


# --- the fast inline-original finder agrees with the documented pattern ------------------------

_MARKER_LINES = st.sampled_from([
    "  ---- Original message follows ----\n", "|original message follows\n", "x original message follows\n",
    "-- the original message was\n", "Content-Type: message/rfc822\n", "hello there\n", "=== Message text follows\n",
    " \t-_ below this line is a copy of the message.\n", "------ original message ------\n",
    "ORIGINAL MESSAGE FOLLOWS", "Unsent message follows\n", "the text of the original message:\n",
])


@given(st.lists(_MARKER_LINES, max_size=6))
def test_inline_original_end_agrees_with_the_pattern(lines: list[str]) -> None:
    text = "".join(lines)
    m = _INLINE.search(text)
    assert _inline_end(text, text.lower()) == (m.end() if m else None)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=" \t\nab:;=\r\x0b", max_size=40))
def test_unfold_is_the_regex_it_replaces(value):
    import re

    from bouncekit.mime import unfold

    assert unfold(value) == re.sub(r"[ \t]*\n[ \t]*", " ", value).strip()


@SETTINGS
@given(st.lists(st.tuples(st.text(alphabet=string.ascii_letters + "-", min_size=1, max_size=8),
                          st.text(alphabet=string.printable, max_size=30)), max_size=6))
def test_record_json_is_json_dumps(fields):
    import json

    rec = bouncekit.Record(source="x", kind=Kind.BOUNCE, diagnostic=" ".join(f"{k}: {v}" for k, v in fields) or None,
                           subject="\u00e9\u3042\ud800" if fields else None)
    assert rec.to_json() == json.dumps(rec.to_dict(), ensure_ascii=False)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet='ab ;="\\\t\n*.-', max_size=40))
def test_content_type_parameters_read_as_before(value):
    import re

    from bouncekit.mime import _PARAM

    before = re.compile(r';\s*([\w.\-*]+)\s*=\s*("(?:[^"\\]|\\.)*"?|[^;\s]*)')
    assert [m.groups() for m in _PARAM.finditer(value)] == [m.groups() for m in before.finditer(value)]


def _field_groups_by_regex(text):
    """parse_field_groups as it was written with a regex per line: the reference."""
    import re

    field = re.compile(r"^([A-Za-z][A-Za-z0-9-]*)[ \t]*:[ \t]*(.*)$")
    groups, items, seen = [], [], set()

    def close():
        nonlocal items, seen
        if items:
            groups.append(items)
        items, seen = [], set()

    for line in text.split("\n"):
        if not line.strip():
            close()
            continue
        if line[0] in " \t":
            if items:
                n, v = items[-1]
                items[-1] = (n, (v + " " + line.strip()).strip())
            continue
        m = field.match(line)
        if not m:
            continue
        name = m.group(1).lower()
        if name in seen and name in ("final-recipient", "action", "status"):
            close()
        if name == "final-recipient" and "original-recipient" in seen and "final-recipient" in seen:
            close()
        seen.add(name)
        items.append((m.group(1), m.group(2).strip()))
    close()
    return groups


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(
    st.sampled_from(["Final-Recipient: rfc822; a@b.c", "Action: failed", "Status: 5.1.1", "Original-Recipient: x",
                     "", " folded", "\tmore", "X-Y : z", "Bad Name: v", "-x: y", "a--: b", "9a: b", "\u00e9t\u00e9: x",
                     "Name:", "Name:\tv\t", ":v", "Final-Recipient:  <b@c.d> "]),
    st.text(alphabet="aZ9-: \t;", max_size=12)), max_size=12))
def test_field_groups_read_as_by_the_regex(lines):
    from bouncekit.dsn import parse_field_groups

    text = "\n".join(lines)
    assert [g.raw_items() for g in parse_field_groups(text)] == _field_groups_by_regex(text)


_SENDMAIL_BITS = ["----- The following addresses had permanent fatal errors -----", "The following addresses had ",
                  "  --- The following addresses had delivery problems ---  ", "-The following addresses had transient "
                  "non-fatal errors-", "<a@b.c>", "Could not be delivered for 5 days", "cannot send message for 4 hours",
                  "CANNOT SEND MESSAGE FOR 1 HOURS", "delivered for ", "\u0130", "\u017f", "x", " ", "-", "\t"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_SENDMAIL_BITS), max_size=10), st.lists(st.sampled_from(["", "\n", " "]), max_size=10))
def test_sendmail_gated_searches_agree_with_the_patterns(bits, seps):
    from bouncekit.formats.layouts import sendmail

    text = "".join(b + (seps[i] if i < len(seps) else "\n") for i, b in enumerate(bits))
    assert [m.span() for m in sendmail._list_headings(text)] == [m.span() for m in sendmail.LIST.finditer(text)]
    assert sendmail.queue_timed_out(text) == (sendmail.QUEUE_TIMEOUT.search(text) is not None)


def test_record_json_with_odd_values_is_json_dumps():
    import json

    from bouncekit import Action, Reason

    for rec in (bouncekit.Record(source="a:1", kind=Kind.BOUNCE, reply_code=550, action=Action.FAILED),  # type: ignore[arg-type]
                bouncekit.Record(source="x", kind=Kind.DELAY, reason=Reason.EXPIRED, status="bounce",
                                 diagnostic='quote " back\\slash \x00 \u2028 \ud800 %s %d')):
        assert rec.to_json() == json.dumps(rec.to_dict(), ensure_ascii=False)


_STAGE_BITS = ["after", "AFTER ", "in reply to ", "Response To", ">>> ", "[", "the ", "RCPT TO", "rcpt_to", "Mail From",
               "end of DATA", "data", "HELO", "ehlo", "initial connection", "Connection", "greeting", "banner",
               "STARTTLS", "auth", " ", "x", ":", "550 ", "\u0130", "\u017f", "\u00e9"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_STAGE_BITS), max_size=8))
def test_smtp_stage_reads_as_the_caseless_pattern(bits):
    from bouncekit.classify.engine import _COMMAND_IN_TEXT, _COMMAND_WORD, smtp_stage

    text = "".join(bits)
    m = _COMMAND_IN_TEXT.search(text)
    assert smtp_stage(None, text) == (_COMMAND_WORD[m.group("cmd").lower().replace("_", " ")] if m else None)


_REPORT_END_BITS = ["Content-Type: message/rfc822", "content-type:\ttext/rfc822-headers", "CONTENT-TYPE: text/plain",
                    "Reporting-MTA: dns; x", "reporting-mta :", "Final-Recipient:", "FINAL-RECIPIENT\t:", "  -- Undelivered "
                    "message follows", "--Returned message headers follow", "--- Delayed message follows", "follow",
                    "Transcript of session follows", "\u0130", "\u0131", "\u017f", "x", " ", "-", "\t", "\n"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_REPORT_END_BITS), max_size=12), st.lists(st.sampled_from(["", "\n", " "]), max_size=12))
def test_line_search_finds_what_the_search_finds(bits, seps):
    from bouncekit.formats.mta import postfix
    from bouncekit.formats.spec import Search

    text = "".join(b + (seps[i] if i < len(seps) else "\n") for i, b in enumerate(bits))
    m = postfix._REPORT_END.search(text)
    got = Search(postfix._REPORT_END).search(text, text.lower())
    assert (got and got.span()) == (m and m.span())


_TRANSCRIPT_BITS = ["----- Transcript of session follows -----", " -- Transcript of session follows --", "Transcript of "
                    "session follows", "----- The following addresses had permanent fatal errors -----",
                    "Content-Type: message/delivery-status", "Reporting-MTA: x", "--- Original message follows ---",
                    ">>> RCPT To:<a@b.c>", "<<< 550 5.1.1 no", "x", " ", "\t", "-"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_TRANSCRIPT_BITS), max_size=12), st.lists(st.sampled_from(["", "\n", "\n\n", " "]),
                                                                         max_size=12))
def test_sendmail_transcript_block_as_before(bits, seps):
    from bouncekit.formats.layouts import sendmail
    from bouncekit.text import line_matches

    text = "".join(b + (seps[i] if i < len(seps) else "\n") for i, b in enumerate(bits))
    m = sendmail._TRANSCRIPT.search(text)
    found = next(line_matches(sendmail._TRANSCRIPT, text, sendmail._TRANSCRIPT_WORDS), None)
    assert (found and found.span()) == (m and m.span())
    # the block as read before: every line of the rest, up to the first blank or closing line
    expected: list[str] = []
    if m is not None:
        for line in text[m.end():].lstrip("\n").split("\n"):
            if not line.strip() or sendmail._REPORT_END.match(line) or sendmail.LIST.match(line) or \
                    sendmail._TRANSCRIPT.match(line):
                break
            expected.append(line.rstrip())
    assert sendmail.block_after(text, sendmail._TRANSCRIPT, sendmail._TRANSCRIPT_WORDS) == expected
    assert sendmail.block_after(text, sendmail._TRANSCRIPT) == expected


_EXIM_BITS = ["The following address(es) failed:", "address", "addresses\nfailed :", "ADDRESS(ES) could not be delivered:",
              "has not yet been delivered are:", "has not yet been delivered to one or more of its\n recipients",
              "Delay reason: x", "that were\tincorrectly constructed:", "router encountered the following error(s):",
              "following recipient failed here:", "SMTP error from remote mail server after RCPT TO:", "lmtp timeout after "
              "DATA", "closed connection in response to end of data", "Conversation with", "connection refused",
              "connection to mx [1.2.3.4] failed", "---- This is a copy of your message", "Content-Type: message/rfc822",
              "The following text was generated during the delivery attempt", "\u0130", "\u0131", "\u017f", "x", " ",
              ":", "\t"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_EXIM_BITS), max_size=12), st.lists(st.sampled_from(["", "\n", " "]), max_size=12),
       st.integers(min_value=0, max_value=400))
def test_word_and_line_search_find_what_the_search_finds(bits, seps, endpos):
    from bouncekit.formats.mta import exim
    from bouncekit.formats.spec import Search

    text = "".join(b + (seps[i] if i < len(seps) else "\n") for i, b in enumerate(bits))
    low = text.lower()
    for pattern in (exim._LIST_INTRO, exim._DELAY_TEXT, exim._COMMAND, exim._COPY_MARKER, exim._PART_CUT,
                    exim._GENERATED_TEXT):
        for end in (None, endpos):
            m = pattern.search(text, 0, len(text) if end is None else end)
            got = Search(pattern).search(text, low, end)
            assert (got and got.span()) == (m and m.span())


_ADVICE_BITS = ["550 5.1.1 The email account that you tried to reach does not exist.", " To address this issue:",
                " To fix this issue:", " TO FIX THIS ISSUE:", "Learn more at", " learn more here: https://x.y/z",
                " Learn More at 550 5.1.1 https://support.google.com/mail/?p=NoSuchUser", " Check for typos.",
                " check those settings and retry.", " Check the recipient's address", "CHECK ", "issue:", ".", " ",
                "\n", "\u0130", "\u0131", "\u017f", "x"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_ADVICE_BITS), max_size=10))
def test_gmail_trim_advice_as_before(bits):
    from bouncekit.formats.layouts import google as gmail

    def before(text: str | None) -> str | None:
        if not text:
            return text
        m = gmail._ADVICE.search(text)
        if m and m.start() > 0:
            text = text[: m.start()]
        return gmail._ADVICE_SENTENCE.sub("", gmail._LEARN_MORE.sub("", text)).strip() or None

    text = "".join(bits)
    assert gmail.trim_advice(text) == before(text)


_ORIGINAL_HEADERS_BITS = ["Original message headers:", "original MESSAGE headers", "En-tetes de message d'origine :",
                          "En-t\u00eates de message d'origine", "Encabezados del mensaje original", "Intestazioni del "
                          "messaggio originale", "Oorspronkelijke berichtkoppen", "KOPTEKSTEN VAN OORSPRONKELIJK BERICHT",
                          "Kopfzeilen der urspr\u00fcnglichen Nachricht", "\u5143\u306e\u30e1\u30c3\u30bb\u30fc\u30b8 "
                          "\u30d8\u30c3\u30c0\u30fc", "origin", "x", " ", "\t", ":", "\uff1a", "\n", "\n\n"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_ORIGINAL_HEADERS_BITS), max_size=10))
def test_exchange_original_headers_found_by_words_in_ascii_text(bits):
    from bouncekit.formats.layouts import exchange as ex
    from bouncekit.formats.spec import Search

    text = "".join(bits)
    m = ex._ORIGINAL_HEADERS.search(text)
    got = Search(ex._ORIGINAL_HEADERS).search(text)
    assert (got and got.span()) == (m and m.span())


_ADDRESS_CHARS = st.sampled_from(list("abcXYZ019._-+@<>\"' ,;:()[]\t\nmailto:éİ"))


@given(st.lists(_ADDRESS_CHARS, max_size=16).map("".join), st.sampled_from(["{}", "a{}@b.c", "{}@ex.org", "x@{}"]))
@settings(max_examples=3000, deadline=None)
def test_normalize_address_shortcut_is_the_full_reading(text: str, shape: str) -> None:
    # an address already in normal form is returned by one match: never otherwise than step by step
    from bouncekit.text import _normalize_address, normalize_address

    value = shape.format(text)
    assert normalize_address(value) == (_normalize_address(value) if value else None)
