"""Readers forked from one process that has already imported them (Linux).

A reader started afresh spends about a third of a second of processor time importing its parsers
and loading the form data before its first file: with two readers, as much as reading a few
thousand of a phone extract's messages. Here one process (the "fork source") does that once, then
forks each reader on request: a fork costs a few milliseconds.

The readers' pipes are made before the fork source starts and handed to it by number, as a
reader's are (``pool._start_afresh``): no socket is opened to pass them later. So a fork source can
start only as many readers as it was given pipes for (the pool's size and as many again, for
readers that are replaced); then the pool starts another and stops the first once its readers
have ended. If a fork source dies or cannot be started, the pool starts readers the ordinary way.

The fork source is each forked reader's parent: it alone can stop one and learn how it ended, so
the pool asks it to (``ForkedReader.kill`` and ``wait``), by the reader's number. A reader that has
ended stays a zombie until the pool has asked, so its process id is never taken by another process
meanwhile. Each request carries a serial number that its answer repeats: an answer left unread
(a request interrupted) is never taken for another's.
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import os
import pickle
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection, Pipe
from typing import Any

# Forking a process that has imported only the standard library, pydantic and our parsers is safe
# on Linux. macOS system libraries may not survive a fork, and Windows has none.
AVAILABLE = sys.platform.startswith("linux") and hasattr(os, "fork")
FORK_SOURCE_ROLE = "fork source"
MAX_READERS = 32  # pipes for this many readers at most: each costs the pool four descriptors
REPLY_S = 20.0  # the fork source answers at once, once it has imported (``STARTUP_ALLOWANCE_S``)
WAIT_POLL_S = 0.01
PR_SET_PDEATHSIG = 1  # prctl(2): the signal a process gets when its parent ends

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

    def close(self) -> None:
        for end in (self.jobs, self.results, self.reader_jobs, self.reader_results):
            end.close()


class ForkSource:
    """The pool's side of a fork source: start it, have it fork readers, stop it.

    Raises OSError if it cannot be started (no descriptors left for its pipes, say)."""

    def __init__(self, command: list[str], readers: int, memory_mb: int, forms: str | None) -> None:
        self._ends: list[_Ends] = []
        control_reader, self._control = Pipe(duplex=False)
        self._replies, replies_writer = Pipe(duplex=False)
        try:
            for _ in range(min(readers, MAX_READERS)):
                reader_jobs, jobs = Pipe(duplex=False)
                results, reader_results = Pipe(duplex=False)
                self._ends.append(_Ends(jobs, results, reader_jobs, reader_results))
            reader_fds = [(e.reader_jobs.fileno(), e.reader_results.fileno()) for e in self._ends]
            inherited = [control_reader.fileno(), replies_writer.fileno()]
            inherited += [fd for pair in reader_fds for fd in pair]
            self.process = subprocess.Popen(
                command, pass_fds=inherited, stdin=subprocess.PIPE, close_fds=True
            )
        except OSError:
            for connection in (control_reader, self._control, self._replies, replies_writer):
                connection.close()
            for ends in self._ends:
                ends.close()
            raise
        handover = (
            FORK_SOURCE_ROLE,
            control_reader.fileno(),
            replies_writer.fileno(),
            reader_fds,
            memory_mb,
            forms,
        )
        try:
            assert self.process.stdin is not None
            with self.process.stdin:
                self.process.stdin.write(pickle.dumps(handover))
        except OSError:  # it died at once: ``alive`` says so
            pass
        finally:
            control_reader.close()
            replies_writer.close()
            for ends in self._ends:
                ends.reader_jobs.close()
                ends.reader_results.close()
        self._next = 0
        self._serial = 0
        self._fork_requests: dict[int, int] = {}
        """The reader number each fork request (by serial) is for."""
        self._answers: dict[int, Any] = {}
        """Answers read and not yet taken, by their request's serial."""
        self._pids: dict[int, int | None] = {}
        """Each forked reader's process id, by its number, once the fork source has said it
        (None: the fork failed)."""
        self._pidfds: dict[int, int] = {}
        """A handle on each reader still running, to stop it should the fork source die."""
        self._asked: set[int] = set()
        """Readers the pool has asked to stop or wait for."""
        self._ended: set[int] = set()
        self._broken = False

    @property
    def alive(self) -> bool:
        return not self._broken and self.process.poll() is None

    @property
    def spare(self) -> bool:
        """Whether a reader can be forked now: pipes are left and the fork source is alive."""
        return self._next < len(self._ends) and self.alive

    @property
    def idle(self) -> bool:
        """Whether every reader forked has ended, as far as the pool knows."""
        return len(self._ended) == self._next

    def fork(self) -> tuple[ForkedReader, Connection, Connection]:
        """A new reader and the pool's two ends of its pipes (jobs, results), without waiting
        for the fork source to have imported its parsers: the reader says when it is ready."""
        # The number and the request's serial are taken before it is sent: interrupted while
        # sending, the pool never sends a second request for the same pipes.
        number = self._next
        self._next += 1
        self._fork_requests[self._serial + 1] = number
        self._send("fork", number)
        ends = self._ends[number]
        return ForkedReader(self, number), ends.jobs, ends.results

    def pid_of(self, number: int) -> int | None:
        with contextlib.suppress(ForkSourceGone):
            while number not in self._pids and not self._broken:
                self._read_answer(REPLY_S)
        return self._pids.get(number)

    def ask(self, kind: str, number: int, *args: Any, patience: float = REPLY_S) -> Any:
        """Ask about a reader ("kill" or "wait") and return the answer: how it ended, or None.
        ``patience``: how long the answer may take, beyond the fork source's start."""
        self._asked.add(number)
        serial = self._send(kind, number, *args)
        while serial not in self._answers:
            self._read_answer(patience)
        return self._answers.pop(serial)

    def ended(self, number: int) -> None:
        """The pool knows how the reader ended: nothing more to ask about it."""
        self._ended.add(number)
        pidfd = self._pidfds.pop(number, None)
        if pidfd is not None:
            os.close(pidfd)

    def kill_orphan(self, number: int) -> None:
        """Stop a reader whose fork source has died: it is no longer anyone's to wait for."""
        pidfd = self._pidfds.get(number)
        with contextlib.suppress(ProcessLookupError):
            if pidfd is not None:
                signal.pidfd_send_signal(pidfd, signal.SIGKILL)
            elif (pid := self._pids.get(number)) is not None:  # no handle (old kernel): by id
                os.kill(pid, signal.SIGKILL)

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
        for pidfd in self._pidfds.values():
            os.close(pidfd)
        self._pidfds.clear()

    def _send(self, *request: Any) -> int:
        self._serial += 1
        self._control.send((self._serial, *request))
        return self._serial

    def _read_answer(self, patience: float) -> None:
        try:
            if self._broken or not self._replies.poll(patience):
                raise ForkSourceGone
            serial, number, value = self._replies.recv()
        except (EOFError, OSError, ForkSourceGone) as exc:
            # Dead, or hung: no reader is forked from it again.
            self._broken = True
            if self.process.poll() is None:
                self.process.kill()
                self.process.wait()
            raise ForkSourceGone from exc
        if self._fork_requests.pop(serial, None) is None:
            self._answers[serial] = value
            return
        self._pids[number] = value
        if value is not None and number not in self._asked:
            # Still the fork source's child (not yet waited for): the handle is surely its own.
            with contextlib.suppress(OSError, AttributeError):  # no pidfd before Linux 5.3
                self._pidfds[number] = os.pidfd_open(value)


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

    @property
    def lost_with_source(self) -> bool:
        """Whether the reader ended because its fork source did, or was never forked: then no
        file it had in hand is to blame."""
        return not self._source.alive or self.pid is None

    def kill(self) -> None:
        if self.returncode is not None:
            return
        try:
            code = self._source.ask("kill", self._number)
        except (ForkSourceGone, OSError):
            self._source.kill_orphan(self._number)
            code = -signal.SIGKILL
        self._ended(code)

    def wait(self, timeout: float | None = None) -> int:
        while self.returncode is None:
            wait_s = REPLY_S if timeout is None else timeout
            try:
                code = self._source.ask("wait", self._number, wait_s, patience=wait_s + REPLY_S)
            except (ForkSourceGone, OSError):
                # Its parent gone, it cannot be waited for: stopped, so that it has ended.
                self._source.kill_orphan(self._number)
                code = -signal.SIGKILL
            if code is not None:
                self._ended(code)
            elif timeout is not None:
                raise subprocess.TimeoutExpired(f"reader {self.pid}", timeout)
        return self.returncode

    def _ended(self, code: int) -> None:
        self.returncode = code
        self._source.ended(self._number)


