"""Recognise what each document is, from its content first and its name second.

Form headings and wording score highest; words in the body add a little; the file name is used
only when the content says nothing. A person's correction (an override) beats both.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from gatekeeper.cues import SENTENCE_STOPS, Prefilter, fold, required_literals
from gatekeeper.extract.sniff import EXTENSIONS, FORMAT_NAMES
from gatekeeper.forms import Box, load_forms
from gatekeeper.forms import pattern as form_pattern
from gatekeeper.models import DocType, Extraction, FileFormat, TypeSource

HEADING_CHARS = 500
HEADING_LINES = 12

T = DocType
_I = re.IGNORECASE

# (type, heading patterns, body patterns). Order breaks ties: more specific forms first.
CONTENT_PATTERNS: list[tuple[DocType, list[str], list[str]]] = [
    (T.MG3A, [r"\bMG\s?3A\b", r"further report to (the )?crown prosecutor"], []),
    (
        T.MG3,
        [
            r"\bMG\s?3\b(?!A)",
            r"report to (the )?crown prosecutor",
            # a force's own title for the same form: "CHARGING ADVICE REQUEST"
            r"\b(request for (a )?charging (advice|decision)|charging (advice |decision )?request)\b",
        ],
        [r"decision sought"],
    ),
    (T.MG5, [r"\bMG\s?5\b", r"\bcase summary\b"], []),
    (T.MG6C, [r"schedule of non[- ]sensitive unused material", r"\bMG\s?6\s?C\b"], []),
    (T.MG6D, [r"schedule of sensitive (unused )?material", r"\bMG\s?6\s?D\b"], []),
    (T.MG6E, [r"disclosure officer'?s report", r"\bMG\s?6\s?E\b"], []),
    (T.MG6, [r"\bMG\s?6\b(?!\s?[A-E]\b)", r"case file information"], []),
    (T.DMD, [r"disclosure management document"], []),
    (T.MG2, [r"\bMG\s?2\b", r"special measures assessment"], []),
    (T.VPS, [r"victim personal statement"], []),
    (
        T.MG11,
        [
            r"\bwitness statement\b",
            r"criminal justice act 1967,? s\.? ?9",
            r"\bMG\s?11\b",
            # a continuation sheet photographed on its own
            r"^\s*continuation (sheet )?of (the )?(witness )?statement of\b",
        ],
        [r"\bstatement of:", r"true to the best of my knowledge and belief"],
    ),
    (
        T.ABE_SUMMARY,
        [
            r"\b(abe|vri|achieving best evidence)\b.{0,40}\b(summary|index|transcript)",
            r"\b(summary|index|transcript) (of|to|for) (the )?(abe|vri|video[- ]recorded interview)",
            # (the suspect's "record of video-recorded interview (ROVI)" is an interview record)
            r"record of (a )?video[- ]recorded interview(?!\s*\(ROVI\))",
            r"\b(visually|video)[- ]recorded interview\b(?!\s*\(ROVI\)).{0,20}\b(index|summary|transcript)",
        ],
        [r"\binterviewee\b", r"free recall", r"ground rules"],
    ),
    (T.ABE_PLAN, [r"\b(abe|vri)\b.{0,20}interview plan", r"\binterview plan\b"], []),
    (
        T.ROTI,
        [
            r"record of (taped|tape[- ]recorded|electronically recorded|suspect'?s?) interview",
            r"\bMG\s?15\b",
            r"short descriptive note",
            r"\bprepared statement\b",
            r"\b(ROTI|ROVI)\b",
            # "RECORD OF INTERVIEW (voluntary)": the suspect's, under caution
            r"^\s*record of (an? |the )?interview\b(?! (with|of) (the )?(complainant|victim|witness))",
        ],
        [
            r"person interviewed",
            r"legal adviser",
            r"\bunder caution\b",
            r"\bcautioned\b",
            r"\bcaution\b",
            r"\binterviewee\b",
            r"\bsolicitor\b",
        ],
    ),
    (
        T.PNC,
        [
            r"police national computer",
            r"previous convictions",
            r"\bantecedents\b",
            r"\bPNC\b",
            r"\bconvictions? (check|checks|enquiry|enquiries|search)\b",
            r"\b(criminal record|record) (check|checks)\b",
        ],
        [],
    ),
    (T.MG12, [r"\bexhibit list\b", r"\bMG\s?12\b"], []),
    (T.DPN, [r"digital processing notice"], []),
    (
        T.DIGITAL_EXTRACT,
        [
            r"(extraction|download)( and \w+)? (report|summary)",
            r"device extraction",
            r"\b(conversation|chat|message|messages|whatsapp|phone|handset|device) "
            r"(export|extract|extraction|download)\b",
            r"\b(selective|full|logical|physical|file system) extraction\b",
            # "Mobile Device Examination Report" from a digital forensic unit
            r"\b(mobile )?(device|phone|handset)s? (examination|analysis) report\b",
            r"\b(cellebrite|ufed|xry|axiom)\b",
            # "DIGITAL FORENSIC UNIT - REPORT OF RELEVANT DATA", "DFU REPORT OF RELEVANT CONTENT"
            r"\b(DFU|digital forensics? unit|digital media (investigation|unit))\b[^\n]{0,20}"
            r"\breport\b(?! request)",
            r"\breport of relevant (data|content|material|messages)\b",
        ],
        [],
    ),
    (
        T.MEDICAL,
        [
            r"sexual assault referral cent(re|er)",
            r"forensic medical (exam|report|notes|record)",
            # "Linden Centre SARC - reply to police query": the examiner answering the police
            r"\bSARC\b.{0,40}\b(report|notes|record|examination|proforma|summary|reply|response|"
            r"opinion|letter)",
            r"\b(FME|FNE|forensic (physician|nurse))[\x27’]?s? (report|notes|record|summary|reply|"
            r"response|opinion|letter)",
            r"medical (notes|records)",
            r"\b(emergency department|A&E|accident and emergency)\b.{0,30}\b(record|attendance|notes)\b",
            r"\bmedical in confidence\b",
        ],
        [r"\bSARC\b"],
    ),
    (
        T.FORENSIC,
        [
            r"streamlined forensic report",
            r"\bSFR\s?[12]\b",
            r"\bMG\s?21\b",
            r"forensic (science )?report",
            r"\bforensic (services|science|laborator(y|ies)|lab)\b",
            r"\b(toxicology|DNA|fibres?|blood alcohol|drugs?|biology) (report|results?|analysis|profile)\b",
            r"submission of (work|exhibits?|items?) for (scientific|forensic) examination",
            r"\btoxicology\b",
            r"\breport of (analysis|examination|findings)\b",
        ],
        [],
    ),
    # A letter: before the third-party material it may tell her of ("Letter for Leona - asking
    # for your care records"). A request form to the holder ("Request for third-party material",
    # a victim information request) stays third-party material: the spec does not say, and the
    # batches' writers read it so three to one.
    (
        T.CORRESPONDENCE,
        [
            r"^\s*dear\s+\w",
            r"^\s*notice (of|about) (a|an|the|our) (request|application)\b",
            r"^\s*(an? )?letter (to|for)\b",
        ],
        [r"\byours (sincerely|faithfully)\b"],
    ),
    (
        T.THIRD_PARTY,
        [
            r"third[- ]party material",
            r"counselling (notes|records)",
            r"social (care|services|work) records",
            r"\b(school|pupil|college|education(al)?|academy) records?\b",
            r"\brecords? (extract|supplied|disclosed)\b.{0,40}\b(police|school|academy|college|"
            r"counselling|social)",
            r"\bdisclosed to (the )?[\w ]{0,30}police\b",
            # (a notice to the complainant of such a request is a letter to her, not the request)
            r"(?<!notice of a )(?<!notice of the )(?<!notice of our )(?<!notice about a )"
            r"(?<!notice about the )(?<!notice about our )"
            r"\brequest for (information|records|disclosure|material)\b",
            # a record provided in answer to the police's request: "Provided 10/02/2026 in answer
            # to the request of 22/01/2026", "PRACTICE - RECORD EXTRACT"
            r"\b(provided|supplied|disclosed|released|sent)\b.{0,30}\bin (answer|response|reply) to "
            r"(the |your |our )?(request|application)\b",
            r"\b(medical|practice|patient|clinical|health|GP|surgery)[\s-]+records? extract\b",
            # "ELMFIELD MEDICAL PRACTICE - appointment system extract (disclosed to police ...)"
            r"\b(medical practice|surgery|health centre|medical centre|GP practice)\b[^\n]{0,40}"
            r"\b(extract|printout|print-out)\b",
            r"\byour request of\b",
            r"\b(employment|HR|personnel|employer[\x27’]?s?) records?\b",
            r"\b(care|support|counselling|therapy|social work) (record|records|notes|file|log)\b",
            r"\bsafeguarding (record|records|log|notes|file|concern)\b",
            # what a holder sends back: "Adult Social Care - case note extract (redacted)"
            r"\b(social care|social services|social work|children[\x27’]?s services|youth "
            r"(service|work)|school|college|academy|counselling|therapy|surgery|medical practice)\b"
            r"[^\n]{0,40}\b(case )?(notes?|records?|files?|logs?) (extract|entry|entries|printout)\b",
            r"\bextract (supplied|provided|disclosed) to (the )?police\b",
            # a holder's record system printed for the police: "printed 09/03/2026 for police
            # request ref ..."
            r"\b(printed|extracted|copied|exported)\b[^\n]{0,30}\bfor (the )?police\b",
            # a record holder's letterhead, the whole line: what a surgery, a school or a care
            # service writes to the police in a case file is the material asked of it
            r"^[ \t]*[A-Z][\w'’ &-]{0,40}\b(health centre|medical centre|surgery|medical practice|"
            r"GP practice|primary school|high school|secondary school|academy|children[\x27’]?s "
            r"services|social care|counselling service)[ \t]*$",
        ],
        [],
    ),
    (
        T.CRIME_REPORT,
        [
            r"\bcrime (reports?|records?|recording|occurrences?)\b",
            r"\boccurrence (report|record|summary|details)\b",
            # "CRIME EM/26/11402", "Crime no. 26/0377"
            # ... and with a system's letters: "HORIZON Crime MF/CR/26/61142"
            r"\bcrime\s*(no\.?|number|ref\.?|reference)?\s*[:#]?\s*([A-Z]{1,4}\s*[/-]?\s*){0,3}\d{2,}",
            # record systems call a crime an occurrence: "Niche occurrence 66/26/7312",
            # "ATHENA OCCURRENCE 64SM/25/0229825", "Occurrence 62/26/11873 - Rape"
            r"\boccurrence\s*(no\.?|number|ref\.?)?\s*[:#]?\s*[A-Z0-9]{0,6}\s*[/-]\s*\d{2}\s*[/-]\s*\d{3,}",
        ],
        [],
    ),
    (
        T.INCIDENT_LOG,
        [
            r"\bincident (log|record|report|history|details|summary|export)\b",
            r"\bincident\s+(no\.?\s*|number\s*|ref\.?\s*)?[A-Z]{0,4}[-/]?\d{2,}",
            r"\b(control|command|comms|dispatch)( room| centre)?\s+\d{3,}",
            # a log's first entry: "02:52 999 - FEMALE STATES ..."
            r"^\s*\d{1,2}:\d{2}(:\d{2})?\s+(999|101|call|caller)\b",
            # a command-and-control print, not a notebook that names its CAD number
            r"^\s*CAD\b|\bCAD (log|print|record|history|report)\b|\bCAD\s+(no\.?\s*)?\d{3,}\b",
            # a log by its number, as control rooms title them: "TARNSIDE LOG 0301 22/03/2026"
            r"\b(101 |999 |call |control room )?log\s+(no\.?\s*)?\d{3,}\b",
            r"\bcommand\s*(and|&)\s*control\b",
            # a household's earlier calls: "Previous incidents - STANSFIELD household"
            r"^\s*(previous|prior|earlier) (incidents|calls|occurrences)\b",
            # "KESTREL RMS - COMMAND LOG", "LANTERN - Contact Log (101)"
            r"\b(command|contact|control room|dispatch) log\b",
            r"\bcall (log|record)\b",
            # a command-and-control system's log by its name and number: "STORM 61-20260502-1745"
            # ... with its force's letters first: "STORM NM-20260911-0522"
            r"\b(STORM|SMARTSTORM|ICAD)\s+(log\s+)?([A-Z]{1,4}[-/])?\d{2,}[-/]\d",
        ],
        [],
    ),
    (
        T.EARLY_ADVICE,
        [
            r"record of early advice",
            r"early advice (record|response)",
            # a title: "CPS Calderbrook RASSO - Early Advice" (not "To: CPS RASSO Early Advice")
            # ... or with its unit after it: "CPS EARLY ADVICE - RASSO"
            r"^[ \t]*(the )?CPS\b[^\n]{0,60}\bearly advice([ \t]*[-–—:(][^\n]{0,30})?[ \t]*$",
            # an e-mail printed to PDF: "Subject: EARLY ADVICE - R v CROSSLEY - URN ..."
            # (not "RE: Early advice request": a reply about the request)
            r"^[ \t]*subject:[ \t]*((re|fw|fwd):[ \t]*)?(CPS )?early advice\b(?![ \t]+request)",
            # the advice's own title in the body: "EARLY ADVICE - Graham BARNARD - URN ..."
            r"^[ \t]*early advice[ \t]*[-–—:][ \t]*\S",
        ],
        [],
    ),
    (T.ACTION_PLAN, [r"\baction plan\b"], []),
]

MEDIA_PATTERNS: list[tuple[DocType, str]] = [
    (T.ABE_RECORDING, r"\b(abe|vri|video[- ]recorded interview|achieving best evidence)\b"),
    (T.BWV, r"body[- ]?worn|\bbwv\b"),
    (T.CCTV, r"\bcctv\b"),
    (T.CALL_999, r"\b999\b|emergency call"),
]

# Names: used only when the content says nothing, and to spot a name that contradicts content.
NAME_PATTERNS: list[tuple[DocType, str]] = [
    (T.MG3A, r"\bmg\s?-?3a\b"),
    (T.MG3, r"\bmg\s?-?3\b"),
    (T.MG5, r"\bmg\s?-?5\b"),
    (T.MG6C, r"\bmg\s?-?6c\b"),
    (T.MG6D, r"\bmg\s?-?6d\b"),
    (T.MG6E, r"\bmg\s?-?6e\b"),
    (T.MG2, r"\bmg\s?-?2\b"),
    (T.MG11, r"\bmg\s?-?11\b|\bstatement\b"),
    (T.MG12, r"\bmg\s?-?12\b|exhibit list"),
    (T.ROTI, r"\broti\b|\brovi\b|\bmg\s?-?15\b|interview record"),
    (T.DMD, r"\bdmd\b"),
    (T.DPN, r"\bdpn\b"),
    (T.PNC, r"\bpnc\b"),
    (T.ABE_SUMMARY, r"\b(abe|vri)\b.*\b(summary|index|transcript)\b"),
    (T.ABE_RECORDING, r"\babe\b|\bvri\b"),
    # a door or dashboard camera's footage is CCTV for the file's purposes
    (T.CCTV, r"\bcctv\b|door ?(bell|cam(era)?)|dash ?cam|\bcam(era)? ?\d+\b"),
    (T.BWV, r"\bbwv\b|body[- ]?worn"),
    (T.CALL_999, r"\b999\b"),
]
MEDIA_TYPES = frozenset({T.ABE_RECORDING, T.CCTV, T.BWV, T.CALL_999})
FORM_CODE = re.compile(r"\bmg\s?-?\d+[a-e]?\b|\bstatement\b|\broti\b|\bdmd\b|\bdpn\b|\bpnc\b", _I)
MEDIA_FORMATS = (FileFormat.VIDEO, FileFormat.AUDIO)
TEXT_FORMATS = (
    FileFormat.PDF,
    FileFormat.DOCX,
    FileFormat.XLSX,
    FileFormat.ODT,
    FileFormat.ODS,
    FileFormat.RTF,
    FileFormat.TEXT,
    FileFormat.EMAIL,
    FileFormat.OUTLOOK_MSG,
    FileFormat.IMAGE,  # a photo or scan of a document, read by OCR
)

_COMPILED = [
    (
        t,
        [(re.compile(p, _I), required_literals(p, _I)) for p in heads],
        [re.compile(p, _I) for p in body],
    )
    for t, heads, body in CONTENT_PATTERNS
]
# Every heading pattern with its type's order (which breaks ties), and which may match a text.
_HEADINGS = [
    (order, pattern) for order, (_, heads, _) in enumerate(_COMPILED) for pattern, _ in heads
]
_HEADINGS_PREFILTER = Prefilter([needles for _, heads, _ in _COMPILED for _, needles in heads])


@dataclass(frozen=True)
class Classification:
    type: DocType
    source: TypeSource
    confidence: float
    mismatch: str | None = None


def classify(path: str, extraction: Extraction) -> Classification:
    """The document's type, how it was decided, and any contradiction between name and content."""
    by_content, confidence = _from_content(extraction)
    named_stem, suffix = _name_parts(path)
    stem = named_stem.replace("_", " ")
    by_name = _type_from_stem(stem)
    mismatch = _suffix_mismatch(suffix, extraction.format)
    if by_content is not None:
        if by_name is not None and by_name is not by_content and FORM_CODE.search(stem):
            note = f"named as {by_name.value} but its content is {by_content.value}"
            mismatch = f"{mismatch}; {note}" if mismatch else note
        return Classification(by_content, TypeSource.CONTENT, confidence, mismatch)
    if by_name in MEDIA_TYPES and extraction.format not in MEDIA_FORMATS:
        by_name = None  # "VRI summary.pdf" is no recording
    if by_name is not None and ABOUT_A_FORM.search(extraction.text[:HEADING_CHARS]):
        # "MG6C copies.pdf" headed "Copies of MG6C items 3, 6, 7": papers the form lists
        return Classification(DocType.OTHER, TypeSource.CONTENT, 0.5, mismatch)
    if by_name is not None:
        return Classification(by_name, TypeSource.NAME, 0.5, mismatch)
    fallback = _media_fallback(extraction)
    if fallback is not None:
        return Classification(fallback, TypeSource.CONTENT, MEDIA_FALLBACK_CONFIDENCE, mismatch)
    return Classification(DocType.OTHER, TypeSource.NONE, 0.0, mismatch)


