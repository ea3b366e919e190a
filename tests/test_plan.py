"""Action plans drafted from the demo cases: specific, proportionate, dated in working days."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from gatekeeper.demo.cases import DEMO_CASES
from gatekeeper.forms import load_forms
from gatekeeper.models import Decision, Document, Overrides, Report, Severity, Status
from gatekeeper.pipeline import Checker
from gatekeeper.plan import (
    ActionPlan,
    PlanEditError,
    PlanSettings,
    add_action,
    add_working_days,
    draft_plan,
    edit_action,
    is_working_day,
    remove_action,
    validate_action,
)
from gatekeeper.plan.draft import held
from gatekeeper.plan.workdays import next_working_day
from helpers import MANY_GAPS

TODAY = dt.date(2026, 11, 23)  # a Monday, as tests/helpers.AS_OF
SETTINGS = PlanSettings(
    gatekeeper_name="DS Ruth Okafor",
    gatekeeper_phone="01632 960800",
    gatekeeper_email="ruth.okafor@westshire.police.example",
)
PHRASES = load_forms().phrases
COMPLIANT = ["compliant", "compliant-messy-names", "compliant-national-form", "compliant-prose"]
FAILING = [name for name in DEMO_CASES if name not in COMPLIANT]


def changes_of(name: str) -> dict[str, object]:
    return DEMO_CASES[name].model_dump(exclude_defaults=True)


@pytest.fixture(scope="module")
def report_of(check_case: Callable[..., Report]) -> Callable[[str], Report]:
    """The check of a named demo case (built and checked once per session)."""

    def get(name: str) -> Report:
        return check_case(**changes_of(name))

    return get


@pytest.fixture(scope="module")
def plan_of(report_of: Callable[[str], Report]) -> Callable[[str], ActionPlan]:
    plans: dict[str, ActionPlan] = {}

    def get(name: str) -> ActionPlan:
        if name not in plans:
            plans[name] = draft_plan(report_of(name), SETTINGS, TODAY)
        return plans[name]

    return get


@pytest.fixture(scope="module")
def many_gaps(check_case: Callable[..., Report]) -> Report:
    return check_case(**MANY_GAPS)


def action_for(plan: ActionPlan, rule: str):  # type: ignore[no-untyped-def]
    found = [a for a in plan.actions if rule in a.rules]
    assert found, f"no action for {rule} in {[a.rules for a in plan.actions]}"
    return found[0]


# --- drafting from the demo cases ------------------------------------------------------------


@pytest.mark.parametrize("name", COMPLIANT)
def test_compliant_cases_give_no_actions(plan_of, name):
    plan = plan_of(name)
    assert plan.actions == []
    assert plan.urn == "42YE1234526"


@pytest.mark.parametrize(
    ("name", "rule", "owner", "words"),
    [
        (
            "no-abe-recording",
            "ABE-REC",
            "OIC",
            [
                "Provide the ABE recording of Leah Marsden's interview",
                "DC Priya Shah's statement",
                "playable",
            ],
        ),
        (
            "no-first-account",
            "KS-FIRST",
            "OIC",
            ["Take a statement from Sophie Tran, to whom the complainant first disclosed"],
        ),
        ("no-suspect-interview", "SI-ROTI", "OIC", ["record of Daniel Pryce's interview"]),
        ("no-schedules", "DIS-MG6C", "disclosure officer", ["MG6C", "URN 42YE1234526"]),
        ("no-schedules", "DIS-MG6D", "disclosure officer", ["MG6D", "nil return"]),
        ("no-schedules", "DIS-DMD", "disclosure officer", ["disclosure management document"]),
        (
            "disproportionate-digital-request",
            "DIG-PROP",
            "OIC",
            ["Withdraw the blanket request", "Leah Marsden's phone", "reasonable line of enquiry"],
        ),
        (
            "unsigned-statement",
            "KS-SIGNED",
            "OIC",
            ["Marcus Bell's (MG11 Marcus Bell.pdf)", "PC Tom Ellery's", "s.9 declaration"],
        ),
        (
            "vague-schedule-entries",
            "DIS-DESC",
            "disclosure officer",
            ["'Notes', 'Misc' and 'Various'", "MG6C unused material.xlsx"],
        ),
        (
            "national-form-gaps",
            "MG3-CONTACT",
            "OIC",
            ["Amend the MG3", "DC Priya Shah's direct phone number", "Toxicology report"],
        ),
        ("national-blanket-requests", "DIG-PROP", "OIC", ["Disclosure Management Document.docx"]),
        ("unplayable-cctv", "MM-PLAYABLE", "OIC", ["CCTV Crown Inn camera 2.mp4", "playable copy"]),
        ("typical-first-submission", "KS-FIRST", "OIC", ["Sophie Tran"]),
        ("typical-first-submission", "DIS-DESC", "disclosure officer", ["Book16.xlsx"]),
    ],
)
def test_each_failure_case_gets_its_action_in_its_own_words(plan_of, name, rule, owner, words):
    action = action_for(plan_of(name), rule)
    assert action.owner == owner
    for word in words:
        assert word in action.action
    assert rule in action.reason and "(" in action.reason  # the rule, its title and citation


@pytest.mark.parametrize(
    ("changes", "rule", "words"),
    [
        ({"abe_summary": False}, "ABE-SUM", ["ABE interview Leah Marsden.mp4"]),
        ({"dpn": False}, "DIG-DPN", ["Digital Processing Notice Leah Marsden signed"]),
        ({"cctv": "missing"}, "MM-PROVIDED", ["CCTV referred to in PC Tom Ellery's statement"]),
        (
            {"cctv": "missing", "exhibits_listed": False},
            "EXH-PRESENT",
            ["exhibit TE/2", "PC Tom Ellery's statement"],
        ),
        ({"pnc_witness": False}, "PNC-WITNESS", ["Marcus Bell", "Sophie Tran", "nil return"]),
        ({"resubmission": "part_answered"}, "AP-ANSWERED", ["action(s) 2", "02/10/2026"]),
        ({"test_sought": "threshold_no_reason"}, "MG3-TEST", ["Threshold Test", "Toxicology"]),
        ({"first_account_named": False}, "KS-FIRST", ["Identify a friend", "first disclosed"]),
        ({"pii_leak": True}, "FILE-PII", ["MG11 Marcus Bell.pdf", "Leah Marsden's address"]),
        ({"abe": "unplayable"}, "ABE-REC", ["Replace", "ABE interview Leah Marsden.mp4"]),
        (
            {"mg3": False},
            "MG3-PRESENT",
            ["Complete an MG3 for the charging decision on Daniel Pryce", "in it, record"],
        ),
    ],
    ids=lambda v: v if isinstance(v, str) else None,
)
def test_actions_name_the_cases_own_documents_people_and_exhibits(check_case, changes, rule, words):
    report = check_case(**changes)
    plan = draft_plan(report, SETTINGS, TODAY)
    action = action_for(plan, rule)
    for word in words:
        assert word in action.action
    generic = {f.action for f in report.findings if f.rule in action.rules}
    assert action.action not in generic  # more specific than the checklist's own words
    assert "00900457" not in action.action  # her details are never repeated in a plan


@pytest.mark.parametrize("name", FAILING)
def test_every_failing_rule_has_an_action_and_no_review_becomes_one(report_of, plan_of, name):
    report, plan = report_of(name), plan_of(name)
    failing = {f.rule for f in report.findings if f.status is Status.FAIL}
    reviews = {f.rule for f in report.findings if f.status is Status.REVIEW}
    in_actions = {r for a in plan.actions for r in a.rules}
    assert failing <= in_actions | {d.rule for d in plan.to_decide}
    assert not in_actions & reviews
    assert reviews <= {d.rule for d in plan.to_decide}


@pytest.mark.parametrize("name", FAILING)
def test_no_action_asks_for_a_document_the_file_holds(report_of, plan_of, name):
    report, plan = report_of(name), plan_of(name)
    held_types = {d.type.value for d in report.documents}
    for action in plan.actions:
        assert not held(action.asks_for, report.documents), action
        for ask in action.asks_for:
            if ":" not in ask:
                assert ask not in held_types, (ask, action.action)


def test_a_statement_already_in_the_file_is_not_asked_for_again(report_of):
    """KS-FIRST fails, but a statement by the person is in the file under another role: the
    plan asks the gatekeeper to look, not the officer to take it again."""
    report = report_of("no-first-account")
    extra = Document(
        path="Statements/S Tran.pdf",
        type="MG11",
        role="witness",
        format="pdf",
        size=1000,
        readable=True,
        maker="Sophie Tran",
    )
    changed = report.model_copy(update={"documents": [*report.documents, extra]})
    plan = draft_plan(changed, SETTINGS, TODAY)
    assert not any("Sophie Tran" in a.action for a in plan.actions)
    decide = [d for d in plan.to_decide if d.rule == "KS-FIRST"]
    assert decide and "Statements/S Tran.pdf" in decide[0].message


@pytest.mark.parametrize("name", FAILING)
def test_every_drafted_action_passes_the_proportionality_guard(plan_of, name):
    for action in plan_of(name).actions:
        assert validate_action(action.action, PHRASES) == [], action.action


def test_material_actions_state_their_foundation_and_parameters(plan_of):
    for name in ("disproportionate-digital-request", "national-blanket-requests"):
        for action in plan_of(name).actions:
            if {"DIG-PROP", "TP-REQUEST"} & set(action.rules):
                assert action.foundation and action.parameters
                assert "date range" in action.action and "line of enquiry" in action.action
                assert "full download" not in action.action.lower()
                assert not action.action.lower().startswith(("seize", "download", "obtain"))


# --- merging and order -----------------------------------------------------------------------


def test_one_action_meets_several_rules(plan_of, many_gaps):
    """Merge rule: same owner and same subject (the same document or person) -> one action."""
    abe = action_for(plan_of("no-abe-recording"), "ABE-REC")
    assert abe.rules == ["KS-COMPLAINANT", "ABE-REC"]
    assert len(plan_of("no-abe-recording").actions) == 1

    # a missing first-account statement is KS-FIRST's point alone (DIS-RP is the unused
    # material: the incident log, crime report, witnesses' convictions)
    first = action_for(plan_of("no-first-account"), "KS-FIRST")
    assert first.rules == ["KS-FIRST"] and first.owner == "OIC"
    rp = action_for(plan_of("typical-first-submission"), "KS-FIRST")
    assert "DIS-RP" not in rp.rules

    mg3 = action_for(plan_of("national-form-gaps"), "MG3-EA")
    assert mg3.rules == ["MG3-OUTSTANDING", "MG3-EA", "MG3-CONTACT"]  # required first
    assert mg3.action.count("Amend the MG3") == 1
    assert "early advice" in mg3.action and "target date" in mg3.action
    # the merged action gets the longest allowance of its rules, from the plan's date
    assert mg3.working_days == 1

    plan = draft_plan(many_gaps, SETTINGS, TODAY)
    rp = [a for a in plan.actions if "DIS-RP" in a.rules]
    # DIS-RP asks for each missing thing: each merges with the action asking for the same one
    assert {tuple(a.rules) for a in rp} == {("PNC-WITNESS", "DIS-RP"), ("DIS-RP",)}
    schedules = [
        a for a in plan.actions if a.rules[0].startswith("DIS-MG6") or a.rules == ["DIS-DMD"]
    ]
    assert len(schedules) == 4  # different documents are never merged
    assert len({a.action for a in plan.actions}) == len(plan.actions)


def test_blocking_first_then_required_then_advisory(many_gaps):
    plan = draft_plan(many_gaps, SETTINGS, TODAY)
    order = {Severity.BLOCKING: 0, Severity.REQUIRED: 1, Severity.ADVISORY: 2}
    ranks = [order[a.priority] for a in plan.actions]
    assert ranks == sorted(ranks) and ranks[0] == 0 and ranks[-1] == 2
    assert [a.id for a in plan.actions] == [f"A{n}" for n in range(1, len(plan.actions) + 1)]


# --- review findings and a person's decisions ------------------------------------------------


def test_review_findings_are_for_the_gatekeeper_to_decide(plan_of):
    plan = plan_of("early-advice-not-recorded")
    assert plan.actions == []
    assert [d.rule for d in plan.to_decide] == ["MG3-EA"]


def test_a_decided_fail_becomes_an_action(
    checker: Checker, case_folder: Callable[..., Path]
) -> None:
    folder = case_folder(**changes_of("early-advice-not-recorded"))
    decision = Decision(status=Status.FAIL, by="DS Ruth Okafor", note="nothing on early advice")
    report = checker.check(folder, overrides=Overrides(decisions={"MG3-EA": decision}))
    plan = draft_plan(report, SETTINGS, TODAY)
    action = action_for(plan, "MG3-EA")
    assert "early advice" in action.action and "DS Ruth Okafor" in action.reason
    assert not any(d.rule == "MG3-EA" for d in plan.to_decide)


# --- dates -----------------------------------------------------------------------------------


def test_working_days_skip_weekends_and_bank_holidays():
    assert add_working_days(dt.date(2026, 12, 24), 1) == dt.date(2026, 12, 29)  # 25, 28 off
    assert add_working_days(dt.date(2026, 12, 31), 1) == dt.date(2027, 1, 4)  # 1 Jan off
    assert add_working_days(dt.date(2027, 3, 25), 1) == dt.date(
        2027, 3, 30
    )  # Good Friday, Easter Monday
    assert add_working_days(dt.date(2027, 3, 25), 2) == dt.date(2027, 3, 31)
    assert add_working_days(dt.date(2026, 11, 27), 1) == dt.date(2026, 11, 30)  # a weekend
    assert add_working_days(dt.date(2026, 12, 26), 0) == dt.date(2026, 12, 29)
    for day in (dt.date(2026, 12, 25), dt.date(2026, 12, 28), dt.date(2027, 1, 1)):
        assert not is_working_day(day)
    for day in (dt.date(2027, 3, 26), dt.date(2027, 3, 29)):
        assert not is_working_day(day)
    assert next_working_day(dt.date(2027, 3, 26)) == dt.date(2027, 3, 30)


@pytest.mark.parametrize(
    "start",
    [dt.date(2026, 12, 14) + dt.timedelta(days=n) for n in range(0, 26, 1)]
    + [dt.date(2027, 3, 19) + dt.timedelta(days=n) for n in range(0, 14, 1)],
    ids=str,
)
def test_plans_over_christmas_new_year_and_easter_never_fall_due_on_a_day_off(many_gaps, start):
    holidays_seen = {
        dt.date(2026, 12, 25),
        dt.date(2026, 12, 28),
        dt.date(2027, 1, 1),
        dt.date(2027, 3, 26),
        dt.date(2027, 3, 29),
    }
    plan = draft_plan(many_gaps, SETTINGS, start)
    for action in plan.actions:
        for day in (action.due, action.review):
            assert day.weekday() < 5 and day not in holidays_seen, (start, action.id, day)
        assert action.due > start and action.review >= action.due
        assert action.due == add_working_days(start, action.working_days)


def test_review_date_is_configurable(plan_of, report_of):
    report = report_of("no-suspect-interview")
    plan = draft_plan(report, SETTINGS.model_copy(update={"review_after": 5}), TODAY)
    action = plan.actions[0]
    assert action.review == add_working_days(action.due, 5)
    assert plan_of("no-suspect-interview").actions[0].review == add_working_days(action.due, 2)


def test_a_due_date_before_a_date_the_file_gives_is_unrealistic(
    checker: Checker, case_folder: Callable[..., Path]
) -> None:
    """The file expects the toxicology report on 12/12/2026; a plan of 23/11 asking for the
    forensic results within 5 working days cannot be met."""
    decision = Decision(status=Status.FAIL, by="DS Ruth Okafor", note="the SFR is partial")
    report = checker.check(case_folder(), overrides=Overrides(decisions={"FOR-MED": decision}))
    plan = draft_plan(report, SETTINGS, TODAY)
    action = action_for(plan, "FOR-MED")
    assert action.due == dt.date(2026, 11, 30)
    assert action.unrealistic and "12/12/2026" in action.unrealistic
    assert any("A1" in w and "date the file itself gives" in w for w in plan.warnings)

    later = edit_action(plan, action.id, PHRASES, due=dt.date(2026, 12, 15))
    assert later.actions[0].unrealistic is None
    assert later.actions[0].review == dt.date(2026, 12, 17)
    assert not any("date the file itself gives" in w for w in later.warnings)

    # an action the gatekeeper types is held to the same dates
    typed = add_action(
        later,
        "Provide the toxicology report from the forensic provider",
        "OIC",
        PHRASES,
        working_days=3,
    )
    assert typed.actions[-1].unrealistic and "12/12/2026" in typed.actions[-1].unrealistic


def test_an_action_about_something_else_is_not_tied_to_the_files_dates(plan_of):
    plan = plan_of("no-suspect-interview")  # the file expects toxicology on 12/12/2026
    assert plan.file_dates and all(a.unrealistic is None for a in plan.actions)


# --- editing ---------------------------------------------------------------------------------


def test_editing_re_validates_dates(plan_of):
    plan = plan_of("no-schedules")
    with pytest.raises(PlanEditError, match="Christmas Day"):
        edit_action(plan, "A1", PHRASES, due=dt.date(2026, 12, 25))
    with pytest.raises(PlanEditError, match="Saturday"):
        edit_action(plan, "A1", PHRASES, due=dt.date(2026, 11, 28))
    with pytest.raises(PlanEditError, match="after the plan's date"):
        edit_action(plan, "A1", PHRASES, due=TODAY)
    with pytest.raises(PlanEditError, match="before the due date"):
        edit_action(plan, "A1", PHRASES, due=dt.date(2026, 12, 8), review=dt.date(2026, 12, 7))
    with pytest.raises(PlanEditError, match="no action A99"):
        edit_action(plan, "A99", PHRASES, owner="supervisor")
    changed = edit_action(plan, "A2", PHRASES, owner="DC Aaron Wells", due=dt.date(2026, 12, 4))
    assert changed.actions[1].owner == "DC Aaron Wells"
    assert changed.actions[1].due == dt.date(2026, 12, 4)
    assert [a.id for a in changed.actions] == [a.id for a in plan.actions]
    assert plan.actions[1].owner == "disclosure officer"  # the original is unchanged


def test_adding_and_removing_actions_keeps_ids_stable(plan_of):
    plan = plan_of("no-schedules")
    added = add_action(plan, "Provide the MG6 case file information", "OIC", PHRASES)
    # before the advisory actions (the DMD and the MG6E)
    assert [a.id for a in added.actions] == ["A1", "A2", "A5", "A3", "A4"]
    assert added.actions[2].added_by == "gatekeeper" and added.actions[2].rules == []
    removed = remove_action(added, "A2", PHRASES)
    assert [a.id for a in removed.actions] == ["A1", "A5", "A3", "A4"]


# --- the proportionality guard ---------------------------------------------------------------

BLANKET = [
    "Obtain a full download of the complainant's mobile phone",
    "Download the complainant's phone in full because it is relevant to consent",
    "Get all messages off her phone",
    "Seize the victim's phone and examine everything on it",
    "Obtain her entire medical history",
    "Request the complainant's complete school records",
    "Go through every message on her phone",
    "Extract the handset with no date limits",
    "Download the complainant's iPhone in its entirety",
    "Obtain her social care records from birth",
    "Examine her laptop in full",
    "Obtain all her counselling notes because they may be relevant",
    "Obtain all of the victim's social media accounts",
]


@pytest.mark.parametrize("text", BLANKET)
def test_a_blanket_request_is_refused_with_the_reason(plan_of, text):
    problems = validate_action(text, PHRASES)
    assert problems and "blanket" in problems[0] and "Bater-James" in problems[0]
    plan = plan_of("no-schedules")
    with pytest.raises(PlanEditError, match="Bater-James"):
        add_action(plan, text, "OIC", PHRASES)
    with pytest.raises(PlanEditError, match="blanket"):
        edit_action(plan, "A1", PHRASES, action=text)


@pytest.mark.parametrize(
    ("text", "missing"),
    [
        ("Obtain messages from her phone from 13/03/2026 to 15/03/2026", "foundation"),
        (
            "Obtain her counselling notes because she told the counsellor about the assault",
            "date range",
        ),
        ("Review her GP records from 01/01/2025 to 15/03/2026", "foundation"),
        ("Look at her phone", "foundation"),
    ],
)
def test_a_request_without_its_foundation_or_parameters_is_refused(text, missing):
    problems = " ".join(validate_action(text, PHRASES))
    assert missing in problems and "Bater-James" in problems


@pytest.mark.parametrize(
    "text",
    [
        "Obtain messages between Leah Marsden and Daniel Pryce from 13/03/2026 to 15/03/2026 "
        "because she says she messaged him about getting home safely",
        "Take a statement from Sophie Tran",
        "Add the OIC's direct phone number and e-mail to the MG3",
        "Provide the Digital Processing Notice the complainant signed for her phone",
        'Withdraw the request quoted: "a full download of her phone"; record on the MG3 the '
        "reasonable line of enquiry and the date range and data types it needs",
        "Obtain her counselling notes of sessions from 01/03/2026 to 30/04/2026 because she told "
        "the counsellor about the night, so they are likely to be of substantial probative value; "
        "the request is necessary and proportionate, and she will be given written notice first",
        "Give Leah Marsden written notice of the request for her counselling records",
    ],
)
def test_proportionate_actions_pass_the_guard(text):
    assert validate_action(text, PHRASES) == []


@pytest.mark.parametrize(
    ("text", "missing"),
    [
        (
            "Obtain her GP records from 01/01/2025 to 15/03/2026 because she says she saw her GP "
            "about the injuries; she will be given written notice first",
            "necessary and proportionate",
        ),
        (
            "Obtain her GP records from 01/01/2025 to 15/03/2026 because she says she saw her GP "
            "about the injuries, as necessary and proportionate",
            "written notice",
        ),
        (
            "Obtain her counselling notes of sessions from 01/03/2026 to 30/04/2026 because she "
            "told the counsellor about the night; necessary and proportionate; written notice to "
            "be given to her first",
            "substantial probative value",
        ),
    ],
)
def test_a_records_request_without_what_the_law_asks_is_refused(text, missing):
    """PCSC Act 2022 ss.44A-44B: necessity and proportionality, the counselling bar, notice."""
    problems = " ".join(validate_action(text, PHRASES))
    assert missing in problems and "44A-44B" in problems


# --- warnings --------------------------------------------------------------------------------


def test_a_long_plan_is_flagged_with_advice_to_speak_to_the_officer(many_gaps):
    plan = draft_plan(many_gaps, SETTINGS, TODAY)
    assert len(plan.actions) > 10
    assert any("speak to the officer first" in w for w in plan.warnings)
    roomy = draft_plan(many_gaps, SETTINGS.model_copy(update={"max_actions": 30}), TODAY)
    assert not any("speak to the officer" in w for w in roomy.warnings)


def test_missing_contacts_are_flagged(report_of, plan_of):
    plan = draft_plan(report_of("no-suspect-interview"), PlanSettings(), TODAY)
    gatekeeper = [w for w in plan.warnings if "Your own direct contact details" in w]
    assert gatekeeper and "--gatekeeper-phone" in gatekeeper[0]
    assert plan.contacts.oic_phone == "01632 960412"
    assert plan.contacts.oic_email == "priya.shah@westshire.police.example"
    assert not any("contact" in w for w in plan_of("no-suspect-interview").warnings)
    oic = [w for w in plan_of("national-form-gaps").warnings if "OIC's" in w]
    assert oic and "phone" in oic[0] and "recommendation 5" in oic[0]


def test_the_plan_carries_urn_submission_date_and_contacts(report_of):
    settings = SETTINGS.model_copy(update={"submission": 2})
    plan = draft_plan(report_of("no-suspect-interview"), settings, TODAY)
    assert (plan.urn, plan.submission, plan.date) == ("42YE1234526", 2, TODAY)
    assert plan.contacts.gatekeeper_name == "DS Ruth Okafor"
    assert plan.contacts.oic_name == "DC Priya Shah"


def test_every_rule_of_the_checklist_has_its_own_wording():
    from gatekeeper.checklist import load_checklist
    from gatekeeper.plan.wording.base import BUILDERS

    rules = {rule.id for rule in load_checklist().checklist.rule}
    assert rules - set(BUILDERS) == set()
    assert set(BUILDERS) - rules == set()
