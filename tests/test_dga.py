"""The lawyer's list: failures under the DGA reason the CPS would record, in the CPS's words."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from gatekeeper.checklist import load_checklist
from gatekeeper.dga import REASONS, dga_line, dga_reasons, reasons_for
from gatekeeper.models import Finding, Severity, Status
from gatekeeper.report_text import render_text

SPEC = Path(__file__).resolve().parents[2] / "shared" / "domain" / "checklist-spec.md"


def _failing(rule_id: str, message: str = "Not in the file.", documents=()) -> Finding:
    rule = next(r for r in load_checklist().checklist.rule if r.id == rule_id)
    return Finding(
        rule=rule.id,
        status=Status.FAIL,
        severity=rule.severity,
        title=rule.title,
        message=message,
        documents=list(documents),
        citation=rule.citation,
        dga=rule.dga_category,
    )


def test_every_rule_with_a_category_fails_under_a_reason_the_cps_lists():
    for rule in load_checklist().checklist.rule:
        reasons = reasons_for(_failing(rule.id), {})
        if rule.dga_category:
            assert reasons and set(reasons) <= set(REASONS), rule.id
        else:
            assert reasons == [], rule.id


@pytest.mark.skipif(not SPEC.exists(), reason="the shared spec is beside the repository only")
def test_the_reasons_are_the_cps_own_words_from_the_spec():
    spec = SPEC.read_text()
    for reason in REASONS:
        if "Multi-media" in reason:
            continue  # the spec lists them three to a line
        assert reason in spec, reason


@pytest.mark.parametrize(
    ("rule", "message", "expected"),
    [
        ("MG3-LOE", "The MG3's lines of enquiry box is empty.", "not provided"),
        ("MG3-LOE", "The MG3 says no line of enquiry points away ...", "insufficient"),
        (
            "FOR-MED",
            "The MG3 lists forensic or medical results ...: Toxicology report.",
            "Forensic",
        ),
        ("FOR-MED", "No SARC or FME record, and no consent to release.", "Medical evidence"),
        (
            "MM-PROVIDED",
            "The MG3 refers to CCTV from the bar, not in the file.",
            "CCTV not provided",
        ),
        ("MM-PLAYABLE", "Will not play: bwv.mp4 (body-worn video damaged)", "BWV not in playable"),
        ("ABE-REC", "The ABE recording does not play.", "Other not in playable format"),
    ],
)
def test_a_category_the_cps_splits_is_split_by_what_the_finding_is_about(rule, message, expected):
    reasons = reasons_for(_failing(rule, message), {})
    assert any(expected in r for r in reasons), reasons


def test_the_reasons_come_once_each_in_the_cps_order_and_advisory_ones_do_not_count():
    findings = [
        _failing("KS-SIGNED"),
        _failing("DIS-DESC"),
        _failing("KS-FIRST"),
        _failing("MM-CLIPPED"),  # advisory: not counted by the assessment's verdict
    ]
    assert dga_reasons(findings, []) == [
        "Disclosure failure - Schedules of unused material not completed correctly",
        "Evidential failure - Statement(s)",
    ]
    assert dga_line(dga_reasons(findings, []), False).startswith(
        "Would be recorded in the DGA as: Disclosure failure - Schedules"
    )


def test_a_finding_recorded_under_the_fields_earlier_name_still_loads():
    data = _failing("KS-SIGNED").model_dump()
    data["dga_category"] = data.pop("dga")
    assert Finding.model_validate(data).dga == "Evidential - statement(s)"


def test_the_report_opens_with_the_dga_line_and_groups_failures_by_reason(check_case):
    report = check_case(vague_entries=True, signed=False)
    text = render_text(report, show_documents=False)
    head = text.splitlines()[3:6]
    assert head[0].startswith("Would not pass the CPS assessment")
    assert head[1].startswith("Would be recorded in the DGA as: Disclosure failure - Schedules")
    assert "DISCLOSURE FAILURE - SCHEDULES OF UNUSED MATERIAL NOT COMPLETED CORRECTLY (1)" in text
    assert "EVIDENTIAL FAILURE - STATEMENT(S) (1)" in text
    assert "FAIL KS-SIGNED (required)" in text
    data = json.loads(report.model_dump_json())
    signed = next(f for f in data["findings"] if f["rule"] == "KS-SIGNED")
    assert signed["dga"] == "Evidential - statement(s)"
    assert data["summary"]["dga_reasons"] == [
        "Disclosure failure - Schedules of unused material not completed correctly",
        "Evidential failure - Statement(s)",
    ]
    assert next(f for f in data["findings"] if f["rule"] == "MG3-TEST")["dga"] is None


def test_own_checks_are_shown_apart(check_case):
    report = check_case(third_party_request="no_reason", victim_notice="missing")
    text = render_text(report, show_documents=False)
    assert "NO DGA FAILURE REASON: GATEKEEPER'S OWN CHECKS (1)" in text
    own = text.split("NO DGA FAILURE REASON")[1]
    assert "TP-NOTICE" in own and "TP-REQUEST" not in own
    assert Severity.REQUIRED.value in own


def test_the_plan_and_the_pack_say_the_same_dga_line(check_case):
    import datetime as dt

    from gatekeeper.pack import content
    from gatekeeper.plan import PlanSettings, draft_plan
    from gatekeeper.plan.render import render_text as plan_text

    report = check_case(vague_entries=True, signed=False)
    line = dga_line(report.summary.dga_reasons, report.summary.would_pass)
    plan = draft_plan(report, PlanSettings(), dt.date(2026, 12, 7))
    assert line in " ".join(plan_text(plan).split())
    assert ("CPS assessment", line) in content.case_rows(report)
    assert content.finding_rows(report)[0][-1] in {f.dga or "" for f in report.findings}
