"""The national style's other forms: MG11, schedules, DMD, ABE record, MG15, MG5, CPS records."""

from __future__ import annotations

from typing import Literal

from gatekeeper.demo.spec import CaseSpec
from gatekeeper.demo.styles.base import (
    DECLARATION,
    Block,
    Cell,
    DemoDoc,
    Grid,
    Request,
    device_in_mg3,
    digital_request,
    first_told,
    heading_row,
    label_row,
    pair_row,
    schedule_rows,
    signed_as,
    text_row,
    third_party_request,
    tick,
)

STATUTES = (
    "(CJ Act 1967, s.9; MC Act 1980, ss.5A(3)(a) and 5B; Criminal Procedure Rules 2020, r.16.2)"
)


def statement_form(
    spec: CaseSpec,
    maker: str,
    occupation: str,
    date: str,
    body: list[str],
    signed: bool,
    rear: list[str],
) -> list[Block]:
    """The MG11: boxes for the URN, maker, age, occupation, declaration, signature and date."""
    signature = signed_as(maker) if signed and spec.signed else ""
    head = Grid(
        [
            label_row("URN", spec.urn),
            label_row("Statement of", maker),
            pair_row("Age if under 18", "Over 18", "Occupation", occupation),
            text_row(DECLARATION),
            pair_row("Signature", signature, "Date", date),
            text_row(f"Tick if witness evidence is visually recorded {tick(False)}"),
        ]
    )
    foot = Grid([pair_row("Signature", signature, "Signature witnessed by", spec.people.oic)])
    blocks: list[Block] = ["# WITNESS STATEMENT", STATUTES, head, *body, foot]
    if rear:
        title, *details = rear
        pairs = [line.split(": ", 1) for line in details]
        rows = [heading_row(title)] + [label_row(key, value) for key, value in pairs]
        blocks += ["\f", Grid(rows)]
    return blocks


def _schedule(spec: CaseSpec, sensitive: bool) -> DemoDoc:
    rows = schedule_rows(spec, sensitive)[1:]
    if sensitive:
        headings = ["Item no.", "Description", "Reason for sensitivity", "Location", "CPS view"]
        table = [[n, what, why, where, ""] for n, what, where, why in rows]
        title, code, key, name = (
            "POLICE SCHEDULE OF SENSITIVE MATERIAL",
            "MG 6D",
            "mg6d",
            "MG6D sensitive.docx",
        )
    else:
        headings = [
            "Item no.",
            "Description and relative location",
            "Location",
            "Reason material may meet the disclosure test",
            "CPS use (CND / I / D)",
        ]
        table = [[n, what, where, note, ""] for n, what, where, note in rows]
        title, code, key, name = (
            "POLICE SCHEDULE OF NON-SENSITIVE UNUSED MATERIAL",
            "MG 6C",
            "mg6c",
            "MG6C unused material.xlsx",
        )
    lines = [
        f"RESTRICTED (when complete)   {code}",
        title,
        f"R v {spec.people.suspect}   URN {spec.urn}   Page 1 of 1",
        f"Disclosure officer: {spec.people.disclosure_officer}",
    ]
    fmt: Literal["docx", "xlsx"] = "docx" if sensitive else "xlsx"
    return DemoDoc(key, name, kind="schedule", fmt=fmt, lines=lines, table=[headings, *table])


def mg6c(spec: CaseSpec) -> DemoDoc:
    return _schedule(spec, sensitive=False)


def mg6d(spec: CaseSpec) -> DemoDoc:
    return _schedule(spec, sensitive=True)


def request_rows(request: Request | None, title: str) -> list[list[Cell]]:
    """A request for the complainant's material as boxes: source, reason, period, data types."""
    if request is None:
        return [label_row(title, "No request made.")]
    return [
        heading_row(title),
        pair_row("Material / holder", request.source, "Data types", request.types),
        pair_row("Date range", request.period, "Reason (line of enquiry)", request.reason),
        *(
            [label_row("Notice to the complainant (s.44B)", request.notice)]
            if request.notice
            else []
        ),
    ]


def requests_grid_rows(spec: CaseSpec) -> list[list[Cell]]:
    """Both requests: the complainant's digital material, then third-party material."""
    return request_rows(
        digital_request(spec), "Request for the complainant's digital material"
    ) + request_rows(third_party_request(spec), "Request for third-party material")


def dmd(spec: CaseSpec) -> DemoDoc:
    """The DMD: numbered section headings, the requests in a table of boxes where they live."""
    p = spec.people
    elsewhere = {"mg3": "Set out in the MG3.", "mg6c": "Listed on the MG6C.", "dmd": ""}
    blocks: list[Block] = [
        "# DISCLOSURE MANAGEMENT DOCUMENT",
        f"R v {p.suspect}   URN {spec.urn}   Disclosure officer: {p.disclosure_officer}",
        "# 1. Reasonable lines of enquiry",
        "As set out in the MG3 report to the prosecutor.",
        "# 2. Digital material",
    ]
    if device_in_mg3(spec):
        blocks.append(
            f"{p.complainant}'s mobile phone was examined with her agreement under a Digital "
            "Processing Notice: messages between 13/03/2026 and 15/03/2026 only."
        )
    for heading, request, title in (
        ("", digital_request(spec), "Request for the complainant's digital material"),
        (
            "# 3. Third-party material",
            third_party_request(spec),
            "Request for third-party material",
        ),
    ):
        if heading:
            blocks.append(heading)
        blocks.append(
            (request and elsewhere[spec.requests_in]) or Grid(request_rows(request, title))
        )
    blocks += [
        "# 4. Unused material",
        "Schedules MG6C and MG6D attached. The incident log and the door staff account may "
        "undermine the prosecution case and are copied to the prosecutor.",
    ]
    return DemoDoc("dmd", "Disclosure Management Document.docx", fmt="docx", form=blocks)


