"""Read DOCX and XLSX after inspecting the zip container, so a bomb never reaches a parser."""

from __future__ import annotations

import posixpath
import re
import zipfile
import zlib
from typing import IO, Any

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
MAX_DECLARED_COLUMNS = 1_000
MAX_GRID_SPAN = 64  # Word's tables have at most 63 columns; a larger span repeats a cell no more


CUT_OFF = (
    "the document is incomplete (the index at the end of the file is missing): it was probably "
    "cut off while being copied or downloaded; ask for the complete file"
)


def _part_fault(exc: BaseException) -> str:
    """What went wrong inside an Office file, in plain words, never the library's message."""
    if isinstance(exc, KeyError):
        return "a part it needs is missing"
    if isinstance(exc, (zlib.error, EOFError)):
        return "a part is cut short or cannot be unpacked"
    if isinstance(exc, zipfile.BadZipFile):
        return "its parts cannot be found in it"
    return "a part is not written as Office writes it"


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
        handle.seek(0)
        if handle.read(4) == b"PK\x03\x04":
            # its parts begin as a zip's do, but the index at its end is missing
            raise ReadError(Problem.TRUNCATED, CUT_OFF) from exc
        raise ReadError(
            Problem.CORRUPT, "the document is damaged: its parts cannot be found in it"
        ) from exc
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
    """Read a Word document's text, tables and title straight from its XML parts.

    Only the main part, the default headers its sections use and the core properties are
    parsed (with lxml, once each, entities and network off). The text and tables are what
    python-docx gives (its ``iter_inner_content``, ``_Row.cells`` and ``section.header``
    rules: merged cells repeated, a section without a header inherits the one before), with
    these additions, which python-docx skips:

    - content controls (``w:sdt``) in the body, a header, a table, a row, a cell or a
      paragraph are read in place, as if their content stood there;
    - tracked insertions (``w:ins``, ``w:moveTo``) are read and tracked deletions are not: the
      text is the document as Word displays it, changes shown as made;
    - simple fields, smart tags, custom XML and bidi wrappers are read through to their runs.
    """
    inspect_container(handle)
    from lxml import etree

    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, huge_tree=False, remove_blank_text=True
    )
    damaged = (KeyError, ValueError, EOFError, zipfile.BadZipFile, zlib.error, etree.LxmlError)
    try:
        with zipfile.ZipFile(handle) as archive:
            return _read_package(_Package(archive, parser), max_chars)
    except damaged as exc:
        # The library's words only in the chain: they may quote the document's own text.
        raise ReadError(
            Problem.CORRUPT, f"the Word document is damaged ({_part_fault(exc)})"
        ) from exc
    finally:
        handle.seek(0)


# WordprocessingML names, in lxml's {namespace}tag form, so that matching a tag is one compare.
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_RELATIONSHIP = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_OFFICE_DOCUMENT = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
)
_CORE_PROPERTIES = (
    "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
)
_DC_TITLE = "{http://purl.org/dc/elements/1.1/}title"
_DOCUMENT, _BODY, _P, _PPR, _SECT_PR, _TBL, _TR, _TC = (
    _W + t for t in ("document", "body", "p", "pPr", "sectPr", "tbl", "tr", "tc")
)
_TR_PR, _TC_PR, _GRID_BEFORE, _GRID_SPAN, _V_MERGE = (
    _W + t for t in ("trPr", "tcPr", "gridBefore", "gridSpan", "vMerge")
)
_SDT, _SDT_CONTENT, _CUSTOM_XML = _W + "sdt", _W + "sdtContent", _W + "customXml"
_HEADER_REFERENCE, _R, _T, _BR = _W + "headerReference", _W + "r", _W + "t", _W + "br"
_VAL, _TYPE = _W + "val", _W + "type"
# Text each empty run element stands for (a w:br's depends on its type: see _run_text).
_RUN_SYMBOLS = {_W + "tab": "\t", _W + "ptab": "\t", _W + "cr": "\n", _W + "noBreakHyphen": "-"}
# Inside a paragraph, the wrappers whose runs Word shows: links, content controls, tracked
# insertions and moves (not w:del, w:moveFrom: what was taken out), fields, tags, bidi text.
_INLINE_WRAPPERS = frozenset(
    _W + t
    for t in (
        "hyperlink",
        "sdt",
        "ins",
        "moveTo",
        "fldSimple",
        "smartTag",
        "customXml",
        "dir",
        "bdo",
    )
)
_BLOCK_WRAPPERS = frozenset((_SDT, _CUSTOM_XML))


