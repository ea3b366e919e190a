"""List every entry of a submission folder without opening, following or changing anything.

Links are listed with where they point and never followed; special files (pipes, sockets,
devices) are listed and never opened, since opening a pipe can block for ever. On Windows,
junctions are links too, and other reparse points (such as cloud files) are special files.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from gatekeeper.extract.windows_open import is_reparse_point
from gatekeeper.models import EntryKind, Problem

# The reparse tag bit that marks a link to another name (symlinks, junctions); other reparse
# points are files a driver stands in for, such as cloud files that may not be on this computer.
NAME_SURROGATE = 0x20000000


@dataclass(frozen=True, slots=True)
class Entry:
    """One thing found in the submission folder by the listing phase.

    A plain record passed to the check, not a boundary model: a phone extract has 100,000, and
    validating each one cost more than listing it."""

    path: str  # relative to the folder, '/' separated
    kind: EntryKind
    size: int = 0
    mtime_ns: int = 0
    link_target: str | None = None
    problem: Problem | None = None
    problem_detail: str | None = None


def scan_folder(folder: Path, cancelled: Callable[[], bool] = lambda: False) -> list[Entry]:
    """Return every entry below ``folder``, sorted by relative path."""
    root = folder.resolve()
    entries: list[Entry] = []
    # (folder on disk, its path relative to the root with a trailing "/", or "" for the root):
    # relative paths are built from names, not by path arithmetic, for phone extracts of
    # 100,000 files.
    stack: list[tuple[str, str]] = [(str(root), "")]
    while stack and not cancelled():
        current, prefix = stack.pop()
        try:
            with os.scandir(current) as it:
                children = list(it)
        except OSError as exc:
            entries.append(
                Entry(
                    path=prefix.rstrip("/") or ".",
                    kind=EntryKind.UNREADABLE_FOLDER,
                    problem=Problem.PERMISSION,
                    problem_detail=f"the folder could not be opened ({exc.strerror or exc})",
                )
            )
            continue
        for child in children:
            rel = prefix + child.name
            if _is_link(child):
                entries.append(_link_entry(root, Path(child.path), rel))
                continue
            try:
                info = child.stat(follow_symlinks=False)
            except OSError as exc:
                entries.append(
                    Entry(
                        path=rel,
                        kind=EntryKind.FILE,
                        problem=Problem.PERMISSION,
                        problem_detail=f"could not be examined ({exc.strerror or exc})",
                    )
                )
                continue
            # Windows only, and free there: scandir's stat came with the listing.
            if is_reparse_point(info):
                entries.append(_reparse_entry(root, child, rel, info))
                continue
            if stat.S_ISDIR(info.st_mode):
                stack.append((child.path, rel + "/"))
            elif stat.S_ISREG(info.st_mode):
                entries.append(
                    Entry(
                        path=rel, kind=EntryKind.FILE, size=info.st_size, mtime_ns=info.st_mtime_ns
                    )
                )
            else:
                entries.append(
                    Entry(
                        path=rel,
                        kind=EntryKind.SPECIAL,
                        problem=Problem.SPECIAL_FILE,
                        problem_detail="a device, pipe or socket, not a document: not opened",
                    )
                )
    entries.sort(key=lambda e: e.path)
    return entries


def _is_link(child: os.DirEntry[str]) -> bool:
    # Windows junctions are not symlinks; Python 3.12 and later tell them apart (3.11 sees them
    # by their reparse point in ``_reparse_entry``).
    is_junction = getattr(child, "is_junction", None)
    return child.is_symlink() or (is_junction is not None and bool(is_junction()))


def _reparse_entry(root: Path, child: os.DirEntry[str], rel: str, info: os.stat_result) -> Entry:
    """List a Windows reparse point that is not a plain symlink, never following or opening it.

    It is a link if it names another path (a junction), else a special file that a driver
    stands in for (a cloud file, a deduplicated file).
    """
    tag = getattr(info, "st_reparse_tag", 0)
    if not tag or tag & NAME_SURROGATE:
        return _link_entry(root, Path(child.path), rel)
    return Entry(
        path=rel,
        kind=EntryKind.SPECIAL,
        problem=Problem.SPECIAL_FILE,
        problem_detail="a Windows special file (a reparse point, such as a cloud file that may not "
        "be on this computer), not a plain document: not opened; copy the document itself "
        "into the folder",
    )


def _link_entry(root: Path, path: Path, rel: str) -> Entry:
    try:
        target = str(path.readlink())
    except OSError:
        target = "?"
    try:
        resolved = path.resolve(strict=True)
    except (OSError, RuntimeError):
        return Entry(
            path=rel,
            kind=EntryKind.LINK,
            link_target=target,
            problem=Problem.LINK_BROKEN,
            problem_detail=f"a link to '{target}', which does not exist or loops: not followed",
        )
    if resolved == root or root in resolved.parents:
        inside = resolved.relative_to(root).as_posix() or "."
        return Entry(
            path=rel,
            kind=EntryKind.LINK,
            link_target=target,
            problem=Problem.LINK_INSIDE,
            problem_detail=f"a link to '{inside}' in this folder: listed, not followed "
            "(the target is checked in its own right)",
        )
    return Entry(
        path=rel,
        kind=EntryKind.LINK,
        link_target=target,
        problem=Problem.LINK_OUTSIDE,
        problem_detail="a link to somewhere outside the submission folder: not followed; "
        "put the document itself in the folder",
    )
