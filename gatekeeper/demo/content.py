"""The words of each document in a demonstration case, built from a CaseSpec.

The wording follows the real national forms (MG3, MG11, MG6C ...) closely enough for the
classifier to be tested on it, with invented people and events.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from gatekeeper.demo.spec import CaseSpec

Kind = Literal["text", "schedule", "video", "audio", "email", "scanned", "image"]

DECLARATION = (
    "This statement (consisting of 2 page(s) each signed by me) is true to the best of my "
    "knowledge and belief and I make it knowing that, if it is tendered in evidence, I shall be "
    "liable to prosecution if I have wilfully stated in it anything which I know to be false, or "
    "do not believe to be true."
)


@dataclass
class DemoDoc:
    key: str
    tidy_name: str
    kind: Kind = "text"
    lines: list[str] = field(default_factory=list)
    table: list[list[str]] = field(default_factory=list)
    fmt: Literal["pdf", "docx", "xlsx", "any"] = "any"
    seconds: float = 4.0
    audio: bool = True
    title: str | None = None
    broken: bool = False


def surname(name: str) -> str:
    return name.split()[-1]


def initials(name: str) -> str:
    parts = [p for p in name.split() if p not in {"DC", "PC", "DS", "Dr"}]
    return "".join(p[0] for p in parts).upper()


def signature(spec: CaseSpec, maker: str) -> str:
    return (
        f"Signature: {maker.split()[-2][0]}. {surname(maker)}"
        if spec.signed
        else "Signature: ........"
    )


def statement(
    spec: CaseSpec, maker: str, occupation: str, date: str, body: list[str], signed: bool = True
) -> list[str]:
    sig = signature(spec, maker) if signed else "Signature: ........"
    return [
        "RESTRICTED (when complete)                                    MG 11",
        "# WITNESS STATEMENT",
        "Criminal Procedure Rules, r. 16.2; Criminal Justice Act 1967, s. 9; "
        "Magistrates' Courts Act 1980, s. 5B",
        f"URN: {spec.urn}",
        f"Statement of: {maker}",
        "Age if under 18: Over 18",
        f"Occupation: {occupation}",
        DECLARATION,
        f"{sig}        Date: {date}",
        "",
        *body,
        "",
        sig,
        f"Signature witnessed by: {spec.people.oic}",
    ]


def mg3(spec: CaseSpec) -> DemoDoc:
    p = spec.people
    lines = [
        "RESTRICTED - FOR POLICE AND PROSECUTION ONLY                   MG3",
        "# REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION",
        f"URN: {spec.urn}",
        f"Suspect: {p.suspect}",
        f"Complainant: {p.complainant}",
        "Offence(s): Rape, contrary to section 1 of the Sexual Offences Act 2003",
        "Date of offence: 14/03/2026",
        "Date reported: 15/03/2026",
    ]
    contact = (
        f"Officer in the case: {p.oic}, Telephone: 01632 960412, Email: priya.shah@westshire.police.example"
        if spec.oic_contact
        else f"Officer in the case: {p.oic}, Westshire Police RASSO team"
    )
    lines.append(contact)
    lines.append(
        {
            "full_code": "Decision sought: Full Code Test. A not guilty plea is anticipated.",
            "threshold": "Decision sought: Threshold Test. Reasons for threshold: the suspect is in "
            "custody, presents a substantial bail risk to the complainant, and the forensic results "
            "are awaited by 12/12/2026.",
            "threshold_no_reason": "Decision sought: Threshold Test.",
            "missing": "Decision sought: charging advice.",
        }[spec.test_sought]
    )
    early = {
        "sought": "Early advice: Early advice was sought from CPS RASSO on 02/04/2026 (reference "
        "EA-2026-0412) and its action points are answered below.",
        "not_sought_with_reason": "Early advice: Early advice was not sought because the suspect "
        "made full admissions in interview and the evidence was complete within 28 days.",
        "not_sought_no_reason": "Early advice: Not sought.",
        "missing": "",
    }[spec.early_advice]
    if early:
        lines.append(early)
    lines += [
        f"Summary of key evidence: {p.complainant} (21) says that {p.suspect} raped her at his flat "
        f"at 14 Orchard Row, Eastbridge, in the early hours of 14/03/2026 after a night out. She "
        + (
            "gave an ABE video recorded interview on 16/03/2026. "
            if spec.abe != "none"
            else "made a written statement on 16/03/2026. "
        )
        + "She first disclosed to "
        f"{p.first_account if spec.first_account_named else 'a friend'} the same morning.",
    ]
    if spec.lines_of_enquiry != "missing":
        loe = (
            "Reasonable lines of enquiry: house-to-house on Orchard Row (completed, nil); CCTV from "
            "the Crown Inn and Market Street (seized); taxi company records (obtained); "
            f"{p.suspect}'s phone (downloaded, messages 13/03/2026 to 15/03/2026)."
        )
        if spec.lines_of_enquiry == "full":
            loe += (
                " Lines of enquiry pointing away from the suspect: the door staff account of the "
                "complainant's level of intoxication and the messages she sent after leaving were "
                "obtained as they may undermine the prosecution case or assist the defence. The "
                "bar tab records were not pursued because the bar does not keep them beyond 7 days."
            )
        lines.append(loe)
    if spec.suspect_account:
        lines.append(
            f"Suspect's account: In interview {p.suspect} said the intercourse was consensual. "
            "Likely defence: consent and reasonable belief in consent."
        )
    lines.append(
        {
            "dated": "Outstanding evidence: Toxicology report from the forensic provider - target "
            "date 12/12/2026. Cell site analysis - target date 19/12/2026.",
            "undated": "Outstanding evidence: Toxicology report from the forensic provider; cell "
            "site analysis.",
            "none": "Outstanding evidence: None.",
        }[spec.outstanding]
    )
    if spec.device_examined:
        lines.append(
            f"Digital material: {p.complainant}'s mobile phone was examined with her agreement "
            "under a Digital Processing Notice (exhibit PS/4)."
        )
    request = {
        "proportionate": f"Request: messages and call logs between {p.complainant} and {p.suspect} "
        "from 13/03/2026 to 15/03/2026 only, because she says she messaged him about getting home "
        "safely and this is relevant to consent.",
        "blanket": f"Request: a full download of {p.complainant}'s mobile phone and all social "
        "media accounts.",
        "no_parameters": f"Request: {p.complainant}'s phone to be examined for anything relevant.",
        "none": "",
    }[spec.digital_request]
    if request:
        lines.append(request)
    third = {
        "proportionate": "Third-party material: counselling notes from Eastbridge Counselling "
        "Service for sessions from 15/03/2026 to 30/04/2026 only, because the complainant told the "
        "counsellor about the night and the notes may hold an earlier account.",
        "blanket": f"Third-party material: all medical records, school records and social care "
        f"records for {p.complainant}.",
        "none": "",
    }[spec.third_party_request]
    if third:
        lines.append(third)
    if spec.special_measures:
        lines.append(
            "Special measures: MG2 completed; the complainant wishes to give evidence "
            + (
                "by ABE with cross-examination by live link and a screen."
                if spec.abe != "none"
                else "by live link, with a screen if she attends court."
            )
        )
    if spec.victim_needs:
        lines.append(
            "Victim and witness needs: no interpreter or intermediary needed; she has asked for "
            + (
                "her ISVA to be present at court visits."
                if spec.isva
                else "a court familiarisation visit."
            )
        )
    if spec.vps:
        lines.append(
            "VPS: The complainant was offered a Victim Personal Statement and will make one."
        )
    if spec.isva:
        lines.append("ISVA: Referred to Eastbridge ISVA service on 15/03/2026.")
    if spec.cctv != "none":
        lines.append(
            "Multimedia: CCTV from the Crown Inn (exhibit TE/2) shows the complainant leaving with "
            "the suspect at 01:12. Body-worn video of the first attendance (exhibit TE/1)."
        )
    if spec.forensic != "none":
        lines.append(
            "Forensic and medical: the complainant was examined at the Eastbridge SARC on "
            "15/03/2026; intimate swabs were submitted for DNA analysis."
        )
        if spec.forensic == "outstanding_dated":
            lines.append("DNA results from the forensic provider - target date 05/12/2026.")
    lines += [f"Completed by: {p.oic}   Date: 20/10/2026", "Supervisor: DS Gemma Hart"]
    name = "MG3 - Report to Crown Prosecutor.docx"
    if spec.mg3_form == "scanned":
        return DemoDoc(
            "mg3", name.replace(".docx", ".pdf"), kind="scanned", lines=lines, fmt="pdf"
        )
    if spec.mg3_form == "table":
        # The form as police systems export it: a two-column table of boxes and their contents.
        heading, boxes = lines[:2], lines[2:]
        table = [box.split(": ", 1) if ": " in box else [box, ""] for box in boxes]
        return DemoDoc("mg3", name, lines=heading, table=table, fmt="docx")
    return DemoDoc("mg3", name, lines=lines)


def complainant_mg11(spec: CaseSpec) -> DemoDoc:
    p = spec.people
    body = [
        f"I am making this statement about what {p.suspect} did to me on 14/03/2026.",
        "After a night out at the Crown Inn I went back to his flat. He raped me. I did not consent.",
        f"In the morning I told {p.first_account if spec.first_account_named else 'a friend'} "
        "what had happened.",
    ]
    lines = statement(spec, p.complainant, "Retail assistant", "16/03/2026", body)
    lines += [
        "\f",
        "Witness contact details (not for disclosure)",
        "Home address: 3 Mill Lane, Eastbridge EB4 7QT",
        "Telephone: 07700 900457",
        "Date of birth: 02/09/2004",
    ]
    return DemoDoc("mg11_complainant", f"MG11 {p.complainant}.pdf", lines=lines)


def first_account_mg11(spec: CaseSpec) -> DemoDoc:
    p = spec.people
    body = [
        f"I have known {p.complainant} since school. On the morning of 14/03/2026 she came to my "
        "house. She was crying.",
        f"She told me that {p.suspect} had raped her at his flat. I was the first person she told.",
        "I gave her a cup of tea and persuaded her to ring the police.",
    ]
    return DemoDoc(
        "mg11_first_account",
        f"MG11 {p.first_account} (first account).docx",
        lines=statement(spec, p.first_account, "Student nurse", "17/03/2026", body),
    )


def officer_mg11(spec: CaseSpec) -> DemoDoc:
    p = spec.people
    body = [
        "I am a police officer in Westshire Police. At 09:40 on 14/03/2026 I attended 3 Mill Lane, "
        "Eastbridge, following a 999 call. I was the first officer to attend.",
        f"I spoke to {p.complainant}, who was distressed. I recorded the attendance on body-worn "
        "video, which I produce as exhibit TE/1.",
        "Later that day I recovered CCTV from the Crown Inn, which I produce as exhibit TE/2.",
    ]
    return DemoDoc(
        "mg11_officer",
        f"MG11 {p.attending_officer}.pdf",
        lines=statement(spec, p.attending_officer, "Police Constable 4471", "14/03/2026", body),
    )


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
    return DemoDoc(
        "mg11_oic",
        f"MG11 {p.oic}.pdf",
        lines=statement(spec, p.oic, "Detective Constable 2290", "16/03/2026", body),
    )


def witness_mg11(spec: CaseSpec) -> DemoDoc:
    p = spec.people
    body = [
        f"I am the bar manager at the Crown Inn. On 13/03/2026 I saw {p.complainant} with a man I "
        "now know to be the suspect. They left together at about 01:10.",
    ]
    if spec.pii_leak:
        body.append("She gave me her number, 07700 900457, to call her a taxi.")
    return DemoDoc(
        "mg11_witness",
        f"MG11 {p.witness}.docx",
        lines=statement(spec, p.witness, "Bar manager", "18/03/2026", body, signed=True),
    )


def scanned_witness_mg11(spec: CaseSpec) -> DemoDoc:
    """A signed statement as most arrive: printed, signed by hand, scanned to an image-only PDF."""
    body = [
        "I am a taxi driver with Eastbridge Cars. In the early hours of 14/03/2026 I took a young "
        "woman and a man from the Crown Inn to Orchard Row. They did not speak much.",
        "I would recognise the man again. I have been shown no photographs.",
    ]
    lines = statement(spec, "Karen Doyle", "Taxi driver", "19/03/2026", body)
    return DemoDoc("mg11_scanned", "Statement scan 2.pdf", kind="scanned", lines=lines, fmt="pdf")


def expert_mg11(spec: CaseSpec) -> DemoDoc:
    p = spec.people
    body = [
        "I am a forensic scientist. I hold a degree in biochemistry and have 12 years' experience "
        "of DNA analysis. My qualifications and experience are set out in my report.",
        "I have been asked to examine intimate swabs taken at the Eastbridge SARC (exhibit HO/1).",
    ]
    return DemoDoc(
        "mg11_expert",
        f"MG11 {p.expert}.pdf",
        lines=statement(spec, p.expert, "Forensic Scientist", "02/05/2026", body),
    )


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


def schedule_rows(spec: CaseSpec, sensitive: bool) -> list[list[str]]:
    if sensitive:
        return [
            ["Item", "Description", "Location", "Reason for sensitivity"],
            [
                "1",
                "Contact details and address of the complainant held on the crime report",
                "RASSO office",
                "Personal details of a victim of a sexual offence",
            ],
        ] + (
            [
                [
                    "2",
                    "ISVA referral form dated 15/03/2026",
                    "RASSO office",
                    "Confidential support referral",
                ]
            ]
            if spec.isva
            else []
        )
    rows = [
        ["Item", "Description", "Location", "Comment"],
        ["1", "Incident log 0231 of 14/03/2026 (CAD)", "Control room", "Copy with file"],
        ["2", "Pocket notebook of PC Ellery, entries 14/03/2026", "Eastbridge station", ""],
        ["3", "House-to-house proforma, Orchard Row, 14-15/03/2026 (nil)", "RASSO office", ""],
        ["4", "Taxi company booking records 13-14/03/2026", "RASSO office", ""],
    ]
    if spec.scheduled_abe_plan:
        rows.append(
            ["5", "ABE interview plan prepared by DC Shah on 15/03/2026", "RASSO office", ""]
        )
    if spec.vague_entries:
        rows += [["6", "Notes", "Station", ""], ["7", "Misc", "", ""], ["8", "Various", "", ""]]
    return rows


def mg6c(spec: CaseSpec) -> DemoDoc:
    return DemoDoc(
        "mg6c",
        "MG6C unused material.xlsx",
        kind="schedule",
        fmt="xlsx",
        lines=["MG6C", "POLICE SCHEDULE OF NON-SENSITIVE UNUSED MATERIAL", f"URN: {spec.urn}"],
        table=schedule_rows(spec, sensitive=False),
    )


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


def dmd(spec: CaseSpec) -> DemoDoc:
    lines = [
        "# DISCLOSURE MANAGEMENT DOCUMENT",
        f"URN: {spec.urn}",
        "Reasonable lines of enquiry: see MG3. Digital material: the complainant's phone was "
        "examined for messages between 13/03/2026 and 15/03/2026 only, with her agreement under a DPN.",
        "Third-party material: counselling notes requested for sessions from 15/03/2026 only.",
    ]
    return DemoDoc("dmd", "Disclosure Management Document.docx", lines=lines, fmt="docx")


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
    rows += [
        ["PS/4", "Digital Processing Notice", "DC Priya Shah"],
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


def action_plan(spec: CaseSpec) -> DemoDoc:
    lines = [
        "# CPS ACTION PLAN",
        f"URN: {spec.urn}   Date: {spec.action_plan_date}",
        "1. Obtain a statement from the first attending officer.",
        "2. Provide the MG6D schedule.",
        "3. Obtain the taxi company records for 13-14/03/2026.",
    ]
    return DemoDoc("action_plan", "CPS action plan.pdf", lines=lines)


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
