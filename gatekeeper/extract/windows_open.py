"""Open a file below a submission folder without following links, where folders cannot be
walked by open handle (Windows: no O_NOFOLLOW, no ``dir_fd``).

Each step of the path is examined with ``lstat`` first and refused if it is a link, a junction
or any other reparse point; the file is then opened by name and its identity compared with the
one examined, and the folders are examined again, so a file or folder swapped for a link between
the check and the open is refused rather than followed. A swap exactly timed to undo itself
between the checks is not caught: that needs folder handles held open without delete sharing.

The system calls are passed in (``OsCalls``) so that these decisions are tested on any system.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

# Read-only, binary, not inherited by child processes. O_NONBLOCK exists only on POSIX, where
# this path runs in tests: there a file swapped for a pipe after the check must not block.
OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_BINARY", 0)
    | getattr(os, "O_NOINHERIT", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_NONBLOCK", 0)
)
REPARSE_POINT = stat.FILE_ATTRIBUTE_REPARSE_POINT
# Names Windows opens as devices in any folder, with or without an extension.
DEVICE_NAMES = frozenset(
    ["CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"]
    + [f"{port}{n}" for port in ("COM", "LPT") for n in [*"0123456789", "¹", "²", "³"]]
)


class StatResult(Protocol):
    """What the walk reads from a stat result (``os.stat_result`` has it)."""

    @property
    def st_mode(self) -> int: ...

    @property
    def st_dev(self) -> int: ...

    @property
    def st_ino(self) -> int: ...


@dataclass(frozen=True)
class OsCalls:
    """The system calls the walk makes: the real ones by default, fakes in tests."""

    lstat: Callable[[str], StatResult] = os.lstat
    open: Callable[[str, int], int] = os.open
    fstat: Callable[[int], StatResult] = os.fstat
    close: Callable[[int], None] = os.close


def open_no_follow(root: str, rel: str, calls: OsCalls | None = None) -> int:
    """Open ``root/rel`` read-only and return its descriptor; never follow a link or junction.

    ``rel`` is a "/"-separated path relative to ``root`` (``root`` itself may be reached through
    a link). Raises OSError: ELOOP for a link, junction or other reparse point on the way;
    EINVAL for a path that could leave ``root`` or that Windows would read differently; ENOTDIR
    when a step is not a folder; EISDIR (as on POSIX) when the file is not a regular file; EAGAIN
    when the path changed while it was being opened.
    """
    calls = calls or OsCalls()
    parts = _parts(rel)
    path = root
    seen: list[StatResult] = []
    for depth, part in enumerate(parts, 1):
        path = _join(path, part)
        info = calls.lstat(path)
        _refuse_link(info)
        if depth < len(parts) and not stat.S_ISDIR(info.st_mode):
            raise OSError(errno.ENOTDIR, "a step of the path is not a folder")
        seen.append(info)
    if not stat.S_ISREG(seen[-1].st_mode):
        raise OSError(errno.EISDIR, "not a regular file")
    fd = calls.open(path, OPEN_FLAGS)
    try:
        opened = calls.fstat(fd)
        if not stat.S_ISREG(opened.st_mode) or not _same(opened, seen[-1]):
            raise OSError(errno.EAGAIN, "it changed while it was being opened: not read")
        _check_folders_again(root, parts, seen, calls)
    except BaseException:
        calls.close(fd)
        raise
    return fd


def _parts(rel: str) -> list[str]:
    """The steps of ``rel``; refuse any that could leave the folder or that Windows rewrites."""
    if rel.startswith(("/", "\\")):
        raise OSError(errno.EINVAL, "an absolute path, not one inside the folder")
    parts = [part for part in rel.split("/") if part not in ("", ".")]
    if not parts:
        raise OSError(errno.EINVAL, "no file named")
    for part in parts:
        if part == "..":
            raise OSError(errno.EINVAL, "a path that leaves the folder ('..')")
        if "\\" in part or ":" in part:
            # "C:", "\\server\share", "a\b" and "file:stream" all name something else
            raise OSError(errno.EINVAL, "a drive, server, stream or '\\' in a name")
        if part.endswith((".", " ")):
            # Windows drops trailing dots and spaces, so "a." would open "a"
            raise OSError(errno.EINVAL, "a name ending in a dot or space")
        if part.split(".", 1)[0].rstrip(" ").upper() in DEVICE_NAMES:
            raise OSError(errno.EINVAL, "a device name (such as CON or NUL), not a file")
    return parts


def _join(folder: str, name: str) -> str:
    seps = (os.sep, os.altsep) if os.altsep else (os.sep,)
    return folder + name if folder.endswith(seps) else folder + os.sep + name


def is_reparse_point(info: StatResult) -> bool:
    """Whether a stat result is of a Windows reparse point (a junction, a symlink, a cloud file).
    Always false on POSIX, whose stat results have no ``st_file_attributes``."""
    return bool(getattr(info, "st_file_attributes", 0) & REPARSE_POINT)


def _refuse_link(info: StatResult) -> None:
    if stat.S_ISLNK(info.st_mode) or is_reparse_point(info):
        raise OSError(
            errno.ELOOP,
            "a link, junction or other reparse point (such as a cloud file): not followed",
        )


def _same(a: StatResult, b: StatResult) -> bool:
    # On Windows st_ino is the file index and st_dev the volume serial number. Where a file
    # system gives none (both 0), this cannot tell files apart and lets the open stand.
    return (a.st_dev, a.st_ino) == (b.st_dev, b.st_ino)


def _check_folders_again(
    root: str, parts: list[str], seen: list[StatResult], calls: OsCalls
) -> None:
    """Refuse if a folder on the way was swapped (say, for a junction) while the path was walked."""
    path = root
    for part, before in zip(parts[:-1], seen, strict=False):
        path = _join(path, part)
        now = calls.lstat(path)
        _refuse_link(now)
        if not stat.S_ISDIR(now.st_mode) or not _same(now, before):
            raise OSError(errno.EAGAIN, "a folder changed while the file was being opened")
