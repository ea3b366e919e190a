"""The plain records of a referral pack: its manifest, what an export did, what a verify found."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field

MANIFEST_NAME = "manifest.json"
SIGNATURE_NAME = "manifest.sig.json"  # the unit's signature over the manifest (pack.signing)
MANIFEST_SCHEMA = "1"


class PackRecord(BaseModel):
    model_config = ConfigDict(extra="forbid")


class FileHash(PackRecord):
    """One file, by its path relative to the pack (or the source folder), '/' separated."""

    path: str
    size: int | None = None
    sha256: str | None = None
    note: str | None = Field(default=None, description="why there is no hash (a link, unreadable)")


class Manifest(PackRecord):
    """What a pack holds and where it came from; ``manifest.json`` is not in its own list."""

    schema_version: str = MANIFEST_SCHEMA
    app_version: str
    checklist: str
    checklist_sha256: str
    created_at: dt.datetime
    exported_by: str
    urn: str | None = None
    stage: str
    checked_at: dt.datetime
    source_folder: str
    encrypted: bool = False
    renderer: str = Field(description="how documents that are not PDF became PDF pages")
    pack_files: list[FileHash]
    source_files: list[FileHash]


class ManifestSignature(PackRecord):
    """``manifest.sig.json``: the unit's signature over the manifest's exact bytes."""

    algorithm: str
    key_id: str = Field(description="the first 16 hex digits of SHA-256 of the raw public key")
    public_key: str = Field(description="base64 of the raw public key, for information only")
    signed_file: str
    signed_sha256: str
    signature: str = Field(description="base64")


class BundlePart(PackRecord):
    """One document's place in a bundle: what the index says and the bundle's pages show."""

    path: str
    type: str
    role: str | None = None
    section: str
    first_page: int | None = Field(default=None, description="bundle page number, from 1")
    last_page: int | None = None
    pages: int | None = None
    duration_s: float | None = None
    sha256: str | None = None
    rendered: str = Field(
        default="original",
        description="original (a PDF), libreoffice, text (drawn by Gatekeeper from its text and "
        "tables), message (an e-mail or text file drawn), picture, or not included",
    )
    note: str | None = None


class NotProcessed(PackRecord):
    path: str
    reason: str


class PackResult(PackRecord):
    """What an export wrote."""

    path: str = Field(description="the pack: a folder, or a .zip file")
    manifest_sha256: str
    signed_by: str | None = Field(default=None, description="the id of the key that signed it")
    files: list[str]
    bundle: list[BundlePart]
    confidential: list[BundlePart]
    not_processed: list[NotProcessed]
    renderer: str
    encrypted: bool
    warnings: list[str] = Field(default_factory=list)
    recorded: bool = Field(default=False, description="recorded in the register's audit trail")


class VerifyResult(PackRecord):
    """What a verify found; ``ok`` only when nothing is missing, changed or extra."""

    pack: str
    urn: str | None = Field(default=None, description="the case, as the manifest gives it")
    manifest_sha256: str | None = None
    signed_by: str | None = Field(default=None, description="the key id the signature names")
    signature_checked: bool = Field(
        default=False, description="the signature was checked with a public key given to verify"
    )
    checked: int = 0
    missing: list[str] = Field(default_factory=list)
    changed: list[str] = Field(default_factory=list)
    extra: list[str] = Field(default_factory=list)
    source_checked: int = 0
    source_missing: list[str] = Field(default_factory=list)
    source_changed: list[str] = Field(default_factory=list)
    source_extra: list[str] = Field(default_factory=list)
    problems: list[str] = Field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not (
            self.missing
            or self.changed
            or self.extra
            or self.source_missing
            or self.source_changed
            or self.source_extra
            or self.problems
        )
