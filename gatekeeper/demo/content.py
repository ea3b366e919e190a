"""The words of each document in a demonstration case, built from a CaseSpec.

The wording follows the real national forms (MG3, MG11, MG6C ...) closely enough for the
classifier to be tested on it, with invented people and events. This module writes the standard
style (``Label: value`` lines); ``spec.style`` hands the styled forms to ``styles.national`` or
``styles.prose``.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from gatekeeper.demo.spec import CaseSpec
from gatekeeper.demo.styles import national, national_forms, prose, prose_forms, standard
from gatekeeper.demo.styles.base import (
    COUNSELLING_REASON,
    DECLARATION,
    DemoDoc,
    Kind,
    device_in_mg3,
    digital_request,
    first_told,
    form_as_lines,
    initials,
    schedule_rows,
    surname,
    third_party_request,
    victim_notice,
)

__all__ = ["DECLARATION", "DemoDoc", "Kind", "initials", "schedule_rows", "surname"]

Maker = Callable[[CaseSpec], DemoDoc]
STYLED: dict[str, dict[str, Maker]] = {"national": national.FORMS, "prose": prose.FORMS}


def styled(standard: Maker) -> Maker:
    """Use the spec's style's version of this form when it has one, else the standard one."""

    @functools.wraps(standard)
    def make(spec: CaseSpec) -> DemoDoc:
        return STYLED.get(spec.style, {}).get(standard.__name__, standard)(spec)

    return make


def statement_doc(
    spec: CaseSpec,
    key: str,
    tidy_name: str,
    header: tuple[str, str, str],
    body: list[str],
    signed: bool = True,
    rear: list[str] | None = None,
) -> DemoDoc:
    """An MG11 of ``header`` (maker, occupation, date) in the spec's style; ``rear``: contacts."""
    maker, occupation, date = header
    rear = rear or []
    if spec.style == "national":
        blocks = national_forms.statement_form(spec, maker, occupation, date, body, signed, rear)
        return DemoDoc(
            key, tidy_name, form=blocks, page_header=["RESTRICTED (when complete)", "MG 11"]
        )
    if spec.style == "prose":
        lines = prose_forms.statement_lines(spec, maker, occupation, date, body, signed, rear)
        return DemoDoc(key, tidy_name, lines=lines)
    lines = standard.statement(spec, maker, occupation, date, body, signed)
    return DemoDoc(key, tidy_name, lines=lines + (["\f", *rear] if rear else []))


mg3 = styled(standard.mg3)


def complainant_mg11(spec: CaseSpec) -> DemoDoc:
    p = spec.people
    body = [
        f"I am making this statement about what {p.suspect} did to me on 14/03/2026.",
        "After a night out at the Crown Inn I went back to his flat. He raped me. I did not consent.",
        f"In the morning I told {first_told(spec, 'my')} what had happened.",
    ]
    rear = [
        "Witness contact details (not for disclosure)",
        "Home address: 3 Mill Lane, Eastbridge EB4 7QT",
        "Telephone: 07700 900457",
        "Date of birth: 02/09/2004",
    ]
    header = (p.complainant, "Retail assistant", "16/03/2026")
    return statement_doc(
        spec, "mg11_complainant", f"MG11 {p.complainant}.pdf", header, body, rear=rear
    )


def first_account_mg11(spec: CaseSpec) -> DemoDoc:
    p = spec.people
    if spec.first_account_described == "relationship":
        first_name = p.complainant.split()[0]
        relation = p.first_account_relationship
        opening = (
            f"I am {first_name}'s {relation}; her full name is {p.complainant}. On the morning of "
            f"14/03/2026 my {relation} {first_name} came to my house. She was crying."
        )
    else:
        opening = (
            f"I have known {p.complainant} since school. On the morning of 14/03/2026 she came to "
            "my house. She was crying."
        )
    body = [
        opening,
        f"She told me that {p.suspect} had raped her at his flat. I was the first person she told.",
        "I gave her a cup of tea and persuaded her to ring the police.",
    ]
    header = (p.first_account, "Student nurse", "17/03/2026")
    name = f"MG11 {p.first_account} (first account).docx"
    return statement_doc(spec, "mg11_first_account", name, header, body)


