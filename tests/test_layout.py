"""PDF pages read as positioned text (gatekeeper.extract.layout): real PDFs drawn with fpdf2."""

from __future__ import annotations

from pathlib import Path

import pytest
from fpdf import FPDF

from gatekeeper.extract.pdf import read_pdf


def _read(path: Path) -> tuple[str, list[list[list[str]]]]:
    with path.open("rb") as handle:
        partial, _ = read_pdf(handle, 1_000_000)
    return partial.text, partial.tables


def _pdf() -> FPDF:
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_font("Helvetica", size=10)
    return pdf


@pytest.fixture(scope="module")
def schedule(tmp_path_factory) -> Path:
    """A schedule over three pages: running head and foot, its heading row repeated on each."""
    pdf = _pdf()
    items = [(str(n), f"Entry {n} described in full", "Retained") for n in range(1, 61)]
    per_page = 25
    for page, start in enumerate(range(0, len(items), per_page), start=1):
        pdf.add_page()
        pdf.set_xy(10, 8)
        pdf.cell(0, 5, "OFFICIAL-SENSITIVE when complete")
        pdf.set_xy(10, 16)
        pdf.cell(0, 6, "SCHEDULE OF NON-SENSITIVE UNUSED MATERIAL")
        pdf.set_xy(10, 26)
        for cells in [("Item no.", "Description", "Location"), *items[start : start + per_page]]:
            for width, text in zip((20, 110, 40), cells, strict=True):
                pdf.cell(width, 8, text, border=1)
            pdf.ln(8)
        pdf.set_xy(10, 285)
        pdf.cell(0, 5, f"MG6C | 47DE0123426 | Page {page} of 3")
    path = tmp_path_factory.mktemp("layout") / "schedule.pdf"
    pdf.output(str(path))
    return path


def test_running_heads_and_feet_are_dropped(schedule):
    text, _ = _read(schedule)
    assert "Page 2 of 3" not in text and "Page 1 of 3" not in text
    assert "OFFICIAL-SENSITIVE" not in text
    assert text.count("SCHEDULE OF NON-SENSITIVE UNUSED MATERIAL") == 1  # a title, kept once


def test_a_table_over_pages_is_one_table_without_its_repeated_heading(schedule):
    _, tables = _read(schedule)
    (table,) = [t for t in tables if t and t[0][:2] == ["Item no.", "Description"]]
    assert len(table) == 61
    assert table[60] == ["60", "Entry 60 described in full", "Retained"]


@pytest.fixture(scope="module")
def form(tmp_path_factory) -> Path:
    """A national form's boxes: a label wrapped over two lines beside its value, a URN written
    one character to a box, an empty signature box."""
    pdf = _pdf()
    pdf.add_page()
    pdf.set_xy(10, 10)
    pdf.cell(0, 6, "WITNESS STATEMENT")
    y = 20
    pdf.set_xy(10, y)
    pdf.cell(30, 8, "URN", border=1)
    for index, char in enumerate("47DE0123426"):
        pdf.set_xy(40 + 8 * index, y)
        pdf.cell(8, 8, char, border=1, align="C")
    y += 12
    pdf.set_xy(10, y)
    pdf.multi_cell(50, 6, "Victim and witness needs\n(interpreter, intermediary)", border=1)
    pdf.set_xy(60, y)
    pdf.multi_cell(130, 12, "No interpreter; an intermediary assessed her.", border=1)
    y += 16
    for label, value in (("Signature", ""), ("Date", "18/03/2026")):
        pdf.set_xy(10, y)
        pdf.cell(50, 8, label, border=1)
        pdf.cell(130, 8, value, border=1)
        y += 8
    path = tmp_path_factory.mktemp("layout") / "form.pdf"
    pdf.output(str(path))
    return path


def test_a_value_in_separate_boxes_is_joined(form):
    text, _ = _read(form)
    assert "URN\t47DE0123426" in text


def test_a_label_wrapped_over_two_lines_is_one_label_beside_its_value(form):
    _, tables = _read(form)
    rows = [[cell for cell in row if cell] for table in tables for row in table]
    assert [
        "Victim and witness needs (interpreter, intermediary)",
        "No interpreter; an intermediary assessed her.",
    ] in rows


def test_an_empty_box_is_read_as_empty(form):
    from gatekeeper.statements import parse_statement

    text, tables = _read(form)
    assert ["Signature", "", ""] in [row for table in tables for row in table]
    parts = parse_statement(text, tables)
    assert parts.signature_box and not parts.signed


def test_a_bulleted_list_under_ruled_headings_is_prose_not_a_table(tmp_path):
    """A bullet drawn apart from its item's words is list furniture: the items stay lines of
    their own, and the heading after the list is not pulled into the list's "row"."""
    pdf = _pdf()
    pdf.core_fonts_encoding = "windows-1252"  # the core fonts' own bullet
    pdf.add_page()
    pdf.set_xy(15, 20)
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 7, "4. Needs of the witness")
    pdf.line(15, 28, 195, 28)
    pdf.set_font("Helvetica", size=10)
    y = 32.0
    for item in ("Screens at court: she asked for them.", "Interpreter: not needed.",
                 "Religion: recorded in the MG2."):  # fmt: skip
        pdf.set_xy(17, y)
        pdf.cell(3, 5, "\u2022")
        pdf.set_xy(22, y)
        pdf.cell(0, 5, item)
        y += 6
    pdf.set_xy(15, y + 3)
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 7, "5. Early advice")
    pdf.line(15, y + 11, 195, y + 11)
    pdf.set_font("Helvetica", size=10)
    pdf.set_xy(15, y + 14)
    pdf.cell(0, 5, "Sought on 02/02/2026 from the CPS duty lawyer.")
    path = tmp_path / "bullets.pdf"
    pdf.output(str(path))
    text, tables = _read(path)
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    assert "\u2022 Religion: recorded in the MG2." in lines
    assert "5. Early advice" in lines
    assert not tables


def test_a_signature_drawn_stroke_by_stroke_is_ink_and_box_edges_are_not(tmp_path):
    """A signature drawn as a polyline of short segments, each a path of its own (as fpdf2's
    line() draws it), reads as ink beside its label; a row of upright boxes does not."""
    import math

    pdf = _pdf()
    pdf.add_page()
    pdf.text(20, 40, "Signature:")
    x, y = 45.0, 40.0
    for step in range(24):
        nx = x + 1.2
        ny = 40.0 + 3.0 * math.sin(step * 0.9)
        pdf.line(x, y, nx, ny)
        x, y = nx, ny
    pdf.text(90, 40, "Date: 01/02/2026")
    pdf.text(20, 60, "URN")
    for box in range(11):
        pdf.rect(35 + 6 * box, 55, 5, 6)
    pdf.text(20, 80, "Signature:")
    pdf.text(90, 80, "Date: 01/02/2026")
    path = tmp_path / "drawn.pdf"
    pdf.output(str(path))
    lines = _read(path)[0].splitlines()
    signed = [line for line in lines if line.startswith("Signature")]
    assert "[ink]" in signed[0] and "[ink]" not in signed[1], signed
    assert not any("[ink]" in line for line in lines if line.startswith("URN")), lines
