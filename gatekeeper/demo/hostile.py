"""Damaged and hostile files, made from scratch, to show (and test) that each gets a clear finding.

Nothing here is taken from real malware: each file is the smallest construction that exercises
one defence (a zip bomb, an XML entity, a deeply nested PDF, a password, a cut-off download).
"""

from __future__ import annotations

import io
import os
import zipfile
import zlib
from pathlib import Path

from gatekeeper.demo.writers import write_docx, write_pdf

STATEMENT = ["# WITNESS STATEMENT", "Criminal Justice Act 1967, s. 9", "Statement of: Ann Example"]


def minimal_pdf(stream: bytes, flate: bool = False, resources: bytes = b"<< >>") -> bytes:
    """A one-page PDF whose page content stream is ``stream`` (already compressed when ``flate``)."""
    data = stream
    stream_dict = b"<< /Length %d %s>>" % (len(data), b"/Filter /FlateDecode " if flate else b"")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources 5 0 R >>",
        stream_dict + b"\nstream\n" + data + b"\nendstream",
        resources,
    ]
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def write_empty(path: Path) -> None:
    path.write_bytes(b"")


def write_truncated_pdf(path: Path) -> None:
    buffer = path.with_name(path.name + ".full")
    write_pdf(buffer, STATEMENT * 40)
    data = buffer.read_bytes()
    buffer.unlink()
    path.write_bytes(data[: len(data) // 2])


def write_corrupt_pdf(path: Path) -> None:
    path.write_bytes(b"%PDF-1.7\n" + bytes((i * 73 + 11) % 256 for i in range(4000)) + b"\n%%EOF\n")


def write_encrypted_pdf(path: Path) -> None:
    write_pdf(path, STATEMENT, password="open-sesame")  # noqa: S106 (a demo file's password)


def write_encrypted_docx(path: Path) -> None:
    from msoffcrypto.format.ooxml import OOXMLFile

    plain = path.with_name(path.name + ".plain")
    write_docx(plain, STATEMENT)
    with plain.open("rb") as source, path.open("wb") as target:
        OOXMLFile(source).encrypt("open-sesame", target)
    plain.unlink()


def write_mislabelled(path: Path) -> None:
    """A PDF statement saved with a .docx name."""
    write_pdf(path, STATEMENT)


def write_docx_bomb(path: Path, megabytes: int = 64) -> None:
    """A DOCX whose document part expands about a thousand times: refused before parsing."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w") as part:
            block = b" " * (1024 * 1024)
            for _ in range(megabytes):
                part.write(block)
    path.write_bytes(buffer.getvalue())


def write_docx_entities(path: Path) -> None:
    """A DOCX whose XML declares entities (the 'billion laughs'): refused before parsing."""
    plain = io.BytesIO()
    write_docx(path, STATEMENT)  # written, then rewritten below with the entity declarations
    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    parts["word/document.xml"] = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
        + parts["word/document.xml"][38:]
    )
    with zipfile.ZipFile(plain, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts.items():
            target.writestr(name, data)
    path.write_bytes(plain.getvalue())


def write_zip_many_entries(path: Path, entries: int = 6000) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("word/document.xml", "<w:document/>")
        for n in range(entries):
            archive.writestr(f"word/media/x{n}.xml", "")
    path.write_bytes(buffer.getvalue())


def write_nested_pdf(path: Path, depth: int = 100_000) -> None:
    """A PDF whose page resources, and page content, nest a hundred thousand levels deep."""
    nested = b"<< /A " * depth + b">>" * depth
    path.write_bytes(minimal_pdf(b"[" * depth + b"]" * depth, resources=nested))


def write_flate_bomb_pdf(path: Path, megabytes: int = 1500) -> None:
    """A PDF whose 1.5 MB content stream inflates to about 1.5 GB."""
    compressor = zlib.compressobj(9)
    chunk = b" " * (1024 * 1024)
    data = b"".join(compressor.compress(chunk) for _ in range(megabytes)) + compressor.flush()
    path.write_bytes(minimal_pdf(data, flate=True))


def write_fake_legacy_doc(path: Path) -> None:
    """An old binary Office header followed by nothing readable."""
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + bytes(range(256)) * 4)


def write_huge_sparse(path: Path, gigabytes: int = 3) -> None:
    """A file of several GB that takes no disk space: long to hash, nothing to read."""
    with path.open("wb") as handle:
        handle.truncate(gigabytes * 1024**3)


def write_broken_page_pdf(path: Path) -> None:
    """A PDF whose page tree points at an object that is not there: its header and trailer are
    sound, so it opens, but no page loads (PDFium raises an error of its own)."""
    pdf = minimal_pdf(b"BT /F1 12 Tf 72 720 Td (Statement of Ann Example) Tj ET")
    path.write_bytes(pdf.replace(b"/Kids [3 0 R]", b"/Kids [9 0 R]"))


def write_lost_pages_pdf(path: Path) -> None:
    """A PDF whose catalogue points at a page tree that is not there. PDFium refuses it without
    setting an error of its own, so it reports the last error it had: after a protected PDF,
    "Incorrect password"."""
    pdf = minimal_pdf(b"BT /F1 12 Tf 72 720 Td (Statement of Ann Example) Tj ET")
    path.write_bytes(pdf.replace(b"/Pages 2 0 R", b"/Pages 7 0 R"))


def write_far_cell_xlsx(path: Path) -> None:
    """A 5 KB workbook with one cell at A1 and one at XFD1048576, its sheet's far corner: the
    sheet then spans seventeen billion cells, which a printer or a table drawer may try to fill."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet["A1"] = "Schedule of unused material"
    sheet["XFD1048576"] = "end"
    book.save(path)


def write_merged_sheet_xlsx(path: Path) -> None:
    """A workbook whose one merged range covers the whole sheet (written in its XML: building it
    with openpyxl would itself make seventeen billion cells)."""
    _edited_xlsx(path, "xl/worksheets/sheet1.xml", b'ref="A1:B2"', b'ref="A1:XFD1048576"')


def write_hidden_sheets_xlsx(path: Path) -> None:
    """A workbook whose only sheet is hidden: no sheet is visible to print."""
    _edited_xlsx(path, "xl/workbook.xml", b'state="visible" r:id', b'state="hidden" r:id')


def _edited_xlsx(path: Path, part: str, old: bytes, new: bytes) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet["A1"] = "Merged"
    sheet.merge_cells("A1:B2")
    made = io.BytesIO()
    book.save(made)
    with zipfile.ZipFile(made) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == part:
                assert old in data, f"{part} no longer holds {old!r}"
                data = data.replace(old, new)
            out.writestr(info, data)


def write_cut_pdfs(folder: Path, count: int = 20) -> list[Path]:
    """``count`` copies of a three-page statement, each cut off at a different point (a copy or
    a download that stopped): from a tenth of the file to all but its last bytes."""
    full = folder / ".full.pdf"
    write_pdf(full, STATEMENT * 120)
    data = full.read_bytes()
    full.unlink()
    made = []
    for number in range(count):
        cut = len(data) // 10 + (len(data) - len(data) // 10 - 8) * number // max(count - 1, 1)
        path = folder / f"cut {number + 1:02d}.pdf"
        path.write_bytes(data[:cut])
        made.append(path)
    return made


def write_flipped_pdf(path: Path) -> None:
    """A statement PDF with one byte inverted in its first page's compressed content."""
    write_pdf(path, STATEMENT * 40)
    data = bytearray(path.read_bytes())
    start = data.index(b"stream\n") + len(b"stream\n")
    data[start + 2] ^= 0xFF  # inside the first page's deflated content, past its zlib header
    path.write_bytes(bytes(data))


def write_all(folder: Path) -> dict[str, str]:
    """Write one of each damaged file into ``folder``; returns name -> what it is."""
    folder.mkdir(parents=True, exist_ok=True)
    made = {
        "empty statement.pdf": (write_empty, "empty"),
        "truncated download.pdf": (write_truncated_pdf, "truncated"),
        "corrupt.pdf": (write_corrupt_pdf, "corrupt"),
        "protected.pdf": (write_encrypted_pdf, "encrypted"),
        "protected.docx": (write_encrypted_docx, "encrypted"),
        "statement.docx": (write_mislabelled, "mislabelled"),
        "bomb.docx": (write_docx_bomb, "zip bomb"),
        "entities.docx": (write_docx_entities, "XML entities"),
        "many parts.docx": (write_zip_many_entries, "too many parts"),
        "nested.pdf": (write_nested_pdf, "deeply nested"),
        "old statement.doc": (write_fake_legacy_doc, "legacy"),
    }
    for name, (writer, _) in made.items():
        writer(folder / name)
    os.utime(folder, None)
    return {name: label for name, (_, label) in made.items()}