def officer_mg11(spec: CaseSpec) -> DemoDoc:
    p = spec.people
    body = [
        "I am a police officer in Westshire Police. At 09:40 on 14/03/2026 I attended 3 Mill Lane, "
        "Eastbridge, following a 999 call. I was the first officer to attend.",
        f"I spoke to {p.complainant}, who was distressed. I recorded the attendance on body-worn "
        "video, which I produce as exhibit TE/1.",
        "Later that day I recovered CCTV from the Crown Inn, which I produce as exhibit TE/2.",
    ]
    header = (p.attending_officer, "Police Constable 4471", "14/03/2026")
    return statement_doc(spec, "mg11_officer", f"MG11 {p.attending_officer}.pdf", header, body)


def abe_officer_mg11(spec: CaseSpec) -> DemoDoc:
    p = spec.people
    body = [
        "I am a police officer trained in Achieving Best Evidence interviewing.",
        f"On 16/03/2026 at the Eastbridge suite I conducted a video recorded interview with "
        f"{p.complainant}.",
    ]
    if spec.abe_exhibited:
        body.append(
            "I produce the recording of that interview as exhibit PS/1 and its summary as exhibit PS/2."
        )
    if spec.device_examined:
        body.append(
            f"On 17/03/2026 {p.complainant} agreed to her phone being examined; I produce the "
            "Digital Processing Notice she signed as exhibit PS/4."
        )
    header = (p.oic, "Detective Constable 2290", "16/03/2026")
    return statement_doc(spec, "mg11_oic", f"MG11 {p.oic}.pdf", header, body)


def witness_mg11(spec: CaseSpec) -> DemoDoc:
    p = spec.people
    body = [
        f"I am the bar manager at the Crown Inn. On 13/03/2026 I saw {p.complainant} with a man I "
        "now know to be the suspect. They left together at about 01:10.",
    ]
    if spec.pii_leak:
        body.append("She gave me her number, 07700 900457, to call her a taxi.")
    header = (p.witness, "Bar manager", "18/03/2026")
    return statement_doc(spec, "mg11_witness", f"MG11 {p.witness}.docx", header, body)


def scanned_witness_mg11(spec: CaseSpec) -> DemoDoc:
    """A signed statement as most arrive: printed, signed by hand, scanned to an image-only PDF."""
    body = [
        "I am a taxi driver with Eastbridge Cars. In the early hours of 14/03/2026 I took a young "
        "woman and a man from the Crown Inn to Orchard Row. They did not speak much.",
        "I would recognise the man again. I have been shown no photographs.",
    ]
    header = ("Karen Doyle", "Taxi driver", "19/03/2026")
    doc = statement_doc(spec, "mg11_scanned", "Statement scan 2.pdf", header, body)
    if doc.form is not None:  # the printed form, as the scanner sees it
        doc.lines, doc.form = doc.page_header + form_as_lines(doc.form), None
    doc.kind, doc.fmt = "scanned", "pdf"
    return doc


def expert_mg11(spec: CaseSpec) -> DemoDoc:
    p = spec.people
    body = [
        "I am a forensic scientist. I hold a degree in biochemistry and have 12 years' experience "
        "of DNA analysis. My qualifications and experience are set out in my report.",
        "I have been asked to examine intimate swabs taken at the Eastbridge SARC (exhibit HO/1).",
    ]
    header = (p.expert, "Forensic Scientist", "02/05/2026")
    return statement_doc(spec, "mg11_expert", f"MG11 {p.expert}.pdf", header, body)


@styled
def abe_summary(spec: CaseSpec) -> DemoDoc:
    p = spec.people
    lines = [
        "# RECORD OF VIDEO RECORDED INTERVIEW (ABE) - SUMMARY AND INDEX",
        f"URN: {spec.urn}",
        f"Interviewee: {p.complainant}   Interviewer: {p.oic}   Date: 16/03/2026",
        "Exhibit: PS/2 (summary of PS/1)   Duration of recording: 00:00:04",
        "00:00:00 Introductions and ground rules.",
        "00:00:01 Free recall: the night out, going back to the flat, the assault.",
        "00:00:03 Questioning: consent, messages afterwards, first disclosure.",
    ]
    return DemoDoc("abe_summary", "ABE summary - Leah Marsden.pdf", lines=lines)


