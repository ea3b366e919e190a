"""Who made a statement (gatekeeper.roles), names as files write them (gatekeeper.names), and
how a typed copy shows its signature (gatekeeper.statements)."""

from __future__ import annotations

import pytest

from gatekeeper.models import Role
from gatekeeper.names import named_in, person_name, same_person
from gatekeeper.roles import Known, decide_role, role_signals
from gatekeeper.statements import parse_statement

SANDHU = (
    "I have worked with Sophie for three years. At about eleven she came back into the ladies' "
    "shaking and said 'He grabbed me out there, he put his hand down my trousers.' She asked "
    "me to take her home."
)
KAVANAGH = (
    "I work as a shift supervisor. When I came out of the toilets he pushed me against the wall "
    "and put his hand down my trousers. I did not agree to any of this. I told Priya straight away."
)
PHYSICIAN = (
    "I am a registered medical practitioner and forensic physician (MBChB, DFFLM). At 13:20 I "
    "examined Ellie at the SARC. She told me she had woken to find him having sex with her."
)
OFFICER = "I am a police constable. At 09:40 I attended the address following a 999 call."
BYSTANDER = "I am the bar manager. They left together at about 01:10. Hannah phoned me about it."


def decide(body: str, occupation: str | None = None, maker: str | None = None, **known):
    return decide_role(maker, role_signals(occupation, maker, body), Known(**known))


@pytest.mark.parametrize(
    ("body", "occupation", "maker", "known", "role"),
    [
        (SANDHU, "Warehouse team leader", "Priya SANDHU", {}, Role.FIRST_ACCOUNT),
        (KAVANAGH, "Shift supervisor", "Sophie KAVANAGH", {}, Role.COMPLAINANT),
        (
            KAVANAGH,
            None,
            "Sophie KAVANAGH",
            {"complainant": ["KAVANAGH, Sophie"]},
            Role.COMPLAINANT,
        ),
        (PHYSICIAN, "Forensic physician", "Dr Anjali BHATT", {}, Role.EXPERT),
        (OFFICER, "Police Constable 4471", "Tom Ellery", {}, Role.OFFICER),
        (BYSTANDER, "Bar manager", "Marcus Bell", {"complainant": ["Ellie FENWICK"]}, Role.WITNESS),
        # named by the file as the person she first told, whatever the statement says
        (
            BYSTANDER,
            "Bar manager",
            "Marcus Bell",
            {"first_account": ["M. Bell"]},
            Role.FIRST_ACCOUNT,
        ),
    ],
)
def test_the_role_weighs_the_statement_and_the_file(body, occupation, maker, known, role):
    assert decide(body, occupation, maker, **known).role is role


def test_what_she_took_back_is_no_account_heard():
    """Told that it was exaggerated (a retraction), the maker heard no complaint of the offence."""
    body = (
        "I have been the safeguarding lead at the academy since 2019. On 8th March 2022 Ellie told "
        "me she had 'made it sound worse than it was' and that 'he just hugs people'. She did not "
        "want it taken further."
    )
    assert decide(body, "Safeguarding lead", "Beverley ONSLOW").role is Role.WITNESS
    told = (
        "I am her form tutor. On 7th March 2022 Ellie told me her coach had touched her breasts and "
        "between her legs in the office after training."
    )
    assert decide(told, "Teacher", "Adam KHAN").role is Role.FIRST_ACCOUNT


def test_what_the_maker_was_told_is_not_what_happened_to_the_maker():
    signals = role_signals("Teacher", "Ann Lee", SANDHU)
    assert signals.victim == 0 and signals.heard == 1


