"""What a document refers to: its URNs, the ABE interview, multimedia, forensic work, exhibits.

Each is read from one document's text alone, once per file (in the reader worker, see
``gatekeeper.readings``); the case facts gather them across the file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from gatekeeper.cues import cue, fold
from gatekeeper.models import DocType
from gatekeeper.statements import served_end

_I = re.IGNORECASE

URN = re.compile(r"\bURN\s*[:.]?\s*([0-9]{2}\s?[A-Z]{2}\s?[0-9]{5,7}(?:/[0-9]{2})?)")
ABE_CUE = cue(
    r"\b(ABE|VRI)\b|video[- ]recorded interview|achieving best evidence",
    ("abe", "vri", "video", "achieving"),
)
MEDIA_CUES = {
    DocType.CCTV.value: cue(r"\bCCTV\b", ("cctv",)),
    DocType.BWV.value: cue(r"body[- ]worn video|\bBWV\b", ("body", "bwv")),
    DocType.CALL_999.value: cue(
        r"\b999 call recording\b|recording of the 999|\b999 call\b", ("999",)
    ),
}
MEDIA_EVIDENCE = re.compile(
    r"\b(produce|exhibit|footage|shows|seized|recovered|recording|recorded)\b", _I
)
NEGATION = re.compile(r"\b(no|not|negative|none|nil)\b", _I)
EXHIBIT_REF = cue(
    r"\b(?:exhibits?|produce (?:it |them )?as|marked)\s+(?:reference\s+|number\s+)?([A-Z]{1,4}/\d{1,3})\b",
    ("exhibit", "produce", "marked"),
)
FORENSIC_CUE = cue(
    r"\bSARC\b|forensic medical|\bswabs?\b|\bDNA\b|toxicology|samples? (?:were |was )?(?:taken|submitted)",
    ("sarc", "forensic", "swab", "dna", "toxicology", "sample"),
)


@dataclass(frozen=True)
class References:
    """What a document refers to: multimedia, forensic examinations, exhibits."""

    media: tuple[str, ...]
    forensic: bool
    exhibits: tuple[str, ...]


def case_urn(found: dict[str, list[str]]) -> str | None:
    """The case's URN, from the URNs found and the documents each is in: the one most documents
    carry; on a tie, the first in order (the register, the plan and the pack all use this)."""
    if not found:
        return None
    return sorted(found, key=lambda u: (-len(found[u]), u))[0]


def urns(text: str) -> list[str]:
    return URN.findall(text) if "URN" in text else []


def mentions_abe(text: str) -> bool:
    return bool(ABE_CUE.search(text))


def references(text: str) -> References:
    media: list[str] = []
    lower = fold(text)
    for kind, mentions in MEDIA_CUES.items():
        # Only the sentences around each mention are read, not every sentence of a long statement.
        for mention in mentions.finditer(text, lower):
            start = max(text.rfind(".", 0, mention.start()), text.rfind("\n", 0, mention.start()))
            ends = [
                i for i in (text.find(".", mention.end()), text.find("\n", mention.end())) if i >= 0
            ]
            sentence = text[start + 1 : min(ends) if ends else len(text)]
            if MEDIA_EVIDENCE.search(sentence) and not NEGATION.search(sentence):
                media.append(kind)
                break
    body = text[: served_end(text)]
    exhibits = tuple(dict.fromkeys(ref.upper() for ref in EXHIBIT_REF.findall(body)))
    return References(tuple(media), bool(FORENSIC_CUE.search(text, lower)), exhibits)


FIRST_ATTENDANCE = re.compile(r"\battended\b|\bfirst officer\b|\bon scene\b", _I)
PRODUCE = re.compile(r"\b(produce|exhibit)", _I)
RECORDING_OF_INTERVIEW = re.compile(
    r"\b(recording|DVD|disc|video) of (that|the|this|my) interview", _I
)


def covers_first_attendance(text: str) -> bool:
    """An officer's statement that tells of attending the report ("I attended", "on scene")."""
    return bool(FIRST_ATTENDANCE.search(text))


def produces_abe_recording(text: str) -> bool:
    """A sentence of the served part producing the ABE recording as an exhibit."""
    served = text[: served_end(text)]
    for sentence in re.split(r"(?<=\.)\s+", served):
        if PRODUCE.search(sentence) and (
            ABE_CUE.search(sentence) or RECORDING_OF_INTERVIEW.search(sentence)
        ):
            return True
    return False
