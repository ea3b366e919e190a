"""A rule fails only on evidence: wording it does not know gives a review, never a fail.

The wording below is kept here, in test data only, and never copied into the form data or the
patterns: these tests measure whether the readers generalise, not whether they were fitted.
"""

from __future__ import annotations

import datetime as dt
import shutil

import pytest

from gatekeeper.boxes import interpret, read_boxes, ticks
from gatekeeper.checklist import load_checklist
from gatekeeper.dates import find_dates, target_date
from gatekeeper.demo import CaseSpec, build_case
from gatekeeper.demo.writers import write_docx, write_pdf
from gatekeeper.forms import load_forms
from gatekeeper.models import Status
from helpers import finding

P, F, R, NA = Status.PASS, Status.FAIL, Status.REVIEW, Status.NOT_APPLICABLE
CONTENT_RULES = sorted(r.id for r in load_checklist().checklist.rule if r.check is not None)

# An MG3 whose boxes carry labels no form data knows, and whose answers use none of the words
# the patterns look for (a force's own template, badly filled in).
UNKNOWN_MG3 = [
    "MG3",
    "# REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION",
    "URN: 42YE1234526",
    "Part 1 (a): Daniel Pryce",
    "Part 1 (b): Leah Marsden",
    "Part 2: The matter is put forward for the lawyer's view on the whole of the evidence.",
    "Part 3: Westshire RASSO, 01632 960412, priya.shah@westshire.police.example",
    "Part 4: The team spoke to everyone at the venue and checked the routes home.",
    "Part 5: He gave his side of things on tape.",
    "Part 6: Two strands remain with partner agencies.",
    "Part 7: Her wishes about court were taken into account.",
    "Part 8: She was told about the statement she can make for the court.",
    "Part 9: Support has been arranged through the local service.",
]
UNKNOWN_STATEMENT = [
    "# STATEMENT",
    "Ref 42YE1234526",
    "Aussage von / statement given by - Marcus Bell, over 18, bar manager",
    "I declare the contents of these pages to be correct and I know I may be prosecuted if "
    "anything in them is false.",
    "I am the bar manager at the Crown Inn. They left together at about 01:10.",
    "Autograph ~ M Bell ~ 18.3.26",
]


@pytest.fixture(scope="module")
def unknown_wording(tmp_path_factory, checker):
    folder = tmp_path_factory.mktemp("unknown-wording")
    written = build_case(CaseSpec(), folder)
    by_key = {key: path for path, key in written.items()}
    by_key["mg3"].unlink()
    write_docx(folder / "report.docx", UNKNOWN_MG3)
    by_key["mg11_witness"].unlink()
    write_pdf(folder / "bell.pdf", UNKNOWN_STATEMENT)
    return checker.check(folder)


@pytest.mark.parametrize("rule", CONTENT_RULES)
def test_no_content_rule_fails_on_wording_it_does_not_know(unknown_wording, rule):
    result = finding(unknown_wording, rule)
    assert result.status is not F, result.message


def test_what_it_could_not_read_is_left_for_a_person(unknown_wording):
    for rule in ("MG3-TEST", "MG3-LOE", "MG3-DEFENCE", "MG3-OUTSTANDING"):
        result = finding(unknown_wording, rule)
        assert result.status is R, (rule, result.message)
        assert "looked for" in result.message or '"' in result.message, result.message
    # A phone and an e-mail are there, but not in a box known as the OIC's: whose are they?
    contact = finding(unknown_wording, "MG3-CONTACT")
    assert contact.status is R and "01632 960412" in contact.message


def test_a_damaged_copy_beside_a_playable_recording(case_folder, checker, tmp_path):
    folder = tmp_path / "case"
    shutil.copytree(case_folder(), folder)
    recording = next(folder.glob("ABE*.mp4"))
    data = recording.read_bytes()
    (folder / "ABE interview copy 2.mp4").write_bytes(data[: len(data) // 3])
    report = checker.check(folder)
    assert finding(report, "ABE-REC").status is P
    playable = finding(report, "MM-PLAYABLE")
    assert playable.status is F and "ABE interview copy 2.mp4" in playable.message


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        (
            "Toxicology: samples examined on 03/03/2026, results expected by 30/04/2026 (target date)",
            dt.date(2026, 4, 30),
        ),
        (
            "Cell site: requested 02.03.26; the analyst will report no later than 19 December 2026",
            dt.date(2026, 12, 19),
        ),
        ("DNA - 12th Dec 2026", dt.date(2026, 12, 12)),
        ("Swabs submitted on 15/03/2026", None),
        ("Phone download: due 4/5/2026, sent to the lab on 1/5/2026", dt.date(2026, 5, 4)),
    ],
)
def test_each_date_is_read_from_its_own_phrase(phrase, expected):
    assert target_date(phrase, load_forms().phrases) == expected


def test_dates_in_the_ways_files_write_them():
    found = [f.date for f in find_dates("on 3.3.26, then 14 March 2026 and 15/03 after")]
    assert found == [dt.date(2026, 3, 3), dt.date(2026, 3, 14), dt.date(2026, 3, 15)]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("Full Code Test ☒   Threshold Test ☐", "full_code"),
        ("☐ Full code  ☑ Threshold - suspect in custody", "threshold"),
        ("[ ] FCT [x] Threshold", "threshold"),
        ("Full Code Test ☐   Threshold Test ☐", ""),
        ("A decision on the papers", None),
    ],
)
def test_tick_boxes_and_words(content, expected):
    form = load_forms().form("MG3")
    reading = read_boxes(form, f"Charging decision / advice sought: {content}", [])["test"]
    assert interpret(form.get("test"), reading) == expected


def test_tick_marks_before_or_after_their_option():
    after = ticks("Yes ☐ No ☒ If no, give reason")
    assert [(t.option, t.ticked) for t in after or []] == [("Yes", False), ("No", True)]
    before = ticks("☒ Yes ☐ No")
    assert [(t.option, t.ticked) for t in before or []] == [("Yes", True), ("No", False)]


def test_layouts_read_alike():
    form = load_forms().form("MG3")
    table = [
        ["Has early advice been sought?", "", ""],
        ["", "Yes", "No"],
        ["Early advice obtained", "", "X"],
        ["If no, state why", "The suspect admitted the offence in full", ""],
    ]
    reading = read_boxes(form, "", [table])["early_advice"]
    assert interpret(form.get("early_advice"), reading) == "not_sought"
    assert "admitted the offence" in reading.text
    below = [
        ["Lines of enquiry (including any pointing away from the suspect)"],
        ["Door staff seen."],
    ]
    assert read_boxes(form, "", [below])["loe"].text == "Door staff seen."
    prose = "I ask for a full code test. In interview he said it was consensual."
    boxes = read_boxes(form, prose, [])
    assert (
        boxes["test"].source == "prose"
        and interpret(form.get("test"), boxes["test"]) == "full_code"
    )
    assert boxes["defence"].source == "prose"


