"""Read case facts out of the classified documents: the MG3's sections first, then the rest.

The MG3 is a form: each box starts with a label ("Early advice:", "Outstanding evidence:").
A section runs until the next known label, so wrapped lines and table cells both read the same.
"""

from __future__ import annotations

import re

from gatekeeper.case import CaseFile
from gatekeeper.models import DocType, Document, Facts, MaterialRequest, OutstandingItem, Role
from gatekeeper.statements import CONTACT_SECTION, parse_date, same_person

_I = re.IGNORECASE

LABELS: dict[str, str] = {
    "urn": "urn",
    "suspect": "suspect",
    "complainant": "complainant",
    "complainant contact details": "complainant_contact",
    "victim": "complainant",
    "offence(s)": "offence",
    "offence": "offence",
    "offences": "offence",
    "date of offence": "offence_date",
    "date reported": "report_date",
    "date of report": "report_date",
    "officer in the case": "oic",
    "oic": "oic",
    "decision sought": "test",
    "test sought": "test",
    "early advice": "early_advice",
    "summary of key evidence": "summary",
    "reasonable lines of enquiry": "loe",
    "reasonable lines of inquiry": "loe",
    "lines of enquiry": "loe",
    "suspect's account": "defence",
    "likely defence": "defence",
    "outstanding evidence": "outstanding",
    "outstanding": "outstanding",
    "digital material": "digital",
    "request": "request",
    "digital request": "request",
    "third-party material": "third_party",
    "third party material": "third_party",
    "special measures": "special_measures",
    "victim and witness needs": "needs",
    "victim needs": "needs",
    "witness needs": "needs",
    "vps": "vps",
    "victim personal statement": "vps",
    "isva": "isva",
    "multimedia": "multimedia",
    "forensic and medical": "forensic",
    "completed by": "end",
    "supervisor": "end",
}
LABEL_LINE = re.compile(r"^\s*([A-Za-z][A-Za-z' ()/-]{1,40}?)\s*[:\t]\s*(.*)$")
URN = re.compile(r"\bURN\s*[:.]?\s*([0-9]{2}\s?[A-Z]{2}\s?[0-9]{5,7}(?:/[0-9]{2})?)")
PHONE = re.compile(r"(?:\+44\s?|\b0)\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}\b")
EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
NAME = r"([A-Z][a-z'-]+(?: [A-Z][a-z'-]+)+)"
FIRST_ACCOUNT = [
    re.compile(rf"first (?:disclosed|told|reported (?:it|this)|complained) to {NAME}"),
    re.compile(rf"\bI (?:first )?told {NAME} what had happened"),
    re.compile(rf"First account(?: witness)?:\s*{NAME}"),
]
ABE_CUE = re.compile(r"\b(ABE|VRI)\b|video[- ]recorded interview|achieving best evidence", _I)
MEDIA_CUES = {
    DocType.CCTV.value: re.compile(r"\bCCTV\b", _I),
    DocType.BWV.value: re.compile(r"body[- ]worn video|\bBWV\b", _I),
    DocType.CALL_999.value: re.compile(
        r"\b999 call recording\b|recording of the 999|\b999 call\b", _I
    ),
}
MEDIA_EVIDENCE = re.compile(
    r"\b(produce|exhibit|footage|shows|seized|recovered|recording|recorded)\b", _I
)
NEGATION = re.compile(r"\b(no|not|negative|none|nil)\b", _I)
EXHIBIT_REF = re.compile(
    r"\b(?:exhibits?|produce (?:it |them )?as|marked)\s+(?:reference\s+|number\s+)?([A-Z]{1,4}/\d{1,3})\b",
    _I,
)
FORENSIC_CUE = re.compile(
    r"\bSARC\b|forensic medical|\bswabs?\b|\bDNA\b|toxicology|samples? (?:were |was )?(?:taken|submitted)",
    _I,
)
DEVICE = re.compile(
    r"(phone|device|laptop|tablet|computer)[^.]{0,80}\b(examined|downloaded|extracted|examination)",
    _I,
)
BLANKET = re.compile(
    r"\b(full|complete|entire|whole) (download|extraction|contents|copy)\b|"
    r"\ball (?:of )?(?:her |his |their |the complainant'?s )?(?:medical|school|social care|social "
    r"media|counselling|phone|records|messages|data|accounts|material)\b|\banything relevant\b",
    _I,
)
DATE_RANGE = re.compile(
    r"\b(from|between)\s+\d{1,2}/\d{1,2}/\d{4}\s+(to|and|until)\s+\d{1,2}/\d{1,2}/\d{4}|"
    r"\d{1,2}/\d{1,2}/\d{4}\s*(-|to|until)\s*\d{1,2}/\d{1,2}/\d{4}",
    _I,
)
DATA_TYPES = re.compile(
    r"\b(messages|call logs?|photographs|photos|images|videos|e-?mails|location data|web history|"
    r"notes|sessions|WhatsApp|SMS|contacts)\b",
    _I,
)
FOUNDATION = re.compile(
    r"\bbecause\b|\bas (she|he|they)\b|\brelevant to\b|\bin order to\b|\bto establish\b|"
    r"\breason\b|\bmay (hold|show|contain)\b",
    _I,
)
REQUEST_CUE = re.compile(r"\b(download|phone|device|records|social media|notes|material)\b", _I)
ABOUT_COMPLAINANT = re.compile(
    r"\b(complainant|victim)'?s?\b|\b(her|his|their) (phone|device|records)\b", _I
)
POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b")
ACTION_ITEM = re.compile(r"^\s*(\d{1,2})[.)]\s+\S", re.MULTILINE)
ANSWER = re.compile(r"\b(?:action|item|point)\s*(?:no\.?\s*)?(\d{1,2})\b", _I)


