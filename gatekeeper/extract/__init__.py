"""Read one file of a submission: sniff its format, hash it, and hand it to the right reader.

This runs inside a worker process (see ``gatekeeper.pool``). It opens the file once, read-only,
without following links and without updating its access time where the system allows.
"""

from __future__ import annotations

import hashlib
import io
import os
import stat
import time
from typing import IO, Any

from gatekeeper.extract.mail import read_text
from gatekeeper.extract.ocr import (
    MIN_DOCUMENT_WORDS,
    OCR_TIME_SHARE,
    OcrReport,
    OcrRequest,
    ocr_image,
)
from gatekeeper.extract.result import Partial, ReadError
from gatekeeper.extract.sniff import FORMAT_NAMES, sniff
from gatekeeper.extract.windows_open import open_no_follow
from gatekeeper.models import Extraction, FileFormat, Problem

IN_MEMORY_LIMIT = 64 * 1024 * 1024
CHUNK = 1024 * 1024
DEFAULT_MAX_CHARS = 400_000

REFUSED: dict[FileFormat, tuple[Problem, str]] = {
    FileFormat.LEGACY_OFFICE: (
        Problem.LEGACY_FORMAT,
        "an old Office format (.doc/.xls): convert it to DOCX or PDF so it can be checked",
    ),
    FileFormat.ENCRYPTED_OFFICE: (
        Problem.ENCRYPTED,
        "the Office document is password-protected: ask for an unprotected copy",
    ),
    FileFormat.ZIP: (
        Problem.UNSUPPORTED,
        "a zip archive: not opened; submit its documents in the folder itself",
    ),
    FileFormat.UNKNOWN: (
        Problem.UNSUPPORTED,
        "the format is not recognised: it may need a special viewer or be damaged",
    ),
}


def read_document(
    root: str,
    rel: str,
    max_chars: int = DEFAULT_MAX_CHARS,
    ocr: bool = True,
    deadline_s: float | None = None,
    folders: Folders | None = None,
) -> Extraction:
    """Read ``rel`` below ``root`` and return what it holds, or why it cannot be read.

    ``ocr``: read scanned pages and pictures of documents by OCR. ``deadline_s``: the seconds the
    caller allows for this file (default: the default ``Budget``'s deadline for its size); OCR
    stops in time to return what it read within that. ``folders``: the batch's open folders
    below ``root`` (by default the path is walked afresh).
    """
    started = time.monotonic()
    try:
        if folders is None:
            with Folders(root) as own:
                fd, size = own.open_sized(rel)
        else:
            fd, size = folders.open_sized(rel)
    except OSError as exc:
        problem = Problem.PERMISSION if exc.errno in (1, 13) else Problem.CORRUPT
        return Extraction(
            format=FileFormat.UNKNOWN,
            readable=False,
            problem=problem,
            problem_detail=f"could not be opened ({exc.strerror or exc})",
        )
    if size <= IN_MEMORY_LIMIT:
        try:
            data = _read_whole(fd, size)
        finally:
            os.close(fd)
        sha256 = hashlib.sha256(data).hexdigest()
        return _read_handle(io.BytesIO(data), size, sha256, started, max_chars, ocr, deadline_s)
    with os.fdopen(fd, "rb") as raw:
        digest = hashlib.sha256()
        while chunk := raw.read(CHUNK):
            digest.update(chunk)
        raw.seek(0)
        return _read_handle(raw, size, digest.hexdigest(), started, max_chars, ocr, deadline_s)


def _read_whole(fd: int, size: int) -> bytes:
    """A file's bytes, in one system call when its size is as listed (most of a phone extract's
    files are a few hundred bytes: buffered file objects would cost more than the reading)."""
    data = os.read(fd, size + 1)
    if len(data) <= size:
        return data  # a regular file's short read is its end
    parts = [data]
    while chunk := os.read(fd, CHUNK):  # it grew since it was listed
        parts.append(chunk)
    return b"".join(parts)


def _read_handle(
    handle: IO[bytes],
    size: int,
    sha256: str,
    started: float,
    max_chars: int,
    ocr: bool,
    deadline_s: float | None,
) -> Extraction:
    """Sniff the format of an opened, hashed file and hand it to the reader for that format."""
    head = handle.read(4096)
    handle.seek(0)
    file_format = sniff(head, handle)
    if deadline_s is None:
        from gatekeeper.pool import Budget

        deadline_s = Budget().deadline_for(size)
    request = OcrRequest(ocr, started + OCR_TIME_SHARE * deadline_s)
    try:
        partial, report = _read(file_format, handle, max_chars, request)
    except ReadError as exc:
        problem, detail = exc.problem, exc.detail
    except RecursionError:
        problem = Problem.CORRUPT
        detail = "the file's structure is nested too deeply to read safely"
    except MemoryError:
        problem = Problem.TOO_MUCH_MEMORY
        detail = "reading it needed more memory than a document may use"
    except Exception as exc:  # a parser's own error: said plainly (its message may quote the file)
        problem = Problem.CORRUPT
        if isinstance(exc, OSError) and exc.errno is not None:  # the disk's, not the parser's
            detail = "it could not be read to its end: it may have changed or gone during the check"
        else:
            named = FORMAT_NAMES.get(file_format, "a file").split(" ", 1)[1]  # "a PDF": "PDF"
            detail = f"the {named} is damaged: its reader failed on it"
    else:
        return _to_extraction(file_format, sha256, partial, report)
    return Extraction(
        format=file_format, sha256=sha256, readable=False, problem=problem, problem_detail=detail
    )


