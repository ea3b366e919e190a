"""Read an MG11 witness statement: its maker, date, signature and the role of its maker."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from gatekeeper.boxes import NIL_VALUE, box_values
from gatekeeper.cues import cue as literal_cue
from gatekeeper.cues import fold
from gatekeeper.dates import first_date
from gatekeeper.forms import Form, load_forms, pattern
from gatekeeper.models import Role

_I = re.IGNORECASE | re.MULTILINE
DECLARATION = re.compile(r"true\s+to\s+the\s+best\s+of\s+my\s+knowledge\s+and\s+belief", _I)
HEADER_CHARS = 2500
NAME_AFTER = re.compile(
    r"\s*:?\s*((?:(?:DC|PC|DS|DI|Dr|Mr|Mrs|Ms|Miss)\.? )?[A-Z][a-z'-]+(?: [A-Z][a-z'-]+){1,2})"
)
CONTACT_SECTION = re.compile(r"witness contact details|contact details \(not for disclosure\)", _I)
CONTACT_WORDS = "contact details"

OFFICER_OCCUPATION = re.compile(
    r"police|constable|detective|sergeant|inspector|officer|\b[PD]C\b", _I
)
OFFICER_BODY = literal_cue(
    r"\bI am a police (officer|constable)\b|\bI am (PC|DC|DS) ",
    ("i am a police", "i am pc", "i am dc", "i am ds"),
)
EXPERT_OCCUPATION = re.compile(
    r"scientist|doctor|consultant|examiner|analyst|expert|psychiatrist", _I
)
EXPERT_BODY = literal_cue(
    r"qualifications|years'? experience|I have been asked to examine|\bexpert\b",
    ("qualifications", "experience", "asked to examine", "expert"),
)
COMPLAINANT_BODY = literal_cue(
    r"\b(raped|assaulted|attacked|touched|forced himself on|hurt) me\b|\bI did not consent\b|"
    r"\bwithout my consent\b|\bdid to me\b",
    (
        *("raped me", "assaulted me", "attacked me", "touched me", "himself on me", "hurt me"),
        *("did not consent", "without my consent", "did to me"),
    ),
)
FIRST_ACCOUNT_BODY = literal_cue(
    r"\b(she|he|they) (told|disclosed to) me\b|\bfirst person (she|he|they) told\b|"
    r"\bdisclosed to me\b",
    ("told me", "disclosed to me", "first person"),
)
BODY_CUES = {
    "officer": OFFICER_BODY,
    "expert": EXPERT_BODY,
    "complainant": COMPLAINANT_BODY,
    "first_account": FIRST_ACCOUNT_BODY,
}
TITLES = {"dc", "pc", "ds", "di", "dr", "mr", "mrs", "ms", "miss", "det", "sgt", "insp"}


@dataclass(frozen=True)
class StatementParts:
    maker: str | None
    occupation: str | None
    date: dt.date | None
    has_declaration: bool
    signed: bool
    body_start: int
    body_end: int
    """Where the body is in the text: after the declaration, before the contact details (the text
    itself is not kept twice; ``CaseFile.statement_body`` slices it)."""
    signature_box: bool = True
    """A signature box or line was found (when False, ``signed`` says nothing either way)."""
    body_cues: frozenset[str] = frozenset()
    """Which maker's wording the body has: 'officer', 'expert', 'complainant', 'first_account'."""


def parse_statement(
    text: str, tables: list[list[list[str]]] | None = None, form: Form | None = None
) -> StatementParts:
    """Split a statement into what its form boxes and body say; contact details are dropped."""
    end = served_end(text)
    served = text[:end]
    declaration = DECLARATION.search(served)
    start = declaration.end() if declaration else 0
    body = served[start:]
    header = (
        served[: min(declaration.end(), 2 * HEADER_CHARS)] if declaration else served[:HEADER_CHARS]
    )
    # The signature and its date are in the header box and again at the foot of each page.
    form = form or load_forms().form("MG11")
    boxes = box_values(form, header + "\n" + served[-600:], tables or [])
    maker = _first_value(boxes.get("maker")) or _maker_in_prose(form.get("maker").prose, header)
    signatures = [_before_date(v) for v in boxes.get("signature", [])]
    date = first_date(" ".join(boxes.get("date", []) + boxes.get("signature", [])))
    return StatementParts(
        maker=_name_alone(maker),
        occupation=_first_value(boxes.get("occupation")),
        date=date or first_date(header),
        has_declaration=declaration is not None,
        signed=any(_is_signature(value) for value in signatures),
        body_start=start,
        body_end=end,
        signature_box=bool(signatures),
        body_cues=_body_cues(body),
    )


