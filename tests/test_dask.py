"""bouncekit.dask on a real distributed.LocalCluster (2 worker processes): the same records as
``bouncekit scan`` gives for the same files, block boundaries anywhere."""
from __future__ import annotations

import gzip
import json
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bouncekit.model import RECORD_FIELDS
from conftest import CORPUS, ROOT

pytest.importorskip("dask.bag", reason="dask is not installed (extra 'dask')")
distributed = pytest.importorskip("distributed", reason="distributed is not installed (extra 'dask')")
bkd = pytest.importorskip("bouncekit.dask")

_FILES = sorted(CORPUS.rglob("*.eml"))


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as c:
        yield c
    # the cluster started multiprocessing's helper processes in this one: stop them, so later
    # tests that count this process's children find none
    from multiprocessing import forkserver, resource_tracker

    for helper in (resource_tracker._resource_tracker, forkserver._forkserver):
        stop = getattr(helper, "_stop", None)
        if stop is not None:
            stop()


def _mbox(path: Path, eol: bytes = b"\n") -> Path:
    out = []
    for f in _FILES:
        data = f.read_bytes().replace(b"\r\n", b"\n")
        data = re.sub(rb"(?m)^(>*From )", rb">\1", data)
        if not data.endswith(b"\n"):
            data += b"\n"
        out.append(b"From MAILER-DAEMON Thu Jan  1 00:00:00 2026\n" + data + b"\n")
    path.write_bytes(b"".join(out).replace(b"\n", eol))
    return path


def _scan(*paths: Path | str) -> list[dict[str, Any]]:
    done = subprocess.run([sys.executable, "-m", "bouncekit", "scan", "--jobs", "1", *map(str, paths)],
                          capture_output=True, check=True, cwd=ROOT, timeout=120)
    return [json.loads(line) for line in done.stdout.decode("utf-8").splitlines()]


def _by_source(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    def key(r: dict[str, Any]) -> tuple[str, int]:
        label, _, n = r["source"].rpartition(":")
        return (label, int(n)) if n.isdigit() else (r["source"], 0)
    return sorted(records, key=key)  # stable: a message's records keep their order


@pytest.mark.parametrize("eol", [b"\n", b"\r\n"], ids=["lf", "crlf"])
def test_read_mbox_gives_the_records_of_scan(client: Any, tmp_path: Path, eol: bytes) -> None:
    mbox = _mbox(tmp_path / "archive.mbox", eol)
    want = _scan(mbox)
    assert len(want) >= len(_FILES)
    for blocksize in (7_000, 100_000, None):
        bag = bkd.read_mbox(str(mbox), blocksize=blocksize)
        if blocksize == 7_000:
            assert bag.npartitions > 20  # many cuts, most of them inside a message
        got = bag.compute()
        assert _by_source(got) == _by_source(want), blocksize
        assert got == want  # the bag is in file order too


def test_gzip_mbox_and_several_files(client: Any, tmp_path: Path) -> None:
    plain = _mbox(tmp_path / "a.mbox")
    packed = tmp_path / "b.mbox.gz"
    packed.write_bytes(gzip.compress(plain.read_bytes()))
    single = _FILES[0]
    want = _scan(plain, packed, single)
    got = bkd.read_mbox([str(plain), str(packed), str(single)], blocksize="16KiB").compute()
    assert _by_source(got) == _by_source(want)
    assert {r["source"].rpartition(":")[0] for r in got} >= {str(plain), str(packed)}


def test_read_messages_and_dataframe(client: Any) -> None:
    files = [str(f) for f in _FILES[:40]]
    want = _scan(*files)
    bag = bkd.read_messages(files, files_per_partition=7)
    assert bag.npartitions == 6
    assert bag.compute() == want
    df = bkd.to_dataframe(bag)
    assert list(df.columns) == list(RECORD_FIELDS)
    frame = df.compute()
    assert len(frame) == len(want)
    assert list(frame["source"]) == [r["source"] for r in want]


def test_glob_and_missing_files(tmp_path: Path) -> None:
    _mbox(tmp_path / "x1.mbox")
    _mbox(tmp_path / "x2.mbox")
    bag = bkd.read_mbox(str(tmp_path / "x*.mbox"), blocksize=None)
    assert bag.npartitions == 2
    with pytest.raises(FileNotFoundError):
        bkd.read_mbox(str(tmp_path / "nothing.mbox"))
    with pytest.raises(FileNotFoundError):
        bkd.read_mbox(str(tmp_path / "none-*.mbox"))
