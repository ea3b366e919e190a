"""What the MG3 and victim rules ask for: amendments to one document, merged into one action."""

from __future__ import annotations

from gatekeeper.models import DocType, Finding
from gatekeeper.plan.wording.base import (
    NEW_MG3_SUBJECT,
    Case,
    Part,
    builds,
    mg3_part,
    outstanding_names,
    plan_urn,
    possessive,
)

# --- the MG3 and the victim's needs: amendments to one document ------------------------------


@builds("MG3-PRESENT")
def _mg3_present(finding: Finding, case: Case) -> list[Part]:
    against = f" on {case.suspect}" if case.facts.suspect else ""
    urn = f" (URN {plan_urn(case.report)})" if plan_urn(case.report) else ""
    text = (
        f"Complete an MG3 for the charging decision{against}{urn}, setting out the evidence, the "
        "reasonable lines of enquiry and the decision sought (or an MG3A if this answers an "
        "action plan)."
    )
    return [Part(finding.rule, NEW_MG3_SUBJECT, finding.owner or "OIC", text, asks_for=["MG3"])]


@builds("MG3-TEST")
def _mg3_test(finding: Finding, case: Case) -> list[Part]:
    if case.facts.test_sought == "threshold":
        items = outstanding_names(case)
        when = f" ({items})" if items else ""
        clause = (
            "give the reasons a Threshold Test decision is sought and when the outstanding "
            f"evidence{when} will be available"
        )
    else:
        clause = "state whether a Full Code Test or a Threshold Test decision is sought"
    return [mg3_part(finding, case, clause)]


@builds("MG3-EA")
def _mg3_ea(finding: Finding, case: Case) -> list[Part]:
    if case.facts.early_advice_sought is False or "not sought" in finding.message:
        clause = "record why early advice was not sought"
    else:
        clause = "record whether early advice was sought and, if it was not, why not"
    return [mg3_part(finding, case, clause)]


@builds("MG3-CONTACT")
def _mg3_contact(finding: Finding, case: Case) -> list[Part]:
    facts = case.facts
    who = possessive(facts.oic_name) if facts.oic_name else "the OIC's"
    missing = [
        label
        for label, value in (
            ("direct phone number", facts.oic_phone),
            ("e-mail address", facts.oic_email),
        )
        if not value
    ] or ["direct phone number", "e-mail address"]
    return [mg3_part(finding, case, f"add {who} {' and '.join(missing)} to the OIC's box")]


@builds("MG3-LOE")
def _mg3_loe(finding: Finding, case: Case) -> list[Part]:
    if case.facts.lines_of_enquiry and not case.facts.loe_points_away:
        clause = (
            f"describe the lines of enquiry that point away from {case.suspect} (for example "
            "what may undermine the complainant's account or assist the defence) and the reasons "
            "for any not pursued"
        )
    else:
        clause = (
            "describe the reasonable lines of enquiry, including those pointing away from "
            f"{case.suspect}, and the reasons for any not pursued"
        )
    return [mg3_part(finding, case, clause)]


@builds("MG3-DEFENCE")
def _mg3_defence(finding: Finding, case: Case) -> list[Part]:
    records = case.docs(DocType.ROTI)
    where = f" (interview record {records[0].path})" if records else ""
    clause = (
        f"summarise {possessive(case.suspect)} account in interview{where} and the likely defence"
    )
    return [mg3_part(finding, case, clause)]


@builds("MG3-OUTSTANDING")
def _mg3_outstanding(finding: Finding, case: Case) -> list[Part]:
    items = outstanding_names(case, undated_only=True)
    clause = (
        f"give a realistic target date for each outstanding item ({items})"
        if items
        else "give each outstanding item (forensic, medical, digital) a realistic target date"
    )
    return [mg3_part(finding, case, clause)]


@builds("VIC-SM")
def _vic_sm(finding: Finding, case: Case) -> list[Part]:
    clause = f"record the special measures discussed with {case.complainant} (or complete an MG2)"
    return [mg3_part(finding, case, clause)]


@builds("VIC-NEEDS")
def _vic_needs(finding: Finding, case: Case) -> list[Part]:
    clause = f"record {case.complainant_s} needs (interpreter, intermediary, support)"
    return [mg3_part(finding, case, clause)]


@builds("VIC-VPS")
def _vic_vps(finding: Finding, case: Case) -> list[Part]:
    clause = (
        f"record whether {case.complainant} was offered a Victim Personal Statement and her answer"
    )
    return [mg3_part(finding, case, clause)]


@builds("VIC-ISVA")
def _vic_isva(finding: Finding, case: Case) -> list[Part]:
    clause = f"record whether {case.complainant} was referred to an ISVA"
    return [mg3_part(finding, case, clause)]
