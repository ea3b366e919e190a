"""AES-256 for a pack: its PDFs (pypdf) and its zip (pyzipper, WinZip AES)."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

from gatekeeper.pack.integrity import CHUNK, walk_pack
from gatekeeper.pack.safety import PackError


def encrypt_pdf(path: Path, password: str) -> None:
    """Rewrite ``path`` encrypted with AES-256; it opens only with ``password``."""
    from pypdf import PdfReader, PdfWriter

    reader = PdfReader(path)
    if reader.is_encrypted and not reader.decrypt(""):
        raise PackError(f"{path.name} is already protected by a password: give an unprotected copy")
    writer = PdfWriter(clone_from=reader)
    writer.encrypt(password, algorithm="AES-256")
    temporary = path.with_name(path.name + ".tmp")
    with temporary.open("wb") as handle:
        writer.write(handle)
    temporary.replace(path)


def _pyzipper() -> Any:
    try:
        import pyzipper
    except ImportError as exc:  # pragma: no cover - a dependency of the package
        raise PackError(
            "encrypted zip files need the pyzipper package: pip install pyzipper"
        ) from exc
    return pyzipper


def write_zip(folder: Path, path: Path, password: str | None) -> None:
    """Every file of ``folder`` into the zip ``path``, encrypted with AES-256 when a password is given."""
    if password:
        pyzipper = _pyzipper()
        archive: Any = pyzipper.AESZipFile(
            path, "w", compression=pyzipper.ZIP_DEFLATED, encryption=pyzipper.WZ_AES
        )
        archive.setpassword(password.encode())
        archive.setencryption(pyzipper.WZ_AES, nbits=256)
    else:
        archive = zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED)
    with archive:
        for rel, file, _ in walk_pack(folder):
            archive.write(file, rel)


def open_zip(path: Path, password: str | None) -> Any:
    """A pack zip opened for reading (any zip: encrypted or not)."""
    pyzipper = _pyzipper()
    archive = pyzipper.AESZipFile(path)
    if password:
        archive.setpassword(password.encode())
    return archive


def zip_member_hash(archive: Any, name: Any) -> tuple[str, int]:
    """The SHA-256 and size of one entry (``name``: its name, or its ZipInfo, which is exact
    when two entries share a name)."""
    import hashlib

    digest = hashlib.sha256()
    size = 0
    with archive.open(name) as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size
