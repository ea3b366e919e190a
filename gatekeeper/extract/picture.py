"""A picture of one page of a document, for a person to look at (the desktop app's preview).

Runs in a reader worker like any other reading of an untrusted file: a PDF page rendered by
PDFium, or a picture file scaled down, returned as PNG bytes made here, so the window only ever
decodes an image Gatekeeper itself encoded.
"""

from __future__ import annotations

import io
import os

from gatekeeper.extract import Folders
from gatekeeper.extract.sniff import sniff
from gatekeeper.models import FileFormat

MAX_WIDTH = 2000
MAX_PIXELS = 16_000_000


class NoPicture(Exception):
    """Why no picture could be made, in plain words."""


def page_picture(root: str, rel: str, page: int, width: int) -> tuple[bytes, int]:
    """PNG bytes of page ``page`` (from 0) of ``root/rel`` about ``width`` pixels wide, and the
    document's page count."""
    width = max(100, min(width, MAX_WIDTH))
    with Folders(root) as folders:
        fd = folders.open_file(rel)
    with os.fdopen(fd, "rb") as raw:
        data = raw.read()
    file_format = sniff(data[:4096], io.BytesIO(data))
    if file_format is FileFormat.PDF:
        return _pdf_page(data, page, width)
    if file_format is FileFormat.IMAGE:
        return _image(data, page, width)
    raise NoPicture("only PDF pages and pictures are shown as pictures")


def _pdf_page(data: bytes, page: int, width: int) -> tuple[bytes, int]:
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise NoPicture("the PDF could not be opened: it is damaged") from exc
    try:
        count = len(document)
        if not 0 <= page < count:
            raise NoPicture(f"the document has {count} page(s)")
        pdf_page = document[page]
        page_width, page_height = pdf_page.get_size()
        scale = width / max(page_width, 1.0)
        if page_width * page_height * scale * scale > MAX_PIXELS:
            scale = (MAX_PIXELS / max(page_width * page_height, 1.0)) ** 0.5
        image = pdf_page.render(scale=scale).to_pil()
        return _png(image), count
    finally:
        document.close()


def _image(data: bytes, page: int, width: int) -> tuple[bytes, int]:
    from PIL import Image, ImageOps

    Image.MAX_IMAGE_PIXELS = 100_000_000
    try:
        opened = Image.open(io.BytesIO(data))
        count = getattr(opened, "n_frames", 1)
        opened.seek(min(page, count - 1))
        picture = ImageOps.exif_transpose(opened)
        picture.thumbnail((width, width * 4))
        return _png(picture.convert("RGB")), count
    except (OSError, ValueError, Image.DecompressionBombError) as exc:
        # Not the library's words ("cannot identify image file <_io.BytesIO object ...>").
        why = "too large to show" if isinstance(exc, Image.DecompressionBombError) else "damaged"
        raise NoPicture(f"the picture could not be opened: it is {why} or not a picture") from exc


def _png(image: object) -> bytes:
    out = io.BytesIO()
    image.save(out, format="PNG")  # type: ignore[attr-defined]
    return out.getvalue()
