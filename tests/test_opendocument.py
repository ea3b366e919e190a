"""OpenDocument text and spreadsheets, and Rich Text, are read like DOCX and XLSX; hostile ones are not."""

from __future__ import annotations

import io
import time
import tracemalloc
import zipfile

import pytest

from gatekeeper.classify import classify
from gatekeeper.demo import CaseSpec
from gatekeeper.demo.content import witness_mg11
from gatekeeper.demo.opendocument import ODS, ODT, write_odf, write_ods, write_odt, write_rtf
from gatekeeper.demo.writers import write_docx, write_xlsx
from gatekeeper.extract import read_document
from gatekeeper.extract.result import ReadError
from gatekeeper.extract.rtf import read_rtf
from gatekeeper.extract.sniff import sniff
from gatekeeper.models import FileFormat, Problem

STATEMENT = witness_mg11(CaseSpec()).lines
SCHEDULE = [["No.", "Description", "Location"], ["1", "Mobile phone download", "Exhibit PS-4"]]
NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
)


def content(body: str, kind: str = "text") -> str:
    """A content.xml whose office:body holds ``body``."""
    return (
        f'<?xml version="1.0"?><office:document-content {NS}><office:body>'
        f"<office:{kind}>{body}</office:{kind}></office:body></office:document-content>"
    )


def read(path):
    return read_document(str(path.parent), path.name)


# --- OpenDocument text ---------------------------------------------------------------------


def test_odt_paragraphs_headings_and_tables_are_read(tmp_path):
    lines = ["# WITNESS STATEMENT", "URN:  42YE1234526", "Café £5\tpaid", "\f", "Second page"]
    write_odt(tmp_path / "s.odt", lines, table=SCHEDULE, title="Statement", header="RESTRICTED")
    result = read(tmp_path / "s.odt")
    assert result.format is FileFormat.ODT and result.readable and result.problem is None
    assert result.text.splitlines() == [
        "RESTRICTED",
        "WITNESS STATEMENT",
        "URN:  42YE1234526",
        "Café £5\tpaid",
        "",
        "Second page",
        "No.\tDescription\tLocation",
        "1\tMobile phone download\tExhibit PS-4",
    ]
    assert result.tables == [SCHEDULE]
    assert result.metadata_title == "Statement"


def test_odt_reads_exactly_as_the_same_docx(tmp_path):
    lines = [*STATEMENT, "\f", "  indented  twice", "a\nline break"]
    write_odt(tmp_path / "s.odt", lines, table=SCHEDULE)
    write_docx(tmp_path / "s.docx", lines, table=SCHEDULE)
    odt, docx = read(tmp_path / "s.odt"), read(tmp_path / "s.docx")
    assert odt.text == docx.text and odt.tables == docx.tables


def test_odt_lists_merged_cells_and_hidden_text(tmp_path):
    body = (
        "<text:list><text:list-item><text:p>first item</text:p></text:list-item>"
        "<text:list-item><text:p>second<text:s/>item</text:p></text:list-item></text:list>"
        "<text:p>seen<office:annotation><text:p>a comment</text:p></office:annotation></text:p>"
        "<text:tracked-changes><text:changed-region><text:deletion><text:p>deleted</text:p>"
        "</text:deletion></text:changed-region></text:tracked-changes>"
        "<table:table><table:table-row>"
        '<table:table-cell table:number-columns-spanned="2"><text:p>wide</text:p></table:table-cell>'
        "<table:covered-table-cell/><table:table-cell><text:p>c</text:p><text:p>d</text:p>"
        "</table:table-cell></table:table-row></table:table>"
    )
    write_odf(tmp_path / "l.odt", ODT, content(body))
    result = read(tmp_path / "l.odt")
    assert result.text.splitlines() == ["first item", "second item", "seen", "wide\tc", "d"]
    assert result.tables == [[["wide", "wide", "c\nd"]]]


def test_an_odt_template_and_a_master_document_are_odt():
    for kind in ("text-template", "text-master"):
        head = _zip_bytes({"mimetype": f"application/vnd.oasis.opendocument.{kind}"})
        assert sniff(head[:4096], _handle(head)) is FileFormat.ODT
    head = _zip_bytes({"mimetype": "application/vnd.oasis.opendocument.presentation"})
    assert sniff(head[:4096], _handle(head)) is FileFormat.ZIP


# --- OpenDocument spreadsheets ---------------------------------------------------------------


def test_ods_rows_are_read_as_xlsx_rows(tmp_path):
    heading = ["# MG6C SCHEDULE OF RELEVANT UNUSED MATERIAL", "URN: 42YE1234526"]
    write_ods(tmp_path / "s.ods", heading, SCHEDULE)
    write_xlsx(tmp_path / "s.xlsx", heading, SCHEDULE)
    ods, xlsx = read(tmp_path / "s.ods"), read(tmp_path / "s.xlsx")
    assert ods.format is FileFormat.ODS and ods.problem is None
    assert "1\tMobile phone download\tExhibit PS-4" in ods.text.splitlines()
    assert ods.text == xlsx.text and ods.tables == xlsx.tables