def abe_summary(spec: CaseSpec) -> DemoDoc:
    p = spec.people
    rows = [
        label_row("URN", spec.urn),
        pair_row("Interviewee", p.complainant, "Date of interview", "16/03/2026"),
        pair_row("Interviewing officer", p.oic, "Location", "Eastbridge suite"),
        pair_row("Exhibit no.", "PS/2 (summary of PS/1)", "Duration", "00:00:04"),
        heading_row("Index of interview"),
        [Cell("Time", label=True), Cell("Summary", label=True, span=3)],
        [Cell("00:00:00"), Cell("Introductions and ground rules.", span=3)],
        [Cell("00:00:01"), Cell("Free recall: the night out, the flat, the assault.", span=3)],
        [
            Cell("00:00:03"),
            Cell(
                f"Questioning: consent, messages afterwards, first disclosure to "
                f"{first_told(spec)}.",
                span=3,
            ),
        ],
    ]
    blocks: list[Block] = ["# RECORD OF VIDEO RECORDED INTERVIEW", Grid(rows)]
    return DemoDoc("abe_summary", "ABE summary - Leah Marsden.pdf", form=blocks)


def roti(spec: CaseSpec) -> DemoDoc:
    p = spec.people
    said = [
        ("00:00", p.oic, "Introductions; caution given; free legal advice confirmed."),
        ("00:06", p.suspect, "Accepts that intercourse took place at his flat; says consensual."),
        ("00:31", p.oic, "Puts the complainant's account and the CCTV; he maintains consent."),
        ("00:47", p.oic, "Interview concluded."),
    ]
    rows = [
        label_row("URN", spec.urn),
        pair_row("Person interviewed", p.suspect, "Place of interview", "Eastbridge custody"),
        pair_row("Date", "20/03/2026", "Time commenced / concluded", "14:05 / 14:52"),
        pair_row("Interviewer(s)", p.oic, "Other persons present", "Legal adviser"),
        [
            Cell("Tape counter", label=True),
            Cell("Person speaking", label=True),
            Cell("Text", label=True, span=2),
        ],
        *[[Cell(t), Cell(who), Cell(what, span=2)] for t, who, what in said],
    ]
    blocks: list[Block] = ["# RECORD OF TAPED INTERVIEW", Grid(rows)]
    return DemoDoc("roti", f"ROTI {p.suspect}.pdf", fmt="pdf", form=blocks, page_header=["MG 15"])


def mg5(spec: CaseSpec) -> DemoDoc:
    p = spec.people
    summary = (
        f"The defendant, {p.suspect}, is charged with raping {p.complainant} at his flat in "
        "Eastbridge on 14/03/2026."
    )
    if spec.pii_leak:
        summary += f" {p.complainant} lives at 3 Mill Lane, Eastbridge EB4 7QT."
    rows = [
        label_row("URN", spec.urn),
        pair_row("Defendant", p.suspect, "Charge(s)", "Rape, s.1 Sexual Offences Act 2003"),
        heading_row("Summary of the case"),
        text_row(summary),
    ]
    blocks: list[Block] = ["# CASE SUMMARY", Grid(rows)]
    return DemoDoc("mg5", "MG5 case summary.pdf", form=blocks, page_header=["MG 5"])


def action_plan(spec: CaseSpec) -> DemoDoc:
    actions = [
        "Obtain a statement from the first attending officer.",
        "Provide the MG6D schedule.",
        "Obtain the taxi company records for 13-14/03/2026.",
    ]
    rows = [
        label_row("URN", spec.urn),
        pair_row("Date of action plan", spec.action_plan_date, "From", "CPS RASSO unit"),
        [Cell("No.", label=True), Cell("Action required", label=True, span=3)],
        *[[Cell(str(n)), Cell(a, span=3)] for n, a in enumerate(actions, 1)],
    ]
    blocks: list[Block] = ["# CPS ACTION PLAN", Grid(rows)]
    return DemoDoc("action_plan", "CPS action plan.pdf", form=blocks)


def early_advice(spec: CaseSpec) -> DemoDoc:
    rows = [
        label_row("URN", spec.urn),
        pair_row("Advice given by", "CPS RASSO unit", "Date of advice", "02/04/2026"),
        pair_row("Reference", "EA-2026-0412", "Type", "Early advice"),
        heading_row("Advice and action points before a charging request"),
        text_row("1. Obtain the first-account statement."),
        text_row("2. Obtain the CCTV from the Crown Inn."),
        text_row("3. Obtain the door staff account."),
    ]
    blocks: list[Block] = ["# RECORD OF EARLY ADVICE", Grid(rows)]
    return DemoDoc("early_advice", "Early advice EA-2026-0412.pdf", form=blocks)
