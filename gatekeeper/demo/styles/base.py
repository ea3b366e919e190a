"""What every style shares: the document record, form boxes, and the case's facts in neutral form.

The facts here (who the first account was given to, what is outstanding, what was asked for from
the complainant's phone and records) follow the CaseSpec knobs; each style words them its own way.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from types import ModuleType
from typing import Literal

from gatekeeper.demo.spec import CaseSpec

Kind = Literal["text", "schedule", "video", "audio", "email", "scanned", "image"]

DECLARATION = (
    "This statement (consisting of 2 page(s) each signed by me) is true to the best of my "
    "knowledge and belief and I make it knowing that, if it is tendered in evidence, I shall be "
    "liable to prosecution if I have wilfully stated in it anything which I know to be false, or "
    "do not believe to be true."
)
TICKED, EMPTY = "☒", "☐"


@dataclass(frozen=True)
class Cell:
    """One box of a form: its text, how many grid columns it spans, and whether it is a label."""

    text: str = ""
    span: int = 1
    label: bool = False


@dataclass
class Grid:
    """A table of boxes; the spans of every row add up to ``columns``."""

    rows: list[list[Cell]]
    columns: int = 4


Block = str | Grid  # a line ('# ' heading, '\f' page break) or a table of boxes


@dataclass
class DemoDoc:
    key: str
    tidy_name: str
    kind: Kind = "text"
    lines: list[str] = field(default_factory=list)
    table: list[list[str]] = field(default_factory=list)
    fmt: Literal["pdf", "docx", "xlsx", "any"] = "any"
    seconds: float = 4.0
    audio: bool = True
    title: str | None = None
    broken: bool = False
    form: list[Block] | None = None  # a form of boxes, written by styles.formwriter
    page_header: list[str] = field(default_factory=list)


def surname(name: str) -> str:
    return name.split()[-1]


def forename(name: str) -> str:
    return name.split()[-2] if len(name.split()) > 1 else name


def initials(name: str) -> str:
    parts = [p for p in name.split() if p not in {"DC", "PC", "DS", "Dr"}]
    return "".join(p[0] for p in parts).upper()


def signed_as(name: str) -> str:
    """How a person signs: initial and surname."""
    return f"{forename(name)[0]}. {surname(name)}"


def tick(ticked: bool) -> str:
    return TICKED if ticked else EMPTY


def yes_no(answer: bool | None) -> str:
    """A Yes/No pair of tick boxes; None leaves both empty (the question not answered)."""
    return f"Yes {tick(answer is True)}  No {tick(answer is False)}"


def label_row(label: str, text: str, columns: int = 4) -> list[Cell]:
    return [Cell(label, label=True), Cell(text, span=columns - 1)]


def pair_row(label: str, text: str, label2: str, text2: str) -> list[Cell]:
    return [Cell(label, label=True), Cell(text), Cell(label2, label=True), Cell(text2)]


def heading_row(text: str, columns: int = 4) -> list[Cell]:
    return [Cell(text, span=columns, label=True)]


def text_row(text: str, columns: int = 4) -> list[Cell]:
    return [Cell(text, span=columns)]


def form_as_lines(blocks: list[Block]) -> list[str]:
    """The form flattened to lines (for a scan of it): each row's boxes side by side."""
    lines: list[str] = []
    for block in blocks:
        if isinstance(block, Grid):
            lines += ["   ".join(c.text for c in row if c.text) for row in block.rows]
        else:
            lines.append(block)
    return lines


# --- the case's facts, as the knobs set them -------------------------------------------------


def first_account_is_named(spec: CaseSpec) -> bool:
    return spec.first_account_named and spec.first_account_described == "name"


def first_told(spec: CaseSpec, whose: str = "her") -> str:
    """Who the complainant first told: the name, the relationship ('her friend') or 'a friend'."""
    p = spec.people
    if not spec.first_account_named:
        return "a friend"
    if spec.first_account_described == "relationship":
        return f"{whose} {p.first_account_relationship}"
    return p.first_account


