"""Requests for the complainant's material, and examinations of her devices, wherever written.

The MG3, MG3A, DMD, schedules, case summary, record of early advice, action plans and
correspondence are all read: a blanket request in the DMD is as disproportionate as one in the
MG3, and a phone examination recorded only on the MG6C still needs a Digital Processing Notice.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from gatekeeper.assertions import Assertion, ContextRules, Sentence, read_sentence
from gatekeeper.boxes import SENTENCE, is_label, ticks
from gatekeeper.classify import HOLDER_REQUEST
from gatekeeper.cues import SENTENCE_STOPS
from gatekeeper.forms import Form, Phrases, any_match, pattern
from gatekeeper.models import DocType, Facts, FileFormat, MaterialRequest
from gatekeeper.names import TITLES

if TYPE_CHECKING:  # the case reads documents through this module's readings (gatekeeper.readings)
    from gatekeeper.case import CaseFile

SOURCES = (
    DocType.MG3,
    DocType.MG3A,
    DocType.DMD,
    DocType.MG6C,
    DocType.MG6D,
    DocType.MG5,
    DocType.EARLY_ADVICE,
    DocType.ACTION_PLAN,
    DocType.CORRESPONDENCE,
    # the notice she signs states what is to be taken: "Full download of the handset - all data"
    DocType.DPN,
)
ADVICE = (DocType.EARLY_ADVICE, DocType.ACTION_PLAN)  # written by the prosecutor
EXAMINATION_SOURCES = (*SOURCES, DocType.MG11, DocType.DIGITAL_EXTRACT)
ROWS = (DocType.MG6C, DocType.MG6D, DocType.ACTION_PLAN)
PARAGRAPHS = (FileFormat.DOCX, FileFormat.ODT, FileFormat.XLSX, FileFormat.ODS, FileFormat.RTF)
COMPLAINANT_WORDS = re.compile(
    r"\b(complainant|victim|injured party)\b|\bher\b|(?-i:\bIP\b)(?! address)", re.IGNORECASE
)
SUSPECT_WORDS = re.compile(r"\b(suspect|defendant|accused|detained person)\b", re.IGNORECASE)
# "records since 2015", "messages from 2019 onwards"; not "photos from 2009" (taken then)
SINCE_YEAR = re.compile(
    r"\b(?:since|back to|dating back to)\s+(?:\w+\s+)?((?:19|20)\d{2})\b|"
    r"\bfrom\s+(?:\w+\s+)?((?:19|20)\d{2})\s+(?:onwards|to (?:date|the present|now|today))\b"
)
DISTANT_YEARS = 3
DEVICE_WORDS = (
    r"(?:(?:mobile|smart|work|personal)\s+)?(?:phones?|handsets?|devices?|laptops?|tablets?|"
    r"computers?|accounts?|social media|i[Pp]hones?( \d+)?|i[Pp]ads?|mobiles?|(Samsung|Google "
    r"Pixel|Pixel|Android)( \w+)?)"
)
OWNER = re.compile(
    r"\b[A-Z][a-z'-]+ [A-Z][a-z'-]+['’]s (mobile |smart)?(phone|handset|device|laptop|tablet)"
)


def units(text: str, doc_type: DocType, paragraphs: bool = False) -> list[str]:
    """The sentences of a document, each on one line: rows of a schedule or plan, and within
    each paragraph of an Office document (its lines are paragraphs and table rows; a PDF's
    lines are wrapped, so its text is joined first)."""
    return [unit for unit, _ in units_in_context(text, doc_type, paragraphs)]


def units_in_context(
    text: str, doc_type: DocType, paragraphs: bool = False
) -> list[tuple[str, str]]:
    """Each unit (``units``) with the sentence after it in the same paragraph, if any: a
    request's reason or limits are often the next sentence ("I asked the school for ... The
    reason is that ...")."""
    if doc_type in ROWS:
        return [(" ".join(line.split()), "") for line in text.splitlines() if line.strip()]
    blocks = text.splitlines() if paragraphs else _blocks(text)
    out: list[tuple[str, str]] = []
    for block in blocks:
        found = [s for s in SENTENCE.split(" ".join(block.split())) if s]
        out += [(unit, found[i + 1] if i + 1 < len(found) else "") for i, unit in enumerate(found)]
    return out