def _read(
    file_format: FileFormat, handle: IO[bytes], max_chars: int, ocr: OcrRequest
) -> tuple[Partial, OcrReport | None]:
    if file_format is FileFormat.PDF:
        from gatekeeper.extract.pdf import read_pdf

        return read_pdf(handle, max_chars, ocr)
    if file_format is FileFormat.IMAGE:
        text, report = ocr_image(handle, ocr)
        return Partial(text=text[:max_chars], text_truncated=len(text) > max_chars), report
    return _read_text(file_format, handle, max_chars), None


def _read_text(file_format: FileFormat, handle: IO[bytes], max_chars: int) -> Partial:
    if file_format is FileFormat.EMPTY:
        raise ReadError(Problem.EMPTY, "the file is empty (0 bytes)")
    if file_format in REFUSED:
        raise ReadError(*REFUSED[file_format])
    if file_format is FileFormat.TEXT:
        return read_text(handle, max_chars)
    # Each reader is imported when a file needs it: a reader process that meets only a phone
    # extract's messages never pays for the others (nor does the app, which imports this package).
    if file_format in (FileFormat.DOCX, FileFormat.XLSX):
        from gatekeeper.extract.office import read_docx, read_xlsx

        return (read_docx if file_format is FileFormat.DOCX else read_xlsx)(handle, max_chars)
    if file_format in (FileFormat.ODT, FileFormat.ODS):
        from gatekeeper.extract.opendocument import read_ods, read_odt

        return (read_odt if file_format is FileFormat.ODT else read_ods)(handle, max_chars)
    if file_format is FileFormat.RTF:
        from gatekeeper.extract.rtf import read_rtf

        return read_rtf(handle, max_chars)
    if file_format in (FileFormat.VIDEO, FileFormat.AUDIO):
        from gatekeeper.extract.media import read_media

        return read_media(handle)
    if file_format in (FileFormat.EMAIL, FileFormat.OUTLOOK_MSG):
        from gatekeeper.extract.mail import read_eml, read_msg

        return (read_eml if file_format is FileFormat.EMAIL else read_msg)(handle, max_chars)
    return Partial()


def _to_extraction(
    file_format: FileFormat, sha256: str, partial: Partial, report: OcrReport | None
) -> Extraction:
    problem, detail = partial.partial_problem or (None, None)
    if problem is None and file_format is FileFormat.IMAGE and report is not None:
        problem, detail = _image_outcome(report)
    elif problem is None and partial.pages and partial.pages_without_text:
        problem, detail = _scan_outcome(partial, report)
    elif problem is None and partial.pages and not partial.text.strip(" \n\f"):
        problem = Problem.NO_TEXT
        detail = (
            "no text could be read from any page, and there is no scanned image: it may be blank, "
            "damaged or built to defeat readers; check it by eye"
        )
    # Only what differs from an Extraction's defaults is given: a phone extract's message is
    # its format, hash and text, and each field given costs its validation (and its packing).
    values: dict[str, Any] = {"format": file_format, "sha256": sha256, "text": partial.text}
    if problem is not None:
        values |= {"problem": problem, "problem_detail": detail}
        values["readable"] = problem is not Problem.NOT_PLAYABLE
    if partial.pages is not None:
        values["pages"] = partial.pages
    if partial.pages_without_text:
        values["pages_without_text"] = partial.pages_without_text
    if partial.text_truncated:
        values["text_truncated"] = True
    if partial.tables:
        values["tables"] = partial.tables
    if partial.media is not None:
        values["media"] = partial.media
    if partial.metadata_title is not None:
        values["metadata_title"] = partial.metadata_title
    if report is not None and report.ran:
        values |= {"ocr": True, "ocr_confidence": report.confidence}
    return Extraction(**values)


def _scan_outcome(partial: Partial, report: OcrReport | None) -> tuple[Problem | None, str | None]:
    """A PDF with scanned pages: fine when OCR read them all with confidence, else why not."""
    scanned, pages = partial.pages_without_text, partial.pages or 0
    where = (
        "scanned: no page has a text layer"
        if scanned == pages
        else f"{scanned} of {pages} pages are scanned images with no text layer"
    )
    if report is None:
        return Problem.SCANNED, f"{where}, so nothing on them can be checked"
    if report.failure is not None:
        return (
            Problem.SCANNED,
            f"{where}, and {report.failure}: nothing on them can be checked",
        )
    if report.read == 0:
        return Problem.SCANNED, f"{where}, and OCR ran out of time before reading any of them"
    note = report.note()
    confidence = report.confidence
    if confidence is None:
        return Problem.SCANNED, f"{where}; OCR found no words on them: check it by eye"
    if not report.trusted:
        detail = f"scanned; read by OCR with low confidence ({confidence:.0f}%): check it by eye"
        return Problem.SCANNED, f"{detail} ({note})" if note else detail
    if note:
        return Problem.SCANNED, f"{where}; {note}: check the rest by eye"
    return None, None


