"""Readers forked from one process that has already imported them (Linux).

A reader started afresh spends about a third of a second of processor time importing its parsers
and loading the form data before its first file: with two readers, as much as reading a few
thousand of a phone extract's messages. Here one process (the "fork source") does that once, then
forks each reader on request: a fork costs a few milliseconds.

The readers' pipes are made before the fork source starts and handed to it by number, as a
reader's are (``pool._spawn``): no socket is opened to pass them later. So the fork source can
start only as many readers as it was given pipes for (the pool's size and as many again, for
readers that are replaced); after that, or if the fork source has died, the pool starts readers
the ordinary way.

The fork source is each forked reader's parent: it alone can stop one and learn how it ended, so
the pool asks it to (``ForkedReader.kill`` and ``wait``). A reader that has ended stays a zombie
until the pool has asked, so its process id is never taken by another process meanwhile.
"""

from __future__ import annotations

import contextlib
import gc
import os
import pickle
import signal
import subprocess
import sys
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection, Pipe
from typing import Any

# Forking a process that has imported only the standard library, pydantic and our parsers is safe
# on Linux. macOS system libraries may not survive a fork, and Windows has none.
AVAILABLE = sys.platform.startswith("linux") and hasattr(os, "fork")
FORK_SOURCE_ROLE = "fork source"
REPLY_S = 20.0  # the fork source answers at once, once it has imported (``STARTUP_ALLOWANCE_S``)
WAIT_POLL_S = 0.01

ServeReader = Callable[[Connection, Connection], None]


class ForkSourceGone(Exception):
    """The fork source has died or stopped answering."""


@dataclass
class _Ends:
    """One reader's pipes: the pool's two ends, and the two the fork source hands to a reader."""

    jobs: Connection
    results: Connection
    reader_jobs: Connection
    reader_results: Connection


class ForkSource:
    """The pool's side of the fork source: start it, have it fork readers, stop it."""

    def __init__(self, command: list[str], readers: int, memory_mb: int, forms: str | None) -> None:
        self._ends: list[_Ends] = []
        for _ in range(readers):
            reader_jobs, jobs = Pipe(duplex=False)
            results, reader_results = Pipe(duplex=False)
            self._ends.append(_Ends(jobs, results, reader_jobs, reader_results))
        control_reader, self._control = Pipe(duplex=False)
        self._replies, replies_writer = Pipe(duplex=False)
        reader_fds = [(e.reader_jobs.fileno(), e.reader_results.fileno()) for e in self._ends]
        handover = (
            FORK_SOURCE_ROLE,
            control_reader.fileno(),
            replies_writer.fileno(),
            reader_fds,
            memory_mb,
            forms,
        )
        inherited = [control_reader.fileno(), replies_writer.fileno()]
        inherited += [fd for pair in reader_fds for fd in pair]
        self.process = subprocess.Popen(
            command, pass_fds=inherited, stdin=subprocess.PIPE, close_fds=True
        )
        try:
            assert self.process.stdin is not None
            with self.process.stdin:
                self.process.stdin.write(pickle.dumps(handover))
        except OSError:  # it died at once: ``fork`` finds it gone
            pass
        finally:
            control_reader.close()
            replies_writer.close()
            for ends in self._ends:
                ends.reader_jobs.close()
                ends.reader_results.close()
        self._next = 0
        self._pids: dict[int, int] = {}
        """Each forked reader's process id, by its number, once the fork source has said it."""
        self._unanswered = 0
        """Fork requests whose answer (the process id) has not been read yet."""

    @property
    def spare(self) -> bool:
        """Whether a reader can be forked now: pipes are left and the fork source is alive."""
        return self._next < len(self._ends) and self.process.poll() is None

    def fork(self) -> tuple[ForkedReader, Connection, Connection]:
        """A new reader and the pool's two ends of its pipes (jobs, results), without waiting
        for the fork source to have imported its parsers: the reader says when it is ready."""
        number = self._next
        self._next += 1
        ends = self._ends[number]
        self._control.send(("fork", number))
        self._unanswered += 1
        return ForkedReader(self, number), ends.jobs, ends.results

    def pid_of(self, number: int) -> int | None:
        with contextlib.suppress(ForkSourceGone):
            while number not in self._pids and self._unanswered:
                self._next_answer()
        return self._pids.get(number)

    def ask(self, request: tuple[Any, ...]) -> Any:
        """Send a request about a reader and return the fork source's answer."""
        self._control.send(request)
        while True:
            answer = self._next_answer()
            if answer[0] != "forked":
                return answer[1]

    def stop(self) -> None:
        """Stop the fork source: it ends once its pipe is closed (its readers are stopped
        by the pool before, and end on their own once their pipes close)."""
        self._control.close()
        try:
            self.process.wait(timeout=2)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self._replies.close()
        for ends in self._ends[self._next :]:
            ends.jobs.close()
            ends.results.close()

    def _next_answer(self) -> tuple[Any, ...]:
        try:
            if not self._replies.poll(REPLY_S):
                raise ForkSourceGone
            answer: tuple[Any, ...] = self._replies.recv()
        except (EOFError, OSError, ForkSourceGone) as exc:
            # Dead, or hung: no reader is forked from it again (``spare``).
            self.process.kill()
            self.process.wait()
            raise ForkSourceGone from exc
        if answer[0] == "forked":
            _, number, pid = answer
            self._pids[number] = pid
            self._unanswered -= 1
        return answer


