"""Documents that are not PDF made into PDF pages, from the pack's private copies only.

Office documents go through LibreOffice headless when it is installed (``RenderSettings``), in a
private folder holding its profile (macros off, no linked content fetched) and its temporary
files, deleted afterwards (an export that cannot delete it fails, naming it). Without it, or when
it fails on a file, Gatekeeper draws the document's text and tables itself (read by the project's
reader processes, with their time and memory budget), and marks every page so. Pictures are
placed on a page as they are.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from gatekeeper.models import Extraction, FileFormat
from gatekeeper.pack.safety import PackError, remove_tree_retrying
from gatekeeper.processes import WINDOWS, kill_process_tree, own_group_options

OFFICE_FORMATS = frozenset(
    {FileFormat.DOCX, FileFormat.XLSX, FileFormat.ODT, FileFormat.ODS, FileFormat.RTF}
)
TEXT_FORMATS = frozenset({FileFormat.TEXT, FileFormat.EMAIL, FileFormat.OUTLOOK_MSG})
RENDERABLE = OFFICE_FORMATS | TEXT_FORMATS | {FileFormat.PDF, FileFormat.IMAGE}
EXTENSIONS = {
    FileFormat.PDF: "pdf",
    FileFormat.DOCX: "docx",
    FileFormat.XLSX: "xlsx",
    FileFormat.ODT: "odt",
    FileFormat.ODS: "ods",
    FileFormat.RTF: "rtf",
    FileFormat.TEXT: "txt",
    FileFormat.EMAIL: "eml",
    FileFormat.OUTLOOK_MSG: "msg",
    FileFormat.IMAGE: "img",
}
BATCH = 20
# LibreOffice's own settings for the private profile: no macros, no linked content fetched.
PROFILE_SETTINGS = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Common/Security/Scripting"><prop oor:name="MacroSecurityLevel" oor:op="fuse"><value>3</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Security/Scripting"><prop oor:name="DisableMacrosExecution" oor:op="fuse"><value>true</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Security/Scripting"><prop oor:name="BlockUntrustedRefererLinks" oor:op="fuse"><value>true</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Misc"><prop oor:name="UseDocumentOOoLockFile" oor:op="fuse"><value>false</value></prop></item>
</oor:items>
"""


@dataclass(frozen=True)
class RenderSettings:
    """How documents that are not PDF become pages. ``libreoffice=False``: Gatekeeper's own
    rendering of their text and tables, even where LibreOffice is installed."""

    libreoffice: bool = True
    soffice: str | None = None  # the soffice program (default: found as find_soffice says)
    seconds_per_file: float = 60.0
    reader_workers: int = 2
    max_chars: int = 2_000_000


@dataclass
class Source:
    """A document to render: its private copy in the pack's work folder and its format."""

    key: str
    copy: Path
    format: FileFormat
    label: str


@dataclass
class Rendered:
    pdf: Path | None
    how: str  # original, libreoffice, text (an office document drawn), message, picture
    problem: str | None = None
    note: str | None = None


def find_soffice(
    settings: RenderSettings,
    windows: bool = WINDOWS,
    environ: Mapping[str, str] = os.environ,
) -> str | None:
    """The LibreOffice program to run, or None (not installed, or not to be used).

    Looked for on the PATH; on Windows, whose LibreOffice installer does not add itself to the
    PATH, then in its own folders under Program Files (64-bit, then 32-bit). ``environ`` is
    the environment these are read from.
    """
    if not settings.libreoffice:
        return None
    if settings.soffice:
        return settings.soffice if Path(settings.soffice).exists() else None
    path = environ.get("PATH")
    found = shutil.which("soffice", path=path) or shutil.which("libreoffice", path=path)
    if found or not windows:
        return found
    # ProgramW6432 is the 64-bit folder when Python itself is 32-bit (ProgramFiles is then x86).
    for variable in ("ProgramFiles", "ProgramW6432", "ProgramFiles(x86)"):
        folder = environ.get(variable)
        if folder:
            candidate = Path(folder) / "LibreOffice" / "program" / "soffice.exe"
            if candidate.is_file():
                return str(candidate)
    return None