def test_check_box_lists_and_labels_above_values_read_alike():
    form = load_forms().form("MG3")
    ticked = "\n".join(
        [
            "Section 2 - Early advice",
            "☐ Early advice obtained",
            "☒ Early advice not sought - reason: he admitted the offence in a prepared statement",
            "Section 7 - Victim",
            "[X] VPS offered 07/07/2026 - she will make one after the decision",
            "[ ] Intermediary - considered, no communication need",
        ]
    )
    boxes = read_boxes(form, ticked, [])
    assert interpret(form.get("early_advice"), boxes["early_advice"]) == "not_sought"
    assert interpret(form.get("vps"), boxes["vps"]) == "offered"
    assert "Intermediary" not in boxes["vps"].text
    # a label on its line, its value on the next; a Word cell of a label over its value
    above = read_boxes(form, "URN\n39SF0125626\nSuspect 1\nBLAKE, Connor James", [])
    assert above["urn"].text == "39SF0125626"
    cells = [["Suspect 2\nTOLLAND, Reece Aaron, 20"], ["Suspects' accounts\nBoth say she agreed."]]
    assert read_boxes(form, "", [cells])["suspect"].text.startswith("TOLLAND")
    assert read_boxes(form, "", [cells])["defence"].text == "Both say she agreed."
    # a system's export, "Section | Field | Entry"
    export = [
        ["Section", "Field", "Entry"],
        ["Header", "URN", "58BR0552126"],
        ["Header", "Suspect", "TURVEY, Ashley James"],
        ["Decision", "Test sought", "Full Code Test"],
        ["Decision", "Early advice", "Not sought: the issue is consent alone."],
        ["Enquiries", "Lines of enquiry", "Party guests seen."],
        ["Enquiries", "Outstanding", "No further enquiries are outstanding."],
        ["Victim", "VPS", "Offered 20/03/2026, declined for now."],
    ]
    read = read_boxes(form, "", [export])
    assert interpret(form.get("early_advice"), read["early_advice"]) == "not_sought"
    assert read["outstanding"].text == "No further enquiries are outstanding."


# The same boxes, answered "no": the part is there and says the thing was not done.
NEGATIVE_MG3 = [
    "MG3",
    "# REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION",
    "URN: 42YE1234526",
    "Suspect: Daniel Pryce",
    "Complainant: Leah Marsden",
    "Officer in the case: DC Priya Shah, 01632 960412, priya.shah@westshire.police.example",
    "Charging decision / advice sought: Full Code Test ☐   Threshold Test ☐",
    "Has early advice been sought? Yes ☐ No ☒",
    "Reasonable lines of enquiry: None.",
    "Suspect's account: N/A",
    "Outstanding evidence: DNA results from the forensic provider; cell site analysis.",
    "Does the victim require special measures? Not yet considered.",
    "Has the victim been offered the opportunity to make a VPS? Yes ☐ No ☒",
    "ISVA: not referred.",
]
NEGATIVE_RULES = {
    "MG3-TEST": F,
    "MG3-EA": F,
    "MG3-LOE": F,
    "MG3-DEFENCE": F,
    "MG3-OUTSTANDING": F,
    "VIC-SM": F,
    "VIC-VPS": F,
    "VIC-ISVA": F,
}


@pytest.fixture(scope="module")
def negative_answers(tmp_path_factory, checker):
    folder = tmp_path_factory.mktemp("negative-answers")
    spec = CaseSpec(early_advice="missing", special_measures=False, vps=False)
    written = build_case(spec, folder)
    mg3 = next(path for path, key in written.items() if key == "mg3")
    mg3.unlink()
    write_docx(folder / "MG3.docx", NEGATIVE_MG3)
    return checker.check(folder)


@pytest.mark.parametrize(("rule", "expected"), sorted(NEGATIVE_RULES.items()))
def test_a_box_that_says_no_fails(negative_answers, rule, expected):
    result = finding(negative_answers, rule)
    assert result.status is expected, result.message


@pytest.mark.parametrize(
    ("disclosure", "witness_body", "expected"),
    [
        (
            "That evening she confided in her mum.",
            "My daughter came home in tears and said what he had done.",
            P,
        ),
        (
            "The next day she spoke to a workmate about it.",
            "We have worked together at the bakery for two years. She told me about the party.",
            P,
        ),
        ("The next day she spoke to a workmate about it.", "I was at the party.", F),
    ],
    ids=["mother", "colleague", "colleague-missing"],
)
def test_first_accounts_by_relationship(
    tmp_path, case_folder, checker, disclosure, witness_body, expected
):
    folder = tmp_path / "case"
    shutil.copytree(case_folder(first_account_statement=False), folder)
    report_path = next(folder.glob("MG3*"))
    report_path.unlink()
    lines = [line for line in UNKNOWN_MG3 if not line.startswith("Part 2")]
    write_docx(folder / "MG3.docx", [*lines, f"Summary of key evidence: {disclosure}"])
    statement = [
        "# WITNESS STATEMENT",
        "Statement of: Carol Green",
        "Occupation: Baker",
        "This statement is true to the best of my knowledge and belief.",
        "Signature: C. Green   Date: 20/03/2026",
        witness_body,
    ]
    write_pdf(folder / "green.pdf", statement)
    result = finding(checker.check(folder), "KS-FIRST")
    assert result.status is expected, result.message
    if expected is F:
        assert "a colleague" in result.message


# Layouts and answers seen in review: each read right, or left for a person, never failed.
def _mg3_boxes(text: str, table: list[list[str]] | None = None) -> dict[str, str | None]:
    form = load_forms().form("MG3")
    readings = read_boxes(form, text, [table] if table else [])
    return {key: interpret(form.get(key), reading) for key, reading in readings.items()}


def test_a_box_per_table_cell_keeps_its_value():
    table = [
        ["Charging decision sought: Full Code Test"],
        ["Early advice sought: Yes, CPS Direct on 02/02/2026"],
        ["Victim personal statement: offered 01/03/2026"],
    ]
    assert _mg3_boxes("", table) == {
        "test": "full_code",
        "early_advice": "sought",
        "vps": "offered",
    }