class ForkedReader:
    """A forked reader, for the pool, as a ``subprocess.Popen`` is: ``pid``, ``kill``, ``wait``,
    ``returncode``."""

    def __init__(self, source: ForkSource, number: int) -> None:
        self._source = source
        self._number = number
        self.returncode: int | None = None

    @property
    def pid(self) -> int | None:
        return self._source.pid_of(self._number)

    def kill(self) -> None:
        if self.returncode is not None:
            return
        pid = self.pid
        if pid is None:  # the fork source died before forking it: there is nothing to stop
            self.returncode = -signal.SIGKILL
            return
        try:
            self.returncode = self._source.ask(("kill", pid))
        except (ForkSourceGone, OSError):
            # With its parent gone the reader is nobody's zombie: it is stopped directly.
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
            self.returncode = -signal.SIGKILL

    def wait(self, timeout: float | None = None) -> int:
        if self.returncode is not None:
            return self.returncode
        pid = self.pid
        code: int | None = None
        if pid is not None:
            try:
                code = self._source.ask(("wait", pid, timeout))
            except (ForkSourceGone, OSError):
                code = None
        if code is None:
            raise subprocess.TimeoutExpired(f"reader {pid}", timeout or 0.0)
        self.returncode = code
        return code


def serve_forks(
    control: Connection,
    replies: Connection,
    reader_fds: list[tuple[int, int]],
    serve_reader: ServeReader,
) -> None:
    """The fork source's life, once it has imported the readers' code (``serve_reader``): fork a
    reader for each request, stop one or wait for one when asked, until its pipe closes."""
    # Kept out of the collector's reach: a reader's collections would otherwise touch, and so
    # copy, every page it shares with the fork source.
    gc.freeze()
    # Ctrl-C in a terminal reaches every process of its group: the fork source ends when the
    # pool's pipe closes instead, as the app ends, and so never prints a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    given: list[tuple[int, int] | None] = list(reader_fds)
    ended: dict[int, int] = {}
    while True:
        try:
            request = control.recv()
        except (EOFError, OSError):
            return
        if request[0] == "fork":
            number = request[1]
            pair = given[number]
            given[number] = None
            assert pair is not None
            pid = os.fork()
            if pid == 0:
                _be_reader(pair, given, (control, replies), serve_reader)
            os.close(pair[0])
            os.close(pair[1])
            replies.send(("forked", number, pid))
        elif request[0] == "kill":
            pid = request[1]
            if pid not in ended:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGKILL)
                ended[pid] = _ended(pid)
            replies.send(("killed", ended[pid]))
        elif request[0] == "wait":
            _, pid, timeout = request
            if pid not in ended:
                code = _ended_within(pid, timeout)
                if code is not None:
                    ended[pid] = code
            replies.send(("waited", ended.get(pid)))


def _be_reader(
    pair: tuple[int, int],
    others: list[tuple[int, int] | None],
    source_pipes: tuple[Connection, Connection],
    serve_reader: ServeReader,
) -> None:
    """In a new fork: drop what belongs to the fork source and to other readers, and read."""
    code = 0
    try:
        signal.signal(signal.SIGINT, signal.default_int_handler)  # the fork source ignores it
        for connection in source_pipes:
            connection.close()
        for other in others:
            for fd in other or ():
                os.close(fd)
        serve_reader(
            Connection(pair[0], readable=True, writable=False),
            Connection(pair[1], readable=False, writable=True),
        )
    except BaseException:
        traceback.print_exc()
        code = 1
    finally:
        os._exit(code)


def _ended(pid: int) -> int:
    """How a reader ended (as ``Popen.returncode``), once it has."""
    try:
        _, status = os.waitpid(pid, 0)
    except ChildProcessError:  # not a child of this process: it cannot be waited for
        return -signal.SIGKILL
    return os.waitstatus_to_exitcode(status)


def _ended_within(pid: int, timeout: float | None) -> int | None:
    """``_ended``, waiting at most ``timeout`` seconds (None: as long as it takes); None if the
    reader is still running then."""
    if timeout is None:
        return _ended(pid)
    deadline = time.monotonic() + timeout
    while True:
        try:
            done, status = os.waitpid(pid, os.WNOHANG)
        except ChildProcessError:
            return -signal.SIGKILL
        if done:
            return os.waitstatus_to_exitcode(status)
        if time.monotonic() >= deadline:
            return None
        time.sleep(WAIT_POLL_S)
