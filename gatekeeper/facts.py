"""Read case facts out of the classified documents: the MG3's boxes first, then the whole file.

The MG3's boxes are found in any layout by ``gatekeeper.boxes`` using the form data in
``checklists/forms``. Facts that may be written anywhere (who the complainant first told,
requests for her material, examinations of her phone) are looked for in every document that
may hold them.
"""

from __future__ import annotations

import re

from gatekeeper.assertions import (
    Assertion,
    Mention,
    mentions,
    read_sentence,
    sentences,
    value_names_thing,
)
from gatekeeper.boxes import (
    MARK,
    ROW_SEPARATOR,
    SENTENCE,
    BoxReading,
    after_ticks,
    interpret,
    is_ticked,
    ticks,
)
from gatekeeper.case import CaseFile
from gatekeeper.dates import find_dates, first_date, target_date
from gatekeeper.forms import FormData, any_match, pattern
from gatekeeper.models import (
    DocType,
    Facts,
    MaterialRequest,
    OutstandingItem,
    Role,
    Unsure,
)
from gatekeeper.names import name_parts, person_name
from gatekeeper.people import (
    ABE_NAMES,
    OFFICER,
    PERSON,
    SUSPECT_NAMED,
    SUSPECT_NAMES,
    first_accounts,
    first_officer,
    interviewee,
    named_in,
)
from gatekeeper.references import Mentioned, References
from gatekeeper.requests import (
    CONDITIONAL,
    FINITE,
    device_examinations,
    material_of,
    material_requests,
    suspects_material,
)

_I = re.IGNORECASE

PHONE = re.compile(r"(?:\+44\s?(?:\(0\)\s?)?|\(0|\b0)\d{2,4}\)?[\s.-]?\d{3,4}[\s.-]?\d{3,4}\b")
EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}\b")
POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b")
# [ \t]*, never \s*, at a line start: \s* with MULTILINE is quadratic over blank lines.
ACTION_ITEM = re.compile(
    r"^[ \t]*(?:action[ \t]*(?:point[ \t]*)?)?(\d{1,2})(?:[.):][ \t]*|[ \t]+)([A-Za-z].*)$",
    re.MULTILINE | _I,
)
NUMBERED_RESPONSE = re.compile(
    r"^[ \t]*(?:action[ \t]*(?:point[ \t]*)?)?(\d{1,2})(?:[.):]|[ \t])[ \t]*(.*)$", _I
)
ANSWER = re.compile(r"\b(?:action|item|point)\s*(?:no\.?\s*)?(\d{1,2})\b", _I)
REPORTS = (DocType.MG3, DocType.MG3A)


def report_boxes(case: CaseFile) -> dict[str, BoxReading]:
    """The boxes of the MG3/MG3A (the first report's reading of a box wins)."""
    merged: dict[str, BoxReading] = {}
    for document in case.of_type(*REPORTS):
        readings = case.boxes(document, "MG3")
        for key, reading in readings.items():
            previous = merged.get(key)
            if previous is None or (previous.source == "prose" and reading.source == "box"):
                merged[key] = reading
    return merged


def extract_facts(case: CaseFile) -> Facts:
    """Read the case facts. ``case.mg3`` and the statements' roles must already be set."""
    data = case.forms
    facts = Facts()
    reports = case.of_type(*REPORTS)
    _read_mg3(facts, case.mg3, data, " ".join(case.text(d) for d in reports))
    if facts.lines_of_enquiry and not facts.loe_points_away:
        # A resubmission's MG3A reports the enquiries made since, in answer to the action plan
        # rather than in a box of its own: any of them may be the line pointing away.
        cues = data.form("MG3").get("loe").cues["points_away"]
        facts.loe_points_away = any(any_match(cues, t) for _, t in case.texts(DocType.MG3A))
        # Material the MG3 itself says may help the defence, wherever it says so ("Ella saw
        # them leave together ..., which may assist the defence"), was a line followed.
        defence = data.form("MG3").get("loe").cues["defence_material"]
        facts.loe_points_away = facts.loe_points_away or any(
            any_match(defence, t) for _, t in case.texts(DocType.MG3)
        )
    _people_from_other_documents(facts, case)
    facts.first_accounts = first_accounts(case, data.phrases)
    facts.first_officer = first_officer(case)
    for document in case.documents:
        for urn in case.reading(document, "urns"):
            facts.urns.setdefault(urn.replace(" ", ""), []).append(document.path)
        abe: Mentioned | None = (
            case.reading(document, "abe") if document.type is not DocType.ABE_RECORDING else None
        )
        if abe is not None and abe.assertion in (Assertion.AFFIRMED, Assertion.REPORTED):
            facts.abe_referenced_in.append(document.path)
        elif abe is not None and abe.assertion is not Assertion.NEGATED:
            facts.unsure.append(
                Unsure(
                    topic="abe",
                    document=document.path,
                    sentence=abe.sentence,
                    assertion=abe.assertion,
                )
            )
        if document.type not in (DocType.MG3, DocType.MG3A, DocType.MG11, DocType.MG5):
            continue
        references: References = case.reading(document, "references")
        for sentence in references.unsure:
            facts.unsure.append(
                Unsure(
                    topic="reference", document=document.path, sentence=sentence, assertion="unsure"
                )
            )
        for kind in references.media:
            facts.multimedia_referenced.setdefault(kind, []).append(document.path)
        if references.forensic:
            facts.forensic_referenced_in.append(document.path)
        if document.type is DocType.MG11:
            for ref in references.exhibits:
                facts.exhibits_referenced.setdefault(ref, []).append(document.path)
    facts.material_requests = _box_requests(case, data)
    facts.material_requests += material_requests(case, facts, data.phrases)
    examinations = device_examinations(case, facts, data.phrases)
    facts.devices_examined = [text for text, _ in examinations]
    facts.device_examined_in = list(dict.fromkeys(path for _, path in examinations))
    facts.complainant_device_examined = bool(examinations)
    facts.complainant_identifiers = _complainant_identifiers(case)
    _read_action_plans(facts, case)
    return facts


