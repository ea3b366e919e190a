"""The order a prosecutor reads a file in, and which documents are confidential to the prosecutor.

MG3 first, then the complainant's account, the key statements, the suspect's interview, the
exhibits, disclosure, digital material, and everything else. Within a section documents keep the
order of the types listed, then of their role, then of their path.
"""

from __future__ import annotations

from gatekeeper.models import MULTIMEDIA_TYPES, DocType, Document, Role

SECTIONS: tuple[tuple[str, tuple[DocType, ...]], ...] = (
    ("Report to the prosecutor", (DocType.MG3, DocType.MG3A, DocType.MG5, DocType.EARLY_ADVICE)),
    (
        "The complainant's account",
        (DocType.ABE_RECORDING, DocType.ABE_SUMMARY, DocType.ABE_PLAN, DocType.VPS),
    ),
    ("Key statements", (DocType.MG11,)),
    ("The suspect's interview", (DocType.ROTI, DocType.PNC)),
    (
        "Exhibits",
        (
            DocType.MG12,
            DocType.FORENSIC,
            DocType.MEDICAL,
            DocType.CCTV,
            DocType.BWV,
            DocType.CALL_999,
            DocType.CRIME_REPORT,
            DocType.INCIDENT_LOG,
        ),
    ),
    (
        "Disclosure",
        (
            DocType.MG6C,
            DocType.MG6D,
            DocType.MG6E,
            DocType.DMD,
            DocType.MG6,
            DocType.THIRD_PARTY,
        ),
    ),
    ("Digital material", (DocType.DPN, DocType.DIGITAL_EXTRACT)),
    ("Other", (DocType.MG2, DocType.ACTION_PLAN, DocType.CORRESPONDENCE, DocType.OTHER)),
)
SECTION_NAMES = tuple(name for name, _ in SECTIONS)
_PLACE = {t: (s, i) for s, (_, types) in enumerate(SECTIONS) for i, t in enumerate(types)}
# The complainant's own statement reads with her account, before the key statements.
_ROLE_ORDER = {
    Role.COMPLAINANT: 0,
    Role.FIRST_ACCOUNT: 1,
    Role.OFFICER: 2,
    Role.WITNESS: 3,
    Role.EXPERT: 4,
}
COMPLAINANT_SECTION = 1
DEFAULT_CONFIDENTIAL = frozenset({DocType.MG6, DocType.MG6D, DocType.MG2})
"""Confidential to the prosecutor, never served: MG6, MG6D, and MG2 where the force treats it so."""
MEDIA_TYPES = MULTIMEDIA_TYPES | {DocType.ABE_RECORDING}


def section_of(document: Document) -> int:
    if document.type is DocType.MG11 and document.role is Role.COMPLAINANT:
        return COMPLAINANT_SECTION
    return _PLACE.get(document.type, (len(SECTIONS) - 1, 99))[0]


def reading_key(document: Document) -> tuple[int, int, int, str]:
    section = section_of(document)
    place = _PLACE.get(document.type, (section, 99))[1]
    if document.type is DocType.MG11 and document.role is Role.COMPLAINANT:
        place = 99  # after the recording, its summary and plan
    role = _ROLE_ORDER.get(document.role, 9) if document.role else 9
    return section, place, role, document.path.casefold()


def reading_order(documents: list[Document]) -> list[Document]:
    """The documents in the order a prosecutor reads them."""
    return sorted(documents, key=reading_key)


def is_media(document: Document) -> bool:
    """Recordings are listed (duration, hash), never embedded in a bundle."""
    return document.type in MEDIA_TYPES or document.format.value in ("video", "audio")
