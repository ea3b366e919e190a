"""What a document refers to: its URNs, the ABE interview, multimedia, forensic work, exhibits.

Each is read from one document's text alone, once per file (in the reader worker, see
``gatekeeper.readings``); the case facts gather them across the file.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from gatekeeper.assertions import Assertion, ContextRules, Mention, mentions, strongest
from gatekeeper.cues import Cue, cue, fold
from gatekeeper.models import DocType
from gatekeeper.statements import served_end

_I = re.IGNORECASE

# A URN: force (2 figures), station (2 letters), number (5 figures) and year (2 figures), written
# together ("42YE1234526"), spaced, or in the national form's separate boxes ("42 | YE | 12345 |
# 26", which OCR may read with "I" for a box's edge).
_PART = r"(?:\s*[|/.\-]?\s*|\s+[Il]\s+)"
URN = re.compile(
    rf"\bURN\b\s*(?:no\.?|number)?\s*[:.]?\s*([0-9]{{2}}){_PART}([A-Z]{{2}}){_PART}([0-9]{{5}})"
    rf"{_PART}([0-9]{{2}})(?![0-9])"
)
ABE_CUE = cue(
    r"\b(ABE|VRI)\b|video[- ]recorded interview|achieving best evidence",
    ("abe", "vri", "video", "achieving"),
)
MEDIA_CUES = {
    # a camera's footage that is not body-worn: "the vehicle's cabin-facing camera footage"
    DocType.CCTV.value: cue(
        r"\bCCTV\b|(?<!worn )(?<!body )(?<!BWV )\bcamera footage\b|\bdash ?cam\b|"
        r"\bin-car (camera|video)\b",
        ("cctv", "camera", "dash", "in-car"),
    ),
    # not a reference code that holds the letters ("fault ref CV-BWV-2291")
    DocType.BWV.value: cue(r"body[- ]worn video|(?<![\w/-])BWV\b(?![-/]\w)", ("body", "bwv")),
    DocType.CALL_999.value: cue(
        r"\b999 call recording\b|recording of the 999|\b999 call\b", ("999",)
    ),
}
MEDIA_EVIDENCE = re.compile(
    r"\b(produce|exhibit|footage|shows|seized|recovered|recording|recorded|viewed|obtained|"
    r"captured|clip|download(ed)?|copied|provided)\b",
    _I,
)
EXHIBIT_REF = cue(
    r"\b(?:exhibits?|produce (?:it |them )?as|marked)\s+(?:reference\s+|number\s+)?([A-Z]{1,4}/\d{1,3})\b",
    ("exhibit", "produce", "marked"),
)
# Forensic or medical work done: a SARC visit for aftercare alone is none.
FORENSIC_CUE = cue(
    r"forensic medical|\bswabs?\b|\bDNA\b|toxicology|samples? (?:were |was )?(?:taken|submitted)|"
    r"\bSARC (?:examination|exam|report|notes|records|findings)\b|"
    r"\bexamined (?:at|by) (?:the )?(?:SARC|FME|forensic|doctor|nurse|physician)",
    ("sarc", "forensic", "swab", "dna", "toxicology", "sample", "examined"),
)


@dataclass(frozen=True)
class References:
    """What a document refers to: multimedia, forensic examinations, exhibits."""

    media: tuple[str, ...]
    forensic: bool
    exhibits: tuple[str, ...]
    unsure: tuple[str, ...] = ()
    """Sentences that mention multimedia or forensic work without saying it exists (a plan, a
    hypothesis, someone else's words): for a person, never a failure."""


@dataclass(frozen=True)
class Mentioned:
    """How a document mentions a thing at most: the assertion and the sentence that says it."""

    assertion: Assertion
    sentence: str

    @property
    def affirmed(self) -> bool:
        return self.assertion is Assertion.AFFIRMED


def case_urn(found: dict[str, list[str]]) -> str | None:
    """The case's URN, from the URNs found and the documents each is in: the one most documents
    carry; on a tie, the first in order (the register, the plan and the pack all use this)."""
    if not found:
        return None
    return sorted(found, key=lambda u: (-len(found[u]), u))[0]


URN_WORD = re.compile(r"\bURN\b")
URN_WHOLE = re.compile(r"[0-9]{2}[A-Z]{2}[0-9]{5}[0-9]{2}")


def urns(text: str) -> list[str]:
    """Each URN the text gives, its parts joined ("42YE1234526"), however it is boxed: a
    character to a box ("4 | 7 | K | D | ...") is read as one URN too."""
    if "URN" not in text:
        return []
    found = ["".join(parts) for parts in URN.findall(text)]
    if not found:
        for word in URN_WORD.finditer(text):
            joined = ""
            for token in re.split(r"[\s|]+", text[word.end() : word.end() + 80].strip(" \t:.")):
                if not token.isalnum() or len(token) > 5 or len(joined) >= 11:
                    break
                joined += token
            if URN_WHOLE.fullmatch(joined):
                found.append(joined)
    return found


def mentions_abe(text: str, context: ContextRules) -> Mentioned | None:
    """How the document mentions a video-recorded interview, at most ("a written statement
    rather than a video-recorded interview" is negated; "an ABE will be arranged" is planned)."""
    best = strongest(_cued(text, ABE_CUE, context))
    return Mentioned(best.assertion, best.sentence) if best else None


def _cued(text: str, found: Cue, context: ContextRules, lower: str | None = None) -> list[Mention]:
    """The mentions of a cue, each with what its sentence asserts; only sentences around a
    mention are read, never every sentence of a long statement."""
    if not found.possible(text, lower):
        return []
    units: list[str] = []
    last_end = -1
    for match in found.regex.finditer(text):
        if match.start() < last_end:
            continue
        start = _sentence_start(text, match.start())
        end = _sentence_end(text, match.end())
        units.append(text[start:end])
        last_end = end
    return list(mentions(text, found.regex, context, units))


# A form's tick-box line ("Tick if witness evidence is visually recorded [ ]") is a unit of its
# own, never the start of the statement's first sentence.
SENTENCE_STOP = re.compile(
    r"[.!?](?=\s)|\n\s*\n|\n(?=\s*[-•*\d])|^[^\n]*(?:\[\s*[xX✓]?\s*\]|[☐☒□])[^\n]*\n",
    re.MULTILINE,
)
REACH = 400


def _sentence_start(text: str, offset: int) -> int:
    low = max(0, offset - REACH)
    stops = [m.end() for m in SENTENCE_STOP.finditer(text, low, offset)]
    return stops[-1] if stops else low


def _sentence_end(text: str, offset: int) -> int:
    found = SENTENCE_STOP.search(text, offset, offset + REACH)
    return found.end() if found else min(len(text), offset + REACH)


def references(text: str, context: ContextRules) -> References:
    media: list[str] = []
    unsure: list[str] = []
    lower = fold(text)
    for kind, cued in MEDIA_CUES.items():
        for mention in _cued(text, cued, context, lower):
            if not MEDIA_EVIDENCE.search(mention.sentence):
                continue
            if mention.affirmed or mention.assertion is Assertion.REPORTED:
                media.append(kind)
                break
            if mention.assertion is not Assertion.NEGATED:
                unsure.append(mention.sentence)
    forensic = strongest(_cued(text, FORENSIC_CUE, context, lower))
    if forensic is not None and forensic.assertion in (Assertion.HYPOTHETICAL, Assertion.LABEL):
        unsure.append(forensic.sentence)
    body = text[: served_end(text)]
    exhibits = tuple(dict.fromkeys(ref.upper() for ref in EXHIBIT_REF.findall(body)))
    return References(
        tuple(media),
        forensic is not None
        and forensic.assertion in (Assertion.AFFIRMED, Assertion.PLANNED, Assertion.REPORTED),
        exhibits,
        tuple(dict.fromkeys(unsure)),
    )


# An officer's account of answering the report: an attendance verb, with the call, the
# incident or the report it answered within a few sentences ("I was sent to 9 Kiln Street,
# following a 999 call. I arrived at 03:52"), or "the first officer".
ATTENDED = re.compile(
    r"\b(attended|arrived|visited|responded|went to (the|her|his|an?|\d)|made my way|"
    r"(was|were) (sent|dispatched|deployed|tasked|directed|assigned|called|asked) (to|an?)\b|"
    r"on scene|at the scene|at (the|her|his) (home|address|flat|house)|"
    r"met (her|the complainant|the victim|the caller|(Ms|Mrs|Miss|Mr)\.? [A-Z]|[A-Z][a-z]+ [A-Z]))",
    _I,
)
ANSWERED_REPORT = re.compile(
    r"\b(999|101|emergency|call(ed|er)?|incident|report(ed|ing)?|CAD|log|control room|"
    r"dispatch(ed)?|assigned|deployed|tasked)\b|\bfirst (officer|police officer|to (attend|arrive))\b|"
    # or the complainant met in the first hours: distressed, giving a first account
    r"\b(crying|distressed|upset|shaking|sobbing|tearful|in shock|initial account|first account|"
    r"brief account)\b",
    _I,
)
# An officer sent to join one already there: "to assist PC 1042 GRANT, who was already with a
# woman reporting a rape" is not the first attendance.
JOINED = re.compile(
    r"\bto (assist|support|join|relieve|back up|take over from) (my colleagues?|colleagues|"
    r"(the )?officers?|(PC|PS|DC|DS|Sgt|PCSO)\b)",
    _I,
)
# The complainant reported at the station's counter: "I was on front counter duty when Sophie
# LINDQVIST came in and asked to report a rape".
WALKED_IN = re.compile(
    r"\b(front (counter|desk|office)|enquiry (office|desk|counter)|station (counter|desk))\b"
    r"[^.]{0,120}\b(report|reported|reporting)\b|"
    r"\b(came|walked) (in|into (the )?(police )?station)\b[^.]{0,60}\breport|"
    # "on duty at the front desk ... when Sophie GRAINGER attended with her mother"
    r"\b(front (counter|desk|office)|enquiry (office|desk|counter)|station (counter|desk))\b"
    r"[^.]{0,80}\bwhen\b[^.]{0,80}\b(attended|came in|came to|arrived|walked in)\b|"
    # stopped in the street by her: "a woman waved us down", "I was flagged down by"
    r"\b(waved|flagged) (us|me|the (police )?(car|vehicle|van|officers?)) down\b|"
    r"\b(was|were) (waved|flagged) down\b",
    _I,
)
# Where an officer arrives for later work, not to answer the report.
LATER_WORK = re.compile(r"\b(ABE|VRI|interview) suite\b|\bSARC\b|\bcustody\b", _I)
FIRST_OFFICER = re.compile(
    r"\bfirst (police )?officer\b|\bfirst to (attend|arrive)\b|\bfirst (on|at the) scene\b", _I
)
ANOTHER_OFFICER = re.compile(
    r"\b(PC|DC|PS|DS|Sgt|Sergeant|Constable|PCSO)\.?\s*\d{0,5}\s+(?:[A-Z][\w\x27’-]+\s+){0,2}$"
)
NOT_FIRST = re.compile(r"\b(not|never|wasn[\x27’]t|weren[\x27’]t)\b[^.;]{0,20}$", _I)
PRODUCE = re.compile(r"\b(produce|exhibit)", _I)
RECORDING = re.compile(r"\b(recording|DVD|discs?|video|copy|master|working copy|footage)\b", _I)
OTHER_MEDIA = re.compile(r"body[- ]?worn|\bBWV\b|\bCCTV\b|\b999\b|doorbell|dash ?cam", _I)
INTERVIEW = re.compile(
    r"\binterview(ed)?\b.{0,80}\b(on video|video[- ]recorded|recorded on video|ABE|VRI|suite)|"
    r"\b(video[- ]recorded|ABE|VRI|achieving best evidence)\b.{0,40}\binterview",
    _I,
)
RECORDING_OF_INTERVIEW = re.compile(
    r"\b(recording|DVD|disc|video) of (that|the|this|my) interview", _I
)


def covers_first_attendance(text: str) -> bool:
    """An officer's statement that tells of answering the report: attending, arriving, being
    sent, with the call or incident it answered near by, or "I was the first officer"."""
    served = " ".join(text[: served_end(text)].split())  # "I was\ncalled to": one line
    for first in FIRST_OFFICER.finditer(served):
        # "I was not the first officer to attend; PC 771 SIMMS attended": denied
        if not NOT_FIRST.search(served, max(0, first.start() - 25), first.start()):
            return True
    if JOINED.search(served):
        return False
    if WALKED_IN.search(served):
        return True  # she came to the station to report it: the officer she met first
    # Where the report is answered, found once: a long statement attends many times.
    answered = [m.start() for m in ANSWERED_REPORT.finditer(served)]
    if not answered:
        return False
    for match in ATTENDED.finditer(served):
        if ANOTHER_OFFICER.search(served, max(0, match.start() - 40), match.start()):
            continue  # "PC 771 SIMMS attended on 31st January": someone else's attendance
        # a mention of the report within 300 characters before or 200 after
        near = bisect.bisect_left(answered, max(0, match.start() - 300 - REPORT_WORD))
        if near == len(answered) or answered[near] > match.end() + 200:
            continue
        if not LATER_WORK.search(served, match.start(), match.end() + 60):
            return True
    return False


REPORT_WORD = 30  # a mention's length: one that starts before the window may run into it


def produces_abe_recording(text: str) -> bool:
    """The served part produces the ABE recording as an exhibit: a sentence producing a
    recording, of the interview it names or that the two sentences before it describe ("I
    interviewed Aimee on video at the ABE suite. I produce the recording as exhibit PY/1")."""
    served = " ".join(text[: served_end(text)].split())
    if not PRODUCE.search(served):
        return False
    sentences = re.split(r"(?<=[.!?])\s+", served)
    for index, sentence in enumerate(sentences):
        lower = sentence.lower()
        if ("produc" not in lower and "exhibit" not in lower) or not PRODUCE.search(sentence):
            continue
        if ABE_CUE.search(sentence) or RECORDING_OF_INTERVIEW.search(sentence):
            return True
        if not RECORDING.search(sentence) or OTHER_MEDIA.search(sentence):
            continue
        # What "the recording" is: its own sentence's interview ("I interviewed her on video
        # and produce the recording"), or the nearest of the sentences before that names one.
        for earlier in reversed(sentences[max(0, index - LOOK_BACK) : index + 1]):
            if INTERVIEW.search(earlier) or ABE_CUE.search(earlier):
                return True
            if OTHER_MEDIA.search(earlier):
                break
    return False


LOOK_BACK = 8


# The maker conducted the video-recorded interview: "I conducted a video-recorded interview with
# Lucy", "I interviewed her on video at the ABE suite" (not a suspect's interview under caution).
CONDUCTED = re.compile(
    r"\bI\b[^.]{0,40}\b(conducted|carried out|led|undertook|did|completed|interviewed)\b", _I
)
UNDER_CAUTION = re.compile(r"\bunder caution\b|\bcustody\b|\bsuspect\b|\bsolicitor\b", _I)


def conducted_abe_interview(text: str) -> bool:
    """The served part tells that its maker conducted the video-recorded interview."""
    served = " ".join(text[: served_end(text)].split())
    return any(
        CONDUCTED.search(sentence)
        and (INTERVIEW.search(sentence) or ABE_CUE.search(sentence))
        and not UNDER_CAUTION.search(sentence)
        for sentence in re.split(r"(?<=[.!?])\s+", served)
    )


# An exhibit number near the words for a recording: "GS/2 working copy", "the master (KP/1)".
RECORDING_EXHIBIT = re.compile(
    r"\b([A-Z]{1,4})\s?/\s?(\d{1,3}[A-Z]?)\b(?=.{0,60}\b(recording|copy|master|DVD|disc|video)\b)|"
    r"\b(?:recording|copy|master|DVD|disc|video)\b.{0,60}?\b([A-Z]{1,4})\s?/\s?(\d{1,3}[A-Z]?)\b",
    re.IGNORECASE | re.DOTALL,
)


def recording_exhibits(text: str) -> set[str]:
    """Exhibit numbers a text gives a recording, without their slash ("GS2")."""
    found: set[str] = set()
    for match in RECORDING_EXHIBIT.finditer(text[:20_000]):
        letters, number = (
            (match.group(1), match.group(2)) if match.group(1) else (match.group(4), match.group(5))
        )
        if letters and number and letters.isupper():
            found.add(f"{letters}{number}".upper())
    return found


def named_as_exhibit(path: str, exhibits: set[str]) -> bool:
    """The file's name carries one of these exhibit numbers ("GS2 working copy.mp4", "KP-1.mp4")."""
    name = path.rpartition("/")[2].upper()
    return any(
        re.search(
            rf"(?<![A-Z0-9]){re.escape(ref[: len(ref.rstrip('0123456789AB'))])}[\s/_-]?"
            rf"{re.escape(ref[len(ref.rstrip('0123456789AB')) :])}(?![0-9])",
            name,
        )
        for ref in exhibits
    )


# What kind of recording a sentence or an exhibit-list line describes, with the exhibit number
# it gives it: "the Tollgate car park camera footage (ME/1, clip with file)", "JS/2 BWV footage".
MEDIA_KINDS = (
    (
        DocType.CCTV,
        re.compile(r"\bCCTV\b|camera footage|\bcar park camera|door ?bell|dash ?cam", _I),
    ),
    (DocType.BWV, re.compile(r"body[- ]?worn|\bBWV\b", _I)),
    (DocType.CALL_999, re.compile(r"\b999\b", _I)),
)
NUMBERED = re.compile(r"\b([A-Z]{1,4})\s?/\s?(\d{1,3})\b")
AROUND = re.compile(r"[^.!?\n]*")


def media_exhibits(text: str) -> tuple[tuple[str, str], ...]:
    """Exhibit numbers (without their slash, "ME1") a text gives a recording of one kind:
    CCTV, body-worn video or a 999 call. A sentence naming two kinds, or the ABE interview,
    says nothing certain of any one number."""
    found: list[tuple[str, str]] = []
    text = text[:50_000]
    for match in NUMBERED.finditer(text):
        start = text.rfind("\n", 0, match.start()) + 1
        start = max(start, *(text.rfind(stop, 0, match.start()) + 1 for stop in ".!?"))
        end = AROUND.match(text, match.end())
        sentence = text[start : end.end() if end else match.end()]
        kinds = [kind for kind, words in MEDIA_KINDS if words.search(sentence)]
        if len(kinds) == 1 and not ABE_CUE.search(sentence):
            found.append((match.group(1) + match.group(2), kinds[0].value))
    return tuple(dict.fromkeys(found))
