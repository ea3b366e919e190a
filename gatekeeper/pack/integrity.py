"""Hashes: the pack's files and the source folder's, for the manifest and for verify."""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from gatekeeper.extract import Folders
from gatekeeper.models import EntryKind, shown_name
from gatekeeper.pack.models import MANIFEST_NAME, SIGNATURE_NAME, FileHash
from gatekeeper.scan import scan_folder

CHUNK = 1024 * 1024


def sha256_of(handle: IO[bytes]) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    while chunk := handle.read(CHUNK):
        digest.update(chunk)
        size += len(chunk)
    return digest.hexdigest(), size


def sha256_file(path: Path) -> str:
    with path.open("rb") as handle:
        return sha256_of(handle)[0]


def walk_pack(root: Path) -> Iterator[tuple[str, Path, os.stat_result]]:
    """Every entry below ``root`` (links and folders included as entries), never following links."""
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        for name in sorted(dirnames + filenames):
            path = Path(dirpath) / name
            info = path.lstat()
            if stat.S_ISDIR(info.st_mode):
                continue
            yield path.relative_to(root).as_posix(), path, info


def pack_hashes(root: Path) -> list[FileHash]:
    """Every file of a pack folder with its hash, the manifest and its signature left out."""
    files = []
    for rel, path, info in walk_pack(root):
        if rel in (MANIFEST_NAME, SIGNATURE_NAME):
            continue
        if not stat.S_ISREG(info.st_mode):
            files.append(FileHash(path=rel, note="not a regular file"))
            continue
        files.append(FileHash(path=rel, size=info.st_size, sha256=sha256_file(path)))
    return files


def source_hashes(source: Path) -> list[FileHash]:
    """Every entry of the source folder with its hash, read without following any link."""
    entries = scan_folder(source)
    out: list[FileHash] = []
    with Folders(str(source)) as folders:
        for entry in entries:
            name = shown_name(entry.path)  # escaped when it is no UTF-8 or holds control codes
            if entry.kind is not EntryKind.FILE or entry.problem is not None:
                why = entry.problem_detail or entry.kind.value
                out.append(FileHash(path=name, note=why))
                continue
            try:
                fd = folders.open_file(entry.path)
            except OSError as exc:
                out.append(FileHash(path=name, note=f"could not be opened ({exc.strerror})"))
                continue
            with os.fdopen(fd, "rb") as handle:
                digest, size = sha256_of(handle)
            out.append(FileHash(path=name, size=size, sha256=digest))
    return out


def compare(
    expected: list[FileHash], found: list[FileHash]
) -> tuple[list[str], list[str], list[str]]:
    """(missing, changed, extra) paths between what the manifest lists and what is there."""
    want = {f.path: f for f in expected}
    have = {f.path: f for f in found}
    missing = sorted(set(want) - set(have))
    extra = sorted(set(have) - set(want))
    changed = sorted(
        p
        for p in set(want) & set(have)
        if (want[p].sha256, want[p].size, want[p].note)
        != (have[p].sha256, have[p].size, have[p].note)
    )
    return missing, changed, extra