def test_sub_headings_stay_in_their_box():
    form = load_forms().form("MG3")
    text = "Reasonable lines of enquiry:\nCCTV: obtained from the bar.\nTaxi firm: no booking."
    assert "Taxi firm" in read_boxes(form, text, [])["loe"].text
    table = [["Outstanding evidence"], ["DNA: at the lab, target date 12/12/2026"]]
    assert "12/12/2026" in read_boxes(form, "", [table])["outstanding"].text


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Early advice sought: Yes. Further advice not needed.", "sought"),
        ("Early advice: Not only sought but obtained on 3 March 2026.", "sought"),
        ("Early advice sought? YES / NO (delete as appropriate)", None),
        ("Special measures: Not yet considered by the court; MG2 completed.", None),
        ("VPS: (tick one) ☐ No ☒ Yes", "offered"),
        ("ISVA: not referred.", "not_referred"),
        ("Outstanding evidence: None of the DNA results are back yet.", None),
        # put off until the trial: "TBC" is part of the deferral, not a second answer
        ("Special measures: TBC - to be discussed with Kayla nearer to trial.", "not_considered"),
    ],
)
def test_answers_that_say_two_things_are_not_guessed(line, expected):
    key = {"Early": "early_advice", "Specia": "special_measures", "VPS: ": "vps", "ISVA:": "isva"}
    key_for = next((v for k, v in key.items() if line.startswith(k)), "outstanding")
    assert _mg3_boxes(line).get(key_for) == expected


def test_times_do_not_split_labels():
    form = load_forms().form("MG3")
    boxes = read_boxes(form, "Victim: Leah Marsden\nVictim attended the SARC at 04:30 on 12/3.", [])
    assert boxes["complainant"].values[0] == "Leah Marsden"
    dated = read_boxes(form, "Suspect's account 20/03/2026: he said it was consensual.", [])
    assert dated["defence"].text == "he said it was consensual."  # a date may end a label


@pytest.mark.parametrize(
    "sentence",
    [
        "She has never told her sister what had happened.",
        "The day after the rape, Pryce phoned his friend Mark Jones about it.",
        "She later spoke to Victim Support about the assault.",
    ],
)
def test_people_the_complainant_did_not_tell(sentence):
    from gatekeeper.people import _people_told, not_by

    forms = load_forms()
    verbs = forms.phrases.disclosure + forms.phrases.disclosure_generic
    assert not_by(_people_told(sentence, verbs, forms.phrases, forms.context), ["Pryce"]) == []


def test_the_suspects_phone_is_not_hers():
    from gatekeeper.models import Facts
    from gatekeeper.requests import suspects_material

    facts = Facts(suspect="Daniel Pryce", complainant="Leah Marsden")
    assert suspects_material(
        "A full download of Daniel Pryce's phone, for messages to the victim.", facts
    )
    assert suspects_material("Full download of the suspect's phone.", facts)
    assert not suspects_material("Leah Marsden's phone: messages from 13/03/2026 only.", facts)


def test_hostile_input_stays_fast_and_safe():
    import time

    from gatekeeper.facts import ACTION_ITEM, EMAIL
    from gatekeeper.statements import parse_statement

    started = time.perf_counter()
    ACTION_ITEM.findall("\n" * 100_000 + "x")
    EMAIL.search("a-" * 100_000)
    parse_statement(
        "Statement of: A Person " + " age" * 5000 + " true to the best of my knowledge and belief"
    )
    # Not a timed assertion of speed: a backtracking pattern would take minutes, not seconds.
    assert time.perf_counter() - started < 60


def test_how_officers_lay_out_the_mg3():
    """Layouts met in other forces' files, in wording of our own."""
    form = load_forms().form("MG3")
    # a two-column table inside the box: its heading names a column of results
    table = [
        ["Lines of enquiry", "Outcome / why not pursued"],
        ["Bus company footage", "Requested 02/03/2026; the bus was not fitted with cameras."],
        ["Suspect's laptop", "Examined; nothing relevant."],
    ]
    loe = read_boxes(form, "", [table])["loe"].text
    assert "Bus company footage" in loe and "nothing relevant" in loe
    assert "suspect" not in read_boxes(form, "", [table])
    # a name under its heading; a possessive is no name box's label
    text = (
        "The suspect\nDaniel Owen PRYCE, born 04/04/1990, of 3 Mill Lane.\n"
        "Phones\nThe suspect's devices: two phones seized and examined.\n"
    )
    assert read_boxes(form, text, [])["suspect"].text.startswith("Daniel Owen PRYCE")
    # the next section's number ends the box after its own table's last row
    text = (
        "9. Outstanding evidence\nItem\tAsked for\tDue\nDNA on swabs\t01/03/2026\t20/04/2026\n"
        "10. Victim and witness care\nViews\tWants to be kept informed.\n"
    )
    outstanding = read_boxes(form, text, [])["outstanding"].text
    assert "20/04/2026" in outstanding and "informed" not in outstanding
    # a list's numbers inside a box are its items, not the next sections
    text = "10. Outstanding evidence\n1. Toxicology\n2. Cell site analysis, due 01/05/2026."
    assert "Cell site" in read_boxes(form, text, [])["outstanding"].text
    # section titles that begin with "Victim" are no complainant box
    text = "Victim Personal Statement: offered on 02/03/2026.\nVictim / witness\nNeeds\tNone."
    assert "complainant" not in read_boxes(form, text, [])


@pytest.mark.parametrize(
    ("sentence", "blanket", "dated"),
    [
        ("A full download of her phone has been requested.", True, False),
        # the limits stated make it no blanket request, whatever the report is called
        ("Full extraction report of her phone attached (selective extraction, "
         "parameters agreed with the CPS).", False, False),
        ("We have asked the college for her attendance records for the period "
         "September to December 2025 only.", False, True),
    ],
)  # fmt: skip
def test_a_request_is_judged_on_the_limits_it_states(sentence, blanket, dated):
    from gatekeeper.models import DocType
    from gatekeeper.requests import request_candidates

    data = load_forms()
    found = request_candidates(
        sentence, DocType.MG3, False, data.phrases, data.form("MG3"), data.context
    )
    assert any(c.blanket for c in found) is blanket
    assert any(c.has_date_range for c in found) is dated


def _outstanding(text: str) -> list[tuple[str, dt.date | None]]:
    from gatekeeper.boxes import BoxReading
    from gatekeeper.facts import _outstanding_items

    reading = BoxReading("outstanding", text, "box")
    return [(i.text, i.target_date) for i in _outstanding_items(reading, load_forms())]


