"""Documents that are not PDF made into PDF pages, from the pack's private copies only.

Office documents go through LibreOffice headless when it is installed (``RenderSettings``), in a
private folder holding its profile (macros off, no linked content fetched) and its temporary
files, deleted afterwards (an export that cannot delete it fails, naming it). Without it, or when
it fails on a file, Gatekeeper draws the document's text and tables itself (read by the project's
reader processes, with their time and memory budget), and marks every page so. Pictures are
placed on a page as they are.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import subprocess
import tempfile
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gatekeeper.models import FileFormat
from gatekeeper.pack.safety import PackError, remove_tree_retrying
from gatekeeper.processes import WINDOWS, kill_process_tree, own_group_options

if TYPE_CHECKING:
    from gatekeeper.pool import ReaderPool

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
SOFFICE_POLL_S = 0.2
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
    memory_mb: int = 768  # each reader's, while it makes a document's pages
    soffice_memory_mb: int = 4096  # LibreOffice's address space (Linux)


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
    pages: int = 0


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
    pool: ReaderPool,
    scratch: Path,
    tick: Callable[[str], None] = lambda label: None,
) -> dict[str, Rendered]:
    """Each source as checked PDF pages in ``out`` (or why not), keyed by ``Source.key``.

    LibreOffice runs as its own program with a time limit (and on Linux a memory limit), its
    private folder in ``scratch`` (the pack's staging folder, removed with it even after a kill).
    Everything else that parses a submitted file (fitting a spreadsheet for print, checking and
    rewriting a PDF, drawing text or a picture) runs in ``pool``'s readers, one call per
    document within their time and memory budget: a file that defeats them is said so, alone.
    """
    from gatekeeper.pool import Call

    soffice = find_soffice(settings)
    office = [s for s in sources if s.format in OFFICE_FORMATS]
    converted: dict[str, Path] = {}
    notes: dict[str, str] = {}
    if soffice and office:
        office = _fitted(office, pool, settings, notes)
        made = scratch / "libreoffice"
        made.mkdir(exist_ok=True)
        for start in range(0, len(office), BATCH):
            batch = office[start : start + BATCH]
            _libreoffice(soffice, batch, made, settings, converted, scratch)
    seconds = settings.seconds_per_file
    calls: list[Call] = []
    hows: list[str] = []
    for source in sources:
        target = str(out / f"{source.copy.stem}.pdf")
        if source.format is FileFormat.PDF or source.key in converted:
            pdf = source.copy if source.format is FileFormat.PDF else converted[source.key]
            how = "original" if source.format is FileFormat.PDF else "libreoffice"
            calls.append(Call(f"{PREPARE}:prepared_pdf", (str(pdf), target), seconds))
        elif source.format is FileFormat.IMAGE:
            how = "picture"
            args: tuple[Any, ...] = (str(source.copy), source.label, str(out))
            calls.append(Call(f"{PREPARE}:drawn_picture", args, seconds))
        else:
            how = "message" if source.format in TEXT_FORMATS else "text"
            why = (
                "a message or text file"
                if source.format in TEXT_FORMATS
                else "LibreOffice is not installed"
                if soffice is None
                else "LibreOffice could not convert it"
            )
            args = (
                str(source.copy),
                source.label,
                source.format.value,
                why,
                str(out),
                settings.max_chars,
                seconds / 2,
            )
            calls.append(Call(f"{PREPARE}:drawn_document", args, seconds))
        hows.append(how)
    done: dict[str, Rendered] = {}

    def finished(index: int, value: Any, problem: str | None) -> None:
        source, how = sources[index], hows[index]
        if problem is not None:
            done[source.key] = Rendered(None, how, f"it could not be made into pages: {problem}")
        elif how in ("original", "libreoffice"):
            pdf = Path(calls[index].args[1])
            done[source.key] = Rendered(pdf, how, note=notes.get(source.key), pages=int(value))
        else:
            drawn, pages, drawn_how = value
            note = (
                "a picture, placed on a page"
                if how == "picture"
                else "; ".join(
                    n for n in ("rendered from its text by Gatekeeper", notes.get(source.key)) if n
                )
            )
            done[source.key] = Rendered(Path(drawn), drawn_how, note=note, pages=int(pages))
        tick(source.label)

    pool.call_all(calls, finished)
    return done


PREPARE = "gatekeeper.pack.prepare"


def _fitted(
    office: list[Source], pool: ReaderPool, settings: RenderSettings, notes: dict[str, str]
) -> list[Source]:
    """The spreadsheets among ``office`` replaced by copies that print one page wide (made in
    the readers: a sheet can be built to need more memory than a machine has)."""
    from gatekeeper.pool import Call

    sheets = [s for s in office if s.format is FileFormat.XLSX]
    fitted: dict[str, Path] = {}
    too_large: set[str] = set()

    def finished(index: int, value: Any, problem: str | None) -> None:
        key = sheets[index].key
        if problem is not None:  # drawn from its text instead, within the readers' budget
            too_large.add(key)
            notes[key] = f"not given to LibreOffice: {problem}"
        elif value:
            fitted[key] = Path(value)
            notes[key] = "spreadsheet: columns widened to their text for printing"

    seconds = settings.seconds_per_file
    calls = [Call(f"{PREPARE}:fitted_spreadsheet", (str(s.copy),), seconds) for s in sheets]
    pool.call_all(calls, finished)
    return [
        Source(s.key, fitted[s.key], s.format, s.label) if s.key in fitted else s
        for s in office
        if s.key not in too_large
    ]


def _libreoffice(
    soffice: str,
    batch: list[Source],
    out: Path,
    settings: RenderSettings,
    done: dict[str, Path],
    scratch: Path,
) -> None:
    """Convert a batch with one LibreOffice. LibreOffice converts its files in turn: when it
    makes no new PDF for ``seconds_per_file``, it is stopped, the file it was on (the first
    with no PDF) is left out, and a new one goes on with the rest."""
    remaining = list(batch)
    while remaining:
        converted, stalled = _convert(soffice, remaining, out, settings, scratch)
        done.update(converted)
        if not stalled:
            return  # what it did not convert, it could not
        left = [s for s in remaining if s.key not in converted]
        remaining = left[1:]


def _convert(
    soffice: str, batch: list[Source], out: Path, settings: RenderSettings, scratch: Path
) -> tuple[dict[str, Path], bool]:
    """Run one LibreOffice over ``batch`` in a private profile: the PDFs it made, and whether it
    was stopped for making none for too long.

    Its private folder is made in ``scratch`` and deleted afterwards, waiting a moment for a
    LibreOffice just stopped to let go of it (Windows refuses to delete a file still open);
    PackError if it cannot be.
    """
    home = Path(tempfile.mkdtemp(prefix="soffice-", dir=scratch))
    try:
        return _run_soffice(soffice, batch, out, settings, home)
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
    soffice: str, batch: list[Source], out: Path, settings: RenderSettings, home: Path
) -> tuple[dict[str, Path], bool]:
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
    limit_memory_of(process.pid, settings.soffice_memory_mb)
    stalled = False
    try:
        count, progress = 0, time.monotonic()
        while process.poll() is None:
            time.sleep(SOFFICE_POLL_S)
            now_made = sum(1 for _ in target.glob("*.pdf"))
            if now_made != count:
                count, progress = now_made, time.monotonic()
            elif time.monotonic() - progress > settings.seconds_per_file:
                stalled = True
                break
    finally:
        if process.poll() is None:  # stalled, or interrupted (cancel, Ctrl-C): never left running
            kill_process_tree(process)
    results: dict[str, Path] = {}
    for source in batch:
        made = target / (source.copy.stem + ".pdf")
        if made.is_file() and made.stat().st_size > 0:
            final = out / (source.copy.stem + ".pdf")
            shutil.move(str(made), final)
            results[source.key] = final
    return results, stalled


def limit_memory_of(pid: int, memory_mb: int) -> None:
    """Cap a program's address space where another process's can be set (Linux's
    ``prlimit``); the processes it starts inherit the cap. Elsewhere its time limit stops it."""
    try:
        import resource
    except ImportError:  # Windows
        return
    prlimit = getattr(resource, "prlimit", None)
    if prlimit is None or memory_mb <= 0:
        return
    limit = memory_mb * 1024 * 1024
    with contextlib.suppress(OSError, ValueError):  # it has already ended
        prlimit(pid, resource.RLIMIT_AS, (limit, limit))


FIT_LIMIT = 20 * 1024 * 1024
FIT_CELLS = 2_000_000
MAX_WIDTH_CHARS = 60


SHEET_XML = re.compile(r"xl/worksheets/[^/]+\.xml")
RANGE_REF = re.compile(
    rb'<(?:\w+:)?(?:dimension|mergeCell)\b[^>]*\bref="([A-Z]+[0-9]+:[A-Z]+[0-9]+)"'
)


def declared_cells(copy: Path) -> int:
    """The most cells any range a workbook's sheets declare (their extent, a merge) covers:
    read from the XML without building the cells, which a sheet can make billions of."""
    import zipfile

    from openpyxl.utils.cell import range_boundaries

    from gatekeeper.extract.office import inspect_container

    largest = 0
    with copy.open("rb") as handle:
        inspect_container(handle)  # no zip bomb: every part's size is bounded
        with zipfile.ZipFile(handle) as archive:
            for info in archive.infolist():
                if not SHEET_XML.fullmatch(info.filename):
                    continue
                tail = b""
                with archive.open(info) as part:
                    while chunk := part.read(1 << 20):
                        text = tail + chunk
                        for ref in RANGE_REF.findall(text):
                            left, top, right, bottom = range_boundaries(ref.decode())
                            cells = (right - left + 1) * (bottom - top + 1)
                            largest = max(largest, cells)
                        tail = text[-200:]
    return largest


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
        if any(s.max_row * s.max_column > FIT_CELLS for s in workbook.worksheets):
            return None  # a sheet's far corner (one cell at XFD1048576): left to LibreOffice
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