def _from_content(extraction: Extraction) -> tuple[DocType | None, float]:
    if extraction.format in MEDIA_FORMATS:
        media = extraction.media
        cues = " ".join(filter(None, [media.title, media.comment])) if media else ""
        for doc_type, pattern in MEDIA_PATTERNS:
            if cues and re.search(pattern, cues, _I):
                return doc_type, 0.9
        return None, 0.0
    if extraction.format not in TEXT_FORMATS or not extraction.text.strip():
        return None, 0.0
    text = extraction.text
    if extraction.format in (FileFormat.EMAIL, FileFormat.OUTLOOK_MSG):
        # An e-mail is correspondence ("Please find the early advice MG3 attached"), unless it
        # is itself the CPS's action plan or record of early advice, which come by e-mail.
        found, confidence = _from_headings(text, MAIL_TYPES)
        if found is not None and _sent_by_police(text):
            found = None  # "RE: ... action plan ... resubmission": the police answering it
        return (found, confidence) if found is not None else (DocType.CORRESPONDENCE, 0.8)
    return _from_headings(text)


SENDER = re.compile(r"^From:[^\n]*$", re.IGNORECASE | re.MULTILINE)
POLICE_SENDER = re.compile(r"@[\w.-]*\bpolice\b|\bconstabulary\b", re.IGNORECASE)


