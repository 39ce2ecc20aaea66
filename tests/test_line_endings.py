"""CRLF, LF and bare CR line endings give identical records, for every message we have."""
from __future__ import annotations

from pathlib import Path

import pytest

import bouncekit
from conftest import CORPUS, SISIMAI

OWN = sorted(CORPUS.rglob("*.eml"))


def _lf(data: bytes) -> bytes:
    return data.replace(b"\r\n", b"\n").replace(b"\r", b"\n")


def _variants(data: bytes) -> dict[str, bytes]:
    lf = _lf(data)
    return {"lf": lf, "crlf": lf.replace(b"\n", b"\r\n"), "cr": lf.replace(b"\n", b"\r")}


def _records(data: bytes, source: str) -> list[dict[str, object]]:
    return bouncekit.parse(data, source=source).to_dicts()


def _check(path: Path, source: str) -> list[str]:
    """The names of the variants whose records differ from the LF version's."""
    v = _variants(path.read_bytes())
    want = _records(v["lf"], source)
    return [name for name in ("crlf", "cr") if _records(v[name], source) != want]


@pytest.mark.parametrize("path", OWN, ids=lambda p: str(p.relative_to(CORPUS)))
def test_own_corpus_line_endings(path: Path):
    assert _check(path, path.name) == []


def test_shared_corpus_line_endings(sisimai_dir: Path):
    files = sorted((sisimai_dir / "maildir").iterdir())
    assert files
    bad = {p.name: diff for p in files if (diff := _check(p, p.name))}
    assert bad == {}


def test_shared_mailbox_line_endings(sisimai_dir: Path, tmp_path: Path):
    """An mbox with CRLF endings splits into the same messages with the same records."""
    box = SISIMAI / "mailbox"
    for mbox in sorted(box.iterdir()) if box.is_dir() else []:
        lf = _lf(mbox.read_bytes())
        a, b = tmp_path / "lf", tmp_path / "crlf"
        a.write_bytes(lf)
        b.write_bytes(lf.replace(b"\n", b"\r\n"))
        got_lf = [(r.source.rsplit(":", 1)[1], r.to_dicts()) for r in bouncekit.scan(a)]
        got_crlf = [(r.source.rsplit(":", 1)[1], r.to_dicts()) for r in bouncekit.scan(b)]
        assert len(got_lf) == len(got_crlf), mbox.name
        for (n1, d1), (n2, d2) in zip(got_lf, got_crlf):
            assert n1 == n2
            for x, y in zip(d1, d2):
                x.pop("source"), y.pop("source")
            assert d1 == d2, (mbox.name, n1)
