"""Every rule of the checklist, passing and failing, on generated demo cases."""

from __future__ import annotations

import pytest

from gatekeeper.checklist import load_checklist
from gatekeeper.models import Stage, Status
from gatekeeper.pipeline import Checker, CheckSettings
from gatekeeper.pool import Budget
from helpers import AS_OF, finding

P, F, R, NA = Status.PASS, Status.FAIL, Status.REVIEW, Status.NOT_APPLICABLE

# (rule, changes to the compliant spec, expected status). The compliant spec is the pass case
# of every rule not listed with a pass of its own below.
CASES: list[tuple[str, dict[str, object], Status]] = [
    ("MG3-PRESENT", {"mg3": False}, F),
    ("MG3-TEST", {"test_sought": "missing"}, R),  # "charging advice": names no test
    ("MG3-TEST", {"test_sought": "threshold_no_reason"}, F),
    ("MG3-TEST", {"test_sought": "threshold"}, P),
    ("MG3-EA", {"early_advice": "missing"}, R),  # nothing about it found: a person looks
    ("MG3-EA", {"early_advice": "not_sought_no_reason"}, F),
    ("MG3-EA", {"early_advice": "not_sought_with_reason"}, P),
    ("MG3-CONTACT", {"oic_contact": False}, F),
    ("MG3-LOE", {"lines_of_enquiry": "no_away"}, R),
    ("MG3-LOE", {"lines_of_enquiry": "missing"}, R),
    ("MG3-DEFENCE", {"suspect_account": False}, R),
    ("MG3-OUTSTANDING", {"outstanding": "undated"}, F),
    ("MG3-OUTSTANDING", {"outstanding": "none"}, P),
    ("KS-COMPLAINANT", {"abe": "missing"}, F),
    ("KS-COMPLAINANT", {"abe": "none"}, P),
    ("ABE-REC", {"abe": "missing"}, F),
    ("ABE-REC", {"abe": "unplayable"}, F),
    ("ABE-REC", {"abe": "none"}, NA),
    ("ABE-SUM", {"abe_summary": False}, F),
    ("ABE-EXH", {"abe_exhibited": False}, F),  # the interviewer's statement is silent
    ("ABE-PLAN", {"abe_plan": False}, F),
    ("ABE-PLAN", {"abe_plan": False, "scheduled_abe_plan": True}, P),
    ("KS-FIRST", {"first_account_statement": False}, F),
    ("KS-FIRST", {"first_account_named": False}, F),  # "a friend", and no statement
    ("KS-FIRST", {"first_account_described": "relationship"}, P),  # "my friend Leah told me"
    ("KS-FIRST", {"first_account_described": "relationship", "first_account_statement": False}, F),
    (
        "KS-OFFICER",
        {"officer_statement": False},
        R,
    ),  # the OIC's statement is not the first attender's
    ("KS-OFFICER", {"officer_statement": False, "abe": "none"}, F),
    ("KS-SIGNED", {"signed": False}, F),
    ("SI-ROTI", {"roti": False}, F),
    ("PNC-SUSPECT", {"pnc_suspect": False}, F),
    ("PNC-WITNESS", {"pnc_witness": False}, F),
    ("DIS-MG6C", {"mg6c": False}, F),
    ("DIS-MG6D", {"mg6d": False}, F),
    ("DIS-MG6E", {"mg6e": False}, F),
    ("DIS-DMD", {"dmd": False}, F),
    ("DIS-DESC", {"vague_entries": True}, F),
    ("DIS-RP", {"incident_log": False}, F),
    ("DIS-RP", {"pnc_witness": False}, F),
    ("DIG-DPN", {"dpn": False}, F),
    ("DIG-DPN", {"device_examined": False}, NA),
    ("DIG-DPN", {"device_recorded_in": "mg6c"}, P),
    ("DIG-DPN", {"device_recorded_in": "mg6c", "dpn": False}, F),
    ("DIG-PROP", {"digital_request": "blanket"}, F),
    ("DIG-PROP", {"digital_request": "no_parameters"}, F),
    ("DIG-PROP", {"third_party_request": "blanket"}, P),  # her records are TP-REQUEST's
    ("DIG-PROP", {"digital_request": "none"}, NA),
    ("DIG-PROP", {"requests_in": "dmd"}, P),
    ("DIG-PROP", {"requests_in": "dmd", "digital_request": "blanket"}, F),
    ("DIG-PROP", {"requests_in": "mg6c"}, P),
    ("TP-REQUEST", {"third_party_request": "blanket"}, F),
    ("TP-REQUEST", {"third_party_request": "no_reason"}, F),
    ("TP-REQUEST", {"third_party_request": "none"}, NA),
    ("TP-REQUEST", {"requests_in": "dmd", "third_party_request": "no_reason"}, F),
    ("TP-REQUEST", {"requests_in": "mg6c"}, P),
    ("TP-REQUEST", {"requests_in": "mg6c", "third_party_request": "blanket"}, F),
    ("TP-NOTICE", {"victim_notice": "missing"}, F),  # the file, read in full, is silent
    ("TP-NOTICE", {"victim_notice": "withheld"}, P),  # the reason is recorded (s.44B(5))
    ("TP-NOTICE", {"victim_notice": "planned"}, R),
    ("TP-NOTICE", {"third_party_request": "none"}, NA),
    ("TP-NOTICE", {"requests_in": "dmd", "victim_notice": "missing"}, F),
    ("TP-NOTICE", {"requests_in": "mg6c", "victim_notice": "missing"}, F),
    ("MM-PLAYABLE", {"cctv": "unplayable"}, F),
    ("MM-PROVIDED", {"cctv": "missing"}, F),
    ("MM-CLIPPED", {"cctv": "long_unclipped"}, F),
    ("MM-CLIPPED", {"cctv": "long_clipped"}, P),
    ("EXH-PRESENT", {"exhibits_listed": False}, F),
    ("FOR-MED", {"forensic": "missing", "outstanding": "none"}, F),
    ("FOR-MED", {"forensic": "outstanding_dated", "outstanding": "none"}, P),
    ("VIC-SM", {"special_measures": False}, R),
    ("VIC-NEEDS", {"victim_needs": False}, R),
    ("VIC-VPS", {"vps": False}, F),  # the MG3, read in full, and the file say nothing of it
    ("VIC-ISVA", {"isva": False}, R),
    ("FILE-READ", {"legacy_doc": True}, F),
    ("FILE-READ", {"scanned_statement": True}, P),  # read by OCR (see test_ocr for OCR off)
    ("FILE-MISMATCH", {"mislabelled": True}, F),
    ("FILE-URN", {"second_urn": "42YE9999926"}, F),
    ("FILE-PII", {"mg6": False}, NA),
    ("FILE-PII", {"complainant_mg11": True}, P),
    ("FILE-PII", {"complainant_mg11": True, "pii_leak": True}, F),
    ("AP-ANSWERED", {"resubmission": "answered"}, P),
    ("AP-ANSWERED", {"resubmission": "part_answered"}, F),
    ("AP-AGE", {"resubmission": "pending"}, P),
    ("AP-AGE", {"resubmission": "pending", "action_plan_date": "01/06/2026"}, F),
]

