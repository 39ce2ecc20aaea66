"""The forked worker processes of jobs > 1: input order, errors, large tasks, early stops."""
from __future__ import annotations

import os
import time

import pytest

from bouncekit.intake import workers as _workers

pytestmark = pytest.mark.skipif(not _workers.can_fork(), reason="no os.fork here")


def _square_slowly(n: int) -> int:
    time.sleep(0.001 * (n % 3))  # uneven work: results come back out of order
    return n * n


def _blob(n: int) -> bytes:
    return bytes([n % 251]) * n


def _length(data: bytes) -> int:
    return len(data)


def _fail_on_seven(n: int) -> int:
    if n == 7:
        raise ValueError("seven")
    return n


def _children() -> set[int]:
    """This process's children, zombies included (read from /proc)."""
    me, found = os.getpid(), set()
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", "rb") as f:
                    stat = f.read()
            except OSError:
                continue
            # the fields after the command name (which may hold spaces): state, ppid, ...
            if int(stat.rpartition(b")")[2].split()[1]) == me:
                found.add(int(entry))
    return found


# Services other tests start (PostgreSQL, Dovecot, a Dask cluster) may be children of this process
# for the whole session: the workers must leave none of their own behind, those do not count.
_BEFORE: set[int] = set()


@pytest.fixture(autouse=True)
def _known_children() -> None:
    _BEFORE.clear()
    _BEFORE.update(_children())


def _no_children_left() -> bool:
    return not (_children() - _BEFORE)


@pytest.mark.parametrize("jobs", [1, 2, 3])
def test_results_come_back_in_input_order(jobs: int):
    assert list(_workers.fork_map(range(40), _square_slowly, jobs)) == [(n, n * n) for n in range(40)]
    assert _no_children_left()


def test_large_tasks_and_results_do_not_deadlock():
    # tasks and results far larger than a pipe holds, mixed with small ones
    units = [b"x" * (n * 300_000 if n % 2 else 10) for n in range(12)]
    assert [r for _, r in _workers.fork_map(units, _length, 2)] == [len(u) for u in units]
    big = list(_workers.fork_map([5_000_000] * 3, bytes, 2))
    assert [len(r) for _, r in big] == [5_000_000] * 3
    assert _no_children_left()


def test_an_error_in_a_worker_is_raised_here_and_the_workers_stop():
    with pytest.raises(ValueError, match="seven"):
        list(_workers.fork_map(range(20), _fail_on_seven, 2))
    assert _no_children_left()


def test_stopping_early_stops_the_workers():
    results = _workers.fork_map(range(1000), _square_slowly, 2)
    assert next(results) == (0, 0)
    results.close()
    assert _no_children_left()


def test_no_work_at_all():
    assert list(_workers.fork_map([], _length, 2)) == []
    assert _no_children_left()


@pytest.mark.skipif(not hasattr(__import__("fcntl"), "F_GETPIPE_SZ"), reason="pipe sizes are Linux's")
def test_result_pipes_are_widened_and_large_results_still_arrive_whole():
    import fcntl

    read, write = os.pipe()
    try:
        _workers._widen(write)
        assert fcntl.fcntl(write, fcntl.F_GETPIPE_SZ) >= _workers._RESULT_PIPE_BYTES // 4
    finally:
        os.close(read)
        os.close(write)
    # results larger than the widened pipe, and many of them: whole, in order
    sizes = [3 << 20, 10, 1 << 20, 5, 2 << 20] * 3
    out = list(_workers.fork_map(sizes, _blob, 2))
    assert [u for u, _ in out] == sizes
    assert all(len(blob) == u and blob == bytes([u % 251]) * u for u, blob in out)


# -- units numbered on from the units before them (an mbox file's runs) ------------------------

# a unit of a series: (series, place, items, seconds its reading takes, first number or 0, kill
# marker: the worker dies once while reading it ("read:PATH") or after being numbered ("fn:PATH"))
Run = tuple[str, int, int, float, int, str]


