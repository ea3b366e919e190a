"""Who made a statement: what it says of its maker, weighed with what the rest of the file says.

Each statement is read once (in the reader worker) for the signals its own words give:
- its header: a rank or police occupation, or an expert's (forensic physician, scientist, nurse
  examiner);
- its opening, where a maker introduces themselves ("I am a police officer", "I work as a
  forensic physician", "I am Leah's mother", "I have known her since school");
- its body: the maker's own account of an offence against them ("he pushed his hand inside my
  trousers", "I did not agree to any of this"), or an account the complainant gave the maker
  ("she told me", "she rang me crying", "she said 'he raped me'"). Words inside quotation marks
  or after "she said" are what the maker heard, never what happened to the maker.

The check then weighs them with the names and relationships the file gives (the complainant's
name from the MG3, the ABE record, the VPS or the crime report; the people the MG3 says she first
told) into a role with a confidence. A role decided on weak or conflicting signals is *uncertain*:
the rules that rest on it leave the point for a person (``Document.role_certain``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from gatekeeper.models import Role
from gatekeeper.names import LETTER, TITLES, fold, same_person

_I = re.IGNORECASE
OPENING_CHARS = 700
FEW_WORDS = 40

OFF_DUTY = re.compile(
    r"\bI (was|am|had been) (\w+ )?off[- ]duty\b|\bnot (in my (role|capacity) as) (a |an )?"
    r"(police )?officer\b",
    _I,
)
# A telling placed late: recently, years on, or on the eve of the report to the police.
TOLD_LATER = re.compile(
    r"\b(only )?(recently|last (week|month)|this (week|month|year)|(years|months) later|much later|"
    r"(just |shortly )?before (she|he|they) (went to|reported (it )?to|called|rang|contacted|told) "
    r"the police|after (she|he|they) (had )?(reported|gone to the police|told the police)|"
    # "... told me that ... she had reported it and that the police were dealing with it"
    r"(she|he|they) had (already )?(reported it|been to the police|gone to the police))\b",
    _I,
)
# Said anywhere in a statement, the police already involved when the maker was told ("I did not
# ask anything further as the police were dealing"): not the first telling.
POLICE_INVOLVED = re.compile(
    r"\bthe police were (already )?(dealing|involved|investigating|there|present|on scene|at the "
    r"scene|with her|with him)\b",
    _I,
)
# The woman who then told the maker reaching for them ("She grabbed my arm and said 'please help
# me'"): nothing done to the maker, the start of a telling.
SHE_REACHED = re.compile(
    r"\b(she|the (young )?(woman|girl|lady))\s+(\w+\s+)?(grabbed|held|pulled|clung to|hugged|took)"
    r"\s+(hold of\s+)?(me|my)\b",
    _I,
)
# An emergency responder sent to her ("Paramedic, West Severn Ambulance Service" who "attended
# Priory Road"): she had already called for help when the maker heard her.
RESPONDER = re.compile(
    r"\b(paramedic|ambulance|emergency medical|first responder|firefighter|fire officer)\b", _I
)
ATTENDED = re.compile(r"\bI (attended|was (called|sent|dispatched|tasked|asked to attend))\b", _I)
# A police occupation or rank ("a CCTV control room officer" of a council is no police officer).
OFFICER_WORDS = re.compile(
    r"\b(police|constable|detective|sergeant|inspector|PCSO|DC|PC|DS|DI|DCI|Sgt|Insp)\b|"
    r"\b(PC|DC|DS|DI)\s*\d{2,5}\b",
    _I,
)
RANK_WORDS = re.compile(
    r"\b(constable|sergeant|inspector|superintendent|PCSO|DC|PC|DS|PS|DI|DCI|Sgt|Insp)\b", _I
)
# In a header an occupation box; "police" staff who are not officers (a call handler) still
# make officers' statements for the file's purposes only when they say they are officers.
EXPERT_WORDS = re.compile(
    r"\b(forensic (physician|scientist|medical examiner|nurse|practitioner|examiner|analyst|"
    r"toxicologist|pathologist)|FME|FNE|SANE|sexual (offences?|assault) (nurse )?examiner|"
    r"scientist|physician|doctor|consultant|pathologist|toxicologist|paediatrician|"
    r"psychiatrist|psychologist|registered medical practitioner|medical practitioner|"
    r"forensic|examiner|analyst|expert|GP|general practitioner|nurse examiner)\b",
    _I,
)
# Police staff who are not officers: "Police staff - call handler", "control room operator".
POLICE_STAFF = re.compile(
    r"\b(police staff|staff|civilian|call (handler|taker)|contact (centre|center)|control room|"
    r"dispatcher|operator|investigator|analyst|clerk|administrator)\b",
    _I,
)
# Whoever answers emergency calls for a service: police, ambulance, fire.
CALL_TAKER = re.compile(
    r"\b(call (handler|taker)|(emergency )?(medical )?dispatcher|control room|contact (centre|"
    r"center)|emergency operations cent(re|er)|999 operator)\b",
    _I,
)
TOOK_THE_CALL = re.compile(
    r"\bI (answered|took|received|handled) (a|an|the) (999|112|101|emergency) call\b", _I
)
# A maker who says they work for the police but are no officer.
STAFF_SAYS = re.compile(
    r"\b(member of (the )?(police )?staff|police staff|civilian (member|staff|investigator|"
    r"employee)|not a (police )?(officer|constable)|no police powers|not (a )?warranted)\b",
    _I,
)
OFFICER_OPENING = re.compile(
    r"\bI am (a |an )?(police (officer|constable|sergeant)|(detective )?(constable|sergeant|"
    r"inspector)|(PC|DC|DS|DI|PS)\b)|\bI am (employed|serving) (as|by) (a )?(police|the police|"
    r"\w+ (police|constabulary))|\bI (joined|have served in|have been (a|in the)) "
    r"(the )?(\w+ )?(police|constabulary|force)\b|\bcollar number\b|"
    r"\bI am the officer in (the )?case\b|"
    r"\bwarrant(ed)? (officer|number)\b|\bI am a serving (police )?officer\b|"
    r"\b(ABE|specialist)[- ]trained (detective|officer|constable|interviewer)\b|"
    r"\bI am (an? )?(ABE|SOIT|STO|specially trained|sexual offences? (investigation )?trained)",
    _I,
)
# Duties an officer writes of, which a paramedic or a door supervisor may write of too ("my
# crewmate and I were sent"): they count only when no other occupation is given.
DUTY_OPENING = re.compile(
    r"\bfirst (police )?officer\b|"
    r"\bI (was|were) (sent|dispatched|deployed|assigned|tasked|on (uniform )?patrol)\b|"
    r"\bmy (pocket )?note ?book\b|\bin my PNB\b",
    _I,
)
EXPERT_OPENING = re.compile(
    r"\bI (am|work as|have worked as|practise as|have practised as) (a |an |the )?(registered |"
    r"qualified |consultant |senior |principal |specialist |independent )*"
    r"(forensic|medical|scientist|physician|doctor|nurse examiner|nurse practitioner|practitioner|pathologist|toxicologist|"
    r"psychiatrist|psychologist|examiner|analyst|expert|GP|clinician|paediatrician)|"
    r"\bmy qualifications\b|\bI (hold|have) (the )?(following )?qualifications\b|"
    r"\b(MBBS|MBChB|MRCGP|FFLM|DFFLM|BSc|MSc|PhD|MRCP|RGN|RN)\b|"
    r"\bI have been asked to (examine|provide|give|prepare)|\byears'? experience\b|"
    r"\bmy (duty|overriding duty) (is )?to the court\b",
    _I,
)
# The complainant's own account: something done to the maker ("me", "my"), or her refusal.
VICTIM_DEED = re.compile(
    r"\b(raped|assaulted|attacked|grabbed|pushed|pinned|held|touched|kissed|forced|hit|choked|"
    r"strangled|penetrated|undressed|groped|pulled|dragged|molested|abused|hurt|trapped|"
    r"restrained|licked|fondled|squeezed|rubbed|stroked|cupped|climbed on( top of)?|got on top of|"
    r"lay on( top of)?)\s+(both\s+)?(me|my)\b|"
    # "he made me hold his penis", "made me touch him"
    r"\bmade me (hold|touch|take|suck|watch|undress|lie|get|do|kiss|rub|put)\b|"
    r"\b(put|pushed|forced|inserted|stuck|slid)\s+(his|a|two|three|her)?\s*(\w+\s)?"
    r"(hand|hands|fingers?|penis|finger|tongue)\s+(in|inside|into|down|on|up|between|under)\s+"
    r"(me|my)\b|"
    r"\bI (did not|didn't|never) (consent|agree|want (him|it|this|that|to|any))|"
    r"\bwithout my consent\b|\bI (said|told him|was saying|kept saying|shouted|screamed)\s+"
    r"['\"‘“]?(no|stop|get off|don'?t|please stop)\b|"
    r"\bI (froze|was frozen|could not move|couldn't move|tried to push him|pushed him (off|away))|"
    r"\bI was (raped|assaulted|attacked|sexually assaulted)\b|\bdid (this |that |it )?to me\b|"
    r"\bhe (raped|assaulted|abused) me\b",
    _I,
)
OFFENCE = re.compile(
    r"\b(rap(e|ed|ing)|sex|sexual|assault(ed)?|attack(ed)?|touch(ed|ing)?|grab(bed)?|"
    # "He force me": an account in another language's English
    r"(?<!police )(?<!armed )forc(e|ed|es|ing)|"
    r"inside (me|her)|penetrat\w*|hurt|abus\w*|did to (her|me)|what (had )?happened|"
    r"what he (had )?done|what he did|kiss(ed)?|trousers|knickers|underwear|held (her|me) down|"
    r"pinned|would(n'?t| not) stop|didn'?t want|did not want|"
    # as complainants put it: "he was doing it to me", "woke up with him on top of her"
    r"(doing|did|done) it to (me|her)|on top of (me|her))\b",
    _I,
)
# The maker heard the complainant's account: told, rang, messaged, came to the maker.
HEARD = re.compile(
    r"\b(?P<who>[Ss]he|[Hh]e|[Tt]hey|[A-Z][a-z]+)\s+(first\s+|then\s+|later\s+|had\s+)?"
    r"(told|informed|disclosed to|confided in|opened up to|came to|rang|phoned|called|messaged|"
    r"texted|whatsapped|facetimed|video[- ]called|woke)\s+me\b|"
    # "she came back in shaking and said ...": the subject a few words before the verb
    r"\b(?P<who2>[Ss]he|[Hh]e|[Tt]hey|[A-Z][a-z]+)\b(?:\s+[\w'’,]+){0,7}?\s+(said|says|"
    r"explained|described|went on to say|kept saying|was saying|sobbed|whispered|disclosed|"
    r"told me|confided in me|opened up to me|(was|kept) telling me)\b|"
    r"\bfirst person (?P<who3>she|he|they) (told|spoke to)\b",
)
PRONOUNS = {"she", "he", "they"}
# Words in quotation marks: an opening mark not inside a word, a closing one not followed by a
# letter (so "didn't" and "Lauren's" stay whole).
# "She did not tell me what had happened": no account heard.
NOT_TOLD = re.compile(
    r"\b(did not|didn't|never|would not|wouldn't|could not|couldn't) (tell|told|say|said|"
    r"talk|speak|explain|mention)\b|\bnot (told|said) (me )?(what|anything)\b",
    _I,
)
QUOTED = re.compile(r"(?<![A-Za-z])['‘\"“].{3,600}?['’\"”](?![A-Za-z])", re.DOTALL)
REPORTING = re.compile(r"\b(she|he|they|[A-Z][a-z]+) (said|told|says|explained|described)\b")
SENTENCES = re.compile(r"(?<=[.!?])\s+")
RELATIONS = re.compile(
    r"\b(I am|I'm) (her|his|their|(\w+ )?[A-Z][A-Za-z]+['’]s)\s+(\w+\s)?(mother|mum|father|dad|sister|"
    r"brother|friend|best friend|flatmate|housemate|partner|boyfriend|girlfriend|colleague|"
    r"teacher|cousin|aunt|uncle|grandmother|neighbour|manager|tutor)\b|"
    r"\bmy (daughter|son|sister|brother|friend|best friend|flatmate|housemate|partner|girlfriend|"
    r"boyfriend|colleague|pupil|student|cousin|niece|nephew|granddaughter|mum|mother)\b|"
    r"\bI am (a|an|the) (\w+ )?(friend|colleague|flatmate|housemate|neighbour|cousin|"
    r"relative|teacher|manager) of\b|"
    r"\bI have known (her|him|them|[A-Z][a-z]+)\b|\bwe (have been|are|became) (close |best |good )?"
    r"(friends|colleagues)\b|\bwe (work|worked|live|lived) together\b",
    _I,
)


@dataclass(frozen=True)
class RoleSignals:
    """What a statement's own words say of its maker (read once per document)."""

    words: int = 0
    """How long the body is: too little read (a scan half lost) tells nothing."""
    officer_header: bool = False
    expert_header: bool = False
    officer_opening: bool = False
    expert_opening: bool = False
    victim: int = 0
    """Sentences in which something is done to the maker, outside what the maker was told."""
    heard: int = 0
    """Sentences in which the maker hears an account of the offence from someone."""
    off_duty: bool = False
    """The maker, an officer, was off duty and speaks as a witness, not as an officer."""
    heard_later: int = 0
    """Of those, sentences that place the telling long after, or just before she went to the
    police ("She told me about it in January this year, just before she went to the police")."""
    call_taker: bool = False
    """The maker took the emergency call in the course of duty (a call handler, a dispatcher)."""
    police_involved: bool = False
    """The maker says the police were already dealing when the maker was told, or came to her
    as an emergency responder (a paramedic who "attended"): she had already called for help."""
    police_staff: bool = False
    """The occupation is police staff who are not officers (a call handler)."""
    responder: bool = False
    """An emergency responder who attended her ("my colleague" is then the crew, no bond)."""
    relation: bool = False
    """The maker describes a bond with someone ("my sister", "I have known her since")."""
    quotes: tuple[str, ...] = ()
    """Short quotations of the strongest sentences, for a finding's message."""
    tellers: tuple[str, ...] = ()
    """Who told the maker, sentence by sentence: a pronoun or a first name ("she", "hannah")."""


