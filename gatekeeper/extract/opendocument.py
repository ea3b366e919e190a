"""Read OpenDocument text (.odt) and spreadsheets (.ods) as read_docx and read_xlsx read Office.

The container is inspected first (``office.inspect_container``: zip bombs, DOCTYPE), then the XML
parts are streamed through expat, so neither a huge part nor a hostile one is held as a tree.
"""

from __future__ import annotations

import zipfile
import zlib
from typing import IO
from xml.parsers import expat

from gatekeeper.extract.office import MAX_ROWS_PER_SHEET, inspect_container
from gatekeeper.extract.result import Partial, ReadError
from gatekeeper.models import Problem
from gatekeeper.tables import row_line

OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
SVG = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
DC = "http://purl.org/dc/elements/1.1/"

PARAGRAPHS = frozenset({f"{TEXT} p", f"{TEXT} h"})
# Text a reader does not see on the page: comments, footnotes (read_docx leaves them out too),
# deleted text kept for tracked changes, alt text, declarations and sheet drawings.
SKIPPED = frozenset(
    f"{ns} {name}"
    for ns, names in (
        (OFFICE, "annotation forms"),
        (TEXT, "note tracked-changes sequence-decls variable-decls user-field-decls"),
        (SVG, "title desc"),
        (TABLE, "shapes"),
    )
    for name in names.split()
)
CELLS = frozenset({f"{TABLE} table-cell", f"{TABLE} covered-table-cell"})
VALUE_ATTRIBUTES = tuple(
    f"{OFFICE} {a}" for a in ("string-value", "value", "date-value", "time-value", "boolean-value")
)
# Empty repeated cells and rows can claim millions (LibreOffice writes "the rest of the sheet"
# this way); real tables are far smaller, so repeats are cut at these bounds.
MAX_COLUMNS = 1024
MAX_ROWS_PER_TABLE = MAX_ROWS_PER_SHEET
MAX_CELLS = 2_000_000
MAX_SPACES = 1000
CHUNK = 256 * 1024
MANIFEST_LIMIT = 4 * 1024 * 1024
MAX_TITLE = 500
ENCRYPTED = "the document is password-protected: ask for an unprotected copy"


class _Enough(Exception):
    """Raised from a parser callback once the text budget is spent, to stop reading early."""