class _Package:
    """The parts of an open package, parsed on demand, each at most once."""

    def __init__(self, archive: zipfile.ZipFile, parser: Any) -> None:
        self.archive = archive
        self.parser = parser
        self._parsed: dict[str, Any] = {}

    def xml(self, name: str) -> Any:
        """The root element of part ``name``; KeyError if the package has no such part."""
        if name not in self._parsed:
            from lxml import etree

            self._parsed[name] = etree.fromstring(self.archive.read(name), self.parser)
        return self._parsed[name]

    def has(self, name: str) -> bool:
        try:
            self.archive.getinfo(name)
        except KeyError:
            return False
        return True

    def relationships(self, source: str) -> dict[str, tuple[str, str]]:
        """Part ``source``'s internal relationships: id -> (type, target part name).

        ``source`` is "" for the package's own; a part without relationships has none.
        """
        folder, _, base = source.rpartition("/")
        rels = f"{folder}/_rels/{base}.rels" if folder else f"_rels/{base}.rels"
        if not self.has(rels):
            return {}
        found: dict[str, tuple[str, str]] = {}
        for rel in self.xml(rels).iterchildren(_RELATIONSHIP):
            target = rel.get("Target")
            if rel.get("TargetMode") == "External" or not target:
                continue
            name = posixpath.normpath(posixpath.join("/", folder, target)).lstrip("/")
            found[rel.get("Id", "")] = (rel.get("Type", ""), name)
        return found


def _read_package(package: _Package, max_chars: int) -> Partial:
    package_rels = package.relationships("")
    main = _first_of(package_rels, _OFFICE_DOCUMENT) or "word/document.xml"
    root = package.xml(main)
    if root.tag != _DOCUMENT:
        raise ValueError(f"its main part '{main}' is not a Word document")
    body = root.find(_BODY)
    lines = _header_lines(package, main, body) if body is not None else []
    tables: list[list[list[str]]] = []
    if body is not None:
        _read_blocks(body, lines, tables)
    text = "\n".join(lines)
    core = _first_of(package_rels, _CORE_PROPERTIES)
    title_element = package.xml(core).find(_DC_TITLE) if core else None
    title = (title_element.text or "").strip() if title_element is not None else ""
    return Partial(
        text=text[:max_chars],
        text_truncated=len(text) > max_chars,
        tables=tables,
        metadata_title=title or None,
    )


def _first_of(rels: dict[str, tuple[str, str]], rel_type: str) -> str | None:
    return next((name for kind, name in rels.values() if kind == rel_type), None)


def _header_lines(package: _Package, main: str, body: Any) -> list[str]:
    """Each section's default header's non-blank paragraphs, as python-docx lists them.

    A section without a default header shows the previous section's; the sections are the
    ``w:sectPr`` of the body's paragraphs and the body's own, in order.
    """
    sections = []
    for sect in body.iter(_SECT_PR):  # a walk in C; most paragraphs have no w:sectPr
        parent = sect.getparent()
        if parent is body or (
            parent.tag == _PPR
            and (paragraph := parent.getparent()).tag == _P
            and paragraph.getparent() is body
        ):
            sections.append(sect)
    rels: dict[str, tuple[str, str]] | None = None
    lines: list[str] = []
    current: list[str] = []  # the lines of the header in force
    for sect in sections:
        ref = next(
            (r for r in sect.iterchildren(_HEADER_REFERENCE) if r.get(_TYPE) == "default"), None
        )
        if ref is not None:
            if rels is None:
                rels = package.relationships(main)
            header = package.xml(rels[ref.get(_R_ID, "")][1])
            current = [t for t in map(_paragraph_text, _paragraphs(header)) if t.strip()]
        lines.extend(current)
    return lines


def _paragraphs(container: Any) -> list[Any]:
    """A block container's paragraphs (not those in its tables), content controls opened."""
    found = []
    for child in container:
        if child.tag == _P:
            found.append(child)
        elif child.tag in _BLOCK_WRAPPERS and (content := _content_of(child)) is not None:
            found.extend(_paragraphs(content))
    return found


def _content_of(wrapper: Any) -> Any:
    """What a w:sdt shows (its w:sdtContent); other wrappers hold their content directly."""
    return wrapper.find(_SDT_CONTENT) if wrapper.tag == _SDT else wrapper


