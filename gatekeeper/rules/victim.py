"""Checks that the file records what the Victims' Code and special measures ask."""

from __future__ import annotations

from gatekeeper.boxes import interpret
from gatekeeper.case import CaseFile, described
from gatekeeper.forms import any_match
from gatekeeper.models import DocType
from gatekeeper.rules.mg3 import not_found, reports, said
from gatekeeper.rules.registry import Outcome, check, failed, passed, review, unreadable_reports


def _recorded(
    case: CaseFile,
    key: str,
    negative: str,
    what: str,
    looked_for: str,
    done: str,
    silence_fails: bool = False,
) -> Outcome:
    """The MG3's box (or sentences) about ``what``: passed, failed on a 'no', or for review;
    with ``silence_fails``, failed too when no document of the file mentions it at all."""
    paths = reports(case)
    reading = case.mg3.get(key)
    if reading is None:
        if not case.of_type(DocType.MG3, DocType.MG3A):
            return failed(f"There is no MG3 or other record of {what} in the file.")
        return unreadable_reports(case) or not_found(
            case, what, looked_for, key if silence_fails else None
        )
    box = case.forms.form("MG3").get(key)
    value = interpret(box, reading)
    if value is None or value == "pending":
        # A resubmission's MG3A may settle what the first MG3 left open.
        for document in reversed(case.of_type(DocType.MG3, DocType.MG3A)):
            later = case.boxes(document, "MG3").get(key)
            settled = interpret(box, later) if later is not None else None
            if settled not in (None, "", "pending", negative):
                return passed(f"{described(document)} records {done}.", [document.path])
    if value == "":
        return failed(f"The MG3's box for {what} is empty.", paths)
    if value == negative:
        return failed(f"{said(reading)}: {what} not done.", paths)
    if value is None or value == "pending":
        return review(f"{said(reading)} about {what}: check what it records.", paths)
    return passed(f"The MG3 records {done}.", paths)


@check
def special_measures_considered(case: CaseFile) -> Outcome:
    forms = [d.path for d in case.of_type(DocType.MG2) if d.readable]
    if forms:
        return passed("An MG2 special measures assessment is in the file.", forms)
    return _recorded(
        case,
        "special_measures",
        "not_considered",
        "special measures",
        "a 'Special measures' box, 'MG2', 'live link' and 'screens'",
        "that special measures were considered",
        silence_fails=True,
    )


@check
def victim_needs_recorded(case: CaseFile) -> Outcome:
    cues = case.forms.form("MG3").get("needs").prose
    for document, text in case.texts(DocType.MG2):
        if any_match(cues, text):
            return passed("The victim's needs are recorded on the MG2.", [document.path])
    return _recorded(
        case,
        "needs",
        "",
        "the victim's needs",
        "a 'Victim and witness needs' box, 'interpreter' and 'intermediary'",
        "the victim's needs",
    )


@check
def vps_offer_recorded(case: CaseFile) -> Outcome:
    statements = [d.path for d in case.of_type(DocType.VPS)]
    if statements:
        return passed("A Victim Personal Statement is in the file.", statements)
    return _recorded(
        case,
        "vps",
        "not_offered",
        "the offer of a Victim Personal Statement",
        "a 'VPS' box and the words 'VPS' or 'victim personal statement'",
        "whether a VPS was offered",
        silence_fails=True,
    )


@check
def isva_referral_recorded(case: CaseFile) -> Outcome:
    if case.mg3.get("isva") is None:
        for document in case.documents:
            if case.reading(document, "isva"):
                return passed("An ISVA is mentioned in the file.", [document.path])
    return _recorded(
        case,
        "isva",
        "not_referred",
        "an ISVA referral",
        "an 'ISVA' box and the words 'ISVA' or 'independent sexual violence adviser'",
        "an ISVA referral",
    )
