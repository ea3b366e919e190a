"""An action plan's outputs: text, JSON, DOCX and PDF, and the ``plan`` command."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from collections.abc import Callable

import pytest

from gatekeeper.models import Report
from gatekeeper.plan import ActionPlan, PlanSettings, draft_plan
from gatekeeper.plan.command import add_plan_command
from gatekeeper.plan.docx_out import write_docx
from gatekeeper.plan.pdf_out import write_pdf
from gatekeeper.plan.render import render_json, render_text
from helpers import MANY_GAPS

TODAY = dt.date(2026, 12, 22)
SETTINGS = PlanSettings(
    gatekeeper_name="DS Ruth Okafor",
    gatekeeper_phone="01632 960800",
    gatekeeper_email="ruth.okafor@westshire.police.example",
    submission=2,
)


@pytest.fixture(scope="module")
def long_plan(check_case: Callable[..., Report]) -> ActionPlan:
    return draft_plan(check_case(**MANY_GAPS), SETTINGS, TODAY)


@pytest.fixture(scope="module")
def short_plan(check_case: Callable[..., Report]) -> ActionPlan:
    return draft_plan(check_case(abe="missing"), SETTINGS, TODAY)


def flat(text: str) -> str:
    return " ".join(text.split())


def test_json_has_the_issue_shape_and_round_trips(long_plan):
    data = json.loads(render_json(long_plan))
    assert {"urn", "date", "actions", "to_decide", "contacts", "warnings"} <= set(data)
    assert data["urn"] == "42YE1234526" and data["date"] == "2026-12-22"
    assert data["submission"] == 2
    for action in data["actions"]:
        assert {"rules", "action", "owner", "due", "review", "priority"} <= set(action)
        assert action["priority"] in ("blocking", "required", "advisory")
        dt.date.fromisoformat(action["due"])
        dt.date.fromisoformat(action["review"])
    assert data["actions"][0]["rules"] == ["KS-COMPLAINANT", "ABE-REC"]
    assert set(data["contacts"]) == {
        "oic_name",
        "oic_phone",
        "oic_email",
        "gatekeeper_name",
        "gatekeeper_phone",
        "gatekeeper_email",
    }
    assert ActionPlan.model_validate_json(render_json(long_plan)) == long_plan


def test_text_lists_every_action_with_its_dates(long_plan):
    text = flat(render_text(long_plan))
    assert "URN 42YE1234526; submission 2" in text and "22/12/2026" in text
    for action in long_plan.actions:
        assert flat(action.action) in text
        assert f"due {action.due:%a %d/%m/%Y}" in text
    assert "For the gatekeeper to decide" in text
    assert "DS Ruth Okafor, 01632 960800" in text


def test_docx_holds_the_urn_every_action_and_page_numbers(long_plan, tmp_path):
    from docx import Document

    path = tmp_path / "plan.docx"
    write_docx(long_plan, path)
    document = Document(str(path))
    body = flat("\n".join(p.text for p in document.paragraphs))
    assert "42YE1234526" in body and "22/12/2026" in body and "submission 2" in body
    contacts_table, actions = document.tables  # contacts first, under the header
    header = [c.text for c in actions.rows[0].cells]
    assert header == ["No.", "Action", "Owner", "Due", "Review", "Priority"]
    assert len(actions.rows) == len(long_plan.actions) + 1
    for row, action in zip(actions.rows[1:], long_plan.actions, strict=True):
        cells = [c.text for c in row.cells]
        assert cells[0] == action.id
        assert flat(action.action) in flat(cells[1])
        assert cells[2:] == [
            action.owner,
            f"{action.due:%d/%m/%Y}",
            f"{action.review:%d/%m/%Y}",
            action.priority.value.capitalize(),
        ]
    contacts = [c.text for row in contacts_table.rows for c in row.cells]
    assert "ruth.okafor@westshire.police.example" in contacts and "DC Priya Shah" in contacts
    assert any("KS-OFFICER" in p.text for p in document.paragraphs)  # for the gatekeeper
    footer = document.sections[0].footer.paragraphs[0]._p.xml
    assert "PAGE" in footer and "NUMPAGES" in footer
    assert "speak to the officer" not in body  # notes for the gatekeeper are not sent
    write_docx(long_plan, tmp_path / "notes.docx", notes=True)
    noted = Document(str(tmp_path / "notes.docx"))
    assert any("speak to the officer" in p.text for p in noted.paragraphs)


def test_pdf_has_page_numbers_every_action_and_renders(long_plan, short_plan, tmp_path):
    import pypdfium2 as pdfium

    path = tmp_path / "plan.pdf"
    write_pdf(long_plan, path)
    pdf = pdfium.PdfDocument(str(path))
    try:
        pages = len(pdf)
        assert pages >= 2
        texts = [pdf[i].get_textpage().get_text_range() for i in range(pages)]
        for number, text in enumerate(texts, start=1):
            assert f"Page {number} of {pages}" in text
        whole = flat(" ".join(texts))
        assert "Action plan: URN 42YE1234526" in whole
        for action in long_plan.actions:
            assert flat(action.action)[:50] in whole, action.action
        assert "DS Ruth Okafor" in whole and "01632 960800" in whole
        image = pdf[0].render(scale=60 / 72).to_pil()
        assert image.size[0] > 400 and image.getextrema() != ((255, 255), (255, 255), (255, 255))
    finally:
        pdf.close()

    one = tmp_path / "short.pdf"
    write_pdf(short_plan, one)
    short = pdfium.PdfDocument(str(one))
    try:
        assert len(short) == 1
        assert "Page 1 of 1" in short[0].get_textpage().get_text_range()
    finally:
        short.close()


# --- the command -----------------------------------------------------------------------------


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="gatekeeper")
    add_plan_command(top.add_subparsers())
    return top


def run(*argv: str) -> int:
    args = parser().parse_args(["plan", *argv])
    result: int = args.run(args)
    return result


def test_plan_command_prints_json(case_folder, capsys):
    folder = case_folder(abe="missing")
    code = run(str(folder), "--format", "json", "--as-of", "2026-12-22", "--workers", "1")
    out = capsys.readouterr()
    data = json.loads(out.out)
    assert code == 1
    assert data["date"] == "2026-12-22"
    assert data["actions"][0]["rules"] == ["KS-COMPLAINANT", "ABE-REC"]
    assert data["actions"][0]["due"] == "2026-12-24"
    assert "--gatekeeper-name" in out.err  # the missing contacts, on stderr


def test_plan_command_writes_docx_and_pdf(case_folder, tmp_path, capsys):
    folder = case_folder(abe="missing")
    common = ["--as-of", "2026-12-22", "--workers", "1", "--gatekeeper-name", "DS Ruth Okafor"]
    assert run(str(folder), "--format", "docx", "--out", str(tmp_path / "p.docx"), *common) == 1
    assert run(str(folder), "--format", "pdf", "--out", str(tmp_path / "p.pdf"), *common) == 1
    assert (tmp_path / "p.docx").stat().st_size > 0
    assert (tmp_path / "p.pdf").read_bytes().startswith(b"%PDF")
    assert "written to" in capsys.readouterr().err


def test_plan_command_compliant_case_exits_0(case_folder, tmp_path, capsys):
    out = tmp_path / "plan.txt"
    assert run(str(case_folder()), "--out", str(out), "--workers", "1") == 0
    assert "No actions" in out.read_text()


def test_plan_command_usage_errors_exit_2(tmp_path, capsys):
    assert run(str(tmp_path / "missing")) == 2
    assert run(str(tmp_path), "--format", "docx") == 2
    assert "--out" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        run(str(tmp_path), "--format", "xml")


def test_pdf_keeps_file_names_markdown_would_misread_and_works_without_a_unicode_font(
    short_plan, tmp_path, monkeypatch
):
    import pypdfium2 as pdfium

    from gatekeeper.plan import pdf_out

    odd = short_plan.model_copy(
        update={
            "actions": [
                short_plan.actions[0].model_copy(
                    update={"action": "Replace scan--1__a.pdf with the officer’s “signed” copy."}
                )
            ]
        }
    )
    for fonts, expected in (((), 'officer\'s "signed"'), (pdf_out.UNICODE_FONTS, "signed")):
        monkeypatch.setattr(pdf_out, "UNICODE_FONTS", fonts)
        path = tmp_path / f"odd{len(fonts)}.pdf"
        write_pdf(odd, path)
        pdf = pdfium.PdfDocument(str(path))
        try:
            text = pdf[0].get_textpage().get_text_range()
        finally:
            pdf.close()
        assert "scan--1__a.pdf" in text and expected in text