HEADING = re.compile(r"^(?=.{2,60}$)[^.;,:]*[A-Za-z][^.;,]*$")
# A form's numbered heading: "8. Lines of enquiry not pursued and why".
NUMBERED_HEADING = re.compile(r"^(?=.{2,70}$)\d{1,2}[.)]\s+[A-Z][^.;,:]*[A-Za-z?)]$")
# A text export's field: "Suspect:          TULLY, Ryan" (its value set apart by spaces).
FIELD = re.compile(r"^[A-Za-z][\w /()'.-]{0,40}:\s{2,}\S")
RULE_LINE = re.compile(r"^[\s\-=_*~.]{4,}$")
BULLET = re.compile(r"^\s*([-•*–]|\(?[a-z0-9]{1,3}[.)])\s+")


def _blocks(text: str) -> list[str]:
    """A PDF's or text file's paragraphs: wrapped lines joined, but a table row (cells
    tab-separated) or a heading on its own line is a block of its own, never run into the
    sentence before it."""
    blocks: list[str] = []
    prose: list[str] = []
    for raw in text.replace("\f", "\n").splitlines():
        line = raw.strip()
        if not line:
            if prose:
                blocks.append(" ".join(prose))
                prose = []
            continue
        if RULE_LINE.match(line):  # "--------" under a heading: a boundary, no words
            if prose:
                blocks.append(" ".join(prose))
                prose = []
            continue
        if BULLET.match(line) and prose:  # a list item starts a paragraph of its own
            blocks.append(" ".join(prose))
            prose = []
        numbered = NUMBERED_HEADING.match(line) and (
            not prose or prose[-1].endswith(SENTENCE_STOPS)
        )
        if "\t" in line or FIELD.match(line) or (HEADING.match(line) and not prose) or numbered:
            if prose:
                blocks.append(" ".join(prose))
                prose = []
            blocks.append(line.replace("\t", " "))
            continue
        if HEADING.match(line) and prose and prose[-1].endswith((".", ":", "?")):
            blocks.append(" ".join(prose))
            prose = []
            blocks.append(line)
            continue
        prose.append(line)
    if prose:
        blocks.append(" ".join(prose))
    return blocks


@dataclass(frozen=True)
class Candidate:
    """A sentence that may be a request for material: what it says, read once per file hash."""

    unit: str
    kind: str
    material: str | None
    blanket: bool
    request: bool
    has_date_range: bool
    has_data_types: bool
    has_foundation: bool
    has_necessity: bool = False
    has_probative: bool = False


# A request that is denied ("no request will be made"), or only asked about, is none.
NOT_ASKED = (Assertion.NEGATED, Assertion.LABEL)
# Material named only as a question ("advice on whether any third-party material is needed")
# or denied is not asked for, whatever else the sentence requests (advice).
NOT_WANTED = (Assertion.NEGATED, Assertion.LABEL, Assertion.HYPOTHETICAL)


def _asserted(
    unit: str,
    patterns: list[str],
    context: ContextRules,
    exclude: tuple[Assertion, ...],
    head: bool = False,
) -> bool:
    """Some match of ``patterns`` in the sentence is asserted as other than ``exclude``.
    ``head``: judged where the match starts ("Neither complainant disclosed to a school or
    doctor ... records": the school is denied, however far the match runs on)."""
    read: Sentence | None = None
    for regex in patterns:
        for match in pattern(regex).finditer(unit):
            read = read or read_sentence(unit, context)
            span = (match.start(), match.start() + 1) if head else match.span()
            if read.assertion(*span) not in exclude:
                return True
    return False


