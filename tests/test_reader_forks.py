"""Readers forked from one process that imported their code once (``gatekeeper.reader_forks``)."""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
from pathlib import Path

import pytest

from gatekeeper.models import Problem
from gatekeeper.pool import ReaderPool, Task

# Linux forks readers from one process (``gatekeeper.reader_forks``); elsewhere each starts afresh.
FORKS = sys.platform.startswith("linux")


def _parent(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("PPid:"):
            return int(line.split()[1])
    raise AssertionError(f"no parent for {pid}")


def _messages(folder: Path, count: int = 30) -> list[Task]:
    (folder / "messages").mkdir(exist_ok=True)
    tasks = []
    for n in range(count):
        name = f"messages/msg_{n:03d}.txt"
        (folder / name).write_text(f"2026-03-14 message {n}\n")
        tasks.append(Task(name, 30))
    return tasks


def _read_all(pool: ReaderPool, folder: Path, tasks: list[Task]) -> dict[str, str]:
    texts: dict[str, str] = {}
    pool.read(str(folder), tasks, lambda task, result: texts.__setitem__(task.rel, result.text))
    return texts


def test_readers_are_forked_from_one_process_that_imported_their_code(tmp_path):
    tasks = _messages(tmp_path)
    with ReaderPool(2) as pool:
        texts = _read_all(pool, tmp_path, tasks)
        processes = pool.pids()
        parents = {pid: _parent(pid) for pid in processes}
    assert texts["messages/msg_007.txt"] == "2026-03-14 message 7\n"
    if FORKS:
        # The fork source (started by this process) and two readers it forked.
        source, *readers = processes
        assert parents[source] == os.getpid()
        assert len(readers) == 2 and all(parents[r] == source for r in readers)
    else:
        assert len(processes) == 2 and set(parents.values()) == {os.getpid()}


def test_a_fork_source_that_dies_leaves_the_reading_to_readers_started_afresh(tmp_path):
    tasks = _messages(tmp_path)
    with ReaderPool(1) as pool:
        _read_all(pool, tmp_path, tasks)
        for pid in pool.pids():  # the fork source and its reader, killed from outside
            os.kill(pid, signal.SIGKILL)
        texts = _read_all(pool, tmp_path, tasks)
        parents = [_parent(pid) for pid in pool.pids()]
    assert len(texts) == len(tasks)
    assert texts["messages/msg_011.txt"] == "2026-03-14 message 11\n"
    # Its replacement was started by this process, not forked.
    assert os.getpid() in parents


def test_readers_replaced_beyond_the_pipes_of_a_fork_source_come_from_a_new_one(tmp_path):
    tasks = _messages(tmp_path)
    forked_by = []
    with ReaderPool(1) as pool:
        # One reader: a fork source has pipes for it and for one replacement.
        for _ in range(3):
            texts = _read_all(pool, tmp_path, tasks)
            assert len(texts) == len(tasks)
            *_, reader = pool.pids()
            forked_by.append(_parent(reader))
            os.kill(reader, signal.SIGKILL)  # the next read finds it dead and replaces it
        texts = _read_all(pool, tmp_path, tasks)
        assert texts["messages/msg_020.txt"] == "2026-03-14 message 20\n"
        processes = pool.pids()
    if FORKS:
        first, _, second = forked_by
        assert forked_by == [first, first, second] and os.getpid() not in forked_by
        assert first != second
        # The first fork source was stopped once its readers had ended.
        assert first not in processes and second in processes
        assert not Path(f"/proc/{first}").exists()
    else:
        assert forked_by == [os.getpid()] * 3


def test_a_forked_reader_stopped_by_the_pool_says_how_it_ended(tmp_path):
    tasks = _messages(tmp_path, 3)
    with ReaderPool(1) as pool:
        _read_all(pool, tmp_path, tasks)
        (worker,) = pool._workers
        worker.stop()  # as for a file over its deadline: killed, then waited for
        pool._workers.remove(worker)
        assert worker.process.returncode == -signal.SIGKILL
        assert not Path(f"/proc/{worker.process.pid}").exists()  # reaped: no zombie left


@pytest.mark.skipif(not FORKS, reason="readers are forked on Linux only")
def test_ctrl_c_in_a_terminal_does_not_end_the_fork_source(tmp_path):
    tasks = _messages(tmp_path)
    with ReaderPool(1) as pool:
        _read_all(pool, tmp_path, tasks)
        processes = pool.pids()
        os.kill(processes[0], signal.SIGINT)  # as a terminal sends it to the whole group
        time.sleep(0.3)
        state = Path(f"/proc/{processes[0]}/status").read_text()
        assert "State:\tZ" not in state and "State:\tX" not in state
        assert pool.pids() == processes  # nothing ended
        os.kill(processes[-1], signal.SIGKILL)  # and it still forks readers
        assert len(_read_all(pool, tmp_path, tasks)) == len(tasks)
        assert _parent(pool.pids()[-1]) == processes[0]


@pytest.mark.skipif(not FORKS, reason="readers are forked on Linux only")
def test_readers_end_with_their_fork_source_and_no_file_is_blamed(tmp_path):
    tasks = _messages(tmp_path, 2000)  # still being read when the fork source dies
    results = {}
    with ReaderPool(2) as pool:

        def on_done(task, extraction):
            results[task.rel] = extraction
            if len(results) == 1:  # the fork source dies while its readers have files in hand
                source, *readers = pool.pids()
                os.kill(source, signal.SIGKILL)
                deadline = time.monotonic() + 5
                while any(Path(f"/proc/{r}").exists() for r in readers):
                    assert time.monotonic() < deadline, "a reader outlived its fork source"
                    time.sleep(0.01)

        pool.read(str(tmp_path), tasks, on_done)
        assert sorted(results) == sorted(t.rel for t in tasks)
        assert all(r.readable and r.problem is None for r in results.values())
        # From then on, readers are started afresh (the reading may have ended before the pool
        # heard of the death: a reader that died idle is replaced when next sent work).
        assert len(_read_all(pool, tmp_path, tasks)) == len(tasks)
        assert {_parent(pid) for pid in pool.pids()} == {os.getpid()}


@pytest.mark.skipif(not FORKS, reason="readers are forked on Linux only")
def test_a_file_in_hand_when_the_fork_source_dies_is_read_again_not_blamed(tmp_path):
    (tmp_path / "statement.txt").write_text("I saw him at the bus stop.\n" * 20_000)  # read alone
    results = {}
    with ReaderPool(1) as pool:
        pool.start()
        killed = []

        def on_start(task):
            if not killed:  # as the file is handed over, the fork source is killed
                killed.append(pool.pids()[0])
                os.kill(killed[0], signal.SIGKILL)

        pool.read(
            str(tmp_path),
            [Task("statement.txt", 540_000)],
            lambda task, result: results.__setitem__(task.rel, result),
            on_start=on_start,
        )
    assert killed
    (result,) = results.values()
    assert result.readable and result.problem is None, result.problem_detail
    assert result.text.startswith("I saw him at the bus stop.")


@pytest.mark.skipif(not FORKS, reason="readers are forked on Linux only")
def test_a_reader_of_a_retired_fork_source_that_crashes_is_reported_as_any_other(tmp_path):
    tasks = _messages(tmp_path, 200)  # batches for both readers: a dead one is found
    (tmp_path / "statement.txt").write_text("I saw him at the bus stop.\n" * 20_000)  # read alone
    results = {}
    with ReaderPool(2) as pool:
        first_source = None
        # Two readers and pipes for four: replacing three uses them up, and the first fork
        # source is retired while one of its readers is still in the pool.
        for _ in range(3):
            _read_all(pool, tmp_path, tasks)
            first_source = first_source or pool.pids()[0]
            os.kill(pool.pids()[-1], signal.SIGKILL)
        _read_all(pool, tmp_path, tasks)
        assert first_source in pool.pids() and len(pool.pids()) == 4  # two sources, two readers

        readers = pool.pids()[2:]

        def on_start(task):  # the readers die once the file is handed over (killed from outside)
            for pid in readers:
                os.kill(pid, signal.SIGSTOP)
            threading.Timer(0.3, lambda: [os.kill(pid, signal.SIGKILL) for pid in readers]).start()

        pool.read(
            str(tmp_path),
            [Task("statement.txt", 540_000)],
            lambda task, result: results.__setitem__(task.rel, result),
            on_start=on_start,
        )
        assert first_source not in pool.pids()  # stopped once its last reader had ended
    # As for a reader started afresh: the file in hand when it crashed is reported, once.
    assert results["statement.txt"].problem is Problem.WORKER_CRASHED