def _read_mg3(facts: Facts, boxes: dict[str, BoxReading], data: FormData, whole: str) -> None:
    form = data.form("MG3")
    facts.mg3_read = {key: reading.source for key, reading in boxes.items()}

    def value(key: str) -> str | None:
        reading = boxes.get(key)
        return reading.text if reading is not None and not reading.empty else None

    def first(key: str) -> str | None:
        """A name box's first value: the same word may label a later line ("Victim attended")."""
        reading = boxes.get(key)
        return reading.values[0] if reading is not None and reading.values else None

    facts.suspect = person_name(first("suspect"))
    facts.complainant = person_name(first("complainant"))
    facts.offence_date = first_date(value("offence_date") or "")
    facts.report_date = first_date(value("report_date") or "")
    oic = value("oic") or ""
    if oic:
        name = re.split(r"[,;(]|\btel|\bphone|\bemail|\be-mail", oic, flags=_I)[0]
        facts.oic_name = re.sub(r"^[^:]{0,30}:\s*", "", name).strip() or None  # "Name / rank: ..."
    phone, email = PHONE.search(oic), EMAIL.search(oic)
    facts.oic_phone = phone.group(0) if phone else None
    facts.oic_email = email.group(0) if email else None
    for cue in OIC_CUE.finditer(whole):
        # "... enclosed. OIC DC 0404 Imran QURESHI 01632 960466 imran.q@...": the OIC named in
        # a box about something else, the details straight after the name.
        window = whole[cue.end() : cue.end() + OIC_REACH]
        window = re.split(
            r"\b(supervisor|reviewed by|countersigned|inspector)\b", window, flags=_I
        )[0]
        near_phone, near_email = PHONE.search(window), EMAIL.search(window)
        facts.oic_phone = facts.oic_phone or (near_phone.group(0) if near_phone else None)
        facts.oic_email = facts.oic_email or (near_email.group(0) if near_email else None)
    if not (facts.oic_phone and facts.oic_email):
        _officer_with_details(facts, whole)
    # Anywhere else on the MG3, a number may be anyone's: kept apart, for a person to confirm.
    elsewhere_phone, elsewhere_email = PHONE.search(whole), EMAIL.search(whole)
    facts.contact_elsewhere = [m.group(0) for m in (elsewhere_phone, elsewhere_email) if m]
    if "test" in boxes:
        box = form.get("test")
        facts.test_sought = interpret(box, boxes["test"]) or None
        if facts.test_sought == "threshold":
            reason = any_match(box.cues["threshold_reason"], boxes["test"].text)
            facts.threshold_reason = value("threshold_reason") or (
                boxes["test"].text[reason.start() :] if reason else None
            )
    if "early_advice" in boxes:
        box = form.get("early_advice")
        state = interpret(box, boxes["early_advice"])
        facts.early_advice_sought = {"sought": True, "not_sought": False}.get(state or "")
        if state == "not_sought":
            facts.early_advice_reason = _reason(box.values["not_sought"], box.cues, boxes)
            if facts.early_advice_reason is None and boxes["early_advice"].source == "prose":
                # "Early advice was not sought. The suspect was identified from the outset ...":
                # the reason is the rest of its paragraph.
                facts.early_advice_reason = _rest_of_paragraph(whole, boxes["early_advice"].text)
    facts.lines_of_enquiry = value("loe")
    if value("loe_away"):
        facts.lines_of_enquiry = f"{facts.lines_of_enquiry or ''} {value('loe_away')}".strip()
        facts.loe_points_away = True
    elif facts.lines_of_enquiry:
        cues = form.get("loe").cues["points_away"]
        affirmed, denied = _points_away(facts.lines_of_enquiry, cues, data)
        facts.loe_points_away = affirmed or _helps(facts.lines_of_enquiry, facts.suspect)
        facts.loe_none_away = None if facts.loe_points_away else denied
    facts.suspect_account = value("defence")
    if "outstanding" in boxes:
        facts.outstanding_recorded = True
        if interpret(form.get("outstanding"), boxes["outstanding"]) != "none":
            facts.outstanding = _outstanding_items(boxes["outstanding"], data)
    forensic = value("forensic") or ""
    for sentence in SENTENCE.split(forensic):
        # "Toxicology awaited, target 04/12/2026": pending, with a date; "consent signed by
        # her on 03/05/2026" is done, whatever its date.
        if (
            find_dates(sentence)
            and STILL.search(sentence)
            and any_match(data.phrases.target_cue, sentence)
        ):
            facts.outstanding.append(
                OutstandingItem(
                    text=sentence.strip(), target_date=target_date(sentence, data.phrases)
                )
            )
    facts.special_measures = value("special_measures")
    facts.victim_needs = value("needs")
    facts.vps = value("vps")
    facts.isva = value("isva")


