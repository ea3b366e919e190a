"""``export_pack``: the referral pack, built beside its destination and moved into place whole."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from gatekeeper.extract import Folders
from gatekeeper.models import DocType, Document, FileFormat, Report, shown_name
from gatekeeper.pack import content, docx_out, pdf_out, report_files
from gatekeeper.pack.bundle import NOT_PROCESSED, BundleSpec, build_bundle
from gatekeeper.pack.drawn import draw_not_processed
from gatekeeper.pack.integrity import CHUNK, pack_hashes, source_hashes
from gatekeeper.pack.models import (
    MANIFEST_NAME,
    SIGNATURE_NAME,
    BundlePart,
    FileHash,
    Manifest,
    NotProcessed,
    PackResult,
)
from gatekeeper.pack.order import (
    DEFAULT_CONFIDENTIAL,
    SECTION_NAMES,
    is_media,
    reading_order,
    section_of,
)
from gatekeeper.pack.render import (
    EXTENSIONS,
    RENDERABLE,
    Rendered,
    RenderSettings,
    Source,
    find_soffice,
    render_all,
)
from gatekeeper.pack.safety import (
    PackError,
    check_destination,
    plain_error,
    put_in_place,
    resolve_paths,
    staging,
    sync_tree,
)
from gatekeeper.pool import Budget, ReaderPool

if TYPE_CHECKING:
    from gatekeeper.pack.signing import Signer

BUNDLE = "bundle.pdf"
CONFIDENTIAL = "confidential/bundle-confidential.pdf"
COVER = "cover-and-index"
REPORT = "check-report"
FINDINGS = "findings.csv"
PLAN_FOLDER = "action-plan"
SERVED_NOTE = (
    "The documents to be read, in the order a prosecutor reads a file. Page numbers are the "
    "bundle's own, stamped on every page; recordings are listed with their duration and SHA-256, "
    "not embedded. Material confidential to the prosecutor is in a separate part."
)
CONFIDENTIAL_NOTE = (
    "CONFIDENTIAL TO THE PROSECUTOR - NOT FOR SERVICE. Material the prosecutor sees but the "
    "defence is not served: kept out of bundle.pdf. Pages are numbered C1, C2..."
)


class PackCancelledError(PackError):
    """The export was cancelled; nothing was left at the destination."""


class Cancel(Protocol):
    @property
    def cancelled(self) -> bool: ...


class AuditLog(Protocol):
    """What an export needs of the case register: ``Register.log_export``."""

    def log_export(self, what: str, *, by: str, detail: dict[str, Any] | None = None) -> None: ...


@dataclass(frozen=True)
class PackProgress:
    step: str  # hashing, copying, rendering, bundling, writing, done
    done: int = 0
    total: int = 0
    current: str | None = None


@dataclass(frozen=True)
class PackSettings:
    """How a pack is made; passed explicitly, never global."""

    render: RenderSettings = field(default_factory=RenderSettings)
    confidential: frozenset[DocType] = DEFAULT_CONFIDENTIAL
    signer: Signer | None = None
    """The unit's private key: the manifest is signed (``manifest.sig.json``) when given."""


