"""Read an MG11 witness statement: its maker, date, signature and the role of its maker."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from gatekeeper.boxes import NIL_VALUE, box_values
from gatekeeper.cues import Cue, required_literals
from gatekeeper.cues import fold as fold_case
from gatekeeper.dates import first_date
from gatekeeper.forms import Form, Relationship, load_forms, pattern
from gatekeeper.names import FULL_NAME, fold, person_name, same_person
from gatekeeper.roles import RoleSignals, role_signals

_I = re.IGNORECASE | re.MULTILINE
DECLARATION = re.compile(r"true\s+to\s+the\s+best\s+of\s+my\s+knowledge\s+and\s+belief", _I)
# Where the s.9 declaration's words end: "... or do not believe to be true."
DECLARATION_END = re.compile(r"believe(d)?\W+(it\W+)?to\W+be\W+true\.?|\bfalse\.", _I)
DECLARATION_REACH = 500
HEADER_CHARS = 2500
AFTER_DECLARATION = 160
NAME_AFTER = re.compile(rf"\s*:?\s*((?:(?:DC|PC|DS|DI|Dr|Mr|Mrs|Ms|Miss)\.? )?{FULL_NAME})")
# Where the served part of a statement ends: the rear page of an MG11 (the witness's details,
# confidential to the prosecution).
CONTACT_SECTION = re.compile(
    r"witness contact details|contact details \(not for disclosure\)|witness details \(rear|"
    r"\brear of (the )?MG ?11\b|\bMG ?11 \(?rear\b",
    _I,
)
CONTACT_WORDS = ("contact details", "witness details", "rear")


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
    signed_by_maker: bool = False
    """The signature box holds the maker's name ("D Ormerod" for Denise ORMEROD)."""
    typed_mark: bool = False
    """The signature box holds a typed copy's mark ("(Sgd)", "[signed]"): an OCR'd page shows
    it as clearly as a typed one."""
    scribbled: bool = False
    """The signature box holds marks that are no words ("— “7 \\ 7"): OCR's reading of a
    handwritten signature. A blank box reads as nothing, or as its own border ("|", "____")."""
    dated: bool = False
    """The signature line or date box holds a date, if only a day and month ("Date: 03/03")."""
    signals: RoleSignals = field(default_factory=RoleSignals)
    """What the statement's own words say of its maker (``gatekeeper.roles``)."""
    bonds: frozenset[tuple[str, str]] = frozenset()
    """The relationships the body describes, each with the name it gives the other person when
    it gives one ("my son Kai": ("her mother", "Kai"); "my sister": ("her sister", ""))."""

    def describes(self, relationship: str, complainant: list[str]) -> bool:
        """The body describes this relationship to the complainant: unnamed, or named as she
        is ("my daughter Skye"), never to someone else ("my son Kai" is the suspect's mother).
        A bond by occupation ("the enquiry office clerk") is the maker's occupation box."""
        if relationship.startswith("the "):
            return does_the_job(relationship, self.occupation or "")
        words = {fold(w) for name in complainant for w in re.findall(r"[^\W\d_]+", name)}
        return any(
            bond == relationship
            # "Ellie-Mae's mother": every word of the name given is one of hers
            and (not other or {fold(w) for w in re.findall(r"[^\W\d_]+", other)} <= words)
            for bond, other in self.bonds
        )


def does_the_job(bond: str, occupation: str) -> bool:
    """ "the enquiry office clerk" in the occupation box "Police staff - Enquiry Office Clerk";
    "the manager of the bar" in "Bar manager, The Lantern": the head noun and one other word."""
    job, _, place = bond.removeprefix("the ").partition(" of the ")
    words = job.split()
    head, others = words[-1], [*words[:-1], *place.split()]
    said = {w.lower().rstrip("s") for w in re.findall(r"[A-Za-z-]+", occupation)}
    return head.lower().rstrip("s") in said and (
        not others or any(w.lower().rstrip("s") in said for w in others)
    )