# What she said taking it back is no account of the offence: "she told me she had exaggerated",
# "she had made it sound worse than it was", "that it never happened".
RETRACTION = re.compile(
    r"\b(she|he|they|I)\s+(had\s+)?(exaggerated|made (it|this|that|the whole thing|it all) up|"
    r"lied|had lied|(was|been) lying (to|about))\b|\bmade (it|things) sound worse\b|"
    r"\b(it|this|that|nothing)\s+(had\s+)?(never|didn[\x27’]?t|did not|hadn[\x27’]?t|had not)\s+happen|"
    r"\b(wasn[\x27’]?t|was not|isn[\x27’]?t|is not) true\b|\b(wanted|wants) to (withdraw|retract|take (it|that) back)\b",
    re.IGNORECASE,
)


def role_signals(occupation: str | None, maker: str | None, body: str) -> RoleSignals:
    """The signals of one statement: its occupation box, its maker's name and its body."""
    header = " ".join(filter(None, [occupation or "", _title(maker)]))
    opening = " ".join(body[:OPENING_CHARS].split())
    victim = heard = later = 0
    quotes: list[str] = []
    tellers: list[str] = []
    flat = " ".join(body.split())
    # Police staff by the occupation box ("Call handler (police staff)") or by their own words.
    # A rank in the box makes an officer whatever the post ("Police Sergeant 1450, Force
    # Control Room", "Detective Constable, digital forensic investigator").
    ranked = bool(occupation and RANK_WORDS.search(occupation))
    staff = bool(
        occupation
        and OFFICER_WORDS.search(occupation)
        and POLICE_STAFF.search(occupation)
        and not ranked
    ) or bool(STAFF_SAYS.search(opening))
    # An occupation box naming another calling ("Paramedic", "Taxi driver").
    civilian = bool(occupation and occupation.strip()) and not re.search(
        rf"{OFFICER_WORDS.pattern}|\bofficer\b", occupation or "", _I
    )
    # What the maker was told, in quotation marks, is not what happened to the maker.
    # A quotation about the offence is marked as such: "she said «offence»" is an account heard.
    marked = QUOTED.sub(
        lambda m: (
            " «retraction» "
            if RETRACTION.search(m.group(0))
            else " «offence» "
            if OFFENCE.search(m.group(0)) or VICTIM_DEED.search(m.group(0))
            else " «quoted» "
        ),
        flat,
    )
    responder = bool(RESPONDER.search(occupation or "") and ATTENDED.search(opening))
    for sentence in SENTENCES.split(marked):
        reported = bool(REPORTING.search(sentence)) and not sentence.lstrip().startswith("I ")
        if VICTIM_DEED.search(sentence) and not reported and not SHE_REACHED.search(sentence):
            victim += 1
            if len(quotes) < 2:
                quotes.append(sentence[:160])
        told = HEARD.search(sentence)
        if (
            told
            and (OFFENCE.search(sentence) or "«offence»" in sentence)
            and not NOT_TOLD.search(sentence)
            and not RETRACTION.search(sentence)
            and "«retraction»" not in sentence
        ):
            heard += 1
            later += bool(TOLD_LATER.search(sentence) or POLICE_INVOLVED.search(sentence))
            tellers.append(_teller(told))
            if len(quotes) < 2:
                quotes.append(sentence[:160])
    return RoleSignals(
        words=len(flat.split()),
        officer_header=ranked
        or bool(
            occupation and OFFICER_WORDS.search(occupation) and not POLICE_STAFF.search(occupation)
        )
        or bool(re.match(r"\s*(PC|DC|DS|DI|PS|Sgt|DCI)\b", maker or "")),
        expert_header=bool(header and EXPERT_WORDS.search(header))
        and not bool(occupation and OFFICER_WORDS.search(occupation)),
        # "I am employed by Northmarch Constabulary as a member of police staff ... I am not a
        # police officer": employed by a force, yet no officer.
        officer_opening=(
            bool(OFFICER_OPENING.search(opening))
            or (bool(DUTY_OPENING.search(opening)) and not civilian)
        )
        and not staff,
        police_staff=staff,
        expert_opening=bool(EXPERT_OPENING.search(opening)),
        victim=victim,
        heard=heard,
        heard_later=later,
        police_involved=bool(heard) and bool(POLICE_INVOLVED.search(marked) or responder),
        responder=responder,
        call_taker=bool(CALL_TAKER.search(occupation or "") or TOOK_THE_CALL.search(opening)),
        off_duty=bool(OFF_DUTY.search(opening)),
        relation=bool(RELATIONS.search(opening)),
        quotes=tuple(quotes),
        tellers=tuple(tellers),
    )