def abe_plan(spec: CaseSpec) -> DemoDoc:
    lines = [
        "# ABE INTERVIEW PLAN",
        f"URN: {spec.urn}",
        "Planned by DC Priya Shah on 15/03/2026. Objectives: free recall of the events of "
        "13-14/03/2026; the complainant's needs; breaks.",
    ]
    return DemoDoc("abe_plan", "ABE interview plan.docx", lines=lines, fmt="docx")


@styled
def roti(spec: CaseSpec) -> DemoDoc:
    p = spec.people
    lines = [
        "MG15",
        "# RECORD OF TAPED INTERVIEW",
        f"URN: {spec.urn}",
        f"Person interviewed: {p.suspect}   Date: 20/03/2026   Interviewing officer: {p.oic}",
        "Duration: 47 minutes. Legal adviser present.",
        "Summary: The suspect accepted intercourse took place and said it was consensual.",
    ]
    return DemoDoc("roti", f"ROTI {p.suspect}.pdf", lines=lines, fmt="pdf")


def pnc_suspect(spec: CaseSpec) -> DemoDoc:
    p = spec.people
    lines = [
        "# POLICE NATIONAL COMPUTER - PREVIOUS CONVICTIONS",
        f"Subject: {p.suspect} (suspect)   PNC ID: 2019/0048213X",
        "Convictions: 1 conviction for 1 offence. 11/06/2021 Eastbridge Magistrates: common "
        "assault - community order.",
    ]
    return DemoDoc("pnc_suspect", f"PNC {p.suspect}.pdf", lines=lines, fmt="pdf")


def pnc_witness(spec: CaseSpec) -> DemoDoc:
    p = spec.people
    lines = [
        "# PREVIOUS CONVICTIONS OF PROSECUTION WITNESSES",
        f"PNC checks completed on {p.complainant}, {p.first_account} and {p.witness}: nil return "
        "for each.",
    ]
    return DemoDoc("pnc_witness", "PNC witnesses nil return.pdf", lines=lines, fmt="pdf")


def incident_log(spec: CaseSpec) -> DemoDoc:
    lines = [
        "# INCIDENT LOG (CAD) 14/03/2026 - 0231",
        "09:21 999 call from female caller reporting she was raped last night.",
        "09:24 Unit PC 4471 Ellery assigned.   09:40 Officer on scene.",
    ]
    return DemoDoc("incident_log", "Incident log 0231.pdf", lines=lines, fmt="pdf")


def crime_report(spec: CaseSpec) -> DemoDoc:
    lines = [
        "# CRIME REPORT",
        f"Crime reference: 42/9981/26   URN: {spec.second_urn or spec.urn}",
        "Classification: Rape of a female aged 16 or over. Reported 15/03/2026.",
    ]
    return DemoDoc("crime_report", "Crime report.pdf", lines=lines, fmt="pdf")


@styled
def mg6c(spec: CaseSpec) -> DemoDoc:
    return DemoDoc(
        "mg6c",
        "MG6C unused material.xlsx",
        kind="schedule",
        fmt="xlsx",
        lines=["MG6C", "POLICE SCHEDULE OF NON-SENSITIVE UNUSED MATERIAL", f"URN: {spec.urn}"],
        table=schedule_rows(spec, sensitive=False),
    )


@styled
def mg6d(spec: CaseSpec) -> DemoDoc:
    return DemoDoc(
        "mg6d",
        "MG6D sensitive.docx",
        kind="schedule",
        fmt="docx",
        lines=["MG6D", "# POLICE SCHEDULE OF SENSITIVE MATERIAL", f"URN: {spec.urn}"],
        table=schedule_rows(spec, sensitive=True),
    )


def mg6e(spec: CaseSpec) -> DemoDoc:
    lines = [
        "MG6E",
        "# DISCLOSURE OFFICER'S REPORT",
        f"URN: {spec.urn}   Disclosure officer: {spec.people.disclosure_officer}",
        "I have examined all the material listed on the MG6C and MG6D. The incident log and the "
        "door staff account may undermine the prosecution case and are copied to the prosecutor.",
    ]
    return DemoDoc("mg6e", "MG6E.pdf", lines=lines)


