"""Read files in worker processes, each file with a time and memory budget.

A file that hangs its parser is killed at its deadline; one that crashes its worker or runs it
out of memory becomes a finding; either way the worker is replaced and the check goes on.
``concurrent.futures`` cannot kill one task, so the pool is a few processes on pipes.
Workers are started as ``python -m gatekeeper.pool`` (or the packaged app itself) rather than
by ``multiprocessing``, so they never re-import the caller's main module (a script, the CLI or
the GUI); each reads its pipe ends from its standard input, the same way on POSIX and Windows.
On Linux one process started so imports the readers' code once and forks each worker from itself
(``gatekeeper.reader_forks``).

Each worker also classifies what it read and parses it into the readings the checks use
(``gatekeeper.readings``), so that work runs in parallel too. Small files go to a worker in
batches and come back a few dozen at a time, so a phone extract of 100,000 messages costs no
round trip per file; a batch that hangs or crashes its worker is read again one file at a time,
so only the file at fault is reported.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import signal
import subprocess
import sys
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import partial
from multiprocessing.connection import Connection, Pipe, wait
from multiprocessing.reduction import ForkingPickler
from pathlib import Path
from typing import Any

from gatekeeper import reader_forks
from gatekeeper.classify import Classification
from gatekeeper.models import Extraction, FileFormat, Problem
from gatekeeper.reader_forks import ForkedReader, ForkSource

Readings = dict[str, Any]
OnRead = Callable[["Task", Extraction, Classification | None, Readings], None]

POLL_S = 0.1
READY = "ready"
PICTURE = "picture"
CALL = "call"
READER_FLAG = "--gatekeeper-reader"
READER_ROLE = "reader"
PICTURE_S = 20.0  # a page picture for a person: a file that takes longer is not shown
# Files up to this size go to a worker in batches: reading one costs less than a round trip.
SMALL_FILE = 256 * 1024
BATCH_FILES = 64
BATCH_BYTES = 4 * 1024 * 1024
# A batch sent to a worker still reading another waits in its pipe: small enough to fit whole in
# the smallest pipe buffer there is (one 4 KiB page on Linux when pipes are scarce, 8 KiB on
# Windows), so that sending it never blocks on a worker stuck in a file.
AHEAD_BYTES = 3 * 1024
AHEAD_PATH_BYTES = 2 * 1024
# A worker sends what it has read at least this often, and at the end of each batch.
FLUSH_S = 0.05
# A round (see ``_worker_main``) also ends once it has read this much text: parsing a round's text
# must stay well inside the allowance of its first file, whose answer waits for all of it.
ROUND_CHARS = 32_000
# A new worker imports its readers before its first file; a start that hangs still times out.
STARTUP_ALLOWANCE_S = 20.0


@dataclass(frozen=True)
class Call:
    """One of the project's functions to run in a reader, within ``seconds``: ``target`` names it
    as ``"gatekeeper.module:function"``; ``args`` and its result are plain picklable values."""

    target: str
    args: tuple[Any, ...]
    seconds: float


# What ``call_all`` reports for a call: its result, or None and why not, in plain words.
CallDone = Callable[[int, Any, str | None], None]


@dataclass(frozen=True)
class Budget:
    """How much one file may cost to read."""

    seconds: float = 30.0
    seconds_per_gb: float = 30.0
    memory_mb: int = 2048
    max_chars: int = 400_000
    ocr: bool = True  # read scanned pages and pictures of documents by OCR, within the deadline

    def deadline_for(self, size: int) -> float:
        return self.seconds + self.seconds_per_gb * size / 1e9


@dataclass
class Task:
    rel: str
    size: int
    alone: bool = False
    """Read in a batch of its own (after a batch it was in hung or crashed its worker)."""


@dataclass
class _Worker:
    process: subprocess.Popen[bytes] | ForkedReader
    jobs: Connection
    results: Connection
    tasks: deque[Task] = field(default_factory=deque)
    """The files sent and not yet answered, in the order the worker reads them."""
    deadline: float = 0.0
    """When the first of ``tasks`` is overdue."""
    ready: bool = False

    jobs_sent: deque[int] = field(default_factory=deque)
    """How many of ``tasks`` each job sent holds, oldest first."""

    @property
    def busy(self) -> bool:
        return bool(self.tasks)

    def give(self, batch: list[Task]) -> None:
        self.tasks.extend(batch)
        self.jobs_sent.append(len(batch))

    def answered(self) -> Task:
        """The file the worker's next answer is for."""
        self.jobs_sent[0] -= 1
        if not self.jobs_sent[0]:
            self.jobs_sent.popleft()
        return self.tasks.popleft()

    def stop(self) -> None:
        self.process.kill()
        self.process.wait()
        self.jobs.close()
        self.results.close()