def export_pack(
    report: Report,
    source: Path,
    out: Path,
    *,
    by: str,
    plan_files: list[Path] | None = None,
    password: str | None = None,
    force: bool = False,
    zip_pack: bool = False,
    register: AuditLog | None = None,
    submission: str | None = None,
    settings: PackSettings | None = None,
    progress: Callable[[PackProgress], None] | None = None,
    cancel: Cancel | None = None,
) -> PackResult:
    """Write the referral pack for ``report`` (a check of ``source``) to ``out``.

    ``out`` is a folder, or with ``zip_pack`` a .zip file (".zip" is added when missing). The
    source folder is only read; the pack is built in a temporary folder beside ``out`` and
    renamed into place when complete. Raises ``PackError`` with a plain-English reason (the
    destination inside the source, a pack already there without ``force``, a full disk, denied
    permission, a source changed since the check). ``register``: the export is recorded in its
    audit trail with the manifest's SHA-256 (a failure to record is a warning in the result).
    """
    settings = settings or PackSettings()
    if not report.complete:
        raise PackError(
            "the check was not complete (cancelled before every file was read): check the folder "
            "again before making its pack"
        )
    if password is not None and not password:
        raise PackError("the password is empty")
    if zip_pack and out.suffix.lower() != ".zip":
        out = out.with_name(out.name + ".zip")
    source, out = resolve_paths(source, out)
    if Path(report.folder).resolve() != source:
        raise PackError(f"the report is of {report.folder}, not of {source}: check it first")
    check_destination(out, force)
    plans = [_plan_file(p) for p in plan_files or []]
    job = _Job(report, source, settings, progress, cancel)
    try:
        with staging(out) as stage:
            pack = stage / "pack"
            pack.mkdir()
            result = job.build(pack, stage / "work", by, plans, password, submission)
            if zip_pack:
                from gatekeeper.pack.archive import write_zip

                job.step("writing", current=out.name)
                write_zip(pack, stage / "pack.zip", password)
                sync_tree(stage)
                put_in_place(stage / "pack.zip", out, force)
            else:
                sync_tree(pack)
                put_in_place(pack, out, force)
    except OSError as exc:
        raise PackError(plain_error(exc, out)) from exc
    except (PackError, PackCancelledError):
        raise
    except Exception as exc:  # a damaged file a library chokes on: said plainly, nothing left
        # Its kind only: a library's message may quote a case document.
        raise PackError(
            f"the pack could not be made ({type(exc).__name__}); nothing was written"
        ) from exc
    result.path = str(out)
    if register is not None:
        try:
            register.log_export(
                "referral pack",
                by=by,
                detail={
                    "path": str(out),
                    "manifest_sha256": result.manifest_sha256,
                    "urn": content.case_urn(report),
                    "folder": str(source),
                    "encrypted": result.encrypted,
                    "signed_by": result.signed_by,
                },
            )
            result.recorded = True
        except Exception as exc:  # the pack is written; the register's failure is reported
            result.warnings.append(f"the export was not recorded in the case register: {exc}")
    job.step("done")
    return result


def _plan_file(path: Path) -> Path:
    """An action plan file to copy in: a regular file, never a link, never from the pack."""
    try:
        info = path.lstat()
    except OSError as exc:
        raise PackError(f"the action plan file {path} cannot be read ({exc.strerror})") from exc
    if not stat.S_ISREG(info.st_mode):
        raise PackError(f"the action plan file {path} is not a regular file (a link or a folder)")
    return path.resolve()


