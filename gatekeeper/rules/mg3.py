"""Checks of what the MG3 (or MG3A) must say."""

from __future__ import annotations

from gatekeeper.case import CaseFile
from gatekeeper.models import DocType, Stage
from gatekeeper.rules.registry import (
    Outcome,
    check,
    failed,
    not_applicable,
    passed,
    unreadable_reports,
)

NO_MG3 = "There is no MG3 to check (see MG3-PRESENT)."


def _reports(case: CaseFile) -> list[str]:
    return [d.path for d in case.of_type(DocType.MG3, DocType.MG3A) if d.readable]


def _cannot_check(case: CaseFile) -> Outcome | None:
    if not _reports(case):
        return not_applicable(NO_MG3)
    return unreadable_reports(case)


@check
def test_sought(case: CaseFile) -> Outcome:
    if blocked := _cannot_check(case):
        return blocked
    reports = _reports(case)
    facts = case.facts
    if facts.test_sought is None:
        return failed(
            "The MG3 does not say whether a Full Code Test or Threshold Test is sought.", reports
        )
    if facts.test_sought == "threshold" and not facts.threshold_reason:
        return failed("The MG3 asks for a Threshold Test but gives no reasons for it.", reports)
    if case.stage is Stage.THRESHOLD and facts.test_sought != "threshold":
        return failed(
            "This is checked as a threshold request, but the MG3 asks for a Full Code Test.",
            reports,
        )
    label = "Full Code Test" if facts.test_sought == "full_code" else "Threshold Test, with reasons"
    return passed(f"The MG3 asks for a {label}.", reports)


@check
def early_advice_recorded(case: CaseFile) -> Outcome:
    reports = _reports(case)
    advice = [d.path for d in case.of_type(DocType.EARLY_ADVICE)]
    if advice or case.facts.early_advice_sought:
        return passed("Early advice was sought.", reports + advice)
    if blocked := _cannot_check(case):
        return blocked
    if case.facts.early_advice_reason:
        return passed(
            f"Early advice was not sought; the reason is recorded: {case.facts.early_advice_reason}",
            reports,
        )
    if case.facts.early_advice_sought is False:
        return failed("The MG3 says early advice was not sought but gives no reason.", reports)
    return failed("The MG3 does not say whether early advice was sought, or why not.", reports)


@check
def oic_contact_details(case: CaseFile) -> Outcome:
    if blocked := _cannot_check(case):
        return blocked
    reports = _reports(case)
    facts = case.facts
    missing = [
        label
        for label, value in (("phone number", facts.oic_phone), ("e-mail", facts.oic_email))
        if not value
    ]
    if missing:
        who = facts.oic_name or "the OIC"
        return failed(f"The MG3 does not give {who}'s direct {' or '.join(missing)}.", reports)
    return passed(f"The OIC's direct phone ({facts.oic_phone}) and e-mail are on the MG3.", reports)


@check
def lines_of_enquiry(case: CaseFile) -> Outcome:
    if blocked := _cannot_check(case):
        return blocked
    reports = _reports(case)
    text = case.facts.lines_of_enquiry or ""
    if len(text.split()) < 8:
        return failed("The MG3 does not describe the reasonable lines of enquiry.", reports)
    if not case.facts.loe_points_away:
        return failed(
            "The MG3 lists lines of enquiry but none pointing away from the suspect (CPIA Code 3.5).",
            reports,
        )
    return passed(
        "Lines of enquiry are described, including those pointing away from the suspect.", reports
    )


@check
def suspect_account_summarised(case: CaseFile) -> Outcome:
    if blocked := _cannot_check(case):
        return blocked
    reports = _reports(case)
    if not case.facts.suspect_account:
        return failed(
            "The MG3 does not summarise the suspect's account or likely defence.", reports
        )
    return passed("The suspect's account is summarised.", reports)


@check
def outstanding_evidence_dated(case: CaseFile) -> Outcome:
    if blocked := _cannot_check(case):
        return blocked
    reports = _reports(case)
    facts = case.facts
    if not facts.outstanding_recorded and not facts.outstanding:
        return failed(
            "The MG3 does not say what evidence is outstanding (or that none is).", reports
        )
    undated = [item.text for item in facts.outstanding if item.target_date is None]
    if undated:
        return failed(f"Outstanding evidence without a target date: {'; '.join(undated)}", reports)
    if not facts.outstanding:
        return passed("The MG3 records that no evidence is outstanding.", reports)
    return passed(
        f"{len(facts.outstanding)} outstanding item(s), each with a target date.", reports
    )
