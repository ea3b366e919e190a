"""Checks of disclosure: schedules, rebuttable presumption material, digital material."""

from __future__ import annotations

import re

from gatekeeper.assertions import Assertion, mentions
from gatekeeper.boxes import NIL_VALUE, column_for, quote
from gatekeeper.case import CaseFile, described, join_names
from gatekeeper.forms import any_match, pattern
from gatekeeper.models import DocType, Document, MaterialRequest
from gatekeeper.requests import LETTER_HEAD, asks_holder
from gatekeeper.rules.registry import Outcome, check, failed, not_applicable, passed, review

VAGUE = {
    "notes",
    "note",
    "misc",
    "miscellaneous",
    "various",
    "documents",
    "document",
    "papers",
    "file",
    "files",
    "items",
    "statements",
    "correspondence",
    "emails",
    "paperwork",
    "officer notes",
    "other",
    "general",
    "see file",
    "as above",
    "ditto",
    "n/a",
    "-",
}
# Words that name no particular thing: an entry made only of them ("Misc notes", "Various
# emails", "Officer paperwork", "Phone stuff") describes nothing a lawyer could assess.
GENERIC_WORDS = frozenset(
    {"notes", "note", "misc", "miscellaneous", "various", "assorted", "sundry", "documents",
     "document", "docs", "papers", "paperwork", "file", "files", "items", "item", "statements",
     "correspondence", "emails", "email", "e-mails", "letters", "other", "others", "general",
     "stuff", "things", "bits", "material", "materials", "info", "information", "records",
     "officer", "officers", "police", "phone", "phones", "data", "printouts", "copies", "etc",
     "and", "of", "the", "some", "more", "bundle"}
)  # fmt: skip
THIN_WORDS = 2  # a one-word entry ("Notebook") is too short to judge; "ISVA referral" is not
NIL_RETURN = re.compile(
    r"\bnil return\b|\bno (sensitive |unused |relevant )?material (has been |was )?(identified|held|retained)\b",
    re.IGNORECASE,
)
NUMBER_HEADING = re.compile(r"^(item|entry|serial|ref)?\s*(no\.?|number|#)?$", re.IGNORECASE)
ITEM_NUMBER = re.compile(r"^\s*[A-Z]{0,3}\s*\d{1,4}[a-z]?\.?\s*$")
NUMBERED_ENTRY = re.compile(r"^\s*\(?(\d{1,4})[.)]?\s+(.+)$")


def _all_generic(words: str) -> bool:
    return all(word in GENERIC_WORDS for word in words.split())


HEADING_CELL_WORDS = 8


def _heading_row(row: list[str]) -> bool:
    """A table's heading row: two cells or more, each a few words (a title across the sheet, or
    a sentence about the schedule, is none)."""
    cells = [cell for cell in row if cell.strip()]
    return len(cells) >= 2 and all(len(cell.split()) <= HEADING_CELL_WORDS for cell in cells)


def schedule_entries(case: CaseFile, document: Document) -> list[str]:
    """Each entry's description: the 'Description' column of a table, or numbered lines of text."""
    entries: list[str] = []
    description = case.forms.form("MG6C").get("description")
    for table in case.tables(document):
        column = None
        numbered = False
        for row in table:
            if column is None:
                if not _heading_row(row):
                    continue  # a title or a note above the table ("Each item is described ...")
                column = column_for(description, row)
                numbered = bool(row) and column != 0 and bool(NUMBER_HEADING.match(row[0].strip()))
                continue
            if column >= len(row) or not (row[0].strip() or row[column].strip()):
                continue
            if numbered and not ITEM_NUMBER.match(row[0]):
                continue  # a footer ("Disclosure officer: ...") or a note, not an entry
            entries.append(row[column].strip())
    if entries:
        return entries
    for line in case.text(document).splitlines():
        match = NUMBERED_ENTRY.match(line)
        if match and not re.match(r"\d{1,2}/\d", line.strip()):
            entries.append(match.group(2).split("\t")[0].strip())
    if not entries and document.ocr:
        entries = _lines_under_heading(case.text(document), description.labels)
    return entries


# The end of a schedule's rows: its signature block or page footer.
FOOTER = re.compile(
    r"^\s*(disclosure officer|signature|signed|date\b|page \d|reviewing lawyer|name\b|rank\b|"
    r"continued|continuation)",
    re.IGNORECASE,
)
# OCR's reading of an item number ("1", "l.", "ae"): a short token before the description.
ITEM_TOKEN = re.compile(r"^\s*(\d{1,4}[.)]?|[a-zA-Z]{1,2}[.)]?|[|\[(]\S{0,2})\s+(?=\S)")