class _Job:
    def __init__(
        self,
        report: Report,
        source: Path,
        settings: PackSettings,
        progress: Callable[[PackProgress], None] | None,
        cancel: Cancel | None,
    ) -> None:
        self.report = report
        self.source = source
        self.settings = settings
        self.notify = progress or (lambda p: None)
        self.cancel = cancel

    def step(self, step: str, done: int = 0, total: int = 0, current: str | None = None) -> None:
        if self.cancel is not None and self.cancel.cancelled:
            raise PackCancelledError("the export was cancelled: nothing was written")
        self.notify(PackProgress(step, done, total, current))

    def build(
        self,
        pack: Path,
        work: Path,
        by: str,
        plans: list[Path],
        password: str | None,
        submission: str | None,
    ) -> PackResult:
        report = self.report
        self.step("hashing", total=len(report.documents))
        sources_now = source_hashes(self.source)
        _same_as_checked(report, sources_now)

        ordered = reading_order(report.documents)
        copies = work / "copies"
        rendered_dir = work / "pdf"
        copies.mkdir(parents=True)
        rendered_dir.mkdir()
        parts: list[BundlePart] = []
        not_processed: list[NotProcessed] = []
        to_render: list[Source] = []
        with Folders(str(self.source)) as folders:
            for number, document in enumerate(ordered, 1):
                self.step("copying", number, len(ordered), document.path)
                part = _part(document)
                if is_media(document):
                    part.rendered = "not included"
                    part.note = _media_note(document)
                    parts.append(part)
                    continue
                why = _why_not(document)
                if why is not None:
                    not_processed.append(NotProcessed(path=part.path, reason=why))
                    parts.append(_not_processed(part, why))
                    continue
                copy = copies / f"{number:05d}.{EXTENSIONS[document.format]}"
                _copy(folders, document, copy)
                to_render.append(Source(part.path, copy, document.format, part.path))
                parts.append(part)

        done = 0

        def rendered_one(label: str) -> None:
            nonlocal done
            done += 1
            self.step("rendering", done, len(to_render), label)

        self.step("rendering", 0, len(to_render))
        render = self.settings.render
        budget = Budget(ocr=False, max_chars=render.max_chars, memory_mb=render.memory_mb)
        with ReaderPool(workers=render.reader_workers, budget=budget) as pool:
            rendered = render_all(to_render, rendered_dir, render, pool, work, rendered_one)
            pdfs: dict[str, Path] = {}
            kept: list[BundlePart] = []
            for part in parts:
                outcome: Rendered | None = rendered.get(part.path)
                if outcome is not None and outcome.pdf is None:
                    reason = outcome.problem or "it could not be made into PDF pages"
                    not_processed.append(NotProcessed(path=part.path, reason=reason))
                    _not_processed(part, reason)
                elif outcome is not None and outcome.pdf is not None:
                    pdfs[part.path] = outcome.pdf
                    part.rendered = outcome.how
                    notes = [n for n in (part.note, outcome.note) if n]
                    part.note = "; ".join(notes) or None
                if part.rendered == NOT_PROCESSED:
                    placeholder = rendered_dir / f"not-processed-{len(pdfs):05d}.pdf"
                    why = (part.note or "").removeprefix("not processed: ")
                    pdfs[part.path] = draw_not_processed(part.path, why, placeholder)
                kept.append(part)
            not_processed += self._bundles(pack, work, kept, pdfs, password, pool)
        return self._finish(pack, sources_now, kept, not_processed, submission, plans, password, by)

    def _bundles(
        self,
        pack: Path,
        work: Path,
        kept: list[BundlePart],
        pdfs: dict[str, Path],
        password: str | None,
        pool: ReaderPool,
    ) -> list[NotProcessed]:
        """Write the bundle and its confidential part; returns the documents not put in."""
        report = self.report.printable()  # names as they may be shown
        served, secret = self._split(kept)
        bundled = 0

        def bundled_one(label: str) -> None:
            nonlocal bundled
            bundled += 1
            self.step("bundling", bundled, len(pdfs), label)

        failed = build_bundle(
            pack / BUNDLE,
            work,
            report,
            served,
            pdfs,
            BundleSpec("Bundle", "", None, SERVED_NOTE),
            password,
            pool,
            self.settings.render.seconds_per_file,
            bundled_one,
        )
        if secret:
            (pack / CONFIDENTIAL).parent.mkdir()
            failed += build_bundle(
                pack / CONFIDENTIAL,
                work,
                report,
                secret,
                pdfs,
                BundleSpec(
                    "Confidential to the prosecutor",
                    "C",
                    "CONFIDENTIAL TO THE PROSECUTOR - NOT FOR SERVICE",
                    CONFIDENTIAL_NOTE,
                ),
                password,
                pool,
                self.settings.render.seconds_per_file,
                bundled_one,
            )
        return [NotProcessed(path=path, reason=why) for path, why in failed]

    def _split(self, kept: list[BundlePart]) -> tuple[list[BundlePart], list[BundlePart]]:
        """The parts served, and those confidential to the prosecutor."""
        confidential_types = {t.value for t in self.settings.confidential}
        served = [p for p in kept if p.type not in confidential_types]
        return served, [p for p in kept if p.type in confidential_types]

    def _finish(
        self,
        pack: Path,
        sources_now: list[FileHash],
        kept: list[BundlePart],
        not_processed: list[NotProcessed],
        submission: str | None,
        plans: list[Path],
        password: str | None,
        by: str,
    ) -> PackResult:
        report = self.report.printable()  # names as they may be shown and stored
        served, secret = self._split(kept)
        renderer = _renderer_text(self.settings.render, kept)
        self.step("writing", current=COVER)
        cover_args = (report, served, secret, not_processed, submission, renderer)
        pdf_out.write_cover(pack / f"{COVER}.pdf", *cover_args)
        docx_out.write_cover(pack / f"{COVER}.docx", *cover_args)
        pdf_out.write_report(pack / f"{REPORT}.pdf", report)
        docx_out.write_report(pack / f"{REPORT}.docx", report)
        report_files.write_json(pack / f"{REPORT}.json", report)
        report_files.write_csv(pack / FINDINGS, report)
        if plans:
            (pack / PLAN_FOLDER).mkdir()
            for plan in plans:
                shutil.copyfile(plan, pack / PLAN_FOLDER / plan.name, follow_symlinks=False)
        if password:
            from gatekeeper.pack.archive import encrypt_pdf

            for pdf in sorted(pack.rglob("*.pdf")):
                if pdf.name not in (BUNDLE, Path(CONFIDENTIAL).name):
                    encrypt_pdf(pdf, password)
        manifest = Manifest(
            app_version=report.app_version,
            checklist=report.checklist,
            checklist_sha256=report.checklist_sha256,
            created_at=dt.datetime.now(dt.UTC),
            exported_by=by,
            urn=content.case_urn(report),
            stage=report.stage.value,
            checked_at=report.checked_at,
            source_folder=str(self.source),
            encrypted=password is not None,
            renderer=renderer,
            pack_files=pack_hashes(pack),
            source_files=sources_now,
        )
        data = (manifest.model_dump_json(indent=2) + "\n").encode()
        (pack / MANIFEST_NAME).write_bytes(data)
        signer = self.settings.signer
        if signer is not None:
            (pack / SIGNATURE_NAME).write_bytes(signer.sign(data))
        import hashlib

        warnings = []
        if password:
            warnings.append(
                "the DOCX, JSON and CSV files are not encrypted: use a zip (--zip) to "
                "protect every file with the password"
            )
        return PackResult(
            path=str(pack),
            manifest_sha256=hashlib.sha256(data).hexdigest(),
            signed_by=signer.key_id if signer is not None else None,
            files=sorted(
                [f.path for f in manifest.pack_files]
                + [MANIFEST_NAME]
                + ([SIGNATURE_NAME] if signer is not None else [])
            ),
            bundle=served,
            confidential=secret,
            not_processed=not_processed,
            renderer=renderer,
            encrypted=password is not None,
            warnings=warnings,
        )