def parse_statement(
    text: str,
    tables: list[list[list[str]]] | None = None,
    form: Form | None = None,
    relationships: list[Relationship] | None = None,
) -> StatementParts:
    """Split a statement into what its form boxes and body say; contact details are dropped.
    ``relationships``: the bonds a witness may describe (form data), read here, once, so that
    matching a first-account witness by relationship never searches a body again."""
    end = served_end(text)
    served = text[:end]
    declaration = DECLARATION.search(served)
    start = declaration.end() if declaration else 0
    if declaration is not None:
        rest = DECLARATION_END.search(served, start, start + DECLARATION_REACH)
        start = rest.end() if rest else start
    # The national form puts the signature and date boxes just under the declaration.
    header = (
        served[: min(start + AFTER_DECLARATION, 2 * HEADER_CHARS)]
        if declaration
        else served[:HEADER_CHARS]
    )
    body_start, body_end = start, end
    if declaration is not None and len(WORD.findall(served[start:])) < TAIL_WORDS:
        # The declaration at the foot, the statement above it (a force's own layout): the body
        # runs from its first line of prose to the declaration.
        above = _line_start(served, declaration.start())
        prose = _first_prose_line(served, above)
        if prose is not None and len(WORD.findall(served[prose:above])) >= TAIL_WORDS:
            body_start, body_end = prose, above
    body = served[body_start:body_end]
    # The signature and its date are in the header box and again at the foot of each page.
    form = form or load_forms().form("MG11")
    boxes = box_values(form, header + "\n" + served[-600:], tables or [])
    maker = _first_value([v for v in boxes.get("maker", []) if not FORM_WORDS.match(v)])
    maker = maker or _maker_in_prose(form.get("maker").prose, header)
    signatures = [_before_date(v) for v in boxes.get("signature", [])]
    if not signatures and declaration is not None:
        # The signature's label lost (a photographed page whose OCR kept only the marks): the
        # line holding the date box just under the declaration is the signature line.
        unlabelled = UNLABELLED_SIGNATURE.search(served, start, start + AFTER_DECLARATION)
        if unlabelled and unlabelled.group("marks").strip(" :|_.-"):
            signatures = [unlabelled.group("marks")]
    if signatures and not any(_is_signature(v) for v in signatures):
        # A signature drawn a little above or below its box's line reads as "[ink]" alone on
        # the line next to the label.
        signatures += [m.group(0) for m in INK_BY_LABEL.finditer(served)]
    if not signatures:
        # No signature box: a typed copy's line that opens with its mark ("(Sgd) L. HANNA
        # DC2604 Dated: 23/09/2026"), under the declaration or at the foot of the statement.
        signatures = [m.group("line") for m in MARKED_LINE.finditer(served, start)]
    # The date on the signature line is the statement's date.
    date = first_date(" ".join(boxes.get("signature", []) + boxes.get("date", [])))
    occupation = _first_value(boxes.get("occupation"))
    written = " ".join(boxes.get("signature", []) + boxes.get("date", []))
    maker = _name_alone(maker)
    return StatementParts(
        maker=maker,
        occupation=occupation,
        date=date or first_date(header),
        has_declaration=declaration is not None,
        # With no signature box, a note after the declaration that each page is signed counts.
        signed=any(_is_signature(value) for value in signatures)
        or (not signatures and bool(PAGES_SIGNED.search(body))),
        body_start=body_start,
        body_end=body_end,
        signature_box=bool(signatures),
        typed_mark=any(SIGNED_MARK.search(v) and not NOT_SIGNED.search(v) for v in signatures),
        scribbled=any(_scribble(v) for v in signatures),
        signed_by_maker=bool(maker)
        and any(same_person(_mark_stripped(v), maker or "") for v in signatures if v.strip()),
        dated=(date or first_date(header)) is not None or bool(DAY_AND_MONTH.search(written)),
        signals=role_signals(occupation, maker, body),
        bonds=_bonds(body, relationships or []),
    )


def _bonds(body: str, relationships: list[Relationship]) -> frozenset[tuple[str, str]]:
    """The relationships the body describes: each pattern runs only if the literal words it
    cannot match without are in the body (a long statement holds few of them)."""
    lower = fold_case(body)
    return frozenset(
        (r.name, _other_person(body, found))
        for r in relationships
        for regex in r.witness_says
        for found in _cue(regex).finditer(body, lower)
    )


_CUES: dict[str, Cue] = {}


def _cue(regex: str) -> Cue:
    found = _CUES.get(regex)
    if found is None:
        found = _CUES[regex] = Cue(pattern(regex), required_literals(regex, re.IGNORECASE) or ("",))
    return found


# Capitalised words that open sentences, not names.
NOT_NAMES = {
    "i", "she", "he", "we", "they", "her", "his", "my", "on", "at", "in", "the", "when", "then",
    "after", "before", "that", "this", "it", "but", "and", "so", "about", "mr", "mrs", "ms",
}  # fmt: skip


