"""``verify_pack``: every file of a pack (and of its source folder) against the manifest."""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import ValidationError

from gatekeeper.models import shown_name
from gatekeeper.pack.integrity import compare, pack_hashes, source_hashes
from gatekeeper.pack.models import (
    MANIFEST_NAME,
    SIGNATURE_NAME,
    FileHash,
    Manifest,
    VerifyResult,
)

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey


def verify_pack(
    pack: Path,
    source: Path | None = None,
    *,
    password: str | None = None,
    manifest_sha256: str | None = None,
    public_key: Ed25519PublicKey | None = None,
) -> VerifyResult:
    """Re-hash ``pack`` (a folder or a .zip) against its manifest: missing, changed, extra files.

    ``source``: also the submission folder, against the manifest's list of it. ``password``: an
    encrypted zip's. ``manifest_sha256``: the manifest's own hash as the register recorded it,
    so a manifest rewritten to match changed files is caught too. ``public_key``: the unit's
    (``pack.signing``), given from outside the pack: the manifest's signature must match it.
    """
    result = VerifyResult(pack=str(pack))
    signature: bytes | None = None
    if pack.is_file() and pack.suffix.lower() == ".zip":
        manifest_bytes, signature, found = _zip_contents(pack, password, result)
    elif pack.is_dir() and not pack.is_symlink():
        manifest_file = pack / MANIFEST_NAME
        manifest_bytes = manifest_file.read_bytes() if manifest_file.is_file() else None
        signature_file = pack / SIGNATURE_NAME
        if signature_file.is_file() and not signature_file.is_symlink():
            signature = signature_file.read_bytes()
        found = pack_hashes(pack) if manifest_bytes is not None else []
    else:
        result.problems.append(f"{pack} is not a pack folder or a pack zip")
        return result
    if manifest_bytes is None:
        if not result.problems:
            result.problems.append(f"no {MANIFEST_NAME}: this is not a complete referral pack")
        return result
    result.manifest_sha256 = hashlib.sha256(manifest_bytes).hexdigest()
    if manifest_sha256 and manifest_sha256.lower() != result.manifest_sha256:
        result.problems.append(
            "the manifest is not the one recorded at export (its SHA-256 differs)"
        )
    from gatekeeper.pack.signing import signature_problems

    result.signed_by, unsigned = signature_problems(manifest_bytes, signature, public_key)
    result.signature_checked = public_key is not None and not unsigned
    result.problems += unsigned
    try:
        manifest = Manifest.model_validate_json(manifest_bytes)
    except ValidationError as exc:
        result.problems.append(f"the manifest cannot be read: {exc.error_count()} errors")
        return result
    result.urn = manifest.urn
    result.checked = len(manifest.pack_files)
    result.missing, result.changed, result.extra = compare(manifest.pack_files, found)
    if source is not None:
        if not source.is_dir():
            result.problems.append(f"{source} does not exist or is not a folder")
        else:
            now = source_hashes(source.resolve())
            result.source_checked = len(manifest.source_files)
            result.source_missing, result.source_changed, result.source_extra = compare(
                manifest.source_files, now
            )
    return result


def _zip_contents(
    pack: Path, password: str | None, result: VerifyResult
) -> tuple[bytes | None, bytes | None, list[FileHash]]:
    from gatekeeper.pack.archive import open_zip, zip_member_hash

    found: list[FileHash] = []
    manifest: bytes | None = None
    signature: bytes | None = None
    try:
        with open_zip(pack, password) as archive:
            infos = archive.infolist()
            refused = _refused_names([info.filename for info in infos])
            if refused:
                result.problems.append(refused)
                return None, None, []
            for info in infos:
                if info.is_dir():
                    continue
                if info.filename == MANIFEST_NAME:
                    manifest = archive.read(info)
                    continue
                if info.filename == SIGNATURE_NAME:
                    signature = archive.read(info)
                    continue
                digest, size = zip_member_hash(archive, info)
                found.append(FileHash(path=info.filename, size=size, sha256=digest))
    except RuntimeError as exc:  # pyzipper: a password is needed, or it is wrong
        result.problems.append(f"the zip is encrypted: give its password ({exc})")
        return None, None, []
    except Exception as exc:
        result.problems.append(f"the zip cannot be read ({type(exc).__name__})")
        return None, None, []
    return manifest, signature, found


# An entry name no pack writes: absolute, climbing out ("../"), a drive or a backslash, or
# holding control characters. Unzip tools disagree on such names, so the pack is refused.
UNSAFE_ENTRY = re.compile(r"^[/\\]|^[A-Za-z]:|(^|/)\.\.(/|$)|\\|[\x00-\x1f\x7f]")


def _refused_names(names: list[str]) -> str | None:
    """Why a zip's entry names make it no pack to verify, or None: two entries with one name
    (which is read depends on the tool: unzip takes the first, others the last) or an unsafe
    name."""
    counts = Counter(names)
    twice = sorted(name for name, count in counts.items() if count > 1)
    if twice:
        shown = ", ".join(shown_name(n) for n in twice[:5])
        return f"the zip holds more than one entry named {shown}: refused (not a pack as written)"
    unsafe = [name for name in names if UNSAFE_ENTRY.search(name)]
    if unsafe:
        shown = ", ".join(shown_name(n) for n in unsafe[:5])
        return f"the zip holds entries with unsafe names ({shown}): refused"
    return None
