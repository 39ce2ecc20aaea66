"""Worker processes for ``jobs`` > 1: forked children fed through pipes, results in input order.

``multiprocessing.Pool`` costs an import (~13 ms, paid before any work starts) and three helper
threads in the parent that contend for its GIL with every task. A scan needs less: fork the
workers once, hand each the next unit of work when it has room for one, and put the results back
in input order. Where ``os.fork`` is missing, the work is done in this process (one path for
parallel work, no ``multiprocessing`` fallback). A worker that dies is replaced (see fork_map).
"""
from __future__ import annotations

import os
import pickle
import select
import signal
import struct
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from types import ModuleType
from typing import Any, Generic, NamedTuple, TypeVar

fcntl: ModuleType | None
try:
    import fcntl
except ImportError:  # not on Windows (where there is no fork either)
    fcntl = None

U = TypeVar("U")
T = TypeVar("T")

_LENGTH = struct.Struct("<Q")
# A task this small waits in a busy worker's pipe without blocking the writer (a pipe holds 64 KiB
# on Linux, 16 KiB at least elsewhere); a larger one goes only to a worker that is waiting for work.
# Otherwise this process could block writing a task while the worker blocks writing its result.
_QUEUEABLE = 8 * 1024
# Room asked for in a results pipe (Linux, where an unprivileged process may ask up to 1 MiB): a
# worker's result (~100 KB for a run of an mbox) is then written at once and the worker goes on to
# its next task, instead of waiting, at every result, for this process to be scheduled and read
# the rest (on a machine whose cores the workers keep busy, ~0.7 ms a result).
_RESULT_PIPE_BYTES = 1 << 20


class _Worker(NamedTuple):
    pid: int
    tasks: int  # fd this process writes tasks to
    results: int  # fd this process reads results from


class Numbering(Generic[U]):
    """Units of a *series* (an mbox file's runs) whose items are numbered on from the units before
    them: a unit's first number is known only once every unit before it in its series is counted,
    and counting a unit means reading it. So the worker that reads a unit counts it and tells this
    process, which answers with the unit's first number as soon as the counts before it are in
    (counting a unit itself where its worker has not yet: a worker never waits on another), and
    the worker goes on with what it read. The first unit of a series has first number 1."""

    def place(self, unit: U) -> tuple[Any, int] | None:
        """(series, place in it from 0) of a unit of a series; None for any other unit."""
        raise NotImplementedError

    def first(self, unit: U) -> int:
        """The unit's first number as it was made; 0 where not known then."""
        raise NotImplementedError

    def read(self, unit: U) -> tuple[int, Any]:
        """The unit's number of items, and what was read to count them."""
        raise NotImplementedError

    def numbered(self, unit: U, read: Any, first: int) -> U:
        """The unit to compute ``fn`` of, from what ``read`` gave and its first number."""
        raise NotImplementedError

    def with_first(self, unit: U, first: int) -> U:
        """The unit as made, with its first number."""
        raise NotImplementedError


class _Counts:
    """This process's side of a Numbering: the counts of the units of each series given out so far,
    and from them the first numbers."""

    def __init__(self, numbering: Numbering[Any]) -> None:
        self.numbering = numbering
        self.counts: dict[tuple[Any, int], int] = {}
        self.firsts: dict[tuple[Any, int], int] = {}
        self.units: dict[tuple[Any, int], Any] = {}  # until counted: to count here if need be

    def add(self, unit: Any) -> None:
        at = self.numbering.place(unit)
        if at is None:
            return
        first = self.numbering.first(unit)
        if at[1] == 0 or first > 0:
            self.firsts[at] = first if first > 0 else 1
        if at not in self.counts:
            self.units[at] = unit

    def counted(self, at: tuple[Any, int], n: int) -> None:
        self.counts[at] = n
        self.units.pop(at, None)

    def first(self, at: tuple[Any, int], count_here: bool) -> int | None:
        """The first number of the unit at ``at``, from the first number and count of the nearest
        unit before it whose first number is known; None while a count is missing (with
        ``count_here``, a missing count is taken by reading that unit here)."""
        series, place = at
        firsts, counts = self.firsts, self.counts
        known = place
        while (series, known) not in firsts:
            known -= 1
        n = firsts[(series, known)]
        for p in range(known, place):
            c = counts.get((series, p))
            if c is None:
                if not count_here:
                    return None
                c = self.numbering.read(self.units[(series, p)])[0]
                self.counted((series, p), c)
            n += c
            firsts[(series, p + 1)] = n
        return n


