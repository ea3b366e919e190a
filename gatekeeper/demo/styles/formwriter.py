"""Write a form of boxes (merged cells, shaded labels, tick boxes) as a Word document or a PDF."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from gatekeeper.demo.styles.base import EMPTY, TICKED, Block, Grid
from gatekeeper.demo.writers import steady_pdf, steady_zip

FONT = "Helvetica"


def write_form(path: Path, fmt: str, blocks: list[Block], page_header: list[str]) -> None:
    """Write ``blocks`` to ``path`` as DOCX when ``fmt`` is 'docx', else as PDF."""
    if fmt == "docx":
        write_form_docx(path, blocks, page_header)
    else:
        write_form_pdf(path, blocks, page_header)


def _check(grid: Grid) -> None:
    for row in grid.rows:
        assert sum(cell.span for cell in row) == grid.columns, row


def write_form_docx(path: Path, blocks: list[Block], page_header: list[str]) -> None:
    """A Word form: the page header in the section header, boxes as a bordered table."""
    import docx

    document = docx.Document()
    header = document.sections[0].header
    for index, line in enumerate(page_header):
        paragraph = header.paragraphs[0] if index == 0 else header.add_paragraph()
        paragraph.text = line
    for block in blocks:
        if isinstance(block, Grid):
            _docx_grid(document, block)
        elif block == "\f":
            document.add_page_break()  # type: ignore[no-untyped-call]
        elif block.startswith("# "):
            document.add_heading(block[2:], level=1)
        else:
            document.add_paragraph(block)
    buffer = io.BytesIO()
    document.save(buffer)
    path.write_bytes(steady_zip(buffer.getvalue()))


def _docx_grid(document: Any, grid: Grid) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    _check(grid)
    table = document.add_table(rows=0, cols=grid.columns)
    table.style = "Table Grid"
    for row in grid.rows:
        cells = table.add_row().cells
        column = 0
        for box in row:
            cell = cells[column]
            if box.span > 1:
                cell = cell.merge(cells[column + box.span - 1])
            column += box.span
            run = cell.paragraphs[0].add_run(box.text)
            if box.label:
                run.bold = True
                shading = OxmlElement("w:shd")
                shading.set(qn("w:val"), "clear")
                shading.set(qn("w:fill"), "D9D9D9")
                cell._tc.get_or_add_tcPr().append(shading)


def _latin1(text: str) -> str:
    """The PDF font is latin-1 only: tick boxes become [X] and [ ]."""
    text = text.replace(TICKED, "[X]").replace(EMPTY, "[ ]")
    return text.encode("latin-1", "replace").decode("latin-1")


def write_form_pdf(path: Path, blocks: list[Block], page_header: list[str]) -> None:
    """A PDF form: the page header at the top right, boxes drawn as a table with borders."""
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    pdf = steady_pdf(FPDF(format="A4"))
    pdf.set_auto_page_break(auto=True, margin=15)
    pdf.add_page()
    pdf.set_font(FONT, size=8)
    for line in page_header:
        pdf.multi_cell(0, 4, _latin1(line), align="R", new_x="LMARGIN", new_y="NEXT")
    label = FontFace(emphasis="BOLD", fill_color=(217, 217, 217))
    for block in blocks:
        if isinstance(block, Grid):
            _check(block)
            pdf.set_font(FONT, size=9)
            with pdf.table(first_row_as_headings=False, line_height=5, text_align="LEFT") as table:
                for row in block.rows:
                    cells = table.row()
                    for box in row:
                        style = label if box.label else None
                        cells.cell(_latin1(box.text), colspan=box.span, style=style)
            pdf.ln(2)
        elif block == "\f":
            pdf.add_page()
        elif block.startswith("# "):
            pdf.set_font(FONT, style="B", size=13)
            pdf.multi_cell(0, 7, _latin1(block[2:]), new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font(FONT, size=10)
            pdf.multi_cell(0, 5, _latin1(block) or " ", new_x="LMARGIN", new_y="NEXT")
    path.write_bytes(bytes(pdf.output()))