def test_an_outstanding_box_lists_only_what_is_pending():
    # a remark, something already in the file, and a date given for the same thing later
    items = _outstanding(
        "One thing: the lab's report on the bedding. The preliminary result is attached. "
        "The lab's target date for the report is 2026-09-30. We ask for the decision now; if "
        "anything changes we will tell you."
    )
    assert items == [(items[0][0], dt.date(2026, 9, 30))] and "bedding" in items[0][0]
    assert _outstanding("Nothing else.") == [] and _outstanding("None outstanding.") == []
    assert _outstanding("We are not waiting for anything.") == []
    # "not back yet" is pending, whatever negation it holds
    assert [d for _, d in _outstanding("None of the fibre results are back yet.")] == [None]
    # a second item is not dated by the first's date
    dated = _outstanding("Fibres awaited. Toxicology target date 01/10/2026.")
    assert [d for _, d in dated] == [None, dt.date(2026, 10, 1)]


def test_mg3_headings_put_as_questions_or_numbered_without_a_stop():
    form = load_forms().form("MG3")
    text = (
        "What does HARLOW say?\nHe says she agreed.\n"
        "What is outstanding?\nThe phone report, due 03/03/2027.\n"
        "4  Outstanding\nNothing.\n"
    )
    boxes = read_boxes(form, text, [])
    assert boxes["defence"].text == "He says she agreed."
    assert "03/03/2027" in boxes["outstanding"].text
    text = "4  Outstanding\nDNA awaited, due 01/04/2027.\n5  Bail\nOn bail to 02/04/2027."
    outstanding = read_boxes(form, text, [])["outstanding"].text
    assert "DNA" in outstanding and "Bail" not in outstanding


def test_a_reason_in_brackets_and_contact_details_beside_the_oic():
    from gatekeeper.facts import Facts, _read_mg3

    data = load_forms()
    form = data.form("MG3")
    text = (
        "Early advice: not sought (the suspect admitted the act in interview).\n"
        "Enclosures: MG6C, MG6D. OIC DC 12 Ben MORROW 01632 960999 ben.morrow@force.example. "
        "Supervisor DS 3 Ann LEE 01632 960111."
    )
    facts = Facts()
    _read_mg3(facts, read_boxes(form, text, []), data, text)
    assert facts.early_advice_reason == "the suspect admitted the act in interview"
    assert facts.oic_phone == "01632 960999" and facts.oic_email == "ben.morrow@force.example"


def test_a_label_whose_value_denies_it():
    from gatekeeper.assertions import Assertion, read_sentence

    rules = load_forms().context
    for sentence, word in [
        ("Doorbell camera: there are none facing the door.", "Doorbell camera"),
        ("CCTV - not available at that site.", "CCTV"),
    ]:
        start = sentence.index(word)
        read = read_sentence(sentence, rules)
        assert read.assertion(start, start + len(word)) is Assertion.NEGATED
    read = read_sentence("CCTV: seized from the bar.", rules)
    assert read.assertion(0, 4) is Assertion.AFFIRMED


def test_the_first_officer_the_file_names():
    from gatekeeper.people import FIRST_OFFICER_NAMED

    for sentence in [
        "PC 3318 HANLEY was the first officer to attend, at 02:25.",
        "First officer on scene: PC 101 Dana REEVE.",
        "DC 22 Ola MBEKI attended first and took her account.",
    ]:
        assert any(r.search(sentence) for r in FIRST_OFFICER_NAMED), sentence
    assert not any(r.search("She told PC REEVE first.") for r in FIRST_OFFICER_NAMED)


def test_a_blanket_phrase_is_a_request_only_where_material_is_taken_or_asked_for():
    from gatekeeper.models import DocType
    from gatekeeper.requests import request_candidates

    data = load_forms()

    def blanket(sentence: str) -> bool:
        found = request_candidates(
            sentence, DocType.MG3, True, data.phrases, data.form("MG3"), data.context
        )
        return any(c.blanket for c in found)

    # a record of what was shared, and a reason given for asking for nothing
    assert not blanket("All the texts between them are disclosed to the defence in full.")
    assert not blanket(
        "There is no sign that her school files would show anything relevant to the case."
    )
    # asked for, taken, or named alone as an item of a list
    assert blanket("We will request all her school records from the academy.")
    assert blanket("Her handset was downloaded in full by the hub.")
    assert blanket("Complete extraction of the complainant's handset")


def test_the_officer_named_beside_contact_details_is_the_oic():
    from gatekeeper.facts import Facts, _read_mg3

    data = load_forms()
    text = (
        "How to reach the investigator\nDS 77 Ruth KANE (reviewing supervisor) 01632 960001\n"
        "DC 3302 Omar DIAZ, Eastgate CID - 01632 960302 - omar.diaz@force.example\n"
    )
    facts = Facts()
    _read_mg3(facts, read_boxes(data.form("MG3"), text, []), data, text)
    assert facts.oic_phone == "01632 960302" and facts.oic_email == "omar.diaz@force.example"
    two = text + "DC 4410 Leah FOX, Eastgate CID - 01632 960410\n"
    facts = Facts()
    _read_mg3(facts, read_boxes(data.form("MG3"), two, []), data, two)
    assert facts.oic_phone is None  # two officers with numbers: for a person to say which


def test_what_is_said_not_to_be_pending_is_no_outstanding_item():
    assert _outstanding("No toxicology was sent off, since she had not been drinking.") == []
    assert _outstanding(
        "Cell-site data: requested, target date 09/09/2026. Not needed to charge; the CCTV "
        "already covers the route."
    ) == [
        (
            _outstanding("Cell-site data: requested, target date 09/09/2026.")[0][0],
            dt.date(2026, 9, 9),
        )
    ]


def test_an_answer_then_a_comma_gives_the_answer():
    from gatekeeper.facts import Facts, _read_mg3

    data = load_forms()
    text = "Early advice: Not sought, for the reason recorded last time (he admitted the act)."
    facts = Facts()
    _read_mg3(facts, read_boxes(data.form("MG3"), text, []), data, text)
    assert facts.early_advice_sought is False
    assert facts.early_advice_reason and "admitted" in facts.early_advice_reason


def test_a_typed_copys_mark_after_the_signature_label():
    from gatekeeper.statements import parse_statement

    text = (
        "Statement of:\tNia ROSS\nThis statement is true to the best of my knowledge and belief.\n"
        "Signature: Signed: N. ROSS\tDate: 04/04/2026\nI saw them leave.\n"
    )
    tables = [[["Signature: Signed: N. ROSS", "Date: 04/04/2026"]]]
    parts = parse_statement(text, tables)
    assert parts.signed and parts.signature_box


def test_outstanding_items_that_are_done_not_needed_or_the_forms_question():
    assert _outstanding("Is anything still outstanding? Nothing further is awaited.") == []
    assert _outstanding("Fibre comparison is not required.") == []
    assert _outstanding("Toxicology - received (SFR2 attached).") == []
    dated = _outstanding(
        "Cell-site data, target 02/05/2026. We would like a decision now, with the items above "
        "to follow by the dates given."
    )
    assert [d for _, d in dated] == [dt.date(2026, 5, 2)]