def _sent_by_police(text: str) -> bool:
    """The e-mail's sender is a police force (the prosecutor's plan and advice come from the
    CPS): "From: Kate Somers <kate.somers@ashdownweald.police.example>"."""
    sender = SENDER.search(text[:2000])
    return bool(sender and POLICE_SENDER.search(sender.group(0)))


# What an e-mail may be besides correspondence.
MAIL_TYPES = frozenset({DocType.ACTION_PLAN, DocType.EARLY_ADVICE})


def _from_headings(
    text: str, only: frozenset[DocType] | None = None
) -> tuple[DocType | None, float]:
    heading_lines = text[:HEADING_CHARS].splitlines()[:HEADING_LINES]
    folded = fold("\n".join(heading_lines))
    best: tuple[int, int, int, DocType] | None = None
    found: set[DocType] = set()
    first_lines: dict[DocType, int] = {}
    candidates: list[tuple[int, int, int, DocType]] = []
    for order, heads in _possible_headings(folded).items():
        doc_type, _, body = _COMPILED[order]
        if only is not None and doc_type not in only:
            continue
        first_line, hits = _heading_hits(heading_lines, heads)
        if first_line is None:
            continue
        found.add(doc_type)
        first_lines[doc_type] = first_line
        hits += sum(1 for pattern in body if pattern.search(text))
        candidate = (first_line, -hits, order, doc_type)
        candidates.append(candidate)
        if best is None or candidate[:3] < best[:3]:
            best = candidate
    if (
        best is not None
        and best[3] in RECORD_FIELDS
        and FIELD_LINE.search(heading_lines[best[0]])
        and not RECORD_TITLE.search(heading_lines[best[0]])
    ):
        # "ATLAS Case Manager | WESSMOOR POLICE | Crime ref CR/26/018834 | URN ...": the crime
        # number among a record system's banner fields, over the document's own title below
        titled = [c for c in candidates if c[3] not in RECORD_FIELDS and c[0] > best[0]]
        if titled:
            best = min(titled, key=lambda c: c[:3])
    if (
        best is not None
        and best[3] is DocType.MG11
        and only is None
        and VPS_TITLE_LINE.search(text[:DECLARATION_WITHIN])
    ):
        # the VPS's title under the MG11's declaration, as the body's heading
        return DocType.VPS, 0.8
    variant = VARIANTS.get(best[3]) if best is not None else None
    if best is not None and variant in first_lines and first_lines[variant] <= best[0]:
        # "MG3A FURTHER REPORT TO CROWN PROSECUTOR": the MG3A's title holds the MG3's words;
        # its own code on the title line decides, however often the MG3 is named below.
        return variant, best_confidence(best)
    if best is not None and best[3] in MORE_SPECIFIC and MORE_SPECIFIC[best[3]] in found:
        # "MG 11 (VPS)" then "VICTIM PERSONAL STATEMENT": the VPS is written on the MG11 form.
        specific = MORE_SPECIFIC[best[3]]
        return specific, 0.8
    if best is not None and best[3] in RECORD_FIELDS and _notebook_before(heading_lines, best[0]):
        # "PNB extract (typed copy)" over "Incident 0417 of 15/03/2026": an officer's notebook
        # names the incident it answered; it is no log or crime report
        return None, 0.0
    if (
        best is not None
        and best[3] is DocType.DIGITAL_EXTRACT
        and any(
            REQUEST_TITLE.search(MARKING.sub("", t, count=1)) for t in heading_lines[: best[0] + 1]
        )
    ):
        # "Device Examination Request (DF-7)": the form asking for an extraction, not its report
        return None, 0.0
    if (
        best is not None
        and best[3] is DocType.ROTI
        and WITNESS_INTERVIEW.search(text[:DECLARATION_WITHIN])
        and not SUSPECT_INTERVIEW.search(text)
    ):
        # "RECORD OF VIDEO RECORDED INTERVIEW (ROVI) - INDEX" of a witness with her intermediary,
        # rapport and free recall: the record of her ABE interview; his is under caution
        return DocType.ABE_SUMMARY, best_confidence(best)
    if (
        best is not None
        and best[3] is DocType.CORRESPONDENCE
        and HOLDER_REQUEST.search(text[:DECLARATION_WITHIN])
    ):
        # "To: The Records Manager ... Please supply copies of all counselling notes": a letter
        # asking the holder for her records is the request to the holder, third-party material
        return DocType.THIRD_PARTY, best_confidence(best)
    declared = only is None and bool(S9_DECLARATION.search(text[:DECLARATION_WITHIN]))
    if declared and (
        best is None
        or (DocType.MG11 in found and best[3] in LETTERHEADS)
        or best[3] in RECORD_FIELDS
    ):
        # A statement under the s.9 declaration is a witness statement: a lab's or a SARC's
        # letterhead above it does not make it a report; a phone photo that cut off its
        # heading is still one.
        return DocType.MG11, 0.7
    if best is None:
        return None, 0.0
    return best[3], best_confidence(best)