def _worker_main(
    jobs: Connection, results: Connection, memory_mb: int, forms_path: str | None
) -> None:
    _limit_memory(memory_mb)
    _reader(forms_path)(jobs, results)


def _limit_memory(memory_mb: int) -> None:
    if memory_mb <= 0:
        return
    try:
        import resource
    except ImportError:  # Windows: a Job Object, or only the per-file deadline if refused
        from gatekeeper.winjob import limit_own_memory

        limit_own_memory(memory_mb)
    else:
        limit = memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def _reader(forms_path: str | None) -> Callable[[Connection, Connection], None]:
    """Import the parsers and load the form data, and return a reader's service on its pipes:
    read, classify and parse each file it is sent, until its jobs pipe closes."""
    import logging

    # Parsers log warnings about damaged files; the finding says it better, so keep stderr quiet.
    logging.disable(logging.WARNING)
    from gatekeeper.classify import classify
    from gatekeeper.extract import Folders, read_document
    from gatekeeper.forms import load_forms
    from gatekeeper.readings import parse_document

    forms = load_forms(Path(forms_path) if forms_path else None)

    def read_one(
        folders: Folders, max_chars: int, ocr: bool, rel: str, deadline_s: float
    ) -> Extraction:
        try:
            return read_document(
                folders.root, rel, max_chars, ocr=ocr, deadline_s=deadline_s, folders=folders
            )
        except MemoryError:
            return _failed(Problem.TOO_MUCH_MEMORY, "reading it needed more memory than allowed")
        except Exception as exc:  # a parser bug must not end the check; report it on the file
            # Its kind only: a parser's message may quote the file.
            return _failed(Problem.CORRUPT, f"it could not be read ({type(exc).__name__})")

    def classified(rel: str, extraction: Extraction) -> Classification | None:
        try:
            return classify(rel, extraction)
        except Exception:  # the caller classifies it again and meets the error there
            return None

    def parsed(found: Classification | None, extraction: Extraction) -> Readings:
        if found is None:
            return {}
        try:
            return parse_document(found.type, extraction, forms)
        except Exception:  # the check takes the readings itself and meets the error there
            return {}

    def finished(rels: list[str], extractions: list[Extraction]) -> list[_Packed]:
        """Classify, parse and pack what was read, a step at a time over the round's files: one
        step's code and data stay in the processor's caches (a fifth faster on a phone extract's
        messages than every step for one file, then the next)."""
        found = [classified(rel, e) for rel, e in zip(rels, extractions, strict=True)]
        readings = [parsed(f, e) for f, e in zip(found, extractions, strict=True)]
        return [_pack(*done) for done in zip(extractions, found, readings, strict=True)]

    def serve_jobs(jobs: Connection, results: Connection) -> None:
        results.send(READY)  # a file's deadline starts now, not while the readers were importing
        while True:
            try:
                job = jobs.recv()
            except EOFError:
                return
            if job is None:
                return
            if job[0] == PICTURE:
                results.send(_picture(*job[1:]))
                continue
            if job[0] == CALL:
                results.send(_call(*job[1:]))
                continue
            root, max_chars, ocr, files = job
            with Folders(root) as folders:
                read = partial(read_one, folders, max_chars, ocr)
                for rels, extractions in rounds(files, read):
                    results.send(finished(rels, extractions))

    return serve_jobs


def rounds(
    files: list[tuple[str, float]], read: Callable[[str, float], Extraction]
) -> Iterator[tuple[list[str], list[Extraction]]]:
    """A batch's files read in rounds: until FLUSH_S has passed or ROUND_CHARS of text were read.
    The worker finishes and sends each round before reading on, so the dispatcher hears of each
    file soon after it was read (a phone extract's messages make rounds of a whole batch, long
    statements rounds of one or two)."""
    waiting = iter(files)
    while True:
        rels: list[str] = []
        extractions: list[Extraction] = []
        chars = 0
        began = time.monotonic()
        for rel, deadline_s in waiting:
            rels.append(rel)
            extractions.append(read(rel, deadline_s))
            chars += len(extractions[-1].text)
            if chars >= ROUND_CHARS or time.monotonic() - began >= FLUSH_S:
                break
        if not rels:
            return
        yield rels, extractions


