"""Who the complainant first told, by name or by relationship, and which statement is theirs.

"She first disclosed to her friend Sophie Tran", "I told my sister what had happened", "First
account: a colleague": the person is read from the words after the disclosure, as a name, a
relationship (from ``checklists/forms/phrases.toml``), or both. A statement is theirs when its
maker has that name, or when it describes that relationship in its own words ("my sister told me").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from gatekeeper.assertions import Assertion, ContextRules, Sentence, read_sentence
from gatekeeper.boxes import SENTENCE
from gatekeeper.forms import Phrases, Relationship, pattern
from gatekeeper.models import DocType, Document, FirstAccount, Role
from gatekeeper.names import FULL_NAME, LETTER, NAME_WORD, person_name, same_person
from gatekeeper.roles import RETRACTION
from gatekeeper.statements import does_the_job

if TYPE_CHECKING:  # the case reads documents through this module's readings (gatekeeper.readings)
    from gatekeeper.case import CaseFile

NAME = re.compile(
    rf"\s*,?\s*(?:called |named |namely )?((?:(?:Ms|Mrs|Miss|Mr|Mx|Dr)\.? )?{FULL_NAME})"
)
# Whole words only: "BARNARD" holds "bar", "Rowena" "row", "Lineker" "line".
NOT_A_PERSON = re.compile(
    r"\b(police|constabulary|officers?|services?|centres?|centers?|stations?|hospitals?|courts?|"
    r"crown|sarc|isva|street|road|lane|row|inn|bar|club|hotel|school|college|university|support|"
    r"helpline|line|samaritans|charity|trust|nhs|council|social|team|unit|rape crisis|crisis|"
    r"advocacy|ltd|limited|plc|logistics|hr|academy|solicitors|pharmacy|taxis?)\b",
    re.IGNORECASE,
)
# Someone other than the complainant did the telling ("Pryce phoned his friend"): the suspect
# by name or by a pronoun that is not hers (his, when the complainant is a man).
# The subject nearest the verb decides: "at which the suspect was present, she told her
# husband" is her telling.
SUBJECT_WORDS = re.compile(
    r"\b(she|her|he|him|his|suspect|defendant|accused|complainant|victim)\b", re.IGNORECASE
)
OTHER_SUBJECT = {"she": {"he", "him", "his"}, "he": {"she"}}
SUSPECT_WORDS = {"suspect", "defendant", "accused"}


def _told_by_another(before: str, pronoun: str) -> bool:
    """The telling's subject, the last subject word in the 30 characters before the verb and
    within its clause, is the suspect or a pronoun that is not the complainant's."""
    passed_on = PASSED_ON.search(before)
    if passed_on and not re.search(r"\b(she|he|they)\b", passed_on.group("clause"), re.IGNORECASE):
        # "her sister Megan ASHDOWN (18), who told their father", "her tutor, who made a note
        # and told the safeguarding lead": the person she told told on
        return True
    clause = re.split(r"[.;]", before)[-1][-30:]
    words = [w.lower() for w in SUBJECT_WORDS.findall(clause)]
    return bool(words) and (words[-1] in SUSPECT_WORDS or words[-1] in OTHER_SUBJECT[pronoun])


# A relative clause after the person she told: that person told on.
PASSED_ON = re.compile(
    r"(?<!complainant)(?<!victim)[),]\s*who\b(?P<clause>[^.;]{0,60})$", re.IGNORECASE
)