COMPLIANT_NOT_APPLICABLE = {"MM-CLIPPED", "AP-ANSWERED", "AP-AGE"}

# Where a style's outcome differs from the standard style's, and why. The national form keeps
# every box, so a knob turned off leaves the box there and empty: evidence, so a fail where the
# standard style (which leaves the line out) gives a review. Prose states facts in sentences the
# tool may misread, so where the standard style fails on a box, prose gives a review.
STYLE_OUTCOMES: dict[tuple[str, str, str], Status] = {
    ("national", "MG3-TEST", "test_sought=missing"): F,
    ("national", "MG3-EA", "early_advice=missing"): F,
    ("national", "MG3-LOE", "lines_of_enquiry=missing"): F,
    ("national", "MG3-DEFENCE", "suspect_account=False"): F,
    ("national", "VIC-SM", "special_measures=False"): F,
    ("national", "VIC-NEEDS", "victim_needs=False"): F,
    ("national", "VIC-ISVA", "isva=False"): F,
    ("prose", "MG3-TEST", "test_sought=threshold_no_reason"): R,
    ("prose", "MG3-OUTSTANDING", "outstanding=undated"): R,
    ("prose", "KS-SIGNED", "signed=False"): R,  # "Dated ..., witnessed by": no signature line
    ("prose", "AP-ANSWERED", "resubmission=answered"): R,  # answers not numbered: read by content
    ("prose", "AP-ANSWERED", "resubmission=part_answered"): R,
}


def _knobs(changes: dict[str, object]) -> str:
    return ",".join(f"{k}={v}" for k, v in sorted(changes.items()))


def test_compliant_case_passes_every_rule(check_case):
    report = check_case()
    outcomes = {f.rule: f.status for f in report.findings}
    expected = {rule: NA if rule in COMPLIANT_NOT_APPLICABLE else P for rule in outcomes}
    assert outcomes == expected, [
        f.message for f in report.findings if f.status is not expected[f.rule]
    ]
    assert report.summary.would_pass


STYLES = ["standard", "national", "prose"]


