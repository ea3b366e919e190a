"""Cap a reader process's memory on Windows with a Job Object, as ``RLIMIT_AS`` does on POSIX.

A reader calls ``limit_own_memory`` once at start. The process joins a new job whose
per-process limit caps its committed memory (not its address space, as ``RLIMIT_AS`` does):
an allocation past the cap fails, and Python raises MemoryError. The structures are laid out
with portable ctypes types so their 64-bit layout is checked on any system.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

JOB_OBJECT_LIMIT_PROCESS_MEMORY = 0x100
JOB_OBJECT_EXTENDED_LIMIT_INFORMATION_CLASS = 9  # JobObjectExtendedLimitInformation

# The Windows types by size, named as in the Windows headers (so are the structures below);
# LARGE_INTEGER is a union whose alignment is its int64 member's.
LARGE_INTEGER = ctypes.c_int64
SIZE_T = ctypes.c_size_t
DWORD = ctypes.c_uint32
ULONG_PTR = ctypes.c_size_t
ULONGLONG = ctypes.c_uint64
HANDLE = ctypes.c_void_p
BOOL = ctypes.c_int


class JOBOBJECT_BASIC_LIMIT_INFORMATION(ctypes.Structure):
    _fields_ = (
        ("PerProcessUserTimeLimit", LARGE_INTEGER),
        ("PerJobUserTimeLimit", LARGE_INTEGER),
        ("LimitFlags", DWORD),
        ("MinimumWorkingSetSize", SIZE_T),
        ("MaximumWorkingSetSize", SIZE_T),
        ("ActiveProcessLimit", DWORD),
        ("Affinity", ULONG_PTR),
        ("PriorityClass", DWORD),
        ("SchedulingClass", DWORD),
    )


class IO_COUNTERS(ctypes.Structure):
    _fields_ = (
        ("ReadOperationCount", ULONGLONG),
        ("WriteOperationCount", ULONGLONG),
        ("OtherOperationCount", ULONGLONG),
        ("ReadTransferCount", ULONGLONG),
        ("WriteTransferCount", ULONGLONG),
        ("OtherTransferCount", ULONGLONG),
    )


class JOBOBJECT_EXTENDED_LIMIT_INFORMATION(ctypes.Structure):
    _fields_ = (
        ("BasicLimitInformation", JOBOBJECT_BASIC_LIMIT_INFORMATION),
        ("IoInfo", IO_COUNTERS),
        ("ProcessMemoryLimit", SIZE_T),
        ("JobMemoryLimit", SIZE_T),
        ("PeakProcessMemoryUsed", SIZE_T),
        ("PeakJobMemoryUsed", SIZE_T),
    )


def limit_own_memory(megabytes: int) -> bool:
    """Cap this process's committed memory at ``megabytes`` MiB; return whether a cap was set.

    False, with nothing changed, when not on Windows, when ``megabytes`` is not positive, or
    when Windows refuses (the per-file deadline still applies then). The cap holds for the
    life of the process and applies to each process it starts as well.
    """
    kernel32 = load_kernel32() if megabytes > 0 else None
    if kernel32 is None:
        return False
    return apply_memory_limit(kernel32, megabytes * 1024 * 1024)


def load_kernel32() -> Any | None:
    """Windows's kernel32, keeping each call's last error (``ctypes.get_last_error``); None off
    Windows (``sys.platform``, so that mypy checks this on either system) or if it cannot load."""
    if sys.platform != "win32":
        return None
    try:
        return ctypes.WinDLL("kernel32", use_last_error=True)
    except OSError:
        return None


def apply_memory_limit(kernel32: Any, limit_bytes: int) -> bool:
    """Put this process in a new job whose per-process memory limit is ``limit_bytes``.

    ``kernel32`` is the loaded kernel32 library (a stand-in in tests, off Windows).
    """
    kernel32.CreateJobObjectW.argtypes = (ctypes.c_void_p, ctypes.c_wchar_p)
    kernel32.CreateJobObjectW.restype = HANDLE
    kernel32.SetInformationJobObject.argtypes = (HANDLE, ctypes.c_int, ctypes.c_void_p, DWORD)
    kernel32.SetInformationJobObject.restype = BOOL
    kernel32.AssignProcessToJobObject.argtypes = (HANDLE, HANDLE)
    kernel32.AssignProcessToJobObject.restype = BOOL
    kernel32.GetCurrentProcess.argtypes = ()
    kernel32.GetCurrentProcess.restype = HANDLE
    kernel32.CloseHandle.argtypes = (HANDLE,)
    kernel32.CloseHandle.restype = BOOL

    job = kernel32.CreateJobObjectW(None, None)
    if not job:
        return False
    try:
        info = JOBOBJECT_EXTENDED_LIMIT_INFORMATION()
        info.BasicLimitInformation.LimitFlags = JOB_OBJECT_LIMIT_PROCESS_MEMORY
        info.ProcessMemoryLimit = limit_bytes
        if not kernel32.SetInformationJobObject(
            job,
            JOB_OBJECT_EXTENDED_LIMIT_INFORMATION_CLASS,
            ctypes.byref(info),
            ctypes.sizeof(info),
        ):
            return False
        return bool(kernel32.AssignProcessToJobObject(job, kernel32.GetCurrentProcess()))
    finally:
        # The job lives on while this process is in it; the handle is no longer needed.
        kernel32.CloseHandle(job)


def last_error() -> int:
    """The Windows error of the last kernel32 call made through ``load_kernel32`` (0 off Windows)."""
    if sys.platform != "win32":
        return 0
    return ctypes.get_last_error()