# The pronoun a file uses of its complainant: the first one after "the complainant" or her name.
# Subject pronouns only: "Aimee met the suspect ... his house" says nothing of her.
PRONOUN = re.compile(r"\b(she|he)\b", re.IGNORECASE)
PRONOUN_REACH = 200
ABOUT_THE_OFFENCE = re.compile(
    r"\bfirst\b|what (had )?happened|what (he|the suspect|the accused) (had )?(done|did)\b|disclos|\babout (it|this|what|the)\b|\brap(e|ed)\b|"
    r"\bassault|\battack|\babuse|"
    # the telling passed on to someone who called the police: "Ruby told her sister Megan, who
    # told their father; he called 999"
    r"\bwho (then )?(told|informed|rang|phoned|called|contacted)\b[^.]{0,60}\b(999|101|police)\b|"
    # "she told a colleague at work, ..., who encouraged her to report": the telling led there
    r"\b(encouraged|urged|persuaded|advised|told|convinced) (her|him|them) to (report|go to the "
    r"police|call the police|ring the police|contact the police)\b",
    re.IGNORECASE,
)
WINDOW = 70
# Words that place the person before the name: "her friend from college, Ellie NAYLOR", "her
# manager at the salon, Ruth Hale". Lower-case words only, so a name is never passed over.
PLACED = re.compile(
    r"\s+(?:from|at|in|on|of|next)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*\s*(?=,)|"
    # "her friend and downstairs neighbour Bernadette O'SHEA": a second bond before the name
    r"\s+and\s+(?:her\s+|his\s+)?(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*(?=\s+[A-Z])|"
    # "her form tutor at Dalebridge Academy, Mrs Janet COOKE": a named place, then the name
    r"\s+(?:from|at|in|of)\s+(?:the\s+)?(?:[A-Z][\w\x27’-]*\s+){0,3}?[A-Z][\w\x27’-]*\s*"
    r"(?=,\s*(?:(?:Mrs|Mr|Ms|Miss|Mx|Dr)\.?\s+)?[A-Z][a-z])"
)
TOLD_THEM = re.compile(r"\b(and|then) (told|informed) (her|him|them)\b", re.IGNORECASE)
PERSON = rf"(?P<name>{FULL_NAME})"
NOT_NAME_WORDS = {"place", "date", "time", "age", "location", "interviewer", "exhibit", "was"}
# Label words in any case; the name itself must be capitalised.
# Interview records typed without boxes: the name comes first ("Leah Marsden was interviewed").
ABE_NAMES = [re.compile(rf"{PERSON} was interviewed (?:on video|by)")]
SUSPECT_NAMES = [re.compile(rf"{PERSON} was interviewed under caution")]
# "The complainant, Sophie KAVANAGH (31),", "Victim: Leah Marsden", "the complainant is Ann
# Lee", "Sophie KAVANAGH (the complainant)": a name the sentence gives her, ended as names end.
COMPLAINANT_NAMED = [
    re.compile(
        r"\b(?:[Tt]he )?(?:[Cc]omplainant|[Vv]ictim|[Ii]njured [Pp]arty|[Aa]ggrieved)"
        rf"(?:,\s+|:\s*|\s+(?:is|was|named|called)\s+)(?:(?:Ms|Mrs|Miss|Mr|Mx)\.?\s+)?{PERSON}"
        r"(?=\s*[,.;)(]|\s+(?:is|was|aged|who|now)\b|\s*$)"
    ),
    re.compile(rf"{PERSON}\s*\((?:the\s+)?(?:complainant|victim|injured party)\)"),
    re.compile(rf"{PERSON},\s+the\s+(?:complainant|victim)\b"),
]
# "Suspect: Derek Alan MORLEY (67), former ...", "the suspect, Liam FROST,", "Liam FROST (the
# suspect)": a name the MG3's prose gives him.
SUSPECT_NAMED = [
    re.compile(
        r"\b(?:[Tt]he )?(?:[Ss]uspect|[Dd]efendant|[Aa]ccused)"
        rf"(?:,\s+|:\s*|\s+(?:is|was|named|called)\s+)(?:(?:Mr|Mrs|Ms|Miss|Mx)\.?\s+)?{PERSON}"
        r"(?=\s*[,.;)(]|\s+(?:is|was|aged|who|now)\b|\s*$)"
    ),
    re.compile(rf"{PERSON}\s*\((?:the\s+)?(?:suspect|defendant|accused)\)"),
]
RELATIONSHIP_WITHIN = 6
FIRST_ACCOUNT_NAMED = re.compile(
    rf"{PERSON}\s*\((?:the\s+|her\s+)?(?:first[- ]account|first complaint|recent complaint)"
    r"(?: witness)?\)|"
    # "Lowri BEVAN's statement gives the first account"
    rf"{PERSON.replace('?P<name>', '?P<name2>')}[\x27’]s statement (?:gives|is|provides|covers|"
    r"contains|records) (?:the|her|his) first (?:account|complaint)"
)