def test_a_short_form_of_her_first_name_owns_the_device():
    from gatekeeper.requests import _owns

    assert _owns("A full download of Becca's handset was made.", "Rebecca HOLT") is False
    assert _owns("A full download of Sam's handset was made.", "Samantha HOLT")
    assert not _owns("A full download of Sam's handset was made.", "Sarah HOLT")


def test_schedule_entries_made_only_of_words_that_name_nothing():
    from gatekeeper.rules.disclosure import _all_generic

    for entry in ("misc papers", "various emails and letters", "officer stuff", "phone data"):
        assert _all_generic(entry), entry
    for entry in ("incident log", "emails from the gym manager 03/03/2026", "officer notebook"):
        assert not _all_generic(entry), entry


def test_what_the_suspects_account_points_to_and_no_enquiry_names():
    from gatekeeper.rules.mg3 import _raised_by_the_defence

    account = "He says she messaged him the next day to say she had enjoyed herself."
    assert _raised_by_the_defence(account, "House-to-house; SARC; DNA.") == ["messages"]
    assert _raised_by_the_defence(account, "Her WhatsApp thread with him was downloaded.") == []
    assert _raised_by_the_defence("He denies it.", "DNA.") == []


def test_a_labels_first_clause_denies_it():
    from gatekeeper.assertions import Assertion, read_sentence

    rules = load_forms().context
    sentence = "Doorbell camera: the house opposite has none fitted; the street has no CCTV."
    read = read_sentence(sentence, rules)
    assert read.assertion(0, len("Doorbell camera")) is Assertion.NEGATED
    seized = read_sentence("CCTV: seized from the shop, and it does not show the door.", rules)
    assert seized.assertion(0, 4) is Assertion.AFFIRMED


def test_the_reason_after_an_answer_is_no_second_answer():
    from gatekeeper.facts import Facts, _read_mg3

    data = load_forms()
    text = (
        "Early advice\\nEarly advice was not sought as the CCTV evidence was obtained on day one."
    )
    facts = Facts()
    _read_mg3(facts, read_boxes(data.form("MG3"), text, []), data, text)
    assert facts.early_advice_sought is False and "CCTV" in (facts.early_advice_reason or "")


def test_outstanding_labels_answered_none_and_a_headings_tail():
    assert _outstanding("Forensic: none submitted - intercourse agreed.") == []
    assert _outstanding("EVIDENCE / ENQUIRIES") == []


def test_a_pointer_before_the_answer_is_no_answer():
    data = load_forms()
    box = data.form("MG3").get("early_advice")
    from gatekeeper.boxes import BoxReading

    reading = BoxReading(
        "early_advice", "N/A - see below. Not sought: one suspect, all evidence in.", "box"
    )
    assert interpret(box, reading) == "not_sought"


def test_the_injured_partys_device_and_a_date_without_its_year():
    from gatekeeper.requests import HER_DEVICE
    from gatekeeper.statements import parse_statement

    assert HER_DEVICE.search("IP's phone was seized and downloaded in full.")
    assert not HER_DEVICE.search("The IP address of his router was traced.")
    text = (
        "Statement of: Ann Bell\nThis statement is true to the best of my knowledge and belief.\n"
        "Signature: A Bell   Date: 03/03\nI heard shouting.\n"
    )
    assert parse_statement(text).dated


# --- first sight of batch09 (files sent back, and what came back) -----------------------------


def test_a_typed_copy_signed_on_a_line_of_its_own_with_no_signature_box():
    from gatekeeper.statements import parse_statement

    text = (
        "Surname\tQUAYLE\nForename(s)\tMorwenna\n"
        "Declaration: This statement (consisting of 1 page(s) each signed by me) is true to the best "
        "of my knowledge and belief.\n(Sgd) M. QUAYLE PC 9182 Dated: 02/10/2026\n"
        "I attended the address at 03:10.\n(Sgd) M. QUAYLE PC 9182\n"
    )
    parts = parse_statement(text, [])
    assert parts.signed and parts.dated


def test_a_two_column_outstanding_table_gives_an_item_a_row_whatever_its_cells_hold():
    text = (
        "Outstanding evidence\nWork\tDue\nFibre comparison on HK/2\t14/01/2027\n"
        "Statement of the neighbour\tBooked; she is away until then\t09/01/2027\n"
        "Victim care\nScreens requested.\n"
    )
    items = _outstanding_box(text)
    assert [d for _, d in items] == [dt.date(2027, 1, 14), dt.date(2027, 1, 9)]


def test_a_result_received_on_a_date_is_not_outstanding():
    assert _outstanding("None. Fibre result received 11/11/2026 (SFR2 attached): a match.") == []
    # the dates as other systems write them
    assert _outstanding("None outstanding. SFR1 received 2026-03-10.") == []
    assert _outstanding("None outstanding. DNA report received 3rd March 2026.") == []
    assert _outstanding("None outstanding. Toxicology completed 04/03/2026.") == []


def test_a_test_named_only_to_be_denied_is_not_sought():
    form = load_forms().form("MG3")
    boxes = read_boxes(form, "Decision sought\nFull Code Test decision (not a threshold test).", [])
    assert interpret(form.get("test"), boxes["test"]) == "full_code"


def test_a_run_together_header_gives_each_labelled_box_and_a_dated_opening_is_prose():
    form = load_forms().form("MG3")
    boxes = read_boxes(
        form,
        "URN: 55XY0101026 Suspect: HOLT, Ivor James, 52 Offences: Rape (s.1 SOA 2003)\n"
        "Early advice\nEarly advice sought 01/09/2026, given 08/09/2026 (A. LEWIN): "
        "the identification evidence.\n",
        [],
    )
    assert boxes["suspect"].values[0].startswith("HOLT, Ivor James")
    assert interpret(form.get("early_advice"), boxes["early_advice"]) == "sought"


def _outstanding_box(mg3_text: str) -> list[tuple[str, dt.date | None]]:
    """The outstanding items of an MG3 read whole: its box found by the box reader."""
    from gatekeeper.facts import _outstanding_items

    reading = read_boxes(load_forms().form("MG3"), mg3_text, [])["outstanding"]
    return [(i.text, i.target_date) for i in _outstanding_items(reading, load_forms())]


def test_an_in_law_is_not_the_relative_the_word_starts_with():
    from gatekeeper.forms import pattern

    relationships = {r.name: r for r in load_forms().phrases.relationship}
    for name in ("her sister", "her brother", "her mother", "her father"):
        words = relationships[name].words
        relative = name.split()[1]
        assert any(pattern(w).search(f"She told her {relative} at once.") for w in words), name
        said = f"She told her {relative}-in-law, Rachel DOWD, at 22:20."
        assert not any(pattern(w).search(said) for w in words), name


