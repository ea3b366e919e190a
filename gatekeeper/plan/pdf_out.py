"""The plan as a PDF (fpdf2): the same content as the DOCX, a table, "Page X of Y"."""

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

# A Unicode font when the system has one; else the PDF core font, with the few characters it
# lacks spelt out (curly quotes, dashes, tick boxes).
UNICODE_FONTS = (
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
    Path("/usr/share/fonts/dejavu/DejaVuSans.ttf"),
    Path("/Library/Fonts/DejaVuSans.ttf"),
    Path("C:/Windows/Fonts/arial.ttf"),
)
PLAIN = str.maketrans(
    {
        "’": "'",
        "‘": "'",
        "“": '"',
        "”": '"',
        "–": "-",
        "—": "-",
        "…": "...",
        "☒": "[x]",
        "☐": "[ ]",
        "☑": "[x]",
        "✓": "v",
    }
)
MARKS = ("**", "__", "--", "~~")
COLUMNS = ("No.", "Action", "Owner", "Due", "Review", "Priority")
WIDTHS = (10, 101, 22, 20, 20, 17)  # mm, 190 in all: A4 portrait with 10 mm margins


def write_pdf(plan: ActionPlan, path: Path, notes: bool = False) -> None:
    """Write the plan as a PDF to send as it is; ``notes``: include the gatekeeper's warnings."""
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    class PlanPDF(FPDF):
        unicode = False
        body_font = "Helvetica"

        def footer(self) -> None:
            self.set_y(-12)
            self.set_font(self.body_font, size=8)
            self.cell(
                0,
                6,
                self.plain(
                    f"Action plan URN {plan.urn or '-'}, {plan.date:%d/%m/%Y}.   "
                    f"Page {self.page_no()} of {{nb}}"
                ),
                align="C",
            )

        def plain(self, text: str) -> str:
            if self.unicode:
                return text
            return text.translate(PLAIN).encode("latin-1", "replace").decode("latin-1")

    pdf = PlanPDF(format="A4")
    for candidate in UNICODE_FONTS:
        if candidate.is_file():
            pdf.add_font("Body", "", str(candidate))
            bold = candidate.with_name(candidate.stem + "-Bold.ttf")
            pdf.add_font("Body", "B", str(bold if bold.is_file() else candidate))
            pdf.unicode, pdf.body_font = True, "Body"
            break
    font = pdf.body_font
    header_style = FontFace(emphasis="BOLD", fill_color=(225, 230, 240))
    pdf.set_title(title(plan))
    pdf.set_margins(10, 12, 10)
    pdf.set_auto_page_break(auto=True, margin=16)
    pdf.add_page()

    def heading(text: str, size: int = 12) -> None:
        pdf.ln(2)
        pdf.set_font(font, "B", size)
        pdf.multi_cell(0, 7, pdf.plain(text), new_x="LMARGIN", new_y="NEXT", align="L")
        pdf.set_font(font, size=9)

    def paragraph(text: str, height: float = 5) -> None:
        pdf.multi_cell(0, height, pdf.plain(text), new_x="LMARGIN", new_y="NEXT", align="L")

    heading(title(plan), 15)
    for line in header_lines(plan):
        paragraph(line)
    heading("Direct contacts")
    pdf.set_font(font, size=9)
    with pdf.table(col_widths=(40, 45, 40, 65), headings_style=header_style, padding=1.2) as table:
        row: Any = table.row()
        for label in ("", "Name", "Phone", "E-mail"):
            row.cell(label)
        for values in contact_rows(plan):
            row = table.row()
            for value in values:
                row.cell(pdf.plain(value))
    if notes and plan.warnings:
        heading("Before sending (notes for the gatekeeper)")
        for warning in plan.warnings:
            paragraph(f"- {warning}")

    heading("Actions")
    if plan.actions:
        pdf.set_font(font, size=8.5)
        cells = [
            [
                action.id,
                pdf.plain(action.action),
                pdf.plain("\n".join(action_details(action))),
                pdf.plain(action.owner),
                f"{action.due:%d/%m/%Y}",
                f"{action.review:%d/%m/%Y}",
                PRIORITY_LABELS[action.priority.value],
            ]
            for action in plan.actions
        ]
        # The action in bold over its reason, through fpdf2's markdown, unless some text holds
        # what markdown would read as emphasis ("--" in a file name): then all plain.
        emphasis = not any(mark in text for row_ in cells for text in row_ for mark in MARKS)
        with pdf.table(
            col_widths=WIDTHS,
            headings_style=header_style,
            line_height=4.2,
            text_align=("LEFT", "LEFT", "LEFT", "LEFT", "LEFT", "LEFT"),
            padding=1.2,
            v_align="TOP",
            markdown=emphasis,
        ) as table:
            row = table.row()
            for label in COLUMNS:
                row.cell(label)
            for number, words, details, *rest in cells:
                row = table.row()
                row.cell(number)
                row.cell(f"**{words}**\n{details}" if emphasis else f"{words}\n{details}")
                for value in rest:
                    row.cell(value)
        pdf.set_font(font, size=9)
    else:
        paragraph("No actions: no rule fails.")

    if plan.to_decide:
        heading("For the gatekeeper to decide (not actions yet)")
        for item in plan.to_decide:
            paragraph(f"- {item.rule}: {item.title}. {item.message}")

    path.write_bytes(bytes(pdf.output()))
