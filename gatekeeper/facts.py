"""Read case facts out of the classified documents: the MG3's boxes first, then the whole file.

The MG3's boxes are found in any layout by ``gatekeeper.boxes`` using the form data in
``checklists/forms``. Facts that may be written anywhere (who the complainant first told,
requests for her material, examinations of her phone) are looked for in every document that
may hold them.
"""

from __future__ import annotations

import re

from gatekeeper.boxes import MARK, SENTENCE, BoxReading, after_ticks, interpret, ticks
from gatekeeper.case import CaseFile
from gatekeeper.dates import find_dates, first_date, target_date
from gatekeeper.forms import FormData, any_match
from gatekeeper.models import (
    DocType,
    Facts,
    MaterialRequest,
    OutstandingItem,
    Role,
)
from gatekeeper.people import first_accounts
from gatekeeper.references import References
from gatekeeper.requests import (
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
PERSON = r"(?P<name>[A-Z][a-z'-]+(?: [A-Z][a-z'-]+){1,2})"
NOT_NAME_WORDS = {"place", "date", "time", "age", "location", "interviewer", "exhibit", "was"}
# Label words in any case; the name itself must be capitalised.
# Interview records typed without boxes: the name comes first ("Leah Marsden was interviewed").
ABE_NAMES = [re.compile(rf"{PERSON} was interviewed (?:on video|by)")]
SUSPECT_NAMES = [re.compile(rf"{PERSON} was interviewed under caution")]


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


def person_name(value: str | None) -> str | None:
    """A person's name from a form box that may add an age, a date of birth or an address."""
    if not value:
        return None
    value = after_ticks(value) or value
    return (
        re.split(r"[,(;]| born | dob\b| aged? ", value, maxsplit=1, flags=re.IGNORECASE)[0].strip()
        or None
    )


def extract_facts(case: CaseFile) -> Facts:
    """Read the case facts. ``case.mg3`` and the statements' roles must already be set."""
    data = case.forms
    facts = Facts()
    reports = case.of_type(*REPORTS)
    _read_mg3(facts, case.mg3, data, " ".join(case.text(d) for d in reports))
    _people_from_other_documents(facts, case)
    facts.first_accounts = first_accounts(case, data.phrases)
    for document in case.documents:
        for urn in case.reading(document, "urns"):
            facts.urns.setdefault(urn.replace(" ", ""), []).append(document.path)
        if document.type is not DocType.ABE_RECORDING and case.reading(document, "abe"):
            facts.abe_referenced_in.append(document.path)
        if document.type not in (DocType.MG3, DocType.MG3A, DocType.MG11, DocType.MG5):
            continue
        references: References = case.reading(document, "references")
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
    facts.lines_of_enquiry = value("loe")
    if value("loe_away"):
        facts.lines_of_enquiry = f"{facts.lines_of_enquiry or ''} {value('loe_away')}".strip()
        facts.loe_points_away = True
    elif facts.lines_of_enquiry:
        cues = form.get("loe").cues["points_away"]
        facts.loe_points_away = bool(any_match(cues, facts.lines_of_enquiry))
    facts.suspect_account = value("defence")
    if "outstanding" in boxes:
        facts.outstanding_recorded = True
        if interpret(form.get("outstanding"), boxes["outstanding"]) != "none":
            facts.outstanding = _outstanding_items(boxes["outstanding"], data)
    forensic = value("forensic") or ""
    for sentence in SENTENCE.split(forensic):
        if find_dates(sentence) and any_match(data.phrases.target_cue, sentence):
            facts.outstanding.append(
                OutstandingItem(
                    text=sentence.strip(), target_date=target_date(sentence, data.phrases)
                )
            )
    facts.special_measures = value("special_measures")
    facts.victim_needs = value("needs")
    facts.vps = value("vps")
    facts.isva = value("isva")


def _people_from_other_documents(facts: Facts, case: CaseFile) -> None:
    """An MG3 typed without boxes names nobody in a box: the complainant is the maker of her
    statement or the ABE interviewee; the suspect is the person interviewed under caution."""
    if facts.complainant is None:
        makers = [d.maker for d in case.statements(Role.COMPLAINANT) if d.maker]
        facts.complainant = (
            makers[0]
            if makers
            else _interviewee(case, DocType.ABE_SUMMARY)
            or _named(case, DocType.ABE_SUMMARY, ABE_NAMES)
        )
    if facts.suspect is None:
        facts.suspect = (
            _interviewee(case, DocType.ROTI)
            or _named(case, DocType.ROTI, SUSPECT_NAMES)
            or _named(case, DocType.PNC, [re.compile(rf"{PERSON}\s*\(suspect\)")])
        )


def _interviewee(case: CaseFile, doc_type: DocType) -> str | None:
    """The person interviewed, from the interview record's box (form data 'INTERVIEW')."""
    for document in case.of_type(doc_type):
        reading = case.boxes(document, "INTERVIEW").get("person")
        if reading is not None and reading.source == "box" and not reading.nil:
            return _clean_name(reading.text)
    return None


def _clean_name(value: str) -> str | None:
    """The name at the start of a box or phrase, without a label that follows it."""
    match = re.match(rf"\s*{PERSON}", value)
    words = match.group("name").split() if match else []
    while len(words) > 2 and words[-1].lower() in NOT_NAME_WORDS:
        words.pop()
    return " ".join(words) or None


def _named(case: CaseFile, doc_type: DocType, patterns: list[re.Pattern[str]]) -> str | None:
    for _, text in case.texts(doc_type):
        flat = " ".join(text.split())
        for regex in patterns:
            match = regex.search(flat)
            if match:
                return _clean_name(match.group("name"))
    return None


def _reason(
    negatives: list[str], cues: dict[str, list[str]], boxes: dict[str, BoxReading]
) -> str | None:
    """The reason given for not seeking early advice: words after "because", a dash, a colon
    or a reason box ("If no, give reason"); a bare "No" or "not sought" gives none."""
    text = after_ticks(boxes["early_advice"].text)
    negative = any_match(negatives, text)
    rest = text[negative.end() :] if negative else text
    intro = any_match(cues.get("reason_intro", []), rest)
    if intro is None:
        return None
    reason = rest[intro.end() :].strip(" .-–—:;")
    return reason if len(reason.split()) >= 3 else None


def _outstanding_items(reading: BoxReading, data: FormData) -> list[OutstandingItem]:
    """Each outstanding item with the target date its own words give. A fragment that only says
    when ("Target date 30/04/2026", "results expected by ...") belongs to the item before it."""
    split = r"(?<=\.)\s+(?=[A-Z])|;\s*|\s•\s*" if reading.source == "box" else SENTENCE.pattern
    items: list[str] = []
    for fragment in (f.strip() for f in re.split(split, reading.text)):
        if not fragment:
            continue
        if (
            items
            and _only_says_when(fragment, data)
            and target_date(items[-1], data.phrases) is None
        ):
            items[-1] = f"{items[-1]} {fragment}"
        else:
            items.append(fragment)
    return [
        OutstandingItem(text=item, target_date=target_date(item, data.phrases)) for item in items
    ]


def _only_says_when(fragment: str, data: FormData) -> bool:
    words = fragment.split()
    head = " ".join(words[:4])
    # "Target date 30/04/2026", "requested 01/03/2026": a date and a word or two, no item.
    short = len(words) <= 4
    return bool(find_dates(fragment)) and (short or bool(any_match(data.phrases.target_cue, head)))


def _box_requests(case: CaseFile, data: FormData) -> list[MaterialRequest]:
    """Requests written in the request boxes of the MG3 and of the DMD (its headings are boxes)."""
    readings: list[tuple[str, dict[str, BoxReading]]] = []
    reports = case.of_type(*REPORTS)
    if reports:
        readings.append((reports[0].path, case.mg3))
    for document in case.of_type(DocType.DMD):
        readings.append((document.path, case.boxes(document, "MG3")))
    requests: list[MaterialRequest] = []
    for path, boxes in readings:
        for key, kind in (("request", "digital"), ("third_party", "third_party")):
            reading = boxes.get(key)
            if (
                reading is not None
                and reading.source == "box"
                and not reading.nil
                and not suspects_material(reading.text, _names_only(case))
                and not any_match(data.phrases.not_requested, reading.text)
                and not any_match(data.phrases.cross_reference, reading.text)
            ):
                requests.append(_box_request(kind, reading.text, path, data))
    return requests


def _names_only(case: CaseFile) -> Facts:
    """The suspect's and complainant's names as the MG3 boxes give them (for whose-device checks)."""
    names = Facts()
    for key in ("suspect", "complainant"):
        reading = case.mg3.get(key)
        if reading is not None and reading.source == "box":
            setattr(names, key, person_name(reading.text))
    return names


def _box_request(kind: str, text: str, source: str, data: FormData) -> MaterialRequest:
    phrases = data.phrases
    return MaterialRequest(
        material=material_of(text, phrases)[1],
        kind=kind,
        text=text,
        document=source,
        has_date_range=bool(any_match(phrases.date_range, text)),
        has_data_types=bool(any_match(phrases.data_types, text)),
        has_foundation=bool(any_match(phrases.foundation, text)),
        blanket=bool(any_match(phrases.blanket, text)),
    )


def first_account_names(case: CaseFile) -> list[str]:
    """Names of the people the complainant first told (for matching statements to roles)."""
    return [
        account.name
        for account in first_accounts(case, case.forms.phrases)
        if account.name is not None
    ]


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
