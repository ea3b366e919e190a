"""Read DOCX and XLSX after inspecting the zip container, so a bomb never reaches a parser."""

from __future__ import annotations

import re
import zipfile
import zlib
from typing import IO

from gatekeeper.extract.result import Partial, ReadError
from gatekeeper.models import Problem
from gatekeeper.tables import row_line

MAX_ENTRIES = 5_000
MAX_TOTAL_UNCOMPRESSED = 400 * 1024 * 1024
MAX_RATIO = 200  # uncompressed / compressed, for any entry larger than RATIO_FLOOR
RATIO_FLOOR = 1024 * 1024
XML_SCAN_LIMIT = 64 * 1024 * 1024
DOCTYPE = re.compile(rb"<!DOCTYPE|<!ENTITY", re.IGNORECASE)
MAX_ROWS_PER_SHEET = 20_000


def inspect_container(handle: IO[bytes]) -> None:
    """Refuse zip bombs and XML with a DOCTYPE before any Office parser sees the file."""
    handle.seek(0)
    try:
        with zipfile.ZipFile(handle) as archive:
            infos = archive.infolist()
            if len(infos) > MAX_ENTRIES:
                raise ReadError(
                    Problem.SUSPICIOUS_ARCHIVE,
                    f"the document holds {len(infos):,} parts, more than any real document: not opened",
                )
            total = sum(i.file_size for i in infos)
            if total > MAX_TOTAL_UNCOMPRESSED:
                raise ReadError(
                    Problem.SUSPICIOUS_ARCHIVE,
                    f"the document would expand to {total / 2**20:,.0f} MB: not opened "
                    "(a decompression bomb or a damaged file)",
                )
            for info in infos:
                ratio = info.file_size / max(info.compress_size, 1)
                if info.file_size > RATIO_FLOOR and ratio > MAX_RATIO:
                    raise ReadError(
                        Problem.SUSPICIOUS_ARCHIVE,
                        f"part '{info.filename}' expands {ratio:,.0f} times: not opened "
                        "(a decompression bomb)",
                    )
            for info in infos:
                if info.filename.endswith((".xml", ".rels")) and _has_doctype(archive, info):
                    raise ReadError(
                        Problem.SUSPICIOUS_ARCHIVE,
                        f"part '{info.filename}' declares a DOCTYPE, which Office never writes: "
                        "not opened",
                    )
    except zipfile.BadZipFile as exc:
        raise ReadError(Problem.CORRUPT, f"the document is damaged ({exc})") from exc
    except (EOFError, zipfile.LargeZipFile, NotImplementedError, zlib.error) as exc:
        raise ReadError(Problem.TRUNCATED, "the document is incomplete or damaged") from exc
    except RuntimeError as exc:  # zipfile's word for a password-protected part
        raise ReadError(
            Problem.ENCRYPTED, "the document is password-protected: ask for an unprotected copy"
        ) from exc
    finally:
        handle.seek(0)


def _has_doctype(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bool:
    tail = b""
    read = 0
    with archive.open(info) as part:
        while read < XML_SCAN_LIMIT:
            chunk = part.read(256 * 1024)
            if not chunk:
                return False
            if DOCTYPE.search(tail + chunk):
                return True
            tail = chunk[-16:]
            read += len(chunk)
    return False


def read_docx(handle: IO[bytes], max_chars: int) -> Partial:
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table

    inspect_container(handle)
    try:
        document = docx.Document(handle)
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile, zlib.error) as exc:
        raise ReadError(Problem.CORRUPT, f"the Word document is damaged ({exc})") from exc
    lines: list[str] = []
    for section in document.sections:
        lines.extend(p.text for p in section.header.paragraphs if p.text.strip())
    tables: list[list[list[str]]] = []
    # In document order: a form's boxes (tables) and its typed paragraphs interleave.
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            rows = [[cell.text.strip() for cell in row.cells] for row in block.rows]
            tables.append(rows)
            lines.extend(row_line(row) for row in rows)
        else:
            lines.append(block.text)
    text = "\n".join(lines)
    title = (document.core_properties.title or "").strip() or None
    return Partial(
        text=text[:max_chars],
        text_truncated=len(text) > max_chars,
        tables=tables,
        metadata_title=title,
    )


def read_xlsx(handle: IO[bytes], max_chars: int) -> Partial:
    import openpyxl

    inspect_container(handle)
    try:
        workbook = openpyxl.load_workbook(handle, read_only=True, data_only=True)
    except (KeyError, ValueError, zipfile.BadZipFile, TypeError, zlib.error) as exc:
        raise ReadError(Problem.CORRUPT, f"the spreadsheet is damaged ({exc})") from exc
    tables: list[list[list[str]]] = []
    lines: list[str] = []
    try:
        for sheet in workbook.worksheets:
            rows: list[list[str]] = []
            for values in sheet.iter_rows(values_only=True, max_row=MAX_ROWS_PER_SHEET):
                row = ["" if v is None else str(v).strip() for v in values]
                if any(row):
                    rows.append(row)
                    lines.append("\t".join(c for c in row if c))
            tables.append(rows)
    finally:
        workbook.close()
    text = "\n".join(lines)
    return Partial(text=text[:max_chars], text_truncated=len(text) > max_chars, tables=tables)