def soffice_env(private: Path, environ: Mapping[str, str] = os.environ) -> dict[str, str]:
    """LibreOffice's environment: ``environ`` with its home and temporary folder in ``private``.

    Every temporary-folder variable is set (TMPDIR on POSIX, TEMP and TMP on Windows): a file
    LibreOffice makes from a document while converting it lands in the private folder and is
    deleted with it, never in the user's own temporary folder.
    """
    folder = str(private)
    return {**environ, "HOME": folder, "TMPDIR": folder, "TEMP": folder, "TMP": folder}


def render_all(
    sources: list[Source],
    out: Path,
    settings: RenderSettings,
    tick: Callable[[str], None] = lambda label: None,
) -> dict[str, Rendered]:
    """Each source as a PDF in ``out`` (or why not), keyed by ``Source.key``."""
    done: dict[str, Rendered] = {}
    office = [s for s in sources if s.format in OFFICE_FORMATS]
    soffice = find_soffice(settings)
    if soffice and office:
        office = [_fitted(s) for s in office]
        for start in range(0, len(office), BATCH):
            batch = office[start : start + BATCH]
            _libreoffice(soffice, batch, out, settings, done)
            for source in batch:
                tick(source.label)
    from gatekeeper.pack.drawn import draw_picture, draw_text, original_pdf

    to_draw = [
        s
        for s in sources
        if s.format in TEXT_FORMATS or (s.format in OFFICE_FORMATS and s.key not in done)
    ]
    extractions = _read_texts(to_draw, settings) if to_draw else {}
    for source in sources:
        if source.key in done:
            continue
        if source.format is FileFormat.PDF:
            done[source.key] = original_pdf(source)
        elif source.format is FileFormat.IMAGE:
            done[source.key] = draw_picture(source, out)
        else:
            extraction = extractions.get(source.key)
            why = (
                "LibreOffice is not installed"
                if soffice is None
                else "LibreOffice could not convert it"
            )
            if source.format in TEXT_FORMATS:
                why = "a message or text file"
            drawn = draw_text(source, extraction, out, why)
            if source.format in TEXT_FORMATS:
                drawn.how = "message"
            done[source.key] = drawn
        if source.format not in OFFICE_FORMATS or soffice is None:
            tick(source.label)
    return done


def _fitted(source: Source) -> Source:
    if source.format is not FileFormat.XLSX:
        return source
    fitted = fit_spreadsheet(source.copy)
    return source if fitted is None else Source(source.key, fitted, source.format, source.label)


def _libreoffice(
    soffice: str,
    batch: list[Source],
    out: Path,
    settings: RenderSettings,
    done: dict[str, Rendered],
) -> None:
    """Convert a batch; a batch that fails or times out is tried again one file at a time."""
    converted = _convert(soffice, batch, out, settings.seconds_per_file * len(batch) + 30)
    if converted is None and len(batch) > 1:
        for source in batch:
            one = _convert(soffice, [source], out, settings.seconds_per_file + 30)
            if one:
                done.update(one)
        return
    done.update(converted or {})


def _convert(
    soffice: str, batch: list[Source], out: Path, timeout: float
) -> dict[str, Rendered] | None:
    """Run one LibreOffice over ``batch`` in a private profile; None when it failed outright.

    Its private folder is deleted afterwards, waiting a moment for a LibreOffice just stopped
    to let go of it (Windows refuses to delete a file still open); PackError if it cannot be.
    """
    home = Path(tempfile.mkdtemp(prefix="gatekeeper-soffice-"))
    try:
        return _run_soffice(soffice, batch, out, timeout, home)
    finally:
        _remove_private(home)


def _remove_private(home: Path) -> None:
    """Delete LibreOffice's private folder, or fail the export saying where it is: it may hold
    what LibreOffice made from case documents, and must not be left unsaid."""
    try:
        remove_tree_retrying(home)
    except OSError as exc:
        raise PackError(
            f"LibreOffice's temporary folder {home} could not be deleted "
            f"({exc.strerror or exc}): it may hold copies of case documents. Delete that folder "
            "(if it is still in use, end soffice.bin in Task Manager or restart first), then "
            "export again. No pack was written."
        ) from exc


