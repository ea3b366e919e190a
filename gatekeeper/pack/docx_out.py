"""The cover and index and the check report as DOCX (python-docx): the same rows as the PDFs."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from gatekeeper.models import Report
from gatekeeper.pack import content
from gatekeeper.pack.models import BundlePart, NotProcessed
from gatekeeper.pack.pdf_out import INDEX_WIDTHS

# Widths in mm: A4 landscape with 12 mm margins leaves 273 mm.
CASE_WIDTHS = (45, 228)
FINDING_WIDTHS = (19, 14, 17, 24, 42, 30, 38, 13, 21, 11, 11, 33)


def _document(title: str) -> Any:
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Mm, Pt

    doc = Document()
    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(297), Mm(210)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(12))
    doc.styles["Normal"].font.size = Pt(9)
    doc.core_properties.title = title
    doc.core_properties.author = "Gatekeeper"
    return doc


def _table(
    doc: Any,
    headings: Sequence[str] | None,
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
) -> None:
    """A table with the given column widths (mm), its heading row bold and repeated on each page."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    if not rows:
        return
    columns = len(widths)
    grid = doc.add_table(rows=0, cols=columns)
    grid.style = "Table Grid"
    grid.autofit = False
    if headings:
        cells = grid.add_row().cells
        for cell, text in zip(cells, headings, strict=False):
            cell.text = ""
            run = cell.paragraphs[0].add_run(xml_text(text))
            run.bold = True
        repeat = OxmlElement("w:tblHeader")
        repeat.set(qn("w:val"), "true")
        grid.rows[0]._tr.get_or_add_trPr().append(repeat)
    for values in rows:
        cells = grid.add_row().cells
        for cell, text in zip(cells, values, strict=False):
            cell.text = xml_text(str(text))
    for column, width in zip(grid.columns, widths, strict=True):
        column.width = Mm(width)
    for row in grid.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = Mm(width)
            for para in cell.paragraphs:
                for run in para.runs:
                    run.font.size = Pt(8)
    doc.add_paragraph()


# Characters XML 1.0 (and so Word) cannot hold: a quote from a document may carry one.
XML_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_text(text: str) -> str:
    """``text`` with the characters a Word document cannot hold shown as U+FFFD."""
    return XML_UNSAFE.sub("\ufffd", text)


def write_cover(
    path: Path,
    report: Report,
    parts: list[BundlePart],
    confidential: list[BundlePart],
    not_processed: list[NotProcessed],
    submission: str | None,
    renderer: str,
) -> None:
    urn = content.case_urn(report) or "no URN"
    doc = _document(f"Referral pack {urn}")
    doc.add_heading(f"Referral pack: {urn}", level=0)
    doc.add_paragraph("Prepared by Gatekeeper from the submission folder, which it never alters.")
    _table(doc, None, content.case_rows(report, submission), CASE_WIDTHS)
    _index(doc, parts, "Documents in the bundle (bundle.pdf), in reading order", "")
    if confidential:
        _index(
            doc,
            confidential,
            "Confidential to the prosecutor (confidential/bundle-confidential.pdf): "
            "not for service",
            "C",
        )
    doc.add_heading("Not processed", level=1)
    if not_processed:
        doc.add_paragraph("These files are listed here, and in the manifest with their hashes:")
        _table(doc, ("File", "Why not"), content.not_processed_rows(not_processed), (100, 173))
    else:
        doc.add_paragraph("Every file of the submission was read.")
    doc.add_heading("How the bundle was made", level=1)
    doc.add_paragraph(renderer)
    doc.save(str(path))


def _index(doc: Any, parts: list[BundlePart], title: str, prefix: str) -> None:
    doc.add_heading(title, level=1)
    if not parts:
        doc.add_paragraph("None.")
        return
    number = 0
    for section, group in content.by_section(parts):
        doc.add_heading(section, level=2)
        rows = content.index_rows(group, prefix)
        rows = [(str(number + i), *row[1:]) for i, row in enumerate(rows, 1)]
        number += len(rows)
        _table(doc, content.INDEX_HEADINGS, rows, INDEX_WIDTHS)


def write_report(path: Path, report: Report) -> None:
    urn = content.case_urn(report) or "no URN"
    doc = _document(f"Check report {urn}")
    doc.add_heading(f"Check report: {urn}", level=0)
    _table(doc, None, content.case_rows(report), CASE_WIDTHS)
    doc.add_heading("Outcome", level=1)
    doc.add_paragraph(xml_text(content.summary_line(report)))
    doc.add_heading("Findings", level=1)
    _table(doc, content.FINDING_HEADINGS, content.finding_rows(report), FINDING_WIDTHS)
    doc.add_heading("Decisions and corrections by a person", level=1)
    decisions = content.decision_rows(report)
    if decisions:
        _table(doc, ("What", "Outcome", "By", "Note"), decisions, (90, 35, 40, 108))
    else:
        doc.add_paragraph("None recorded.")
    doc.save(str(path))
