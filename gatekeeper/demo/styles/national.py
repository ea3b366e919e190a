"""The national style: the MG3 and MG3A as forces fill the national forms, boxes and tick boxes.

Each box has its label in one cell and its content beside or below it; a question the officer
did not answer keeps both of its tick boxes empty, and a box left blank stays in the form.
"""

from __future__ import annotations

from gatekeeper.demo.spec import CaseSpec
from gatekeeper.demo.styles import national_forms as forms
from gatekeeper.demo.styles.base import (
    Block,
    Cell,
    DemoDoc,
    Grid,
    device_in_mg3,
    first_told,
    form_as_lines,
    heading_row,
    label_row,
    outstanding_items,
    pair_row,
    style_forms,
    surname,
    text_row,
    tick,
    yes_no,
)

MG3_HEADER = ["RESTRICTED - FOR POLICE AND PROSECUTION ONLY (when complete)", "MG 3"]


def mg3(spec: CaseSpec) -> DemoDoc:
    """The MG3 as a table of boxes."""
    p = spec.people
    rows = [
        label_row("URN", spec.urn),
        heading_row("Suspect"),
        pair_row("Surname", surname(p.suspect).upper(), "Forename(s)", p.suspect.split()[0]),
        pair_row("Date of birth", "07/08/1998", "Custody / bail", "Released under investigation"),
        heading_row("Offence(s)"),
        pair_row(
            "Offence(s)",
            "Rape, contrary to section 1 of the Sexual Offences Act 2003",
            "Date of offence",
            "14/03/2026",
        ),
        pair_row("Victim", p.complainant, "Date reported", "15/03/2026"),
        *_decision_rows(spec),
        *_early_advice_rows(spec),
        heading_row("Officer in the case"),
        pair_row("Name / rank", p.oic, "Unit", "RASSO team, Eastbridge"),
        pair_row(
            "Direct telephone",
            "01632 960412" if spec.oic_contact else "",
            "Email",
            "priya.shah@westshire.police.example" if spec.oic_contact else "",
        ),
        heading_row("Summary of key evidence"),
        text_row(_summary(spec)),
        heading_row(
            "Investigation: reasonable lines of enquiry, including any that point away from the "
            "suspect"
        ),
        *_enquiry_rows(spec),
        heading_row("Suspect's account / likely defence"),
        text_row(
            f"Interviewed 20/03/2026 (record of interview attached). {p.suspect} accepts that "
            "intercourse took place and says it was consensual. Likely defence: consent; "
            "reasonable belief in consent."
            if spec.suspect_account
            else ""
        ),
        heading_row("Outstanding evidence / material and target dates"),
        *_outstanding_rows(spec),
        *_digital_rows(spec),
        heading_row("Victim and witness issues"),
        *_victim_rows(spec),
        *_evidence_rows(spec),
        pair_row("Officer completing", p.oic, "Date", "20/10/2026"),
        pair_row("Supervisor", "DS Gemma Hart", "Supervisor's endorsement", "Approved for CPS"),
    ]
    blocks: list[Block] = ["# REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION", Grid(rows)]
    name = "MG3 - Report to Crown Prosecutor.docx"
    if spec.mg3_form == "scanned":
        lines = MG3_HEADER + form_as_lines(blocks)
        return DemoDoc("mg3", name.replace(".docx", ".pdf"), kind="scanned", lines=lines, fmt="pdf")
    return DemoDoc("mg3", name, fmt="docx", form=blocks, page_header=MG3_HEADER)


def _decision_rows(spec: CaseSpec) -> list[list[Cell]]:
    test = spec.test_sought
    threshold = test in ("threshold", "threshold_no_reason")
    reason = (
        "The suspect is in custody and presents a substantial bail risk to the complainant; "
        "the forensic results are awaited by 12/12/2026."
        if test == "threshold"
        else ""
    )
    return [
        heading_row("Charging decision / advice sought"),
        [
            Cell("Decision sought", label=True),
            Cell(f"Full Code Test {tick(test == 'full_code')}"),
            Cell(f"Threshold Test {tick(threshold)}"),
            Cell(f"Anticipated plea: Not guilty {tick(test == 'full_code')}"),
        ],
        label_row("If Threshold Test, why the Full Code Test cannot yet be applied", reason),
    ]


def _early_advice_rows(spec: CaseSpec) -> list[list[Cell]]:
    advice = spec.early_advice
    if spec.mg3_form == "table":  # answers typed into one box, as some forces' systems export
        typed = {
            "sought": "Yes - CPS RASSO, 02/04/2026, reference EA-2026-0412",
            "not_sought_with_reason": "No - the suspect made full admissions in interview and "
            "the evidence was complete within 28 days",
            "not_sought_no_reason": "No",
            "missing": "",
        }[advice]
        return [label_row("Early advice sought? If not, why not?", typed)]
    answer = {"sought": True, "missing": None}.get(advice, False)
    reason = (
        "The suspect made full admissions in interview and the evidence was complete within "
        "28 days."
        if advice == "not_sought_with_reason"
        else ""
    )
    sought = advice == "sought"
    return [
        [
            Cell("Has early advice been sought?", label=True),
            Cell(yes_no(answer)),
            Cell("Date / CPS reference", label=True),
            Cell("02/04/2026, EA-2026-0412; action points answered below" if sought else ""),
        ],
        label_row("If no, give reason", reason),
    ]