def first_accounts(case: CaseFile, phrases: Phrases, later_too: bool = False) -> list[FirstAccount]:
    """Each person the file says the complainant first told, with where it says so.

    Where the file says whom she told first, other tellings it mentions came later and are left
    out, unless ``later_too`` (who is who in the statements: her GP she told years later is
    still a witness of what she said, not an expert)."""
    complainant = _box_name(case, "complainant")
    suspect = _box_name(case, "suspect")
    sources: list[Document] = case.of_type(
        DocType.MG3, DocType.MG3A, DocType.ABE_SUMMARY, DocType.MG5
    ) + case.statements(Role.COMPLAINANT)
    accounts: list[FirstAccount] = []
    for document, listed, role in witness_list(case):
        if FIRST_ACCOUNT_ROLE.search(role):
            _merge(accounts, FirstAccount(name=listed), document)
    for document, text in case.texts(DocType.MG3, DocType.MG3A):
        # "Jess ORMSBY (first account) and PC TALLIS statements"
        for match in FIRST_ACCOUNT_NAMED.finditer(" ".join(text.split())):
            name = match.group("name") or match.group("name2")
            _merge(accounts, FirstAccount(name=name), document)
    surnames = _surnames(suspect)
    pronoun = complainant_pronoun(case)
    tellings = [
        (document, told)
        for document in sources
        for told in not_by(case.reading(document, "people-told"), surnames)
        if not _told_by_another(told.before, pronoun)
    ]
    # Where the file says who she told first, the other tellings it mentions came later ("MT
    # told DC NAIR she had told her GP ..." beside "First account: ... her ex-partner").
    said_first = not later_too and any(told.first for _, told in tellings)
    for document, told in tellings:
        if said_first and not told.first:
            continue
        name, relationship = told.name, told.relationship
        if name and POLICE_RANK.match(name) and not told.first:
            continue  # a report to an officer is the complaint to the police (KS-OFFICER)
        if name and any(n and same_person(name, n) for n in (complainant, suspect)):
            continue
        if not name and relationship and not _held_by_a_maker(case, relationship):
            continue  # "told the lady at the bar": no statement's maker does that job
        _merge(accounts, FirstAccount(name=name, relationship=relationship), document)
    return accounts


# The MG3's list of witnesses: "Witness | Type | Statement", "Name | Relevance | Evidence".
WITNESS_COLUMN = re.compile(r"^\s*(witness(es)?|name|person)\b", re.IGNORECASE)
ROLE_COLUMN = re.compile(
    r"^\s*(type|role|relevance|status|category|capacity|(why )?relevant|evidence of|connection)\b",
    re.IGNORECASE,
)
FIRST_ACCOUNT_ROLE = re.compile(
    r"\bfirst (account|complaint|disclosure|told|person (she |he |they )?told)\b|"
    r"\brecent complaint\b|\b(disclosed|disclosure) to\b",
    re.IGNORECASE,
)
COMPLAINANT_ROLE = re.compile(r"^\s*(the )?(complainant|victim|injured party)\b", re.IGNORECASE)


def witness_list(case: CaseFile) -> list[tuple[Document, str, str]]:
    """(report, name, role) for each row of the MG3's table of witnesses."""
    found: list[tuple[Document, str, str]] = []
    for document in case.of_type(DocType.MG3, DocType.MG3A):
        for table in case.tables(document):
            if not table:
                continue
            header = [cell.strip() for cell in table[0]]
            if not header or not WITNESS_COLUMN.match(header[0]):
                continue
            column = next((i for i, c in enumerate(header) if i and ROLE_COLUMN.match(c)), None)
            if column is None:
                continue
            for row in table[1:]:
                name = _clean_name(row[0]) if row and row[0].strip() else None
                if name and column < len(row) and not NOT_A_PERSON.search(name):
                    found.append((document, name, row[column]))
    return found