def test_a_role_on_conflicting_signals_is_uncertain():
    mixed = KAVANAGH + " " + SANDHU + " Later she told me he had raped her."
    decision = decide(mixed, None, None)
    assert not decision.certain


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("DUNMORE, Craig", "Craig DUNMORE", True),
        ("Natalie BROOKS", "DC 2748 Natalie BROOKS", True),
        ("PATEL S", "Dr Sunita Patel", True),
        ("Sophie Tran", "Sophie Trent", False),
        ("Leah Marsden", "Luke Marsden", False),
    ],
)
def test_names_as_files_write_them(a, b, same):
    assert same_person(a, b) is same


def test_a_name_box_gives_the_name_alone():
    assert person_name("DUNMORE, Craig (born 22/02/1988)") == "DUNMORE, Craig"
    assert person_name("Craig DUNMORE, born 22/02/1988") == "Craig DUNMORE"


DECLARATION = (
    "This statement (consisting of 1 page(s) each signed by me) is true to the best of my "
    "knowledge and belief and I make it knowing that, if it is tendered in evidence, I shall be "
    "liable to prosecution if I have wilfully stated in it anything which I know to be false, or "
    "do not believe to be true."
)


@pytest.mark.parametrize(
    ("signature", "signed"),
    [
        ("Signature: [signed]", True),
        ("Signature: (Sgd) A. Ashworth", True),
        ("Signed: signed original held on file", True),
        ("Signature: J Smith", True),
        ("Signature: unsigned", False),
        ("Signature: ..................", False),
        ("Signature:", False),
    ],
)
def test_a_typed_copy_shows_its_signature(signature, signed):
    text = f"Statement of: Amber Ashworth\n{DECLARATION}\n{signature}   Date: 13/07/2026\nI am her sister."
    parts = parse_statement(text)
    assert parts.signed is signed
    assert parts.date is not None and parts.date.isoformat() == "2026-07-13"


def test_names_keep_their_commas_and_accents():
    assert same_person("Zofia ŁUCZAK", "Zofia Luczak")
    assert same_person("WÓJTOWICZ, Anna", "Anna Wojtowicz")
    assert person_name("support, special measures and her wishes") is None
    text = f"Surname, Forename(s)\tOKAFOR, Chidi Emeka\nAge\tOver 18\n{DECLARATION}\n[signed]\nI know her."
    assert parse_statement(text).maker == "OKAFOR, Chidi Emeka"


def test_who_told_the_maker():
    # the teller is the subject nearest the verb, however many words come between
    body = (
        "We were walking back from the Spanish class, which I teach, and she stopped and then "
        "told me that her landlord had raped her."
    )
    signals = role_signals("Language tutor", "Rosa Lind", body)
    assert signals.heard == 1 and signals.tellers == ("she",)
    assert decide(body, "Language tutor", "Rosa Lind", complainant=["Mia DALE"]).role is (
        Role.FIRST_ACCOUNT
    )


@pytest.mark.parametrize(
    ("signature", "scribbled"),
    [
        ("Signature: ~ “4 \\ ʃ", True),  # OCR's reading of handwriting
        ("Signature: rnw eV", True),
        ("Signature: ______", False),  # the box's own line
        ("Signature: | |", False),
        ("Signature: J Smith", False),  # typed: a signature, but no scribble
        ("Signature: unsigned", False),
    ],
)
def test_handwriting_as_ocr_reads_it(signature, scribbled):
    text = f"Statement of: Amber Ashworth\n{DECLARATION}\n{signature}   Date: 13/07/2026\nI am her sister."
    assert parse_statement(text).scribbled is scribbled


def test_police_staff_who_took_her_call_are_witnesses():
    body = (
        "I work in the force control room. At 02:10 I answered a 999 call from a woman who said "
        "her neighbour had raped her."
    )
    decision = decide(
        body, "Police staff - call handler", "Dee Arkwright", complainant=["Lia Ross"]
    )
    assert decision.role is Role.WITNESS
    assert decide(OFFICER, "Police Constable 4471", "Tom Ellery").role is Role.OFFICER


