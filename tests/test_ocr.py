"""OCR of scanned PDFs and pictures of documents, on files made by our own scan generators."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from gatekeeper.classify import classify
from gatekeeper.demo import CaseSpec
from gatekeeper.demo.content import scanned_witness_mg11
from gatekeeper.demo.writers import write_pdf, write_photo, write_scanned_pdf
from gatekeeper.extract import read_document
from gatekeeper.extract.ocr import OCR_MIN_CONFIDENCE
from gatekeeper.models import DocType, FileFormat, Problem
from gatekeeper.pool import Budget, ReaderPool, Task

MAKER = "Karen Doyle"
PHOTOS = ("statement.jpg", "statement.png", "statement.tif")


@pytest.fixture(scope="module")
def scans(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One folder of scans, built once: the scanned MG11 in several encodings, photos, a poor copy."""
    folder = tmp_path_factory.mktemp("scans")
    lines = scanned_witness_mg11(CaseSpec()).lines
    write_scanned_pdf(folder / "mg11 grey.pdf", lines)
    write_scanned_pdf(folder / "mg11 ccitt.pdf", lines, encoding="ccitt", seed=3)
    for encoding in ("cmyk", "lzw", "flate"):  # only detected, not read: a coarse scan will do
        write_scanned_pdf(folder / f"mg11 {encoding}.pdf", lines, encoding=encoding, dpi=72)
    write_scanned_pdf(folder / "worn copy.pdf", lines, poor=True)
    write_scanned_pdf(folder / "three pages.pdf", [*lines, "\f", *lines, "\f", *lines])
    for name in PHOTOS:
        write_photo(folder / name, lines)
    write_pdf(folder / "typed.pdf", ["# MG6C", "Schedule of non-sensitive unused material."])
    write_pdf(folder / "blank.pdf", ["\f"])
    return folder


def _mixed_pdf(folder: Path) -> str:
    """A typed page, then a scanned page, as when a signed page is scanned into a typed file."""
    import pypdfium2 as pdfium

    mixed = pdfium.PdfDocument.new()
    for name in ("typed.pdf", "mg11 grey.pdf"):
        source = pdfium.PdfDocument(folder / name)
        mixed.import_pages(source)
        source.close()
    mixed.save(folder / "mixed.pdf")
    mixed.close()
    return "mixed.pdf"


def test_a_scanned_statement_is_read_by_ocr(scans):
    result = read_document(str(scans), "mg11 grey.pdf")
    assert result.problem is None, result.problem_detail
    assert result.ocr and result.ocr_confidence is not None
    assert result.ocr_confidence >= OCR_MIN_CONFIDENCE
    assert result.pages == result.pages_without_text == 1
    assert f"Statement of: {MAKER}" in result.text and "WITNESS STATEMENT" in result.text


@pytest.mark.parametrize(
    "name", ["mg11 cmyk.pdf", "mg11 ccitt.pdf", "mg11 lzw.pdf", "mg11 flate.pdf"]
)
def test_image_only_pdfs_in_any_encoding_are_scans_not_empty(scans, name):
    result = read_document(str(scans), name, ocr=False)
    assert result.problem is Problem.SCANNED and result.pages_without_text == 1
    assert "OCR is turned off" in (result.problem_detail or "")
    assert not result.ocr and result.ocr_confidence is None


def test_a_fax_quality_scan_is_read(scans):
    result = read_document(str(scans), "mg11 ccitt.pdf")
    assert result.problem is None and result.ocr and MAKER in result.text


def test_a_blank_pdf_still_has_no_text(scans):
    result = read_document(str(scans), "blank.pdf")
    assert result.problem is Problem.NO_TEXT and not result.ocr


@pytest.mark.parametrize("name", PHOTOS)
def test_pictures_of_a_statement_are_read(scans, name):
    result = read_document(str(scans), name)
    assert result.format is FileFormat.IMAGE and result.problem is None, result.problem_detail
    assert result.ocr and (result.ocr_confidence or 0) >= OCR_MIN_CONFIDENCE
    assert MAKER in result.text  # the phone photo is stored sideways: EXIF turned it upright
    found = classify(f"IMG_0001{Path(name).suffix}", result)  # a name that says nothing
    assert found.type.value == "MG11" and found.source.value == "content"


def test_a_multi_page_tiff_is_read_page_by_page(scans):
    write_photo(scans / "two pages.tif", ["# LETTER", "First page.", "\f", "# ANNEX", "Second."])
    result = read_document(str(scans), "two pages.tif")
    assert result.ocr and result.text.count("\f") == 1
    assert "LETTER" in result.text and "ANNEX" in result.text


def test_with_ocr_off_pictures_and_scans_are_left_for_a_person(scans):
    with ReaderPool(1, Budget(ocr=False)) as pool:
        results = {}
        pool.read(
            str(scans),
            [Task(name, 1) for name in ("statement.jpg", "mg11 grey.pdf")],
            lambda task, result: results.update({task.rel: result}),
        )
    for result in results.values():
        assert result.problem is Problem.SCANNED and not result.ocr and result.text.strip() == ""
        assert "OCR is turned off" in (result.problem_detail or "")


