"""Read files in worker processes, each file with a time and memory budget.

A file that hangs its parser is killed at its deadline; one that crashes its worker or runs it
out of memory becomes a finding; either way the worker is replaced and the check goes on.
``concurrent.futures`` cannot kill one task, so the pool is a few processes on pipes.
Workers are started as ``python -m gatekeeper.pool`` rather than by ``multiprocessing``, so
they never re-import the caller's main module (a script, the CLI or the GUI).
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import TYPE_CHECKING

from gatekeeper.models import Extraction, FileFormat, Problem

if TYPE_CHECKING:
    from gatekeeper.classify import Classification

OnRead = Callable[["Task", Extraction, "Classification | None"], None]

POLL_S = 0.1
READY = "ready"
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


@dataclass
class _Worker:
    process: subprocess.Popen[bytes]
    jobs: Connection
    results: Connection
    task: Task | None = None
    deadline: float = 0.0
    seconds: float = 0.0
    ready: bool = False

    def stop(self) -> None:
        self.process.kill()
        self.process.wait()
        self.jobs.close()
        self.results.close()


def _worker_main(jobs: Connection, results: Connection, memory_mb: int) -> None:
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
    from gatekeeper.extract import read_document

    results.send(READY)  # a file's deadline starts now, not while the readers were importing
    while True:
        try:
            job = jobs.recv()
        except EOFError:
            return
        if job is None:
            return
        root, rel, max_chars, ocr, deadline_s = job
        try:
            result = read_document(root, rel, max_chars, ocr=ocr, deadline_s=deadline_s)
        except MemoryError:
            result = _failed(Problem.TOO_MUCH_MEMORY, "reading it needed more memory than allowed")
        except Exception as exc:  # a parser bug must not end the check; report it on the file
            result = _failed(Problem.CORRUPT, f"could not be read ({type(exc).__name__}: {exc})")
        # Classified here, in parallel, not one by one in the caller's thread.
        try:
            classification: Classification | None = classify(rel, result)
        except Exception:  # the caller classifies it again and meets the error there
            classification = None
        results.send((result, classification))


def _failed(problem: Problem, detail: str) -> Extraction:
    return Extraction(
        format=FileFormat.UNKNOWN, readable=False, problem=problem, problem_detail=detail
    )


class ReaderPool:
    """A small pool of reader processes; start once, reuse for every check of a session."""

    def __init__(self, workers: int | None = None, budget: Budget | None = None) -> None:
        self.size = max(1, workers or os.cpu_count() or 1)
        self.budget = budget or Budget()
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

        With ``on_read``, that is called instead, with the worker's classification too (None
        when the file could not be read or classified: classify it in the caller)."""
        # Largest first, so a long video does not start last and leave a core idle at the end.
        pending = sorted(tasks, key=lambda t: t.size)
        while pending or self._busy():
            if cancelled():
                self._stop_busy()
                return
            for worker in self._idle_workers(len(pending)):
                task = pending.pop()
                on_start(task)
                worker.task = task
                seconds = self.budget.deadline_for(task.size)
                worker.seconds = seconds
                worker.deadline = time.monotonic() + seconds
                if not worker.ready:
                    worker.deadline += STARTUP_ALLOWANCE_S
                # The worker hears the deadline too, so that OCR stops in time to be reported.
                worker.jobs.send((root, task.rel, self.budget.max_chars, self.budget.ocr, seconds))
            self._collect(on_read or (lambda task, result, _: on_done(task, result)))

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

    def _busy(self) -> list[_Worker]:
        return [w for w in self._workers if w.task is not None]

    def _idle_workers(self, wanted: int) -> list[_Worker]:
        idle = [w for w in self._workers if w.task is None]
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
                sys.executable,
                "-m",
                "gatekeeper.pool",
                str(job_read),
                str(result_write),
                str(self.budget.memory_mb),
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

    def _collect(self, on_read: OnRead) -> None:
        busy = self._busy()
        if not busy:
            return
        now = time.monotonic()
        timeout = max(0.0, min(POLL_S, *(w.deadline - now for w in busy)))
        # A worker that dies closes its end of the results pipe, which wakes this wait too.
        ready = set(wait([w.results for w in busy], timeout=timeout))
        for worker in busy:
            task = worker.task
            assert task is not None
            if worker.results in ready:
                try:
                    message: Extraction | str = worker.results.recv()
                except (EOFError, OSError):
                    result, classification = self._replace(worker, Problem.WORKER_CRASHED), None
                else:
                    if message == READY:
                        worker.ready = True
                        worker.deadline = time.monotonic() + worker.seconds
                        continue
                    assert isinstance(message, tuple)
                    result, classification = message
                    worker.task = None
            elif time.monotonic() >= worker.deadline:
                result, classification = self._replace(worker, Problem.TIMEOUT), None
            else:
                continue
            on_read(task, result, classification)

    def _replace(self, worker: _Worker, problem: Problem) -> Extraction:
        task = worker.task
        assert task is not None
        worker.stop()
        exit_code = worker.process.returncode
        self._workers.remove(worker)
        if problem is Problem.TIMEOUT:
            seconds = self.budget.deadline_for(task.size)
            return _failed(
                Problem.TIMEOUT,
                f"reading it took longer than {seconds:.0f} s and was stopped: the file may be "
                "damaged or built to hang a reader",
            )
        return _failed(
            Problem.WORKER_CRASHED,
            "the reader stopped while opening it: the file is damaged, or needed more than "
            f"{self.budget.memory_mb} MB of memory (exit status {exit_code})",
        )

    def _stop_busy(self) -> None:
        for worker in self._busy():
            worker.stop()
            self._workers.remove(worker)


if __name__ == "__main__":
    _worker_main(
        Connection(int(sys.argv[1]), writable=False),
        Connection(int(sys.argv[2]), readable=False),
        int(sys.argv[3]),
    )
