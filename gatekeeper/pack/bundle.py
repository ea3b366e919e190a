"""One paginated bundle: index pages, then each document's pages, stamped, bookmarked, labelled.

Page numbers belong to the documents (1 to M, or C1 to CM in the confidential part), so the
index can be drawn after they are known however long it is; the index pages are numbered i, ii...
Each page carries "Page N of M", its PDF page label is N (the index's numbers), and each
document has a bookmark under its section's. Every document is read, stamped and added in turn.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gatekeeper.models import Report
from gatekeeper.pack import content
from gatekeeper.pack.drawn import draw_not_processed
from gatekeeper.pack.models import BundlePart
from gatekeeper.pack.pdf_out import write_bundle_index
from gatekeeper.pack.pdfkit import PLAIN, use_font

if TYPE_CHECKING:
    from gatekeeper.pool import ReaderPool

MM = 72 / 25.4
STAMP_SIZE = 8.0
LABEL_CHARS = 70


@dataclass
class BundleSpec:
    title: str
    prefix: str  # "" for the served bundle, "C" for the confidential part
    banner: str | None  # printed on top of every page (the confidential part)
    note: str


def count_pages(path: Path) -> int:
    """The pages of a PDF the pack made itself (checked and rewritten in a reader)."""
    from pypdf import PdfReader

    return len(PdfReader(path).pages)


def number_parts(parts: list[BundlePart], pdfs: dict[str, Path]) -> None:
    """Give each part with pages its first and last bundle page (from 1)."""
    page = 1
    for part in parts:
        pdf = pdfs.get(part.path)
        if pdf is None:
            continue
        count = count_pages(pdf)
        if part.pages is None or part.rendered not in ("original", NOT_PROCESSED):
            part.pages = count
        part.first_page, part.last_page = page, page + count - 1
        page += count


NOT_PROCESSED = "not processed"


def build_bundle(
    path: Path,
    work: Path,
    report: Report,
    parts: list[BundlePart],
    pdfs: dict[str, Path],
    spec: BundleSpec,
    password: str | None,
    pool: ReaderPool,
    seconds: float,
    tick: Callable[[str], None] = lambda label: None,
) -> list[tuple[str, str]]:
    """Write the bundle to ``path``; ``pdfs`` maps a part's path to its PDF pages. Returns the
    documents whose pages could not be put in it, and why (each has pages saying so instead).

    Each document's pages are stamped in ``pool``'s readers (stamping reads the page's content,
    which a submitted file may have built to exhaust memory); a document whose pages cannot be
    stamped gets as many pages saying so. This process only puts the stamped pages together."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.constants import PageLabelStyle

    from gatekeeper.pack.prepare import stamped_pdf
    from gatekeeper.pool import Call

    number_parts(parts, pdfs)
    total = max((p.last_page or 0 for p in parts), default=0)
    urn = content.case_urn(report) or ""
    placed = [(position, part) for position, part in enumerate(parts, 1) if part.first_page]
    calls: list[Call] = []
    for position, part in placed:
        assert part.first_page is not None and part.last_page is not None
        label = _label(position, part)
        texts = [
            (label, f"Page {spec.prefix}{number} of {spec.prefix}{total}")
            for number in range(part.first_page, part.last_page + 1)
        ]
        target = work / f"stamped-{spec.prefix or 'served'}-{position:05d}.pdf"
        args = (str(pdfs[part.path]), str(target), texts, spec.banner)
        calls.append(Call("gatekeeper.pack.prepare:stamped_pdf", args, seconds))
    stamped: dict[int, Path] = {}
    failed: list[tuple[str, str]] = []

    def finished(index: int, value: Any, problem: str | None) -> None:
        position, part = placed[index]
        target, texts = Path(calls[index].args[1]), calls[index].args[2]
        if problem is not None:  # as many pages, saying why, keep every number in place
            why = f"its pages could not be put in the bundle: {problem}"
            blank = target.with_suffix(".blank.pdf")
            draw_not_processed(part.path, why, blank, len(texts))
            stamped_pdf(str(blank), str(target), texts, spec.banner)
            part.rendered = NOT_PROCESSED
            part.note = f"not processed: {why}"
            failed.append((part.path, why))
        stamped[position] = target
        tick(part.path)

    pool.call_all(calls, finished)
    index = work / f"index-{spec.prefix or 'served'}.pdf"
    index_pages = write_bundle_index(index, spec.title, report, parts, spec.prefix, spec.note)
    index_texts = [
        (f"{urn}  Index", f"Index page {_roman(i + 1)} of {_roman(index_pages)}")
        for i in range(index_pages)
    ]
    stamped_index = work / f"index-{spec.prefix or 'served'}-stamped.pdf"
    stamped_pdf(str(index), str(stamped_index), index_texts, spec.banner)  # the pack's own pages

    writer = PdfWriter()
    for page in PdfReader(stamped_index).pages:
        writer.add_page(page)
    sections: dict[str, Any] = {}
    writer.add_outline_item(title="Index", page_number=0)
    for position, part in placed:
        first_index = len(writer.pages)
        for page in PdfReader(stamped[position]).pages:
            writer.add_page(page)
        if part.section not in sections:
            sections[part.section] = writer.add_outline_item(
                title=part.section, page_number=first_index, bold=True
            )
        writer.add_outline_item(
            title=f"{position}. {part.path} ({content.kind(part)})",
            page_number=first_index,
            parent=sections[part.section],
        )
    writer.set_page_label(0, index_pages - 1, style=PageLabelStyle.LOWERCASE_ROMAN)
    if total:
        writer.set_page_label(
            index_pages,
            index_pages + total - 1,
            style=PageLabelStyle.DECIMAL,
            prefix=spec.prefix or None,
            start=1,
        )
    writer.page_mode = "/UseOutlines"
    writer.add_metadata({"/Title": f"{spec.title} {urn}".strip(), "/Creator": "Gatekeeper"})
    if password:
        writer.encrypt(password, algorithm="AES-256")
    with path.open("wb") as handle:
        writer.write(handle)
    return failed