# --- batch10, after its first sight --------------------------------------------------------------


def test_a_heading_with_its_note_in_brackets_a_numbered_list_and_a_wrapped_sentence():
    text = (
        "Suspect's account\nHe says it was consensual.\n"
        "Reasonable lines of enquiry (including those capable of assisting the suspect)\n"
        "1. Door staff at the club: asked what they saw; one says the two seemed close.\n"
        "2. Third-party records: none sought, as nothing suggests they hold anything relevant.\n"
        "3. Forensic: swabs taken at the SARC.\n"
        "Third-party material\nNo request has been made for her records. None is\n"
        "a reasonable line of enquiry on the facts: there is nothing to suggest it.\n"
    )
    boxes = read_boxes(load_forms().form("MG3"), text, [])
    assert boxes["defence"].text == "He says it was consensual."
    assert boxes["loe"].text.startswith("1. Door staff") and "3. Forensic" in boxes["loe"].text
    assert "forensic" not in boxes
    assert boxes["third_party"].text.endswith("there is nothing to suggest it.")


def test_asking_for_the_decision_on_the_evidence_there_is_no_outstanding_item():
    items = _outstanding(
        "Fibre comparison: submitted 01/10/2026, target date 12/01/2027. It is not needed for "
        "the decision; the lawyer is asked to proceed on the existing evidence."
    )
    assert [d for _, d in items] == [dt.date(2027, 1, 12)]


def test_an_offer_to_be_made_again_was_made():
    form = load_forms().form("MG3")
    boxes = read_boxes(form, "VPS: offered 02/02/2026 and declined; to be offered again later.", [])
    assert interpret(form.get("vps"), boxes["vps"]) == "offered"


def test_the_account_of_the_suspect_heading_and_an_interview_with_its_record():
    form = load_forms().form("MG3")
    headed = read_boxes(form, "ACCOUNT OF THE SUSPECT\nHe denies it.\n", [])
    assert headed["defence"].text == "He denies it."
    prose = read_boxes(form, "Interviewed 03/03/2026 (ROTI enclosed): he denies it.", [])
    assert "defence" in prose


def test_a_request_box_gives_its_reason_in_a_sentence_of_its_own():
    from gatekeeper.facts import _box_request
    from gatekeeper.requests import material_of

    data = load_forms()
    asked = "Messages between her and the suspect, 01/05/2026 to 03/05/2026."
    reason = "Reason: they go to the first complaint."
    assert material_of(reason, data.phrases)[0] is None
    assert not _box_request("digital", asked, "mg3.docx", data).has_foundation
    assert _box_request("digital", asked, "mg3.docx", data, reason).has_foundation


def test_the_first_officer_named_in_a_longer_sentence():
    from gatekeeper.people import FIRST_OFFICER_NAMED

    said = "PC 3345 Tom HALE attended the flat at 22:51 and was the first officer at the scene."
    assert [m.group("officer") for r in FIRST_OFFICER_NAMED if (m := r.search(said))] == [
        "PC 3345 Tom HALE"
    ]
    two = "PC 12 Ann ROSS took the call and PC 3345 Tom HALE attended and was the first officer."
    assert [m.group("officer") for r in FIRST_OFFICER_NAMED if (m := r.search(two))] == [
        "PC 3345 Tom HALE"
    ]


def test_a_clip_named_by_the_exhibit_number_the_file_gives_a_camera(tmp_path, checker):
    from gatekeeper.demo.writers import write_video
    from gatekeeper.references import media_exhibits

    assert media_exhibits("The bar's camera footage (JT/1, clip with the file) shows them.") == (
        ("JT1", "CCTV"),
    )
    assert media_exhibits("JT/1 is the BWV and JT/2 the CCTV, in one sentence.") == ()
    write_docx(
        tmp_path / "report.docx",
        [
            "MG3",
            "URN: 42YE1234526",
            "Lines of enquiry",
            "The bar's camera footage (JT/1, clip with the file) shows them leaving at 01:10.",
        ],
    )
    write_video(tmp_path / "JT1_cam04_0110.mp4", seconds=2, audio=True)
    report = checker.check(tmp_path)
    clip = next(d for d in report.documents if d.path == "JT1_cam04_0110.mp4")
    assert clip.type.value == "CCTV"


def test_a_man_who_told_his_brother(tmp_path, checker):
    write_docx(
        tmp_path / "report.docx",
        [
            "MG3",
            "URN: 42YE1234526",
            "Complainant: DALE, Owen",
            "Suspect: PIKE, Carl",
            "Summary",
            "The complainant, DALE, Owen (19), went to a party at the suspect's house. He woke to "
            "find the suspect touching him and left. He walked home and told his older brother, "
            "Rhys DALE, what the suspect had done. He reported it the next day.",
        ],
    )
    report = checker.check(tmp_path)
    assert [a.name for a in report.facts.first_accounts] == ["Rhys DALE"]
    assert finding(report, "KS-FIRST").status is F


# --- batch11, after its first sight --------------------------------------------------------------


def test_a_section_numbered_part_ends_the_box_before_it_and_a_bracket_is_no_label():
    text = (
        "Part 6 - Outstanding evidence / target dates\nOutstanding\tDetail\tTarget date\n"
        "Drug screen\tSubmitted 19/08/2026\t04/12/2026\nPart 7 - Disclosure\n"
        "MG6C and MG6D attached. Rebuttable-presumption material attached.\n"
        "Needs: no interpreter. Referred to the Westshire ISVA Service on 18/08/2026\n"
        "(ISVA: Farah QURESHI).\n"
    )
    boxes = read_boxes(load_forms().form("MG3"), text, [])
    assert "Disclosure" not in boxes["outstanding"].text
    assert "isva" not in boxes or "Referred" in boxes["isva"].text
    assert boxes["needs"].text.endswith("(ISVA: Farah QURESHI).")


def test_no_outstanding_evidence_said_in_a_sentence_that_names_enquiries():
    assert (
        _outstanding(
            "None. All enquiries are complete and there is no outstanding evidence. The forensic "
            "report arrived on 28/08/2026 and is attached."
        )
        == []
    )


def test_a_video_interview_she_chose_not_to_give_is_no_recording():
    from gatekeeper.references import mentions_abe

    said = (
        "Pre-recorded cross-examination was explained to her; because it follows a "
        "video-recorded interview, which she chose not to give, it is not open to her."
    )
    assert mentions_abe(said, load_forms().context).assertion.value == "negated"


