"""People's names as files write them: "Forename SURNAME", "SURNAME, Forename", "DC 2748 Natalie
BROOKS", "Dr S. Patel", and whether two of them are one person."""

from __future__ import annotations

import re
import unicodedata

# Letters of names written in Latin script, accents included ("WÓJCIK", "Łukasz", "Şahin").
_LATIN = [chr(c) for c in range(0xC0, 0x250) if chr(c).isalpha()]
UPPER = "A-Z" + "".join(c for c in _LATIN if c.isupper())
LOWER = "a-z" + "".join(c for c in _LATIN if c.islower())
LETTER = UPPER + LOWER
# A word of a name as files write it: "Sandhu" or "SANDHU" (police write surnames in capitals),
# "O'Brien", "Smith-Jones", "Wójcik".
NAME_WORD = rf"[{UPPER}](?:[{LOWER}][{LOWER}'’-]*|[{UPPER}'’-]+)(?:-[{UPPER}][{LETTER}]+)?"
FULL_NAME = rf"{NAME_WORD}(?: {NAME_WORD}){{1,2}}"

TITLES = {
    "dc", "pc", "ds", "di", "dci", "dr", "mr", "mrs", "ms", "miss", "mx", "det", "sgt", "insp",
    "ps", "prof", "professor", "doctor", "detective", "constable", "sergeant", "inspector",
}  # fmt: skip


def person_name(value: str | None) -> str | None:
    """A person's name from a form box that may add an age, a date of birth or an address."""
    from gatekeeper.boxes import after_ticks  # the box reader's tick marks

    if not value:
        return None
    value = after_ticks(value) or value
    # "Suspect 1 | MADDOX, Kieran Paul": the row's number is no part of the name
    # ("1 Suspect 2", two boxes' labels run together, is no name at all)
    value = re.sub(rf"^\s*\d{{1,2}}[.):]?\s+(?=[{UPPER}][{UPPER}\x27’-]+\s*,)", "", value)
    # "FAIRBROTHER (nee HEYWOOD), Joanne Claire": a former name in brackets is no part of it
    value = MAIDEN_NAME.sub("", value)
    if re.match(rf"\s*[{UPPER}][{LETTER}'-]+\s*,\s*[{UPPER}]", value):  # "SURNAME, Forename"
        head = re.split(r"[(;]| born | dob\b| aged? |\d", value, maxsplit=1, flags=re.I)[0]
        return head.strip(" ,-–—") or None
    # "Simon Peter ELDRIDGE 30/03/1981", "Kyle MORTIMER - 25": a date or a dash ends the name
    head = re.split(
        r"[,(;]| born | dob\b| aged? |\s\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\s[-–—]\s",
        value,
        maxsplit=1,
        flags=re.IGNORECASE,
    )[0]
    head = head.strip()
    if head.lower().strip(".") in ANSWERS:
        return None  # "YES - detention authorised ...": a box's answer, no name
    if not head[:1].isupper() or len(head.split()) > NAME_WORDS:
        # "support, special measures and her wishes" under "The complainant:" is a heading's
        # subtitle, not her name
        return None
    if not all(NAME_TOKEN.match(word) or word.lower() in PARTICLES for word in head.split()):
        return None  # "MG2 attached": a section's first words under a "Victim" heading
    return head


ANSWERS = {"yes", "no", "n/a", "na", "none", "nil", "tbc", "unknown", "not known"}
MAIDEN_NAME = re.compile(
    r"\s*\((n[ée]e|formerly|previously|also known as|aka)\b[^()]{0,40}\)", re.I
)
# A word of a name: capitalised ("Jess", "TANNOCK", "O'Neil", "J."), or a collar number.
NAME_TOKEN = re.compile(rf"^([{UPPER}][{LETTER}'’.-]*|\d{{1,6}})$")
PARTICLES = {
    "van",
    "der",
    "den",
    "de",
    "da",
    "di",
    "du",
    "la",
    "le",
    "von",
    "bin",
    "al",
    "el",
    "ap",
}


NAME_WORDS = 8  # "Detective Constable 4410 Sian Elizabeth Mary BYRNE-JONES"


def name_parts(name: str) -> tuple[list[str], str] | None:
    """(forenames, surname) in lower case; None when the text holds no name.

    "SURNAME, Forename" puts the surname first; a word in capitals among others is the surname
    ("Natalie BROOKS", "BROOKS Natalie"); otherwise the surname is the last word."""
    if "," in name:
        before, _, after = name.partition(",")
        surname = _words(before)
        forenames = _words(after)
        if len(surname) == 1 and forenames:
            return forenames, surname[0]
    raw = [w for w in re.findall(rf"[{LETTER}'’-]+", name) if w.lower().strip("'’-") not in TITLES]
    raw = [w for w in raw if len(w.strip("'’-")) > 0]
    if not raw:
        return None
    capitals = [w for w in raw if len(w) >= 2 and w.isupper()]
    if len(capitals) == 1 and len(raw) > 1:
        surname = capitals[0]
        return [fold(w) for w in raw if w is not surname], fold(surname)
    return [fold(w) for w in raw[:-1]], fold(raw[-1])


def fold(word: str) -> str:
    """A name's word for comparison: lower case, accents off ("WÓJCIK" and "Wojcik" are one)."""
    plain = unicodedata.normalize("NFKD", word.lower().translate(UNDECOMPOSED))
    return "".join(c for c in plain if not unicodedata.combining(c))


UNDECOMPOSED = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe"})


def _words(text: str) -> list[str]:
    return [
        fold(w)
        for w in re.findall(rf"[{LETTER}'’-]+", text)
        if w.lower() not in TITLES and not w.isdigit()
    ]


def same_person(a: str, b: str) -> bool:
    """Two written names for one person: the same surname, and the same first name or initial
    when both give one."""
    pa, pb = name_parts(a), name_parts(b)
    if pa is None or pb is None or pa[1] != pb[1]:
        return False
    if not pa[0] or not pb[0]:
        return True
    first_a, first_b = pa[0][0].rstrip("."), pb[0][0].rstrip(".")
    if len(first_a) == 1 or len(first_b) == 1:  # an initial: "S. Patel", "PATEL S"
        return first_a[0] == first_b[0]
    # "Chris" and "Christopher" are one name; "Leah" and "Luke" are two
    return first_a.startswith(first_b) or first_b.startswith(first_a)


SHORT_FORM = 3  # the fewest letters of a first name's short form ("Ben", "Sam")


def named_in(text: str, name: str) -> bool:
    """The text names the person, as any record writes a name: "KEMP, PAUL ANTHONY", "Paul
    KEMP", "P. Kemp": the surname as a word, and the first name or its initial near it when
    the name gives one."""
    parts = name_parts(name)
    if parts is None:
        return False
    forenames, surname = parts
    text = fold(text)
    for match in re.finditer(rf"\b{re.escape(surname)}\b", text, re.IGNORECASE):
        if not forenames:
            return True
        near = text[max(0, match.start() - 40) : match.end() + 40].lower()
        first = forenames[0].rstrip(".")
        if re.search(rf"\b{re.escape(first)}\b", near) or (
            len(first) == 1 or re.search(rf"\b{re.escape(first[0])}\b\.?", near)
        ):
            return True
        if len(first) >= SHORT_FORM and any(
            # "Ben" for "Benjamin", "Jess" for "Jessica", either way round
            word.startswith(first) or (len(word) >= SHORT_FORM and first.startswith(word))
            for word in re.findall(r"[a-z'-]+", near)
        ):
            return True
    return False