def mg3_sections(text: str) -> dict[str, str]:
    """The MG3's labelled boxes, by canonical key; wrapped lines join their box."""
    sections: dict[str, str] = {}
    current: str | None = None
    for raw in text.splitlines():
        line = raw.strip()
        match = LABEL_LINE.match(line)
        key = LABELS.get(match.group(1).strip().lower()) if match else None
        if match and key:
            current = key
            value = match.group(2).strip()
            sections[key] = f"{sections[key]} {value}".strip() if key in sections else value
        elif current and line:
            sections[current] = f"{sections[current]} {line}".strip()
    return sections


def extract_facts(case: CaseFile) -> Facts:
    """Read the case facts. Roles of statements must already be set (see ``assign_roles``)."""
    facts = Facts()
    reports = case.of_type(DocType.MG3, DocType.MG3A)
    sections: dict[str, str] = {}
    for report in reports:
        for key, value in mg3_sections(case.text(report)).items():
            sections.setdefault(key, value)
    _read_mg3(facts, sections, reports)
    facts.first_account_witnesses = first_account_names(case, sections)
    for document in case.documents:
        for urn in case.scan(document, "urns", URN.findall):
            facts.urns.setdefault(urn.replace(" ", ""), []).append(document.path)
        mentions_abe = case.scan(document, "abe", lambda text: bool(ABE_CUE.search(text)))
        if document.type is not DocType.ABE_RECORDING and mentions_abe:
            facts.abe_referenced_in.append(document.path)
        if document.type not in (DocType.MG3, DocType.MG3A, DocType.MG11, DocType.MG5):
            continue
        text = case.text(document)
        _media_references(facts, document, text)
        if FORENSIC_CUE.search(text):
            facts.forensic_referenced_in.append(document.path)
        if document.type is DocType.MG11:
            body = CONTACT_SECTION.split(text, maxsplit=1)[0]
            for ref in EXHIBIT_REF.findall(body):
                facts.exhibits_referenced.setdefault(ref.upper(), []).append(document.path)
    facts.complainant_identifiers = _complainant_identifiers(case)
    _read_action_plans(facts, case)
    return facts


def _read_mg3(facts: Facts, sections: dict[str, str], reports: list[Document]) -> None:
    facts.suspect = person_name(sections.get("suspect"))
    facts.complainant = person_name(sections.get("complainant"))
    facts.offence_date = parse_date(sections.get("offence_date", ""))
    facts.report_date = parse_date(sections.get("report_date", ""))
    oic = sections.get("oic", "")
    if oic:
        facts.oic_name = oic.split(",")[0].strip()
        phone = PHONE.search(oic)
        email = EMAIL.search(oic)
        facts.oic_phone = phone.group(0) if phone else None
        facts.oic_email = email.group(0) if email else None
    test = sections.get("test", "")
    if re.search(r"threshold", test, _I):
        facts.test_sought = "threshold"
        reason = re.search(r"reasons?(?: for threshold)?\s*:?\s*(.+)", test, _I)
        facts.threshold_reason = reason.group(1).strip() if reason else None
    elif re.search(r"full code", test, _I):
        facts.test_sought = "full_code"
    early = sections.get("early_advice")
    if early is not None:
        not_sought = re.search(r"\bnot (been )?(sought|requested|obtained)\b", early, _I)
        facts.early_advice_sought = not not_sought and bool(
            re.search(r"\b(sought|obtained|received|requested|given)\b", early, _I)
        )
        reason = re.search(r"\b(because|as|reason[s]?:?|due to)\b\s*(.+)", early, _I)
        if not_sought and reason:
            facts.early_advice_reason = reason.group(2).strip()
    facts.lines_of_enquiry = sections.get("loe") or None
    loe = facts.lines_of_enquiry or ""
    facts.loe_points_away = bool(
        re.search(r"away from the suspect|undermine|assist the defence|point(s|ing)? away", loe, _I)
    )
    facts.suspect_account = sections.get("defence") or None
    if "outstanding" in sections:
        facts.outstanding_recorded = True
        facts.outstanding = _outstanding_items(sections["outstanding"])
    for extra in ("forensic",):
        for sentence in re.split(r"(?<=\.)\s+", sections.get(extra, "")):
            if re.search(r"target date", sentence, _I):
                facts.outstanding.append(
                    OutstandingItem(text=sentence.strip(), target_date=parse_date(sentence))
                )
    facts.special_measures = sections.get("special_measures") or None
    facts.victim_needs = sections.get("needs") or None
    facts.vps = sections.get("vps") or None
    facts.isva = sections.get("isva") or None
    digital = sections.get("digital", "")
    if DEVICE.search(digital):
        facts.devices_examined.append(digital)
        complainant = facts.complainant or "complainant"
        facts.complainant_device_examined = bool(
            re.search(rf"complainant|{re.escape(complainant)}", digital, _I)
        )
    source = reports[0].path if reports else ""
    for key, kind in (("request", "digital"), ("third_party", "third_party")):
        if sections.get(key):
            facts.material_requests.append(_request(kind, sections[key], source))