def request_candidates(
    text: str,
    doc_type: DocType,
    paragraphs: bool,
    phrases: Phrases,
    report_form: Form,
    context: ContextRules,
) -> list[Candidate]:
    """Sentences naming material that ask for it (or take all of it), whoever it belongs to."""
    found: list[Candidate] = []
    for whole, after in units_in_context(text, doc_type, paragraphs):
        for unit in _list_items(whole):
            found += _candidate(unit, after, text, doc_type, phrases, report_form, context)
    return found


# "Completed: ABE; first account statement; ...; limited extraction of Megan's phone under the
# DPN; The Lamplighter pub - CCTV was requested ...": a labelled list, each item its own unit.
LIST_LABEL = re.compile(r"^[A-Z][\w ]{0,30}:\s")


def _list_items(unit: str) -> list[str]:
    if not LIST_LABEL.match(unit) or unit.count("; ") < 2:
        return [unit]
    depth, items, start = 0, [], 0
    for index, char in enumerate(unit):
        depth += (char == "(") - (char == ")")
        if char == ";" and depth == 0:
            items.append(unit[start:index].strip())
            start = index + 1
    items.append(unit[start:].strip())
    return [item for item in items if item]


def _candidate(
    unit: str,
    after: str,
    text: str,
    doc_type: DocType,
    phrases: Phrases,
    report_form: Form,
    context: ContextRules,
) -> list[Candidate]:
    """The unit as a request candidate (a list of one), or none."""
    kind, material = material_of(unit, phrases)
    if kind is None:
        return []
    if (
        any_match(phrases.cross_reference, unit)
        or any_match(phrases.not_requested, unit)
        or is_label(report_form, unit)
    ):
        return []  # "set out in the MG3", or a box's heading: the request is read where it is
    # "Her phone has not been examined", "we will not seek a full download": no request.
    asks = _asserted(unit, phrases.request, context, NOT_ASKED)
    blanket = (
        _asserted(unit, phrases.blanket, context, NOT_ASKED)
        and not any_match(phrases.limited, unit)
        # "All messages disclosed in full", "nothing suggests the records hold anything
        # relevant": the sentence takes nothing; an item named alone does ("Full download").
        and (asks or _asserted(unit, phrases.acquired, context, NOT_ASKED) or _verbless(unit))
    )
    request = (
        asks
        and _asserted(unit, phrases.material[kind], context, NOT_WANTED, head=True)
        and not CONDITIONAL.search(unit)
    )
    if not (blanket or request or SINCE_YEAR.search(unit)):
        return []  # a record of what was done within limits, not a request
    # The reason or the limits may be the next sentence, when it names no other material;
    # a letter or notice about the request sets them out anywhere in it.
    reasons = (
        text
        if doc_type in (DocType.CORRESPONDENCE, DocType.THIRD_PARTY, DocType.DPN)
        else unit
        if after and material_of(after, phrases)[0] not in (None, kind)
        else f"{unit} {after}"
    )
    return [
        Candidate(
            unit,
            kind,
            material,
            blanket,
            request,
            has_date_range=bool(any_match(phrases.date_range, reasons)),
            has_data_types=bool(any_match(phrases.data_types, reasons)),
            # the prosecutor's own advice or action plan is the line of enquiry's reason
            has_foundation=doc_type in ADVICE or bool(any_match(phrases.foundation, reasons)),
            has_necessity=bool(any_match(phrases.necessity, reasons)),
            has_probative=bool(any_match(phrases.probative, reasons)),
        )
    ]


# A verb as files write one: an auxiliary, or a word in -ed ("disclosed", "requested").
FINITE = re.compile(
    r"\b(is|are|was|were|be|been|has|have|had|do|does|did|will|would|shall|should|can|could|"
    r"may|might|must|holds?|shows?|says?|gives?|goes|went|made|makes|got|gets)\b|\b[a-z]{3,}ed\b",
    re.IGNORECASE,
)


def _verbless(unit: str) -> bool:
    """A unit with no verb: an item named alone ("Full download of the complainant's phone"),
    a heading or a list entry, which asks for what it names where it is written."""
    return not FINITE.search(unit)


