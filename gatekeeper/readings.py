"""Each document parsed once, in the reader worker, into what the facts and rules read.

A *reading* depends on one document alone (its text, tables, type and format) and the form data,
never on the rest of the case, so the worker that read the file can take it straight after
classifying it, in parallel with the other files. The worker takes the readings its
classification calls for (``eager``); any other is taken when first asked for. The check
session remembers every reading by path, hash and type, so a second check, or a correction,
reads nothing again (``CaseFile.reading``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from gatekeeper.boxes import read_boxes
from gatekeeper.forms import FormData, any_match
from gatekeeper.models import DocType, Extraction, FileFormat
from gatekeeper.people import told_in
from gatekeeper.references import (
    conducted_abe_interview,
    covers_first_attendance,
    media_exhibits,
    mentions_abe,
    produces_abe_recording,
    references,
    urns,
)
from gatekeeper.requests import (
    EXAMINATION_SOURCES,
    PARAGRAPHS,
    SOURCES,
    examination_candidates,
    request_candidates,
)
from gatekeeper.statements import parse_statement, served_end

EVERY_TYPE = frozenset(DocType)
REPORTS = frozenset({DocType.MG3, DocType.MG3A})


@dataclass(frozen=True)
class Source:
    """What a reading reads: one document and the form data."""

    text: str
    tables: list[list[list[str]]]
    doc_type: DocType
    format: FileFormat
    forms: FormData


@dataclass(frozen=True)
class Reading:
    read: Callable[[Source], Any]
    eager: frozenset[DocType]
    """The types the reader worker takes this reading for; for others it is taken on demand."""


def _isva(source: Source) -> bool:
    return bool(any_match(source.forms.form("MG3").get("isva").prose, source.text))


READINGS: dict[str, Reading] = {
    "statement": Reading(
        lambda s: parse_statement(
            s.text, s.tables, s.forms.form("MG11"), s.forms.phrases.relationship
        ),
        frozenset({DocType.MG11}),
    ),
    "served-end": Reading(
        lambda s: served_end(s.text),
        frozenset({DocType.MG5, DocType.MG11, DocType.ABE_SUMMARY, DocType.MG12}),
    ),
    "boxes:MG3": Reading(
        lambda s: read_boxes(s.forms.form("MG3"), s.text, s.tables),
        REPORTS | {DocType.MG6, DocType.DMD},
    ),
    "boxes:INTERVIEW": Reading(
        lambda s: read_boxes(s.forms.form("INTERVIEW"), s.text, s.tables),
        frozenset({DocType.ABE_SUMMARY, DocType.ROTI}),
    ),
    "urns": Reading(lambda s: urns(s.text), EVERY_TYPE),
    "abe": Reading(lambda s: mentions_abe(s.text, s.forms.context), EVERY_TYPE),
    "references": Reading(
        lambda s: references(s.text, s.forms.context), REPORTS | {DocType.MG11, DocType.MG5}
    ),
    "request-candidates": Reading(
        lambda s: request_candidates(
            s.text,
            s.doc_type,
            s.format in PARAGRAPHS,
            s.forms.phrases,
            s.forms.form("MG3"),
            s.forms.context,
        ),
        frozenset(SOURCES),
    ),
    "examination-candidates": Reading(
        lambda s: examination_candidates(
            s.text, s.doc_type, s.format in PARAGRAPHS, s.forms.phrases, s.forms.context
        ),
        frozenset(EXAMINATION_SOURCES) - {DocType.DPN},
    ),
    # The complainant's own statement is read on demand: the worker cannot tell whose it is.
    "people-told": Reading(
        lambda s: told_in(s.text, s.forms.phrases, s.forms.context),
        REPORTS | {DocType.ABE_SUMMARY, DocType.MG5},
    ),
    # Every document: the ISVA rule looks for a mention anywhere when the MG3 has no ISVA box.
    "isva": Reading(_isva, EVERY_TYPE),
    # Read of officers' statements only, when a rule asks: the worker cannot tell an officer's.
    "first-attendance": Reading(lambda s: covers_first_attendance(s.text), frozenset()),
    # Every statement: an unnamed video is recognised as the ABE recording by the statement
    # that produces it, whoever made it, so the check asks of each (read here, in parallel).
    "produces-abe": Reading(lambda s: produces_abe_recording(s.text), frozenset({DocType.MG11})),
    # Read of officers' statements only, when no statement produces the recording.
    "abe-interviewer": Reading(lambda s: conducted_abe_interview(s.text), frozenset()),
    # An unnamed clip is recognised by the exhibit number the file gives a CCTV, BWV or 999
    # recording ("ME1_TG03.mp4" for "the car park camera footage (ME/1)").
    "media-exhibits": Reading(
        lambda s: media_exhibits(s.text),
        REPORTS | {DocType.MG11, DocType.MG5, DocType.MG12, DocType.MG6C},
    ),
}


# Each type's eager readings, worked out once: the worker asks for every file it reads.
_EAGER: dict[DocType, list[tuple[str, Reading]]] = {
    doc_type: [(name, reading) for name, reading in READINGS.items() if doc_type in reading.eager]
    for doc_type in DocType
}


def take_reading(name: str, source: Source) -> Any:
    return READINGS[name].read(source)


def parse_document(doc_type: DocType, extraction: Extraction, forms: FormData) -> dict[str, Any]:
    """The readings a document of ``doc_type`` is parsed into, by name (in the reader worker)."""
    if not extraction.readable or not extraction.text.strip():
        return {}
    source = Source(extraction.text, extraction.tables, doc_type, extraction.format, forms)
    return {name: reading.read(source) for name, reading in _EAGER[doc_type]}