def _label(position: int, part: BundlePart) -> str:
    name = f"{position}. {part.path}"
    if len(name) > LABEL_CHARS:
        name = name[: LABEL_CHARS - 3] + "..."
    return name


def page_size(page: Any) -> tuple[float, float]:
    box = page.cropbox
    return float(box.width), float(box.height)


def stamps(
    sizes: list[tuple[float, float]], texts: list[tuple[str, str]], banner: str | None
) -> Any:
    """One overlay page per page: its label bottom left, its number bottom right, on white."""
    from fpdf import FPDF
    from pypdf import PdfReader

    pdf = FPDF(unit="pt")
    use_font(pdf, bold=banner is not None, mono=False)
    font = "Body" if getattr(pdf, "unicode", False) else "Helvetica"
    pdf.set_auto_page_break(False)
    pdf.set_margin(0)
    pad = 2.0
    for (width, height), (label, number) in zip(sizes, texts, strict=True):
        pdf.add_page(format=(width, height))
        size = STAMP_SIZE if width > 300 else STAMP_SIZE * width / 300
        pdf.set_font(font, size=size)
        label = _plain(label, font)
        line = size + 2 * pad
        y = height - 3 * MM - line
        number_w = pdf.get_string_width(number) + 2 * pad
        room = width - number_w - 12 * MM
        while label and pdf.get_string_width(label) + 2 * pad > room:
            label = label[:-4] + "..."
        pdf.set_fill_color(255, 255, 255)
        pdf.set_text_color(0, 0, 0)
        pdf.set_xy(width - 5 * MM - number_w, y)
        pdf.cell(number_w, line, number, fill=True, align="C")
        if label:
            label_w = pdf.get_string_width(label) + 2 * pad
            pdf.set_xy(5 * MM, y)
            pdf.set_text_color(60, 60, 60)
            pdf.cell(label_w, line, label, fill=True, align="L")
        if banner:
            pdf.set_font(font, style="B", size=size)
            text = _plain(banner, font)
            banner_w = pdf.get_string_width(text) + 2 * pad
            pdf.set_text_color(170, 0, 0)
            pdf.set_xy((width - banner_w) / 2, 1.2 * MM)
            pdf.cell(banner_w, line, text, fill=True, align="C")
    return PdfReader(_to_stream(pdf))


def _plain(text: str, font: str) -> str:
    if font == "Body":
        return text
    return text.translate(PLAIN).encode("latin-1", "replace").decode("latin-1")


def _to_stream(pdf: Any) -> Any:
    import io

    return io.BytesIO(bytes(pdf.output()))


def _roman(number: int) -> str:
    values = (
        (1000, "m"),
        (900, "cm"),
        (500, "d"),
        (400, "cd"),
        (100, "c"),
        (90, "xc"),
        (50, "l"),
        (40, "xl"),
        (10, "x"),
        (9, "ix"),
        (5, "v"),
        (4, "iv"),
        (1, "i"),
    )
    out = ""
    for value, letters in values:
        while number >= value:
            out += letters
            number -= value
    return out