def can_fork() -> bool:
    return hasattr(os, "fork")


def fork_map(units: Iterable[U], fn: Callable[[U], T], jobs: int, *,
             split: Callable[[U], list[U]] | None = None,
             lost: Callable[[U, str], T] | None = None,
             numbering: Numbering[U] | None = None) -> Iterator[tuple[U, T]]:
    """(unit, ``fn(unit)``) for every unit, computed in ``jobs`` forked processes, in input order.

    A worker that dies (killed by a signal, the OOM killer ...) is replaced by a fresh one and its
    unfinished units are given out again. A unit that was in progress in a worker that died twice
    is cut by ``split`` into smaller units (one per message) that take its place in the output;
    a unit that cannot be cut further and kills a worker twice gets ``lost(unit, why)`` as its
    result, computed here (without ``lost``, RuntimeError is raised).

    With ``numbering``, the units of a series are numbered as they are read (see Numbering): ``split``,
    ``lost`` and the output see them with their first numbers.

    An exception raised by ``fn`` is raised here. Closing the iterator early stops the workers."""
    workers: list[_Worker] = []
    finished = False
    try:
        for _ in range(jobs):
            workers.append(_start(fn, workers, numbering))
        yield from _feed_and_collect(iter(units), workers, fn, split, lost, numbering)
        finished = True
    finally:
        _stop(workers, finished)


def _start(fn: Callable[[Any], Any], others: list[_Worker], numbering: Numbering[Any] | None) -> _Worker:
    task_read, task_write = os.pipe()
    result_read, result_write = os.pipe()
    _widen(result_write)
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
            _serve(task_read, result_write, fn, numbering)
            status = 0
        finally:
            os._exit(status)  # no atexit handlers, no flushing of the parent's buffers
    os.close(task_read)
    os.close(result_write)
    return _Worker(pid, task_write, result_read)