def _image_outcome(report: OcrReport) -> tuple[Problem | None, str | None]:
    """A picture: a photo of a document is read by OCR; a photo of anything else is just listed."""
    if report.wanted == 0:
        return None, None  # too small to hold a page of text
    if report.failure is not None:
        return (
            Problem.SCANNED,
            f"a picture with no text layer, and {report.failure}: "
            "if it shows a document, read it by eye",
        )
    if report.read == 0:
        return Problem.SCANNED, "a picture; OCR ran out of time before reading it"
    if report.words < MIN_DOCUMENT_WORDS:
        return None, None  # a photo, not a page of text
    confidence = report.confidence or 0.0
    note = report.note("images")
    if not report.trusted:
        detail = (
            f"a picture of a document; read by OCR with low confidence ({confidence:.0f}%): "
            "check it by eye"
        )
        return Problem.SCANNED, f"{detail} ({note})" if note else detail
    if note:
        return Problem.SCANNED, f"a picture of a document; {note}: check the rest by eye"
    return None, None


NO_FOLLOW = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
DIRECTORY = getattr(os, "O_DIRECTORY", 0)
OPEN_FLAGS = NO_FOLLOW | getattr(os, "O_NONBLOCK", 0)
NO_ATIME = getattr(os, "O_NOATIME", 0)
FOLDERS_KEPT = 32
# Walk a path by open folder handles (POSIX). Where folders cannot be opened relative to one
# another without following links (Windows), each file is opened by name after checking each
# step of its path instead (``windows_open``).
WALK_BY_FOLDER = os.open in os.supports_dir_fd and hasattr(os, "O_NOFOLLOW")


class Folders:
    """The folders of a submission opened without following links, kept open for a batch of
    files, so that a phone extract's messages cost one ``open`` each, not one per path step.

    Close it when the batch is done: a folder swapped for a link later is then opened afresh,
    and never followed.
    """

    def __init__(self, root: str) -> None:
        self.root = root
        self._open: dict[str, int] = {}

    def open_file(self, rel: str) -> int:
        """Open ``root/rel`` walking each component with O_NOFOLLOW, so no link is ever followed.

        Where that cannot be done (Windows), each component is checked by name before the file
        is opened, and the opened file must be the one checked (``windows_open``).
        """
        return self.open_sized(rel)[0]

    def open_sized(self, rel: str) -> tuple[int, int]:
        """``open_file``, with the size of the file opened (one ``fstat`` for both)."""
        if not WALK_BY_FOLDER:
            fd = open_no_follow(self.root, rel)
        else:
            folder, _, name = rel.rpartition("/")
            if name in ("", "."):  # not a file's path as listed: walked step by step
                parts = [part for part in rel.split("/") if part not in ("", ".")]
                folder, name = "/".join(parts[:-1]), parts[-1]
            fd = _open_file(name, OPEN_FLAGS, self._folder(folder))
        try:
            info = os.fstat(fd)
        except OSError:
            os.close(fd)
            raise
        if not stat.S_ISREG(info.st_mode):
            os.close(fd)
            raise OSError(21, "not a regular file")
        return fd, info.st_size

    def close(self) -> None:
        for fd in self._open.values():
            os.close(fd)
        self._open.clear()

    def __enter__(self) -> Folders:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _folder(self, folder: str) -> int:
        """The open handle of ``folder`` (a path below the root), kept for the batch."""
        known = self._open.get(folder)
        if known is not None:
            return known
        if len(self._open) >= FOLDERS_KEPT:
            self.close()
        directory = os.open(self.root, os.O_RDONLY | DIRECTORY)
        try:
            for part in (part for part in folder.split("/") if part not in ("", ".")):
                child = os.open(part, NO_FOLLOW | DIRECTORY, dir_fd=directory)
                os.close(directory)
                directory = child
        except OSError:
            os.close(directory)
            raise
        self._open[folder] = directory
        return directory


def hash_file(root: str, rel: str) -> str | None:
    """The SHA-256 of ``root/rel``, opened without following links and read in blocks; None when
    it cannot be opened (gone, a link, a device) or read."""
    try:
        with Folders(root) as folders:
            fd, _ = folders.open_sized(rel)
    except OSError:
        return None
    digest = hashlib.sha256()
    try:
        with os.fdopen(fd, "rb", buffering=0) as handle:
            while block := handle.read(HASH_BLOCK):
                digest.update(block)
    except OSError:
        return None
    return digest.hexdigest()


HASH_BLOCK = 1 << 20


def _open_file(name: str, flags: int, directory: int) -> int:
    if NO_ATIME:
        try:
            return os.open(name, flags | NO_ATIME, dir_fd=directory)
        except PermissionError:
            pass  # O_NOATIME is only allowed to the file's owner
    return os.open(name, flags, dir_fd=directory)