def test_a_relationship_to_someone_else_is_no_bond_with_her():
    from gatekeeper.forms import load_forms

    relationships = load_forms().phrases.relationship
    head = f"Statement of: Ann Bell\n{DECLARATION}\n[signed]\n"
    of = {
        "My son Kai came home late that night.": False,  # the suspect's mother
        "Maisie is my daughter; she showed me the messages.": False,  # a friend's mother
        "I am Skye's mum.": True,
        "My daughter told me what he had done.": True,  # no name given: it may be her
    }
    for body, holds in of.items():
        parts = parse_statement(head + body, relationships=relationships)
        assert parts.describes("her mother", ["Skye BARNES-LEE"]) is holds, body


def test_names_that_hold_a_place_word_are_still_names():
    from gatekeeper.people import NOT_A_PERSON

    assert not NOT_A_PERSON.search("BARNARD-LEE Skye") and not NOT_A_PERSON.search("Rowena LINEKER")
    assert NOT_A_PERSON.search("Crown Court") and NOT_A_PERSON.search("the ISVA service")


def test_police_staff_employed_by_the_force_are_no_officers():
    body = (
        "I am employed by Westshire Police as a member of police staff, working as a front desk "
        "assistant. I hold no police powers. At 10:15 a man handed in a lost purse."
    )
    decision = decide(body, "Front desk assistant", "Joy Pell")
    assert decision.role is Role.WITNESS


def test_a_confidante_the_file_names_by_her_job_is_a_first_account_witness():
    from gatekeeper.forms import load_forms

    relationships = load_forms().phrases.relationship
    head = f"Statement of: Joy Pell\nOccupation: Police staff - front desk assistant\n{DECLARATION}\n[signed]\n"
    body = "A young woman came to the desk and said 'a man at the party forced himself on me'."
    parts = parse_statement(head + body, relationships=relationships)
    assert parts.describes("the front desk assistant", ["Ann Vale"])
    assert not parts.describes("the night porter", ["Ann Vale"])
    decision = decide_role(
        "Joy Pell", parts.signals, Known(complainant=["Ann Vale"]), describes_bond=True
    )
    assert decision.role is Role.FIRST_ACCOUNT


def test_a_doctor_she_confided_in_is_a_first_account_witness_not_an_expert():
    body = (
        "I am a general practitioner and have been her doctor since 2015 (MBChB, MRCGP). At a "
        "consultation in 2019 she told me that her stepfather had abused her as a child."
    )
    known = {"complainant": ["Ann Vale"], "bonds": ["her GP"]}
    decision = decide_role(
        "Dr Omar Haddad",
        role_signals("General practitioner", "Dr Omar Haddad", body),
        Known(**known),
        describes_bond=True,
    )
    assert decision.role is Role.FIRST_ACCOUNT
    assert decide(body, "General practitioner", "Dr Omar Haddad").role is Role.EXPERT


def test_someone_told_later_is_a_witness_when_the_file_names_whom_she_told_first():
    body = "I am Ann's aunt. She told me about the abuse last month, shortly before she went to the police."
    signals = role_signals("Retired", "Mary Vale", body)
    known = Known(complainant=["Ann Vale"], bonds=["her partner"])
    later = decide_role("Mary Vale", signals, known, describes_other=True)
    assert later.role is Role.WITNESS
    # with nothing to say who the maker is, hearing her account still makes a first account
    assert decide_role("Mary Vale", signals, known).role is Role.FIRST_ACCOUNT
    # and so does a telling the statement does not place late: the file may have missed a name
    soon = role_signals("Retired", "Mary Vale", "I am Ann's aunt. She told me he had raped her.")
    assert decide_role("Mary Vale", soon, known, describes_other=True).role is Role.FIRST_ACCOUNT


