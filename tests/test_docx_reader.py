"""The lxml Word reader gives what python-docx gave, plus content controls and tracked insertions.

The oracle is the python-docx reader it replaced, kept here only: every document the project's
generators write (plain, forms with merged cells and tick boxes, all three styles) must read
the same. Documents built here with raw XML show what python-docx missed.
"""

from __future__ import annotations

import copy
import io
import zipfile
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from gatekeeper.demo import CaseSpec, build_case
from gatekeeper.demo.styles.base import EMPTY, TICKED
from gatekeeper.demo.writers import write_docx
from gatekeeper.extract.office import read_docx
from gatekeeper.extract.result import Partial, ReadError
from gatekeeper.models import Problem
from gatekeeper.tables import row_line

MAX_CHARS = 400_000


def python_docx_reader(data: bytes, max_chars: int = MAX_CHARS) -> Partial:
    """The reader before issue 6, as it was (less its error handling): the oracle."""
    from docx.table import Table

    document = docx.Document(io.BytesIO(data))
    lines: list[str] = []
    for section in document.sections:
        lines.extend(p.text for p in section.header.paragraphs if p.text.strip())
    tables: list[list[list[str]]] = []
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


def read(data: bytes, max_chars: int = MAX_CHARS) -> Partial:
    return read_docx(io.BytesIO(data), max_chars)


def saved(document: Any) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


# -- (a) what the project's generators write reads exactly as before ------------------------


def test_plain_documents_read_as_python_docx_read_them(tmp_path: Path) -> None:
    lines = ["# Statement of PC Example", "First line", "", "\f", "  spaced  ", "Tab\there"]
    table = [["Exhibit", "Description"], ["JB/1", f"{TICKED} seized"], ["JB/2", EMPTY]]
    write_docx(tmp_path / "a.docx", lines, table=table, title="  MG11 witness statement ")
    write_docx(tmp_path / "b.docx", ["only a line"])
    for path in (tmp_path / "a.docx", tmp_path / "b.docx"):
        data = path.read_bytes()
        assert read(data) == python_docx_reader(data)
        assert read(data, 10) == python_docx_reader(data, 10)
    assert read((tmp_path / "a.docx").read_bytes()).metadata_title == "MG11 witness statement"


@pytest.mark.parametrize("style", ["standard", "national", "prose"])
def test_demo_case_documents_read_as_python_docx_read_them(tmp_path: Path, style: str) -> None:
    written = build_case(CaseSpec(style=style, mg3_form="table"), tmp_path)  # type: ignore[arg-type]
    documents = [path for path in written if path.suffix == ".docx"]
    assert len(documents) >= 5
    merged = False
    for path in documents:
        data = path.read_bytes()
        new = read(data)
        assert new == python_docx_reader(data), path.name
        merged |= any(len(set(row)) < len(row) for table in new.tables for row in table)
    assert merged or style != "national"  # the national forms' merged boxes were compared


# -- (b) what python-docx missed, and the rules it set that still hold ------------------------

W = nsdecls("w")


def parsed(xml: str) -> Any:
    """One element from its XML, the w: prefix declared on its first tag."""
    first = xml.split(">", 1)[0].rstrip("/")
    return parse_xml(xml.replace(first, f"{first} {W}", 1))


def add(document: Any, xml: str) -> None:
    """Insert one block (a w:p, w:tbl or w:sdt given as XML) at the end of the body."""
    document.element.body.sectPr.addprevious(parsed(xml))


def run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def built(controls: bool) -> bytes:
    """A document with one of each feature; ``controls`` adds content controls and revisions."""
    document = docx.Document()
    document.core_properties.title = "Case file"
    document.sections[0].header.paragraphs[0].text = "RESTRICTED"
    add(
        document,
        f"<w:p>{run('See ')}<w:hyperlink w:anchor='x'>{run('the link')}</w:hyperlink></w:p>",
    )
    breaks = (
        "<w:r><w:t>A</w:t><w:tab/><w:t>B</w:t><w:br/><w:t>C</w:t><w:br w:type='page'/>"
        "<w:t>D</w:t><w:noBreakHyphen/><w:t>E</w:t><w:cr/><w:t>F</w:t>"
        "<w:br w:type='column'/><w:ptab w:relativeTo='margin' w:alignment='right' w:leader='none'/>"
        "<w:t>G</w:t><w:br w:type='textWrapping'/></w:r>"
    )
    add(document, f"<w:p>{breaks}</w:p>")
    table = document.add_table(rows=3, cols=3)
    top = table.cell(0, 0).merge(table.cell(0, 1))
    top.text = "Name"
    table.cell(0, 2).text = "Ref"
    table.cell(1, 0).text = "a"
    table.cell(1, 1).text = "b"
    right = table.cell(1, 2).merge(table.cell(2, 2))
    right.text = "V\nW"
    table.cell(2, 0).text = "c"
    table.cell(2, 1).text = "d"
    if controls:
        add(
            document,
            f"<w:sdt><w:sdtPr/><w:sdtContent><w:p>{run('Officer: PC 123')}</w:p></w:sdtContent></w:sdt>",
        )
        add(
            document,
            f"<w:p>{run('Date: ')}<w:sdt><w:sdtContent>{run('01/02/2026')}</w:sdtContent></w:sdt>"
            f"{run(' (sworn)')}</w:p>",
        )
        add(
            document,
            f"<w:p>{run('The suspect ')}<w:del w:id='1' w:author='x'><w:r><w:delText>denied"
            f"</w:delText></w:r></w:del><w:ins w:id='2' w:author='x'>{run('admitted')}</w:ins>"
            f"{run(' it')}</w:p>",
        )
        add(
            document,
            f"<w:p><w:fldSimple w:instr='PAGE'>{run('3')}</w:fldSimple>"
            f"<w:smartTag w:uri='u' w:element='place'>{run(' Leeds')}</w:smartTag></w:p>",
        )
        cell = table.cell(2, 1)._tc
        control = f"<w:sdt><w:sdtContent><w:p>{run('in a control')}</w:p></w:sdtContent></w:sdt>"
        cell.append(parsed(control))
    # A second section without a header of its own shows the first one's.
    body = document.element.body
    first = copy.deepcopy(body.sectPr)
    add(document, "<w:p><w:pPr/></w:p>")
    body.sectPr.getprevious().find(qn("w:pPr")).append(first)
    for reference in body.sectPr.findall(qn("w:headerReference")):
        body.sectPr.remove(reference)
    add(document, f"<w:p>{run('Second section')}</w:p>")
    return saved(document)


