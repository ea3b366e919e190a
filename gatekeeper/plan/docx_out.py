"""The plan as a Word document a gatekeeper can send as it is: header, table, contacts, pages."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from gatekeeper.plan.models import ActionPlan
from gatekeeper.plan.render import (
    PRIORITY_LABELS,
    action_details,
    contact_rows,
    header_lines,
    title,
)

COLUMNS = ("No.", "Action", "Owner", "Due", "Review", "Priority")
WIDTHS_CM = (1.1, 7.2, 2.3, 2.6, 2.6, 2.2)  # 18 cm: the A4 page within its margins
CONTACT_WIDTHS_CM = (3.0, 4.0, 3.2, 7.8)


def write_docx(plan: ActionPlan, path: Path, notes: bool = False) -> None:
    """Write the plan as a Word document to send as it is; ``notes``: include the warnings."""
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm, Pt

    document = Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Cm(1.5))
    section.top_margin = section.bottom_margin = Cm(1.8)
    style = document.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(10)

    document.add_heading(title(plan), level=1)
    for line in header_lines(plan):
        document.add_paragraph(line)
    document.add_heading("Direct contacts", level=2)
    contacts = document.add_table(rows=1, cols=4)
    contacts.style = "Table Grid"
    for cell, label in zip(contacts.rows[0].cells, ("", "Name", "Phone", "E-mail"), strict=True):
        cell.text = ""
        cell.paragraphs[0].add_run(label).bold = True
    for row in contact_rows(plan):
        for cell, value in zip(contacts.add_row().cells, row, strict=True):
            cell.text = value
    _fix_widths(contacts, CONTACT_WIDTHS_CM)

    if notes and plan.warnings:
        document.add_heading("Before sending (notes for the gatekeeper)", level=2)
        for warning in plan.warnings:
            document.add_paragraph(warning, style="List Bullet")

    document.add_heading("Actions", level=2)
    if plan.actions:
        table = document.add_table(rows=1, cols=len(COLUMNS))
        table.style = "Table Grid"
        for cell, label in zip(table.rows[0].cells, COLUMNS, strict=True):
            cell.text = ""
            cell.paragraphs[0].add_run(label).bold = True
        _repeat_header(table.rows[0])
        for action in plan.actions:
            cells = table.add_row().cells
            cells[0].text = action.id
            words = cells[1].paragraphs[0]
            words.add_run(action.action)
            for detail in action_details(action):
                run = cells[1].add_paragraph().add_run(detail)
                run.font.size = Pt(8)
                run.italic = detail.startswith("Unrealistic")
            cells[2].text = action.owner
            cells[3].text = f"{action.due:%d/%m/%Y}"
            cells[4].text = f"{action.review:%d/%m/%Y}"
            cells[5].text = PRIORITY_LABELS[action.priority.value]
        _fix_widths(table, WIDTHS_CM)
    else:
        document.add_paragraph("No actions: no rule fails.")

    if plan.to_decide:
        document.add_heading("For the gatekeeper to decide (not actions yet)", level=2)
        for item in plan.to_decide:
            paragraph = document.add_paragraph(style="List Bullet")
            paragraph.add_run(f"{item.rule}: {item.title}. ").bold = True
            paragraph.add_run(item.message)

    _page_numbers(section.footer.paragraphs[0], plan)
    document.core_properties.title = title(plan)
    document.save(str(path))


def _repeat_header(row: Any) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    properties = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)


def _page_numbers(paragraph: Any, plan: ActionPlan) -> None:
    """ "URN ... - Page X of Y" with PAGE and NUMPAGES fields, which Word fills in."""
    paragraph.add_run(f"Action plan URN {plan.urn or '-'}, {plan.date:%d/%m/%Y}. Page ")
    _field(paragraph, "PAGE")
    paragraph.add_run(" of ")
    _field(paragraph, "NUMPAGES")


def _field(paragraph: Any, instruction: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def char(kind: str) -> Any:
        element = OxmlElement("w:fldChar")
        element.set(qn("w:fldCharType"), kind)
        return element

    begin = paragraph.add_run()
    begin._r.append(char("begin"))
    code = paragraph.add_run()
    text = OxmlElement("w:instrText")
    text.set(qn("xml:space"), "preserve")
    text.text = f" {instruction} "
    code._r.append(text)
    separate = paragraph.add_run()
    separate._r.append(char("separate"))
    paragraph.add_run("1")  # shown until the field is updated
    end = paragraph.add_run()
    end._r.append(char("end"))


def _fix_widths(table: Any, widths_cm: tuple[float, ...]) -> None:
    """Column widths as given, in the table's grid and in every cell: Word reads the cells,
    LibreOffice the grid, and without both the action text is squeezed into a narrow column."""
    from docx.shared import Cm

    table.autofit = False
    for column, width in zip(table.columns, widths_cm, strict=True):
        column.width = Cm(width)
    for row in table.rows:
        for cell, width in zip(row.cells, widths_cm, strict=True):
            cell.width = Cm(width)