# A request made only if something arises is a policy, not a request ("we will request her
# counselling notes only if a specific issue arises").
CONDITIONAL = re.compile(
    r"\bonly (if|on|when|where|in the event)\b|\bunless\b|\bif (a|any|there|further|specific|new)\b",
    re.IGNORECASE,
)


# A letter or form asking the holder for records: "Request for disclosure of third-party
# material", "Please supply copies of all counselling notes and records held".
REQUEST_LETTER = re.compile(
    r"\brequest (for|to)\b[^\n]{0,60}\b(material|records?|information|disclosure|notes)\b|"
    r"\b(third[- ]party|disclosure) request\b",
    re.IGNORECASE,
)
LETTER_HEAD = 400


def asks_holder(head: str) -> bool:
    """The head of a letter or form asks the holder of records for them."""
    return bool(REQUEST_LETTER.search(head) or HOLDER_REQUEST.search(head))


def material_requests(case: CaseFile, facts: Facts, phrases: Phrases) -> list[MaterialRequest]:
    """Every request for the complainant's digital or third-party material, in every document."""
    found: list[MaterialRequest] = []
    seen = {_key(r.text) for r in facts.material_requests}
    reference_year = _reference_year(facts, case.as_of)
    # (a letter asking the holder for her records is third-party material, and a request)
    letters = [
        d for d in case.of_type(DocType.THIRD_PARTY) if asks_holder(case.text(d)[:LETTER_HEAD])
    ]
    for document in case.of_type(*SOURCES) + letters:
        # a notice naming her is about her device throughout ("Device: Samsung Galaxy S23")
        hers = (
            document.type is DocType.DPN
            and facts.complainant is not None
            and _mentions(case.text(document)[:HEADER_REACH], facts.complainant)
        )
        for candidate in case.reading(document, "request-candidates"):
            if not hers and not about_complainant(candidate.unit, facts, candidate.kind):
                continue
            blanket = candidate.blanket or _since_distant_year(candidate.unit, reference_year)
            if not blanket and not candidate.request:
                continue
            key = _key(candidate.unit)
            if any(key in known or known in key for known in seen):
                continue
            seen.add(key)
            found.append(
                MaterialRequest(
                    kind=candidate.kind,
                    text=candidate.unit,
                    document=document.path,
                    has_date_range=candidate.has_date_range,
                    has_data_types=candidate.has_data_types,
                    has_foundation=candidate.has_foundation,
                    has_necessity=candidate.has_necessity,
                    has_probative=candidate.has_probative,
                    blanket=blanket,
                    material=candidate.material,
                )
            )
    return found


# An examination that did not happen, is only planned or supposed, or is asked about.
NOT_DONE = (Assertion.NEGATED, Assertion.PLANNED, Assertion.HYPOTHETICAL, Assertion.LABEL)


def examination_candidates(
    text: str, doc_type: DocType, paragraphs: bool, phrases: Phrases, context: ContextRules
) -> list[tuple[str, str]]:
    """(sentence, kind) for each sentence recording that a device was examined, anyone's."""
    found: list[tuple[str, str]] = []
    lower = text.lower()
    if not any(word in lower for word in phrases.examined_words):
        return found  # no examination anywhere in it: no sentence to read
    for unit in units(text, doc_type, paragraphs):
        if not any_match(phrases.examined, unit):
            continue  # rarer than a device word: tested first
        if not _asserted(unit, phrases.examined, context, NOT_DONE):
            continue  # "her phone has not been examined", "will be downloaded"
        kind, _ = material_of(unit, phrases, only="digital")
        if (
            kind is None
            or any_match(phrases.not_done, unit)
            or not _answered_yes(unit)  # "Device examined? Yes ☐ No ☒", or left unanswered
        ):
            continue
        found.append((unit, kind))
    return found