def _teller(told: re.Match[str]) -> str:
    """Who told: the subject nearest the verb ("In Polish, which I do not speak, she told me"
    is told by her, not by "Polish")."""
    who = told.group("who") or told.group("who3")
    if who:
        return who.lower()
    pronouns = re.findall(r"\b(she|he|they)\b", told.group(0)[len(told.group("who2")) :], _I)
    return (pronouns[-1] if pronouns else told.group("who2")).lower()


def _title(maker: str | None) -> str:
    """The title before a maker's name ("Dr", "DC"), which says something of them."""
    if not maker:
        return ""
    match = re.match(r"\s*(Dr|Doctor|Prof|Professor)\b\.?", maker, _I)
    return "doctor" if match else ""


@dataclass
class Known:
    """What the rest of the file says about who is who."""

    complainant: list[str] = field(default_factory=list)
    """The complainant's name as documents give it."""
    first_account: list[str] = field(default_factory=list)
    """Names of people the file says the complainant first told."""
    bonds: list[str] = field(default_factory=list)
    """Relationships of people the file says she first told, unnamed ("her sister")."""


def _told_by_her(signals: RoleSignals, known: Known) -> int:
    """The sentences in which the complainant (by pronoun or by a name the file gives her)
    told the maker; "Hannah phoned me" does not count when she is Ellie."""
    if not known.complainant:
        return signals.heard
    names = {
        fold(word)
        for name in known.complainant
        for word in re.findall(rf"[{LETTER}'’-]+", name)
        if word.lower() not in TITLES
    }
    return sum(1 for teller in signals.tellers if teller in PRONOUNS or fold(teller) in names)