# What a worker sends for one file: plain values, not pickled models. Unpickling a pydantic model
# costs several times validating its fields afresh (only those set: the rest are defaults), and
# a phone extract has 100,000 files.
_Packed = tuple[dict[str, Any], tuple[Any, ...] | None, Readings]


# Fields left at their defaults are not sent: a message's extraction is three values, not fourteen.
_EXTRACTION_DEFAULTS: dict[str, Any] = {
    name: info.get_default(call_default_factory=True)
    for name, info in Extraction.model_fields.items()
}


def _pack(
    extraction: Extraction, classification: Classification | None, readings: Readings
) -> _Packed:
    values = {}
    for name in extraction.model_fields_set:
        value = getattr(extraction, name)
        default = _EXTRACTION_DEFAULTS[name]
        if not (type(value) is type(default) and value == default):
            values[name] = value
    found = None
    if classification is not None:
        found = (
            classification.type,
            classification.source,
            classification.confidence,
            classification.mismatch,
        )
    return values, found, readings


def _unpack(packed: _Packed) -> tuple[Extraction, Classification | None, Readings]:
    values, found, readings = packed
    classification = Classification(*found) if found is not None else None
    return Extraction.model_validate(values), classification, readings


def _picture(
    root: str, rel: str, page: int, width: int
) -> tuple[str, bytes | None, int, str | None]:
    from gatekeeper.extract.picture import NoPicture, page_picture

    try:
        png, pages = page_picture(root, rel, page, width)
    except NoPicture as exc:
        return PICTURE, None, 0, str(exc)
    except OSError as exc:
        return PICTURE, None, 0, f"the file could not be opened ({exc.strerror or exc})"
    except Exception as exc:  # a damaged file must not end the worker's service
        return PICTURE, None, 0, f"the page could not be drawn ({type(exc).__name__})"
    return PICTURE, png, pages, None


def _call(target: str, args: tuple[Any, ...]) -> tuple[str, bool, Any]:
    """Run a ``Call`` in this reader: (CALL, True, result) or (CALL, False, why in plain words).
    An unexpected error is named by its kind only: a parser's message may quote the file."""
    import importlib

    from gatekeeper.extract.result import ReadError

    module_name, _, name = target.partition(":")
    if not module_name.startswith("gatekeeper."):
        return CALL, False, "not one of Gatekeeper's own functions"
    try:
        function = getattr(importlib.import_module(module_name), name)
        return CALL, True, function(*args)
    except ReadError as exc:  # what is wrong with the file, in plain words
        return CALL, False, exc.detail
    except MemoryError:
        return CALL, False, "it needed more memory than allowed"
    except RecursionError:
        return CALL, False, "it is nested too deeply: the file is damaged or built to hang a reader"
    except Exception as exc:  # a damaged file must not end the worker's service
        return CALL, False, f"it is damaged ({type(exc).__name__})"


def _failed(problem: Problem, detail: str) -> Extraction:
    return Extraction(
        format=FileFormat.UNKNOWN, readable=False, problem=problem, problem_detail=detail
    )