# A telling under the file's own first-account heading: "First account: At 23:41 she phoned".
FIRST_HEADING = re.compile(r"\bfirst (account|complaint|disclosure)\b", re.IGNORECASE)
POLICE_RANK = re.compile(
    r"^\s*(?:PC|DC|PS|DS|DI|Sgt|Sergeant|(?:Police |Detective )?Constable)\b\.?\s"
)
FIRST_OFFICER_ROLE = re.compile(
    r"\bfirst (attending |response |police )?officer\b|\bfirst (to attend|on scene|at (the )?scene)\b|"
    r"\battended first\b",
    re.IGNORECASE,
)
# An officer as files name one: "PC 3318 HANLEY", "DC 0917 Rhian BEVAN", "Sgt Lee".
RANK = r"(?:PC|DC|PS|DS|Sgt|Sergeant|(?:Police |Detective )?Constable)"
OFFICER = rf"(?P<officer>{RANK}\.?\s+(?:\d{{2,5}}\s+)?(?:{NAME_WORD}\s+){{0,2}}{NAME_WORD})"
FIRST_OFFICER_NAMED = [
    # "PC 3318 HANLEY was the first officer to attend", "DC 22 Ola MBEKI attended first"
    re.compile(
        rf"{OFFICER},?\s+(?i:(?:was|became|as)\s+(?:the\s+)?first\s+(?:police\s+)?officer\b|"
        r"(?:attended|arrived) first\b|(?:\w+\s+){0,2}(?:was\s+)?(?:the\s+)?first\s+"
        r"(?:to attend|on scene|at the scene|to arrive)\b)"
    ),
    # "First officer on scene: PC 101 Dana REEVE"; a record's row "First officer | PC 1042 GRANT"
    re.compile(
        r"\b(?i:first (?:attending |police |response )?officer(?: on scene| to attend| at the "
        rf"scene)?)(?:\s*[:,-]\s*|\s+(?i:was|is)\s+|\s+){OFFICER}"
    ),
    # "PC 3345 Lewis HOLLIS attended the address at 22:51 and was the first officer at the
    # scene": the same sentence, no other officer named between
    re.compile(
        rf"{OFFICER}(?:(?!\b{RANK}\b)[^.;]){{1,120}}?\b(?i:and\s+(?:was|became)\s+(?:the\s+)?"
        r"first\s+(?:police\s+|attending\s+)?officer\b)"
    ),
    # "PC 771 SIMMS attended her flat at 16:30 and recorded her initial account": the officer
    # who answered the report and took her first account
    re.compile(
        rf"{OFFICER}\s+(?i:attended)(?:(?!\b{RANK}\b)[^.;]){{1,80}}?\b(?i:(?:recorded|took|"
        r"obtained|noted|wrote down)\s+(?:her\s+|his\s+|their\s+|the\s+)?(?:initial|first|brief)"
        r"\s+account)"
    ),
]


def first_officer(case: CaseFile) -> str | None:
    """The officer the file names as the first to attend: the MG3's witness list, or a
    sentence of the MG3, the crime report or the incident log."""
    for _, name, role in witness_list(case):
        if FIRST_OFFICER_ROLE.search(role) and re.match(rf"\s*{RANK}\b", name):
            return name
    for _, text in case.texts(DocType.MG3, DocType.MG3A, DocType.CRIME_REPORT):
        flat = " ".join(text.split())
        for regex in FIRST_OFFICER_NAMED:
            match = regex.search(flat)
            if match:
                return _capitals_end(match.group("officer"))
    return None


def _capitals_end(officer: str) -> str:
    """An officer's name ends at its surname in capitals: "PC 1042 Amy GRANT Victim", a
    record's row run into the next label, is "PC 1042 Amy GRANT"."""
    words = officer.split()
    capitals = [i for i, w in enumerate(words) if i > 0 and len(w) > 1 and w.isupper()]
    if capitals and not re.fullmatch(RANK, words[capitals[-1]]):
        return " ".join(words[: capitals[-1] + 1])
    return officer


@dataclass(frozen=True)
class Told:
    """A person a document says someone told, and the words before the telling verb (whose
    subject may be the suspect: that is decided with the case's names)."""

    name: str | None
    relationship: str | None
    before: str
    first: bool = False
    """Said to be the first telling ("First account: ...", "she first told ...")."""


def told_in(text: str, phrases: Phrases, context: ContextRules) -> list[Told]:
    """Every person a document says the complainant told, in order (read once per file)."""
    told: list[Told] = []
    for sentence in SENTENCE.split(" ".join(text.split())):
        verbs = list(phrases.disclosure)
        if ABOUT_THE_OFFENCE.search(sentence) or TOLD_THEM.search(sentence):
            # "she phoned her sister, Carys MORGAN-HOLT, and told her": the call was the telling
            verbs += phrases.disclosure_generic
        told += _people_told(sentence, verbs, phrases, context)
    return told