# A record of interview as a witness's (ABE) or as a suspect's (under caution).
WITNESS_INTERVIEW = re.compile(
    r"^\W*(witness|complainant|victim)( name)?\b|\b(registered )?intermediary\b|\bfree recall\b|"
    r"\brapport\b|\bground rules\b|\btruth and lies\b|\bVRI suite\b|\bABE\b",
    re.IGNORECASE | re.MULTILINE,
)
SUSPECT_INTERVIEW = re.compile(
    r"\bcaution(ed)?\b|\bsolicitor\b|\blegal (adviser|advisor|representative)\b|"
    r"\bprepared statement\b|\bno comment\b|\bdetained person\b|^\W*(suspect|interviewee)\b",
    re.IGNORECASE | re.MULTILINE,
)
# A letter asking the holder for records: "Please supply copies of all counselling notes and
# records held", "I am writing to request disclosure of her school records".
HOLDER_VERB = r"(supply|provide|disclose|release|forward|send)\s+(us |me )?(with )?"
HOLDER_REQUEST = re.compile(
    rf"(\b(please|kindly)\s+{HOLDER_VERB}|\b(we|I)\s+(would like to |am |are )?(writing to )?"
    rf"request\s+(that you {HOLDER_VERB})?)"
    r"(copies of |a copy of |disclosure of |access to )?(any |all |the |her |his )?"
    # (not "your records": a letter to her about a request is correspondence)
    r"((?!your\b)[\w\x27’-]+ ){0,4}(records?|notes|files?)\b",
    _I,
)


