"""The unit's signature on a pack's manifest: Ed25519, with a key the exporter's pack never holds.

A unit makes one key pair (``gatekeeper keys new``): the private key stays where the unit keeps
it (a folder only its exporting account can read, a removable drive a supervisor holds), the
public key goes to whoever verifies. ``export --sign-key`` signs the manifest's exact bytes and
writes ``manifest.sig.json`` beside it; ``verify --public-key`` checks that signature with the
unit's public key, given from outside the pack. Anyone who rewrites a pack file and its manifest
to match cannot make the signature match without the private key: ``verify`` says so.
"""

from __future__ import annotations

import base64
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from pydantic import ValidationError

from gatekeeper.pack.models import MANIFEST_NAME, ManifestSignature

ALGORITHM = "Ed25519"
KEY_ID_HEX = 16


class SigningError(Exception):
    """A key that cannot be made, read or used, in plain words."""


class NeedsPassphrase(SigningError):
    """The private key is protected and no passphrase (or a wrong one) was given."""


def key_id(public: Ed25519PublicKey) -> str:
    """A short name for a public key: the first 16 hex digits of the SHA-256 of its raw bytes."""
    raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()[:KEY_ID_HEX]


def new_key_pair(private_path: Path, public_path: Path, passphrase: str | None = None) -> str:
    """Write a new key pair: the private key readable by its owner only (refused if a file is
    already there), the public key for anyone. Returns the key's id."""
    for path in (private_path, public_path):
        if path.exists() or path.is_symlink():
            raise SigningError(f"{path} already exists: a key is never overwritten")
    key = Ed25519PrivateKey.generate()
    protection: serialization.KeySerializationEncryption = (
        serialization.BestAvailableEncryption(passphrase.encode())
        if passphrase
        else serialization.NoEncryption()
    )
    private = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, protection
    )
    public = key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    try:
        descriptor = os.open(private_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(private)
        public_path.write_bytes(public)
    except OSError as exc:
        raise SigningError(f"the key could not be written: {exc.strerror or exc}") from None
    return key_id(key.public_key())


@dataclass(frozen=True)
class Signer:
    """A unit's private key, loaded for one export."""

    key: Ed25519PrivateKey

    @property
    def key_id(self) -> str:
        return key_id(self.key.public_key())

    def sign(self, manifest: bytes) -> bytes:
        """``manifest.sig.json``'s bytes for the manifest's exact bytes."""
        public = self.key.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )
        record = ManifestSignature(
            algorithm=ALGORITHM,
            key_id=self.key_id,
            public_key=base64.b64encode(public).decode(),
            signed_file=MANIFEST_NAME,
            signed_sha256=hashlib.sha256(manifest).hexdigest(),
            signature=base64.b64encode(self.key.sign(manifest)).decode(),
        )
        return (record.model_dump_json(indent=2) + "\n").encode()


def load_signer(path: Path, passphrase: str | None = None) -> Signer:
    """The private key at ``path`` (PEM, PKCS8), with its passphrase when it has one."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SigningError(f"the signing key cannot be read: {exc.strerror or exc}") from None
    try:
        key = serialization.load_pem_private_key(data, passphrase.encode() if passphrase else None)
    except TypeError:
        if not passphrase:
            raise NeedsPassphrase("The signing key is protected by a passphrase.") from None
        raise SigningError("the signing key is not protected by a passphrase: give none") from None
    except ValueError:
        if passphrase and b"ENCRYPTED" in data:
            raise NeedsPassphrase("The passphrase is wrong.") from None
        raise SigningError("the signing key cannot be used: it is not a PEM private key") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise SigningError("the signing key is not an Ed25519 key (make one: gatekeeper keys new)")
    return Signer(key)


def load_public_key(path: Path) -> Ed25519PublicKey:
    """The unit's public key at ``path`` (PEM)."""
    try:
        key = serialization.load_pem_public_key(path.read_bytes())
    except OSError as exc:
        raise SigningError(f"the public key cannot be read: {exc.strerror or exc}") from None
    except ValueError:
        raise SigningError(f"{path} is not a PEM public key") from None
    if not isinstance(key, Ed25519PublicKey):
        raise SigningError(f"{path} is not an Ed25519 public key")
    return key


def signature_problems(
    manifest: bytes, signature: bytes | None, public: Ed25519PublicKey | None
) -> tuple[str | None, list[str]]:
    """Who signed the manifest (the key id the signature names) and what is wrong with it.

    With no ``public`` key the signature is read but not checked: a pack carries its own key,
    so only a key given from outside proves who signed."""
    if signature is None:
        return None, (["the pack is not signed (no manifest.sig.json)"] if public else [])
    try:
        record = ManifestSignature.model_validate_json(signature)
    except ValidationError:
        return None, ["manifest.sig.json cannot be read: not a Gatekeeper signature"]
    if public is None:
        return record.key_id, []
    expected = key_id(public)
    if record.algorithm != ALGORITHM:
        return record.key_id, [f"the signature's algorithm is {record.algorithm}, not {ALGORITHM}"]
    if record.key_id != expected:
        return record.key_id, [
            f"the manifest is signed with key {record.key_id}, not the unit's key {expected}"
        ]
    try:
        public.verify(base64.b64decode(record.signature, validate=True), manifest)
    except (InvalidSignature, ValueError):
        return record.key_id, [
            "the manifest's signature does not match it: the manifest was changed after the "
            "export signed it"
        ]
    return record.key_id, []