def not_by(told: list[Told], names: list[str]) -> list[Told]:
    """Leave out tellings whose subject is one of ``names`` ("Pryce phoned his friend": the
    suspect did the telling)."""
    return [
        t
        for t in told
        if not any(re.search(rf"\b{re.escape(n)}\b[^.;]{{0,30}}$", t.before) for n in names)
    ]


# A telling that did not happen ("has never told", "did not tell") or may not have ("if she
# told anyone") names no one she told.
NOT_TOLD = (Assertion.NEGATED, Assertion.HYPOTHETICAL, Assertion.LABEL)


def _people_told(
    sentence: str, verbs: list[str], phrases: Phrases, context: ContextRules
) -> list[Told]:
    found: list[Told] = []
    read: Sentence | None = None
    for regex in verbs:
        for verb in pattern(regex).finditer(sentence):
            before = sentence[max(0, verb.start() - 40) : verb.start()]
            read = read or read_sentence(sentence, context)
            if read.assertion(*verb.span()) in NOT_TOLD:
                continue
            window = sentence[verb.end() : verb.end() + WINDOW]
            relationship, rest = _relationship(window, phrases.relationship)
            if relationship and re.match(r"[\x27’]s\b", rest):
                continue  # "went to her ex-partner's flat": whose flat, no one told
            placed = PLACED.match(rest) if relationship else None
            if placed:
                rest = rest[placed.end() :]
            named = NAME.match(rest)
            name = (
                named.group(1).rstrip("'’")  # "Chloe ADEYEMI's room": her name
                if named
                and not NOT_A_PERSON.search(named.group(1))
                and not re.match(r"[\x27’]s\b", rest[named.end() :])  # "PC Morgan's statement"
                and not named.group(1).endswith(("'s", "’s"))
                else None
            )
            bond = relationship.name if relationship else None
            if not name and bond is None:
                bond = _by_occupation(window)
            if RETRACTION.search(window):
                continue  # "told Mrs ONSLOW she had exaggerated": taken back, no complaint
            if name or bond:
                first = "first" in verb.group(0).lower() or bool(FIRST_HEADING.search(before))
                found.append(Told(name, bond, before, first))
    return found


def _held_by_a_maker(case: CaseFile, bond: str) -> bool:
    """A relationship of the form data always counts; a bond by occupation ("the enquiry office
    clerk") only when a statement's maker does that job: read off a sentence, it may name no
    one in particular."""
    if not bond.startswith("the "):
        return True
    return any(does_the_job(bond, case.statement(d).occupation or "") for d in case.statements())


# Someone the file names by what they do: "told the enquiry office clerk what had happened",
# "told the manager of the bar". Lower-case words only (a name is read as a name), up to four,
# ended by punctuation or by a word that starts the rest of the sentence.
BY_OCCUPATION = re.compile(
    r"^\s*(?:the|her|his|their|a|an)\s+((?:[a-z][a-z-]+\s+){0,3}?[a-z][a-z-]{2,})"
    r"(?:\s+of\s+(?:the\s+|a\s+|an\s+|her\s+|his\s+)?([a-z][a-z-]{2,}))?"
    r"(?=\s*(?:[,.;:()]|$)|\s+(?:at|in|on|who|that|what|about|and|when|by|before|after|during|"
    r"within|straight|immediately|the|later|first|as|because|she|he|they|how|within)\b)"
)
# Words that are no part of a job's name: "told her what had happened", "told the lady".
NOT_A_JOB_WORD = {
    "what", "had", "has", "have", "was", "were", "is", "are", "been", "happened", "about", "that",
    "this", "it", "him", "her", "them", "me", "us", "everything", "anything", "something", "all",
    "some", "any", "more", "so", "very", "really", "just", "lady", "man", "woman", "girl", "boy",
    "guy", "men", "women", "people", "person", "other", "same", "one", "two", "three", "only",
}  # fmt: skip
# Heads that name no person: "told the truth", "told the police", "told the whole story".
NOT_AN_OCCUPATION = {
    "police", "truth", "story", "details", "detail", "matter", "same", "incident", "offence",
    "allegation", "rest", "whole", "world", "thing", "things", "time", "day", "night", "morning",
    "evening", "next", "following", "call", "phone", "line", "number", "officer", "officers",
    "constable", "operator", "service", "services", "team", "unit", "station", "court", "crown",
    "prosecution", "cps", "case", "interview", "account", "complaint", "report", "statement",
    "effect", "end", "version", "lie", "lies", "event", "events", "assault", "attack", "rape",
    "abuse", "family", "friends", "others", "people", "person", "someone", "anyone", "everyone",
}  # fmt: skip


