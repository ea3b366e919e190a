"""Read a PDF's text layer: pypdfium2 first (fast), pypdf as a fallback for damaged files.

Pages without a text layer but with a picture (or drawn shapes that leave ink) are scanned pages;
they are handed to OCR (``gatekeeper.extract.ocr``) when the request allows.
"""

from __future__ import annotations

import re
from typing import IO, Any

from gatekeeper.extract.layout import Page, layout, read_page
from gatekeeper.extract.ocr import OcrReport, OcrRequest, ocr_pdf_pages
from gatekeeper.extract.result import Partial, ReadError
from gatekeeper.models import Problem

MIN_PAGE_TEXT = (
    15  # fewer characters than this, and a picture on the page: a scan with no text layer
)
# Scanners wrap the page image in form objects, sometimes several deep; PDFium's default is 2.
MAX_OBJECT_DEPTH = 16
MAX_SHAPES_SEEN = 2000
INK_CHECK_DPI = 12  # a thumbnail is enough to tell a blank page from one with something drawn


TRUNCATED = (
    "the PDF is incomplete (its end is missing): it was probably cut off while being copied or "
    "downloaded; ask for the complete file"
)


def read_pdf(
    handle: IO[bytes], max_chars: int, ocr: OcrRequest | None = None
) -> tuple[Partial, OcrReport | None]:
    """The PDF's text, page by page; scanned pages OCR'd in place when ``ocr`` allows.

    The report is None when no page needed OCR.
    """
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    complete = _has_end_marker(handle)
    handle.seek(0)
    try:
        document = pdfium.PdfDocument(handle)
    except pdfium.PdfiumError as exc:
        # PDFium's reason is its last error, kept between documents: a damaged file read after
        # a protected one is "password required" too. Only a file that declares encryption is.
        if "password" in str(exc).lower() and _declares_encryption(handle):
            raise ReadError(
                Problem.ENCRYPTED,
                "the PDF is password-protected: ask for an unprotected copy",
            ) from exc
        if not complete:
            raise ReadError(Problem.TRUNCATED, TRUNCATED) from exc
        return _read_with_pypdf(handle, max_chars), None
    try:
        # A fillable form's answers are in its fields, drawn by their appearances: flattened into
        # the page (in memory only; the file is never written) they are read with the labels.
        forms = document.get_formtype() != pdfium_c.FORMTYPE_NONE
        if forms:
            document.init_forms()
        texts: list[str] = []
        scanned: list[int] = []
        laid_out: list[Page] = []
        used = 0
        for index in range(len(document)):
            page = document[index]
            if forms and pdfium_c.FPDFPage_GetAnnotCount(page) > 0:
                page.flatten()
                page.close()
                page = document[index]
            text_page = page.get_textpage()
            text = text_page.get_text_range() if used < max_chars else ""
            if used < max_chars and len(text.strip()) < MIN_PAGE_TEXT and _is_scan(page):
                scanned.append(index)
            # Positioned text: lines, cells and tables, running heads and feet dropped.
            laid_out.append(
                read_page(page, text_page, text)
                if used < max_chars and len(text.strip()) >= MIN_PAGE_TEXT
                else Page([], [], float(page.get_height()))
            )
            text_page.close()
            page.close()
            used += len(text)
            texts.append(text)
        page_texts, tables = layout(laid_out)
        texts = [
            page_texts[index] if laid_out[index].lines else text for index, text in enumerate(texts)
        ]
        report = None
        if scanned and ocr is not None:
            read, report = ocr_pdf_pages(document, scanned, ocr)
            for index, text in read.items():
                texts[index] = text
                used += len(text)
        title = (document.get_metadata_dict().get("Title") or "").strip() or None
        partial = Partial(
            pages=len(texts),
            pages_without_text=len(scanned),
            text=_join(texts, max_chars),
            text_truncated=used > max_chars,
            tables=tables,
            metadata_title=title,
            partial_problem=None if complete else (Problem.TRUNCATED, TRUNCATED),
        )
        return partial, report
    finally:
        document.close()


def _is_scan(page: Any) -> bool:
    """A page with no text layer holds a picture, or shapes that leave ink (text as outlines)."""
    import pypdfium2.raw as pdfium_c

    kinds = [pdfium_c.FPDF_PAGEOBJ_IMAGE, pdfium_c.FPDF_PAGEOBJ_PATH, pdfium_c.FPDF_PAGEOBJ_SHADING]
    drawn = 0
    for item in page.get_objects(filter=kinds, max_depth=MAX_OBJECT_DEPTH):
        if item.type == pdfium_c.FPDF_PAGEOBJ_IMAGE:
            return True
        drawn += 1
        if drawn >= MAX_SHAPES_SEEN:
            break  # a drawing of many shapes: whether it leaves ink decides, not what else is there
    return drawn > 0 and _has_ink(page)


def _has_ink(page: Any) -> bool:
    """Whether a thumbnail of the page has anything darker than paper on it."""
    bitmap = page.render(scale=INK_CHECK_DPI / 72, grayscale=True)
    try:
        darkest = min(bitmap.to_pil().convert("L").getdata(), default=255)
    finally:
        bitmap.close()
    return bool(darkest < 200)


def _has_end_marker(handle: IO[bytes]) -> bool:
    handle.seek(0, 2)
    size = handle.tell()
    handle.seek(max(0, size - 2048))
    return b"%%EOF" in handle.read()


ENCRYPT_KEY = re.compile(rb"/Encrypt\b")
ENCRYPT_REACH = 1024 * 1024


def _declares_encryption(handle: IO[bytes]) -> bool:
    """The file's trailer (at its end, or near its start in a linearised file) names /Encrypt."""
    handle.seek(0, 2)
    size = handle.tell()
    handle.seek(0)
    head = handle.read(ENCRYPT_REACH)
    handle.seek(max(0, size - ENCRYPT_REACH))
    tail = handle.read()
    handle.seek(0)
    return bool(ENCRYPT_KEY.search(head) or ENCRYPT_KEY.search(tail))


def _read_with_pypdf(handle: IO[bytes], max_chars: int) -> Partial:
    """Damaged files that PDFium refuses: pypdf (with its default resource limits) may recover text."""
    import pypdf
    from pypdf.errors import FileNotDecryptedError, PyPdfError

    handle.seek(0)
    try:
        reader = pypdf.PdfReader(handle, strict=False)
        if reader.is_encrypted:
            raise ReadError(
                Problem.ENCRYPTED, "the PDF is password-protected: ask for an unprotected copy"
            )
        texts = []
        empty = 0
        for page in reader.pages:
            text = page.extract_text() or ""
            empty += len(text.strip()) < MIN_PAGE_TEXT
            texts.append(text)
    except FileNotDecryptedError as exc:
        raise ReadError(Problem.ENCRYPTED, "the PDF is password-protected") from exc
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
        raise ReadError(
            Problem.CORRUPT,
            # Not PDFium's reason: it is its last error, which may be another file's.
            "the PDF is damaged and could not be opened",
        ) from exc
    if not texts:
        raise ReadError(Problem.CORRUPT, "the PDF has no pages that could be read")
    return Partial(
        pages=len(texts),
        pages_without_text=empty,
        text=_join(texts, max_chars),
        text_truncated=sum(map(len, texts)) > max_chars,
        partial_problem=(Problem.CORRUPT, "the PDF is damaged; its text was recovered in part"),
    )


def _join(texts: list[str], max_chars: int) -> str:
    return "\f".join(texts).replace("\r\n", "\n").replace("\r", "\n")[:max_chars]