def _lines_under_heading(text: str, labels: list[str]) -> list[str]:
    """A scanned schedule whose item numbers OCR misread: each line under the heading row that
    names the description column, to the signature block, is an entry. Short lines straight
    under the heading are its wrapped cells ("prosecutor's", "view")."""
    entries: list[str] = []
    lines = text.splitlines()
    start = next(
        (i for i, line in enumerate(lines) if any(pattern(p).search(line) for p in labels)), None
    )
    if start is None:
        return entries
    for line in lines[start + 1 :]:
        if not line.strip():
            continue
        if FOOTER.match(line):
            break
        if not entries and len(line.split()) <= HEADING_CONTINUATION:
            continue
        entries.append(ITEM_TOKEN.sub("", line, count=1).strip())
    return entries


HEADING_CONTINUATION = 2


@check
def schedule_entries_described(case: CaseFile) -> Outcome:
    schedules = case.of_type(DocType.MG6C, DocType.MG6D)
    if not schedules:
        return not_applicable("There are no schedules to check (see DIS-MG6C and DIS-MG6D).")
    vague: list[str] = []
    thin: list[str] = []
    unread: list[str] = []
    for document in schedules:
        entries = schedule_entries(case, document)
        if not entries and NIL_RETURN.search(case.text(document)):
            continue  # a nil return: nothing to describe
        if not entries:
            unread.append(document.path)
        for entry in entries:
            if NIL_VALUE.match(entry):
                continue  # a nil return ("N/A", "Nil", "-"): nothing to describe
            words = re.sub(r"[^\w\s/-]", "", entry.lower()).strip()
            if words in VAGUE or not words or _all_generic(words):
                vague.append(f"'{entry or '(blank)'}' ({document.path})")
            elif len(words.split()) < THIN_WORDS:
                thin.append(f"'{entry}' ({document.path})")
    paths = [d.path for d in schedules]
    contradiction = _nil_contradicted(case)
    if contradiction:
        return failed(contradiction, paths)
    if vague:
        return failed(f"Entries not described individually: {', '.join(vague)}.", paths)
    if thin or unread:
        detail = f"Entries too short to judge: {', '.join(thin)}." if thin else ""
        if unread:
            detail += f" No entries could be read in {join_names(unread)}: check them by eye."
        return review(detail.strip(), paths)
    return passed("Every schedule entry is described individually.", paths)


# An MG6C entry that sends its item to the sensitive schedule: "8 SENSITIVE - GP referral letter
# ... (see MG6D)". (Contact details withheld as routine are no such item.)
TO_SENSITIVE = re.compile(
    r"\(\s*see (the )?(MG\s?6\s?D|sensitive schedule)\s*\)|^\W*\d{0,4}\W*sensitive\s*[-–:]",
    re.IGNORECASE,
)


def _nil_contradicted(case: CaseFile) -> str | None:
    """The MG6D is a nil return, yet the MG6C sends an item to it: the schedules disagree."""
    sensitive = case.of_type(DocType.MG6D)
    if not sensitive or not all(NIL_RETURN.search(case.text(d)) for d in sensitive):
        return None
    for document, text in case.texts(DocType.MG6C):
        for line in text.splitlines():
            if TO_SENSITIVE.search(line) and "contact details" not in line.lower():
                return (
                    f"The MG6D is a nil return, yet the MG6C ({document.path}) sends an item to the "
                    f'sensitive schedule ("{quote(" ".join(line.split()), 110)}"): the schedules '
                    "disagree."
                )
    return None


STRATEGY = re.compile(
    r"\b(disclosure|digital|disclosure and digital|digital and disclosure)\s+(strategy|approach|plan)\b|"
    # "Strategy: no digital material sought ..." in the MG3's disclosure section
    r"(?:^|(?<=[.;] ))\s*strategy\s*:",
    re.IGNORECASE | re.MULTILINE,
)


@check
def disclosure_strategy(case: CaseFile) -> Outcome:
    """A DMD, or the file states its disclosure and digital strategy (the spec's DIS-DMD)."""
    documents = case.of_type(DocType.DMD)
    if documents:
        return passed(
            "A disclosure management document is in the file.", [d.path for d in documents]
        )
    context = case.forms.context
    for document in case.of_type(DocType.MG3, DocType.MG3A, DocType.MG6, DocType.MG6E):
        text = case.text(document)
        if not STRATEGY.search(text):
            continue
        for mention in mentions(text, STRATEGY, context):
            if mention.assertion in (Assertion.AFFIRMED, Assertion.REPORTED):
                return passed(
                    f'{described(document)} states the strategy: "{quote(mention.sentence)}"',
                    [document.path],
                )
    return failed(
        "No disclosure management document is in the file, and no document states the "
        "disclosure or digital strategy."
    )