def _run_soffice(
    soffice: str, batch: list[Source], out: Path, timeout: float, home: Path
) -> dict[str, Rendered] | None:
    """The conversion itself, with everything LibreOffice writes kept in ``home``."""
    profile = home / "profile"
    (profile / "user").mkdir(parents=True)
    (profile / "user" / "registrymodifications.xcu").write_text(PROFILE_SETTINGS)
    target = home / "out"
    target.mkdir()
    command = [
        soffice,
        f"-env:UserInstallation={profile.as_uri()}",
        "--headless",
        "--invisible",
        "--nologo",
        "--nodefault",
        "--norestore",
        "--nolockcheck",
        "--convert-to",
        "pdf",
        "--outdir",
        str(target),
        *[str(s.copy) for s in batch],
    ]
    env = soffice_env(home)
    process = subprocess.Popen(
        command,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
        cwd=home,
        **own_group_options(),  # soffice starts soffice.bin: both are stopped together
    )
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        kill_process_tree(process)
        return None
    finally:
        if process.poll() is None:  # interrupted (cancel, Ctrl-C): never leave it running
            kill_process_tree(process)
    results: dict[str, Rendered] = {}
    for source in batch:
        made = target / (source.copy.stem + ".pdf")
        if made.is_file() and made.stat().st_size > 0:
            final = out / (source.copy.stem + ".pdf")
            shutil.move(str(made), final)
            note = (
                "spreadsheet: columns widened to their text for printing"
                if source.copy.stem.endswith("-fit")
                else None
            )
            results[source.key] = Rendered(final, "libreoffice", note=note)
    return results


def _read_texts(sources: list[Source], settings: RenderSettings) -> dict[str, Extraction]:
    """The text and tables of each source, read by the project's reader processes."""
    from gatekeeper.pool import Budget, ReaderPool, Task

    by_folder: dict[Path, list[Source]] = {}
    for source in sources:
        by_folder.setdefault(source.copy.parent, []).append(source)
    found: dict[str, Extraction] = {}
    budget = Budget(ocr=False, max_chars=settings.max_chars)
    with ReaderPool(workers=settings.reader_workers, budget=budget) as pool:
        for folder, group in by_folder.items():
            keys = {s.copy.name: s.key for s in group}
            tasks = [Task(s.copy.name, s.copy.stat().st_size) for s in group]

            def keep(task: Task, extraction: Extraction, keys: dict[str, str] = keys) -> None:
                found[keys[task.rel]] = extraction

            pool.read(str(folder), tasks, keep)
    return found


FIT_LIMIT = 20 * 1024 * 1024
MAX_WIDTH_CHARS = 60


def fit_spreadsheet(copy: Path) -> Path | None:
    """A copy of a spreadsheet whose columns are wide enough for their text, printed one page
    wide (a sheet's own narrow columns would cut its text off in print); None if it cannot be."""
    import zipfile

    from gatekeeper.extract.office import inspect_container
    from gatekeeper.extract.result import ReadError

    if copy.stat().st_size > FIT_LIMIT:
        return None
    try:
        import openpyxl
        from openpyxl.styles import Alignment

        with copy.open("rb") as handle:
            inspect_container(handle)
            workbook = openpyxl.load_workbook(handle)
        for sheet in workbook.worksheets:
            widths: dict[str, int] = {}
            for row in sheet.iter_rows():
                filled = [cell for cell in row if cell.value is not None]
                for cell in filled:
                    cell.alignment = Alignment(wrap_text=len(filled) > 1, vertical="top")
                if len(filled) < 2:
                    continue  # a title on its own runs over the empty cells beside it
                for cell in filled:
                    text = str(cell.value)
                    letter = cell.column_letter
                    longest = max(len(line) for line in text.splitlines() or [""])
                    widths[letter] = max(widths.get(letter, 8), min(longest + 2, MAX_WIDTH_CHARS))
            for letter, width in widths.items():
                sheet.column_dimensions[letter].width = width
            sheet.page_setup.orientation = "landscape" if sum(widths.values()) > 100 else "portrait"
            sheet.page_setup.fitToWidth = 1
            sheet.page_setup.fitToHeight = 0
            sheet.sheet_properties.pageSetUpPr.fitToPage = True
        fitted = copy.with_name(copy.stem + "-fit.xlsx")
        workbook.save(fitted)
        return fitted
    except (ReadError, OSError, ValueError, KeyError, TypeError, zipfile.BadZipFile):
        return None