@dataclass(frozen=True)
class Outstanding:
    """Evidence still to come: what it is, what has happened so far, its target date ('' if none).

    ``noun`` and ``story`` say the same in a sentence ("the toxicology results", "the samples went
    to the lab on 18/03/2026").
    """

    item: str
    so_far: str
    target: str
    noun: str
    story: str


def outstanding_items(spec: CaseSpec) -> list[Outstanding]:
    dated = spec.outstanding == "dated"
    items = []
    if spec.outstanding != "none":
        items = [
            Outstanding(
                "Toxicology report (forensic provider)",
                "Samples submitted 18/03/2026",
                "12/12/2026" if dated else "",
                "the toxicology results",
                "the samples went to the lab on 18/03/2026",
            ),
            Outstanding(
                "Cell site analysis",
                "Requested 02/04/2026",
                "19/12/2026" if dated else "",
                "the cell site analysis",
                "we asked for it on 02/04/2026",
            ),
        ]
    if spec.forensic == "outstanding_dated":
        items.append(
            Outstanding(
                "DNA analysis of intimate swabs HO/1",
                "Submitted 16/03/2026",
                "05/12/2026",
                "the DNA results on the swabs",
                "the swabs were submitted on 16/03/2026",
            )
        )
    return items


@dataclass(frozen=True)
class Request:
    """A request for the complainant's material, as the knob makes it (empty parts left out)."""

    source: str
    types: str
    period: str
    reason: str
    entry: str  # how the request is listed as an MG6C item
    notice: str = ""  # her written notice of it (third-party requests), as the knob makes it


def digital_request(spec: CaseSpec) -> Request | None:
    p = spec.people
    return {
        "proportionate": Request(
            f"{p.complainant}'s mobile phone",
            f"messages and call logs between {p.complainant} and {p.suspect} only",
            "13/03/2026 to 15/03/2026",
            "she says she messaged him about getting home safely, which is relevant to consent",
            f"Request dated 17/03/2026 to the digital forensic unit for the messages and call logs "
            f"between {p.complainant} and {p.suspect}, 13/03/2026 to 15/03/2026 only, because she "
            "says she messaged him about getting home safely (relevant to consent)",
        ),
        "blanket": Request(
            f"{p.complainant}'s mobile phone and all her social media accounts",
            "full download",
            "",
            "",
            f"Request dated 17/03/2026 for a full download of {p.complainant}'s mobile phone and "
            "all her social media accounts",
        ),
        "no_parameters": Request(
            f"{p.complainant}'s phone",
            "anything relevant",
            "",
            "",
            f"Request dated 17/03/2026 for {p.complainant}'s phone to be examined for anything "
            "relevant",
        ),
    }.get(spec.digital_request)


COUNSELLING_REASON = (
    "because she told the counsellor about the night, the notes are likely to hold an earlier "
    "account of substantial probative value on consent; the request is necessary and "
    "proportionate to that line of enquiry"
)


def victim_notice(spec: CaseSpec) -> str:
    """Her written notice of the third-party request (PCSC Act 2022 s.44B), or the reason none
    was given, as the knob makes it; "" when the file is silent."""
    return {
        "given": "Written notice of the request was given to her on 19/03/2026, before it was "
        "sent, saying what is sought, why, and how the notes will be handled.",
        "withheld": "Notice of the request was not given to her, because giving it would be likely "
        "to prejudice the investigation (s.44B(5)); the decision is recorded by DS Ruth Okafor.",
        "planned": "Written notice of the request will be given to her when she is next seen.",
        "missing": "",
    }[spec.victim_notice]