class ReaderPool:
    """A small pool of reader processes; start once, reuse for every check of a session."""

    def __init__(
        self,
        workers: int | None = None,
        budget: Budget | None = None,
        forms_path: Path | None = None,
    ) -> None:
        self.size = max(1, workers or os.cpu_count() or 1)
        self.budget = budget or Budget()
        self.forms_path = forms_path
        """The form data the workers parse documents with (the shipped data by default)."""
        self._workers: list[_Worker] = []
        self._forks: ForkSource | None = None
        self._retired: list[ForkSource] = []
        """Fork sources with no pipes left, stopped once their readers have ended."""
        self._forking = reader_forks.AVAILABLE and BY_NUMBER
        """Whether readers are forked (``reader_forks``): until a fork source dies or fails."""

    def start(self) -> None:
        """Start every reader now, without waiting: the parsers are imported (once, by the fork
        source, on Linux) while the caller does other work (lists the folder). ``read`` starts
        any still missing."""
        self._idle_workers(self.size)

    def read(
        self,
        root: str,
        tasks: Sequence[Task],
        on_done: Callable[[Task, Extraction], None],
        cancelled: Callable[[], bool] = lambda: False,
        on_start: Callable[[Task], None] = lambda task: None,
        on_read: OnRead | None = None,
    ) -> None:
        """Read every task, calling ``on_done`` in the caller's thread as each one finishes.

        With ``on_read``, that is called instead, with the worker's classification and readings
        too (None and {} when the file could not be read or classified: the caller does it)."""
        # Largest first, so a long video does not start last and leave a core idle at the end.
        pending = deque(sorted(tasks, key=lambda t: t.size, reverse=True))
        answer = on_read or (lambda task, result, _, __: on_done(task, result))
        try:
            self._read_all(root, pending, answer, cancelled, on_start)
        except BaseException:
            # An error in a callback: the readers still at work would answer the next read with
            # this one's files. Stop them; new ones start when needed.
            self._stop_busy()
            raise

    def _read_all(
        self,
        root: str,
        pending: deque[Task],
        answer: OnRead,
        cancelled: Callable[[], bool],
        on_start: Callable[[Task], None],
    ) -> None:
        while pending or self._busy():
            if cancelled():
                self._stop_busy()
                return
            for worker in self._idle_workers(len(pending)) + self._ready_for_more(pending):
                if not pending:
                    break  # the batches before took every file
                ahead = worker.busy
                batch = _next_batch(pending, AHEAD_PATH_BYTES if ahead else None)
                files = [(t.rel, self.budget.deadline_for(t.size)) for t in batch]
                # The worker hears each deadline too, so that OCR stops in time to be reported.
                job = ForkingPickler.dumps((root, self.budget.max_chars, self.budget.ocr, files))
                if ahead and len(job) > AHEAD_BYTES:
                    pending.extendleft(reversed(batch))  # for a worker that is free to take it
                    continue
                on_start(batch[0])
                try:
                    worker.jobs.send_bytes(job)
                except OSError:  # it died (killed from outside): another takes these
                    pending.extendleft(reversed(batch))
                    if ahead:  # and the files it had in hand are read again, or reported
                        self._fail(worker, Problem.WORKER_CRASHED, answer, pending)
                    else:
                        self._drop(worker)
                    continue
                worker.give(batch)
                if not ahead:  # the deadline is the first unanswered file's, however many wait
                    worker.deadline = time.monotonic() + self._allowance(worker)
            self._collect(answer, pending)

    def picture(
        self, root: str, rel: str, page: int = 0, width: int = 1000
    ) -> tuple[bytes | None, int, str | None]:
        """A PNG of one page of ``root/rel`` drawn in a reader process: (png, pages, problem).

        For the desktop preview, between checks (not while ``read`` runs). A file that hangs or
        crashes the reader is stopped at its deadline and said so; the pool goes on."""
        worker = self._idle_workers(1)[0]
        worker.jobs.send((PICTURE, root, rel, page, width))
        deadline = time.monotonic() + PICTURE_S + (0 if worker.ready else STARTUP_ALLOWANCE_S)
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0 or not worker.results.poll(remaining):
                self._drop(worker)
                return None, 0, f"drawing the page took longer than {PICTURE_S:.0f} s"
            try:
                message = worker.results.recv()
            except (EOFError, OSError):
                self._drop(worker)
                return None, 0, "the reader stopped while drawing the page: the file is damaged"
            if isinstance(message, str):  # READY
                worker.ready = True
                deadline = time.monotonic() + PICTURE_S
                continue
            _, png, pages, problem = message
            return png, pages, problem

    def call_all(
        self,
        calls: Sequence[Call],
        on_done: CallDone,
        cancelled: Callable[[], bool] = lambda: False,
    ) -> None:
        """Run each call in a reader, as many at once as there are readers, calling ``on_done``
        (its index, its result or None, why not) in the caller's thread as each ends.

        A call that overruns its ``seconds`` or ends its reader (a crash, or the memory budget
        met) is reported so, its reader replaced, and the rest go on. Returns early, stopping
        the calls in hand, once ``cancelled`` says so. Not while ``read`` runs."""
        pending = deque(enumerate(calls))
        running: dict[int, tuple[_Worker, int, float]] = {}  # by id(worker)
        try:
            while pending or running:
                if cancelled():
                    break
                free = [w for w in self._idle_workers(self.size) if id(w) not in running]
                for worker in free[: len(pending)]:
                    index, call = pending.popleft()
                    worker.jobs.send((CALL, call.target, call.args))
                    allowance = call.seconds + (0 if worker.ready else STARTUP_ALLOWANCE_S)
                    running[id(worker)] = (worker, index, time.monotonic() + allowance)
                self._collect_calls(calls, running, on_done)
        finally:
            for worker, _, _ in running.values():  # cancelled, or an error in a callback
                self._drop(worker)

    def _collect_calls(
        self,
        calls: Sequence[Call],
        running: dict[int, tuple[_Worker, int, float]],
        on_done: CallDone,
    ) -> None:
        now = time.monotonic()
        timeout = max(0.0, min(POLL_S, *(deadline - now for _, _, deadline in running.values())))
        ready = set(wait([w.results for w, _, _ in running.values()], timeout=timeout))
        for key, (worker, index, deadline) in list(running.items()):
            seconds = calls[index].seconds
            if worker.results in ready:
                try:
                    message = worker.results.recv()
                except (EOFError, OSError):
                    del running[key]
                    self._drop(worker)
                    on_done(
                        index,
                        None,
                        "its process stopped: the file is damaged, or needed more than "
                        f"{self.budget.memory_mb} MB of memory",
                    )
                    continue
                if isinstance(message, str):  # READY: the deadline starts now
                    worker.ready = True
                    running[key] = (worker, index, time.monotonic() + seconds)
                    continue
                del running[key]
                _, ok, value = message
                if not ok:  # it may have left its reader short of memory: a fresh one follows
                    self._drop(worker)
                on_done(index, value if ok else None, None if ok else value)
            elif time.monotonic() >= deadline:
                del running[key]
                self._drop(worker)
                on_done(index, None, f"it took longer than {seconds:.0f} s and was stopped")

    def _drop(self, worker: _Worker) -> None:
        worker.stop()
        self._workers.remove(worker)
        self._stop_idle_fork_sources()

    def _stop_idle_fork_sources(self) -> None:
        """Stop the retired fork sources whose readers have all ended."""
        for source in [s for s in self._retired if s.idle]:
            source.stop()
            self._retired.remove(source)

    def close(self) -> None:
        for worker in self._workers:
            with contextlib.suppress(OSError):
                worker.jobs.send(None)
        for worker in self._workers:
            with contextlib.suppress(subprocess.TimeoutExpired):
                worker.process.wait(timeout=2)
            worker.stop()
        self._workers.clear()
        for source in self._fork_sources():
            source.stop()
        self._forks = None
        self._retired.clear()

    def pids(self) -> list[int]:
        """The pool's processes: the fork sources alive (if any), then its readers."""
        sources = [s.process.pid for s in self._fork_sources() if s.alive]
        readers = [w.process.pid for w in self._workers]
        return [pid for pid in sources + readers if pid is not None]

    def _fork_sources(self) -> list[ForkSource]:
        return [*self._retired, *([self._forks] if self._forks is not None else [])]

    def __enter__(self) -> ReaderPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _allowance(self, worker: _Worker) -> float:
        """Seconds the worker's first unanswered file may take (and its start-up, if it has not
        yet started), plus the time a finished file may wait in the worker to be sent."""
        seconds = self.budget.deadline_for(worker.tasks[0].size) + FLUSH_S
        return seconds if worker.ready else seconds + STARTUP_ALLOWANCE_S

    def _busy(self) -> list[_Worker]:
        return [w for w in self._workers if w.busy]

    def _idle_workers(self, wanted: int) -> list[_Worker]:
        idle = [w for w in self._workers if not w.busy]
        while len(self._workers) < self.size and len(idle) < wanted:
            worker = self._spawn()
            self._workers.append(worker)
            idle.append(worker)
        return idle[:wanted]

    def _ready_for_more(self, pending: deque[Task]) -> list[_Worker]:
        """Busy workers that may take the next batch of small files now, to read when they have
        done the one in hand: otherwise each waits, idle, while its last batch travels back and
        is taken in here (on a 30,000-file extract, a fifth of the readers' time).

        At most one batch waits in a worker's pipe, of small files, and small enough
        (``AHEAD_BYTES``) that sending it never waits on a worker stuck in a file: that file is
        still caught at its own deadline, and what waited behind it is read again."""
        if not pending or not _batchable(pending[0]):
            return []
        # A job is a batch of small files or one file alone: its first file tells which.
        return [
            w for w in self._workers if w.ready and len(w.jobs_sent) == 1 and _batchable(w.tasks[0])
        ]

    def _spawn(self) -> _Worker:
        """A new reader: forked from the fork source where there is one with pipes to spare
        (``reader_forks``), or else started afresh."""
        worker = self._forked() or self._start_afresh()
        self._stop_idle_fork_sources()
        return worker

    def _forked(self) -> _Worker | None:
        """A reader forked from the current fork source, or from a new one when it has no
        pipes left; None once one has died or could not start (readers then start afresh)."""
        if not self._forking:
            return None
        source = self._forks
        if source is not None and not source.alive:
            self._forking = False
            return None
        if source is None or not source.spare:
            if source is not None:
                self._retired.append(source)
            self._forks = None
            forms = str(self.forms_path) if self.forms_path else None
            try:
                # Pipes for the pool's readers and as many again, for readers replaced.
                source = self._forks = ForkSource(
                    worker_command(), 2 * self.size, self.budget.memory_mb, forms
                )
            except OSError:  # no descriptors or processes to spare
                self._forking = False
                return None
        try:
            return _Worker(*source.fork())
        except OSError:  # it has just died
            self._forking = False
            return None

    def _start_afresh(self) -> _Worker:
        """Start a reader and hand it its two pipe ends, through its standard input (below)."""
        child_jobs, jobs = _pipe()
        results, child_results = _pipe()
        process = subprocess.Popen(
            worker_command(),
            pass_fds=_inherited(child_jobs, child_results),
            stdin=subprocess.PIPE,
            close_fds=True,
        )
        try:
            assert process.stdin is not None
            with process.stdin:
                process.stdin.write(
                    _handover(child_jobs, child_results, self.budget.memory_mb, self.forms_path)
                )
        except OSError:  # it died at once: the first job finds it dead and reports the file
            pass
        finally:
            child_jobs.close()
            child_results.close()
        return _Worker(process=process, jobs=jobs, results=results)

    def _collect(self, answer: OnRead, pending: deque[Task]) -> None:
        busy = self._busy()
        if not busy:
            return
        now = time.monotonic()
        timeout = max(0.0, min(POLL_S, *(w.deadline - now for w in busy)))
        # A worker that dies closes its end of the results pipe, which wakes this wait too.
        ready = set(wait([w.results for w in busy], timeout=timeout))
        for worker in busy:
            if worker.results in ready:
                try:
                    message: list[Any] | str = worker.results.recv()
                except (EOFError, OSError):
                    self._fail(worker, Problem.WORKER_CRASHED, answer, pending)
                    continue
                if isinstance(message, str):  # READY: the worker has started
                    worker.ready = True
                else:
                    for packed in message:
                        answer(worker.answered(), *_unpack(packed))
                if worker.tasks:
                    worker.deadline = time.monotonic() + self._allowance(worker)
            elif time.monotonic() >= worker.deadline:
                self._fail(worker, Problem.TIMEOUT, answer, pending)

    def _fail(
        self, worker: _Worker, problem: Problem, answer: OnRead, pending: deque[Task]
    ) -> None:
        """Replace a worker that hung or crashed. With one file in hand, that file is at fault;
        with a batch, which file is not known: each is read again on its own."""
        tasks = list(worker.tasks)
        # Asked before the worker is dropped, which may stop its (retired) fork source.
        lost = isinstance(worker.process, ForkedReader) and worker.process.lost_with_source
        self._drop(worker)
        exit_code = worker.process.returncode
        if lost:
            # Its fork source died, or could not fork it: no file is to blame. Read them again,
            # by readers started afresh.
            self._forking = False
            pending.extendleft(reversed(tasks))
            return
        if len(tasks) > 1:
            pending.extend(Task(t.rel, t.size, alone=True) for t in tasks)
            return
        (task,) = tasks
        if problem is Problem.TIMEOUT:
            seconds = self.budget.deadline_for(task.size)
            result = _failed(
                Problem.TIMEOUT,
                f"reading it took longer than {seconds:.0f} s and was stopped: the file may be "
                "damaged or built to hang a reader",
            )
        else:
            result = _failed(
                Problem.WORKER_CRASHED,
                "the reader stopped while opening it: the file is damaged, or needed more than "
                f"{self.budget.memory_mb} MB of memory (exit status {exit_code})",
            )
        answer(task, result, None, {})

    def _stop_busy(self) -> None:
        for worker in self._busy():
            self._drop(worker)


