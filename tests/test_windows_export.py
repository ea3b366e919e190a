"""The export's POSIX-only spots made to work on Windows, decided and tested off Windows.

Stopping LibreOffice whole: on POSIX its process group is killed (a real group is stopped here,
and LibreOffice's own timeout path is run with a stand-in soffice); on Windows ``taskkill /F /T``
is called, checked here through a stand-in runner, with ``kill()`` when taskkill cannot be run.
Syncing the pack to disk: the Windows choices (files opened for writing, folders not synced)
are checked through the recorded calls, and both branches run on a real tree here.
Whether the export that left a partial folder still runs: real processes on POSIX, a stand-in
kernel32 for Windows (which must never be sent signal 0, its Ctrl-C). LibreOffice: its temporary
files kept in its private folder, that folder deleted even while it is briefly held (or the export
fails naming it), and the program found where Windows's installer puts it.
"""

from __future__ import annotations

import ctypes
import functools
import os
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from gatekeeper.models import FileFormat
from gatekeeper.pack import render, safety
from gatekeeper.pack.render import RenderSettings, Source, _convert, find_soffice, soffice_env
from gatekeeper.pack.safety import (
    OWNER,
    PackError,
    check_destination,
    remove_tree_retrying,
    staging,
    sync_open_flags,
    sync_tree,
)
from gatekeeper.processes import (
    CREATE_NEW_PROCESS_GROUP,
    ERROR_ACCESS_DENIED,
    ERROR_INVALID_PARAMETER,
    PROCESS_QUERY_LIMITED_INFORMATION,
    STILL_ACTIVE,
    TASKKILL_SECONDS,
    kill_process_tree,
    own_group_options,
    process_alive,
)

posix_only = pytest.mark.skipif(
    sys.platform != "linux", reason="reads process groups from Linux's /proc"
)
needs_sh = pytest.mark.skipif(sys.platform == "win32", reason="a stand-in soffice in sh")

# --- stopping a program and what it started --------------------------------------------------


@dataclass
class FakeProcess:
    """Stands in for a ``subprocess.Popen``: records what was done to it."""

    pid: int = 4321
    calls: list[str] = field(default_factory=list)

    def kill(self) -> None:
        self.calls.append("kill")

    def wait(self) -> int:
        self.calls.append("wait")
        return -9


class Runner:
    """Stands in for ``subprocess.run``: records the call, answers or raises as told."""

    def __init__(self, returncode: int = 0, raises: BaseException | None = None) -> None:
        self.returncode = returncode
        self.raises = raises
        self.calls: list[tuple[list[str], dict[str, Any]]] = []

    def __call__(self, command: list[str], **options: Any) -> subprocess.CompletedProcess[bytes]:
        self.calls.append((command, options))
        if self.raises is not None:
            raise self.raises
        return subprocess.CompletedProcess(command, self.returncode)


def test_a_program_starts_in_a_group_of_its_own_on_either_system() -> None:
    assert own_group_options(windows=False) == {"start_new_session": True, "creationflags": 0}
    assert own_group_options(windows=True) == {
        "start_new_session": False,
        "creationflags": CREATE_NEW_PROCESS_GROUP,
    }
    assert CREATE_NEW_PROCESS_GROUP == 0x00000200  # Windows's value, defined here too


def test_windows_stops_the_program_and_its_children_with_taskkill() -> None:
    process, run = FakeProcess(), Runner()
    kill_process_tree(process, windows=True, run=run)  # type: ignore[arg-type]
    assert len(run.calls) == 1
    command, options = run.calls[0]
    assert command[0].lower().endswith("\\system32\\taskkill.exe")  # never a bare name
    assert command[1:] == ["/F", "/T", "/PID", "4321"]
    assert options["stdout"] is subprocess.DEVNULL
    assert options["stderr"] is subprocess.DEVNULL
    assert options["stdin"] is subprocess.DEVNULL
    assert options["timeout"] == TASKKILL_SECONDS <= 30
    assert process.calls == ["wait"]  # taskkill did it: no kill(), then reaped


@pytest.mark.parametrize(
    "run",
    [
        Runner(raises=FileNotFoundError(2, "taskkill.exe not found")),
        Runner(raises=PermissionError(13, "access denied")),
        Runner(raises=subprocess.TimeoutExpired(["taskkill"], TASKKILL_SECONDS)),
        Runner(returncode=128),  # taskkill's "process not found" (or any failure)
    ],
    ids=["missing", "refused", "hung", "failed"],
)
def test_windows_kills_the_program_itself_when_taskkill_cannot(run: Runner) -> None:
    process = FakeProcess()
    kill_process_tree(process, windows=True, run=run)  # type: ignore[arg-type]
    assert len(run.calls) == 1
    assert process.calls == ["kill", "wait"]