def _other_person(body: str, found: re.Match[str]) -> str:
    """The name a relationship gives the other person: "my son Kai", "Maisie is my daughter",
    "I am Skye's mum"; "" when it gives none."""
    candidates = [
        re.search(r"\b([A-Z][^\W\d_]+)[\x27’]s\b", found.group(0)),
        # "my son Kai", "in a relationship with Graham ROWE", "the older sister of Hannah"
        re.match(
            r"\s*,?\s*(?:(?:with|of|to)\s+)?([A-Z][^\W\d_]+)\b",
            body[found.end() : found.end() + NAME_REACH],
        ),
        re.search(
            r"\b([A-Z][^\W\d_]+)\s+(is|was|has been)\s+$",
            body[max(0, found.start() - NAME_REACH) : found.start()],
        ),
    ]
    for candidate in candidates:
        if candidate and candidate.group(1).lower() not in NOT_NAMES:
            return candidate.group(1)
    return ""


NAME_REACH = 30


WORD = re.compile(r"[A-Za-z]{2,}")
# After a declaration at the foot: the signature and date lines only.
TAIL_WORDS = 40
# A line of a statement's prose, not a header box: 40 characters and eight words or more.
PROSE_CHARS = 40
PROSE_WORDS = 8


def _first_prose_line(text: str, end: int) -> int | None:
    """Where the first line of prose before ``end`` starts (a plain scan: no pattern that can
    backtrack over a hostile file's long lines)."""
    offset = 0
    for line in text[:end].split("\n"):
        if len(line) >= PROSE_CHARS and len(WORD.findall(line)) >= PROSE_WORDS:
            return offset
        offset += len(line) + 1
    return None


def _line_start(text: str, offset: int) -> int:
    return text.rfind("\n", 0, offset) + 1


def served_end(text: str) -> int:
    """Where the part of a document to be served ends: at the witness's contact details (the
    back page of an MG11, confidential), or the end of the text."""
    lower = text.lower()
    if len(lower) != len(text):  # a letter whose lower case is longer ("İ"): offsets differ
        whole = CONTACT_SECTION.search(text)
        return whole.start() if whole else len(text)
    # Each heading holds one of these words: look for the words, then read the heading there.
    ends = []
    for word in CONTACT_WORDS:
        found = lower.find(word)
        while found >= 0:
            section = CONTACT_SECTION.search(text, max(0, found - 16), found + 40)
            if section is not None:
                ends.append(section.start())
                break
            found = lower.find(word, found + 1)
    return min(ends, default=len(text))


def _maker_in_prose(cues: list[str], header: str) -> str | None:
    """ "This is the statement of Marcus Bell, who is over 18": the name after the cue."""
    flat = " ".join(header.split())
    for cue in cues:
        for match in pattern(cue).finditer(flat):
            name = NAME_AFTER.match(flat, match.end())
            if name:
                return name.group(1)
    return None


def _first_value(values: list[str] | None) -> str | None:
    for value in values or []:
        if value.strip() and not NIL_VALUE.match(value):
            return value.strip()
    return None


def _name_alone(value: str | None) -> str | None:
    if value is None:
        return None
    value = re.split(r"\s{3,}|\b(?:age|aged|date of birth|dob)\b", value, flags=re.I)[0]
    if SURNAME_FIRST.match(value):  # "ANSAH, Daniel Kofi": the comma is inside the name
        return person_name(value)
    name = re.split(r"[,(;]", value)[0]
    return name.strip() or None


# A maker's box holds a name, never the form's own words: "WITNESS" over "STATEMENT" is the
# title printed on two lines, not a box for the witness's name.
FORM_WORDS = re.compile(
    r"\s*(statement|declaration|details|signature|name|mg\s?11|page|urn|age|occupation|witness|"
    r"criminal|this statement)\b",
    re.IGNORECASE,
)
SURNAME_FIRST = re.compile(r"\s*[A-Z][A-Za-z'’-]+\s*,\s*[A-Z][a-z]")


def _before_date(value: str) -> str:
    """A signature box's own words: before the date, or the witnessing officer's box beside it."""
    return re.split(
        r"\bdate\b|\bsignature witnessed\b|\bwitnessed by\b", value, maxsplit=1, flags=re.IGNORECASE
    )[0]