REQUEST_TITLE = re.compile(
    r"^[^\n]{0,60}\b(examination|extraction|download|submission) request\b|"
    r"^[^\n]{0,60}\brequest (form|for (an? )?(examination|extraction|download))\b",
    _I,
)
NOTEBOOK_TITLE = re.compile(
    r"^\W*([\w-]+\W+){0,2}(pocket ?note ?book|PNB|(officer[\x27’]?s )?note ?book)\b", _I
)


def _notebook_before(lines: list[str], line: int) -> bool:
    """An officer's notebook is the title above line ``line``."""
    return any(NOTEBOOK_TITLE.match(MARKING.sub("", text, count=1)) for text in lines[:line])


def best_confidence(best: tuple[int, int, int, DocType]) -> float:
    first_line, negative_hits = best[0], best[1]
    return round(min(1.0, 0.6 + 0.1 * -negative_hits - 0.05 * first_line), 2)


def _possible_headings(folded: str) -> dict[int, list[re.Pattern[str]]]:
    """Each type's heading patterns that can match, by the type's order: a pattern whose required
    words are nowhere in the heading lines (``folded``) is not run. Most files of a phone extract
    have none, so no type is tried at all."""
    possible: dict[int, list[re.Pattern[str]]] = {}
    for index in _HEADINGS_PREFILTER.possible(folded):
        order, pattern = _HEADINGS[index]
        possible.setdefault(order, []).append(pattern)
    return possible


