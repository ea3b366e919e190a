"""Read a PDF's text layer: pypdfium2 first (fast), pypdf as a fallback for damaged files."""

from __future__ import annotations

from typing import IO

from gatekeeper.extract.result import Partial, ReadError
from gatekeeper.models import Problem

MIN_PAGE_TEXT = (
    15  # fewer characters than this, and a picture on the page: a scan with no text layer
)


TRUNCATED = (
    "the PDF is incomplete (its end is missing): it was probably cut off while being copied or "
    "downloaded; ask for the complete file"
)


def read_pdf(handle: IO[bytes], max_chars: int) -> Partial:
    import pypdfium2 as pdfium

    complete = _has_end_marker(handle)
    handle.seek(0)
    try:
        document = pdfium.PdfDocument(handle)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise ReadError(
                Problem.ENCRYPTED,
                "the PDF is password-protected: ask for an unprotected copy",
            ) from exc
        if not complete:
            raise ReadError(Problem.TRUNCATED, TRUNCATED) from exc
        return _read_with_pypdf(handle, max_chars, str(exc))
    try:
        texts: list[str] = []
        empty_pages = 0
        used = 0
        for index in range(len(document)):
            page = document[index]
            text_page = page.get_textpage()
            text = text_page.get_text_range() if used < max_chars else ""
            if used < max_chars and len(text.strip()) < MIN_PAGE_TEXT and _has_image(page):
                empty_pages += 1
            text_page.close()
            page.close()
            used += len(text)
            texts.append(text)
        title = (document.get_metadata_dict().get("Title") or "").strip() or None
        return Partial(
            pages=len(texts),
            pages_without_text=empty_pages,
            text=_join(texts, max_chars),
            text_truncated=used > max_chars,
            metadata_title=title,
            partial_problem=None if complete else (Problem.TRUNCATED, TRUNCATED),
        )
    finally:
        document.close()


def _has_image(page: object) -> bool:
    import pypdfium2.raw as pdfium_c

    objects = page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=2)  # type: ignore[attr-defined]
    return next(iter(objects), None) is not None


def _has_end_marker(handle: IO[bytes]) -> bool:
    handle.seek(0, 2)
    size = handle.tell()
    handle.seek(max(0, size - 2048))
    return b"%%EOF" in handle.read()


def _read_with_pypdf(handle: IO[bytes], max_chars: int, first_error: str) -> Partial:
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
            f"the PDF is damaged and could not be opened ({first_error.rstrip('.')})",
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