def test_ods_values_and_repeats_within_bounds(tmp_path):
    body = (
        '<table:table table:name="A"><table:table-row table:number-rows-repeated="3">'
        '<table:table-cell office:value-type="float" office:value="7"/>'
        '<table:table-cell table:number-columns-repeated="2"/>'
        "<table:table-cell><text:p>x</text:p></table:table-cell>"
        '<table:table-cell table:number-columns-repeated="16000"/></table:table-row>'
        '<table:table-row table:number-rows-repeated="1048570">'
        '<table:table-cell table:number-columns-repeated="16384"/></table:table-row></table:table>'
    )
    write_odf(tmp_path / "v.ods", ODS, content(body, "spreadsheet"))
    result = read(tmp_path / "v.ods")
    assert result.tables == [[["7", "", "", "x"]] * 3]
    assert result.text == "7\tx\n7\tx\n7\tx"


def test_a_huge_repeated_spreadsheet_does_not_blow_up(tmp_path):
    body = (
        '<table:table table:name="A"><table:table-row table:number-rows-repeated="1048576">'
        '<table:table-cell table:number-columns-repeated="16384"><text:p>x</text:p>'
        "</table:table-cell></table:table-row></table:table>"
    ) * 3
    write_odf(tmp_path / "huge.ods", ODS, content(body, "spreadsheet"))
    tracemalloc.start()
    started = time.perf_counter()
    try:
        result = read(tmp_path / "huge.ods")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert time.perf_counter() - started < 20
    assert peak < 200 * 2**20
    assert result.format is FileFormat.ODS and result.text_truncated
    assert sum(len(row) for table in result.tables for row in table) <= 2_000_000


# --- Rich Text -----------------------------------------------------------------------------


def test_rtf_text_accents_unicode_and_tables(tmp_path):
    lines = ["# WITNESS STATEMENT", "Café £5 naïve", "Ωmega 😀 done", "\f", "after"]
    write_rtf(tmp_path / "s.rtf", lines, table=SCHEDULE, title="Statement é")
    result = read(tmp_path / "s.rtf")
    assert result.format is FileFormat.RTF and result.problem is None
    text = result.text.splitlines()
    assert text[:5] == ["WITNESS STATEMENT", "Café £5 naïve", "Ωmega 😀 done", "", "after"]
    assert text[-2:] == ["No.\tDescription\tLocation", "1\tMobile phone download\tExhibit PS-4"]
    assert result.tables == [SCHEDULE]
    assert result.metadata_title == "Statement é"


def test_rtf_reads_as_the_same_docx(tmp_path):
    write_rtf(tmp_path / "s.rtf", STATEMENT)
    write_docx(tmp_path / "s.docx", STATEMENT)
    assert read(tmp_path / "s.rtf").text == read(tmp_path / "s.docx").text


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (rb"\uc2\u8364\'80\'80 euro", "€ euro"),  # two fallback bytes skipped
        (rb"{\uc0\u8364} and \u8364? again", "€ and € again"),
        (rb"\ansicpg1251 \'cf\'f0\'e8", "При"),
        (rb"{\*\unknown {nested {deep}} hidden}shown", "shown"),
        (rb"{\pict\bin4 }{}\}shown", "shown"),
        (rb"{\fonttbl{\f0 Arial;}}a\tab b\line c\~d\emdash e", "a\tb\nc\xa0d\u2014e"),
        (rb"{\field{\*\fldinst HYPERLINK x}{\fldrslt link}}", "link"),
        (rb"x{\footnote note}y\u-99999?", "xy\u7961"),  # out of range: wrapped, not a crash
        (rb"\'zz \\ \{", "zz \\ {"),
    ],
)
def test_rtf_control_words(tmp_path, body, expected):
    (tmp_path / "c.rtf").write_bytes(b"{\\rtf1\\ansi " + body + b"}")
    result = read(tmp_path / "c.rtf")
    assert result.problem is None, result.problem_detail
    assert result.text == expected


# --- Recognition -----------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["MG11 statement.odt", "Document 4.docx", "Notes.rtf"])
def test_a_statement_in_any_of_these_formats_is_an_mg11(tmp_path, name):
    path = tmp_path / name
    write_rtf(path, STATEMENT) if name.endswith(".rtf") else write_odt(path, STATEMENT)
    extraction = read(path)
    classification = classify(name, extraction)
    assert classification.type.value == "MG11"
    if name.endswith(".docx"):
        assert "OpenDocument text" in (classification.mismatch or "")
    else:
        assert classification.mismatch is None


# --- Damaged and hostile files ------------------------------------------------------------------


def test_an_odt_declaring_entities_is_refused(tmp_path):
    doctype = '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
    bad = content("<text:p>&b;</text:p>").replace(
        "<office:document-content", doctype + "<office:document-content", 1
    )
    write_odf(tmp_path / "entities.odt", ODT, bad)
    result = read(tmp_path / "entities.odt")
    assert result.problem is Problem.SUSPICIOUS_ARCHIVE and "DOCTYPE" in (
        result.problem_detail or ""
    )