def _by_occupation(window: str) -> str | None:
    """ "her enquiry office clerk" -> "the enquiry office clerk"; "the manager of the bar" ->
    "the manager of the bar"; None for words that name no person. A bond of this kind is no
    relationship of the form data: a statement describes it by its occupation."""
    match = BY_OCCUPATION.match(window)
    if match is None:
        return None
    words = match.group(1).split()
    if words[-1].lower() in NOT_AN_OCCUPATION or any(w.lower() in NOT_A_JOB_WORD for w in words):
        return None
    of = f" of the {match.group(2)}" if match.group(2) else ""
    return f"the {' '.join(words)}{of}"


def _surnames(name: str | None) -> list[str]:
    """The surname: the last word, or the first when written "SURNAME, Forename"."""
    surname, comma, _ = (name or "").partition(",")
    words = re.findall(rf"[{LETTER}'-]{{3,}}", surname if comma else name or "")
    return words[-1:]


def _relationship(
    window: str, relationships: list[Relationship]
) -> tuple[Relationship | None, str]:
    """The relationship named at the start of ``window`` and the words after it."""
    for relationship in relationships:
        for regex in relationship.words:
            match = pattern(regex).search(window)
            if match and match.start() <= RELATIONSHIP_WITHIN:
                return relationship, window[match.end() :]
    return None, window


def _merge(accounts: list[FirstAccount], new: FirstAccount, document: Document) -> None:
    for account in accounts:
        same_name = bool(new.name and account.name and same_person(new.name, account.name))
        same_bond = bool(
            new.relationship
            and new.relationship == account.relationship
            and (not new.name or not account.name)
        )
        if same_name or same_bond:
            account.name = account.name or new.name
            account.relationship = account.relationship or new.relationship
            if document.path not in account.documents:
                account.documents.append(document.path)
            return
    new.documents.append(document.path)
    accounts.append(new)


def statement_of(account: FirstAccount, case: CaseFile, phrases: Phrases) -> Document | None:
    """The first-account witness's statement: by the maker's name, else by the relationship
    the statement itself describes."""
    if account.name:  # by name, whatever the statement's role: she may have told a doctor
        for document in case.statements():
            if document.maker and same_person(account.name, document.maker):
                return document
    candidates = [
        d for d in case.statements() if d.role not in (Role.COMPLAINANT, Role.OFFICER, Role.EXPERT)
    ]
    if account.relationship is None:
        return None
    ranked = sorted(candidates, key=lambda d: d.role is not Role.FIRST_ACCOUNT)
    complainant = complainant_names(case)
    for document in ranked:
        if case.statement(document).describes(account.relationship, complainant):
            return document
    return None


def describes(case: CaseFile, document: Document, bonds: list[str], complainant: list[str]) -> bool:
    """The statement describes, in its own words, one of these relationships to the
    complainant ("my sister", "we have been friends since school")."""
    parts = case.statement(document)
    return any(parts.describes(bond, complainant) for bond in bonds)


def _box_name(case: CaseFile, key: str) -> str | None:
    reading = case.mg3.get(key)
    return person_name(reading.text) if reading is not None and reading.source == "box" else None


def interviewee(case: CaseFile, doc_type: DocType) -> str | None:
    """The person interviewed, from the interview record's box (form data 'INTERVIEW')."""
    for document in case.of_type(doc_type):
        reading = case.boxes(document, "INTERVIEW").get("person")
        if reading is not None and reading.source == "box" and not reading.nil:
            return _clean_name(reading.text)
    return None