def test_the_name_a_relationship_gives_after_with_or_of():
    from gatekeeper.forms import load_forms

    relationships = load_forms().phrases.relationship
    head = f"Statement of: Ann Bell\n{DECLARATION}\n[signed]\n"
    with_him = parse_statement(
        head + "I was in a relationship with Karl Dent for ten years.", relationships=relationships
    )
    assert not with_him.describes("her partner", ["Skye Dent"])
    sister = parse_statement(
        head + "I am the younger sister of Skye, and we talk every day.",
        relationships=relationships,
    )
    assert sister.describes("her sister", ["Skye Dent"])


def test_a_signature_line_whose_label_ocr_lost():
    head = "Statement of: Ann Bell\nOccupation: Nurse\n"
    declaration = DECLARATION.replace("\n", " ")
    marks = parse_statement(f"{head}{declaration}\n: WRVA   Date: 03/03/2026\nI saw them.")
    assert marks.signed and marks.scribbled and marks.date is not None
    blank = parse_statement(f"{head}{declaration}\n:   Date: 03/03/2026\nI saw them.")
    assert not blank.scribbled


def test_boxes_beside_a_label_that_is_no_box():
    line = "URN: 12AB3456726     Statement of: Omar DIAZ, DC 12     Occupation: Detective constable"
    parts = parse_statement(f"{line}\n{DECLARATION}\nSignature: [signed]\nI attended.")
    assert parts.occupation == "Detective constable" and parts.signals.officer_header


def test_a_bracketed_mark_in_a_signature_cell():
    text = (
        f"Statement of: Ann Bell\n{DECLARATION}\nSignature: [signed]\tDate: 01/01/2026\nI saw it."
    )
    tables = [[["Signature: [signed]", "Date: 01/01/2026"]]]
    assert parse_statement(text, tables).signed


def test_a_call_then_the_telling_names_whom_she_told():
    from gatekeeper.forms import load_forms
    from gatekeeper.people import told_in

    data = load_forms()
    told = told_in(
        "At 02:00 she rang her brother, Idris PRICE-LLOYD, and told him.",
        data.phrases,
        data.context,
    )
    assert [(t.name, t.relationship) for t in told] == [("Idris PRICE-LLOYD", "her brother")]


def test_a_sections_first_words_are_no_name():
    assert person_name("MG2 attached (screens, live link)") is None
    assert person_name("Lucia van der BERG (34)") == "Lucia van der BERG"


def test_an_officer_off_duty_who_was_told_is_a_first_account_witness():
    body = (
        "I am a police constable. On 3 March I was off duty and on a train home. A man I know "
        "slightly sat by me, shaking. He said 'my manager pushed me down and raped me'."
    )
    assert decide(body, "Police constable", "Ravi SHAH").role is Role.FIRST_ACCOUNT
    on_duty = "I am a police constable. I was on duty at the front desk when a man came in with an off-duty officer. He told me he had been assaulted."
    assert decide(on_duty, "Police constable", "Nia BRANDON").role is Role.OFFICER


def test_two_complainants_in_one_box_and_a_wife_who_says_whose_she_is():
    from gatekeeper.forms import load_forms

    form = load_forms().form("MG3")
    from gatekeeper.boxes import read_boxes

    boxes = read_boxes(
        form, "Complainants\tLEE, Ann (40) and LEE, Tom (37) - sister and brother", []
    )
    assert "Tom" in boxes["complainant"].text
    relationships = load_forms().phrases.relationship
    parts = parse_statement(
        f"Statement of: Kim LEE\n{DECLARATION}\n[signed]\nI am Tom's wife. He told me in 2019.",
        relationships=relationships,
    )
    assert parts.describes("her partner", ["Tom LEE"])


# --- batch10, after its first sight --------------------------------------------------------------


def test_the_name_after_where_the_person_is_from():
    from gatekeeper.forms import load_forms
    from gatekeeper.people import told_in

    data = load_forms()
    told = told_in(
        "First account: at 04:02 she texted her friend from college, Rhian OSEI, 'he did it while I slept'.",
        data.phrases,
        data.context,
    )
    assert [(t.name, t.relationship) for t in told] == [("Rhian OSEI", "a friend")]


