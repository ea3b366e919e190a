"""Requests to third parties for information about the complainant (PCSC Act 2022 ss.44A-44B).

A request for her counselling, medical, school or social-care records may be made only for a
reasonable line of enquiry, when necessary and proportionate; a counselling request needs reason
to believe the notes are likely to have substantial probative value; and she is given written
notice of it (what, why, how it will be handled), on or before it, unless the reason for not
giving notice is recorded. The requests are those ``gatekeeper.requests`` reads for DIG-PROP,
of the third-party kind; the notice may be written anywhere in the file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from gatekeeper.assertions import Assertion, ContextRules, read_sentence
from gatekeeper.boxes import quote, ticks
from gatekeeper.case import CaseFile, join_names
from gatekeeper.forms import Phrases, any_match
from gatekeeper.models import DocType, Document, MaterialRequest
from gatekeeper.requests import PARAGRAPHS, units
from gatekeeper.rules.disclosure import holder_of, request_letters, same_material
from gatekeeper.rules.registry import (
    Outcome,
    check,
    failed,
    not_applicable,
    passed,
    review,
    unreliable,
)

# Where an officer records a notice given, withheld or to come.
NOTICE_SOURCES = (
    DocType.MG3,
    DocType.MG3A,
    DocType.MG5,
    DocType.DMD,
    DocType.CORRESPONDENCE,
    DocType.THIRD_PARTY,
    DocType.MG6C,
    DocType.MG6E,
    DocType.MG11,
    DocType.OTHER,
)
# The notice she signs for her phone is not notice of a records request.
DPN = re.compile(r"\bdigital processing notices?\b", re.IGNORECASE)
# A notice sentence is about a records request when it says so.
ABOUT_REQUEST = re.compile(
    r"\b(request|records?|notes|information|material|counsell\w*|therap\w*|school|college|"
    r"medical|GP|hospital|social (care|services|work)|VIR|44B)\b",
    re.IGNORECASE,
)
# A notice document of its own: "Notice of a request for information about you".
NOTICE_TITLE = re.compile(
    r"\bnotice\b[^\n]{0,60}\b(request|information about you|victim information)\b|"
    r"\b(victim information request|VIR|s\.?\s?44B)\b[^\n]{0,30}\bnotice\b",
    re.IGNORECASE,
)
# Told, but not in writing: "she was told about the request".
TOLD = re.compile(
    r"\b(she|the complainant|the victim|[A-Z][a-z]+) (was|has been|had been) (told|informed|"
    r"made aware|spoken to)\b[^.;]{0,60}\b(request|records|notes)\b",
)
TITLE_REACH = 300
GIVING = re.compile(
    r"\b(given|gave|give|serve[ds]?|sent|send|provided|provide|handed|hand|issued|issue|told|"
    r"informed|notified|explained)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Notice:
    """One sentence about notice to the complainant: given, withheld with a reason, denied,
    still to come, or given only by word of mouth."""

    kind: str  # given | withheld | not_given | planned | spoken
    text: str
    document: str


def _counselling(request: MaterialRequest, same: list[MaterialRequest]) -> bool:
    return any(holder_of(r.text) == "counselling" for r in (request, *same))


@check
def third_party_requests_justified(case: CaseFile) -> Outcome:
    """TP-REQUEST: each request to a third party about her states its line of enquiry and why
    it is necessary and proportionate; a counselling request, its substantial probative value."""
    requests = [r for r in case.facts.material_requests if r.kind == "third_party"]
    if not requests:
        return not_applicable(
            "No request to a third party for information about the complainant is recorded."
        )
    letters = [letter for letter in request_letters(case) if letter.kind == "third_party"]
    problems: list[str] = []
    unclear: list[str] = []
    at_fault: set[str] = set()
    for request in requests:
        where = f"in {request.document}"
        said = f'("{quote(request.text, 90)}")'
        if request.blanket:
            problems.append(f"a request for all of her records {where}, with no limit {said}")
            at_fault.add(request.document)
            continue
        same = [
            other
            for other in requests + letters
            if other is not request and not other.blanket and same_material(request, other)
        ]
        together = [request, *same]
        reason = any(r.has_foundation for r in together)
        necessity = any(r.has_necessity for r in together)
        limits = any(r.has_date_range or r.has_data_types for r in together)
        if not (reason or necessity or any(r.has_probative for r in together)):
            at_fault.add(request.document)
            problems.append(
                f"a request {where} gives no reasonable line of enquiry and no reason it is "
                f"necessary and proportionate {said}"
            )
        elif _counselling(request, same) and not any(r.has_probative for r in together):
            at_fault.add(request.document)
            problems.append(
                f"a request for counselling records {where} does not say why they are likely to "
                f"have substantial probative value {said}"
            )
        elif not (necessity or (reason and limits)):
            unclear.append(f"a request {where}: why it is necessary and proportionate {said}")
    documents = sorted({r.document for r in requests})
    if problems:
        return failed(
            "Not justified as the law asks (PCSC Act 2022 s.44A): "
            + "; ".join(problems + unclear)
            + ".",
            sorted(at_fault),
        )
    if unclear:
        return review("Check, for " + "; ".join(unclear) + ".", documents)
    return passed(
        f"{len(requests)} request(s) to a third party, each with its line of enquiry and reason.",
        documents,
    )


@check
def victim_notice_given(case: CaseFile) -> Outcome:
    """TP-NOTICE: she was given written notice of each request about her, or the reason it was
    not given is recorded; silence in a file read in full is no notice."""
    requests = [r for r in case.facts.material_requests if r.kind == "third_party"]
    if not requests:
        return not_applicable(
            "No request to a third party for information about the complainant is recorded."
        )
    holders = "her " + join_names(
        sorted({f"{holder_of(r.text) or 'third-party'} records" for r in requests})
    )
    asked = f'("{quote(requests[0].text, 90)}")'
    notices = _notices(case)
    by_kind: dict[str, list[Notice]] = {}
    for notice in notices:
        by_kind.setdefault(notice.kind, []).append(notice)
    for kind, status in (("given", "given"), ("withheld", "withheld")):
        if kind in by_kind:
            found = by_kind[kind][0]
            message = (
                f'Written notice to the complainant is recorded ("{quote(found.text, 100)}").'
                if status == "given"
                else f'The reason notice was not given is recorded ("{quote(found.text, 100)}").'
            )
            return passed(message, sorted({n.document for n in by_kind[kind]}))
    if "not_given" in by_kind:
        found = by_kind["not_given"][0]
        return failed(
            f"The complainant was not given written notice of the request for {holders}, and no "
            f'reason is recorded ("{quote(found.text, 100)}").',
            [found.document, *sorted({r.document for r in requests} - {found.document})],
        )
    for kind, what in (
        ("planned", "is still to be given"),
        ("spoken", "was given by word of mouth"),
    ):
        if kind in by_kind:
            found = by_kind[kind][0]
            return review(
                f"Notice of the request for {holders} {what}; the law asks for written notice on "
                f'or before the request ("{quote(found.text, 100)}").',
                [found.document],
            )
    documents = sorted({r.document for r in requests})
    unread = [d.path for d in case.of_type(*NOTICE_SOURCES) if unreliable(case, d)]
    if unread:
        return review(
            f"No written notice to the complainant of the request for {holders} was found in what "
            f"could be read; check {join_names(unread)} by eye {asked}.",
            documents + unread,
        )
    return failed(
        f"No written notice to the complainant of the request for {holders} is recorded, nor a "
        f"reason for not giving it {asked}.",
        documents,
    )


def _notices(case: CaseFile) -> list[Notice]:
    phrases, context = case.forms.phrases, case.forms.context
    found: list[Notice] = []
    # The reports and letters first: a notice given or withheld found there ends the search,
    # so a file of hundreds of statements is not read sentence by sentence.
    for document in [d for kind in NOTICE_SOURCES for d in case.of_type(kind)]:
        text = case.text(document)
        lower = text.lower()
        if (
            "notice" not in lower
            and "in writing" not in lower
            and not ("request" in lower and ("told" in lower or "informed" in lower))
        ):
            continue
        if NOTICE_TITLE.search(text[:TITLE_REACH]) and not DPN.search(text[:TITLE_REACH]):
            found.append(Notice("given", text[:TITLE_REACH].strip(), document.path))
        else:
            found += _notice_sentences(document, text, phrases, context)
        if any(notice.kind in ("given", "withheld") for notice in found):
            break
    return found


def _notice_sentences(
    document: Document, text: str, phrases: Phrases, context: ContextRules
) -> list[Notice]:
    found: list[Notice] = []
    for unit in units(text, document.type, document.format in PARAGRAPHS):
        own = DPN.sub("DPN", unit)
        if not ABOUT_REQUEST.search(own):
            continue
        if any_match(phrases.notice_withheld, own):
            found.append(Notice("withheld", unit, document.path))
            continue
        match = any_match(phrases.victim_notice, own)
        if match is None:
            if TOLD.search(own):
                found.append(Notice("spoken", unit, document.path))
            continue
        options = ticks(own)
        if options is not None:
            yes = any(o.ticked and re.match(r"yes\b", o.option, re.I) for o in options)
            found.append(Notice("given" if yes else "not_given", unit, document.path))
            continue
        # what is said of the giving, not of the notice: "Written notice ... will be given"
        verb = GIVING.search(own, match.start()) or match
        said = read_sentence(own, context).assertion(*verb.span())
        kind = {
            Assertion.NEGATED: "not_given",
            Assertion.PLANNED: "planned",
            Assertion.HYPOTHETICAL: "planned",
        }.get(said, "given")
        if said is Assertion.LABEL:
            continue  # a box's heading with nothing in it
        found.append(Notice(kind, unit, document.path))
    return found