def _group(pgid: int) -> dict[int, str]:
    """The processes of a process group, with their state letter (Z: ended, not yet reaped)."""
    found = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
        except OSError:
            continue  # ended while listed
        fields = text[text.rindex(")") + 2 :].split()  # the name may hold spaces or brackets
        if int(fields[2]) == pgid:
            found[int(stat.parent.name)] = fields[0]
    return found


def _running(pgid: int) -> set[int]:
    return {pid for pid, state in _group(pgid).items() if state != "Z"}


def _wait_for(condition: Any, seconds: float = 10.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.02)
    return bool(condition())


def _start_group() -> subprocess.Popen[bytes]:
    """A shell that starts a background sleep and sleeps: a parent and a child, as soffice.exe
    and soffice.bin; returned once both run."""
    process = subprocess.Popen(
        ["sh", "-c", "sleep 30 & sleep 30"], **own_group_options(windows=False)
    )
    assert _wait_for(lambda: len(_running(process.pid)) >= 2), "the group did not start"
    return process


@posix_only
def test_the_check_sees_a_child_left_when_only_the_parent_is_killed() -> None:
    """What happens on Windows without taskkill /T; proves the next test could see a survivor."""
    process = _start_group()
    try:
        process.kill()
        process.wait()
        time.sleep(0.2)
        assert _running(process.pid), "the background sleep should have outlived its parent"
    finally:
        os.killpg(process.pid, signal.SIGKILL)


@posix_only
def test_posix_stops_the_whole_process_group() -> None:
    process = _start_group()
    kill_process_tree(process, windows=False)
    assert process.returncode == -signal.SIGKILL  # reaped
    assert _wait_for(lambda: not _running(process.pid)), _group(process.pid)
    kill_process_tree(process, windows=False)  # a group already gone is fine


@posix_only
def test_a_libreoffice_that_times_out_is_stopped_with_what_it_started(tmp_path: Path) -> None:
    """render's own timeout path, with a stand-in soffice that starts a child and hangs."""
    child = tmp_path / "child.pid"
    soffice = tmp_path / "soffice"
    soffice.write_text(f"#!/bin/sh\nsleep 30 &\necho $! > '{child}'\nsleep 30\n")
    soffice.chmod(0o755)
    document = tmp_path / "letter.docx"
    document.write_bytes(b"not really a document")
    source = Source("letter", document, FileFormat.DOCX, "letter.docx")
    out = tmp_path / "out"
    out.mkdir()
    started = time.monotonic()
    settings = RenderSettings(seconds_per_file=1.0)
    assert _convert(str(soffice), [source], out, settings, tmp_path) == ({}, True)
    assert time.monotonic() - started < 10
    assert child.is_file(), "the stand-in soffice did not start its child"
    pid = int(child.read_text())
    state = _wait_for(lambda: _state(pid) in (None, "Z"))
    assert state, f"soffice's child {pid} is still running"
    assert list(out.iterdir()) == []


def _state(pid: int) -> str | None:
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return text[text.rindex(")") + 2 :].split()[0]


# --- syncing the pack to disk -----------------------------------------------------------------


def _tree(root: Path) -> dict[str, bytes]:
    files = {
        "manifest.json": b'{"files": []}',
        "01 Documents/letter.pdf": b"%PDF-1.7 letter",
        "01 Documents/nested/photo.jpg": b"\xff\xd8\xff picture",
        "empty.txt": b"",
    }
    for name, data in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(data)
    return files


def test_files_are_opened_for_writing_to_be_synced_on_windows_only() -> None:
    access = os.O_RDONLY | os.O_WRONLY | os.O_RDWR
    windows = sync_open_flags(windows=True)
    assert windows & access == os.O_RDWR
    assert windows & getattr(os, "O_BINARY", 0) == getattr(os, "O_BINARY", 0)
    # Opened to flush, never to change: nothing that creates, truncates or appends.
    assert not windows & (os.O_CREAT | os.O_TRUNC | os.O_APPEND | os.O_EXCL)
    assert sync_open_flags(windows=False) == os.O_RDONLY