def test_a_worn_copy_is_read_with_low_confidence(scans):
    result = read_document(str(scans), "worn copy.pdf")
    assert result.problem is Problem.SCANNED and result.ocr
    assert result.ocr_confidence is not None and result.ocr_confidence < OCR_MIN_CONFIDENCE
    assert "low confidence" in (result.problem_detail or "") and result.text.strip()


def test_a_mixed_pdf_reads_only_its_scanned_pages_in_order(scans):
    result = read_document(str(scans), _mixed_pdf(scans))
    assert result.problem is None and result.ocr
    assert result.pages == 2 and result.pages_without_text == 1
    typed, scanned = result.text.split("\f")
    assert "Schedule of non-sensitive unused material." in typed and MAKER in scanned


def test_ocr_stops_within_the_files_deadline(scans):
    start = time.monotonic()
    result = read_document(str(scans), "three pages.pdf", deadline_s=1.5)
    assert time.monotonic() - start < 1.5
    assert result.problem is Problem.SCANNED and "time" in (result.problem_detail or "")


def test_a_slow_scan_is_never_a_timeout_in_the_pool(scans):
    results = {}
    with ReaderPool(1) as pool:
        # A first file starts the worker, so its start-up is not counted against the scan.
        pool.read(str(scans), [Task("typed.pdf", 1)], lambda task, result: None)
        pool.budget = Budget(seconds=2.0, seconds_per_gb=0)
        pool.read(
            str(scans),
            [Task("three pages.pdf", 1)],
            lambda task, result: results.update({task.rel: result}),
        )
    result = results["three pages.pdf"]
    assert result.problem is Problem.SCANNED, result.problem_detail
    assert "OCR" in (result.problem_detail or "")


def test_without_an_ocr_engine_a_scan_is_reported_not_crashed(scans, monkeypatch):
    monkeypatch.setitem(sys.modules, "tesserocr", None)  # as if it was never installed
    for name in ("mg11 grey.pdf", "statement.png"):
        result = read_document(str(scans), name)
        assert result.problem is Problem.SCANNED and not result.ocr
        assert "OCR is not installed" in (result.problem_detail or "")


def test_the_demo_case_scanned_statement_is_recognised(check_case):
    report = check_case(scanned_statement=True)
    document = next(d for d in report.documents if d.path == "Statement scan 2.pdf")
    assert document.type is DocType.MG11 and document.maker == MAKER and document.ocr


def test_ocr_writes_no_temporary_file_and_opens_no_socket(tmp_path, scans):
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    log = tmp_path / "sockets.log"
    hook = tmp_path / "hook"
    hook.mkdir()
    (hook / "sitecustomize.py").write_text(
        "import os, sys\n"
        "def _audit(event, args):\n"
        "    if event.startswith('socket.') or (event == 'open' and isinstance(args[0], str)\n"
        "            and args[0].startswith(os.environ['TMPDIR'])):\n"
        "        with open(os.environ['OCR_AUDIT_LOG'], 'a') as out:\n"
        "            out.write(f'{event} {args!r}\\n')\n"
        "sys.addaudithook(_audit)\n"
    )
    env = dict(
        os.environ,
        TMPDIR=str(scratch),
        TEMP=str(scratch),
        TMP=str(scratch),
        PYTHONPATH=str(hook),
        OCR_AUDIT_LOG=str(log),
    )
    code = (
        "import sys; from gatekeeper.extract import read_document as r\n"
        "for name in sys.argv[2:]:\n"
        "    assert r(sys.argv[1], name).ocr, name\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(scans), "mg11 grey.pdf", "statement.tif"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert list(scratch.iterdir()) == []
    assert not log.exists() or log.read_text() == ""


def test_the_word_i_as_a_photographed_page_misreads_it_is_put_back():
    from gatekeeper.extract.ocr import restore_i

    read = (
        "lam the neighbour of Ann VALE. At first { did not hear anything.\n"
        "1 went round at ten, and 1 saw her at the door. [heard her crying.\n"
        "Flat 1 was empty. Page 1 of 2. | knew him."
    )
    assert restore_i(read) == (
        "I am the neighbour of Ann VALE. At first I did not hear anything.\n"
        "I went round at ten, and I saw her at the door. I heard her crying.\n"
        "Flat 1 was empty. Page 1 of 2. I knew him."
    )


def test_the_slant_of_a_photographed_page_is_measured_from_its_ink():
    """Tesseract gives no slant when it takes a photographed sheet on a dark desk for a picture;
    the slant measured from the ink is the one that straightens the page."""
    from PIL import Image

    from gatekeeper.demo.writers import render_scan_pages
    from gatekeeper.extract.ocr import measured_slant

    page = render_scan_pages(scanned_witness_mg11(CaseSpec()).lines, dpi=150)[0]
    scanner = measured_slant(page)  # a scanner's own skew of under a degree
    assert abs(scanner) < 1.0
    for angle in (-3.5, 2.0, 4.0):
        paper = page.convert("RGB").rotate(angle, expand=True, fillcolor=(70, 52, 40))
        desk = Image.new("RGB", (paper.width + 400, paper.height + 400), (70, 52, 40))
        desk.paste(paper, (200, 200))
        assert abs(measured_slant(desk.convert("L")) - (scanner - angle)) <= 0.5, angle
