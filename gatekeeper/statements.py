"""Read an MG11 witness statement: its maker, date, signature and the role of its maker."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from gatekeeper.models import Role

_I = re.IGNORECASE | re.MULTILINE
MAKER = re.compile(r"^\s*(?:statement of|name of witness|name)\s*:\s*(.+?)\s*$", _I)
OCCUPATION = re.compile(r"^\s*occupation\s*:\s*(.+?)\s*$", _I)
DECLARATION = re.compile(r"true\s+to\s+the\s+best\s+of\s+my\s+knowledge\s+and\s+belief", _I)
SIGNATURE = re.compile(r"\bsign(?:ature|ed)\s*:[ \t]*(?P<value>[^\n]*)", _I)
DATE = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b")
CONTACT_SECTION = re.compile(r"witness contact details|contact details \(not for disclosure\)", _I)

OFFICER_OCCUPATION = re.compile(
    r"police|constable|detective|sergeant|inspector|officer|\b[PD]C\b", _I
)
OFFICER_BODY = re.compile(r"\bI am a police (officer|constable)\b|\bI am (PC|DC|DS) ", _I)
EXPERT_OCCUPATION = re.compile(
    r"scientist|doctor|consultant|examiner|analyst|expert|psychiatrist", _I
)
EXPERT_BODY = re.compile(
    r"qualifications|years'? experience|I have been asked to examine|\bexpert\b", _I
)
COMPLAINANT_BODY = re.compile(
    r"\b(raped|assaulted|attacked|touched|forced himself on|hurt) me\b|\bI did not consent\b|"
    r"\bwithout my consent\b|\bdid to me\b",
    _I,
)
FIRST_ACCOUNT_BODY = re.compile(
    r"\b(she|he|they) (told|disclosed to) me\b|\bfirst person (she|he|they) told\b|"
    r"\bdisclosed to me\b",
    _I,
)
TITLES = {"dc", "pc", "ds", "di", "dr", "mr", "mrs", "ms", "miss", "det", "sgt", "insp"}


@dataclass(frozen=True)
class StatementParts:
    maker: str | None
    occupation: str | None
    date: dt.date | None
    has_declaration: bool
    signed: bool
    body: str


def parse_statement(text: str) -> StatementParts:
    """Split a statement into what its form fields and body say; contact details are dropped."""
    served = CONTACT_SECTION.split(text, maxsplit=1)[0]
    maker = _first(MAKER, served)
    occupation = _first(OCCUPATION, served)
    declaration = DECLARATION.search(served)
    body = served[declaration.end() :] if declaration else served
    date = None
    for match in DATE.finditer(served):
        date = _to_date(match)
        if date is not None:
            break
    return StatementParts(
        maker=maker,
        occupation=occupation,
        date=date,
        has_declaration=declaration is not None,
        signed=_is_signed(served),
        body=body,
    )


def _is_signed(text: str) -> bool:
    for match in SIGNATURE.finditer(text):
        value = re.split(r"\bdate\b", match.group("value"), flags=re.IGNORECASE)[0]
        if (
            re.search(r"[A-Za-z]", value)
            and "witnessed" not in text[match.start() : match.end()].lower()
        ):
            return True
    return False


def statement_role(
    parts: StatementParts, complainant: str | None, first_account_names: list[str]
) -> Role:
    """Decide who made the statement: form fields and names first, the wording of the body next."""
    if (parts.occupation and OFFICER_OCCUPATION.search(parts.occupation)) or OFFICER_BODY.search(
        parts.body
    ):
        return Role.OFFICER
    if (
        parts.occupation
        and EXPERT_OCCUPATION.search(parts.occupation)
        and EXPERT_BODY.search(parts.body)
    ):
        return Role.EXPERT
    if parts.maker and complainant and same_person(parts.maker, complainant):
        return Role.COMPLAINANT
    if parts.maker and any(same_person(parts.maker, n) for n in first_account_names):
        return Role.FIRST_ACCOUNT
    if COMPLAINANT_BODY.search(parts.body):
        return Role.COMPLAINANT
    if FIRST_ACCOUNT_BODY.search(parts.body):
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


def _first(pattern: re.Pattern[str], text: str) -> str | None:
    match = pattern.search(text)
    return match.group(1).strip() if match else None


def _to_date(match: re.Match[str]) -> dt.date | None:
    day, month, year = (int(g) for g in match.groups())
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def parse_date(text: str) -> dt.date | None:
    match = DATE.search(text)
    return _to_date(match) if match else None