@check
def rebuttable_presumption_material(case: CaseFile) -> Outcome:
    missing: list[str] = []
    used: list[str] = []
    logs = case.of_type(DocType.INCIDENT_LOG)
    if logs:
        used += [d.path for d in logs]
    else:
        missing.append("the incident log")
    # A missing first-account *statement* is KS-FIRST's point, not this rule's.
    reports = case.of_type(DocType.CRIME_REPORT)
    if reports:
        used += [d.path for d in reports]
    else:
        missing.append("the crime report")
    pnc_witness = [
        d
        for d, text in case.texts(DocType.PNC)
        if re.search(r"witness|nil return", text, re.IGNORECASE)
    ]
    if pnc_witness:
        used += [d.path for d in pnc_witness]
    else:
        missing.append("the prosecution witnesses' previous convictions (or nil return)")
    if missing:
        return failed(f"Not with the file: {join_names(missing)}.", used)
    return passed(
        "The incident log, the crime report and the witnesses' convictions are with the file.",
        used,
    )


# A device by its make or model, and by its IMEI: what tells one handset from another.
HANDSETS = {
    "iPhone": r"\biphone\b",
    "iPad": r"\bipad\b",
    "Samsung": r"\bsamsung\b|\bgalaxy\b",
    "Pixel": r"\bpixel\b",
    "Huawei": r"\bhuawei\b",
    "Motorola": r"\bmotorola\b|\bmoto [a-z]\d",
    "OnePlus": r"\boneplus\b",
    "Xiaomi": r"\bxiaomi\b|\bredmi\b",
    "Nokia": r"\bnokia\b",
    "Oppo": r"\boppo\b",
    "Sony": r"\bxperia\b",
    "laptop": r"\blaptop\b|\bmacbook\b",
}
IMEI = re.compile(r"\b\d{15}\b")


def _handsets(text: str) -> set[str]:
    """The makes and IMEIs a text names ("Samsung Galaxy A54 (IMEI 351245678901234)")."""
    found = {name for name, regex in HANDSETS.items() if re.search(regex, text, re.IGNORECASE)}
    return found | {f"IMEI {m}" for m in IMEI.findall(text)}


@check
def digital_processing_notice(case: CaseFile) -> Outcome:
    facts = case.facts
    if not facts.complainant_device_examined:
        return not_applicable("The file does not show that the complainant's device was examined.")
    notices = case.of_type(DocType.DPN)
    record = quote(facts.devices_examined[0]) if facts.devices_examined else ""
    if notices:
        examined = set().union(*(_handsets(s) for s in facts.devices_examined))
        covered = [set(_handsets(case.text(d))) for d in notices]
        if examined and all(c and not (c & examined) for c in covered):
            # "Apple iPad (9th generation) - family tablet" on the only notice, her Samsung
            # Galaxy extracted: no notice covers the device examined
            return failed(
                f'The complainant\'s device was examined ("{record}"), but the Digital Processing '
                f"Notice in the file names another device ({join_names(sorted(set().union(*covered)))}"
                f"), none the one examined ({join_names(sorted(examined))}).",
                facts.device_examined_in + [d.path for d in notices],
            )
        return passed(
            "A Digital Processing Notice for the complainant's device is in the file.",
            [d.path for d in notices],
        )
    return failed(
        f'The complainant\'s device was examined ("{record}"), but no Digital Processing Notice '
        "is in the file.",
        facts.device_examined_in,
    )


@check
def proportionate_requests(case: CaseFile) -> Outcome:
    """DIG-PROP: her devices and accounts (third-party records are TP-REQUEST's)."""
    requests = [r for r in case.facts.material_requests if r.kind == "digital"]
    if not requests:
        return not_applicable("No request for the complainant's digital material is recorded.")
    problems: list[str] = []
    unclear: list[str] = []
    letters = request_letters(case)
    for request in requests:
        what = "digital material"
        where = f"in {request.document}" if request.document else ""
        if request.blanket:
            problems.append(f'a blanket request for {what} {where} ("{quote(request.text, 90)}")')
            continue
        # A request is often set out over several sentences (the reason in one, the limits in
        # another): it is judged on all that the file says of the same material.
        same = [
            other
            for other in requests + letters
            if not other.blanket and other.kind == request.kind and same_material(request, other)
        ]
        lacking = _lacking(request, same)
        if lacking:
            unclear.append(
                f"a request for {what} {where}: {join_names(lacking)} not found "
                f'("{quote(request.text, 90)}")'
            )
    documents = sorted({r.document for r in requests if r.document})
    if problems:
        return failed("Not proportionate: " + "; ".join(problems + unclear) + ".", documents)
    if unclear:
        return review(
            "Check that each request states its reason and limits: " + "; ".join(unclear) + ".",
            documents,
        )
    return passed(
        f"{len(requests)} request(s), each with its reason, a date range and data types.", documents
    )


