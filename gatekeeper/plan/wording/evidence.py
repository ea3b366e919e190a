"""What the evidence rules ask for: the ABE recording, statements, convictions, media, exhibits."""

from __future__ import annotations

import re

from gatekeeper.case import join_names
from gatekeeper.models import DocType, Document, Finding, Role
from gatekeeper.plan.wording.base import (
    Case,
    Part,
    builds,
    possessive,
)

# --- key evidence ----------------------------------------------------------------------------


def abe_part(finding: Finding, case: Case) -> Part:
    """The ABE recording, missing or unplayable: one subject, so KS-COMPLAINANT merges with it."""
    broken = [d for d in case.docs(DocType.ABE_RECORDING) if d.playable is False]
    if broken:
        listed = "; ".join(f"{d.path}: {_plain_problem(d)}" for d in broken)
        text = (
            f"Replace the ABE recording of {case.complainant_s} interview, which does not play "
            f"({listed}), with a playable copy (for example MP4), checked to play before it is sent."
        )
        documents, asks = [d.path for d in broken], []
    else:
        references = case.facts.abe_referenced_in
        said = f", referred to in {case.named(references)}," if references else ""
        text = (
            f"Provide the ABE recording of {case.complainant_s} interview{said} in a playable "
            "format (for example MP4), checked to play before it is sent."
        )
        documents, asks = list(references), ["ABE_RECORDING"]
    return Part(
        finding.rule,
        "ABE_RECORDING",
        finding.owner or "OIC",
        text,
        documents=documents,
        asks_for=asks,
    )


def _plain_problem(document: Document) -> str:
    """A file's problem without the reader's technical detail in brackets."""
    return (document.problem or "no frames decode").split(" (")[0]


@builds("ABE-REC")
def _abe_rec(finding: Finding, case: Case) -> list[Part]:
    return [abe_part(finding, case)]


@builds("KS-COMPLAINANT")
def _ks_complainant(finding: Finding, case: Case) -> list[Part]:
    if case.facts.abe_referenced_in:
        return [abe_part(finding, case)]
    text = (
        f"Provide {case.complainant_s} account: the recording of her video-recorded (ABE) "
        "interview or her MG11 statement."
    )
    asks = ["ABE_RECORDING", f"MG11:{case.facts.complainant}" if case.facts.complainant else "MG11"]
    return [Part(finding.rule, "ABE_RECORDING", finding.owner or "OIC", text, asks_for=asks)]


@builds("ABE-SUM")
def _abe_sum(finding: Finding, case: Case) -> list[Part]:
    recordings = [d.path for d in case.docs(DocType.ABE_RECORDING)]
    text = (
        f"Provide a time-stamped summary or index of the ABE recording of {case.complainant_s} "
        f"interview ({join_names(recordings)})."
        if recordings
        else "Provide a time-stamped summary or index of each ABE recording."
    )
    return [
        Part(
            finding.rule,
            "ABE_SUMMARY",
            finding.owner or "OIC",
            text,
            documents=recordings,
            asks_for=["ABE_SUMMARY"],
        )
    ]


@builds("ABE-EXH")
def _abe_exh(finding: Finding, case: Case) -> list[Part]:
    recordings = [d.path for d in case.docs(DocType.ABE_RECORDING)]
    which = f" ({join_names(recordings)})" if recordings else ""
    text = (
        f"Obtain the interviewing officer's MG11 producing the ABE recording of "
        f"{case.complainant_s} interview{which} as an exhibit, with an exhibit reference."
    )
    return [
        Part(
            finding.rule,
            "abe-exhibit",
            finding.owner or "OIC",
            text,
            documents=recordings,
            asks_for=["MG11:officer"],
        )
    ]


@builds("ABE-PLAN")
def _abe_plan(finding: Finding, case: Case) -> list[Part]:
    text = (
        f"List the plan of {case.complainant_s} ABE interview on the MG6C schedule (or include "
        "it in the file)."
    )
    return [
        Part(
            finding.rule,
            "ABE_PLAN",
            finding.owner or "disclosure officer",
            text,
            asks_for=["ABE_PLAN"],
        )
    ]


def first_account_parts(finding: Finding, case: Case, owner: str) -> list[Part]:
    """A statement from each person the complainant first told whom the finding names."""
    parts = []
    for account in case.facts.first_accounts:
        if account.described not in finding.message:
            continue
        told = "to whom the complainant first disclosed"
        where = f" (named in {case.named(account.documents)})" if account.documents else ""
        if account.name:
            text = f"Take a statement from {account.described}, {told}{where}."
            key, asks = account.name, [f"MG11:{account.name}"]
        else:
            text = (
                f"Identify {account.described}, {told}{where.replace('named in', 'described in')}, "
                "and take their statement."
            )
            key, asks = account.described, ["MG11:first_account"]
        parts.append(
            Part(
                finding.rule,
                f"statement:{key.lower()}",
                owner,
                text,
                documents=list(account.documents),
                asks_for=asks,
            )
        )
    return parts


@builds("KS-FIRST")
def _ks_first(finding: Finding, case: Case) -> list[Part]:
    return first_account_parts(finding, case, finding.owner or "OIC")


@builds("KS-OFFICER")
def _ks_officer(finding: Finding, case: Case) -> list[Part]:
    logs = case.docs(DocType.INCIDENT_LOG)
    where = f" (the incident log {logs[0].path} records the attendance)" if logs else ""
    when = f" on {case.facts.report_date:%d/%m/%Y}" if case.facts.report_date else ""
    text = f"Obtain an MG11 from the first officer to attend the report{when}{where}."
    return [
        Part(
            finding.rule,
            "MG11:first-officer",
            finding.owner or "OIC",
            text,
            documents=[d.path for d in logs],
            asks_for=["MG11:officer"],
        )
    ]


