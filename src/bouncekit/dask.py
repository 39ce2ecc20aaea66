"""Archives on a Dask cluster: mbox files (and message files) into a bag of record dicts.

    import bouncekit.dask as bkd

    bag = bkd.read_mbox(["archive-2025.mbox", "archive-2024.mbox.gz"], blocksize="64MiB")
    hard = bag.filter(lambda r: r["severity"] == "hard").pluck("recipient").distinct().compute()
    df = bkd.to_dataframe(bag)                      # or bag.to_dataframe()

Each element is one record as ``Record.to_dict()`` gives it (the fields of records.md), with the
``source`` that ``bouncekit scan`` gives the same file: ``PATH:N`` for the N-th message of an mbox,
``PATH`` for a file holding one message. A plain mbox is cut into blocks of about ``blocksize``
bytes, each cut moved to the next message start, so blocks are parsed in parallel; a first,
cheap pass per block counts its message starts (the same cuts as the local reader: a ``From ``
line that reads like a postmark), which numbers the messages of every block before any is parsed.
A gzip-compressed mbox cannot be cut and is one block. Paths may be anything fsspec opens
(``s3://bucket/bounces.mbox``, ``gcs://...``, with ``storage_options``) and glob patterns.

Needs the ``dask`` extra: ``pip install bouncekit[dask]``.
"""
from __future__ import annotations

import itertools
import operator
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

from .intake.sources import _POSTMARK_BYTES, _line_end, _open_stream, _starts, decode_item, iter_mbox
from .model import RECORD_FIELDS, Report

if TYPE_CHECKING:  # pragma: no cover
    import dask.bag
    import dask.dataframe

__all__ = ["read_messages", "read_mbox", "to_dataframe", "DEFAULT_BLOCKSIZE"]

DEFAULT_BLOCKSIZE = 64 << 20
_GZIP_MAGIC = b"\x1f\x8b"
_HEAD = 4096 + 5


def read_mbox(paths: str | Sequence[str], blocksize: int | str | None = DEFAULT_BLOCKSIZE, *,
              storage_options: dict[str, Any] | None = None) -> dask.bag.Bag:
    """A bag of the record dicts of every message of these mbox files (plain or gzip), in order.

    ``blocksize`` (bytes, or a string such as ``"64MiB"``; ``None`` for one block per file) is the
    size of the pieces a plain mbox is cut into. A file that is not an mbox (does not start with a
    ``From `` line) is read as one message, as ``bouncekit scan`` reads it."""
    import dask
    import dask.bag as db
    from dask.utils import parse_bytes

    size = None if blocksize is None else int(parse_bytes(blocksize))
    if size is not None and size < 1:
        raise ValueError("blocksize must be at least 1 byte")
    parts: list[Any] = []
    for fs, path, label in _expand(paths, storage_options):
        with fs.open(path, "rb") as fh:
            head = fh.read(_HEAD)
        total = fs.size(path)
        if head[:2] == _GZIP_MAGIC or not head.startswith(b"From ") or size is None or total <= size:
            parts.append(dask.delayed(_whole_file)(fs, path, label))
            continue
        eol = _line_end(head)
        number: Any = 1  # the number of the block's first message, known once earlier blocks are counted
        for start in range(0, total, size):
            end = min(start + size, total)
            counted = dask.delayed(_count_block, nout=2)(fs, path, start, end, eol)
            first, count = counted
            parts.append(dask.delayed(_parse_block)(fs, path, label, eol, first, count, number))
            number = dask.delayed(operator.add)(number, count)
    if not parts:
        raise FileNotFoundError(f"no files match {paths!r}")
    return db.from_delayed(parts)


def read_messages(paths: str | Sequence[str], *, files_per_partition: int = 256,
                  storage_options: dict[str, Any] | None = None) -> dask.bag.Bag:
    """A bag of the record dicts of message files (one message each, as a Maildir holds them; a
    file that is an mbox or gzip gives all its messages), in the order given."""
    import dask
    import dask.bag as db

    if files_per_partition < 1:
        raise ValueError("files_per_partition must be at least 1")
    files = list(_expand(paths, storage_options))
    if not files:
        raise FileNotFoundError(f"no files match {paths!r}")
    parts = [dask.delayed(_files)(files[i:i + files_per_partition])
             for i in range(0, len(files), files_per_partition)]
    return db.from_delayed(parts)


def to_dataframe(bag: dask.bag.Bag) -> dask.dataframe.DataFrame:
    """The records as a Dask DataFrame, one column per record field (all of them, in order),
    without computing anything to guess the columns."""
    import pandas as pd  # type: ignore[import-untyped]

    meta = pd.DataFrame({name: pd.Series([], dtype=object) for name in RECORD_FIELDS})
    return bag.to_dataframe(meta=meta)


# --- tasks ---------------------------------------------------------------------------------


def _records(report: Report) -> list[dict[str, Any]]:
    return [rec.to_dict() for rec in report.records]


def _whole_file(fs: Any, path: str, label: str) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    try:
        with fs.open(path, "rb") as fh:
            for item in _open_stream(fh, label):
                out.extend(_records(decode_item(item)))
    except (OSError, EOFError) as exc:
        out.extend(_records(decode_item((label, exc))))
    return out


def _files(files: list[tuple[Any, str, str]]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for fs, path, label in files:
        out.extend(_whole_file(fs, path, label))
    return out


def _count_block(fs: Any, path: str, start: int, end: int, eol: bytes) -> tuple[int, int]:
    """(offset of the first message starting in [start, end) or -1, how many start there)."""
    base = max(start - 1, 0)  # the line end before a message starting at ``start``
    with fs.open(path, "rb") as fh:
        fh.seek(base)
        data = fh.read(end - base + _POSTMARK_BYTES + len(eol) + 5)
    starts = [base + i + 1 for i in _starts(data, 0, end - base - 1, eol)]
    if start == 0:
        starts.insert(0, 0)
    starts = [s for s in starts if start <= s < end]
    return (starts[0] if starts else -1), len(starts)


def _parse_block(fs: Any, path: str, label: str, eol: bytes, first: int, count: int,
                 number: int) -> list[dict[str, Any]]:
    if count == 0:
        return []
    out: list[dict[str, Any]] = []
    with fs.open(path, "rb") as fh:
        fh.seek(first)
        messages = itertools.islice(iter_mbox(fh, eol=eol), count)
        for n, msg in enumerate(messages, number):
            out.extend(_records(decode_item((f"{label}:{n}", msg))))
    return out


# --- paths ---------------------------------------------------------------------------------


def _expand(paths: str | Sequence[str], storage_options: dict[str, Any] | None) -> Iterator[tuple[Any, str, str]]:
    """(filesystem, path, label) for each file, in order; the label is the path as given (the
    source ``bouncekit scan`` writes), or as a glob pattern expanded."""
    from fsspec.core import url_to_fs  # type: ignore[import-untyped]

    for given in [paths] if isinstance(paths, str) else list(paths):
        fs, path = url_to_fs(given, **(storage_options or {}))
        if any(c in path for c in "*?["):
            protocol = given.split("://", 1)[0] + "://" if "://" in given else ""
            for found in sorted(fs.glob(path)):
                if fs.isfile(found):
                    yield fs, found, protocol + found if protocol else found
            continue
        if not fs.exists(path):
            raise FileNotFoundError(f"no such file: {given}")
        yield fs, path, given
