"""Issue 10, structure-aware fuzzing of ``parse()``.

Where tests/test_properties.py throws random bytes and byte-level mutations at the parser, this
test builds what a hostile or broken mail system really sends: MIME trees (multipart/report with
message/delivery-status and message/rfc822 parts, nested multiparts), boundaries that are random,
missing, duplicated, undeclared or never closed, random charsets (text codecs, codecs that are no
text codec, names that are no codec) and transfer encodings (base64 and quoted-printable, also
broken), RFC 2047 words good and bad, folded headers, huge and empty fields, every line ending;
then truncates the result anywhere. It also mutates the real messages of tests/corpus along their
structure (boundaries, charsets, encodings, folds, parts).

The property: ``parse()`` never raises, gives at least one record, every record's kind is a
``Kind``, every record carries the source, and one message takes bounded time.

``BOUNCEKIT_FUZZ_EXAMPLES`` sets the examples per test (default keeps the whole file under ~20 s;
``BOUNCEKIT_FUZZ_EXAMPLES=5000`` for a long run).
"""
from __future__ import annotations

import base64
import binascii
import os
import quopri
import re
import time
from pathlib import Path

import attrs
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bouncekit import Kind, Record, Report, parse
from bouncekit.mime import MAX_MESSAGE_BYTES
from conftest import CORPUS

EXAMPLES = int(os.environ.get("BOUNCEKIT_FUZZ_EXAMPLES", "120"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize=False,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.filter_too_much])
# one message, whatever it holds, is decoded in well under a second (test_robust_linear has the
# strict 1 s budget per 1 MiB message); this bound only catches a hang or a blow-up and leaves room
# for a loaded machine
TIME_BOUND = 5.0
SEEDS = sorted(CORPUS.rglob("*.eml"))
# the text parse()'s catch-all gives an exception it caught: "KeyError: ...", "webhook reader failed: ..."
SWALLOWED = re.compile(r"(?:webhook reader failed: )?[A-Z][A-Za-z]*(?:Error|Exception|Iteration|Exit)\b")

# -- atoms -------------------------------------------------------------------------------------

CHARSETS = st.sampled_from([
    "us-ascii", "utf-8", "UTF-8", "iso-8859-1", "iso-2022-jp", "shift_jis", "euc-kr", "gb2312", "koi8-r",
    "windows-1252", "utf-16", "utf-7", "big5", "hex", "zlib", "rot13", "idna", "base64", "bz2", "uu",
    "punycode", "unicode_escape", "undefined", "utf-8\x00", "x-unknown", "", "\"", "utf-8'en'x",
    "a" * 300, "utf_32_be", "cp037", "mbcs", "raw_unicode_escape", "quopri",
])
ENCODINGS = st.sampled_from(["7bit", "8bit", "binary", "base64", "quoted-printable", "BASE64", "Quoted-Printable",
                             "x-uuencode", "x-gzip", "bogus", ""])
ASCII_WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789", min_size=1, max_size=10)
ANY_TEXT = st.text(max_size=200)  # every code point hypothesis cares to draw, surrogates excluded
LINE_ENDS = st.sampled_from(["\n", "\r\n", "\r", "mixed"])


@st.composite
def addresses(draw: st.DrawFn) -> str:
    return draw(st.one_of(
        st.builds(lambda a, b: f"{a}@{b}.example", ASCII_WORD, ASCII_WORD),
        st.builds(lambda a, b: f"<{a}@{b}.example>", ASCII_WORD, ASCII_WORD),
        st.builds(lambda a, b: f'"{a} {b}"@x.example', ASCII_WORD, ASCII_WORD),
        st.sampled_from(["", "<>", "@", "a@", "@b", "<<a@b>>", "a@b@c", "a." * 500 + "@x.example",
                         "x@" + "a." * 500, "\"unclosed@x.example", "postmaster", "<a@[1.2.3.4]>"]),
    ))