# Who holds third-party material: the MG3's sentence, the letter asking for it and her notice of
# it name the holder alike ("adult social care records", "Letter to Adult Social Care").
HOLDERS = {
    "social care": r"social (care|services|work)|children[\x27’]?s services|care (notes|records|staff)",
    "school": r"\b(school|college|academy|university|pupil)\b",
    "medical": r"\b(GP|doctor|surgery|medical|hospital|health|NHS|clinic)\b",
    "counselling": r"\b(counsell|therap|psycholog|psychiatr|mental health)",
    "employer": r"\b(employer|HR|personnel|employment)\b",
}


# A letter asking a record holder for material: "Request for third-party material - Adult
# Social Care", "Re: request for disclosure of counselling records".
# A form asking for her device to be examined: "Request for examination of a digital device".
DEVICE_REQUEST = re.compile(
    r"\b(digital |mobile )?(device|phone|handset) (examination|extraction|download) request\b|"
    r"\brequest for (the )?(examination|extraction|download) of (a|an|her|his|the) (digital |"
    r"mobile )?(device|phone|handset)\b",
    re.IGNORECASE,
)


def same_material(request: MaterialRequest, other: MaterialRequest) -> bool:
    """Two mentions of one request: the same material, the same holder of records, or, for her
    devices, the same device or none named ("The request was limited to: WhatsApp messages
    ...", the sentence after the one naming her phone; a request form for her iPhone)."""
    if other.material is not None and other.material == request.material:
        return True
    if request.kind == "third_party":
        return (holder_of(other.text) or "?") == holder_of(request.text)
    mine, theirs = _device(request.text), _device(other.text)
    return mine is None or theirs is None or mine == theirs


def request_letters(case: CaseFile) -> list[MaterialRequest]:
    """The file's letters and forms asking for the complainant's material (records from their
    holder, an examination of her device), each read as a whole: its limits and its reason may
    be in any of its sections ("What is requested", "Why", "Parameters")."""
    phrases = case.forms.phrases
    letters: list[MaterialRequest] = []
    for document, text in case.texts(DocType.THIRD_PARTY, DocType.CORRESPONDENCE, DocType.OTHER):
        head = text[:LETTER_HEAD]
        digital = DEVICE_REQUEST.search(head)
        if not digital and (document.type is DocType.OTHER or not asks_holder(head)):
            continue
        letters.append(
            MaterialRequest(
                kind="digital" if digital else "third_party",
                text=head,
                document=document.path,
                has_date_range=bool(any_match(phrases.date_range, text)),
                has_data_types=bool(any_match(phrases.data_types, text)),
                has_foundation=bool(any_match(phrases.foundation, text)),
                has_necessity=bool(any_match(phrases.necessity, text)),
                has_probative=bool(any_match(phrases.probative, text)),
                blanket=False,
            )
        )
    return letters


DEVICES = {
    "phone": r"\b(phone|handset|mobile|iphone|smartphone)s?\b",
    "computer": r"\b(laptop|computer|pc|tablet|ipad)s?\b",
    "account": r"\b(cloud|icloud|google|e-?mail|social media|facebook|instagram|snapchat|tiktok) "
    r"accounts?\b",
}


def _device(text: str) -> str | None:
    """Which of her devices a digital request names, if any."""
    for device, regex in DEVICES.items():
        if re.search(regex, text, re.IGNORECASE):
            return device
    return None


def holder_of(text: str) -> str | None:
    for holder, regex in HOLDERS.items():
        if re.search(regex, text, re.IGNORECASE):
            return holder
    return None


def _lacking(request: MaterialRequest, same: list[MaterialRequest]) -> list[str]:
    together = [request, *same]
    return [
        label
        for label, present in (
            ("a date range", any(r.has_date_range for r in together)),
            ("the data types", any(r.has_data_types for r in together)),
            ("the reason (line of enquiry)", any(r.has_foundation for r in together)),
        )
        if not present
    ]
