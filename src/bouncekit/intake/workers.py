"""Worker processes for ``jobs`` > 1: forked children fed through pipes, results in input order.

``multiprocessing.Pool`` costs an import (~13 ms, paid before any work starts) and three helper
threads in the parent that contend for its GIL with every task. A scan needs less: fork the
workers once, hand each the next unit of work when it has room for one, and put the results back
in input order. Where ``os.fork`` is missing, ``_scan`` uses ``multiprocessing`` instead.
"""
from __future__ import annotations

import os
import pickle
import select
import signal
import struct
from collections.abc import Callable, Iterable, Iterator
from typing import Any, NamedTuple, TypeVar

U = TypeVar("U")
T = TypeVar("T")

_LENGTH = struct.Struct("<Q")
# A task this small waits in a busy worker's pipe without blocking the writer (a pipe holds 64 KiB
# on Linux, 16 KiB at least elsewhere); a larger one goes only to a worker that is waiting for work.
# Otherwise this process could block writing a task while the worker blocks writing its result.
_QUEUEABLE = 8 * 1024


class _Worker(NamedTuple):
    pid: int
    tasks: int  # fd this process writes tasks to
    results: int  # fd this process reads results from


def can_fork() -> bool:
    return hasattr(os, "fork")


def fork_map(units: Iterable[U], fn: Callable[[U], T], jobs: int) -> Iterator[tuple[U, T]]:
    """(unit, ``fn(unit)``) for every unit, computed in ``jobs`` forked processes, in input order.

    An exception raised by ``fn`` is raised here. Closing the iterator early stops the workers."""
    workers: list[_Worker] = []
    finished = False
    try:
        for _ in range(jobs):
            workers.append(_start(fn, workers))
        yield from _feed_and_collect(iter(units), workers)
        finished = True
    finally:
        _stop(workers, finished)


def _start(fn: Callable[[Any], Any], others: list[_Worker]) -> _Worker:
    task_read, task_write = os.pipe()
    result_read, result_write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the worker: it never returns into the caller's code
        status = 1
        try:
            signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent stops it; ^C goes to the parent
            os.close(task_write)
            os.close(result_read)
            for other in others:  # the ends of the other workers' pipes, so they see end-of-file
                os.close(other.tasks)
                os.close(other.results)
            _serve(task_read, result_write, fn)
            status = 0
        finally:
            os._exit(status)  # no atexit handlers, no flushing of the parent's buffers
    os.close(task_read)
    os.close(result_write)
    return _Worker(pid, task_write, result_read)


def _serve(tasks: int, results: int, fn: Callable[[Any], Any]) -> None:
    while True:
        message = _receive(tasks)
        if message is None:
            return  # no more work
        seq, unit = message
        try:
            reply = (seq, True, fn(unit))
        except Exception as exc:  # raised again in the parent
            reply = (seq, False, exc)
        try:
            data = pickle.dumps(reply, pickle.HIGHEST_PROTOCOL)
        except Exception as exc:  # e.g. an exception that does not pickle
            data = pickle.dumps((seq, False, RuntimeError(f"worker result could not be sent: {exc!r}")))
        _send(results, data)


def _feed_and_collect(units: Iterator[U], workers: list[_Worker]) -> Iterator[tuple[U, T]]:
    load = {w.results: 0 for w in workers}  # tasks given to each worker and not yet answered
    by_fd = {w.results: w for w in workers}
    given: dict[int, U] = {}  # seq -> unit, until its result is passed on
    done: dict[int, T] = {}
    next_seq = 0
    next_out = 0
    held: tuple[U, bytes] | None = None  # a task too large to queue behind another one
    exhausted = False

    def give(worker: _Worker) -> None:
        nonlocal next_seq, held, exhausted
        while load[worker.results] < 2:
            if held is None:
                if exhausted:
                    return
                try:
                    unit = next(units)
                except StopIteration:
                    exhausted = True
                    return
                held = (unit, pickle.dumps((next_seq, unit), pickle.HIGHEST_PROTOCOL))
            unit, data = held
            if load[worker.results] and len(data) > _QUEUEABLE:
                return  # it waits for a worker with nothing to do
            _send(worker.tasks, data)
            given[next_seq] = unit
            next_seq += 1
            load[worker.results] += 1
            held = None

    for worker in workers:
        give(worker)
    while True:
        busy = [fd for fd, n in load.items() if n]
        if not busy:
            break
        ready, _, _ = select.select(busy, [], [])
        for fd in ready:
            message = _receive(fd)
            if message is None:
                raise RuntimeError("a worker process ended before its work was done")
            seq, ok, value = message
            load[fd] -= 1
            if not ok:
                raise value
            done[seq] = value
            give(by_fd[fd])
        while next_out in done:
            yield given.pop(next_out), done.pop(next_out)
            next_out += 1


def _stop(workers: list[_Worker], finished: bool) -> None:
    for w in workers:
        if not finished:  # stopped early or by an error: do not wait for work in progress
            try:
                os.kill(w.pid, signal.SIGTERM)
            except OSError:
                pass
        for fd in (w.tasks, w.results):
            try:
                os.close(fd)  # end-of-file: an idle worker exits
            except OSError:
                pass
    for w in workers:
        try:
            os.waitpid(w.pid, 0)
        except ChildProcessError:
            pass


def _send(fd: int, data: bytes) -> None:
    view = memoryview(_LENGTH.pack(len(data)) + data)
    while view:
        view = view[os.write(fd, view):]


def _receive(fd: int) -> Any:
    """The next message on ``fd``, or None at end-of-file before one begins."""
    head = _read_exactly(fd, _LENGTH.size)
    if head is None:
        return None
    body = _read_exactly(fd, _LENGTH.unpack(head)[0])
    if body is None:
        raise EOFError("a message was cut short")
    return pickle.loads(body)


def _read_exactly(fd: int, size: int) -> bytes | None:
    chunks: list[bytes] = []
    while size:
        chunk = os.read(fd, min(size, 1 << 20))
        if not chunk:
            if chunks:
                raise EOFError("a message was cut short")
            return None
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)