def test_the_xml_parser_refuses_a_doctype_even_past_the_container_scan():
    # inspect_container looks at the first 64 MB of each part; the parser itself refuses too.
    from gatekeeper.extract.opendocument import _parse, _Walker

    data = _zip_bytes({"content.xml": '<!DOCTYPE x [<!ENTITY a "a">]><x>&a;</x>'})
    with zipfile.ZipFile(_handle(data)) as archive, pytest.raises(ReadError) as caught:
        _parse(archive, "content.xml", _Walker(1000), required=True)
    assert caught.value.problem is Problem.SUSPICIOUS_ARCHIVE


def test_deeply_nested_odt_elements_are_read_without_recursion(tmp_path):
    depth = 100_000
    body = "<text:p>" + "<text:span>" * depth + "deep" + "</text:span>" * depth + "</text:p>"
    with zipfile.ZipFile(tmp_path / "deep.odt", "w") as archive:  # stored: no ratio to refuse
        archive.writestr("mimetype", ODT)
        archive.writestr("content.xml", content(body))
    result = read(tmp_path / "deep.odt")
    assert result.problem is None and result.text == "deep"


def test_a_zip_bomb_odt_is_refused(tmp_path):
    write_odf(tmp_path / "bomb.odt", ODT, b" " * (16 * 2**20))
    result = read(tmp_path / "bomb.odt")
    assert result.format is FileFormat.ODT
    assert result.problem is Problem.SUSPICIOUS_ARCHIVE and "bomb" in (result.problem_detail or "")


def test_an_encrypted_odt_is_reported_as_protected(tmp_path):
    write_odf(tmp_path / "locked.odt", ODT, bytes(range(256)) * 40, encrypted=True)
    result = read(tmp_path / "locked.odt")
    assert result.problem is Problem.ENCRYPTED
    assert (
        result.problem_detail == "the document is password-protected: ask for an unprotected copy"
    )


def test_a_truncated_odt_is_reported_as_incomplete(tmp_path):
    write_odt(tmp_path / "full.odt", STATEMENT * 20, table=SCHEDULE)
    data = (tmp_path / "full.odt").read_bytes()
    (tmp_path / "cut.odt").write_bytes(data[: len(data) // 2])
    result = read(tmp_path / "cut.odt")
    assert result.format is FileFormat.ODT and not result.readable
    assert result.problem is Problem.TRUNCATED and "incomplete" in (result.problem_detail or "")


@pytest.mark.parametrize(
    ("part", "words"),
    [("<office:document-content><text:p>", "not well-formed"), (None, "no content.xml")],
)
def test_a_damaged_odt_is_reported_as_damaged(tmp_path, part, words):
    path = tmp_path / "damaged.odt"
    if part is None:
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("mimetype", ODT)
            archive.writestr("styles.xml", "<x/>")
    else:
        write_odf(path, ODT, part)
    result = read(path)
    assert result.problem is Problem.CORRUPT and words in (result.problem_detail or "")


def test_a_truncated_rtf_keeps_what_was_read_and_says_so(tmp_path):
    write_rtf(tmp_path / "full.rtf", STATEMENT * 3)
    data = (tmp_path / "full.rtf").read_bytes()
    (tmp_path / "cut.rtf").write_bytes(data[: len(data) // 2])
    result = read(tmp_path / "cut.rtf")
    assert result.problem is Problem.TRUNCATED and "incomplete" in (result.problem_detail or "")
    assert result.text.startswith(STATEMENT[0])
    (tmp_path / "head.rtf").write_bytes(data[:60])
    early = read(tmp_path / "head.rtf")
    assert early.problem is Problem.TRUNCATED and not early.text


def test_a_deeply_nested_rtf_is_refused_without_crashing(tmp_path):
    depth = 200_000
    (tmp_path / "deep.rtf").write_bytes(b"{\\rtf1 " + b"{" * depth + b"x" + b"}" * depth + b"}")
    started = time.perf_counter()
    result = read(tmp_path / "deep.rtf")
    assert time.perf_counter() - started < 10
    assert result.problem is Problem.CORRUPT and "levels deep" in (result.problem_detail or "")


def test_deep_nesting_inside_a_skipped_group_is_jumped_over(tmp_path):
    depth = 200_000
    hidden = b"{\\*\\hidden " + b"{" * depth + b"}" * depth + b"}"
    (tmp_path / "d.rtf").write_bytes(b"{\\rtf1 " + hidden + b"shown}")
    assert read(tmp_path / "d.rtf").text == "shown"


def test_many_groups_and_a_long_text_read_in_linear_time(tmp_path):
    (tmp_path / "long.rtf").write_bytes(b"{\\rtf1 " + b"{}a\\par " * 400_000 + b"}")
    started = time.perf_counter()
    result = read_document(str(tmp_path), "long.rtf", max_chars=10_000)
    assert time.perf_counter() - started < 15
    assert result.text_truncated and len(result.text) == 10_000


def test_text_that_is_not_rtf_is_not_read_as_rtf():
    with pytest.raises(ReadError) as caught:
        read_rtf(_handle(b"just some text"), 1000)
    assert caught.value.problem is Problem.CORRUPT


def _zip_bytes(members: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _handle(data: bytes):
    return io.BytesIO(data)