def _same_as_checked(report: Report, now: list[FileHash]) -> None:
    """Refuse to pack a folder that changed since its check: the pack must show what was checked."""
    checked = {shown_name(d.path): d.sha256 for d in report.documents if d.sha256}
    current = {f.path: f.sha256 for f in now if f.sha256}
    changed = sorted(p for p in checked if current.get(p) != checked[p])
    added = sorted(set(current) - {shown_name(d.path) for d in report.documents})
    if changed or added:
        names = ", ".join((changed + added)[:5])
        more = f" and {len(changed) + len(added) - 5} more" if len(changed) + len(added) > 5 else ""
        raise PackError(
            f"the submission folder changed since it was checked ({names}{more}): "
            "check it again, then export"
        )


def _part(document: Document) -> BundlePart:
    return BundlePart(
        path=shown_name(document.path),
        type=document.type.value,
        role=document.role.value if document.role else None,
        section=SECTION_NAMES[section_of(document)],
        pages=document.pages,
        duration_s=document.duration_s,
        sha256=document.sha256,
        note=document.problem if document.readable and document.problem else None,
    )


def _not_processed(part: BundlePart, why: str) -> BundlePart:
    """A part whose document is not in the bundle: a page says why in its place."""
    part.rendered = NOT_PROCESSED
    part.note = f"not processed: {why}"
    return part


def _media_note(document: Document) -> str:
    note = "recording: listed, not embedded"
    if document.playable is False or not document.readable:
        note += f"; {document.problem or 'does not play'}"
    return note


def _why_not(document: Document) -> str | None:
    """Why a document cannot go into a bundle, or None."""
    if document.format not in RENDERABLE:
        return document.problem or f"a {document.format.value} file: it cannot be shown as pages"
    if not document.readable or document.sha256 is None:
        return document.problem or "it could not be read"
    if document.format is FileFormat.PDF:
        return None
    if document.problem and document.format not in (FileFormat.IMAGE,):
        return document.problem
    return None


def _copy(folders: Folders, document: Document, copy: Path) -> None:
    """A private copy of a source file, opened without following links, checked by its hash."""
    import hashlib

    if document.path.startswith("/") or ".." in document.path.split("/"):
        raise PackError(f"{document.path} is not a path inside the submission folder")
    fd = folders.open_file(document.path)
    digest = hashlib.sha256()
    with os.fdopen(fd, "rb") as handle, copy.open("wb") as target:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
            target.write(chunk)
    if digest.hexdigest() != document.sha256:
        raise PackError(
            f"{document.path} changed since the folder was checked: check it again, then export"
        )


def _renderer_text(settings: RenderSettings, parts: list[BundlePart]) -> str:
    used = {p.rendered for p in parts}
    soffice = find_soffice(settings)
    lines = ["PDF documents are included as they are, with the bundle's page numbers stamped on."]
    if "libreoffice" in used:
        lines.append("Office documents were converted to PDF by LibreOffice (headless).")
    if "text" in used:
        reason = (
            "LibreOffice is not installed"
            if soffice is None and settings.libreoffice
            else "LibreOffice was not used"
            if not settings.libreoffice
            else "LibreOffice could not convert them"
        )
        lines.append(
            f"Some documents were rendered by Gatekeeper from their text and tables ({reason}); "
            "every such page says so at its top."
        )
    if "message" in used:
        lines.append("E-mails and text files are drawn by Gatekeeper from their text.")
    if "picture" in used:
        lines.append("Pictures are placed on a page each, as they are.")
    lines.append("Recordings are listed with their duration and SHA-256, not embedded.")
    return " ".join(lines)