class _Runs(_workers.Numbering):
    def place(self, unit):
        return (unit[0], unit[1]) if isinstance(unit, tuple) else None

    def first(self, unit):
        return unit[4]

    def read(self, unit):
        _die_once_at(unit, "read")
        time.sleep(unit[3])
        return unit[2], unit[2]

    def numbered(self, unit, read, first):
        return ("numbered", unit, first, read)

    def with_first(self, unit, first):
        return (*unit[:4], first, unit[5])


_TESTS = os.getpid()  # this process counts a unit itself at times: only a worker dies


def _die_once_at(unit: Run, stage: str) -> None:
    where, _, marker = unit[5].partition(":")
    if where == stage and os.getpid() != _TESTS and not os.path.exists(marker):
        open(marker, "w").close()
        os.kill(os.getpid(), 9)


def _numbers(unit) -> list[int] | int:
    if isinstance(unit, int):
        return unit
    if unit[0] == "numbered":
        _, run, first, n = unit
        _die_once_at(run, "fn")
        return list(range(first, first + n))
    return list(range(unit[4], unit[4] + unit[2]))  # numbered here: split or lost


def _series(name: str, sizes: list[int], slow: set[int] = frozenset(), kill: dict[int, str] | None = None) -> list[Run]:
    return [(name, k, n, 0.02 if k in slow else 0.0, 1 if k == 0 else 0, (kill or {}).get(k, ""))
            for k, n in enumerate(sizes)]


def _expected(units) -> list:
    out, next_of = [], {}
    for u in units:
        if isinstance(u, int):
            out.append(u)
            continue
        first = 1 if u[1] == 0 else next_of[u[0]]
        out.append(list(range(first, first + u[2])))
        next_of[u[0]] = first + u[2]
    return out


@pytest.mark.parametrize("jobs", [2, 3])
def test_series_units_are_numbered_on_from_the_counts_before_them(jobs: int):
    """Two series (one with slow units, so that a worker reaches a unit before the one ahead of it
    is counted: this process counts that one itself) and plain units between them."""
    units = [*_series("a", [3, 0, 5, 2, 7, 1, 4, 4], slow={1, 4}), 40, 41,
             *_series("b", [2, 2, 9, 1], slow={0, 2}), 42]
    out = list(_workers.fork_map(units, _numbers, jobs, numbering=_Runs()))
    assert [r for _, r in out] == _expected(units)
    # what is passed on is the unit with its first number
    firsts, next_of = [], {}
    for u in units:
        if isinstance(u, tuple):
            firsts.append(1 if u[1] == 0 else next_of[u[0]])
            next_of[u[0]] = firsts[-1] + u[2]
    assert [u[4] for u, _ in out if isinstance(u, tuple)] == firsts
    assert _no_children_left()


def test_a_worker_dying_before_or_after_its_count_loses_no_number(tmp_path):
    units = _series("a", [3, 4, 5, 6, 2, 2], kill={1: f"read:{tmp_path / 'r'}", 3: f"fn:{tmp_path / 'f'}"})
    out = list(_workers.fork_map(units, _numbers, 2, numbering=_Runs()))
    assert [r for _, r in out] == _expected(units)
    assert (tmp_path / "r").exists() and (tmp_path / "f").exists()
    assert _no_children_left()


def _always_die(unit):
    if isinstance(unit, tuple) and unit[0] == "numbered" and unit[1][1] == 2 and os.getpid() != _TESTS:
        os.kill(os.getpid(), 9)
    return _numbers(unit)


def test_a_series_unit_given_up_on_is_seen_numbered():
    units = _series("a", [3, 4, 5, 6])
    seen = []

    def lost(unit, why):
        seen.append(unit)
        return ["lost", unit[4]]

    out = list(_workers.fork_map(units, _always_die, 2, lost=lost, numbering=_Runs()))
    assert [r for _, r in out] == [[1, 2, 3], [4, 5, 6, 7], ["lost", 8], list(range(13, 19))]
    assert seen == [("a", 2, 5, 0.0, 8, "")]
    assert _no_children_left()
