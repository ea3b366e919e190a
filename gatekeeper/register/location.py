"""Where the register lives: a URL, ``GATEKEEPER_REGISTER``, or SQLite in the user's data folder."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path

from sqlalchemy.engine import URL, make_url

ENV_VAR = "GATEKEEPER_REGISTER"
NETWORK_FILESYSTEMS = frozenset(
    {"nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "afs", "ncpfs", "9p", "fuse.sshfs"}
)


def default_path() -> Path:
    """The SQLite register in the user's data folder (created on first use)."""
    import platformdirs

    return platformdirs.user_data_path("gatekeeper", appauthor=False) / "register.sqlite"


def resolve_url(
    given: str | os.PathLike[str] | None = None, environ: Mapping[str, str] | None = None
) -> URL:
    """The register's database URL: ``given``, else ``GATEKEEPER_REGISTER``, else the default.

    A value without ``://`` is a path to a SQLite file.
    """
    environ = os.environ if environ is None else environ
    value = os.fspath(given) if given else environ.get(ENV_VAR) or ""
    if not value:
        return URL.create("sqlite", database=str(default_path()))
    if "://" not in value:
        return URL.create("sqlite", database=str(Path(value).expanduser().absolute()))
    url = make_url(value)
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        url = url.set(database=str(Path(url.database).expanduser().absolute()))
    return url


def describe(url: URL) -> str:
    """The register's address for messages, never with its password."""
    if url.get_backend_name() == "sqlite":
        return str(url.database)
    return url.render_as_string(hide_password=True)


def network_share(path: Path) -> str | None:
    """The kind of network file system ``path`` is on, if we can tell (best effort)."""
    if sys.platform == "win32":
        text = str(path)
        if text.startswith("\\\\"):
            return "a network share"
        import ctypes

        drive = os.path.splitdrive(text)[0]
        remote = 4  # DRIVE_REMOTE
        if drive and ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == remote:
            return "a network drive"
        return None
    return _mount_type(path, Path("/proc/mounts"))


def _mount_type(path: Path, mounts: Path) -> str | None:
    try:
        lines = mounts.read_text().splitlines()
    except OSError:
        return None
    target = str(path.absolute())
    best, kind = "", ""
    for line in lines:
        fields = line.split()
        if len(fields) < 3:
            continue
        point = fields[1].replace("\\040", " ")
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, kind = point, fields[2]
    return f"a network file system ({kind})" if kind in NETWORK_FILESYSTEMS else None
