"""The standard style: each box of a form written as a ``Label: value`` line (or a 2-column table).

This is the wording the demo cases always had; tests depend on it, so change it with care.
"""

from __future__ import annotations

from gatekeeper.demo.spec import CaseSpec
from gatekeeper.demo.styles.base import (
    COUNSELLING_REASON,
    DECLARATION,
    DemoDoc,
    device_in_mg3,
    first_told,
    surname,
    victim_notice,
)


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
        + f"She first disclosed to {first_told(spec)} the same morning.",
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
    if device_in_mg3(spec):
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
    if request and spec.requests_in == "mg3":
        lines.append(request)
    third = {
        "proportionate": "Third-party material: counselling notes from Eastbridge Counselling "
        f"Service for sessions from 15/03/2026 to 30/04/2026 only, {COUNSELLING_REASON}.",
        "no_reason": "Third-party material: counselling notes from Eastbridge Counselling Service "
        "for sessions from 15/03/2026 to 30/04/2026 have been requested.",
        "blanket": f"Third-party material: all medical records, school records and social care "
        f"records for {p.complainant}.",
        "none": "",
    }[spec.third_party_request]
    if third and spec.requests_in == "mg3":
        lines.append(" ".join(filter(None, (third, victim_notice(spec)))))
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
        return DemoDoc("mg3", name.replace(".docx", ".pdf"), kind="scanned", lines=lines, fmt="pdf")
    if spec.mg3_form == "table":
        # The form as police systems export it: a two-column table of boxes and their contents.
        heading, boxes = lines[:2], lines[2:]
        table = [box.split(": ", 1) if ": " in box else [box, ""] for box in boxes]
        return DemoDoc("mg3", name, lines=heading, table=table, fmt="docx")
    return DemoDoc("mg3", name, lines=lines)