def worker_command() -> list[str]:
    """How to start a reader: ``python -m gatekeeper.pool``, or in a packaged (frozen) app, which
    has no ``-m``, the app itself with ``--gatekeeper-reader`` (its entry point runs ``serve``)."""
    if getattr(sys, "frozen", False):
        return [sys.executable, READER_FLAG]
    return [sys.executable, "-m", "gatekeeper.pool"]


# How a reader gets its pipe ends. On POSIX they are inherited by number (``pass_fds``) and the
# numbers are sent; on Windows, where a child inherits no pipe by number, the ends are sent as
# pickled connections, which the reader takes over from this process (``multiprocessing``'s own
# handle duplication, as its spawn start method does). Either way the reader reads one pickle
# from its standard input, so no secret or number appears on its command line, and the reader
# never imports the caller's main module, as ``multiprocessing``'s spawn would.
BY_NUMBER = os.name == "posix"


def _pipe() -> tuple[Connection, Connection]:
    """A one-way pipe as (reading end, writing end): ``multiprocessing``'s, whose Windows pipes
    can be waited on together (overlapped), unlike ``os.pipe``'s."""
    readable, writable = Pipe(duplex=False)
    return readable, writable


def _inherited(*ends: Connection) -> tuple[int, ...]:
    return tuple(end.fileno() for end in ends) if BY_NUMBER else ()