def test_a_phone_as_a_way_of_contact_is_no_material():
    from gatekeeper.requests import material_of

    phrases = load_forms().phrases
    assert material_of("She asked for letters to be read to her by phone.", phrases)[0] is None
    assert material_of("Contact her by phone call after 17:00.", phrases)[0] is None
    assert material_of("Her phone was sent for a download.", phrases)[0] == "digital"


def test_her_phone_sent_for_a_full_download_is_a_blanket_request(tmp_path, checker):
    write_docx(
        tmp_path / "report.docx",
        [
            "MG3",
            "URN: 42YE1234526",
            "Complainant: VOSS, Ellen",
            "Suspect: PIKE, Carl",
            "Lines of enquiry",
            "Her phone was taken from her at the SARC and sent to the Digital Forensic Unit for "
            "a full download, so that all of her contact with the suspect could be reviewed.",
        ],
    )
    assert finding(checker.check(tmp_path), "DIG-PROP").status is F


def test_a_schedule_entry_for_a_requests_own_record_is_no_request():
    from gatekeeper.forms import any_match

    phrases = load_forms().phrases
    entry = "DFU request and extraction log for her phone, with the parameters set out"
    assert any_match(phrases.cross_reference, entry)


# --- batch12, after its first sight --------------------------------------------------------------


def test_boxes_typed_on_one_line_a_dashed_list_and_an_answer_in_the_label():
    text = (
        "URN 12AB3456726 / OCC 26000298113.  Suspect: COOKSON, Nathan (DOB 14/05/2002).  "
        "Offence: rape.\nOutstanding:\n- Download of his phone (DFU) - awaiting.\n"
        "- Statement from the taxi driver - being traced.\nBail: pre-charge bail until "
        "09/06/2026.\nEarly advice not sought: the evidence was gathered within a fortnight.\n"
    )
    form = load_forms().form("MG3")
    boxes = read_boxes(form, text, [])
    assert boxes["suspect"].text.startswith("COOKSON, Nathan")
    assert "Bail" not in boxes["outstanding"].text
    assert [d for _, d in _outstanding_box(text)] == [None, None]
    assert interpret(form.get("early_advice"), boxes["early_advice"]) == "not_sought"


def test_a_question_then_its_answer_and_a_label_ended_by_a_full_stop():
    form = load_forms().form("MG3")
    asked = read_boxes(form, "1. Full Code Test or Threshold Test?\nFull Code Test.\n", [])
    assert interpret(form.get("test"), asked["test"]) == "full_code"
    dotted = read_boxes(
        form,
        "Lines of enquiry. Work colleagues saw them leave; this neither supports nor undermines "
        "either account.\nCCTV obtained. It shows them leaving.\n",
        [],
    )
    assert dotted["loe"].text.startswith("Work colleagues")
    assert "multimedia" not in dotted


def test_a_drug_screen_is_no_screen_in_court_and_an_offer_is_no_interview():
    from gatekeeper.forms import any_match
    from gatekeeper.references import mentions_abe

    cues = load_forms().form("MG3").get("special_measures").cues["topic"]
    assert not any_match(cues, "No drugs were detected on a broad screen.")
    assert any_match(cues, "She would like a screen in court.")
    offered = "Victim statement (written, her choice; VRI offered)."
    assert mentions_abe(offered, load_forms().context).assertion.value != "affirmed"


def test_no_records_requested_and_a_request_that_would_not_be_reasonable_ask_for_nothing():
    from gatekeeper.forms import any_match

    phrases = load_forms().phrases
    said = (
        "No school, social care or health records about Ellie-May have been requested: there "
        "is nothing to suggest they hold anything relevant, and a request would not be a "
        "reasonable line of enquiry."
    )
    assert any_match(phrases.not_requested, said)


def test_a_named_first_account_witness_with_no_statement_fails_beside_a_spare_statement(
    tmp_path, checker
):
    write_docx(
        tmp_path / "report.docx",
        [
            "MG3",
            "URN: 42YE1234526",
            "Complainant: WARD, Beth",
            "Suspect: DOYLE, Kieran",
            "Summary",
            "First account: she told her flatmate, Jodie MILLER, when she got home. PC 771 SIMMS "
            "attended her flat at 16:30 and recorded her initial account in his pocket notebook.",
        ],
    )
    write_pdf(
        tmp_path / "shah.pdf",
        [
            "# WITNESS STATEMENT",
            "Statement of: Amir SHAH",
            "Occupation: Shift supervisor",
            "This statement is true to the best of my knowledge and belief.",
            "Signature: A. Shah   Date: 03/02/2026",
            "On Monday she came to work upset and told me a man had raped her.",
        ],
    )
    write_pdf(
        tmp_path / "hewitt.pdf",
        [
            "# WITNESS STATEMENT",
            "Statement of: Tom HEWITT",
            "Occupation: Detective Constable",
            "This statement is true to the best of my knowledge and belief.",
            "Signature: T. Hewitt   Date: 05/02/2026",
            "I am the officer in the case. I was not the first officer to attend; PC 771 SIMMS "
            "attended on 31st January 2026. I exhibit the download report as TH/1.",
        ],
    )
    report = checker.check(tmp_path)
    assert finding(report, "KS-FIRST").status is F
    assert "Jodie MILLER" in finding(report, "KS-FIRST").message
    officer = finding(report, "KS-OFFICER")
    assert officer.status is F and "SIMMS" in officer.message


# --- batch13, after its first sight (taught in part) ---------------------------------------------


def test_work_needed_only_if_challenged_is_not_outstanding_and_lines_followed_both_ways():
    from gatekeeper.forms import any_match

    assert (
        _outstanding(
            "None. A full forensic statement will only be needed if the finding is challenged."
        )
        == []
    )
    cues = load_forms().form("MG3").get("loe").cues["points_away"]
    assert any_match(cues, "Reasonable lines of enquiry have been followed both ways.")


def _counselling_mg3(folder, *notice: str) -> None:
    write_docx(
        folder / "report.docx",
        [
            "MG3",
            "URN: 42YE1234526",
            "Complainant: VOSS, Ellen",
            "Suspect: PIKE, Carl",
            "Third-party material",
            "Her counselling notes from Harbour Counselling for sessions from 01/03/2026 to "
            "30/04/2026 have been requested, because she told the counsellor about the night and "
            "the notes are likely to hold an earlier account of substantial probative value.",
            *notice,
        ],
    )