@pytest.mark.parametrize("style", STYLES)
def test_compliant_case_passes_in_every_style(check_case, style):
    report = check_case(style=style)
    wrong = [
        f"{f.rule} {f.status.value}: {f.message}"
        for f in report.findings
        if f.status is not (NA if f.rule in COMPLIANT_NOT_APPLICABLE else P)
    ]
    assert not wrong
    assert report.summary.would_pass


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize(("rule", "changes", "expected"), CASES, ids=lambda v: str(v))
def test_rule(check_case, rule, changes, expected, style):
    expected = STYLE_OUTCOMES.get((style, rule, _knobs(changes)), expected)
    result = finding(check_case(style=style, **changes), rule)
    assert result.status is expected, result.message


def test_style_outcomes_name_real_cases():
    known = {(rule, _knobs(changes)) for rule, changes, _ in CASES}
    assert {(rule, knobs) for _, rule, knobs in STYLE_OUTCOMES} <= known


def test_every_rule_has_a_pass_and_a_fail_case():
    rules = {r.id for r in load_checklist().checklist.rule}
    failing = {rule for rule, _, status in CASES if status in (F, R)}
    passing = {rule for rule, _, status in CASES if status is P} | (
        rules - COMPLIANT_NOT_APPLICABLE
    )
    assert rules <= failing, f"rules with no failing case: {sorted(rules - failing)}"
    assert rules <= passing, f"rules with no passing case: {sorted(rules - passing)}"


def test_messages_name_what_is_missing(check_case):
    abe = finding(check_case(abe="missing"), "ABE-REC")
    assert "refer to a video-recorded interview, but no recording is in the file" in abe.message
    assert "the ABE summary" in abe.message and "DC Priya Shah's statement" in abe.message
    first = finding(check_case(first_account_statement=False), "KS-FIRST")
    assert "Sophie Tran" in first.message
    blanket = finding(check_case(digital_request="blanket"), "DIG-PROP")
    assert "full download" in blanket.message


def test_an_mg3_exported_as_a_table_reads_the_same(check_case):
    as_table = {f.rule: f.status for f in check_case(mg3_form="table").findings}
    assert as_table == {f.rule: f.status for f in check_case().findings}
    assert check_case(mg3_form="table").facts.oic_email == "priya.shah@westshire.police.example"


def test_a_scanned_mg3_is_read_by_ocr(check_case):
    report = check_case(mg3_form="scanned")
    mg3 = next(d for d in report.documents if d.type.value == "MG3")
    assert mg3.ocr and (mg3.ocr_confidence or 0) >= 70
    for rule in ("MG3-TEST", "MG3-CONTACT", "MG3-LOE", "MG3-DEFENCE", "MG3-OUTSTANDING"):
        assert finding(report, rule).status is P, finding(report, rule).message


def test_a_scanned_mg3_is_left_for_a_person_when_ocr_is_off(case_folder):
    settings = CheckSettings(workers=1, budget=Budget(ocr=False), as_of=AS_OF)
    with Checker(settings) as checker:
        report = checker.check(case_folder(mg3_form="scanned"))
    assert finding(report, "MG3-PRESENT").status is P
    for rule in ("MG3-TEST", "MG3-CONTACT", "MG3-LOE", "MG3-DEFENCE", "MG3-OUTSTANDING"):
        assert finding(report, rule).status is R, rule
    assert finding(report, "MG3-EA").status is P  # the record of early advice is in the file
    assert finding(report, "FILE-READ").status is R


def test_findings_carry_their_rule_metadata(check_case):
    result = finding(check_case(roti=False), "SI-ROTI")
    assert result.severity.value == "blocking"
    assert result.citation and result.action and result.owner == "OIC" and result.working_days


def test_stages_choose_their_rules(check_case):
    early = check_case(Stage.EARLY_ADVICE, roti=False, mg6c=False)
    charging = check_case(roti=False, mg6c=False)
    # every rule is reported at every stage; those a stage does not ask for are not applicable
    assert [f.rule for f in early.findings] == [f.rule for f in charging.findings]
    assert finding(charging, "DIS-MG6C").status is F and finding(early, "DIS-MG6C").status is NA
    assert (
        finding(early, "SI-ROTI").status is NA
        and "early advice" in finding(early, "SI-ROTI").message
    )
    assert finding(early, "MG3-PRESENT").status is P
    threshold = check_case(Stage.THRESHOLD, test_sought="threshold")
    assert finding(threshold, "MG3-TEST").status is P
    assert finding(check_case(Stage.THRESHOLD), "MG3-TEST").status is F


def test_facts_are_read_wherever_the_file_writes_them(check_case):
    report = check_case(device_recorded_in="mg6c")
    assert any("MG6C" in path for path in report.facts.device_examined_in)
    first = finding(
        check_case(first_account_described="relationship", first_account_statement=False),
        "KS-FIRST",
    )
    assert "a friend" in first.message
    blanket = finding(check_case(requests_in="dmd", digital_request="blanket"), "DIG-PROP")
    assert (
        "Disclosure Management Document" in blanket.message and "full download" in blanket.message
    )