def serve_forks(
    control: Connection,
    replies: Connection,
    reader_fds: list[tuple[int, int]],
    serve_reader: ServeReader,
    interrupt: Any,
) -> None:
    """The fork source's life, once it has imported the readers' code (``serve_reader``): fork a
    reader for each request, stop one or wait for one when asked, until its pipe closes.
    ``interrupt``: the SIGINT handler the process had before it ignored SIGINT (``serve``), which
    each reader gets back."""
    # Kept out of the collector's reach: a reader's collections would otherwise touch, and so
    # copy, every page it shares with the fork source.
    gc.freeze()
    source = os.getpid()
    prctl = ctypes.CDLL(None, use_errno=True).prctl
    given: list[tuple[int, int] | None] = list(reader_fds)
    pids: dict[int, int] = {}
    ended: dict[int, int] = {}
    while True:
        try:
            serial, kind, number, *args = control.recv()
        except (EOFError, OSError):
            return
        if kind == "fork":
            pair = given[number]
            given[number] = None
            assert pair is not None
            try:
                pid: int | None = os.fork()
            except OSError:  # no process to spare: its pipes close, and the pool hears of it
                pid = None
                ended[number] = -signal.SIGKILL
            if pid == 0:
                # A reader stuck in a file must not outlive its fork source, with no one left to
                # stop it: it is killed when the fork source ends (or had ended before this).
                prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
                if os.getppid() != source:
                    os._exit(1)
                _be_reader(pair, given, (control, replies), serve_reader, interrupt)
            os.close(pair[0])
            os.close(pair[1])
            if pid is not None:
                pids[number] = pid
            replies.send((serial, number, pid))
            continue
        if number not in ended and number in pids:
            if kind == "kill":
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pids[number], signal.SIGKILL)
            code = _ended(pids[number], None if kind == "kill" else args[0])
            if code is not None:
                ended[number] = code
        replies.send((serial, number, ended.get(number)))


