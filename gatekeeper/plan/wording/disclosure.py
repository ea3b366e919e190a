"""What the disclosure, digital and whole-file rules ask for: schedules, requests, names, URNs."""

from __future__ import annotations

import re

from gatekeeper.case import join_names
from gatekeeper.models import Finding, MaterialRequest
from gatekeeper.plan.wording.base import (
    Case,
    Part,
    builds,
    plan_urn,
)
from gatekeeper.plan.wording.evidence import witness_pnc_part

# --- disclosure ------------------------------------------------------------------------------

SCHEDULES = {
    "DIS-MG6C": (
        "MG6C",
        "the MG6C schedule of non-sensitive unused material",
        ", each item described individually",
    ),
    "DIS-MG6D": (
        "MG6D",
        "the MG6D schedule of sensitive material",
        ", or a nil return if there is none",
    ),
    "DIS-MG6E": ("MG6E", "the disclosure officer's report (MG6E)", ""),
    "DIS-DMD": (
        "DMD",
        "the disclosure management document",
        ", prepared with the prosecutor, setting out the disclosure strategy",
    ),
}


@builds(*SCHEDULES)
def _schedules(finding: Finding, case: Case) -> list[Part]:
    kind, what, tail = SCHEDULES[finding.rule]
    urn = plan_urn(case.report)
    text = f"Provide {what}{f' (URN {urn})' if urn else ''}{tail}."
    owner = finding.owner or "disclosure officer"
    return [Part(finding.rule, kind, owner, text, asks_for=[kind])]


@builds("DIS-DESC")
def _dis_desc(finding: Finding, case: Case) -> list[Part]:
    entries: dict[str, list[str]] = {}
    for entry, path in re.findall(r"'([^']+)' \(([^)]+)\)", finding.message):
        entries.setdefault(path, []).append(f"'{entry}'")
    if not entries:
        return []
    listed = "; ".join(f"{join_names(names)} on {path}" for path, names in entries.items())
    text = (
        f"Describe individually each schedule entry now listed as {listed}: what each item is, "
        "its author and its date."
    )
    return [
        Part(
            finding.rule,
            "schedule-entries",
            finding.owner or "disclosure officer",
            text,
            documents=list(entries),
        )
    ]


@builds("DIS-RP")
def _dis_rp(finding: Finding, case: Case) -> list[Part]:
    owner = finding.owner or "disclosure officer"
    parts: list[Part] = []
    if "incident log" in finding.message:
        when = f" of {case.facts.report_date:%d/%m/%Y}" if case.facts.report_date else ""
        text = f"Send the incident (CAD) log of the report{when} with the file (rebuttable presumption material)."
        parts.append(Part(finding.rule, "INCIDENT_LOG", owner, text, asks_for=["INCIDENT_LOG"]))
    if "crime report" in finding.message:
        text = "Send the crime report with the file (rebuttable presumption material)."
        parts.append(Part(finding.rule, "CRIME_REPORT", owner, text, asks_for=["CRIME_REPORT"]))
    if "convictions" in finding.message:
        parts.append(witness_pnc_part(finding, case))
    return parts


@builds("DIG-DPN")
def _dig_dpn(finding: Finding, case: Case) -> list[Part]:
    where = case.named(case.facts.device_examined_in)
    text = (
        f"Provide the Digital Processing Notice {case.complainant} signed for the examination "
        f"recorded in {where or 'the file'} (PCSC Act 2022 s.37)."
    )
    return [
        Part(
            finding.rule,
            "DPN",
            finding.owner or "OIC",
            text,
            documents=list(case.facts.device_examined_in),
            asks_for=["DPN"],
        )
    ]


THIRD_PARTY_WORDS = (
    ("medical", r"\b(medical|GP|hospital|health)\b"),
    ("counselling", r"\b(counsell\w*|therap\w*)\b"),
    ("school", r"\b(school|college|education\w*)\b"),
    ("social care", r"\b(social (care|services|work)|local authority|children'?s services)\b"),
)


def _records(request: MaterialRequest, case: Case) -> str:
    """Whose records and which: "Leah Marsden's counselling records"."""
    found = [name for name, regex in THIRD_PARTY_WORDS if re.search(regex, request.text, re.I)]
    return f"{case.complainant_s} {join_names(found) or 'third-party'} records"


@builds("DIG-PROP")
def _dig_prop(finding: Finding, case: Case) -> list[Part]:
    requests = [r for r in case.facts.material_requests if r.kind == "digital"]
    parts = []
    for request in requests:
        if not request.blanket:
            continue
        material = f"{case.complainant_s} phone and online accounts"
        types = "the data types (for example messages or call logs with a named person)"
        proportionate = [
            r
            for r in requests
            if not r.blanket and r.has_foundation and r.has_date_range and r.has_data_types
        ]
        if proportionate:
            kept = proportionate[0]
            text = (
                f"Withdraw the blanket request for {material} in {request.document}; the request "
                f"in {kept.document} already states its reasonable line of enquiry, date range "
                "and data types, and is the one to pursue."
            )
            foundation, parameters = kept.text, kept.text
        else:
            text = (
                f"Withdraw the blanket request for {material} in {request.document}. Record on the "
                f"MG3 whether {material} are a reasonable line of enquiry and, if they are, the "
                f"issue in the case they address, the date range and {types} that issue needs."
            )
            foundation = "Not in the file: the OIC is to record the issue in the case it addresses."
            parameters = "To be set by the OIC: a date range and the data types or search terms."
        parts.append(
            Part(
                finding.rule,
                f"request:{request.kind}:{request.document}",
                finding.owner or "OIC",
                text,
                documents=[request.document],
                foundation=foundation,
                parameters=parameters,
            )
        )
    return parts