# The s.9 declaration ("true to the best of my knowledge and belief") makes a statement.
S9_DECLARATION = re.compile(r"true\s+to\s+the\s+best\s+of\s+my\s+knowledge\s+and\s+belief", _I)
DECLARATION_WITHIN = 3000
LETTERHEADS = frozenset({T.FORENSIC, T.MEDICAL, T.THIRD_PARTY, T.CORRESPONDENCE})
# A record system prints a statement under the case's fields: "Crime reference MC/26/004417",
# "Occurrence 26/0412", "Incident 0522". Under the s.9 declaration they are a statement's fields,
# not a crime report's or a log's title (neither holds the declaration).
RECORD_FIELDS = frozenset({T.CRIME_REPORT, T.INCIDENT_LOG})
# ... unless the banner names the record itself: "ATHLON RMS :: CRIME REPORT :: CALDERMOUTH POLICE"
RECORD_TITLE = re.compile(
    r"\bcrime (reports?|records?)\b|\boccurrence (report|record)\b|\bincident (log|record|report)\b|"
    r"\bcommand\s*(and|&)\s*control\b|\bCAD (log|print)\b",
    re.IGNORECASE,
)
# A banner of a record system's fields: "System | Force | Crime ref ... | URN ...".
FIELD_LINE = re.compile(r"^(?:[^|\n]*\|){2}[^\n]*$|^(?:.*?\s(?:::|\*|•)\s){2}[^\n]*$")
# A form filled in as a particular document: the particular one is what it is.
MORE_SPECIFIC = {T.MG11: T.VPS}
# A form and its own variant, whose title holds the form's words ("further report to crown
# prosecutor"): the variant, when titled on the same line or above.
VARIANTS = {T.MG3: T.MG3A}
VPS_TITLE_LINE = re.compile(
    r"^[ \t]*(victim personal statement|personal statement of (the )?victim)( \(VPS\))?[ \t]*:?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)

# A title stands at the start of a short line: "(details on MG6D-restricted sheet)" deep in a
# table row is a mention, not a heading.
TITLE_LINE = 110
TITLE_START = 50
# An entry of a numbered table ("1\tIncident log 0655 ...") is no title.
TABLE_ROW = re.compile(r"^\s*\d{1,4}[.)]?\t")


CAPITALS_AT_END = re.compile(
    r"(?<![A-Za-z])(?:[A-Z][A-Z\x27’&/-]+[ ]+){1,6}[A-Z][A-Z\x27’&/-]+(?:[ ]*\([A-Z0-9 ]{2,8}\))?\s*$"
)


def _capitals(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 8 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


# "MG6C items 12 and 13", "MG3 para 4": a form cited, not a title.
# A title named as what this document answers: "RE: ... - response to action plan of 09/04".
ANSWERS = re.compile(
    r"\b(response|responses|reply|replies|answer|answers|answering|responding|further) to "
    r"(the |your |our |a |an )?$",
    _I,
)
REFERS_ON = re.compile(
    r"\W*(items?|entry|entries|no\.?\s*\d|para(graph)?s?|page|section|ref)\b", _I
)


def _heading_hits(lines: list[str], patterns: list[re.Pattern[str]]) -> tuple[int | None, int]:
    """The first heading line any pattern matches (forms put their title on top), and the hit count."""
    first: int | None = None
    hits = 0
    for index, line in enumerate(lines):
        if TABLE_ROW.match(line):
            continue
        if index and line[:1].islower() and not lines[index - 1].rstrip().endswith(SENTENCE_STOPS):
            continue  # "I confine this" / "letter to her diagnosis": a sentence wrapped, no title
        # "OFFICIAL-SENSITIVE - LEGAL PROFESSIONAL PRIVILEGE Record of Early Advice ...\tCPS": a
        # page's marking before its title, and a header's other cells after it
        line = MARKING.sub("", line, count=1)
        if len(line) > TITLE_LINE and "\t" in line:
            line = line.split("\t", 1)[0]
        if len(line) > TITLE_LINE:
            # "WITNESS STATEMENT (MG11)   Criminal Justice Act 1967 s.9; ...": a title in
            # capitals opening a long line, its legal basis beside it
            title = LONG_LINE_TITLE.match(line)
            if title is None or not _capitals(title.group(0)):
                continue
            line = title.group(0)
        # A title in capitals ("ATLAS DISCLOSURE MODULE - UNUSED MATERIAL: NON-SENSITIVE (MG6C)")
        # may name its form anywhere along the line.
        reach = len(line) if _capitals(line) else TITLE_START
        if reach < len(line) and CAPITALS_AT_END.search(line.split("\t", 1)[0]):
            # "Wessex Vale Constabulary - ATLAS Crime & Intelligence EXHIBIT LIST (MG12)": a
            # banner in mixed case, the title in capitals at its end
            reach = len(line)
        # "(MG6C" at a line's end, "item 7)" on the next: a title wrapped over two lines (a
        # bracket left open); "MG12" over a table's "Ref | Description" is a whole title
        wrapped = index + 1 < len(lines) and line.count("(") > line.count(")")
        joined = f"{line} {lines[index + 1]}" if wrapped else line
        for pattern in patterns:
            found = pattern.search(line)
            if (
                found
                and found.start() <= reach
                and not REFERS_ON.match(joined, found.end())
                and not ANSWERS.search(line, 0, found.start())
            ):
                hits += 1
                first = index if first is None else first
    return first, hits


MARKING = re.compile(
    r"^\s*(OFFICIAL[- ]SENSITIVE|OFFICIAL|RESTRICTED|NOT PROTECTIVELY MARKED)"
    r"(\s*[-–:]?\s*(\(when complete\)|when complete|LEGAL PROFESSIONAL PRIVILEGE|LEGALLY "
    r"PRIVILEGED|PERSONAL|\[?[A-Z]+\]?(?= [-–])))*\s*[-–:]?\s+(?=\S)"
)
LONG_LINE_TITLE = re.compile(r"\s{0,5}[A-Z][A-Z0-9 ()/&'’-]{7,60}(?=\s{2,}|\t|$)")


HMS = re.compile(r"(\d{1,2}):(\d{2}):(\d{2})")
DURATION_REACH = 40
DURATION_TOLERANCE_S = 2.0


def stated_durations(summary_text: str, box: Box | None = None) -> list[float]:
    """Recording lengths an ABE summary states ("Duration of recording: 00:42:13", "runs for
    00:42:13"), in seconds; the words that introduce them are form data."""
    box = box or load_forms().form("INTERVIEW").get("duration")
    found: list[float] = []
    for line in summary_text.splitlines():
        for regex in [*box.labels, *box.prose]:
            for cue in form_pattern(regex.removeprefix("^")).finditer(line):
                time = HMS.search(line, cue.end(), cue.end() + DURATION_REACH)
                if time:
                    h, m, sec = (int(g) for g in time.groups())
                    found.append(float(h * 3600 + m * 60 + sec))
    return list(dict.fromkeys(found))


def recording_matches(duration_s: float | None, stated: list[float]) -> bool:
    """A recording whose length is the one an ABE summary states is that interview's recording."""
    if duration_s is None:
        return False
    return any(
        abs(duration_s - length) <= max(DURATION_TOLERANCE_S, 0.01 * length) for length in stated
    )


# A heading that names a form as what this document belongs to, not what it is.
ABOUT_A_FORM = re.compile(
    r"^[^\n]{0,40}\b(cop(y|ies) of|extracts? from|attachments? to|items? (on|from|listed on))\s+"
    r"(the )?MG\s?\d+[A-E]?\b|^\s*MG\s?\d+[A-E]?\s+(items?|entr(y|ies))\s+\d",
    re.IGNORECASE | re.MULTILINE,
)
# A recording typed by its streams alone: the file's other documents may say what it is.
MEDIA_FALLBACK_CONFIDENCE = 0.4


def _media_fallback(extraction: Extraction) -> DocType | None:
    """With no cue in the metadata or name, streams alone say what a recording most likely is."""
    media = extraction.media
    if extraction.format is FileFormat.AUDIO:
        return DocType.CALL_999
    if media is not None and media.has_video and not media.has_audio:
        return DocType.CCTV
    return None


def holds_form(text: str, doc_type: DocType) -> bool:
    """The text holds ``doc_type`` under its own full title somewhere, not only at its top: a
    second schedule on a workbook's next sheet ("MG6D - POLICE SCHEDULE OF SENSITIVE
    MATERIAL"). The form's code alone is not enough: a report names the schedules it goes with."""
    title = BOUND_TITLES.get(doc_type)
    if title is None:
        return False
    return any(
        len(line) <= TITLE_LINE and title.search(line) for line in text[:HOLDS_CHARS].splitlines()
    )


HOLDS_CHARS = 200_000
BOUND_TITLES = {
    DocType.MG6C: re.compile(
        r"^\W*(MG\s?6C\W+([\w-]+\W+){0,3}?|(police )?schedule of (relevant )?)non[- ]sensitive "
        r"(unused )?material",
        _I,
    ),
    DocType.MG6D: re.compile(
        r"^\W*(MG\s?6D\W+([\w-]+\W+){0,3}?|(police )?schedule of (relevant )?)sensitive "
        r"(unused )?material",
        _I,
    ),
    DocType.MG6E: re.compile(r"^\W*(MG\s?6E\W+)?disclosure officer[\x27’]?s report\b", _I),
}

_NAMES_COMPILED = [(t, re.compile(p, _I)) for t, p in NAME_PATTERNS]
_NAMES_PREFILTER = Prefilter([required_literals(p, _I) for _, p in NAME_PATTERNS])


# "MG6C item 6 - letter", "exhibit list attachment 2": a name that files a document under a
# form is not the form.
FILED_UNDER = re.compile(
    r"\b(item|items|entry|appendix|attachment|annex|enclosure|encl|exhibit(?! list)|no\.?|#)\s*\d",
    _I,
)


def _type_from_stem(stem: str) -> DocType | None:
    """The type a file's name (its stem, "_" read as a space) gives, if any."""
    if FILED_UNDER.search(stem):
        return None
    for index in _NAMES_PREFILTER.possible(fold(stem)):
        doc_type, name_pattern = _NAMES_COMPILED[index]
        if name_pattern.search(stem):
            return doc_type
    return None


def _name_parts(path: str) -> tuple[str, str]:
    """A file name's stem and suffix, as ``PurePosixPath`` gives them, without building a path
    (a phone extract has 100,000 names)."""
    name = path.rpartition("/")[2]
    dot = name.rfind(".")
    if dot <= 0 or dot == len(name) - 1:
        return name, ""
    return name[:dot], name[dot:]


def _suffix_mismatch(suffix: str, file_format: FileFormat) -> str | None:
    """Why a name ending ``suffix`` does not fit the format of the content, if it does not."""
    suffix = suffix.lower()
    allowed = EXTENSIONS.get(file_format)
    if allowed is None or suffix in allowed:
        return None
    if file_format is FileFormat.TEXT and suffix in EXTENSIONS[FileFormat.EMAIL]:
        return None
    shown = suffix or "no extension"
    return f"the content is {FORMAT_NAMES.get(file_format, file_format.value)} but the name ends '{shown}'"