def _be_reader(
    pair: tuple[int, int],
    others: list[tuple[int, int] | None],
    source_pipes: tuple[Connection, Connection],
    serve_reader: ServeReader,
    interrupt: Any,
) -> None:
    """In a new fork: drop what belongs to the fork source and to other readers, and read."""
    code = 0
    try:
        if interrupt is not None:
            signal.signal(signal.SIGINT, interrupt)
        for connection in source_pipes:
            connection.close()
        for other in others:
            for fd in other or ():
                os.close(fd)
        serve_reader(
            Connection(pair[0], readable=True, writable=False),
            Connection(pair[1], readable=False, writable=True),
        )
    except BaseException as exc:
        # Its kind only: a parser's message, or a frame's values, may quote a case file.
        sys.stderr.write(f"gatekeeper: a reader stopped ({type(exc).__name__})\n")
        code = 1
    finally:
        os._exit(code)


def _ended(pid: int, timeout: float | None = None) -> int | None:
    """How a reader ended (as ``Popen.returncode``), waiting for it at most ``timeout`` seconds
    (None: as long as it takes); None if it is still running then."""
    deadline = None if timeout is None else time.monotonic() + timeout
    while True:
        try:
            done, status = os.waitpid(pid, 0 if deadline is None else os.WNOHANG)
        except ChildProcessError:  # not a child of this process: it cannot be waited for
            return -signal.SIGKILL
        if done:
            return os.waitstatus_to_exitcode(status)
        if deadline is None or time.monotonic() >= deadline:
            return None
        time.sleep(WAIT_POLL_S)
