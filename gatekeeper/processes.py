"""Start a helper program in a process group of its own, and stop it with everything it started.

On POSIX the program leads a new session (``start_new_session``) and the whole group is killed
with ``os.killpg``. Windows has neither: ``start_new_session`` is ignored and ``os.killpg`` does
not exist. There the program starts in a new process group (so a console's Ctrl-C is not sent to
it as well) and ``taskkill /F /T`` stops it and the processes it started (LibreOffice's
``soffice.exe`` starts ``soffice.bin``: killing only the first leaves the second running).
``process_alive`` asks whether a process still runs without signalling it: POSIX's
``os.kill(pid, 0)`` would be a console Ctrl-C on Windows (signal 0 is CTRL_C_EVENT there), so
Windows asks kernel32 instead. The platform is a parameter, so the Windows choices are tested on
any system.
"""

from __future__ import annotations

import contextlib
import ctypes
import ntpath
import os
import signal
import subprocess
import sys
from collections.abc import Callable
from typing import Any, TypedDict

from gatekeeper.winjob import BOOL, DWORD, HANDLE, load_kernel32
from gatekeeper.winjob import last_error as windows_last_error

WINDOWS = os.name == "nt"
# subprocess defines it on Windows only; the value is Windows's own.
CREATE_NEW_PROCESS_GROUP: int = getattr(subprocess, "CREATE_NEW_PROCESS_GROUP", 0x00000200)
TASKKILL_SECONDS = 10.0
# Windows's own values (winnt.h, winerror.h, minwinbase.h).
PROCESS_QUERY_LIMITED_INFORMATION = 0x1000
STILL_ACTIVE = 259
ERROR_ACCESS_DENIED = 5
ERROR_INVALID_PARAMETER = 87

Runner = Callable[..., "subprocess.CompletedProcess[Any]"]


class GroupOptions(TypedDict):
    """The ``subprocess.Popen`` keyword arguments that start a program in a group of its own."""

    start_new_session: bool
    creationflags: int


def own_group_options(windows: bool = WINDOWS) -> GroupOptions:
    """Pass to ``subprocess.Popen`` (``**own_group_options()``) for a program that
    ``kill_process_tree`` must be able to stop whole."""
    if windows:
        return GroupOptions(start_new_session=False, creationflags=CREATE_NEW_PROCESS_GROUP)
    return GroupOptions(start_new_session=True, creationflags=0)


def kill_process_tree(
    process: subprocess.Popen[Any],
    windows: bool = WINDOWS,
    run: Runner = subprocess.run,
) -> None:
    """Kill ``process`` and every process it started, then reap it.

    The program must have been started with ``own_group_options``. POSIX: its process group is
    sent SIGKILL (a group already gone is fine). Windows: ``taskkill /F /T`` (run through
    ``run``, with a short time limit); when taskkill is missing, fails or hangs, only the
    program itself is killed. ``/T`` follows parent links, so it finds the program's children
    only while the program itself is still running.
    """
    if windows:
        try:
            done = run(
                [_taskkill(), "/F", "/T", "/PID", str(process.pid)],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                timeout=TASKKILL_SECONDS,
                check=False,
            )
            stopped = done.returncode == 0
        except (OSError, subprocess.SubprocessError):
            stopped = False
        if not stopped:
            process.kill()  # a no-op when it has already ended
    elif sys.platform != "win32":  # Windows has no os.killpg (so mypy passes on either system)
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
    else:
        process.kill()
    process.wait()


def _taskkill() -> str:
    """taskkill by its full path: a bare name is looked for in the program's folder and the
    current folder before System32. (Windows's ``os.environ`` ignores the case of names.)"""
    return ntpath.join(os.environ.get("SYSTEMROOT", "C:\\Windows"), "System32", "taskkill.exe")


def process_alive(
    pid: int,
    windows: bool = WINDOWS,
    kernel32: Any = None,
    last_error: Callable[[], int] | None = None,
) -> bool:
    """Whether the process ``pid`` is still running; nothing is sent to it.

    When it cannot tell, the answer is True: a caller that would remove what the process owns
    keeps it. POSIX: ``os.kill(pid, 0)`` (another user's process is alive). Windows:
    ``OpenProcess`` for the least access, then ``GetExitCodeProcess``; ``kernel32`` and
    ``last_error`` (``winjob.last_error``) are the real ones unless given (stand-ins in
    tests). A pid that is not positive has no process (and ``os.kill`` would signal a group).
    A process that ended with the exit code 259 (STILL_ACTIVE) is taken for alive.
    """
    if pid <= 0:
        return False
    if windows:
        if kernel32 is None:
            kernel32 = load_kernel32()
        if kernel32 is None:
            return True
        return _windows_process_alive(pid, kernel32, last_error or windows_last_error)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's
    except OverflowError:
        return False  # no process has an id that large
    return True


def _windows_process_alive(pid: int, kernel32: Any, last_error: Callable[[], int]) -> bool:
    if pid > 0xFFFFFFFF:
        return False  # a process id is a DWORD
    kernel32.OpenProcess.argtypes = (DWORD, BOOL, DWORD)
    kernel32.OpenProcess.restype = HANDLE
    kernel32.GetExitCodeProcess.argtypes = (HANDLE, ctypes.POINTER(DWORD))
    kernel32.GetExitCodeProcess.restype = BOOL
    kernel32.CloseHandle.argtypes = (HANDLE,)
    kernel32.CloseHandle.restype = BOOL

    handle = kernel32.OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, False, pid)
    if not handle:
        # No such process is "invalid parameter"; a protected or another session's is denied.
        return last_error() != ERROR_INVALID_PARAMETER
    try:
        code = DWORD()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)