def third_party_request(spec: CaseSpec) -> Request | None:
    p = spec.people
    notice = victim_notice(spec)
    return {
        "proportionate": Request(
            "Eastbridge Counselling Service",
            "counselling notes",
            "sessions from 15/03/2026 to 30/04/2026",
            COUNSELLING_REASON.removeprefix("because "),
            "Letter dated 20/03/2026 to Eastbridge Counselling Service asking for the notes of "
            f"sessions from 15/03/2026 to 30/04/2026 only, {COUNSELLING_REASON}",
            notice,
        ),
        "no_reason": Request(
            "Eastbridge Counselling Service",
            "counselling notes",
            "sessions from 15/03/2026 to 30/04/2026",
            "",
            "Letter dated 20/03/2026 to Eastbridge Counselling Service asking for the notes of "
            "sessions from 15/03/2026 to 30/04/2026",
            notice,
        ),
        "blanket": Request(
            "her GP, schools and the local authority",
            "all medical records, school records and social care records",
            "since 2008",
            "",
            f"Letters dated 20/03/2026 asking for all medical records, school records and social "
            f"care records of {p.complainant} since 2008",
            notice,
        ),
    }.get(spec.third_party_request)


def device_entry(spec: CaseSpec) -> str:
    """The examination of the complainant's phone, described as an MG6C item."""
    return (
        f"Extraction report (selective) of {spec.people.complainant}'s mobile phone, exhibit PS/4: "
        "messages and call logs 13/03/2026 to 15/03/2026, examined with her agreement under a "
        "Digital Processing Notice signed 17/03/2026"
    )


def extra_schedule_entries(spec: CaseSpec) -> list[tuple[str, str]]:
    """MG6C items the knobs move onto the schedule: (description, location)."""
    entries = []
    if spec.device_examined and spec.device_recorded_in == "mg6c":
        entries.append((device_entry(spec), "Digital forensic unit"))
    if spec.requests_in == "mg6c":
        for request in (digital_request(spec), third_party_request(spec)):
            if request:
                notice = f" ({request.notice.rstrip('.')})" if request.notice else ""
                entries.append((request.entry + notice, "RASSO office"))
    return entries


def device_in_mg3(spec: CaseSpec) -> bool:
    return spec.device_examined and spec.device_recorded_in == "mg3"


def schedule_rows(spec: CaseSpec, sensitive: bool) -> list[list[str]]:
    """The unused material schedules' rows (the standard headings first)."""
    if sensitive:
        return [
            ["Item", "Description", "Location", "Reason for sensitivity"],
            [
                "1",
                "Contact details and address of the complainant held on the crime report",
                "RASSO office",
                "Personal details of a victim of a sexual offence",
            ],
        ] + (
            [
                [
                    "2",
                    "ISVA referral form dated 15/03/2026",
                    "RASSO office",
                    "Confidential support referral",
                ]
            ]
            if spec.isva
            else []
        )
    rows = [
        ["Item", "Description", "Location", "Comment"],
        ["1", "Incident log 0231 of 14/03/2026 (CAD)", "Control room", "Copy with file"],
        ["2", "Pocket notebook of PC Ellery, entries 14/03/2026", "Eastbridge station", ""],
        ["3", "House-to-house proforma, Orchard Row, 14-15/03/2026 (nil)", "RASSO office", ""],
        ["4", "Taxi company booking records 13-14/03/2026", "RASSO office", ""],
    ]
    if spec.scheduled_abe_plan:
        rows.append(
            ["5", "ABE interview plan prepared by DC Shah on 15/03/2026", "RASSO office", ""]
        )
    if spec.vague_entries:
        rows += [["6", "Notes", "Station", ""], ["7", "Misc", "", ""], ["8", "Various", "", ""]]
    for description, location in extra_schedule_entries(spec):
        rows.append([str(int(rows[-1][0]) + 1), description, location, ""])
    return rows


# The forms each style writes its own way, besides the MG3 and MG3A.
STYLED_FORMS = ("mg6c", "mg6d", "dmd", "abe_summary", "roti", "mg5", "action_plan", "early_advice")


def style_forms(
    mg3: Callable[[CaseSpec], DemoDoc], mg3a: Callable[[CaseSpec], DemoDoc], forms: ModuleType
) -> dict[str, Callable[[CaseSpec], DemoDoc]]:
    """A style's form writers by form name: its MG3 and MG3A, and the rest from ``forms``."""
    return {"mg3": mg3, "mg3a": mg3a, **{name: getattr(forms, name) for name in STYLED_FORMS}}