@dataclass(frozen=True)
class RoleDecision:
    role: Role
    certain: bool
    basis: str
    """Why, in a few words: "named as the complainant in the MG3", "says 'she told me ...'"."""


def decide_role(
    maker: str | None,
    signals: RoleSignals,
    known: Known,
    describes_bond: bool = False,
    describes_other: bool = False,
) -> RoleDecision:
    """Weigh a statement's own signals with what the file says of its maker.

    ``describes_bond``: the statement describes the relationship the file gives an unnamed
    first-account witness ("her sister" in the MG3, "my sister" in the statement).
    ``describes_other``: it describes a relationship the file gives no one she first told
    ("I am Laura's mother" where the file says she first told her husband).
    """
    named_complainant = bool(maker) and any(same_person(maker or "", n) for n in known.complainant)
    named_first = bool(maker) and any(same_person(maker or "", n) for n in known.first_account)
    officer = 3 * signals.officer_header + 3 * signals.officer_opening
    expert = 3 * signals.expert_header + 3 * signals.expert_opening
    if signals.off_duty and signals.heard and not signals.victim:
        # "I was off duty ... I make this statement as a witness, not in my role as an officer":
        # the person he first told, who happens to be an officer
        return RoleDecision(
            Role.FIRST_ACCOUNT, True, "an officer off duty, told of it as anyone might be"
        )
    if officer >= 3 and officer >= expert:
        return RoleDecision(Role.OFFICER, True, "the maker is a police officer")
    told_by_her = _told_by_her(signals, known)
    if (
        expert >= 3
        and not named_complainant
        and (named_first or (describes_bond and told_by_her >= 1))
    ):
        # A doctor she confided in ("she later told her GP"): a witness of what she said, not
        # an expert giving opinion.
        return RoleDecision(
            Role.FIRST_ACCOUNT, True, "the file names the maker as someone she first told"
        )
    if expert >= 3 and not named_complainant:
        certain = signals.expert_opening or not (signals.victim >= 2 and signals.heard == 0)
        return RoleDecision(Role.EXPERT, certain, "the maker writes as an expert or clinician")
    if named_complainant and not named_first:
        return RoleDecision(Role.COMPLAINANT, True, "the maker is the complainant the file names")
    if named_first and not named_complainant:
        return RoleDecision(
            Role.FIRST_ACCOUNT, True, "the file names the maker as someone she first told"
        )
    victim = signals.victim
    # The complainant names the same bond in her own account ("I told my colleague"): a bond
    # counts for a maker who tells no account of their own.
    heard = told_by_her + (2 if describes_bond and not victim else 0)
    if victim >= 2 and victim > heard:
        # Uncertain when the maker also tells of hearing an account, or the file names another
        # person as the complainant.
        certain = (heard == 0 or victim >= 2 * heard) and not known.complainant
        return RoleDecision(
            Role.COMPLAINANT, certain, "the maker gives her own account of the offence"
        )
    if (
        heard >= 1
        and heard >= victim
        and (signals.police_staff or signals.call_taker)
        and not describes_bond
    ):
        # A call handler who took her 999 call heard her report in the course of duty.
        return RoleDecision(Role.WITNESS, True, "police staff who took the complainant's report")
    if (
        heard >= 1
        and heard >= victim
        and signals.heard_later
        and (known.first_account or known.bonds)
        and describes_other
        and not describes_bond
    ):
        # The file says whom she first told, and it is not this maker: told later ("She told
        # me about it in January this year, just before she went to the police").
        return RoleDecision(
            Role.WITNESS,
            True,
            "the maker was told later; the file names others as the first she told",
        )
    if (
        heard >= 1
        and heard >= victim
        and signals.police_involved
        and not named_first
        and not ((signals.relation and not signals.responder) or describes_bond)
    ):
        # Told once the police were dealing, by someone with no bond to her (a paramedic the
        # police called): she had already complained; a witness of what she said then.
        return RoleDecision(
            Role.WITNESS, True, "the maker was told after the police were already dealing"
        )
    if heard >= 1 and heard >= victim:
        return RoleDecision(
            Role.FIRST_ACCOUNT, victim == 0, "the maker says what the complainant told them"
        )
    if victim == 1 and not known.complainant:
        return RoleDecision(Role.COMPLAINANT, False, "the maker may give her own account")
    if signals.words < FEW_WORDS:
        return RoleDecision(Role.WITNESS, False, "too little of the statement could be read")
    return RoleDecision(
        Role.WITNESS,
        True,
        "no sign that the maker is the complainant, an officer, an expert or a first-account witness",
    )