@pytest.mark.parametrize("windows", [False, True], ids=["posix", "windows"])
def test_sync_opens_each_file_as_its_system_needs_and_folders_on_posix_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, windows: bool
) -> None:
    files = _tree(tmp_path)
    opened: list[tuple[Path, int]] = []
    synced: list[int] = []
    real_open, real_fsync = os.open, os.fsync

    def recording_open(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        opened.append((Path(path), flags))
        return real_open(path, flags, *args, **kwargs)

    def recording_fsync(fd: int) -> None:
        synced.append(fd)
        real_fsync(fd)

    monkeypatch.setattr(safety.os, "open", recording_open)
    monkeypatch.setattr(safety.os, "fsync", recording_fsync)
    sync_tree(tmp_path, windows=windows)
    monkeypatch.undo()

    file_opens = [(p, f) for p, f in opened if p.is_file()]
    folder_opens = [p for p, _ in opened if p.is_dir()]
    assert sorted(p.relative_to(tmp_path).as_posix() for p, _ in file_opens) == sorted(files)
    assert {f for _, f in file_opens} == {sync_open_flags(windows)}
    folders = {tmp_path, tmp_path / "01 Documents", tmp_path / "01 Documents" / "nested"}
    assert set(folder_opens) == (set() if windows else folders)
    assert len(synced) == len(opened)  # each one opened is synced
    # Nothing written: the same bytes in every file.
    assert {n: (tmp_path / n).read_bytes() for n in files} == files


def test_sync_tree_syncs_a_real_tree_unchanged(tmp_path: Path) -> None:
    files = _tree(tmp_path)
    before = {n: (tmp_path / n).stat().st_mtime_ns for n in files}
    sync_tree(tmp_path)
    sync_tree(tmp_path, windows=True)  # the Windows flags work on a real tree here too
    assert {n: (tmp_path / n).read_bytes() for n in files} == files
    assert {n: (tmp_path / n).stat().st_mtime_ns for n in files} == before


# --- whether the export that left a partial folder still runs ---------------------------------


def test_posix_sees_its_own_process_alive_and_a_reaped_child_gone() -> None:
    assert process_alive(os.getpid(), windows=False) is True
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()  # reaped: its pid names no process now
    assert process_alive(child.pid, windows=False) is False
    # No process has these; os.kill would have signalled a whole group (0) or everything (-1).
    assert process_alive(0, windows=False) is False
    assert process_alive(-1, windows=False) is False


class FakeKernel32:
    """Stands in for kernel32: OpenProcess answers ``handles[pid]`` (None: refused, with
    ``errors[pid]`` as the last error); GetExitCodeProcess writes ``codes[handle]``."""

    def __init__(
        self,
        handles: dict[int, int | None],
        errors: dict[int, int] | None = None,
        codes: dict[int, int | None] | None = None,
    ) -> None:
        self.handles, self.errors, self.codes = handles, errors or {}, codes or {}
        self.calls: list[tuple[Any, ...]] = []
        self.error = 0
        # Plain functions, not bound methods: the code sets argtypes on them as on ctypes'.
        self.OpenProcess = lambda *args: self._open(*args)
        self.GetExitCodeProcess = lambda *args: self._exit_code(*args)
        self.CloseHandle = lambda *args: self._close(*args)

    def _open(self, access: int, inherit: bool, pid: int) -> int | None:
        self.calls.append(("open", access, inherit, pid))
        handle = self.handles[pid]
        self.error = self.errors.get(pid, 0) if handle is None else 0
        return handle

    def _exit_code(self, handle: int, code: Any) -> int:
        self.calls.append(("exit code", handle))
        answer = self.codes[handle]
        if answer is None:
            return 0  # the call failed
        code._obj.value = answer  # what Windows writes through the pointer
        return 1

    def _close(self, handle: int) -> int:
        self.calls.append(("close", handle))
        return 1

    def last_error(self) -> int:
        return self.error


def _no_signals(*args: Any) -> None:
    raise AssertionError(f"os.kill{args} on Windows: signal 0 is a Ctrl-C there")


@pytest.mark.parametrize(
    ("kernel32", "alive", "closed"),
    [
        (FakeKernel32({8: None}, errors={8: ERROR_INVALID_PARAMETER}), False, False),
        (FakeKernel32({8: None}, errors={8: ERROR_ACCESS_DENIED}), True, False),
        (FakeKernel32({8: None}, errors={8: 1450}), True, False),  # cannot tell: kept
        (FakeKernel32({8: 0x44}, codes={0x44: STILL_ACTIVE}), True, True),
        (FakeKernel32({8: 0x44}, codes={0x44: 0}), False, True),
        (FakeKernel32({8: 0x44}, codes={0x44: None}), True, True),  # cannot tell: kept
    ],
    ids=["no such process", "denied", "other error", "running", "ended", "exit code refused"],
)
def test_windows_asks_kernel32_whether_a_process_runs_and_closes_what_it_opens(
    kernel32: FakeKernel32, alive: bool, closed: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(os, "kill", _no_signals)
    assert (
        process_alive(8, windows=True, kernel32=kernel32, last_error=kernel32.last_error) is alive
    )
    assert kernel32.calls[0] == ("open", PROCESS_QUERY_LIMITED_INFORMATION, False, 8)
    assert (("close", 0x44) in kernel32.calls) is closed
    assert kernel32.calls[-1][0] == ("close" if closed else "open")
    assert kernel32.OpenProcess.argtypes == (ctypes.c_uint32, ctypes.c_int, ctypes.c_uint32)


@pytest.mark.skipif(sys.platform == "win32", reason="kernel32 is there to ask")
def test_windows_without_kernel32_keeps_the_folder_and_sends_no_signal(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(os, "kill", _no_signals)
    assert process_alive(os.getpid() + 1, windows=True) is True  # cannot tell: kept


def test_a_folder_left_by_an_ended_export_is_removed_on_windows_and_a_running_ones_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The stale-folder sweep through the Windows branch; os.kill raises as Windows's does."""
    kernel32 = FakeKernel32(
        {111: None, 222: 0x44}, errors={111: ERROR_INVALID_PARAMETER}, codes={0x44: STILL_ACTIVE}
    )
    windows_alive = functools.partial(
        process_alive, windows=True, kernel32=kernel32, last_error=kernel32.last_error
    )
    monkeypatch.setattr(safety, "process_alive", windows_alive)
    monkeypatch.setattr(os, "kill", _no_signals)
    left, running = tmp_path / ".pack.partial-ended", tmp_path / ".pack.partial-running"
    for folder, pid in ((left, 111), (running, 222)):
        folder.mkdir()
        (folder / OWNER).write_text(str(pid))
    with staging(tmp_path / "pack") as folder:
        assert folder.is_dir()
    assert not left.exists() and running.exists()
    assert ("close", 0x44) in kernel32.calls


# --- deleting a folder a program may still hold for a moment ----------------------------------


class FlakyRemove:
    """Stands in for ``shutil.rmtree``: refuses ``failures`` times as Windows does while a file
    is open elsewhere (WinError 32), then removes the folder for real."""

    def __init__(self, failures: int) -> None:
        self.failures = failures
        self.calls = 0

    def __call__(self, path: Path) -> None:
        self.calls += 1
        if self.calls <= self.failures:
            raise PermissionError(13, "The process cannot access the file", str(path))
        shutil.rmtree(path)


def test_a_folder_held_for_a_moment_is_deleted_on_a_later_try(tmp_path: Path) -> None:
    held = tmp_path / "held"
    (held / "sub").mkdir(parents=True)
    (held / "sub" / "copy.docx").write_bytes(b"case content")
    remove = FlakyRemove(failures=2)
    remove_tree_retrying(held, attempts=5, pause_s=0.01, remove=remove)
    assert remove.calls == 3
    assert not held.exists()


def test_a_folder_that_stays_held_raises_after_the_last_try(tmp_path: Path) -> None:
    held = tmp_path / "held"
    held.mkdir()
    remove = FlakyRemove(failures=99)
    started = time.monotonic()
    with pytest.raises(PermissionError):
        remove_tree_retrying(held, attempts=4, pause_s=0.01, remove=remove)
    assert remove.calls == 4
    assert time.monotonic() - started < 2
    assert held.is_dir()  # left, and the caller was told


def test_a_folder_already_gone_is_fine(tmp_path: Path) -> None:
    remove = FlakyRemove(failures=99)
    remove_tree_retrying(tmp_path / "never-made", pause_s=0.01, remove=remove)
    assert remove.calls == 1
    remove_tree_retrying(tmp_path / "never-made")  # the real rmtree too


# --- LibreOffice on Windows -------------------------------------------------------------------


def test_libreoffice_keeps_its_home_and_every_temporary_folder_private(tmp_path: Path) -> None:
    user = {
        "PATH": "/usr/bin",
        "HOME": "/home/officer",
        "TEMP": "C:\\Users\\officer\\AppData\\Local\\Temp",
        "TMP": "C:\\Users\\officer\\AppData\\Local\\Temp",
    }
    env = soffice_env(tmp_path, user)
    assert {k: env[k] for k in ("HOME", "TMPDIR", "TEMP", "TMP")} == dict.fromkeys(
        ("HOME", "TMPDIR", "TEMP", "TMP"), str(tmp_path)
    )
    assert env["PATH"] == "/usr/bin"
    assert user["TEMP"].endswith("Temp")  # the caller's environment is not changed


def _recording_soffice(tmp_path: Path) -> tuple[Path, Path]:
    """A stand-in soffice that writes its folder and environment to a file and converts nothing."""
    record = tmp_path / "record.txt"
    soffice = tmp_path / "soffice"
    soffice.write_text(f"#!/bin/sh\n{{ pwd; env; }} > '{record}'\n")
    soffice.chmod(0o755)
    return soffice, record


def _letter(tmp_path: Path) -> Source:
    document = tmp_path / "letter.docx"
    document.write_bytes(b"not really a document")
    return Source("letter", document, FileFormat.DOCX, "letter.docx")


@needs_sh
def test_libreoffice_is_run_with_its_temporary_folders_private_then_deleted(
    tmp_path: Path,
) -> None:
    soffice, record = _recording_soffice(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    scratch = tmp_path / "staging"
    scratch.mkdir()
    assert _convert(str(soffice), [_letter(tmp_path)], out, RenderSettings(), scratch) == (
        {},
        False,
    )
    private, *lines = record.read_text().splitlines()
    env = dict(line.split("=", 1) for line in lines if "=" in line)
    assert {env[k] for k in ("HOME", "TMPDIR", "TEMP", "TMP")} == {private}
    # Inside the pack's staging folder, which a later export removes even after a kill.
    assert Path(private).parent == scratch and Path(private).name.startswith("soffice-")
    assert not Path(private).exists()


@needs_sh
def test_a_private_folder_that_cannot_be_deleted_fails_the_export_naming_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    soffice, record = _recording_soffice(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    stuck = functools.partial(remove_tree_retrying, pause_s=0.01, remove=FlakyRemove(99))
    monkeypatch.setattr(render, "remove_tree_retrying", stuck)
    with pytest.raises(PackError) as raised:
        _convert(str(soffice), [_letter(tmp_path)], out, RenderSettings(), tmp_path)
    private = Path(record.read_text().splitlines()[0])
    try:
        assert private.is_dir()
        message = str(raised.value)
        assert str(private) in message
        assert "copies of case documents" in message and "No pack was written" in message
    finally:
        shutil.rmtree(private)


def _installed(program_files: Path) -> Path:
    soffice = program_files / "LibreOffice" / "program" / "soffice.exe"
    soffice.parent.mkdir(parents=True)
    soffice.write_bytes(b"MZ")
    return soffice


@pytest.mark.parametrize("variable", ["ProgramFiles", "ProgramW6432", "ProgramFiles(x86)"])
def test_windows_finds_libreoffice_where_its_installer_puts_it(
    tmp_path: Path, variable: str
) -> None:
    installed = _installed(tmp_path / "Program Files")
    environ = {"PATH": str(tmp_path / "empty"), variable: str(tmp_path / "Program Files")}
    assert find_soffice(RenderSettings(), windows=True, environ=environ) == str(installed)
    assert find_soffice(RenderSettings(), windows=False, environ=environ) is None
    assert find_soffice(RenderSettings(libreoffice=False), windows=True, environ=environ) is None


def test_windows_finds_no_libreoffice_when_it_is_in_neither_place(tmp_path: Path) -> None:
    _installed(tmp_path / "Program Files")
    environ = {"PATH": str(tmp_path / "empty"), "ProgramFiles": str(tmp_path / "elsewhere")}
    assert find_soffice(RenderSettings(), windows=True, environ=environ) is None


@needs_sh
def test_libreoffice_on_the_path_comes_first(tmp_path: Path) -> None:
    _installed(tmp_path / "Program Files")
    on_path = tmp_path / "bin" / "soffice"
    on_path.parent.mkdir()
    on_path.write_text("#!/bin/sh\n")
    on_path.chmod(0o755)
    environ = {"PATH": str(on_path.parent), "ProgramFiles": str(tmp_path / "Program Files")}
    assert find_soffice(RenderSettings(), windows=True, environ=environ) == str(on_path)


# --- the destination -------------------------------------------------------------------------


class Junction(type(Path())):  # type: ignore[misc]
    """A folder that says it is a junction, as Python 3.12's ``Path.is_junction`` does."""

    def is_junction(self) -> bool:
        return True


def test_a_junction_is_refused_as_the_destination_even_with_force(tmp_path: Path) -> None:
    (tmp_path / "pack").mkdir()
    check_destination(tmp_path / "pack", force=True)  # an empty folder may be replaced
    with pytest.raises(PackError, match="is a link"):
        check_destination(Junction(tmp_path / "pack"), force=True)