def test_features_python_docx_read_still_read_the_same() -> None:
    data = built(controls=False)
    new = read(data)
    assert new == python_docx_reader(data)
    assert new.text.split("\n")[:4] == ["RESTRICTED", "RESTRICTED", "See the link", "A\tB"]
    assert "CD-E" in new.text and "F\tG" in new.text
    assert new.tables == [[["Name", "Name", "Ref"], ["a", "b", "V\nW"], ["c", "d", "V\nW"]]]
    assert new.metadata_title == "Case file"


def test_content_controls_and_tracked_insertions_are_read() -> None:
    data = built(controls=True)
    new = read(data)
    assert new.text == "\n".join(
        [
            "RESTRICTED",
            "RESTRICTED",  # the second section inherits the first one's header
            "See the link",
            "A\tB\nCD-E\nF\tG\n",
            "Name\tRef",
            "a\tb\tV\nW",
            "c\td\nin a control\tV\nW",
            "Officer: PC 123",
            "Date: 01/02/2026 (sworn)",
            "The suspect admitted it",
            "3 Leeds",
            "",  # the paragraph that ends the first section
            "Second section",
        ]
    )
    assert new.tables[0][2] == ["c", "d\nin a control", "V\nW"]
    old = python_docx_reader(data)
    assert "Officer" not in old.text and "01/02/2026" not in old.text  # what python-docx missed


def test_a_table_inside_a_content_control_is_a_table() -> None:
    document = docx.Document()
    add(
        document,
        "<w:sdt><w:sdtContent><w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>"
        f"<w:tr><w:tc><w:p>{run('Exhibit')}</w:p></w:tc><w:tc><w:p>{run('JB/1')}</w:p></w:tc></w:tr>"
        "<w:sdt><w:sdtContent><w:tr><w:tc><w:p>" + run("Seized") + "</w:p></w:tc>"
        "<w:sdt><w:sdtContent><w:tc><w:p>" + run("yes") + "</w:p></w:tc></w:sdtContent></w:sdt>"
        "</w:tr></w:sdtContent></w:sdt></w:tbl></w:sdtContent></w:sdt>",
    )
    new = read(saved(document))
    assert new.tables == [[["Exhibit", "JB/1"], ["Seized", "yes"]]]
    assert new.text.endswith("Exhibit\tJB/1\nSeized\tyes")


def test_a_huge_span_repeats_a_cell_no_more_than_a_table_has_columns() -> None:
    document = docx.Document()
    add(
        document,
        "<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val='2000000000'/></w:tcPr>"
        f"<w:p>{run('x')}</w:p></w:tc></w:tr></w:tbl>",
    )
    assert read(saved(document)).tables == [[["x"] * 64]]


# -- (c) damaged packages -------------------------------------------------------------------


def rezip(data: bytes, replace: dict[str, bytes | None]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            content = replace.get(info.filename, source.read(info.filename))
            if content is not None:
                target.writestr(info, content)
    return out.getvalue()


def header_part(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return next(n for n in archive.namelist() if n.startswith("word/header"))


@pytest.mark.parametrize(
    ("damage", "problems"),
    [
        ("truncated", {Problem.CORRUPT, Problem.TRUNCATED}),
        ("no document.xml", {Problem.CORRUPT}),
        ("malformed document.xml", {Problem.CORRUPT}),
        ("malformed header", {Problem.CORRUPT}),
        ("not a Word main part", {Problem.CORRUPT}),
    ],
)
def test_a_damaged_document_is_reported_damaged(damage: str, problems: set[Problem]) -> None:
    data = built(controls=False)
    damaged = {
        "truncated": lambda: data[: len(data) // 2],
        "no document.xml": lambda: rezip(data, {"word/document.xml": None}),
        "malformed document.xml": lambda: rezip(data, {"word/document.xml": b"<w:document><w:bo"}),
        "malformed header": lambda: rezip(data, {header_part(data): b"<w:hdr"}),
        "not a Word main part": lambda: rezip(data, {"word/document.xml": b"<x/>"}),
    }[damage]()
    with pytest.raises(ReadError) as caught:
        read(damaged)
    assert caught.value.problem in problems
    words = "cut off" if caught.value.problem is Problem.TRUNCATED else "damaged"
    assert words in caught.value.detail


def test_a_document_entity_is_refused_before_parsing() -> None:
    data = rezip(
        built(controls=False), {"word/document.xml": b'<!DOCTYPE x [<!ENTITY a "b">]><x/>'}
    )
    with pytest.raises(ReadError) as caught:
        read(data)
    assert caught.value.problem is Problem.SUSPICIOUS_ARCHIVE