def _widen(fd: int) -> None:
    """Ask for _RESULT_PIPE_BYTES of room in the pipe (or as much as the system allows); where it
    cannot be asked for, the pipe stays as it is: slower, the same results."""
    if fcntl is None:
        return
    setsize = getattr(fcntl, "F_SETPIPE_SZ", None)
    if setsize is None:
        return
    for size in (_RESULT_PIPE_BYTES, _RESULT_PIPE_BYTES // 4):
        try:
            fcntl.fcntl(fd, setsize, size)
            return
        except OSError:  # EPERM above /proc/sys/fs/pipe-max-size
            continue


def _serve(tasks: int, results: int, fn: Callable[[Any], Any], numbering: Numbering[Any] | None) -> None:
    """Tasks are (seq, unit, first number or None); a unit of a series is counted and its count
    sent as (seq, count), and where its first number was not known, the (seq, first) that this
    process sends back is waited for (tasks that come meanwhile wait their turn)."""
    waiting: deque[tuple[int, Any, int | None]] = deque()
    firsts: dict[int, int] = {}
    while True:
        if waiting:
            seq, unit, first = waiting.popleft()
        else:
            message = _receive(tasks)
            if message is None:
                return  # no more work
            if len(message) == 2:  # a first number is sent only for the task being waited on: kept anyway
                firsts[message[0]] = message[1]
                continue
            seq, unit, first = message
        try:
            if numbering is not None and numbering.place(unit) is not None:
                count, read = numbering.read(unit)
                _send(results, pickle.dumps((seq, count), pickle.HIGHEST_PROTOCOL))
                while first is None:
                    first = firsts.pop(seq, None)
                    if first is not None:
                        break
                    message = _receive(tasks)
                    if message is None:
                        return  # stopped while waiting
                    if len(message) == 2:
                        firsts[message[0]] = message[1]
                    else:
                        waiting.append(message)
                unit = numbering.numbered(unit, read, first)
            reply = (seq, True, fn(unit))
        except Exception as exc:  # raised again in the parent
            reply = (seq, False, exc)
        try:
            data = pickle.dumps(reply, pickle.HIGHEST_PROTOCOL)
        except Exception as exc:  # e.g. an exception that does not pickle
            data = pickle.dumps((seq, False, RuntimeError(f"worker result could not be sent: {exc!r}")))
        _send(results, data)


# a unit in progress when its worker died this many times is split, or given up on
_DEATHS = 2


def _feed_and_collect(units: Iterator[U], workers: list[_Worker], fn: Callable[[U], T],
                      split: Callable[[U], list[U]] | None,
                      lost: Callable[[U, str], T] | None,
                      numbering: Numbering[U] | None = None) -> Iterator[tuple[U, T]]:
    pending: dict[int, deque[int]] = {w.results: deque() for w in workers}  # seqs given, unanswered
    by_fd = {w.results: w for w in workers}
    given: dict[int, U] = {}  # seq -> unit, until its result is passed on
    data_of: dict[int, bytes] = {}  # seq -> its pickled task, while it may have to be sent again
    done: dict[int, T] = {}
    deaths: dict[int, int] = {}
    order: deque[int] = deque()  # seqs in output order
    retry: deque[int] = deque()  # seqs to give out again, before new units
    next_seq = 0
    held: int | None = None  # a task too large to queue behind another one
    exhausted = False
    counts = _Counts(numbering) if numbering is not None else None
    places: dict[int, tuple[Any, int]] = {}  # seq -> (series, place) of a unit of a series
    unnumbered: set[int] = set()  # seqs of series units whose task went without a first number

    def task(seq: int) -> bytes:
        """The task to send: a series unit's first number in it once known."""
        at = places.get(seq)
        if at is not None and counts is not None and seq in unnumbered:
            first = counts.first(at, False)
            if first is not None:
                unnumbered.discard(seq)
                data_of[seq] = pickle.dumps((seq, given[seq], first), pickle.HIGHEST_PROTOCOL)
        return data_of[seq]

    def numbered(seq: int) -> U:
        """The unit of ``seq``, a series unit with its first number (counted here if need be)."""
        unit = given[seq]
        at = places.get(seq)
        if at is not None and counts is not None and numbering is not None and numbering.first(unit) < 1:
            first = counts.first(at, True)
            assert first is not None
            unit = given[seq] = numbering.with_first(unit, first)
        return unit

    def new_task(unit: U) -> int:
        nonlocal next_seq
        seq = next_seq
        next_seq += 1
        given[seq] = unit
        first: int | None = None
        at = numbering.place(unit) if numbering is not None and counts is not None else None
        if at is not None and counts is not None:
            counts.add(unit)
            places[seq] = at
            first = counts.first(at, False)
            if first is None:
                unnumbered.add(seq)
        data_of[seq] = pickle.dumps((seq, unit, first), pickle.HIGHEST_PROTOCOL)
        return seq

    def give(worker: _Worker) -> bool:
        """Tasks for ``worker``; False when it turned out to be dead."""
        nonlocal held, exhausted
        queue = pending[worker.results]
        while len(queue) < 2:
            if held is None:
                if retry:
                    held = retry.popleft()
                elif exhausted:
                    return True
                else:
                    try:
                        unit = next(units)
                    except StopIteration:
                        exhausted = True
                        return True
                    held = new_task(unit)
                    order.append(held)
            data = task(held)
            if queue and len(data) > _QUEUEABLE:
                return True  # it waits for a worker with nothing to do
            try:
                _send(worker.tasks, data)
            except OSError:  # EPIPE: the worker is gone; ``held`` goes to the next one
                return False
            queue.append(held)
            held = None
        return True

    def replace(worker: _Worker) -> _Worker:
        """A dead worker's unfinished tasks given out again; a fresh worker in its place."""
        nonlocal held
        why = _reap(worker)
        queue = pending.pop(worker.results)
        by_fd.pop(worker.results)
        again = list(queue)
        if again:
            first = again[0]  # the one it was working on
            deaths[first] = deaths.get(first, 0) + 1
            if deaths[first] >= _DEATHS:
                again = again[1:]
                unit = numbered(first)
                places.pop(first, None)
                parts = split(unit) if split is not None else [unit]
                if len(parts) > 1:
                    at = order.index(first)
                    del given[first], data_of[first]
                    order.remove(first)
                    seqs = [new_task(p) for p in parts]
                    for k, s in enumerate(seqs):
                        order.insert(at + k, s)
                    again = seqs + again
                elif lost is not None:
                    done[first] = lost(unit, why)
                    data_of.pop(first, None)
                else:
                    raise RuntimeError(f"a worker process died twice on the same work ({why})")
        if held is not None:
            again.append(held)
            held = None
        retry.extendleft(reversed(again))
        fresh = _start(fn, [w for w in workers if w is not worker], numbering)
        workers[workers.index(worker)] = fresh
        pending[fresh.results] = deque()
        by_fd[fresh.results] = fresh
        return fresh

    def feed(worker: _Worker) -> None:
        while not give(worker):
            worker = replace(worker)

    for worker in list(workers):
        feed(worker)
    while True:
        busy = [fd for fd, q in pending.items() if q]
        if not busy:
            if retry or held is not None:  # work given back by a worker that died idle-free
                for worker in list(workers):
                    feed(worker)
                continue
            break
        ready, _, _ = select.select(busy, [], [])
        for fd in ready:
            worker = by_fd[fd]
            try:
                message = _receive(fd)
            except EOFError:
                message = None
            if message is None:  # the worker died
                feed(replace(worker))
                continue
            if len(message) == 2:  # a series unit's count; its worker may wait for its first number
                seq, count = message
                at = places.get(seq)
                if at is not None and counts is not None:
                    counts.counted(at, count)
                    if seq in unnumbered:  # its task went without: the worker waits for it
                        first = counts.first(at, True)
                        # sent again (the worker dies), the task carries it
                        data_of[seq] = pickle.dumps((seq, given[seq], first), pickle.HIGHEST_PROTOCOL)
                        unnumbered.discard(seq)
                        try:
                            _send(worker.tasks, pickle.dumps((seq, first), pickle.HIGHEST_PROTOCOL))
                        except OSError:  # the worker is gone: its end of the results pipe tells
                            pass
                continue
            seq, ok, value = message
            pending[fd].popleft()
            if not ok:
                raise value
            done[seq] = value
            data_of.pop(seq, None)
            feed(worker)
        while order and order[0] in done:
            seq = order.popleft()
            unit = numbered(seq)
            places.pop(seq, None)
            del given[seq]
            yield unit, done.pop(seq)


def _reap(worker: _Worker) -> str:
    """Close a dead worker's pipes and collect it; what ended it, in words."""
    for fd in (worker.tasks, worker.results):
        try:
            os.close(fd)
        except OSError:
            pass
    try:
        _, status = os.waitpid(worker.pid, 0)
    except ChildProcessError:
        return "a worker process ended"
    if os.WIFSIGNALED(status):
        sig = os.WTERMSIG(status)
        try:
            name = signal.Signals(sig).name
        except ValueError:
            name = str(sig)
        return f"a worker process was killed by {name}"
    return f"a worker process exited with status {os.WEXITSTATUS(status)}"


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
