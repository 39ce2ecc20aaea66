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