def test_a_record_systems_witness_box_names_the_maker_and_a_printed_title_does_not():
    exported = parse_statement(
        f"MG11 WITNESS STATEMENT\nWitness\tJoanne PRICE\n{DECLARATION}\nI saw it."
    )
    assert exported.maker == "Joanne PRICE"
    titled = parse_statement(f"WITNESS\nSTATEMENT\nURN 12AB3456726\n{DECLARATION}\nI saw it.")
    assert titled.maker is None


# --- batch11, after its first sight --------------------------------------------------------------


def test_a_cousin_and_a_line_manager_describe_themselves_by_name():
    from gatekeeper.forms import load_forms

    relationships = load_forms().phrases.relationship
    head = f"Statement of: Orla FENN\n{DECLARATION}\n[signed]\n"
    cousin = parse_statement(head + "I am Aisling MORROW's cousin.", relationships=relationships)
    assert cousin.describes("a relative", ["Aisling MORROW"])
    manager = parse_statement(
        head + "I am Samira OKAFOR's line manager; she has reported to me since 2023.",
        relationships=relationships,
    )
    assert manager.describes("a colleague", ["Samira OKAFOR"])


def test_a_former_name_in_brackets_is_no_part_of_hers():
    assert person_name("FAIRBROTHER (nee HEYWOOD), Joanne Claire DOB 12/01/1991") == (
        "FAIRBROTHER, Joanne Claire"
    )
    assert not same_person("Paul FAIRBROTHER", "FAIRBROTHER, Joanne Claire")


def test_the_subject_nearest_the_telling_decides_whose_it_is():
    from gatekeeper.people import _told_by_another

    assert not _told_by_another("at a christening at which the suspect was present, she ", "she")
    assert _told_by_another("that night the suspect ", "she")
    assert _told_by_another("afterwards he ", "she")


def test_told_after_she_had_reported_it_is_told_later():
    body = (
        "I am the older sister of Leanne MARSH. On 7th February she told me that in September a "
        "man had raped her, that she had reported it and that the police were dealing with it."
    )
    signals = role_signals("Nurse", "Gemma MARSH", body)
    assert signals.heard_later
    known = Known(complainant=["Leanne MARSH"], first_account=["Craig OWEN"])
    assert decide_role("Gemma MARSH", signals, known, describes_other=True).role is Role.WITNESS


def test_a_first_name_and_its_short_form_name_one_person():
    assert named_in("Name\tASHCROFT, Benjamin\nDate of birth 30/04/1989", "ASHCROFT, Ben")
    assert named_in("Jess ORMSBY (first account)", "Jessica ORMSBY")
    assert not named_in("Name\tASHCROFT, Thomas", "ASHCROFT, Ben")


def test_a_paramedic_who_attended_heard_her_after_she_called_for_help():
    body = (
        "I am a registered paramedic. At 0015 hrs I attended Priory Road with my colleague. The "
        "patient was shaking. She said 'he held me down, his hand was over my mouth'."
    )
    occupation = "Paramedic, West Severn Ambulance Service"
    assert decide(body, occupation, "Nadia OSEI").role is Role.WITNESS


def test_she_reached_for_the_passer_by_she_told():
    body = (
        "I was walking my dog. A young woman ran out of the park. She grabbed my arm and said "
        "'please help me, a man just raped me by the bandstand'."
    )
    found = decide(body, "Electrician", "Gareth PLUMMER")
    assert found.role is Role.FIRST_ACCOUNT and found.certain


def test_a_name_ends_at_a_date_or_a_dash():
    assert person_name("Simon Peter ELDRIDGE 30/03/1981") == "Simon Peter ELDRIDGE"
    assert person_name("Kyle MORTIMER - 25 - labourer") == "Kyle MORTIMER"