def device_examinations(case: CaseFile, facts: Facts, phrases: Phrases) -> list[tuple[str, str]]:
    """(sentence, document) for each record that the complainant's device was examined."""
    found: list[tuple[str, str]] = []
    for document in case.of_type(*EXAMINATION_SOURCES):
        if document.type is DocType.DPN:
            continue
        extract = document.type is DocType.DIGITAL_EXTRACT
        # An extraction report says whose device in its header ("Device: Apple iPhone 14 -
        # Naomi FLETCHER (complainant)"), not in the sentence that names the extraction.
        hers = extract and _header_device_hers(case.text(document), facts)
        # "Her phone has not yet been examined": a verbless line about it elsewhere in the same
        # document ("Limited extraction of Grace's phone under a DPN ... | 15/06/2026", a row of
        # planned enquiries) is the plan, not a record of it done.
        candidates = case.reading(document, "examination-candidates")
        # (read only where there is a candidate: most documents have none)
        not_yet = (
            bool(candidates) and not extract and bool(NOT_YET_EXAMINED.search(case.text(document)))
        )
        for unit, kind in candidates:
            if not_yet and not SAID_DONE.search(unit):
                continue
            if hers or (
                about_complainant(unit, facts, kind) and (extract or _names_her(unit, facts))
            ):
                found.append((unit, document.path))
    return found


NOT_YET_EXAMINED = re.compile(
    r"\b((?i:her|his|their|the complainant[\x27’]?s?)|[A-Z][a-z]+[\x27’]s) (?i:(mobile )?(phone|"
    r"handset|device)\b[^.]{0,30}\b(has|have|had) not (yet )?(been )?(examined|downloaded|"
    r"extracted))\b",
)
# A unit that says the examination happened, not only names it.
SAID_DONE = re.compile(
    r"\b(was|were|has been|have been|had been)\b[^.]{0,30}\b(examined|downloaded|extracted)\b|"
    r"\b(examined|downloaded|extracted) (on|in) \d",
    re.IGNORECASE,
)
DEVICE_LINE = re.compile(r"^\s*(device|handset|exhibit|item|phone)\b[^\n]{0,120}$", re.I | re.M)


def _header_device_hers(text: str, facts: Facts) -> bool:
    """An extraction report's device line names the complainant as its owner."""
    for line in DEVICE_LINE.finditer(text[:HEADER_REACH]):
        words = line.group(0)
        if SUSPECT_WORDS.search(words) or (facts.suspect and _mentions(words, facts.suspect)):
            return False
        if re.search(r"\b(complainant|victim)\b", words, re.I) or (
            facts.complainant and _mentions(words, facts.complainant)
        ):
            return True
    return False


HEADER_REACH = 1500


def _key(text: str) -> str:
    """A request's words, without the punctuation a table or a sentence adds."""
    return re.sub(r"\W+", " ", text).lower().strip()


def _answered_yes(unit: str) -> bool:
    """A unit with tick boxes counts only when "Yes" is ticked; a bare question never does."""
    options = ticks(unit)
    if options is None:
        return not re.search(r"\b(examined|downloaded|extracted)\?", unit, re.IGNORECASE)
    return any(o.ticked and re.match(r"yes\b", o.option, re.IGNORECASE) for o in options)


def material_of(
    unit: str, phrases: Phrases, only: str | None = None
) -> tuple[str | None, str | None]:
    for kind in ("third_party", "digital"):
        if only and kind != only:
            continue
        for index, regex in enumerate(phrases.material.get(kind, [])):
            if pattern(regex).search(unit):
                return kind, f"{kind}:{index}"
    return None, None


def _names_her(unit: str, facts: Facts) -> bool:
    """The sentence says whose device: the complainant's, by word or by name (or a witness's:
    the Digital Processing Notice covers victims and witnesses alike)."""
    # Whose device: "the complainant's phone", "her handset", "Leah's phone", "the phone of the
    # victim". "Messages with the complainant's number" on a phone of no stated owner is not hers.
    if HER_DEVICE.search(unit):
        return True
    if facts.complainant and _owns(unit, facts.complainant):
        return True
    return bool(OWNER.search(unit)) and not (facts.suspect and _mentions(unit, facts.suspect))


