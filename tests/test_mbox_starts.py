"""The message starts of an mbox, found in one regex pass (sources._starts), are those a line end,
a 'From ' and a postmark read within _POSTMARK_BYTES of the line's start give: checked against
that definition, spelled out, on generated text."""
from __future__ import annotations

import io

from hypothesis import given, settings
from hypothesis import strategies as st

from bouncekit.intake import sources


def reference_starts(data: bytes, pos: int, limit: int, eol: bytes) -> list[int]:
    sep = eol + b"From "
    out = []
    i = data.find(sep, pos, limit + len(sep))
    while 0 <= i < limit:
        if sources._POSTMARK.match(data[i + 1:i + 1 + sources._POSTMARK_BYTES]):
            out.append(i)
        i = data.find(sep, i + 1, limit + len(sep))
    return out


PIECES = [b"\n", b"\r", b"\r\n", b"From ", b"From a@b ", b"Thu Jan  1 ", b"00:00:00 2026", b"1:23", b"y" * 280,
          b" ", b"\t", b"x", b"x" * 150, b"9", b":", b">From "]
texts = st.lists(st.sampled_from(PIECES), max_size=60).map(b"".join)


@settings(max_examples=400, deadline=None)
@given(texts, st.integers(0, 40), st.integers(0, 2000), st.sampled_from([b"\n", b"\r"]))
def test_starts_are_the_postmark_lines(data: bytes, pos: int, limit: int, eol: bytes) -> None:
    limit = min(limit, len(data))
    pos = min(pos, limit)
    assert list(sources._starts(data, pos, limit, eol)) == reference_starts(data, pos, limit, eol)


def test_a_postmark_line_longer_than_the_window_is_no_start() -> None:
    near = b"x\nFrom a@b " + b"y" * (sources._POSTMARK_BYTES - 20) + b" 00:00:00\n"
    far = b"x\nFrom a@b " + b"y" * sources._POSTMARK_BYTES + b" 00:00:00\n"
    assert list(sources._starts(near, 0, len(near), b"\n")) == [1]
    assert list(sources._starts(far, 0, len(far), b"\n")) == []


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from([b"From a@b Thu Jan  1 00:00:00 2026\nSubject: s\n\nbody\n",
                                 b"From here on, nothing\n", b"line\n" * 30, b"y" * 400 + b"\n"]), max_size=30),
       st.integers(1, 700))
def test_the_cuts_of_mbox_runs_are_the_starts_iter_mbox_cuts_at(tmp_path_factory, parts: list[bytes], probe: int) -> None:
    """The parent cuts an mbox into runs with small reads near each cut (sources._next_start): from
    any offset, the cut it finds is the first start iter_mbox cuts at, however the reads fall."""
    data = b"".join(parts)
    path = tmp_path_factory.mktemp("box") / "box.mbox"
    path.write_bytes(data)
    starts = [k + 1 for k in reference_starts(data, 0, len(data), b"\n")]
    saved = sources._PROBE_BYTES
    try:
        sources._PROBE_BYTES = probe  # many read edges in a small text
        with open(path, "rb") as fh:
            for at in range(1, len(data) + 1, 37):
                want = next((s for s in starts if s >= at), len(data))
                assert sources._next_start(fh.fileno(), at, len(data), b"\n") == want
    finally:
        sources._PROBE_BYTES = saved
    if data.strip():
        assert len(list(sources.iter_mbox(io.BytesIO(data)))) == len(starts) + 1