# The marks a typed copy of a signed original carries: "[signed]", "(signed)", "Sgd.", "Signed
# original held", "signature on original"; and "[ink]", a signature drawn or pasted into the box
# of a PDF (gatekeeper.extract.layout). Only a blank box or "unsigned" says there is none.
SIGNED_MARK = re.compile(
    r"[\[(]\s*(signed|sgd\.?|signature|ink)\s*[\])]|\bsgd\b\.?|"
    r"\b(signed|signature)\b.{0,30}\b(original|copy|file|held|retained|paper)\b|"
    r"\b(original|copy)\b.{0,20}\bsigned\b|^[\s._…-]*signed[\s._…-]*$|\bsigned by\b",
    re.I,
)
NOT_SIGNED = re.compile(
    r"\bunsigned\b|\bnot (been |yet )?signed\b|\bno signature\b|\b(refused|declined) to sign\b",
    re.I,
)
# A note in the statement that each page was signed.
PAGES_SIGNED = re.compile(
    r"\b(each|every|all) (page|sheet)s?\b.{0,40}\bsigned\b|\bsigned (on )?(each|every) page\b", re.I
)


def _mark_stripped(value: str) -> str:
    """A signature box's name without a typed copy's mark ("(Sgd) A. Ashworth")."""
    return re.sub(r"[\[(]\s*(signed|sgd\.?)\s*[\])]|\bsgd\b\.?", "", value, flags=re.I).strip()


def _scribble(value: str) -> bool:
    """Marks OCR made of handwriting: symbols and letters that form no typed word or name
    ("— “7 \\ 7", "ppl aN"); a typed name ("J. Smith", "HOLT") or "unsigned" is no scribble."""
    marks = BORDER.sub("", value)
    if len(marks) < SCRIBBLE_MARKS or NOT_SIGNED.search(value) or SIGNED_MARK.search(value):
        return False
    return not any(TYPED_WORD.match(w) for w in re.findall(r"[A-Za-z]+", value))


# A typed word; OCR reads a pen's strokes as short runs of capitals too ("VATA", "IRCA"), so
# capitals alone count as a word from five letters.
TYPED_WORD = re.compile(r"^([A-Z][a-z]{2,}|[A-Z]{5,}|[a-z]{4,})$")


DAY_AND_MONTH = re.compile(r"\b\d{1,2}[/.-]\d{1,2}\b")
# A line under the declaration: marks, then the date box ("2 IRCA Date: 21/02/2026").
UNLABELLED_SIGNATURE = re.compile(
    r"^[ \t:|]*(?P<marks>[^\n]{1,40}?)[ \t]+Dated?\s*:", re.MULTILINE | re.IGNORECASE
)
# A continuation sheet of a statement: "MG 11 (T) Continuation of statement of ...".
CONTINUATION_SHEET = re.compile(
    r"\bcontinuation (of (the )?statement|sheet)\b|\bMG ?11 ?\(?cont(inued|inuation)?\b|"
    r"\bpage (no\.? ?)?([2-9]|\d\d) of \d",
    _I,
)
SHEET_HEAD = 500


# "[ink]" alone on the line just above or just below a signature label.
INK_BY_LABEL = re.compile(
    r"^[ \t]*\[ink\][ \t]*\n[ \t]*Signature\b|^[ \t]*Signature\b[^\n]*\n[ \t]*\[ink\][ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)
# A line that opens with a typed copy's mark: "(Sgd) Dr P Renton", "[Signed] A. Person", "Sgd. J Holt".
MARKED_LINE = re.compile(
    r"^[ \t]*(?P<line>(?:[\[(]\s*(?:signed|sgd\.?)\s*[\])]|sgd\b\.?|"
    # "Electronically signed by Denise MORROW on 15/01/2026 (HEARTH e-signature)"
    r"(?:electronically|digitally|e-)\s?signed\b)[^\n]{0,100})$",
    re.MULTILINE | re.IGNORECASE,
)
BORDER = re.compile(r"[\s|_\-–—.\[\]:]+")  # a box's edges and a dotted line, as OCR reads them
SCRIBBLE_MARKS = 3


def _is_signature(value: str) -> bool:
    """A signature box holds a signature: a typed name, or a typed copy's mark ("[signed]",
    "(Sgd)"); a blank, dotted or "unsigned" box holds none."""
    if NOT_SIGNED.search(value):
        return False
    if SIGNED_MARK.search(value):
        return True
    letters = re.sub(r"\b(signed|signature|witness|sign here)\b", "", value, flags=re.I)
    return len(re.findall(r"[A-Za-z]", letters)) >= 2