@pytest.mark.parametrize(
    ("notice", "expected"),
    [
        ("She has not been given written notice of the request.", F),
        ("Written notice of the request will be served on her next week.", Status.REVIEW),
        ("She was told about the request on the phone.", Status.REVIEW),
        ("A s.44B notice was handed to her on 02/03/2026.", Status.PASS),
        ("I wrote to her on 02/03/2026 and informed her in writing of the request.", Status.PASS),
        (
            "Notice of the request was not given because her mother, who is a suspect's "
            "associate, would learn of it and the investigation would be prejudiced.",
            Status.PASS,
        ),
        ("She signed the Digital Processing Notice for her phone.", F),  # not notice of this
    ],
)
def test_her_notice_of_a_records_request_read_as_a_sentence(tmp_path, checker, notice, expected):
    _counselling_mg3(tmp_path, notice)
    result = finding(checker.check(tmp_path), "TP-NOTICE")
    assert result.status is expected, result.message


def test_a_counselling_request_needs_its_probative_value(tmp_path, checker):
    write_docx(
        tmp_path / "report.docx",
        [
            "MG3",
            "URN: 42YE1234526",
            "Complainant: VOSS, Ellen",
            "Suspect: PIKE, Carl",
            "Her counselling notes from Harbour Counselling for sessions from 01/03/2026 to "
            "30/04/2026 have been requested, because she told the counsellor about the night.",
            "Written notice of the request was given to her on 02/03/2026.",
        ],
    )
    result = finding(checker.check(tmp_path), "TP-REQUEST")
    assert result.status is F and "substantial probative value" in result.message


def test_a_question_and_answer_export_ends_each_answer_at_the_next_question():
    form = load_forms().form("MG3")
    text = (
        "Q11 Outstanding evidence\nNone outstanding. SFR1 received 2026-03-10. Extraction "
        "complete 2026-02-12.\nQ12 First account witnesses\nHer cousin - statement attached.\n"
        "Q13 Forensic / medical\nFME Dr Tomasz WOJCIK, 2026-02-08. SFR1 in file."
    )
    boxes = read_boxes(form, text, [])
    assert "cousin" not in boxes["outstanding"].text and "WOJCIK" in boxes["forensic"].text


def _loe_mg3(folder, account: str) -> None:
    write_docx(
        folder / "report.docx",
        [
            "MG3",
            "URN: 42YE1234526",
            "Suspect's account:",
            account,
            "Lines of enquiry:",
            "SARC examination and swabs - done. Suspect's phone - with the DFU; suspect's "
            "explanation noted. There are no lines of enquiry pointing away from the suspect.",
        ],
    )


def test_an_mg3_saying_no_line_points_away_beside_his_account_fails(tmp_path, checker):
    _loe_mg3(tmp_path, "He denies being in the room and says he took a taxi home at 00:50.")
    result = finding(checker.check(tmp_path), "MG3-LOE")
    assert result.status is F and "There are no lines of enquiry pointing away" in result.message


def test_no_line_pointing_away_after_a_no_comment_interview_is_for_a_person(tmp_path, checker):
    _loe_mg3(tmp_path, "No comment interview on 03/03/2026.")
    assert finding(checker.check(tmp_path), "MG3-LOE").status is not F


def test_an_interviewer_with_no_statement_leaves_the_recording_unproduced(
    case_folder, checker, tmp_path
):
    """The ABE summary names the interviewer; no statement of hers is in the file, and the
    statements that are do not produce it: nobody exhibits the recording (ABE 2022)."""
    folder = tmp_path / "case"
    shutil.copytree(case_folder(), folder)
    (folder / "MG11 DC Priya Shah.pdf").unlink()
    result = finding(checker.check(folder), "ABE-EXH")
    assert result.status is F and "names DC Priya Shah as the interviewer" in result.message


def test_box_labels_across_a_table_with_their_values_under_them():
    table = [
        ["URN", "Suspect", "Complainant", "Offence"],
        ["52CV0144826", "MORTIMER, Kyle (12/12/2000)", "Natalie BREWIN (22)", "Rape x2"],
    ]
    boxes = _mg3_boxes("", table)
    form = load_forms().form("MG3")
    read = read_boxes(form, "", [table])
    assert read["suspect"].text.startswith("MORTIMER, Kyle") and "urn" in boxes
    # a label and its answer are no heading row, however many labels the answer holds
    pair = [
        ["Decision sought", "FULL CODE TEST - no outstanding enquiries."],
        ["Early advice", "Sought."],
    ]
    assert read_boxes(form, "", [pair])["test"].text.startswith("FULL CODE TEST")


def test_a_capitals_heading_is_a_label_whole():
    form = load_forms().form("MG3")
    text = (
        "OUTSTANDING EVIDENCE - TARGET DATES\nItem\tTarget date\n"
        "Fast-track DNA\t05/05/2026\nVIPER procedure\t05/05/2026"
    )
    assert "VIPER" in read_boxes(form, text, [])["outstanding"].text


def test_the_threshold_tests_second_condition_is_no_outstanding_box():
    form = load_forms().form("MG3")
    text = "2. Further evidence will become\tFast-track DNA due 05/05/2026.\n"
    assert "outstanding" not in read_boxes(form, text, [])


@pytest.mark.parametrize(
    ("sentence", "fails"),
    [
        ("This has not been looked into further.", True),
        ("CCTV from Velvet not obtained.", True),
        ("The bar tab records were not pursued because the bar does not keep them.", False),
        (
            "Her social media: NOT pursued. There is no suggestion of contact on other "
            "platforms, so examining it would not be a reasonable line of enquiry.",
            False,
        ),
        ("We have not requested her counselling records.", False),  # her material: no reason
        ("The suspect's phone was not seized.", True),
        ("The CCTV has not been obtained yet; it will be collected on 12/05/2026.", False),
        (
            "No digital line of enquiry: no suggestion of relevant messages. The suspect's phone "
            "was not seized.",
            False,
        ),
    ],
)
def test_a_line_left_undone_needs_its_reason(sentence, fails):
    from gatekeeper.models import Facts
    from gatekeeper.rules.mg3 import not_followed_without_reason

    found = not_followed_without_reason(
        sentence, load_forms().phrases, Facts(suspect="Kyle MORTIMER")
    )
    assert bool(found) is fails


def test_a_question_ticked_no_answers_it():
    assert (
        _mg3_boxes("Anything outstanding? ☐ Yes ☒ No - No further enquiries.")["outstanding"]
        == "none"
    )


def test_a_reference_code_is_no_body_worn_video():
    from gatekeeper.references import references

    said = (
        "My body worn camera was not recording as it had a battery fault, which I reported "
        "(fault ref CV-BWV-2291)."
    )
    assert references(said, load_forms().context).media == ()


def test_material_shown_on_request_is_no_request():
    from gatekeeper.forms import any_match

    assert any_match(load_forms().phrases.not_requested, "Available to CPS on request")