@st.composite
def encoded_words(draw: st.DrawFn) -> str:
    """RFC 2047 words, good ones and every way of breaking them."""
    text = draw(ANY_TEXT)
    charset = draw(st.sampled_from(["utf-8", "iso-8859-1", "hex", "x-bad", "UTF-8*en", ""]))
    raw = text.encode("utf-8", "surrogatepass")
    kind = draw(st.sampled_from(["b", "q", "B", "Q", "x"]))
    if kind in "bB":
        payload = base64.b64encode(raw).decode()
    elif kind in "qQ":
        payload = binascii.b2a_qp(raw, header=True).decode().replace("\n", "")
    else:
        payload = text
    word = f"=?{charset}?{kind}?{payload}?="
    return draw(st.sampled_from([
        word, word[:-2], word[: max(2, len(word) // 2)], f"=?{charset}?b?!!!not base64!!!?=", "=?utf-8?b?////?=",
        "=?utf-8?q?=ZZ=?=", "=??=", "=?=", "=?utf-8??abc?=", word + word, f"{word} {word}", word.replace("?", "?" * 3),
    ]))


@st.composite
def header_values(draw: st.DrawFn) -> str:
    kind = draw(st.sampled_from(["text", "words", "address", "empty", "huge", "long-words", "controls"]))
    if kind == "text":
        return draw(ANY_TEXT)
    if kind == "words":
        return " ".join(draw(st.lists(st.one_of(encoded_words(), ASCII_WORD), min_size=1, max_size=12)))
    if kind == "address":
        return ", ".join(draw(st.lists(addresses(), min_size=1, max_size=5)))
    if kind == "empty":
        return draw(st.sampled_from(["", " ", "\t", ";", ":"]))
    if kind == "huge":
        unit = draw(st.sampled_from(["x", "a ", "=?utf-8?q?a?= ", "a@b.example ", " ", "<", "\"", "; a=b"]))
        return unit * draw(st.integers(1_000, 60_000 // len(unit)))
    if kind == "long-words":
        return " ".join([draw(encoded_words())] * draw(st.integers(50, 600)))
    return "".join(draw(st.lists(st.sampled_from(["\x1b[31m", "\x00", "\x07", "\x7f", "\u2028", "\ufeff", "a"]),
                                 max_size=20)))


def fold(name: str, value: str, draw: st.DrawFn) -> str:
    """A header line, folded at random blanks (or not, or at every blank, or with blank-only lines)."""
    how = draw(st.sampled_from(["none", "blanks", "every", "empty-fold", "tab"]))
    line = f"{name}: {value}"
    if how == "none" or " " not in value:
        return line
    if how == "every":
        return line.replace(" ", "\n ")
    if how == "empty-fold":
        return line.replace(" ", "\n \n ", 3)
    if how == "tab":
        return line.replace(" ", "\n\t", 5)
    parts = line.split(" ")
    cut = draw(st.integers(1, len(parts)))
    return " ".join(parts[:cut]) + ("\n " + " ".join(parts[cut:]) if parts[cut:] else "")


@st.composite
def header_blocks(draw: st.DrawFn, names: tuple[str, ...] = ("From", "To", "Subject", "Date", "Message-ID")) -> list[str]:
    lines = []
    for name in names:
        if draw(st.integers(0, 9)) == 0:
            continue  # a missing header
        lines.append(fold(name, draw(header_values()), draw))
    for _ in range(draw(st.integers(0, 3))):
        extra = draw(st.sampled_from(["X-Failed-Recipients", "Auto-Submitted", "Precedence", "X-Mailer",
                                      "Content-Description", "Return-Path", "Received", "Subject", "x", "A" * 200]))
        lines.append(fold(extra, draw(header_values()), draw))
    if draw(st.integers(0, 7)) == 0:
        lines.append(draw(st.sampled_from(["not a header line", ": no name", "Name-Only", " leading fold", "\x00:\x00"])))
    return lines


# -- bodies ------------------------------------------------------------------------------------

DIAGNOSTICS = st.sampled_from([
    "smtp; 550 5.1.1 <a@b.example>: Recipient address rejected: User unknown",
    "smtp; 452 4.2.2 Mailbox full", "X-Postfix; host x said: 554 spam", "smtp;", "", "550", "5.7.1",
    "smtp; 550-5.1.1 The email account that you tried to reach does not exist",
])


@st.composite
def delivery_status(draw: st.DrawFn) -> str:
    out = [f"Reporting-MTA: dns; {draw(ASCII_WORD)}.example", f"Arrival-Date: {draw(header_values())}", ""]
    for _ in range(draw(st.integers(0, 5))):
        group = [
            f"Final-Recipient: {draw(st.sampled_from(['rfc822; ', 'RFC822;', '', 'x-unknown; ']))}{draw(addresses())}",
            f"Action: {draw(st.sampled_from(['failed', 'delayed', 'delivered', 'relayed', 'expanded', 'FAILED', '', 'x']))}",
            f"Status: {draw(st.sampled_from(['5.1.1', '4.2.2', '2.0.0', '5.0.0', '9.9.9', '', '5.1', 'x.y.z', '5.1.1.1']))}",
            fold("Diagnostic-Code", draw(st.one_of(DIAGNOSTICS, header_values())), draw),
            f"Remote-MTA: dns; {draw(ASCII_WORD)}",
            f"Last-Attempt-Date: {draw(st.sampled_from(['Mon, 01 Jan 2024 10:00:00 +0000', 'yesterday', '', '99 Foo']))}",
        ]
        group = draw(st.permutations(group))[: draw(st.integers(1, len(group)))]
        out.extend(group)
        out.append(draw(st.sampled_from(["", "", "x-no-blank: y"])))
    return "\n".join(out)


NOTICES = st.sampled_from([
    "This is the mail system at host mx.example.\n\nI'm sorry to have to inform you that your message could not\n"
    "be delivered to one or more recipients.\n\n<a@b.example>: host x said: 550 5.1.1 unknown user\n",
    "Hi. This is the qmail-send program at x.\nI'm afraid I wasn't able to deliver your message to the following "
    "addresses.\n\n<a@b.example>:\nSorry, no mailbox here by that name.\n",
    "This message was created automatically by mail delivery software.\n\nA message that you sent could not be "
    "delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n"
    "  a@b.example\n    SMTP error from remote mail server after RCPT TO:<a@b.example>:\n    550 5.1.1 no such user\n",
    "----- The following addresses had permanent fatal errors -----\n<a@b.example>\n\n   ----- Transcript of session "
    "follows -----\n... while talking to x:\n>>> RCPT To:<a@b.example>\n<<< 550 5.1.1 User unknown\n",
    "I am out of the office until Monday.\n", "Delivery has failed to these recipients or groups:\n\na@b.example\n",
    "",
])


def _encode(body: str, charset: str, cte: str, broken: bool, draw: st.DrawFn) -> str:
    try:
        raw = body.encode(charset)
    except (LookupError, UnicodeError, TypeError, ValueError):
        raw = body.encode("utf-8", "surrogatepass")
    low = cte.lower()
    if low == "base64":
        text = base64.encodebytes(raw).decode()
        if broken:
            text = draw(st.sampled_from([text[:-3], text.replace("A", "!"), text + "====\n", "=" + text,
                                         text.replace("\n", ""), text[: len(text) // 2] + "\x00" + text[len(text) // 2:]]))
        return text
    if low == "quoted-printable":
        text = quopri.encodestring(raw).decode("ascii")
        if broken:
            text = draw(st.sampled_from([text + "=", text.replace("=", "=Z", 3), text + "=\n=\n", text.replace("\n", "=\n"),
                                         "=" * 1000, text + "=E9=C3"]))
        return text
    return raw.decode("latin-1")


@st.composite
def leaves(draw: st.DrawFn) -> tuple[list[str], str]:
    ctype = draw(st.sampled_from(["text/plain", "text/html", "message/delivery-status", "message/global-delivery-status",
                                  "text/rfc822-headers", "message/feedback-report", "application/octet-stream",
                                  "image/png", "text/enriched", "x/y", "", "text", "text/plain/extra"]))
    if ctype.endswith("delivery-status"):
        body = draw(delivery_status())
    elif ctype == "text/rfc822-headers":
        body = "\n".join(draw(header_blocks()))
    elif ctype == "message/feedback-report":
        body = (f"Feedback-Type: {draw(st.sampled_from(['abuse', 'fraud', '', 'x']))}\nUser-Agent: x\nVersion: 1\n"
                f"Original-Rcpt-To: {draw(addresses())}\n")
    elif ctype == "text/html":
        body = draw(st.sampled_from(["<html><body><p>", "<", "<script>", "<!--", "<br>" * 100, ""])) + draw(NOTICES)
    else:
        body = draw(st.one_of(NOTICES, ANY_TEXT))
    charset, cte = draw(CHARSETS), draw(ENCODINGS)
    headers = [f"Content-Type: {ctype}; charset=\"{charset}\"" if draw(st.booleans()) else f"Content-Type: {ctype}"]
    if cte:
        headers.append(f"Content-Transfer-Encoding: {cte}")
    return headers, _encode(body, charset, cte, draw(st.booleans()), draw)


BOUNDARIES = st.one_of(
    st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEF0123456789'()+_,-./:=? ", min_size=1, max_size=70),
    st.sampled_from(["", " ", "-", "--", "a" * 200, "=_x", "b\"q", "b;c", "--B--", "\u00e9"]),
)


@st.composite
def parts(draw: st.DrawFn, depth: int = 0) -> tuple[list[str], str]:
    """(headers, body) of one MIME part: a leaf, a message/rfc822, or a multipart with children."""
    choice = draw(st.integers(0, 9)) if depth < 3 else 0
    if choice <= 4:
        return draw(leaves())
    if choice <= 6:
        inner = draw(messages(depth + 1))
        return ["Content-Type: message/rfc822"], inner
    subtype = draw(st.sampled_from(["report; report-type=delivery-status", "report; report-type=feedback-report",
                                    "mixed", "alternative", "related", "signed", "report"]))
    boundary = draw(BOUNDARIES)
    mistake = draw(st.sampled_from(["none", "none", "none", "unterminated", "missing-param", "wrong", "duplicate-inner",
                                    "no-delimiters", "close-first", "unquoted"]))
    children = draw(st.lists(parts(depth + 1), min_size=0, max_size=4))
    declared = f"{boundary}x" if mistake == "wrong" else boundary
    quoted = declared if mistake == "unquoted" else f"\"{declared}\""
    ctype = f"Content-Type: multipart/{subtype}" + ("" if mistake == "missing-param" else f"; boundary={quoted}")
    out = [draw(st.sampled_from(["", "This is a MIME-encapsulated message.\n", "--" + boundary + "-not\n"]))]
    if mistake == "close-first":
        out.append(f"--{boundary}--\n")
    for i, (hdrs, body) in enumerate(children):
        if mistake != "no-delimiters":
            out.append(f"--{boundary}\n")
        if mistake == "duplicate-inner" and i == 0:
            # a nested multipart that reuses its parent's boundary
            hdrs = [f"Content-Type: multipart/mixed; boundary=\"{boundary}\""]
        out.append("\n".join(hdrs) + "\n\n" + body + "\n")
    if mistake != "unterminated":
        out.append(f"--{boundary}--\n")
        out.append(draw(st.sampled_from(["", "epilogue\n", f"--{boundary}\n"])))
    return [ctype, "MIME-Version: 1.0"], "".join(out)


@st.composite
def messages(draw: st.DrawFn, depth: int = 0) -> str:
    top = draw(header_blocks())
    hdrs, body = draw(parts(depth))
    return "\n".join(top + hdrs) + "\n\n" + body


def _line_ends(text: str, how: str) -> str:
    if how == "mixed":
        out, rest = [], text.split("\n")
        for i, line in enumerate(rest):
            out.append(line + ("\r\n", "\n", "\r")[i % 3])
        return "".join(out)
    return text.replace("\n", how)


@st.composite
def wire_messages(draw: st.DrawFn) -> bytes:
    text = _line_ends(draw(messages()), draw(LINE_ENDS))
    data = text.encode("utf-8", "surrogatepass")
    if draw(st.integers(0, 2)) == 0:  # truncated at a random point
        data = data[: draw(st.integers(0, len(data)))]
    return data


# -- the property ------------------------------------------------------------------------------

def check(data: bytes, source: str = "fuzz.eml") -> Report:
    t = time.perf_counter()
    report = parse(data, source=source)
    took = time.perf_counter() - t
    assert took < TIME_BOUND, f"{took:.2f}s for {len(data)} bytes"
    assert isinstance(report, Report)
    assert isinstance(report.kind, Kind)
    assert report.records, "every message yields at least one record"
    for rec in report.records:
        assert isinstance(rec, Record)
        assert isinstance(rec.kind, Kind)
        assert rec.source == source
        if rec.kind is Kind.ERROR:
            # an error record says why the message could not be read (empty, no headers, nested too
            # deeply), never that the parser itself raised and the catch-all in parse() hid it
            assert rec.error and not SWALLOWED.match(rec.error), rec.error
    report.to_dicts()  # serialisable
    for rec in report.records:
        rec.to_json()
    return report


@FUZZ
@given(wire_messages())
def test_generated_mime_trees_never_break_parse(data: bytes):
    check(data)


@FUZZ
@given(st.lists(st.tuples(parts(1), st.booleans()), min_size=1, max_size=3), LINE_ENDS)
def test_generated_reports_with_delivery_status_never_break_parse(children, how):
    """A multipart/report whose parts are the three a DSN has, plus whatever the draw adds."""
    body = ["--R\nContent-Type: text/plain\n\nDelivery failed.\n"]
    body.append("--R\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; x\n\n"
                "Final-Recipient: rfc822; a@b.example\nAction: failed\nStatus: 5.1.1\n")
    for (hdrs, part), keep_open in children:
        body.append("--R\n" + "\n".join(hdrs) + "\n\n" + part + ("\n" if keep_open else "\n--R--\n"))
    text = ("From: MAILER-DAEMON@x.example\nSubject: Delivery Status Notification\nMIME-Version: 1.0\n"
            "Content-Type: multipart/report; report-type=delivery-status; boundary=\"R\"\n\n" + "".join(body))
    report = check(_line_ends(text, how).encode("utf-8", "surrogatepass"))
    added = "".join(part for (_, part), _ in children) + "".join("".join(h) for (h, _), _ in children)
    if any(word in added.lower() for word in ("feedback", "delivery-status", "final-recipient", "multipart")):
        return  # the draw added a report of its own (an ARF part, another DSN): which one wins is not the point
    # the recipient stated before anything the draw adds is still read
    assert any(r.recipient == "a@b.example" for r in report.records), report.to_dicts()


# -- structure-aware mutations of the real messages of tests/corpus ----------------------------

_MUTATIONS = ["boundary", "charset", "encoding", "fold", "drop-close", "duplicate-part", "drop-part", "truncate",
              "huge-header", "encoded-subject", "nest", "strip-blank", "line-ends"]


@st.composite
def corpus_mutants(draw: st.DrawFn) -> bytes:
    data = draw(st.sampled_from(SEEDS)).read_bytes().replace(b"\r\n", b"\n")
    text = data.decode("latin-1")
    for op in draw(st.lists(st.sampled_from(_MUTATIONS), min_size=1, max_size=4)):
        lines = text.split("\n")
        if op == "boundary":
            text = text.replace("boundary=", "boundary=" + draw(BOUNDARIES).replace("\n", ""), 1)
        elif op == "charset":
            text = text.replace("charset=", f"charset=\"{draw(CHARSETS)}\" x=", 1)
        elif op == "encoding":
            cte = draw(ENCODINGS)
            idx = [i for i, line in enumerate(lines) if line.lower().startswith("content-type:")]
            if idx:
                lines.insert(draw(st.sampled_from(idx)) + 1, f"Content-Transfer-Encoding: {cte}")
            text = "\n".join(lines)
        elif op == "fold":
            text = "\n".join(fold(*line.split(": ", 1), draw) if ": " in line and draw(st.booleans()) else line
                             for line in lines)
        elif op == "drop-close":
            text = "\n".join(line for line in lines if not (line.startswith("--") and line.rstrip().endswith("--")))
        elif op in ("duplicate-part", "drop-part"):
            starts = [i for i, line in enumerate(lines) if line.startswith("--")]
            if len(starts) >= 2:
                a = draw(st.integers(0, len(starts) - 2))
                chunk = lines[starts[a]:starts[a + 1]]
                if op == "duplicate-part":
                    lines[starts[a]:starts[a]] = chunk * draw(st.integers(1, 30))
                else:
                    del lines[starts[a]:starts[a + 1]]
            text = "\n".join(lines)
        elif op == "truncate":
            text = text[: draw(st.integers(0, len(text)))]
        elif op == "huge-header":
            text = fold("X-Huge", draw(header_values()), draw) + "\n" + text
        elif op == "encoded-subject":
            text = text.replace("Subject:", "Subject: " + " ".join(draw(st.lists(encoded_words(), max_size=30))), 1)
        elif op == "nest":
            text = ("From: a@x.example\nSubject: Fwd\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"N\""
                    "\n\n--N\nContent-Type: message/rfc822\n\n" + text + "\n--N--\n")
        elif op == "strip-blank":
            text = text.replace("\n\n", "\n", draw(st.integers(1, 3)))
        else:
            text = _line_ends(text, draw(LINE_ENDS))
    return text.encode("latin-1", "replace")[:MAX_MESSAGE_BYTES * 2]


@FUZZ
@given(corpus_mutants())
def test_structurally_mutated_corpus_messages_never_break_parse(data: bytes):
    check(data)


def test_a_seed_that_is_nested_keeps_its_records():
    """The mutations are not all noise: a corpus bounce forwarded as message/rfc822 is still read."""
    seed = CORPUS / "rfc3464" / "failed-three-recipients.eml"
    text = seed.read_bytes().decode("latin-1")
    wrapped = ("From: a@x.example\nSubject: Fwd\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"N\""
               "\n\n--N\nContent-Type: message/rfc822\n\n" + text + "\n--N--\n").encode("latin-1")
    direct = parse(seed.read_bytes())
    report = check(wrapped)
    assert [r.recipient for r in report.records] == [r.recipient for r in direct.records]


def test_the_seeds_are_there():
    assert len(SEEDS) >= 30 and all(isinstance(p, Path) for p in SEEDS)
    assert attrs.has(Record)