def person_name(value: str | None) -> str | None:
    """A person's name from a form box that may add an age, a date of birth or an address."""
    if not value:
        return None
    return (
        re.split(r"[,(;]| born | dob\b", value, maxsplit=1, flags=re.IGNORECASE)[0].strip() or None
    )


def _outstanding_items(text: str) -> list[OutstandingItem]:
    if re.fullmatch(r"\s*(none|nil|n/?a|no outstanding evidence)\.?\s*", text, _I):
        return []
    items = [s.strip() for s in re.split(r"(?<=\.)\s+(?=[A-Z])|;\s*", text) if s.strip()]
    return [OutstandingItem(text=item, target_date=parse_date(item)) for item in items]


def _request(kind: str, text: str, source: str) -> MaterialRequest:
    return MaterialRequest(
        kind=kind,
        text=text,
        document=source,
        has_date_range=bool(DATE_RANGE.search(text)),
        has_data_types=bool(DATA_TYPES.search(text)),
        has_foundation=bool(FOUNDATION.search(text)),
        blanket=bool(BLANKET.search(text)),
    )


def first_account_names(case: CaseFile, sections: dict[str, str] | None = None) -> list[str]:
    """Names of the people the complainant first told, as the MG3 and her account give them."""
    sources = [sections.get("summary", "")] if sections else []
    for document in case.of_type(DocType.MG3, DocType.MG3A, DocType.ABE_SUMMARY):
        sources.append(case.text(document))
    for document in case.statements(Role.COMPLAINANT):
        sources.append(case.text(document))
    names: list[str] = []
    for text in sources:
        flat = " ".join(text.split())
        for pattern in FIRST_ACCOUNT:
            for name in pattern.findall(flat):
                if not any(same_person(name, known) for known in names):
                    names.append(name)
    return names


def _media_references(facts: Facts, document: Document, text: str) -> None:
    for sentence in re.split(r"(?<=[.;])\s+|\n", text):
        for kind, cue in MEDIA_CUES.items():
            if (
                cue.search(sentence)
                and MEDIA_EVIDENCE.search(sentence)
                and not NEGATION.search(sentence)
            ):
                refs = facts.multimedia_referenced.setdefault(kind, [])
                if document.path not in refs:
                    refs.append(document.path)


def _complainant_identifiers(case: CaseFile) -> list[str]:
    """Phone numbers, postcode and date of birth from the complainant's contact details.

    They are on the back page of her statement and in the MG6, both confidential to the prosecutor.
    """
    contacts: list[str] = []
    for document in case.statements(Role.COMPLAINANT):
        parts = CONTACT_SECTION.split(case.text(document), maxsplit=1)
        if len(parts) == 2:
            contacts.append(parts[1])
    for _, text in case.texts(DocType.MG6):
        box = mg3_sections(text).get("complainant_contact")
        if box:
            contacts.append(box)
    found: list[str] = []
    for contact in contacts:
        found += PHONE.findall(contact) + POSTCODE.findall(contact)
        found += re.findall(r"date of birth\s*:?\s*(\d{1,2}/\d{1,2}/\d{4})", contact, _I)
    return list(dict.fromkeys(found))


def _read_action_plans(facts: Facts, case: CaseFile) -> None:
    for document, text in case.texts(DocType.ACTION_PLAN):
        facts.action_plan_items += [int(n) for n in ACTION_ITEM.findall(text)]
        facts.action_plan_date = facts.action_plan_date or parse_date(text)
        for line in text.splitlines():
            if (
                ACTION_ITEM.match(line)
                and REQUEST_CUE.search(line)
                and _about_complainant(line, facts)
            ):
                facts.material_requests.append(_request("digital", line, document.path))
    for _, text in case.texts(DocType.MG3A):
        facts.answered_items += [int(n) for n in ANSWER.findall(text)]
    facts.action_plan_items = sorted(set(facts.action_plan_items))
    facts.answered_items = sorted(set(facts.answered_items))


def _about_complainant(line: str, facts: Facts) -> bool:
    if ABOUT_COMPLAINANT.search(line):
        return True
    return bool(facts.complainant and re.search(re.escape(facts.complainant), line, _I))