@styled
def dmd(spec: CaseSpec) -> DemoDoc:
    lines = ["# DISCLOSURE MANAGEMENT DOCUMENT", f"URN: {spec.urn}", *_dmd_material(spec)]
    return DemoDoc("dmd", "Disclosure Management Document.docx", lines=lines, fmt="docx")


def _dmd_material(spec: CaseSpec) -> list[str]:
    """The DMD's lines of enquiry, digital and third-party sections, as the knobs set them."""
    digital = "Reasonable lines of enquiry: see MG3."
    if device_in_mg3(spec):
        digital += (
            " Digital material: the complainant's phone was examined for messages between "
            "13/03/2026 and 15/03/2026 only, with her agreement under a DPN."
        )
    lines = [digital]
    if spec.requests_in == "mg3" and spec.third_party_request == "proportionate":
        lines.append(
            "Third-party material: counselling notes requested for sessions from 15/03/2026 only, "
            f"{COUNSELLING_REASON}. {victim_notice(spec)}".strip()
        )
    if spec.requests_in == "dmd":
        for title, request in (
            ("Digital material request", digital_request(spec)),
            ("Third-party material", third_party_request(spec)),
        ):
            if request:
                lines.append(f"{title}: {request.entry}. {request.notice}".strip())
    return lines


def dpn(spec: CaseSpec) -> DemoDoc:
    lines = [
        "# DIGITAL PROCESSING NOTICE",
        "Police, Crime, Sentencing and Courts Act 2022, section 37",
        f"Device user: {spec.people.complainant}   Device: mobile telephone   Exhibit PS/4",
        "Purpose: messages and call logs between 13/03/2026 and 15/03/2026 with one named contact.",
        "I agree to the extraction described above.   Signed: L. Marsden   Date: 17/03/2026",
    ]
    return DemoDoc("dpn", "DPN signed.pdf", lines=lines)


def extraction_report(spec: CaseSpec) -> DemoDoc:
    lines = [
        "# DEVICE EXTRACTION REPORT",
        f"Device: mobile telephone of {spec.people.complainant} (exhibit PS/4)",
        "Extraction type: selective - messages and call logs 13/03/2026 to 15/03/2026.",
        "Items extracted: 42 messages, 6 calls.",
    ]
    return DemoDoc("extraction", "Download report PS-4.pdf", lines=lines)


def medical(spec: CaseSpec) -> DemoDoc:
    lines = [
        "# SEXUAL ASSAULT REFERRAL CENTRE - FORENSIC MEDICAL EXAMINATION",
        f"Patient: {spec.people.complainant}   Date: 15/03/2026   Forensic medical examiner: Dr R Kaur",
        "Findings recorded; samples taken and sealed: HO/1.",
    ]
    return DemoDoc("medical", "SARC report.pdf", lines=lines)


def forensic(spec: CaseSpec) -> DemoDoc:
    lines = [
        "SFR1",
        "# STREAMLINED FORENSIC REPORT",
        f"URN: {spec.urn}   Scientist: {spec.people.expert}",
        "DNA matching the suspect's profile was found on exhibit HO/1.",
    ]
    return DemoDoc("forensic", "SFR1 DNA.pdf", lines=lines)


def mg2(spec: CaseSpec) -> DemoDoc:
    lines = [
        "MG2",
        "# SPECIAL MEASURES ASSESSMENT",
        f"Witness: {spec.people.complainant}. Eligible as a complainant in a sexual offence "
        "(YJCEA 1999 s.17(4)). Measures sought: video recorded evidence-in-chief, live link, screens.",
    ]
    return DemoDoc("mg2", "MG2 special measures.pdf", lines=lines)


def mg12(spec: CaseSpec) -> DemoDoc:
    rows = [["Exhibit", "Description", "Produced by"]]
    if spec.abe != "none":
        rows += [
            ["PS/1", "ABE recording of Leah Marsden", "DC Priya Shah"],
            ["PS/2", "ABE summary", "DC Priya Shah"],
        ]
    if spec.device_examined:
        rows.append(["PS/4", "Digital Processing Notice", "DC Priya Shah"])
    rows += [
        ["TE/1", "Body-worn video of attendance", "PC Tom Ellery"],
        ["HO/1", "Intimate swabs", "Dr Helen Orme"],
    ]
    if spec.exhibits_listed:
        rows.append(["TE/2", "CCTV from the Crown Inn", "PC Tom Ellery"])
    return DemoDoc(
        "mg12",
        "MG12 exhibit list.docx",
        kind="schedule",
        fmt="docx",
        lines=["MG12", "# EXHIBIT LIST", f"URN: {spec.urn}"],
        table=rows,
    )