def served_end(text: str) -> int:
    """Where the part of a document to be served ends: at the witness's contact details (the
    back page of an MG11, confidential), or the end of the text."""
    lower = text.lower()
    if len(lower) != len(text):  # a letter whose lower case is longer ("İ"): offsets differ
        whole = CONTACT_SECTION.search(text)
        return whole.start() if whole else len(text)
    found = lower.find(CONTACT_WORDS)
    while found >= 0:
        # The section's heading starts at most a word before "contact details".
        section = CONTACT_SECTION.search(text, max(0, found - 8), found + 40)
        if section is not None:
            return section.start()
        found = lower.find(CONTACT_WORDS, found + 1)
    return len(text)


def _maker_in_prose(cues: list[str], header: str) -> str | None:
    """ "This is the statement of Marcus Bell, who is over 18": the name after the cue."""
    flat = " ".join(header.split())
    for cue in cues:
        for match in pattern(cue).finditer(flat):
            name = NAME_AFTER.match(flat, match.end())
            if name:
                return name.group(1)
    return None


def _body_cues(body: str) -> frozenset[str]:
    lower = fold(body)
    return frozenset(name for name, found in BODY_CUES.items() if found.search(body, lower))


def _first_value(values: list[str] | None) -> str | None:
    for value in values or []:
        if value.strip() and not NIL_VALUE.match(value):
            return value.strip()
    return None


def _name_alone(value: str | None) -> str | None:
    if value is None:
        return None
    name = re.split(r"\s{3,}|[,(;]|\b(?:age|aged|date of birth|dob)\b", value, flags=re.I)[0]
    return name.strip() or None


def _before_date(value: str) -> str:
    return re.split(r"\bdate\b", value, maxsplit=1, flags=re.IGNORECASE)[0]


def _is_signature(value: str) -> bool:
    """Letters in a signature box; a blank, dotted or 'signed' placeholder is no signature."""
    letters = re.sub(r"\b(signed|signature|witness|sign here)\b", "", value, flags=re.I)
    return len(re.findall(r"[A-Za-z]", letters)) >= 2


def statement_role(
    parts: StatementParts, complainant: str | None, first_account_names: list[str]
) -> Role:
    """Decide who made the statement: form fields and names first, the wording of the body next."""
    cues = parts.body_cues
    if (parts.occupation and OFFICER_OCCUPATION.search(parts.occupation)) or "officer" in cues:
        return Role.OFFICER
    if parts.occupation and EXPERT_OCCUPATION.search(parts.occupation) and "expert" in cues:
        return Role.EXPERT
    if parts.maker and complainant and same_person(parts.maker, complainant):
        return Role.COMPLAINANT
    if parts.maker and any(same_person(parts.maker, n) for n in first_account_names):
        return Role.FIRST_ACCOUNT
    if "complainant" in cues:
        return Role.COMPLAINANT
    if "first_account" in cues:
        return Role.FIRST_ACCOUNT
    return Role.WITNESS


def same_person(a: str, b: str) -> bool:
    """Two written names for one person: same surname, and same first name or initial if both give one."""
    ta, tb = _name_tokens(a), _name_tokens(b)
    if not ta or not tb or ta[-1] != tb[-1]:
        return False
    if len(ta) == 1 or len(tb) == 1:
        return True
    return ta[0][0] == tb[0][0]


def _name_tokens(name: str) -> list[str]:
    tokens = re.findall(r"[A-Za-z'-]+", name.lower())
    return [t for t in tokens if t not in TITLES and not t.isdigit()]
