"""Where a pack may be written, how it is put in place whole, and failures in plain English."""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from gatekeeper.pack.models import MANIFEST_NAME
from gatekeeper.processes import WINDOWS, process_alive

PARTIAL = ".partial-"
OWNER = "owner.pid"


class PackError(Exception):
    """An export or verify that cannot be done, with the reason a person can act on."""


def resolve_paths(source: Path, out: Path) -> tuple[Path, Path]:
    """The source and destination, resolved; refuses a destination inside the source (and the
    other way round), since a pack must never be written into the evidence."""
    source = source.expanduser()
    if not source.is_dir():
        raise PackError(f"{source} does not exist or is not a folder")
    source = source.resolve(strict=True)
    out = out.expanduser()
    out = out.parent.resolve() / out.name if out.name else out.resolve()
    if out == source or source in out.parents:
        raise PackError(
            f"{out} is inside the submission folder {source}: a pack is never written into the "
            "evidence; choose a folder outside it"
        )
    if out in source.parents:
        raise PackError(
            f"the submission folder {source} is inside {out}: choose a destination that does "
            "not contain the evidence"
        )
    return source, out


def check_destination(out: Path, force: bool) -> None:
    """Refuse to replace what is there, unless ``force`` and it is a pack (or an empty folder)."""
    if not os.path.lexists(out):
        return
    # A junction (Windows; ``is_junction`` from Python 3.12) leads elsewhere just as a link does.
    if out.is_symlink() or getattr(out, "is_junction", lambda: False)():
        raise PackError(f"{out} is a link: give the real destination")
    if not force:
        raise PackError(f"{out} already exists: use --force to replace the pack there")
    if out.is_dir() and any(out.iterdir()) and not (out / MANIFEST_NAME).is_file():
        raise PackError(
            f"{out} is a folder that is not a referral pack (no {MANIFEST_NAME}): "
            "it is not replaced, even with --force"
        )


@contextlib.contextmanager
def staging(out: Path) -> Iterator[Path]:
    """A temporary folder beside ``out`` (same file system, so the final rename is atomic),
    removed whatever happens unless its content was moved into place."""
    for ancestor in (out.parent, *out.parent.parents):
        if os.path.lexists(ancestor):
            if not ancestor.is_dir():
                raise PackError(
                    f"{ancestor} is a file, not a folder: the pack cannot be written under it. "
                    "Choose another destination."
                )
            break
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        _remove_stale(out)
        folder = Path(tempfile.mkdtemp(prefix=f".{out.name}{PARTIAL}", dir=out.parent))
        (folder / OWNER).write_text(str(os.getpid()))
    except OSError as exc:
        raise PackError(plain_error(exc, out)) from exc
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _remove_stale(out: Path) -> None:
    """Remove what an export to ``out`` killed midway left (its process is gone); never the
    folder of an export still running."""
    for folder in out.parent.glob(f".{glob_escape(out.name)}{PARTIAL}*"):
        try:
            pid = int((folder / OWNER).read_text())
        except (OSError, ValueError):
            continue
        if not process_alive(pid):
            shutil.rmtree(folder, ignore_errors=True)


def remove_tree_retrying(
    path: Path,
    attempts: int = 5,
    pause_s: float = 0.5,
    remove: Callable[[Path], object] = shutil.rmtree,
) -> None:
    """Remove the folder ``path``, trying again for a moment while something still holds it.

    Windows refuses to delete a file another process has open (PermissionError, WinError 32),
    and a program just killed may close its files a moment later. Up to ``attempts`` tries,
    ``pause_s`` apart; a folder already gone is fine. Raises the last OSError if it is still
    there after them: the caller says so, since what is left is not removed.
    """
    for attempt in range(1, max(attempts, 1) + 1):
        try:
            remove(path)
            return
        except OSError:
            if not os.path.lexists(path):
                return
            if attempt >= attempts:
                raise
            time.sleep(pause_s)


def glob_escape(name: str) -> str:
    return "".join(f"[{c}]" if c in "*?[]" else c for c in name)


def sync_tree(root: Path, windows: bool = WINDOWS) -> None:
    """Everything written below ``root`` on disk, before it is renamed into place.

    Only for the pack's own output: on Windows each file is opened for writing to be flushed.
    """
    flags = sync_open_flags(windows)
    for dirpath, _, filenames in os.walk(root):
        for name in filenames:
            fd = os.open(Path(dirpath) / name, flags)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
        _sync_dir(Path(dirpath), windows)


def sync_open_flags(windows: bool = WINDOWS) -> int:
    """How a file is opened to be synced: Windows's flush (FlushFileBuffers) refuses a handle
    without write access; POSIX syncs a read-only one."""
    if windows:
        return os.O_RDWR | getattr(os, "O_BINARY", 0)
    return os.O_RDONLY


def _sync_dir(path: Path, windows: bool = WINDOWS) -> None:
    """A folder's entries on disk. Not on Windows: ``os.open`` cannot open a folder there, and
    NTFS journals its folders' changes itself."""
    if windows:
        return
    with contextlib.suppress(OSError):  # some file systems cannot sync a folder
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def put_in_place(built: Path, out: Path, force: bool) -> None:
    """Rename the finished pack (folder or file) to ``out``; an old pack goes only after."""
    old: Path | None = None
    if os.path.lexists(out):
        if not force:
            raise PackError(f"{out} already exists: use --force to replace the pack there")
        old = Path(tempfile.mkdtemp(prefix=f".{out.name}.old-", dir=out.parent))
        out.rename(old / "pack")
    try:
        built.rename(out)
    except OSError:
        if old is not None:
            (old / "pack").rename(out)
            shutil.rmtree(old, ignore_errors=True)
        raise
    _sync_dir(out.parent)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def plain_error(exc: OSError, where: Path) -> str:
    """An operating system error, said so a person knows what to do."""
    code = exc.errno
    if code in (errno.ENOSPC, errno.EDQUOT):
        return (
            f"The disk is full where the pack is written ({where.parent}): nothing was left "
            "there. Free some space, or choose another destination, and export again."
        )
    if code in (errno.EACCES, errno.EPERM):
        return (
            f"Permission denied writing the pack to {where}: choose a folder you can write to, "
            "or ask for access. Nothing was written."
        )
    if code == errno.EROFS:
        return f"{where.parent} is on a read-only disk: choose another destination."
    if code == errno.ENOTDIR:
        return f"{where}: part of that path is a file, not a folder. Choose another destination."
    if code == errno.ENAMETOOLONG:
        return f"{where}: the path is too long. Choose a shorter destination."
    return (
        f"The pack could not be written to {where}: {exc.strerror or exc}. Nothing was left there."
    )