@styled
def mg5(spec: CaseSpec) -> DemoDoc:
    p = spec.people
    lines = [
        "MG5",
        "# CASE SUMMARY",
        f"URN: {spec.urn}",
        f"{p.suspect} is charged with the rape of {p.complainant} on 14/03/2026.",
    ]
    if spec.pii_leak:
        lines.append(f"{p.complainant} lives at 3 Mill Lane, Eastbridge EB4 7QT.")
    return DemoDoc("mg5", "MG5 case summary.pdf", lines=lines)


@styled
def action_plan(spec: CaseSpec) -> DemoDoc:
    lines = [
        "# CPS ACTION PLAN",
        f"URN: {spec.urn}   Date: {spec.action_plan_date}",
        "1. Obtain a statement from the first attending officer.",
        "2. Provide the MG6D schedule.",
        "3. Obtain the taxi company records for 13-14/03/2026.",
    ]
    return DemoDoc("action_plan", "CPS action plan.pdf", lines=lines)


@styled
def mg3a(spec: CaseSpec) -> DemoDoc:
    answered = [1, 2, 3] if spec.resubmission == "answered" else [1, 3]
    responses = {
        1: "Action 1: PC Ellery's statement is now in the file.",
        2: "Action 2: the MG6D is attached.",
        3: "Action 3: the taxi records were obtained and are on the MG6C.",
    }
    lines = [
        "MG3A",
        "# FURTHER REPORT TO CROWN PROSECUTOR",
        f"URN: {spec.urn}",
        f"Response to the CPS action plan dated {spec.action_plan_date}:",
        *[responses[n] for n in answered],
    ]
    return DemoDoc("mg3a", "MG3A response.pdf", lines=lines)


def correspondence(spec: CaseSpec) -> DemoDoc:
    return DemoDoc(
        "email",
        "Email from SARC.eml",
        kind="email",
        lines=[
            "forensic.admin@sarc.example",
            "priya.shah@westshire.police.example",
            f"Re: {spec.urn} samples",
            "Dear DC Shah, the samples were dispatched to the laboratory today. Regards, SARC admin",
        ],
    )


def third_party(spec: CaseSpec) -> DemoDoc:
    lines = [
        "# THIRD PARTY MATERIAL - COUNSELLING NOTES (REDACTED)",
        "Provider: Eastbridge Counselling Service. Sessions 15/03/2026 to 30/04/2026, disclosed under "
        "the protocol; reviewed by the OIC.",
    ]
    return DemoDoc("third_party", "Counselling notes.pdf", lines=lines)


def mg6(spec: CaseSpec) -> DemoDoc:
    p = spec.people
    lines = [
        "MG6",
        "# CASE FILE INFORMATION (CONFIDENTIAL - NOT FOR DISCLOSURE)",
        f"URN: {spec.urn}",
        f"Complainant contact details: {p.complainant}, 3 Mill Lane, Eastbridge EB4 7QT; "
        "telephone 07700 900457; date of birth 02/09/2004.",
        f"Information for the prosecutor: {p.complainant} prefers contact by text message after 5pm.",
    ]
    return DemoDoc("mg6", "MG6 case file information.pdf", lines=lines)


@styled
def early_advice(spec: CaseSpec) -> DemoDoc:
    lines = [
        "# RECORD OF EARLY ADVICE",
        f"URN: {spec.urn}   CPS RASSO unit   Date: 02/04/2026   Reference: EA-2026-0412",
        "Advice: obtain the first-account statement, the CCTV from the Crown Inn and the door staff "
        "account before a charging request.",
    ]
    return DemoDoc("early_advice", "Early advice EA-2026-0412.pdf", lines=lines)


def vps(spec: CaseSpec) -> DemoDoc:
    lines = [
        "# VICTIM PERSONAL STATEMENT",
        f"Name: {spec.people.complainant}",
        "Since that night I have not been able to go out with friends.",
    ]
    return DemoDoc("vps", "VPS.pdf", lines=lines)
