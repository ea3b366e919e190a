"""The demo generator writes each form in three styles: every file opens, and the wording differs.

These tests check the generator only (what it writes), never the rules' outcomes on it.
"""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest

from gatekeeper.demo import DEMO_CASES, CaseSpec, build_case
from gatekeeper.demo.build import EXPECTED
from gatekeeper.extract import read_document

STYLES = ["standard", "national", "prose"]
KNOBS: dict[str, dict[str, object]] = {
    "compliant": {},
    "gaps": {
        "test_sought": "missing",
        "early_advice": "not_sought_no_reason",
        "oic_contact": False,
        "lines_of_enquiry": "no_away",
        "outstanding": "undated",
        "special_measures": False,
        "vps": False,
        "signed": False,
    },
    "requests": {
        "digital_request": "blanket",
        "third_party_request": "blanket",
        "requests_in": "dmd",
        "first_account_described": "relationship",
        "test_sought": "threshold",
        "early_advice": "not_sought_with_reason",
        "complainant_mg11": True,
    },
    "moved": {
        "requests_in": "mg6c",
        "device_recorded_in": "mg6c",
        "outstanding": "none",
        "forensic": "outstanding_dated",
        "resubmission": "part_answered",
        "layout": "messy",
        "seed": 5,
    },
    "typed_answers": {"mg3_form": "table", "early_advice": "not_sought_with_reason"},
}
TEXT_SUFFIXES = {".pdf", ".docx", ".xlsx"}
LABEL_LINE = re.compile(r"^\s*[A-Z][A-Za-z'()/ -]{0,40}:(\s|$)")


def build(folder: Path, style: str, **changes: object) -> dict[str, tuple[Path, str]]:
    """Build a case; each document key with its path and the text our reader gets from it."""
    written = build_case(CaseSpec(style=style, **changes), folder)  # type: ignore[arg-type]
    texts = {}
    for path, key in written.items():
        rel = path.relative_to(folder).as_posix()
        extraction = read_document(str(folder), rel)
        texts[key] = (path, extraction.text if extraction.readable else "")
    return texts


@pytest.fixture(scope="module")
def compliant(tmp_path_factory):
    return {
        style: build(tmp_path_factory.mktemp(style), style, resubmission="answered")
        for style in STYLES
    }


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("knobs", sorted(KNOBS))
def test_every_file_of_every_style_opens_with_text(tmp_path, style, knobs):
    written = build_case(CaseSpec(style=style, **KNOBS[knobs]), tmp_path)  # type: ignore[arg-type]
    assert set(written.values()) - {"extra"} <= set(EXPECTED)
    for path in written:
        rel = path.relative_to(tmp_path).as_posix()
        extraction = read_document(str(tmp_path), rel)
        assert extraction.readable, (rel, extraction.problem, extraction.problem_detail)
        if path.suffix.lower() in TEXT_SUFFIXES:
            assert extraction.text.strip(), rel


def test_the_national_mg3_is_a_table_of_boxes_with_tick_boxes(compliant):
    path, text = compliant["national"]["mg3"]
    document = docx.Document(str(path))
    assert document.tables and len(document.tables[0].rows) > 20
    assert "☒" in text and "☐" in text
    assert any("MG 3" in p.text for p in document.sections[0].header.paragraphs)


def test_national_pdf_forms_write_tick_boxes_in_latin1(tmp_path):
    texts = build(tmp_path, "national", complainant_mg11=True)
    pdfs = [text for path, text in texts.values() if path.suffix == ".pdf" and "[ ]" in text]
    assert pdfs, "a national form written as a PDF shows its tick boxes as [X] / [ ]"
    assert not any("☐" in text for path, text in texts.values() if path.suffix == ".pdf")


def test_the_prose_mg3_has_no_box_labels(compliant):
    _, text = compliant["prose"]["mg3"]
    labelled = [line for line in text.splitlines() if LABEL_LINE.match(line)]
    assert not labelled
    assert len(text) > 1500


@pytest.mark.parametrize(
    "key", ["mg3", "mg3a", "abe_summary", "roti", "dmd", "mg5", "early_advice", "action_plan"]
)
def test_the_three_styles_word_each_form_differently(compliant, key):
    lines = {
        style: {line.strip() for line in compliant[style][key][1].splitlines() if len(line) > 25}
        for style in STYLES
    }
    for a, b in [("standard", "national"), ("standard", "prose"), ("national", "prose")]:
        shared = lines[a] & lines[b]
        assert len(shared) <= len(lines[a]) // 3, (key, a, b, shared)


@pytest.mark.parametrize("key", ["mg6c", "mg6d"])
def test_the_schedules_column_headings_differ(compliant, key):
    def headings(style: str) -> list[str]:
        text = compliant[style][key][1]
        return [line for line in text.splitlines() if line.startswith("Item")]

    assert headings("standard") and headings("national")
    assert headings("standard") != headings("national")
    assert not headings("prose")  # a typed, numbered list: no column headings


def test_the_statement_header_differs_while_the_account_is_the_same(compliant):
    headers = {}
    for style in STYLES:
        text = compliant[style]["mg11_oic"][1]
        assert "I am a police officer trained in Achieving Best Evidence" in text
        headers[style] = {
            line.strip()
            for line in text.splitlines()
            if "URN" in line or "Statement of" in line or "statement of" in line
        }
    assert headers["standard"].isdisjoint(headers["national"])
    assert headers["standard"].isdisjoint(headers["prose"])
    assert headers["national"].isdisjoint(headers["prose"])


def test_an_unanswered_question_leaves_both_tick_boxes_empty(tmp_path):
    texts = build(tmp_path, "national", test_sought="missing", vps=False)
    mg3 = texts["mg3"][1]
    assert "Full Code Test ☐" in mg3 and "Threshold Test ☐" in mg3
    vps_row = next(line for line in mg3.splitlines() if "VPS" in line)
    assert "☒" not in vps_row


@pytest.mark.parametrize("style", STYLES)
def test_a_first_account_by_relationship_names_no_one(tmp_path, style):
    texts = build(tmp_path, style, first_account_described="relationship", complainant_mg11=True)
    for key in ("mg3", "abe_summary", "mg11_complainant"):
        assert "Sophie Tran" not in texts[key][1], (style, key)
        assert "friend" in texts[key][1] or (key == "abe_summary" and style == "standard")
    statement = texts["mg11_first_account"][1]
    assert "Sophie Tran" in statement and "Leah's friend" in statement


@pytest.mark.parametrize("style", STYLES)
def test_requests_and_the_device_are_written_where_the_knobs_say(tmp_path, style):
    texts = build(
        tmp_path,
        style,
        digital_request="blanket",
        third_party_request="blanket",
        requests_in="mg6c",
        device_recorded_in="mg6c",
    )
    for key in ("mg3", "dmd"):
        assert "full download" not in texts[key][1] and "since 2008" not in texts[key][1]
        assert "Digital Processing Notice" not in texts[key][1], (style, key)
    schedule = texts["mg6c"][1]
    assert "full download" in schedule and "since 2008" in schedule
    assert "Digital Processing Notice" in schedule


def test_the_new_demo_cases_are_listed():
    assert DEMO_CASES["compliant-national-form"].style == "national"
    assert DEMO_CASES["compliant-prose"].style == "prose"
    failures = [
        s
        for s in DEMO_CASES.values()
        if s.style == "national" and s.name != "compliant-national-form"
    ]
    assert failures