@builds("KS-SIGNED")
def _ks_signed(finding: Finding, case: Case) -> list[Part]:
    statements = case.by_path(finding.documents)
    if not statements:
        return []
    listed = "; ".join(
        f"{d.maker + chr(39) + 's' if d.maker else 'the statement'} ({d.path})" for d in statements
    )
    text = (
        "Have each of these statements signed and dated by its maker, with the s.9 declaration: "
        f"{listed}."
    )
    return [
        Part(
            finding.rule,
            "signatures",
            finding.owner or "OIC",
            text,
            documents=[d.path for d in statements],
        )
    ]


@builds("SI-ROTI")
def _si_roti(finding: Finding, case: Case) -> list[Part]:
    text = (
        f"Provide the record of {possessive(case.suspect)} interview: the ROTI or ROVI, a short "
        "descriptive note, the MG15 or his prepared statement."
    )
    return [Part(finding.rule, "ROTI", finding.owner or "OIC", text, asks_for=["ROTI"])]


@builds("PNC-SUSPECT")
def _pnc_suspect(finding: Finding, case: Case) -> list[Part]:
    text = f"Provide {possessive(case.suspect)} PNC print (previous convictions)."
    return [Part(finding.rule, "PNC-suspect", finding.owner or "OIC", text)]


def witness_pnc_part(finding: Finding, case: Case) -> Part:
    makers = [
        d.maker
        for d in case.docs(DocType.MG11)
        if d.maker and d.role in (Role.COMPLAINANT, Role.FIRST_ACCOUNT, Role.WITNESS)
    ]
    if case.facts.complainant and case.facts.complainant not in makers:
        makers.insert(0, case.facts.complainant)
    who = f": {join_names(makers)}" if makers else ""
    text = f"Provide PNC results, or a nil return, for each prosecution witness{who}."
    return Part(finding.rule, "PNC-witnesses", "OIC", text)


@builds("PNC-WITNESS")
def _pnc_witness(finding: Finding, case: Case) -> list[Part]:
    return [witness_pnc_part(finding, case)]


# --- multimedia, exhibits, forensic ----------------------------------------------------------

MEDIA_LABELS = {"CCTV": "CCTV", "BWV": "body-worn video", "CALL_999": "999 call recording"}


@builds("MM-PLAYABLE")
def _mm_playable(finding: Finding, case: Case) -> list[Part]:
    broken = [d for d in case.by_path(finding.documents) if d.playable is False]
    if not broken:
        return []
    listed = "; ".join(f"{d.path} ({MEDIA_LABELS.get(d.type.value, 'recording')})" for d in broken)
    text = (
        f"Replace each recording that does not play with a playable copy (for example MP4), "
        f"checked to play before it is sent: {listed}."
    )
    return [
        Part(
            finding.rule,
            "playable-media",
            finding.owner or "OIC",
            text,
            documents=[d.path for d in broken],
        )
    ]


@builds("MM-PROVIDED")
def _mm_provided(finding: Finding, case: Case) -> list[Part]:
    parts = []
    held = {d.type.value for d in case.report.documents}
    for kind, sources in case.facts.multimedia_referenced.items():
        if kind in held or kind not in MEDIA_LABELS:
            continue
        text = f"Provide the {MEDIA_LABELS[kind]} referred to in {case.named(sources)}, in a playable format."
        parts.append(
            Part(
                finding.rule,
                kind,
                finding.owner or "OIC",
                text,
                documents=list(sources),
                asks_for=[kind],
            )
        )
    return parts


@builds("MM-CLIPPED")
def _mm_clipped(finding: Finding, case: Case) -> list[Part]:
    long_media = case.by_path(finding.documents)
    if not long_media:
        return []
    listed = "; ".join(f"{d.path} ({(d.duration_s or 0) / 60:.0f} minutes)" for d in long_media)
    text = f"Provide clips of the relevant sections, or the time stamps of the relevant events, of {listed}."
    return [
        Part(
            finding.rule,
            "clips",
            finding.owner or "OIC",
            text,
            documents=[d.path for d in long_media],
        )
    ]


@builds("EXH-PRESENT")
def _exh_present(finding: Finding, case: Case) -> list[Part]:
    parts = []
    for ref, sources in case.facts.exhibits_referenced.items():
        if not re.search(rf"(?<![\w/]){re.escape(ref)}(?![\w/])", finding.message):
            continue
        text = (
            f"Provide exhibit {ref}, referred to in {case.named(sources)}, or list it on the MG12 "
            "(or on the MG6C if it is unused material)."
        )
        parts.append(
            Part(
                finding.rule,
                f"exhibit:{ref}",
                finding.owner or "OIC",
                text,
                documents=list(sources),
            )
        )
    return parts


FORENSIC_TOPICS = frozenset({"forensic", "medical"})


@builds("FOR-MED")
def _for_med(finding: Finding, case: Case) -> list[Part]:
    where = case.named(case.facts.forensic_referenced_in)
    text = (
        f"Provide the results of the forensic and medical examination referred to in "
        f"{where or 'the file'}, or record them on the MG3 as outstanding with a realistic target date."
    )
    return [
        Part(
            finding.rule,
            "forensic-results",
            finding.owner or "OIC",
            text,
            documents=list(case.facts.forensic_referenced_in),
            topics=FORENSIC_TOPICS,
        )
    ]