OFFICER_NAMED = re.compile(OFFICER)
# Words before an officer's name that make them someone other than the OIC.
NOT_THE_OIC = re.compile(
    r"\b(supervisor|supervising|reviewed|reviewing|endorsed|endorsing|approved|countersigned|"
    r"inspector|authorised|authorising|interviewing|interviewed by|disclosure officer)\b",
    _I,
)


def _officer_with_details(facts: Facts, whole: str) -> None:
    """No box or cue names the OIC, but one officer's name on the MG3 has a phone number or an
    e-mail straight after it ("Who can the prosecutor contact? DC 1544 Gareth WYNNE, Portbury
    CID - 01632 960391 - gareth.wynne@..."): those are that officer's direct details. Two
    officers with details, or a supervisor's, leave the question to a person."""
    found: dict[str, tuple[str | None, str | None]] = {}
    for match in OFFICER_NAMED.finditer(whole):
        before = whole[max(0, match.start() - OIC_REACH // 2) : match.start()]
        if NOT_THE_OIC.search(before.rsplit("\n", 1)[-1]):
            continue
        window = whole[match.end() : match.end() + OIC_REACH]
        window = OFFICER_NAMED.split(window, maxsplit=1)[0]
        window = NOT_THE_OIC.split(window, maxsplit=1)[0]
        number, address = PHONE.search(window), EMAIL.search(window)
        if number or address:
            name = person_name(match.group("officer")) or match.group("officer")
            found.setdefault(
                name.lower(),
                (number.group(0) if number else None, address.group(0) if address else None),
            )
    if len(found) != 1:
        return
    phone, email = next(iter(found.values()))
    facts.oic_phone = facts.oic_phone or phone
    facts.oic_email = facts.oic_email or email


OIC_CUE = re.compile(r"\b(OIC|O\.I\.C\.?|officer in (the )?case|officer in charge)\b\s*:?", _I)
OIC_REACH = 120


def _points_away(text: str, cues: list[str], data: FormData) -> tuple[bool, str | None]:
    """Whether the lines of enquiry name one pointing away from the suspect, and the sentence
    that says none does ("There are no lines of enquiry pointing away from the suspect"), read
    as a sentence. The officer's own word that none points away outweighs a cue elsewhere in
    the list ("suspect's explanation noted"), unless it speaks of no *other* or *further* line."""
    found = [m for regex in cues for m in mentions(text, pattern(regex), data.context)]
    # One phrase matched twice ("pointing away" denied, "away from the suspect" read past the
    # negation's reach) is denied as a whole.
    negated = [m for m in found if m.assertion is Assertion.NEGATED]

    def denied(m: Mention) -> bool:
        if m.assertion is Assertion.NEGATED and value_names_thing(m.sentence, m.end):
            return False  # "Pointing away: the claimed relationship - no messages": a line named
        return m.assertion is Assertion.NEGATED or any(
            n.sentence == m.sentence and n.start <= m.start <= n.end + 1 for n in negated
        )

    said_none: str | None = None
    for mention in found:
        if not denied(mention):
            if NONE_AWAY.search(mention.words):
                return True, None  # a line said to point away
        elif NONE_AWAY.search(mention.words) and not FURTHER.search(mention.sentence):
            said_none = said_none or _clause(mention)
    # Short of the officer's own word that none points away, any cue counts, however the
    # sentence puts it ("Lines that could help him: her messages ... were not requested").
    return (False, said_none) if said_none else (bool(found), None)


def _clause(mention: Mention) -> str:
    """The mention's sentence from the capitalised word that opens its clause: a list's row
    run into the next sentence ("... explanation noted There are no lines ...") starts there."""
    window = mention.sentence[max(0, mention.start - 60) : mention.start]
    opener = list(re.finditer(r"(?:^|(?<=\s))[A-Z][a-z]+\b", window))
    begin = mention.start - len(window) + opener[-1].start() if opener else 0
    return mention.sentence[begin:]


# The words that name a line as pointing away from him, and "no other / further" lines.
NONE_AWAY = re.compile(
    r"\bpoint(s|ed|ing)? away\b|\baway from (the )?(suspect|defendant|him)\b", _I
)
FURTHER = re.compile(r"\b(other|further|more|additional|else)\b", _I)


def _helps(text: str, suspect: str | None) -> bool:
    """ "Lines that may help VOSE": a line of enquiry that may help the suspect, by name."""
    parts = name_parts(suspect) if suspect else None
    if parts is None:
        return False
    surname = re.escape(parts[1])
    return bool(
        re.search(
            rf"\b(help|assist|favour|support|benefit)\w*\s+(mr\.?\s+)?{surname}\b|"
            # his own suggestion or account followed up: "as PIKE suggested Amy wanted ..."
            rf"\b{surname}([\x27’]s)?\s+(likely\s+|own\s+|expected\s+)?(says|said|suggest\w*|claim\w*|"
            r"maintain\w*|account|"
            r"explanation|version|alibi)\b",
            text,
            _I,
        )
    )


def _rest_of_paragraph(text: str, sentence: str) -> str | None:
    """What follows a sentence in its paragraph (a line of an Office document, or lines of a
    PDF up to a blank one), when it is long enough to be a reason."""
    first = " ".join(sentence.split()[:8])
    for paragraph in re.split(r"\n\s*\n|\n(?=\S)", text):
        flat = " ".join(paragraph.split())
        at = flat.find(first)
        if at < 0:
            continue
        end = flat.find(". ", at)
        rest = flat[end + 2 :].strip() if end >= 0 else ""
        return rest if len(rest.split()) >= REASON_WORDS else None
    return None


def _people_from_other_documents(facts: Facts, case: CaseFile) -> None:
    """An MG3 typed without boxes names nobody in a box: the complainant is the maker of her
    statement or the ABE interviewee; the suspect is the person interviewed under caution."""
    if facts.complainant is None:
        makers = [d.maker for d in case.statements(Role.COMPLAINANT) if d.maker]
        facts.complainant = (
            makers[0]
            if makers
            else interviewee(case, DocType.ABE_SUMMARY)
            or named_in(case, DocType.ABE_SUMMARY, ABE_NAMES)
        )
    if facts.suspect is None:
        facts.suspect = (
            interviewee(case, DocType.ROTI)
            or named_in(case, DocType.ROTI, SUSPECT_NAMES)
            or named_in(case, DocType.PNC, [re.compile(rf"{PERSON}\s*\(suspect\)")])
            or named_in(case, DocType.MG3, SUSPECT_NAMED)
        )


def _reason(
    negatives: list[str], cues: dict[str, list[str]], boxes: dict[str, BoxReading]
) -> str | None:
    """The reason given for not seeking early advice: words after "because", a dash, a colon
    or a reason box ("If no, give reason"); a bare "No" or "not sought" gives none."""
    text = after_ticks(boxes["early_advice"].text)
    if not text:
        # "☐ Early advice obtained ☒ Early advice not sought - reason: ...": marks before their
        # options, the reason in the option ticked
        text = _ticked_segments(boxes["early_advice"].text)
    labelled = REASON_LABEL.search(text)
    if labelled:
        # "Reason: ...", "If no, state why: ...", "[F131] EA_REASON......: ...": the reason's
        # own label, wherever the answer stands
        reason = " ".join(SENTENCE.split(text[labelled.end() :].strip(), maxsplit=2)[:2])
        if len(reason.split()) >= 3:
            return reason.strip(" .-–—:;")
    negative = any_match(negatives, text)
    rest = text[negative.end() :] if negative else text
    aside = re.match(r"\s*\(([^()]{3,200})\)", rest)
    if aside and len(aside.group(1).split()) >= 2:
        return aside.group(1).strip()  # "Early advice not sought (single-issue case)."
    # The reason is given with the answer or in the sentence after it, not in a later part of
    # the box ("... Supervisor DS 1122 - endorsed 01/10/2026").
    near = " ".join(SENTENCE.split(rest.strip(), maxsplit=2)[:2])
    intro = any_match(cues.get("reason_intro", []), near)
    rest = near if intro is not None else rest
    if intro is None:
        # "Early advice was not sought. The investigation was short and ...": in the box about
        # early advice, a sentence after the answer's is its reason (the rest of the answer's
        # own sentence, "... in this case.", is not).
        after = SENTENCE.split(rest.strip(), maxsplit=1)
        reason = after[1].strip(" .-–—:;") if len(after) > 1 else ""
        return reason if len(reason.split()) >= REASON_WORDS else None
    reason = rest[intro.end() :].strip(" .-–—:;")
    return reason if len(reason.split()) >= 3 else None


REASON_WORDS = 6
REASON_LABEL = re.compile(
    r"(?<![A-Za-z])(reasons?( why)?( not( sought)?)?|why( not)?)[\s._…]*[:\-–—]\s+", re.IGNORECASE
)


def _ticked_segments(text: str) -> str:
    """The words after each ticked mark, to the next mark: the option ticked and what is
    written with it."""
    marks = list(MARK.finditer(text))
    ends = [m.start() for m in marks[1:]] + [len(text)]
    return " ".join(
        text[mark.end() : end].strip()
        for mark, end in zip(marks, ends, strict=True)
        if is_ticked(mark.group(0))
    )


def _outstanding_items(reading: BoxReading, data: FormData) -> list[OutstandingItem]:
    """Each outstanding item with the target date its own words give. A fragment that only says
    when ("Target date 30/04/2026", "results expected by ...") belongs to the item before it."""
    # (a list typed with dashes: "- Download ... - awaiting. - Statement ... - being traced.")
    split = (
        # (and numbered paragraphs: "... target date 30/10/2026. 9. (b) Download of ...")
        r"(?<=[.?])\s+(?:[-–*]\s+)?(?=[A-Z])|(?<=[.?])\s+(?=\d{1,2}[.)]\s)|;\s*|\s•\s*|^[-–*]\s+"
        if reading.source == "box"
        else SENTENCE.pattern
    )
    if ROW_SEPARATOR in reading.text:  # a table's rows: an item each, whatever its cells hold
        split = re.escape(ROW_SEPARATOR)
    items: list[str] = []
    # A bracket's own sentences stay with their item: "SFR1 received (no semen found; not
    # pursued further)." and "Evaluative statement (Dr R. IQBAL)" are one item each.
    text = BRACKETED.sub(lambda m: m.group(0).translate(IN_BRACKETS), reading.text)
    for fragment in (f.strip().translate(OUT_OF_BRACKETS) for f in re.split(split, text)):
        if not fragment:
            continue
        if (
            items
            and (
                _only_says_when(fragment, data)
                or _tells_more(fragment, data)
                or _dates_the_same(fragment, items[-1], data)
            )
            and target_date(items[-1], data.phrases) is None
        ):
            items[-1] = f"{items[-1]} {fragment}"
        elif (
            _says_none_outstanding(fragment, data)
            or _commentary(fragment)
            or fragment.rstrip().endswith("?")  # the form's question: "Is anything outstanding?"
            or HEADING_TAIL.match(fragment)  # "OUTSTANDING EVIDENCE / ENQUIRIES": its heading
        ):
            continue  # "The interim report is in the file.", "We ask for the decision now."
        else:
            items.append(fragment)
    return [
        OutstandingItem(text=item, target_date=target_date(item, data.phrases)) for item in items
    ]


BRACKETED = re.compile(r"\([^()\n]{1,300}\)")
# A bracket's stops, held as characters no text has while the box is split into items.
IN_BRACKETS = str.maketrans({";": "\x00", ".": "\x01", "?": "\x02"})
OUT_OF_BRACKETS = str.maketrans({"\x00": ";", "\x01": ".", "\x02": "?"})

# What an outstanding item names: a piece of evidence or work. A sentence naming none ("We ask
# for the decision now; if anything relevant appears we will send it") comments on the list.
EVIDENCE_NOUN = re.compile(
    r"\b(reports?|results?|statements?|DNA|toxicology|swabs?|samples?|downloads?|extractions?|"
    r"analys[ie]s|CCTV|footage|records?|notes|examinations?|forensics?|SFR\d?|phones?|devices?|"
    r"evidence|enquir(y|ies)|interviews?|identification|VIPER|cell[- ]site|material|data|"
    r"scientists?|lab(oratory)?|tests?|comparisons?|opinions?|checks?|items?|work|"
    r"exhibits?|translations?|transcripts?|MG\s?\d+\w?)\b",
    _I,
)


def _commentary(fragment: str) -> bool:
    """A sentence about the list rather than an item of it: it names no evidence, or it is the
    officer's remark ("We ask for the decision now because ...", "The result goes to whether
    ..."), and nothing in it is said to be pending."""
    if (REMARK.match(fragment) or OF_THE_LIST.match(fragment)) and LIST_REFERENCE.search(fragment):
        # "We ask for a decision now with these items to follow by the dates given.", "None of
        # these is expected to change the evidential picture"
        return True
    if ASKS_TO_PROCEED.search(fragment) and not STILL.search(fragment):
        return True  # "the CPS is asked to proceed on the existing evidence"
    if ONLY_IF_NEEDED.search(fragment):
        return True  # "a full forensic statement will only be needed if the finding is challenged"
    if STILL.search(fragment) or WILL_COME.search(fragment):
        return False
    if FINITE.search(fragment) and not find_dates(fragment) and not TO_COME.search(fragment):
        # A sentence saying how things stand, with nothing said to be pending: "the swabs are
        # kept frozen at the SARC", "no SFR2 is proposed unless the CPS asks for one".
        return True
    return not EVIDENCE_NOUN.search(fragment) or bool(REMARK.match(fragment))


# Work still to be done, said in the future: "a statement is to be taken", "will be obtained".
TO_COME = re.compile(
    r"\b(to be|will|shall|going to|intend|intends|plan to|plans to|being|in progress|ongoing|"
    r"continuing|underway|under way)\b",
    _I,
)
OF_THE_LIST = re.compile(r"^\W*(none|neither|each|all|both|any|some|most|either) of\b", _I)
# A remark about the list's own items: "these items", "the dates given", "as above".
LIST_REFERENCE = re.compile(
    r"\b(these|those|the above|the (items?|dates?|enquiries|results) (above|given|listed|set out|"
    r"shown))\b|\bas (above|listed|set out)\b",
    _I,
)


# Work that will be done only if something arises is no item of the list.
ONLY_IF_NEEDED = re.compile(
    r"\bonly (be )?(needed|required|necessary|obtained|requested|sought)\b[^.]{0,20}\bif\b", _I
)
# The officer asks for the decision on what is in the file: no item of the list.
ASKS_TO_PROCEED = re.compile(
    r"\b(asked|ask|asking|request(ed|s|ing)?|invited?)\b.{0,30}\b(to )?(proceed|decide)\b|"
    r"\bproceed (on|with) the (existing|current|available|present) evidence\b",
    _I,
)
WILL_COME = re.compile(
    r"\bwill (follow|come|be (sent|provided|received|available|served|completed|ready))\b|"
    r"\bwhen (received|available|ready)\b|\bawait|"
    # "We have requested the lab's report": asked for and not yet in
    r"\b(requested|submitted|sent (to|for|off)|chased|asked for|applied for|commissioned)\b",
    _I,
)
REMARK = re.compile(
    r"^(we|I|if|once|although|this|that|it|there|the (decision|case|allegation|charge|results?|"
    r"report|outcome|evidence)\s+(goes|go|is|are|will|would|does|do|may|might|should|relates?|"
    r"depends?))\b",
    _I,
)


def _dates_the_same(fragment: str, item: str, data: FormData) -> bool:
    """ "One item: the full report on his phone." then "The unit's target date for the full
    report is 15/05/2026.": a dated sentence naming the same thing dates that item."""
    if target_date(fragment, data.phrases) is None or not any_match(
        data.phrases.target_cue, fragment
    ):
        return False
    return bool(_content_words(fragment) & _content_words(item))


def _content_words(text: str) -> set[str]:
    words = {w.lower() for w in re.findall(r"[A-Za-z]{4,}", text)}
    return words - COMMON_WORDS


COMMON_WORDS = {
    "that", "this", "with", "from", "have", "been", "will", "date", "target", "due", "expected",
    "which", "their", "there", "they", "what", "when", "item", "items", "outstanding", "awaited",
}  # fmt: skip


PENDING = re.compile(
    r"\b(outstanding|awaited|awaiting|pending|to follow|(still )?waiting|yet to be|evidence|"
    r"enquir(y|ies)|results?)\b",
    _I,
)


DONE = re.compile(
    r"\b(complete[ds]?|done|finished|concluded|received|none|nil|n/?a)\b\.?\s*$|"
    # "DNA result - received (SFR1 attached).": done, and where it is
    r"\b(received|completed?|done|obtained|returned)\s*\([^()]{1,60}\)\s*\.?\s*$|"
    # "DNA result received 20/05/2026 (SFR1 attached): semen on swabs matches ...": in, on a date
    # (as files write one: 20/05/2026, 2026-05-20, 20th May 2026)
    r"\b(received|obtained|returned|completed?)\s+(on\s+)?(\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|"
    r"\d{4}-\d{2}-\d{2}|\d{1,2}(st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?\s+\d{4})\b|"
    r"^\s*(nothing|none|nil|n/?a)( else| further| more)?\s*\.?\s*$|"
    r"\b(is|are) (now )?(in the file|attached|enclosed|served|with (this|the) (file|report))\b|"
    r"\b(all )?(the )?(results|evidence|work|enquiries|statements)\s+(are|is|have been)\s+(in|back|"
    r"complete|completed|received|done)\b|"
    r"\b(has|have) (now )?been (received|completed|obtained|returned|provided|done)\b|"
    r"\b(all|every)\b.{0,40}\b(received|complete|completed|obtained|returned|back)\b|"
    # "The SFR1 (28/04/2026) confirms semen on AK/2": a result in, saying what it found
    r"\b(SFR\s?\d?|results?|report|analysis|examination)\b[^.;]{0,40}\b(confirms|confirmed|shows|"
    r"showed|found|finds|matches|matched|identified|identifies)\b",
    _I,
)
# The rest of a heading in capitals read with its box: "EVIDENCE / ENQUIRIES".
HEADING_TAIL = re.compile(
    r"^(?=[^a-z0-9]*$)[A-Z /&,-]*\b(EVIDENCE|ENQUIRIES|ENQUIRY|ITEMS|OUTSTANDING|WORK)\b[A-Z /&,-]*$"
)
NOTHING_DONE = re.compile(
    r"^\W*(no|none of the|neither|nothing|nobody)\b|"
    # "Forensic: none submitted - sex admitted": the item's label, then nothing
    r"^[^:]{1,40}:\s*(none|nil|no|nothing|n/?a)\b|"
    # "Toxicology is not required": nothing is to come
    r"\b(not|no longer) (required|needed|necessary|sought|pursued|relevant|appropriate)\b",
    _I,
)
ALREADY = re.compile(r"\balready\b", _I)
STILL = re.compile(
    r"\b(outstanding|awaited|awaiting|pending|to follow|still|yet|due|expected|target)\b", _I
)


def _says_none_outstanding(item: str, data: FormData) -> bool:
    """ "No other outstanding evidence.", "Nothing further is awaited", "All other enquiries:
    complete": every mention of what is pending is negated, or the fragment says it is done,
    so it lists nothing outstanding."""
    if re.search(
        r"\b(back|in|received|returned|available|arrived|ready)\s+(yet|so far)\b", item, _I
    ):
        return False  # "None of the DNA results are back yet": they are outstanding
    # "All enquiries are complete and there is no outstanding evidence": "outstanding" denied
    still = STILL.search(item) is not None and any(
        m.assertion is not Assertion.NEGATED for m in mentions(item, STILL, data.context)
    )
    if DONE.search(item) and not still:
        return True
    if not still and (
        NOTHING_DONE.search(item) or (ALREADY.search(item) and not WILL_COME.search(item))
    ):
        # "No forensic submissions were made because intercourse is admitted", "the CCTV
        # already shows the stop": nothing is said to be pending.
        return True
    found = list(mentions(item, PENDING, data.context))
    return bool(found) and all(m.assertion is Assertion.NEGATED for m in found)


# A sentence that goes on about the item before it: "Submitted 08/05/2026. The laboratory has
# given a target date of 15/01/2027": the laboratory's date is the toxicology's.
TELLS_MORE = re.compile(
    r"^(the (laboratory|lab|scientist|provider|report|results?|forensic provider|DFU|unit)|it|this|"
    r"these|they|results?|report|submitted|sent|requested)\b",
    _I,
)


def _tells_more(fragment: str, data: FormData) -> bool:
    return bool(TELLS_MORE.match(fragment)) and target_date(fragment, data.phrases) is not None


def _only_says_when(fragment: str, data: FormData) -> bool:
    words = fragment.split()
    head = " ".join(words[:4])
    # "Target date 30/04/2026", "requested 01/03/2026": a date and a word or two, no item;
    # "Toxicology target date 01/10/2026" names an item of its own.
    short = len(words) <= 4 and not EVIDENCE_NOUN.search(fragment)
    cue = any_match(data.phrases.target_cue, head)
    opens = cue is not None and not re.search(
        r"[A-Za-z]{3}", head[: cue.start()].replace("The", "")
    )
    return bool(find_dates(fragment)) and (short or opens)


def _box_requests(case: CaseFile, data: FormData) -> list[MaterialRequest]:
    """Requests written in the request boxes of the MG3 and of the DMD (its headings are boxes)."""
    readings: list[tuple[str, dict[str, BoxReading]]] = []
    reports = case.of_type(*REPORTS)
    if reports:
        readings.append((reports[0].path, case.mg3))
    for document in case.of_type(DocType.DMD):
        readings.append((document.path, case.boxes(document, "MG3")))
    requests: list[MaterialRequest] = []
    names = _names_only(case)
    for path, boxes in readings:
        for key, kind in (("request", "digital"), ("third_party", "third_party")):
            reading = boxes.get(key)
            if reading is None or reading.source != "box" or reading.nil:
                continue
            # A "Requests" box asks by being filled in; a section headed third-party material
            # asks for the third-party material it names, and for other material only where a
            # sentence asks.
            asked = _asked_for(reading.text, names, data, needs_verb=key == "third_party")
            if asked:
                # what is asked for decides its kind, not the box it is written in
                kind = material_of(asked, data.phrases)[0] or kind
                # "Reason: both conversations go to the first complaint": a sentence of the box
                # that names no material gives the request's reason or limits
                beside = " ".join(
                    sentence
                    for sentence in sentences(reading.text)
                    if material_of(sentence, data.phrases)[0] is None
                )
                requests.append(_box_request(kind, asked, path, data, beside))
    return requests


def _asked_for(text: str, names: Facts, data: FormData, needs_verb: bool = False) -> str:
    """The sentences of a request box that ask for the complainant's material: not the
    suspect's, not a pointer to a request set out elsewhere, not denied ("we do not propose to
    seek her medical records"), and naming some material."""
    kept: list[str] = []
    denied = False  # "Third-party material: none requested. She has not seen a doctor ..."
    for sentence in sentences(text):
        if any_match(data.phrases.not_requested, sentence):
            denied = True
            continue
        if (
            (denied and not _plainly_asks(sentence, data))
            or material_of(sentence, data.phrases)[0] is None
            or suspects_material(sentence, names)
            or any_match(data.phrases.not_requested, sentence)
            or any_match(data.phrases.cross_reference, sentence)
            or _all_denied(sentence, data)
            or _material_denied(sentence, data)
            or CONDITIONAL.search(sentence)
            or (
                needs_verb
                and material_of(sentence, data.phrases)[0] != "third_party"
                and not any_match(data.phrases.request, sentence)
            )
            # "She signed a consent form for her medical records": her consent, or her notice,
            # is no request for them
            or (
                CONSENT_OR_NOTICE.search(sentence) and not any_match(data.phrases.request, sentence)
            )
        ):
            continue
        kept.append(sentence)
    return " ".join(kept)


# Her consent to release her records, or her notice of a request ("relevant to consent", the
# issue in the case, is neither).
CONSENT_OR_NOTICE = re.compile(
    r"\b(signed|gave|given|provided|sign) (a |her |written )?consent\b|"
    r"\bconsent (form|to (the )?(release|disclosure))\b|\bconsented to\b|\bnotice\b",
    re.IGNORECASE,
)


def _material_denied(text: str, data: FormData) -> bool:
    """Every mention of the complainant's material starts inside a negation ("No medical,
    counselling or social care records sought", "Neither complainant disclosed to a school")."""
    read = None
    found = False
    for regexes in data.phrases.material.values():
        for regex in regexes:
            for match in pattern(regex).finditer(text):
                read = read or read_sentence(text, data.context)
                found = True
                if read.assertion(match.start(), match.start() + 1) is not Assertion.NEGATED:
                    return False
    return found


def _plainly_asks(text: str, data: FormData) -> bool:
    """Some request word of the sentence is affirmed or planned, not denied or supposed ("no
    line of enquiry would justify seeking her records")."""
    return any(
        m.assertion in (Assertion.AFFIRMED, Assertion.PLANNED)
        for regex in data.phrases.request
        for m in mentions(text, pattern(regex), data.context)
    )


def _all_denied(text: str, data: FormData) -> bool:
    """Every request word of the sentence is denied."""
    found = [
        m for regex in data.phrases.request for m in mentions(text, pattern(regex), data.context)
    ]
    return bool(found) and all(m.assertion is Assertion.NEGATED for m in found)


def _names_only(case: CaseFile) -> Facts:
    """The suspect's and complainant's names as the MG3 boxes give them (for whose-device checks)."""
    names = Facts()
    for key in ("suspect", "complainant"):
        reading = case.mg3.get(key)
        if reading is not None and reading.source == "box":
            setattr(names, key, person_name(reading.text))
    return names


def _box_request(
    kind: str, text: str, source: str, data: FormData, beside: str = ""
) -> MaterialRequest:
    """``beside``: the box's other sentences, which may give the reason or the limits."""
    phrases = data.phrases
    whole = f"{text} {beside}"
    return MaterialRequest(
        material=material_of(text, phrases)[1],
        kind=kind,
        text=text,
        document=source,
        has_date_range=bool(any_match(phrases.date_range, whole)),
        has_data_types=bool(any_match(phrases.data_types, whole)),
        has_foundation=bool(any_match(phrases.foundation, whole)),
        has_necessity=bool(any_match(phrases.necessity, whole)),
        has_probative=bool(any_match(phrases.probative, whole)),
        blanket=bool(any_match(phrases.blanket, text)),
    )


def _complainant_identifiers(case: CaseFile) -> list[str]:
    """Phone numbers, postcode and date of birth from the complainant's contact details.

    They are on the back page of her statement and in the MG6, both confidential to the prosecutor.
    """
    contacts: list[str] = []
    for document in case.statements(Role.COMPLAINANT):
        text = case.text(document)
        contacts.append(text[case.reading(document, "served-end") :])
    for document in case.of_type(DocType.MG6):
        box = case.boxes(document, "MG3").get("complainant_contact")
        if box is not None:
            contacts.append(box.text)
    found: list[str] = []
    for contact in contacts:
        found += PHONE.findall(contact) + POSTCODE.findall(contact)
        found += re.findall(r"date of birth\s*:?\s*(\d{1,2}/\d{1,2}/\d{4})", contact, _I)
    return list(dict.fromkeys(found))


def _read_action_plans(facts: Facts, case: CaseFile) -> None:
    actions: dict[int, str] = {}
    for _, text in case.texts(DocType.ACTION_PLAN):
        for match in ACTION_ITEM.finditer(text):
            actions.setdefault(int(match.group(1)), match.group(2))
        facts.action_plan_date = facts.action_plan_date or first_date(text)
    answered: set[int] = set()
    unanswered: set[int] = set()
    responses = ""
    for document, text in case.texts(DocType.MG3A):
        responses += " " + text
        answered.update(int(n) for n in ANSWER.findall(text))
        rows = [row for table in case.tables(document) for row in table]
        rows += [[line] for line in text.splitlines()]
        for row in rows:
            numbered = NUMBERED_RESPONSE.match(row[0]) if row else None
            if numbered is None:
                continue
            number, rest = int(numbered.group(1)), " ".join([numbered.group(2), *row[1:]])
            options = ticks(rest)
            said_no = bool(options) and any(
                o.ticked and re.match(r"no\b", o.option, _I) for o in options or []
            )
            words = re.sub(MARK.pattern, "", rest)
            if said_no or (len(row) > 1 and not " ".join(row[1:2]).strip()):
                unanswered.add(number)
            elif len(words.split()) >= 2:
                answered.add(number)
    facts.action_plan_items = sorted(actions)
    facts.answers_numbered = bool(answered or unanswered)
    if not facts.answers_numbered and responses.strip():
        answered = {n for n, action in actions.items() if _answered_in(action, responses)}
    facts.answered_items = sorted(answered - unanswered)


# Words too common in actions and answers to show that one answers the other.
STOPWORDS = frozenset(
    {
        "obtain", "provide", "please", "send", "from", "with", "that", "this", "have", "been",
        "which", "their", "about", "into", "your", "further", "copy", "copies", "details",
        "make", "made", "take", "taken", "also", "what", "when", "where", "will", "would",
        "should", "must", "need", "file", "case",
    }
)  # fmt: skip


def _answered_in(action: str, responses: str) -> bool:
    """An unnumbered answer: two of the action's words, or one reference such as 'MG6D'."""
    said = {w.lower().removesuffix("'s") for w in re.findall(r"[\w'/-]+", responses)}
    words = {w.lower().removesuffix("'s") for w in re.findall(r"[\w'/-]+", action)}
    codes = {w for w in words if re.search(r"\d", w) and re.search(r"[a-z]", w)}
    plain = {w for w in words - codes if len(w) >= 4 and w not in STOPWORDS}
    return bool(codes & said) or len(plain & said) >= 2


__all__ = ["extract_facts", "person_name", "report_boxes"]