def _handover(jobs: Connection, results: Connection, memory_mb: int, forms: Path | None) -> bytes:
    """What the reader reads from its standard input: its two ends, its memory limit, its forms
    (the fork source reads its own, ``reader_forks.ForkSource``)."""
    settings = (memory_mb, str(forms) if forms else None)
    if BY_NUMBER:
        return pickle.dumps((READER_ROLE, jobs.fileno(), results.fileno(), *settings))
    return bytes(ForkingPickler.dumps((READER_ROLE, jobs, results, *settings)))


def _taken_over(end: int | Connection, readable: bool) -> Connection:
    if isinstance(end, int):
        return Connection(end, readable=readable, writable=not readable)
    return end


def serve(argv: list[str]) -> None:
    """A reader's life, from what ``_spawn`` writes to its standard input (``argv`` is unused:
    kept for the packaged app's entry point)."""
    # By descriptor: a packaged Windows app without a console has no ``sys.stdin`` object. The
    # pickle comes from the process that started this reader, through a pipe only it holds.
    with open(0, "rb", closefd=False) as given:
        role, *handed = pickle.loads(given.read())  # noqa: S301
    if role == reader_forks.FORK_SOURCE_ROLE:
        control, replies, reader_fds, memory_mb, forms_path = handed
        # Ctrl-C in a terminal reaches every process of its group: the fork source ends when the
        # pool's pipe closes instead, as the app ends, so it never prints a traceback. Each
        # reader gets back the handler it would have had, started afresh.
        interrupt = signal.signal(signal.SIGINT, signal.SIG_IGN)
        _limit_memory(memory_mb)  # each reader forked inherits the limit
        reader_forks.serve_forks(
            Connection(control, readable=True, writable=False),
            Connection(replies, readable=False, writable=True),
            reader_fds,
            _reader(forms_path),
            interrupt,
        )
        return
    jobs, results, memory_mb, forms_path = handed
    _worker_main(_taken_over(jobs, True), _taken_over(results, False), memory_mb, forms_path)


def _batchable(task: Task) -> bool:
    return not task.alone and task.size <= SMALL_FILE


def _next_batch(pending: deque[Task], path_bytes: int | None = None) -> list[Task]:
    """The next file, or the next few small files together (``pending`` is largest first);
    ``path_bytes``: at most that many bytes of paths (a batch sent ahead is kept short)."""
    task = pending.popleft()
    batch = [task]
    if not _batchable(task):
        return batch
    size = task.size
    paths = len(os.fsencode(task.rel))
    while pending and len(batch) < BATCH_FILES and size < BATCH_BYTES:
        following = pending[0]
        if not _batchable(following):
            break
        paths += len(os.fsencode(following.rel))
        if path_bytes is not None and paths > path_bytes:
            break
        batch.append(pending.popleft())
        size += following.size
    return batch


if __name__ == "__main__":
    serve(sys.argv[1:])