def _clean_name(value: str) -> str | None:
    """The name at the start of a box or phrase, without a label that follows it."""
    value = person_name(value) or value  # "KAVANAGH, Sophie (aged 31)"
    match = re.match(
        rf"\s*(?P<name>{NAME_WORD},\s*{NAME_WORD}(?: {NAME_WORD})?)", value
    ) or re.match(rf"\s*{PERSON}", value)
    words = match.group("name").split() if match else []
    while len(words) > 2 and words[-1].lower() in NOT_NAME_WORDS:
        words.pop()
    return " ".join(words) or None


def named_in(case: CaseFile, doc_type: DocType, patterns: list[re.Pattern[str]]) -> str | None:
    for _, text in case.texts(doc_type):
        flat = " ".join(text.split())
        for regex in patterns:
            match = regex.search(flat)
            if match:
                return _clean_name(match.group("name"))
    return None


def _more_complainants(case: CaseFile) -> list[str | None]:
    """The names after the first in a box for two complainants ("PRYCE, Joanne (41) and
    HARGREAVES, Mark (38)")."""
    reading = case.mg3.get("complainant")
    if reading is None or reading.source != "box":
        return []
    parts = re.split(r"\s+and\s+|\s*;\s*|\s*&\s*", reading.text)
    return [person_name(part) for part in parts[1:] if part.strip()]


def complainant_pronoun(case: CaseFile) -> str:
    """ "he" when the MG3 and ABE summary speak of the complainant as a man, else "she": the
    first "he" or "she" after each mention of the complainant (by that word or her surname)
    votes, and "he" must win twice at least and by two to one (the suspect is "he" in most
    sentences)."""
    surnames = [w for name in complainant_names(case) for w in _surnames(name)]
    words = ["complainant", "victim", *(re.escape(s) for s in surnames if s)]
    mention = re.compile(rf"\b({'|'.join(words)})\b", re.IGNORECASE)
    votes = {"she": 0, "he": 0}
    for _, text in case.texts(DocType.MG3, DocType.MG3A, DocType.ABE_SUMMARY):
        for match in mention.finditer(text[:50_000]):
            pronoun = PRONOUN.search(text, match.end(), match.end() + PRONOUN_REACH)
            if pronoun:
                votes[pronoun.group(1).lower()] += 1
    return "he" if votes["he"] >= 2 and votes["he"] > 2 * votes["she"] else "she"


NUMBERED_COMPLAINANT = re.compile(
    r"^[ \t]*(?i:complainant|victim|injured party)[ \t]*(?:\d{1,2}|[A-D])\b[ \t]*[:\t-][ \t]*"
    r"(?P<rest>[^\n]{3,80})$",
    re.MULTILINE,
)


def complainant_names(case: CaseFile) -> list[str]:
    """The complainant's name as the file gives it: the MG3's box, the crime report's, the ABE
    record's interviewee, the maker of the Victim Personal Statement, or a sentence that names
    her ("the complainant, Sophie KAVANAGH")."""
    found: list[str | None] = [_box_name(case, "complainant"), *_more_complainants(case)]
    for document in case.of_type(DocType.CRIME_REPORT, DocType.INCIDENT_LOG):
        reading = case.boxes(document, "MG3").get("complainant")
        if reading is not None and reading.source == "box" and not reading.nil:
            found.append(_clean_name(reading.text))
    found.append(interviewee(case, DocType.ABE_SUMMARY))
    found.append(named_in(case, DocType.ABE_SUMMARY, ABE_NAMES))
    for document in case.of_type(DocType.VPS):
        if document.readable and case.text(document).strip():
            found.append(case.statement(document).maker)
    found.append(named_in(case, DocType.MG3, COMPLAINANT_NAMED))
    # "Complainant 1 | Sophie GRAINGER (19)", "Complainant 2 | Leanne MOSS (27)": each one
    for _, text in case.texts(DocType.MG3, DocType.MG3A):
        found += [person_name(m.group("rest")) for m in NUMBERED_COMPLAINANT.finditer(text)]
    found += [name for _, name, role in witness_list(case) if COMPLAINANT_ROLE.match(role)]
    found.append(named_in(case, DocType.MG5, COMPLAINANT_NAMED))
    unique: list[str] = []
    for name in found:
        if (
            name
            and not NOT_A_PERSON.search(name)
            and not any(same_person(name, known) for known in unique)
        ):
            unique.append(name)
    return unique