class _Walker:
    """Collects paragraphs, and the top-level tables, of one ODF XML part in document order."""

    def __init__(
        self,
        max_chars: int,
        spreadsheet: bool = False,
        within: str | None = None,
        paragraphs: frozenset[str] = PARAGRAPHS,
    ) -> None:
        self.max_chars = max_chars
        self.paragraph_names = paragraphs
        self.spreadsheet = spreadsheet
        self.within = within  # only paragraphs inside this element count (headers in styles.xml)
        self.inside = 0
        self.skip_depth = 0
        self.paragraphs: list[list[str]] = []
        self.lines: list[str] = []
        self.tables: list[list[list[str]]] = []
        self.table_depth = 0
        self.rows: list[list[str]] = []
        self.row: list[str] = []
        self.row_repeat = 1
        self.empty_cells = 0  # empty cells not yet added: kept only if a filled one follows
        self.cell: list[str] | None = None
        self.cell_attrs: dict[str, str] = {}
        self.span_text = ""
        self.span_left = 0
        self.chars = 0
        self.cells = 0
        self.stopped = False

    def start(self, name: str, attrs: dict[str, str]) -> None:
        if self.skip_depth or name in SKIPPED:
            self.skip_depth += 1
        elif name == self.within:
            self.inside += 1
        elif name in self.paragraph_names:
            self.paragraphs.append([])
        elif self.paragraphs:
            self._inline(name, attrs)
        elif name == f"{TABLE} table":
            self.table_depth += 1
            if self.table_depth == 1:
                self.rows = []
        elif self.table_depth != 1:
            return  # a nested table's cells flow into the enclosing cell's text
        elif name == f"{TABLE} table-row":
            self.row = []
            self.empty_cells = 0
            self.row_repeat = _count(attrs.get(f"{TABLE} number-rows-repeated"))
        elif name in CELLS:
            self.cell = []
            self.cell_attrs = attrs

    def _inline(self, name: str, attrs: dict[str, str]) -> None:
        if name == f"{TEXT} s":
            self._add(" " * min(_count(attrs.get(f"{TEXT} c")), MAX_SPACES))
        elif name == f"{TEXT} tab":
            self._add("\t")
        elif name == f"{TEXT} line-break":
            self._add("\n")

    def end(self, name: str) -> None:
        if self.skip_depth:
            self.skip_depth -= 1
        elif name == self.within:
            self.inside -= 1
        elif name in self.paragraph_names:
            self._paragraph("".join(self.paragraphs.pop()))
        elif self.paragraphs:
            return
        elif name == f"{TABLE} table":
            self.table_depth -= 1
            if self.table_depth == 0:
                self._end_table()
        elif self.table_depth != 1:
            return
        elif name == f"{TABLE} table-row":
            self._end_row()
        elif name in CELLS and self.cell is not None:
            self._end_cell(name)

    def text(self, data: str) -> None:
        if self.paragraphs and not self.skip_depth:
            self._add(data)

    def _add(self, piece: str) -> None:
        self.paragraphs[-1].append(piece)
        self._spend(len(piece))

    def _spend(self, chars: int, cells: int = 0) -> None:
        self.chars += chars
        self.cells += cells
        if self.chars > self.max_chars or self.cells > MAX_CELLS:
            self.stopped = True
            raise _Enough

    def _paragraph(self, text: str) -> None:
        if self.within is not None and not self.inside:
            return
        if self.cell is not None:
            self.cell.append(text)
        elif not self.table_depth:
            self.lines.append(text)

    def _end_cell(self, name: str) -> None:
        assert self.cell is not None
        text = "\n".join(self.cell).strip()
        self.cell = None
        attrs = self.cell_attrs
        if not text:
            text = next((attrs[a].strip() for a in VALUE_ATTRIBUTES if a in attrs), "")
        if name == f"{TABLE} covered-table-cell":
            # python-docx repeats a merged cell's text in each column it spans (openpyxl does not)
            text = self.span_text if self.span_left > 0 and not self.spreadsheet else ""
            self.span_left -= 1
        else:
            self.span_text = text
            self.span_left = _count(attrs.get(f"{TABLE} number-columns-spanned")) - 1
        repeat = _count(attrs.get(f"{TABLE} number-columns-repeated"))
        if not text:
            self.empty_cells += repeat
            return
        self._fill("", self.empty_cells)
        self.empty_cells = 0
        self._fill(text, repeat)

    def _fill(self, text: str, repeat: int) -> None:
        repeat = min(repeat, MAX_COLUMNS - len(self.row))
        if repeat > 0:
            self._spend(len(text) * repeat, repeat)
            self.row.extend([text] * repeat)

    def _end_row(self) -> None:
        if not self.spreadsheet:
            self._fill("", self.empty_cells)  # a spreadsheet's trailing empties are unused columns
        row = self.row
        if self.spreadsheet and not row:
            return
        repeat = min(self.row_repeat, MAX_ROWS_PER_TABLE - len(self.rows))
        if repeat < self.row_repeat:
            self.stopped = True  # rows past the bound are left out: say the text is incomplete
        if repeat > 0:
            self._spend(sum(map(len, row)) * (repeat - 1), len(row) * (repeat - 1))
            self.rows.extend(list(row) for _ in range(repeat))

    def finish(self) -> None:
        """Keep what an early stop left open: the paragraphs and the table being read."""
        while self.paragraphs:
            self._paragraph("".join(self.paragraphs.pop()))
        if self.table_depth:
            self._end_table()

    def _end_table(self) -> None:
        if self.spreadsheet:  # as openpyxl gives them: every row as wide as the sheet's widest
            width = max(map(len, self.rows), default=0)
            for row in self.rows:
                row.extend([""] * (width - len(row)))
        self.tables.append(self.rows)


def read_odt(handle: IO[bytes], max_chars: int) -> Partial:
    """The text of an OpenDocument text: headers, paragraphs, then each table's rows, as DOCX."""
    archive = _open(handle)
    with archive:
        body = _Walker(max_chars)
        _parse(archive, "content.xml", body, required=True)
        header = _Walker(max_chars, within=f"{STYLE} header")
        _parse(archive, "styles.xml", header)
        title = _title(archive)
    lines = list(dict.fromkeys(line for line in header.lines if line.strip()))
    lines.extend(body.lines)
    lines.extend(row_line(row) for table in body.tables for row in table)
    text = "\n".join(lines)
    return Partial(
        text=text[:max_chars],
        text_truncated=body.stopped or len(text) > max_chars,
        tables=body.tables,
        metadata_title=title,
    )


