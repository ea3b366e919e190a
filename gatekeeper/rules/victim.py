"""Checks that the file records what the Victims' Code and special measures ask."""

from __future__ import annotations

import re

from gatekeeper.case import CaseFile
from gatekeeper.models import DocType
from gatekeeper.rules.registry import Outcome, check, failed, passed, unreadable_reports


def _reports(case: CaseFile) -> list[str]:
    return [d.path for d in case.of_type(DocType.MG3, DocType.MG3A)]


@check
def special_measures_considered(case: CaseFile) -> Outcome:
    forms = [d.path for d in case.of_type(DocType.MG2) if d.readable]
    if forms:
        return passed("An MG2 special measures assessment is in the file.", forms)
    if case.facts.special_measures:
        return passed("Special measures are recorded on the MG3.", _reports(case))
    return unreadable_reports(case) or failed(
        "No MG2, and the MG3 does not record special measures.", _reports(case)
    )


@check
def victim_needs_recorded(case: CaseFile) -> Outcome:
    if case.facts.victim_needs:
        return passed("The victim's needs are recorded on the MG3.", _reports(case))
    for document, text in case.texts(DocType.MG2):
        if re.search(r"interpreter|intermediary|support", text, re.IGNORECASE):
            return passed("The victim's needs are recorded on the MG2.", [document.path])
    return unreadable_reports(case) or failed(
        "Neither the MG3 nor an MG2 records the victim's needs.", _reports(case)
    )


@check
def vps_offer_recorded(case: CaseFile) -> Outcome:
    statements = [d.path for d in case.of_type(DocType.VPS)]
    if statements:
        return passed("A Victim Personal Statement is in the file.", statements)
    if case.facts.vps:
        return passed("The MG3 records whether a VPS was offered.", _reports(case))
    return unreadable_reports(case) or failed(
        "The file does not say whether the complainant was offered a VPS.", _reports(case)
    )


@check
def isva_referral_recorded(case: CaseFile) -> Outcome:
    if case.facts.isva:
        return passed("An ISVA referral is recorded.", _reports(case))
    for document in case.documents:
        if re.search(
            r"\bISVA\b|independent sexual violence advis", case.text(document), re.IGNORECASE
        ):
            return passed("An ISVA is mentioned in the file.", [document.path])
    return unreadable_reports(case) or failed("No ISVA referral is recorded.", _reports(case))