HER_DEVICE = re.compile(
    rf"\b(the )?(complainant|victim|(?-i:IP))[\x27’]?s?[\x27’]? {DEVICE_WORDS}|\bher (own )?{DEVICE_WORDS}|"
    rf"\b{DEVICE_WORDS} (of|belonging to|used by|owned by) (the )?(complainant|victim|her)\b|"
    r"\b(complainant|victim|she) (handed|gave|provided|surrendered|consented|agreed)\b",
    re.IGNORECASE,
)


def _short_forms(name: str) -> list[str]:
    """A first name's short forms, as files write them: "Jess" for Jessica, "Sam" for Samantha."""
    return [
        word[:cut]
        for word in re.findall(r"\b[A-Z][a-z'-]{4,}\b", name)
        if word.lower() not in TITLES
        for cut in range(3, len(word))
    ]


def _owns(unit: str, name: str) -> bool:
    """The sentence gives the person's device: "Leah's phone", "the phone of Leah Marsden",
    "Jess's phone" for Jessica."""
    short = _short_forms(name)
    if short and re.search(
        rf"\b(?:{'|'.join(map(re.escape, short))})[\x27’]s {DEVICE_WORDS}", unit
    ):
        return True
    parts = [re.escape(p) for p in re.findall(r"[A-Za-z'-]{3,}", name)]
    if not parts:
        return False
    who = "|".join(parts)
    return bool(
        re.search(
            rf"\b(?:{who})[\x27’]s {DEVICE_WORDS}|\b{DEVICE_WORDS} (?:of|belonging to|used by) (?:\w+ )?(?:{who})\b",
            unit,
            re.IGNORECASE,
        )
    )


def suspects_material(unit: str, facts: Facts) -> bool:
    """The device or account named is the suspect's ("the suspect's phone", "Pryce's phone",
    "his laptop"), whoever else the sentence mentions."""
    owners = [r"suspect", r"defendant", r"accused", r"his"]
    if facts.suspect:
        owners += [re.escape(p) for p in re.findall(r"[A-Za-z'-]{3,}", facts.suspect)]
    owner = "|".join(owners)
    return bool(re.search(rf"\b(?:{owner})(?:['’]s)?\s+{DEVICE_WORDS}", unit, re.IGNORECASE))


def about_complainant(unit: str, facts: Facts, kind: str) -> bool:
    names_her = bool(COMPLAINANT_WORDS.search(unit)) or bool(
        facts.complainant and _mentions(unit, facts.complainant)
    )
    names_him = bool(SUSPECT_WORDS.search(unit)) or bool(
        facts.suspect and _mentions(unit, facts.suspect)
    )
    explicit_her = bool(
        re.search(r"\b(complainant|victim)\b|(?-i:\bIP\b)(?! address)", unit, re.IGNORECASE)
        or (facts.complainant and _mentions(unit, facts.complainant))
        # "Her phone was ... sent for a full download, so that all of her contact with the
        # suspect ... could be reviewed": the sentence opens with whose device it is
        or HER_DEVICE.match(unit.lstrip())
    )
    if (names_him and not explicit_her) or suspects_material(unit, facts):
        return False
    if OWNER.search(unit):
        return True  # someone other than the suspect: the complainant or a witness
    # Third-party records (counselling, medical, school) in a RASSO file are the complainant's
    # unless the sentence says otherwise.
    return names_her or kind == "third_party"


def _mentions(unit: str, name: str) -> bool:
    """The sentence names the person: by surname or first name ("Ellie's phone")."""
    parts = [p for p in re.findall(r"[A-Za-z'-]{3,}", name) if p.lower() not in TITLES]
    return any(re.search(rf"\b{re.escape(p)}\b", unit, re.IGNORECASE) for p in parts)


def _reference_year(facts: Facts, as_of: dt.date) -> int:
    for known in (facts.offence_date, facts.report_date):
        if known is not None:
            return known.year
    return as_of.year


def _since_distant_year(unit: str, reference_year: int) -> bool:
    return any(
        reference_year - int(since or since_from) >= DISTANT_YEARS
        for since, since_from in SINCE_YEAR.findall(unit)
    )
