"""fpdf2 with a Unicode font where the system has one, and the few helpers every pack PDF uses."""

from __future__ import annotations

import math
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from fpdf import FPDF

UNICODE_FONTS = (
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
    Path("/usr/share/fonts/dejavu/DejaVuSans.ttf"),
    Path("/Library/Fonts/DejaVuSans.ttf"),
    Path("C:/Windows/Fonts/arial.ttf"),
)
PLAIN = str.maketrans(
    {"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "…": "...", "•": "-"}
)
HEADER_FILL = (225, 230, 240)


def new_pdf(title: str, footer: str | None = "") -> Any:
    """An A4 fpdf2 document with the pack's font and margins, and a "Page N of M" footer after
    ``footer`` (none at all when ``footer`` is None: a bundle's pages are stamped instead)."""
    from fpdf import FPDF

    footer_line = footer

    class PackPDF(FPDF):
        body_font = "Helvetica"
        mono_font = "Courier"
        unicode = False
        footer_text = footer_line

        def footer(self) -> None:
            if self.footer_text is None:
                return
            self.set_y(-12)
            self.set_font(self.body_font, size=8)
            text = f"{self.footer_text}   Page {self.page_no()} of {{nb}}".strip()
            self.cell(0, 6, self.plain(text), align="C")

        def plain(self, text: str) -> str:
            if self.unicode:
                return text
            return text.translate(PLAIN).encode("latin-1", "replace").decode("latin-1")

    pdf = PackPDF(format="A4")
    use_font(pdf)
    pdf.set_title(title)
    pdf.set_creator("Gatekeeper")
    pdf.set_margins(12, 12, 12)
    pdf.set_auto_page_break(auto=True, margin=16)
    return pdf


def use_font(pdf: FPDF, bold: bool = True, mono: bool = True) -> None:
    """The Unicode font where there is one (each face costs a parse of its file: only those
    asked for are loaded; without bold, bold text uses the regular face)."""
    for candidate in UNICODE_FONTS:
        if candidate.is_file():
            pdf.add_font("Body", "", str(candidate))
            bold_face = candidate.with_name(candidate.stem + "-Bold.ttf")
            if bold:
                pdf.add_font("Body", "B", str(bold_face if bold_face.is_file() else candidate))
            mono_face = candidate.with_name("DejaVuSansMono.ttf")
            if mono and mono_face.is_file():
                pdf.add_font("Mono", "", str(mono_face))
                pdf.mono_font = "Mono"  # type: ignore[attr-defined]
            pdf.unicode, pdf.body_font = True, "Body"  # type: ignore[attr-defined]
            return


def heading(pdf: Any, text: str, size: float = 12) -> None:
    pdf.ln(2)
    pdf.set_font(pdf.body_font, "B", size)
    pdf.multi_cell(0, size * 0.55, pdf.plain(text), new_x="LMARGIN", new_y="NEXT", align="L")
    pdf.set_font(pdf.body_font, size=9)


def paragraph(pdf: Any, text: str, height: float = 4.6, size: float = 9) -> None:
    pdf.set_font(pdf.body_font, size=size)
    pdf.multi_cell(0, height, pdf.plain(text), new_x="LMARGIN", new_y="NEXT", align="L")


def table(
    pdf: Any,
    headings: Sequence[str] | None,
    rows: Sequence[Sequence[str]],
    widths: Sequence[float] | None = None,
    size: float = 8,
    mono: Sequence[int] = (),
) -> None:
    """A table that breaks across pages, repeating its headings; long words wrap. Columns in
    ``mono`` (hashes) are set small in a fixed-width font, so a SHA-256 fits on one line."""
    from fpdf.fonts import FontFace

    if not rows and not headings:
        return
    columns = max(len(r) for r in [*(rows or []), *([headings] if headings else [])])
    pdf.set_font(pdf.body_font, size=size)
    style = FontFace(emphasis="BOLD", fill_color=HEADER_FILL)
    fixed = FontFace(family=getattr(pdf, "mono_font", "Courier"), size_pt=6.3)
    if widths is None:
        widths = natural_widths(pdf, [*([headings] if headings else []), *rows], columns)
    scale = pdf.epw / sum(widths)
    room = [w * scale for w in widths]
    with pdf.table(
        col_widths=tuple(widths),
        first_row_as_headings=headings is not None,
        headings_style=style,
        line_height=size * 0.5,
        text_align="LEFT",
        padding=1,
        v_align="TOP",
        markdown=False,
    ) as grid:
        for number, values in enumerate([*([headings] if headings else []), *rows]):
            row = grid.row()
            cells = list(values) + [""] * (columns - len(values))
            for column, value in enumerate(cells):
                body = column in mono and (number > 0 or headings is None)
                text = fitted_cell(pdf, pdf.plain(str(value)), room[column], size * 0.5)
                row.cell(text, style=fixed if body else None)
    pdf.ln(2)


CUT_NOTE = " [... cut here to fit the page]"


def fitted_cell(pdf: Any, text: str, width: float, line_height: float) -> str:
    """``text`` cut, if need be, so that its cell fits on one page: a table row cannot run over
    a page, and a document can quote a page of text (or a folder hold a thousand names)."""
    if not text:
        return text
    lines_allowed = max(4, int((pdf.eph - 30) / line_height * 0.8))
    usable = max(width - 3, 5.0)
    lines = 0
    kept: list[str] = []
    for line in text.split("\n"):
        needed = max(1, math.ceil(pdf.get_string_width(line) * 1.15 / usable))
        if lines + needed > lines_allowed:
            room = max(0, lines_allowed - lines - 1)
            share = int(len(line) * room / needed)
            kept.append(line[:share].rstrip() + CUT_NOTE)
            return "\n".join(kept)
        lines += needed
        kept.append(line)
    return text


def natural_widths(pdf: Any, rows: Sequence[Sequence[str]], columns: int) -> list[float]:
    """Column widths in proportion to their longest line, none under 12 mm or over 60%."""
    room = pdf.epw
    wanted = [12.0] * columns
    for values in rows:
        for column, value in enumerate(values):
            longest = max(
                (pdf.get_string_width(line) for line in str(value).split("\n")), default=0
            )
            wanted[column] = max(wanted[column], min(longest + 3, room * 0.6))
    total = sum(wanted)
    return [room * w / total for w in wanted]