def _summary(spec: CaseSpec) -> str:
    p = spec.people
    account = (
        "gave a video recorded (ABE) interview on 16/03/2026"
        if spec.abe != "none"
        else "made a written statement on 16/03/2026"
    )
    return (
        f"{p.complainant} (21) reports that {p.suspect} raped her at his flat, 14 Orchard Row, "
        f"Eastbridge, in the early hours of 14/03/2026 after a night out. She {account}. "
        f"First disclosure: to {first_told(spec)}, the same morning."
    )


def _enquiry_rows(spec: CaseSpec) -> list[list[Cell]]:
    if spec.lines_of_enquiry == "missing":
        return [text_row("")]
    head = [
        Cell("Line of enquiry", label=True),
        Cell("Result", label=True),
        Cell("Pursued?", label=True),
        Cell("Reason if not pursued", label=True),
    ]
    rows = [
        ("House-to-house, Orchard Row", "Completed 14-15/03/2026, nil", True, ""),
        ("CCTV, Crown Inn and Market Street", "Seized (TE/2)", True, ""),
        ("Taxi company records", "Obtained", True, ""),
        (f"{spec.people.suspect}'s phone", "Downloaded: messages 13/03-15/03/2026", True, ""),
    ]
    if spec.lines_of_enquiry == "full":
        rows += [
            (
                "Door staff: complainant's level of intoxication (may assist the defence)",
                "Account obtained",
                True,
                "",
            ),
            (
                "Messages the complainant sent after leaving (may undermine the prosecution case)",
                "Obtained",
                True,
                "",
            ),
            ("Bar tab records", "-", False, "The bar does not keep them beyond 7 days"),
        ]
    return [head] + [
        [Cell(what), Cell(result), Cell(yes_no(done)), Cell(why)]
        for what, result, done, why in rows
    ]


def _outstanding_rows(spec: CaseSpec) -> list[list[Cell]]:
    items = outstanding_items(spec)
    if not items:
        return [text_row("None outstanding.")]
    head = [
        Cell("Item", label=True),
        Cell("Action so far", label=True, span=2),
        Cell("Target date", label=True),
    ]
    return [head] + [[Cell(i.item), Cell(i.so_far, span=2), Cell(i.target)] for i in items]


def _digital_rows(spec: CaseSpec) -> list[list[Cell]]:
    rows = []
    if spec.device_recorded_in == "mg3":
        rows.append(
            [
                Cell("Complainant's device examined?", label=True),
                Cell(yes_no(spec.device_examined)),
                Cell("Digital Processing Notice", label=True),
                Cell("Signed 17/03/2026 (exhibit PS/4)" if device_in_mg3(spec) else ""),
            ]
        )
    if spec.requests_in == "mg3":
        rows += forms.requests_grid_rows(spec)
    return [heading_row("Digital and third-party material"), *rows] if rows else []


def _victim_rows(spec: CaseSpec) -> list[list[Cell]]:
    measures = (
        "MG2 attached. ABE as evidence-in-chief; cross-examination by live link; screen."
        if spec.abe != "none"
        else "MG2 attached. Live link; a screen if she attends court."
    )
    support = "her ISVA to be present at court visits" if spec.isva else "a court familiarisation"
    sm, vps, isva = spec.special_measures, spec.vps, spec.isva
    return [
        [
            Cell("Does the victim require special measures?", label=True),
            Cell(yes_no(True if sm else None)),
            Cell(measures if sm else "", span=2),
        ],
        label_row(
            "Victim / witness needs (interpreter, intermediary, other)",
            f"No interpreter or intermediary needed. She has asked for {support}."
            if spec.victim_needs
            else "",
        ),
        [
            Cell("Has the victim been offered the opportunity to make a VPS?", label=True),
            Cell(yes_no(True if vps else None)),
            Cell("Will make one" if vps else "", span=2),
        ],
        [
            Cell("ISVA referral made?", label=True),
            Cell(yes_no(True if isva else None)),
            Cell("Eastbridge ISVA service, 15/03/2026" if isva else "", span=2),
        ],
    ]


def _evidence_rows(spec: CaseSpec) -> list[list[Cell]]:
    rows = []
    if spec.cctv != "none":
        rows += [
            heading_row("Multimedia evidence"),
            pair_row("CCTV", "Crown Inn, exhibit TE/2: leaves with suspect 01:12", "BWV", "TE/1"),
        ]
    if spec.forensic != "none":
        rows += [
            heading_row("Forensic / medical evidence"),
            text_row(
                "Examined at the Eastbridge SARC on 15/03/2026; intimate swabs submitted for DNA "
                "analysis."
            ),
        ]
    return rows


def mg3a(spec: CaseSpec) -> DemoDoc:
    """The further report: each action point, the police response and whether it is done."""
    answered = spec.resubmission == "answered"
    points = [
        ("1. First attending officer's statement", "PC Ellery's statement is in the file.", True),
        ("2. MG6D schedule", "Attached." if answered else "", answered),
        ("3. Taxi company records 13-14/03/2026", "Obtained; listed on the MG6C.", True),
    ]
    rows = [
        label_row("URN", spec.urn),
        label_row("CPS action plan dated", spec.action_plan_date),
        [
            Cell("Action point", label=True),
            Cell("Police response", label=True, span=2),
            Cell("Completed?", label=True),
        ],
    ] + [[Cell(what), Cell(done, span=2), Cell(yes_no(ok))] for what, done, ok in points]
    blocks: list[Block] = ["# FURTHER REPORT TO CROWN PROSECUTOR", Grid(rows)]
    return DemoDoc("mg3a", "MG3A response.docx", fmt="docx", form=blocks, page_header=["MG 3A"])


FORMS = style_forms(mg3, mg3a, forms)
