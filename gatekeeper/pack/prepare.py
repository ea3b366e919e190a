"""What runs in a reader process while a pack is made: each document made into checked PDF pages,
then stamped, one call per document (``ReaderPool.call_all``), so a file built to exhaust memory
or hang a parser costs its own call, within the reader's budget, and the export goes on.

Every function takes and returns plain values. A file that cannot be used raises
``ReadError`` with what is wrong in plain words; a parser's own message is never passed on
(it may quote the file).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from gatekeeper.extract.result import ReadError
from gatekeeper.models import FileFormat, Problem


def prepared_pdf(copy: str, out: str) -> int:
    """A PDF's pages, checked and written afresh to ``out``; returns how many there are.

    Every object is read (a damaged cross-reference or a truncated stream shows here, not while
    the bundle is written), page and annotation actions are removed, and a page's rotation is
    moved into its content, so the bundle's stamp sits upright at the bottom of every page."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.errors import FileNotDecryptedError, PdfReadError

    try:
        reader = PdfReader(copy, strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise ReadError(Problem.ENCRYPTED, "the PDF is password-protected")
        writer = PdfWriter()
        for page in reader.pages:
            box = page.cropbox
            if box.width <= 0 or box.height <= 0:
                raise ReadError(Problem.CORRUPT, "a page of the PDF has no size")
            added = writer.add_page(page)
            disarm(added)
            added.transfer_rotation_to_content()
        if not writer.pages:
            raise ReadError(Problem.CORRUPT, "the PDF has no pages")
        with Path(out).open("wb") as handle:
            writer.write(handle)
        return len(writer.pages)
    except FileNotDecryptedError as exc:
        raise ReadError(Problem.ENCRYPTED, "the PDF is password-protected") from exc
    except (PdfReadError, ValueError, KeyError, TypeError, IndexError, AttributeError) as exc:
        raise ReadError(Problem.CORRUPT, "the PDF is damaged: not all of it could be read") from exc


def fitted_spreadsheet(copy: str) -> str | None:
    """A copy of a spreadsheet made to print one page wide (``render.fit_spreadsheet``), or None
    to print it as it is; ReadError when its sheets claim more cells than are printed."""
    from gatekeeper.pack.render import FIT_CELLS, declared_cells, fit_spreadsheet

    cells = declared_cells(Path(copy))
    if cells > FIT_CELLS:
        raise ReadError(
            Problem.TOO_LARGE,
            f"its sheets span {cells:,} cells (a cell far from the others, or a merge over the "
            "whole sheet): too many to print",
        )
    fitted = fit_spreadsheet(Path(copy))
    return None if fitted is None else str(fitted)


def drawn_document(
    copy: str, label: str, format: str, why: str, out: str, max_chars: int, seconds: float
) -> tuple[str, int, str]:
    """A document's text and tables drawn by Gatekeeper (``drawn.draw_text``), read here first;
    returns (the PDF, its pages, how)."""
    from gatekeeper.extract import read_document
    from gatekeeper.pack.drawn import draw_text
    from gatekeeper.pack.render import TEXT_FORMATS, Source

    path = Path(copy)
    source = Source(label, path, FileFormat(format), label)
    extraction = read_document(
        str(path.parent), path.name, max_chars, ocr=False, deadline_s=seconds
    )
    rendered = draw_text(source, extraction, Path(out), why)
    if rendered.pdf is None:
        raise ReadError(Problem.CORRUPT, rendered.problem or "it could not be drawn")
    how = "message" if source.format in TEXT_FORMATS else "text"
    return str(rendered.pdf), _pages(rendered.pdf), how


def drawn_picture(copy: str, label: str, out: str) -> tuple[str, int, str]:
    """A picture placed on a page (``drawn.draw_picture``): (the PDF, its pages, how)."""
    from gatekeeper.pack.drawn import draw_picture
    from gatekeeper.pack.render import Source

    rendered = draw_picture(Source(label, Path(copy), FileFormat.IMAGE, label), Path(out))
    if rendered.pdf is None:
        raise ReadError(Problem.CORRUPT, rendered.problem or "the picture could not be opened")
    return str(rendered.pdf), _pages(rendered.pdf), "picture"


def stamped_pdf(pdf: str, out: str, texts: list[tuple[str, str]], banner: str | None) -> None:
    """``pdf``'s pages with the bundle's label and page number stamped on each, to ``out``."""
    from pypdf import PdfReader, PdfWriter, Transformation

    from gatekeeper.pack.bundle import page_size, stamps

    reader = PdfReader(pdf)
    writer = PdfWriter()
    added = [writer.add_page(page) for page in reader.pages]
    if len(added) != len(texts):
        raise ReadError(Problem.CORRUPT, "its pages changed while the bundle was made")
    overlay = stamps([page_size(page) for page in added], texts, banner)
    for page, stamp in zip(added, overlay.pages, strict=True):
        box = page.cropbox
        page.merge_transformed_page(
            stamp, Transformation().translate(float(box.left), float(box.bottom))
        )
    with Path(out).open("wb") as handle:
        writer.write(handle)


UNSAFE_ACTIONS = ("/JavaScript", "/Launch", "/SubmitForm", "/ImportData", "/GoToR", "/GoToE")


def disarm(page: Any) -> None:
    """No action of a submitted PDF runs from the bundle: page and annotation actions go."""
    if "/AA" in page:
        del page["/AA"]
    annots = page.get("/Annots")
    annots = annots.get_object() if annots is not None else []
    for ref in annots if isinstance(annots, list) else []:
        annot = ref.get_object() if hasattr(ref, "get_object") else ref
        if not isinstance(annot, dict):  # a damaged entry (a number, a name): nothing to run
            continue
        if "/AA" in annot:
            del annot["/AA"]
        action = annot.get("/A")
        action = action.get_object() if action is not None else None
        if isinstance(action, dict) and action.get("/S") in UNSAFE_ACTIONS:
            del annot["/A"]


def _pages(pdf: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(pdf).pages)
