#!/usr/bin/env python3
"""Coverage-guided fuzzing of ``bouncekit.parse()`` with atheris (libFuzzer for Python).

    python fuzz/parse_fuzz.py [libFuzzer options] [CORPUS_DIR ...]
    python fuzz/parse_fuzz.py --replay PATH ...      # no atheris needed

With atheris installed, the first form fuzzes: libFuzzer mutates the inputs of CORPUS_DIR (by
default ``fuzz/corpus/``, created and seeded with the messages of ``tests/corpus`` on the first
run) and keeps the ones that reach new code. An input breaks the harness when ``parse()``
raises, returns no record, returns a record whose kind is no ``Kind``, hides an exception of its
own behind an ``error`` record, or takes more than ``--max-seconds`` (libFuzzer's ``-timeout``
catches a real hang). libFuzzer writes such an input as ``crash-<sha1>`` (or ``timeout-...``).

``--replay`` runs the same checks over files or directories of inputs, without atheris: the way
to reproduce a crash file, and to check the regression inputs of ``fuzz/regressions/``
(tests/test_fuzz_harness.py replays those in the suite). Exit status 0 when every input passes,
1 otherwise, 2 on a usage error.

Every input is also tried "spliced" into a seed (the first bytes of the input choose a seed
and a position): libFuzzer's own mutations are byte-level, and a splice puts them inside a real
bounce's MIME structure, where the format readers look.
"""
from __future__ import annotations

import os
import re
import sys
import time
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SEED_DIR = ROOT / "tests" / "corpus"
WORK_CORPUS = HERE / "corpus"
REGRESSIONS = HERE / "regressions"
# the text parse()'s catch-all gives an exception it caught: "KeyError: ...", "webhook reader failed: ..."
SWALLOWED = re.compile(r"(?:webhook reader failed: )?[A-Z][A-Za-z]*(?:Error|Exception|Iteration|Exit)\b")

if str(ROOT / "src") not in sys.path and not os.environ.get("BOUNCEKIT_FUZZ_INSTALLED"):
    sys.path.insert(0, str(ROOT / "src"))  # the checkout's bouncekit, also without an install

MAX_SECONDS = 5.0
_SEEDS: list[bytes] = []


class Broken(AssertionError):
    """An input on which parse() broke its promise."""


def seeds() -> list[bytes]:
    if not _SEEDS:
        _SEEDS.extend(p.read_bytes() for p in sorted(SEED_DIR.rglob("*.eml")))
        if not _SEEDS:
            _SEEDS.append(b"From: a@example.org\nSubject: x\n\nbody\n")
    return _SEEDS


def splice(data: bytes) -> bytes:
    """The input put inside a seed: bytes 0-1 choose the seed, 2-4 the position (a fraction of it)."""
    if len(data) < 5:
        return data
    pool = seeds()
    seed = pool[int.from_bytes(data[:2], "big") % len(pool)]
    at = int.from_bytes(data[2:5], "big") * len(seed) >> 24
    return seed[:at] + data[5:] + seed[at:]


def check(data: bytes, max_seconds: float = MAX_SECONDS) -> None:
    """Raise Broken when parse() breaks a promise on ``data``."""
    from bouncekit import Kind, Record, parse

    t = time.perf_counter()
    try:
        report = parse(data, source="fuzz")
    except Exception as exc:
        raise Broken(f"parse() raised {type(exc).__name__}: {exc}") from exc
    took = time.perf_counter() - t
    if took > max_seconds:
        raise Broken(f"parse() took {took:.2f}s on {len(data)} bytes")
    if not report.records:
        raise Broken("no record")
    if not isinstance(report.kind, Kind):
        raise Broken(f"report kind {report.kind!r} is no Kind")
    for rec in report.records:
        if not isinstance(rec, Record) or not isinstance(rec.kind, Kind):
            raise Broken(f"record {rec!r} has no Kind")
        if rec.source != "fuzz":
            raise Broken(f"record source {rec.source!r}")
        if rec.kind is Kind.ERROR and (not rec.error or SWALLOWED.match(rec.error)):
            raise Broken(f"an exception hidden in an error record: {rec.error}")
        rec.to_json()


def test_one_input(data: bytes) -> None:
    check(data)
    check(splice(data))


# -- replay without atheris --------------------------------------------------------------------

def _inputs(paths: list[str]) -> Iterator[Path]:
    for p in map(Path, paths):
        if p.is_dir():
            yield from sorted(f for f in p.rglob("*") if f.is_file() and not f.name.startswith("."))
        else:
            yield p


def replay(paths: list[str], max_seconds: float = MAX_SECONDS) -> int:
    failed = total = 0
    for path in _inputs(paths):
        total += 1
        data = path.read_bytes()
        for name, candidate in (("as is", data), ("spliced", splice(data))):
            try:
                check(candidate, max_seconds)
            except Broken as exc:
                failed += 1
                print(f"FAIL {path} ({name}): {exc}", file=sys.stderr)
    print(f"{total} inputs replayed, {failed} failures")
    return 1 if failed else 0


# -- fuzzing with atheris ----------------------------------------------------------------------

def _seed_work_corpus(directory: Path) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    if any(directory.iterdir()):
        return
    for i, seed in enumerate(seeds()):
        (directory / f"seed-{i:03d}.eml").write_bytes(seed)


def fuzz(argv: list[str]) -> None:
    try:
        import atheris
    except ImportError:
        sys.exit("atheris is not installed (pip install atheris; see fuzz/README.md); "
                 "--replay PATH runs the checks without it")
    with atheris.instrument_imports(include=["bouncekit"]):
        import bouncekit
        import bouncekit.formats.registry  # noqa: F401  (every format module, instrumented)
        import bouncekit.formats.webhooks  # noqa: F401
        for seed in seeds():  # the lazy imports happen here, inside the instrumented block
            bouncekit.parse(seed)
    args = [a for a in argv[1:] if not a.startswith("-")]
    if not args:
        argv = [*argv, str(WORK_CORPUS)]
        args = [str(WORK_CORPUS)]
    if not Path(args[0]).is_file():  # a corpus directory (a file argument is an input to re-run)
        _seed_work_corpus(Path(args[0]))
    if not any(a.startswith("-timeout=") for a in argv):
        argv.append("-timeout=10")
    if not any(a.startswith("-max_len=") for a in argv):
        argv.append("-max_len=65536")
    atheris.Setup(argv, test_one_input)
    atheris.Fuzz()


def main(argv: list[str]) -> int:
    global MAX_SECONDS
    for a in list(argv):
        if a.startswith("--max-seconds="):
            MAX_SECONDS = float(a.split("=", 1)[1])
            argv.remove(a)
    if len(argv) > 1 and argv[1] == "--replay":
        if len(argv) < 3:
            print("usage: parse_fuzz.py --replay PATH ...", file=sys.stderr)
            return 2
        return replay(argv[2:], MAX_SECONDS)
    fuzz(argv)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
