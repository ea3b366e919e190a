"""Read files in worker processes, each file with a time and memory budget.

A file that hangs its parser is killed at its deadline; one that crashes its worker or runs it
out of memory becomes a finding; either way the worker is replaced and the check goes on.
``concurrent.futures`` cannot kill one task, so the pool is a few processes on pipes.
Workers are started as ``python -m gatekeeper.pool`` rather than by ``multiprocessing``, so
they never re-import the caller's main module (a script, the CLI or the GUI).

Each worker also classifies what it read and parses it into the readings the checks use
(``gatekeeper.readings``), so that work runs in parallel too. Small files go to a worker in
batches and come back a few dozen at a time, so a phone extract of 100,000 messages costs no
round trip per file; a batch that hangs or crashes its worker is read again one file at a time,
so only the file at fault is reported.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import time
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gatekeeper.models import Extraction, FileFormat, Problem

if TYPE_CHECKING:
    from gatekeeper.classify import Classification

Readings = dict[str, Any]
OnRead = Callable[["Task", Extraction, "Classification | None", Readings], None]

POLL_S = 0.1
READY = "ready"
PICTURE = "picture"
READER_FLAG = "--gatekeeper-reader"
PICTURE_S = 20.0  # a page picture for a person: a file that takes longer is not shown
# Files up to this size go to a worker in batches: reading one costs less than a round trip.
SMALL_FILE = 256 * 1024
BATCH_FILES = 64
BATCH_BYTES = 4 * 1024 * 1024
# A worker sends what it has read at least this often, and at the end of each batch.
FLUSH_S = 0.05
# A new worker imports its readers before its first file; a start that hangs still times out.
STARTUP_ALLOWANCE_S = 20.0


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
    process: subprocess.Popen[bytes]
    jobs: Connection
    results: Connection
    tasks: deque[Task] = field(default_factory=deque)
    """The files sent and not yet answered, in the order the worker reads them."""
    deadline: float = 0.0
    """When the first of ``tasks`` is overdue."""
    ready: bool = False

    @property
    def busy(self) -> bool:
        return bool(self.tasks)

    def stop(self) -> None:
        self.process.kill()
        self.process.wait()
        self.jobs.close()
        self.results.close()


def _worker_main(
    jobs: Connection, results: Connection, memory_mb: int, forms_path: str | None
) -> None:
    if memory_mb > 0:
        try:
            import resource
        except ImportError:  # no rlimits on this system: the per-file deadline still applies
            pass
        else:
            limit = memory_mb * 1024 * 1024
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    import logging

    # Parsers log warnings about damaged files; the finding says it better, so keep stderr quiet.
    logging.disable(logging.WARNING)
    from gatekeeper.classify import classify
    from gatekeeper.extract import Folders, read_document
    from gatekeeper.forms import load_forms
    from gatekeeper.readings import parse_document

    forms = load_forms(Path(forms_path) if forms_path else None)

    def read_one(
        folders: Folders, rel: str, max_chars: int, ocr: bool, deadline_s: float
    ) -> tuple[Extraction, Classification | None, Readings]:
        """Read, classify and parse one file; a later step's error leaves that step to the caller."""
        try:
            result = read_document(
                folders.root, rel, max_chars, ocr=ocr, deadline_s=deadline_s, folders=folders
            )
        except MemoryError:
            result = _failed(Problem.TOO_MUCH_MEMORY, "reading it needed more memory than allowed")
        except Exception as exc:  # a parser bug must not end the check; report it on the file
            result = _failed(Problem.CORRUPT, f"could not be read ({type(exc).__name__}: {exc})")
        try:
            classification = classify(rel, result)
        except Exception:  # the caller classifies it again and meets the error there
            return result, None, {}
        try:
            readings = parse_document(classification.type, result, forms)
        except Exception:  # the check takes the readings itself and meets the error there
            readings = {}
        return result, classification, readings

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
        root, max_chars, ocr, files = job
        done: list[tuple[Extraction, Classification | None, Readings]] = []
        flushed = time.monotonic()
        with Folders(root) as folders:
            for rel, deadline_s in files:
                done.append(read_one(folders, rel, max_chars, ocr, deadline_s))
                if time.monotonic() - flushed >= FLUSH_S:
                    results.send(done)
                    done, flushed = [], time.monotonic()
        if done:
            results.send(done)


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
            for worker in self._idle_workers(len(pending)):
                if not pending:
                    break  # the batches before took every file
                batch = _next_batch(pending)
                on_start(batch[0])
                files = [(t.rel, self.budget.deadline_for(t.size)) for t in batch]
                try:
                    # The worker hears each deadline too, so that OCR stops in time to be reported.
                    worker.jobs.send((root, self.budget.max_chars, self.budget.ocr, files))
                except OSError:  # it died while idle (killed from outside): another takes these
                    worker.stop()
                    self._workers.remove(worker)
                    pending.extendleft(reversed(batch))
                    continue
                worker.tasks.extend(batch)
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

    def _drop(self, worker: _Worker) -> None:
        worker.stop()
        self._workers.remove(worker)

    def close(self) -> None:
        for worker in self._workers:
            with contextlib.suppress(OSError):
                worker.jobs.send(None)
        for worker in self._workers:
            with contextlib.suppress(subprocess.TimeoutExpired):
                worker.process.wait(timeout=2)
            worker.stop()
        self._workers.clear()

    def pids(self) -> list[int]:
        return [w.process.pid for w in self._workers]

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

    def _spawn(self) -> _Worker:
        job_read, job_write = os.pipe()
        result_read, result_write = os.pipe()
        process = subprocess.Popen(
            [
                *worker_command(),
                str(job_read),
                str(result_write),
                str(self.budget.memory_mb),
                str(self.forms_path or ""),
            ],
            pass_fds=(job_read, result_write),
            stdin=subprocess.DEVNULL,
            close_fds=True,
        )
        os.close(job_read)
        os.close(result_write)
        return _Worker(
            process=process,
            jobs=Connection(job_write, readable=False),
            results=Connection(result_read, writable=False),
        )

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
                    for result, classification, readings in message:
                        answer(worker.tasks.popleft(), result, classification, readings)
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
        worker.stop()
        exit_code = worker.process.returncode
        self._workers.remove(worker)
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
            worker.stop()
            self._workers.remove(worker)


def worker_command() -> list[str]:
    """How to start a reader: ``python -m gatekeeper.pool``, or in a packaged (frozen) app, which
    has no ``-m``, the app itself with ``--gatekeeper-reader`` (its entry point runs ``serve``)."""
    if getattr(sys, "frozen", False):
        return [sys.executable, READER_FLAG]
    return [sys.executable, "-m", "gatekeeper.pool"]


def serve(argv: list[str]) -> None:
    """A reader's life: ``argv`` is what ``_spawn`` passes after the command."""
    _worker_main(
        Connection(int(argv[0]), writable=False),
        Connection(int(argv[1]), readable=False),
        int(argv[2]),
        argv[3] or None,
    )


def _next_batch(pending: deque[Task]) -> list[Task]:
    """The next file, or the next few small files together (``pending`` is largest first)."""
    task = pending.popleft()
    batch = [task]
    if task.alone or task.size > SMALL_FILE:
        return batch
    size = task.size
    while pending and len(batch) < BATCH_FILES and size < BATCH_BYTES:
        following = pending[0]
        if following.alone or following.size > SMALL_FILE:
            break
        batch.append(pending.popleft())
        size += following.size
    return batch


if __name__ == "__main__":
    serve(sys.argv[1:])