def _read_blocks(container: Any, lines: list[str], tables: list[list[list[str]]]) -> None:
    """Paragraphs and tables in document order: a form's boxes and typed text interleave."""
    for child in container:
        tag = child.tag
        if tag == _P:
            lines.append(_paragraph_text(child))
        elif tag == _TBL:
            rows = _table_rows(child)
            tables.append(rows)
            lines.extend(row_line(row) for row in rows)
        elif tag in _BLOCK_WRAPPERS and (content := _content_of(child)) is not None:
            _read_blocks(content, lines, tables)


def _paragraph_text(container: Any) -> str:
    """python-docx's paragraph text (its runs' and hyperlinks' runs'), plus the wrappers' runs.

    Children are matched in Python, not by ``iterchildren(*tags)``, which builds a matcher per
    call: a paragraph has few children and this is the hot loop.
    """
    text = ""
    for child in container:
        tag = child.tag
        if tag == _R:
            text += _run_text(child)
        elif tag in _INLINE_WRAPPERS and (content := _content_of(child)) is not None:
            text += _paragraph_text(content)
    return text


def _run_text(run: Any) -> str:
    """python-docx's run text: w:t's text, a tab or dash for their elements, a line break as a
    newline (a page or column break as nothing)."""
    text = ""
    for child in run:
        tag = child.tag
        if tag == _T:
            text += child.text or ""
        elif tag == _BR:
            text += "\n" if child.get(_TYPE, "textWrapping") == "textWrapping" else ""
        elif tag in _RUN_SYMBOLS:
            text += _RUN_SYMBOLS[tag]
    return text


def _table_rows(table: Any) -> list[list[str]]:
    """Each row's cells' stripped text, as python-docx's ``_Row.cells`` gives them.

    A cell spanning n grid columns appears n times; a vertically merged continuation cell
    repeats the cell where its merge starts (as often as that one spans). Rows that start
    late (w:gridBefore) or end early just have fewer cells.
    """
    rows: list[list[str]] = []
    above: dict[int, tuple[str, int]] = {}  # grid offset -> (text, span) of the row above
    for row in _children(table, _TR):
        cells: list[str] = []
        starts: dict[int, tuple[str, int]] = {}
        offset = _int_val(row.find(_TR_PR), _GRID_BEFORE, 0)
        for cell in _children(row, _TC):
            properties = cell.find(_TC_PR)
            span = _int_val(properties, _GRID_SPAN, 1)
            merge = properties.find(_V_MERGE) if properties is not None else None
            resolved = None
            if merge is not None and merge.get(_VAL, "continue") == "continue":
                # None when nothing above starts here: python-docx fails, we read the cell.
                resolved = above.get(offset)
            if resolved is None:
                text = "\n".join(map(_paragraph_text, _paragraphs(cell)))
                resolved = (text.strip(), min(span, MAX_GRID_SPAN))
            starts.setdefault(offset, resolved)
            cells.extend([resolved[0]] * resolved[1])
            offset += span
        rows.append(cells)
        above = starts
    return rows


def _children(parent: Any, tag: str) -> list[Any]:
    """``parent``'s ``tag`` children, with those inside content controls in their place."""
    found = []
    for child in parent:
        if child.tag == tag:
            found.append(child)
        elif child.tag in _BLOCK_WRAPPERS and (content := _content_of(child)) is not None:
            found.extend(_children(content, tag))
    return found


def _int_val(properties: Any, tag: str, default: int) -> int:
    """The w:val of ``properties``' ``tag`` child as a number, ``default`` if absent or unreadable."""
    element = properties.find(tag) if properties is not None else None
    if element is None:
        return default
    try:
        return int(element.get(_VAL, ""))
    except ValueError:
        return default


def read_xlsx(handle: IO[bytes], max_chars: int) -> Partial:
    import openpyxl

    inspect_container(handle)
    try:
        workbook = openpyxl.load_workbook(handle, read_only=True, data_only=True)
    except (KeyError, ValueError, zipfile.BadZipFile, TypeError, zlib.error) as exc:
        raise ReadError(
            Problem.CORRUPT, f"the spreadsheet is damaged ({_part_fault(exc)})"
        ) from exc
    tables: list[list[list[str]]] = []
    lines: list[str] = []
    try:
        for sheet in workbook.worksheets:
            rows: list[list[str]] = []
            if (sheet.max_column or 0) > MAX_DECLARED_COLUMNS:
                # One cell at XFD1048576 declares a sheet 16,384 cells wide: every row would be
                # padded to it. Read the cells that are there instead.
                sheet.reset_dimensions()
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
