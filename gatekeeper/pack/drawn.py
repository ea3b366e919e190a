"""Pages Gatekeeper draws itself: a document's text and tables, a picture; and PDF checks."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from gatekeeper.models import Extraction, FileFormat
from gatekeeper.pack.pdfkit import paragraph, table, use_font

if TYPE_CHECKING:
    from gatekeeper.pack.render import Rendered, Source

MARK = "Rendered by Gatekeeper from the text and tables of '{name}' ({why}): layout, fonts and pictures are not reproduced."
MAX_COLUMNS = 12


def _pdf(mark: str) -> Any:
    from fpdf import FPDF

    class DrawnPDF(FPDF):
        body_font = "Helvetica"
        unicode = False

        def header(self) -> None:
            self.set_font(self.body_font, size=7)
            self.set_text_color(150, 30, 30)
            self.set_xy(self.l_margin, 7)
            self.multi_cell(0, 3.2, self.plain(mark), align="L")
            self.set_text_color(0, 0, 0)
            self.set_y(self.t_margin)

        def plain(self, text: str) -> str:
            if self.unicode:
                return text
            return text.encode("latin-1", "replace").decode("latin-1")

    pdf = DrawnPDF(format="A4")
    use_font(pdf, bold=False, mono=False)
    pdf.set_creator("Gatekeeper")
    pdf.set_margins(15, 18, 15)
    pdf.set_auto_page_break(auto=True, margin=16)  # the bundle's stamp sits below this
    return pdf


def draw_text(source: Source, extraction: Extraction | None, out: Path, why: str) -> Rendered:
    """The document's text, its tab-separated rows drawn as tables, every page marked."""
    from gatekeeper.pack.render import Rendered

    if extraction is None or not extraction.readable:
        detail = extraction.problem_detail if extraction else "it was not read"
        return Rendered(None, "text", f"could not be rendered: {detail}")
    text = extraction.text
    if not text.strip():
        return Rendered(None, "text", "could not be rendered: no text was found in it")
    name = source.label.rsplit("/", 1)[-1]
    pdf = _pdf(MARK.format(name=name, why=why))
    pdf.add_page()
    if source.format in (FileFormat.XLSX, FileFormat.ODS) and extraction.tables:
        blocks: list[tuple[str, list[Any]]] = []
        for sheet in extraction.tables:
            if blocks:
                blocks.append(("page", []))
            blocks.append(("table", _without_empty_columns(sheet)))
    else:
        blocks = _blocks(text)
    for kind, block in blocks:
        if kind == "page":
            pdf.add_page()
        elif kind == "table" and block:
            rows = [row[:MAX_COLUMNS] for row in block]
            table(pdf, None, rows, size=8)
        else:
            paragraph(pdf, "\n".join(block), height=4.4, size=9.5)
    if extraction.text_truncated:
        paragraph(pdf, "[The text is longer than Gatekeeper renders; see the original.]")
    path = out / f"{source.copy.stem}.pdf"
    pdf.output(str(path))
    note = "rendered from its text by Gatekeeper"
    return Rendered(path, "text", note=note)


def _blocks(text: str) -> list[tuple[str, list[Any]]]:
    """Paragraph lines, tables (consecutive lines with tabs, split into cells) and page breaks."""
    blocks: list[tuple[str, list[Any]]] = []
    for page_number, page in enumerate(text.split("\f")):
        if page_number:
            blocks.append(("page", []))
        for line in page.splitlines():
            kind = "table" if "\t" in line else "text"
            item: Any = line.split("\t") if kind == "table" else line
            if blocks and blocks[-1][0] == kind:
                blocks[-1][1].append(item)
            else:
                blocks.append((kind, [item]))
    return [(kind, _square(block) if kind == "table" else block) for kind, block in blocks]


def _without_empty_columns(rows: list[list[str]]) -> list[list[str]]:
    rows = _square([r for r in rows if any(c.strip() for c in r)]) if rows else []
    if not rows:
        return []
    keep = [i for i in range(len(rows[0])) if any(r[i].strip() for r in rows)]
    return [[r[i] for i in keep] for r in rows]


def _square(rows: list[list[str]]) -> list[list[str]]:
    width = max(len(r) for r in rows)
    return [r + [""] * (width - len(r)) for r in rows]


def draw_picture(source: Source, out: Path) -> Rendered:
    """A picture on a page of its own, as large as fits, under its name."""
    from gatekeeper.pack.render import Rendered

    try:
        from PIL import Image

        with Image.open(source.copy) as image:
            image.load()
            frame = image.convert("RGB")
    except (OSError, ValueError, Image.DecompressionBombError) as exc:
        return Rendered(None, "picture", f"the picture could not be opened ({exc})")
    name = source.label.rsplit("/", 1)[-1]
    pdf = _pdf(f"A picture from the file: '{name}', placed on this page by Gatekeeper.")
    pdf.add_page()
    width, height = frame.size
    box_w, box_h = pdf.epw, pdf.h - pdf.t_margin - 20
    scale = min(box_w / width, box_h / height)
    pdf.image(frame, x=pdf.l_margin, y=pdf.t_margin, w=width * scale, h=height * scale)
    path = out / f"{source.copy.stem}.pdf"
    pdf.output(str(path))
    return Rendered(path, "picture", note="a picture, placed on a page")


def draw_not_processed(name: str, why: str, out: Path, pages: int = 1) -> Path:
    """``pages`` pages standing in the bundle for a document that is not in it, saying why."""
    from gatekeeper.models import shown_name

    shown = shown_name(name)
    pdf = _pdf(f"Not processed: '{shown}'. This page stands in the bundle for the document.")
    for page in range(pages):
        pdf.add_page()
        paragraph(pdf, f"Not processed: {shown}", size=14)
        paragraph(pdf, f"Why: {why}.")
        if pages > 1:
            paragraph(pdf, f"Page {page + 1} of {pages} of the document.")
        paragraph(
            pdf,
            "The document is listed in the index with its SHA-256. Its original is in the "
            "submission folder; ask the officer in the case for a copy that opens.",
        )
    pdf.output(str(out))
    return out