def read_ods(handle: IO[bytes], max_chars: int) -> Partial:
    """Each sheet of an OpenDocument spreadsheet as a table; its rows tab-joined, as XLSX."""
    archive = _open(handle)
    with archive:
        sheets = _Walker(max_chars, spreadsheet=True)
        _parse(archive, "content.xml", sheets, required=True)
        title = _title(archive)
    lines = ["\t".join(c for c in row if c) for table in sheets.tables for row in table]
    text = "\n".join(lines)
    return Partial(
        text=text[:max_chars],
        text_truncated=sheets.stopped or len(text) > max_chars,
        tables=sheets.tables,
        metadata_title=title,
    )


def _open(handle: IO[bytes]) -> zipfile.ZipFile:
    """The archive, once inspected and known not to be encrypted."""
    try:
        inspect_container(handle)  # a file cut off before its zip index: said there
        archive = zipfile.ZipFile(handle)
    except RuntimeError as exc:  # zipfile's word for a password-protected (zip-encrypted) part
        raise ReadError(Problem.ENCRYPTED, ENCRYPTED) from exc
    except (zipfile.BadZipFile, zlib.error, OSError) as exc:
        raise ReadError(
            Problem.CORRUPT, "the document is damaged: its parts cannot be read"
        ) from exc
    try:
        with archive.open("META-INF/manifest.xml") as part:
            manifest = part.read(MANIFEST_LIMIT)
    except KeyError:
        manifest = b""  # the manifest is required, but a missing one hides nothing
    except (zipfile.BadZipFile, zlib.error, EOFError, RuntimeError) as exc:
        archive.close()
        raise ReadError(
            Problem.CORRUPT, "the document is damaged (its manifest cannot be read)"
        ) from exc
    if b"encryption-data" in manifest:
        archive.close()
        raise ReadError(Problem.ENCRYPTED, ENCRYPTED)
    return archive


def _parse(archive: zipfile.ZipFile, name: str, walker: _Walker, required: bool = False) -> None:
    """Stream one XML part through ``walker``; a missing optional part is skipped."""
    parser = expat.ParserCreate(namespace_separator=" ")
    parser.buffer_text = True
    parser.StartElementHandler = walker.start
    parser.EndElementHandler = walker.end
    parser.CharacterDataHandler = walker.text
    parser.StartDoctypeDeclHandler = _refuse_doctype
    parser.EntityDeclHandler = _refuse_doctype
    try:
        with archive.open(name) as part:
            while chunk := part.read(CHUNK):
                parser.Parse(chunk, False)
            parser.Parse(b"", True)
    except _Enough:
        pass
    except KeyError as exc:
        if required:
            raise ReadError(Problem.CORRUPT, f"the document is damaged (it has no {name})") from exc
    except expat.ExpatError as exc:
        if required:
            reason = expat.ErrorString(exc.code)
            raise ReadError(
                Problem.CORRUPT, f"the document is damaged ({name} is not well-formed: {reason})"
            ) from exc
    except (zipfile.BadZipFile, zlib.error, EOFError, RuntimeError) as exc:
        if required:
            raise ReadError(
                Problem.CORRUPT,
                f"the document is damaged ({name} is cut short or cannot be unpacked)",
            ) from exc
    walker.finish()  # a damaged optional part (header, title) costs only what it held


def _refuse_doctype(*_: object) -> None:
    raise ReadError(
        Problem.SUSPICIOUS_ARCHIVE,
        "an XML part declares a DOCTYPE, which OpenDocument never needs: not opened",
    )


def _title(archive: zipfile.ZipFile) -> str | None:
    """The document's title from meta.xml, if it has one."""
    meta = _Walker(MAX_TITLE, paragraphs=frozenset({f"{DC} title"}))
    _parse(archive, "meta.xml", meta)
    return next((line.strip() for line in meta.lines if line.strip()), None)


def _count(value: str | None) -> int:
    """A repeat or span count: at least 1, and never more than a sane bound."""
    if not value or not (value.isascii() and value.isdigit()):
        return 1
    return max(1, int(value)) if len(value) <= 9 else 999_999_999