@builds("TP-REQUEST")
def _tp_request(finding: Finding, case: Case) -> list[Part]:
    """Each request the finding names: a blanket one withdrawn, another justified or withdrawn
    (PCSC Act 2022 s.44A); never a new request."""
    parts = []
    for request in case.facts.material_requests:
        if request.kind != "third_party" or request.document not in finding.documents:
            continue
        material = _records(request, case)
        bar = (
            ", and why they are likely to have substantial probative value"
            if "counselling" in material
            else ""
        )
        if request.blanket:
            text = (
                f"Withdraw the blanket request for {material} in {request.document}. If they are "
                "a reasonable line of enquiry, record on the MG3 the issue in the case they "
                f"address, why a request is necessary and proportionate{bar}, the date range and "
                "the data types (the records or sessions) that issue needs, and give her written "
                "notice before any request is made."
            )
        else:
            text = (
                f"Record, for the request for {material} in {request.document}, the reasonable "
                f"line of enquiry it serves and why it is necessary and proportionate{bar}, with "
                "its date range and the data types (the records or sessions) sought; withdraw it "
                "if it cannot be justified."
            )
        parts.append(
            Part(
                finding.rule,
                f"request:{request.kind}:{request.document}",
                finding.owner or "OIC",
                text,
                documents=[request.document],
                foundation="Not in the file: the OIC is to record the line of enquiry it serves.",
                parameters="To be set by the OIC: a date range and the records sought.",
            )
        )
    return parts


@builds("TP-NOTICE")
def _tp_notice(finding: Finding, case: Case) -> list[Part]:
    requests = [r for r in case.facts.material_requests if r.kind == "third_party"]
    kinds = sorted(
        {
            name
            for request in requests
            for name, regex in THIRD_PARTY_WORDS
            if re.search(regex, request.text, re.I)
        }
    )
    material = f"{case.complainant_s} {join_names(kinds) or 'third-party'} records"
    return [
        Part(
            finding.rule,
            "notice:third_party",
            finding.owner or "OIC",
            f"Give {case.complainant} written notice of the request for {material} (what is "
            "sought, why, and how it will be handled) and record on the MG3 the date it was "
            "given, or record why notice was not given (PCSC Act 2022 s.44B).",
            documents=list(finding.documents),
        )
    ]


# --- the file as a whole ---------------------------------------------------------------------


@builds("FILE-READ")
def _file_read(finding: Finding, case: Case) -> list[Part]:
    unreadable = [d for d in case.by_path(finding.documents) if d.problem]
    if not unreadable:
        return []
    listed = "; ".join(f"{d.path} ({d.problem})" for d in unreadable)
    text = f"Replace each file that cannot be read with a readable copy (text PDF or DOCX, unprotected, complete): {listed}."
    return [
        Part(
            finding.rule,
            "readable-files",
            finding.owner or "OIC",
            text,
            documents=[d.path for d in unreadable],
        )
    ]


@builds("FILE-MISMATCH")
def _file_mismatch(finding: Finding, case: Case) -> list[Part]:
    wrong = [d for d in case.by_path(finding.documents) if d.mismatch]
    if not wrong:
        return []
    listed = "; ".join(f"{d.path} ({d.mismatch})" for d in wrong)
    text = f"Rename each of these files so its name and extension say what it is: {listed}."
    return [
        Part(
            finding.rule,
            "file-names",
            finding.owner or "OIC",
            text,
            documents=[d.path for d in wrong],
        )
    ]


@builds("FILE-URN")
def _file_urn(finding: Finding, case: Case) -> list[Part]:
    urn = plan_urn(case.report)
    if not finding.documents or not urn:
        return []
    text = (
        f"Check that {join_names(finding.documents)} "
        f"{'belongs' if len(finding.documents) == 1 else 'belong'} to this case (URN {urn}); "
        "correct the URN, or take out of the file what belongs to another case."
    )
    return [
        Part(finding.rule, "urn", finding.owner or "OIC", text, documents=list(finding.documents))
    ]


@builds("FILE-PII")
def _file_pii(finding: Finding, case: Case) -> list[Part]:
    if not finding.documents:
        return []
    # The plan never repeats her details: it names the documents only.
    text = (
        f"Redact {case.complainant_s} address, phone number and date of birth from "
        f"{case.named(finding.documents)} ({join_names(finding.documents)}); keep them on the MG6 only."
    )
    return [
        Part(
            finding.rule,
            "redaction",
            finding.owner or "OIC",
            text,
            documents=list(finding.documents),
        )
    ]


@builds("AP-ANSWERED")
def _ap_answered(finding: Finding, case: Case) -> list[Part]:
    numbers = re.search(r"action\(s\) ([\d, and]+?) of", finding.message)
    dated = f" dated {case.facts.action_plan_date:%d/%m/%Y}" if case.facts.action_plan_date else ""
    if not numbers:
        return []
    text = (
        f"Answer action(s) {numbers.group(1)} of the action plan{dated} on the MG3A, or explain "
        "there why it cannot be done."
    )
    return [
        Part(
            finding.rule,
            "MG3A-answers",
            finding.owner or "OIC",
            text,
            documents=list(finding.documents),
        )
    ]


@builds("AP-AGE")
def _ap_age(finding: Finding, case: Case) -> list[Part]:
    dated = re.search(r"action plan of (\d{2}/\d{2}/\d{4})", finding.message)
    which = f" of {dated.group(1)}" if dated else ""
    text = (
        f"Answer the action plan{which} now, or agree an extension with the prosecutor before "
        "the case is administratively finalised."
    )
    return [
        Part(
            finding.rule,
            "plan-age",
            finding.owner or "supervisor",
            text,
            documents=list(finding.documents),
        )
    ]
