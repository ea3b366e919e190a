"""The prose style's other documents: statements, schedules, DMD, ABE and interview notes, CPS notes."""

from __future__ import annotations

from gatekeeper.demo.spec import CaseSpec
from gatekeeper.demo.styles.base import (
    COUNSELLING_REASON,
    DECLARATION,
    DemoDoc,
    device_in_mg3,
    first_told,
    schedule_rows,
    signed_as,
    victim_notice,
)


def statement_lines(
    spec: CaseSpec,
    maker: str,
    occupation: str,
    date: str,
    body: list[str],
    signed: bool,
    rear: list[str],
) -> list[str]:
    """A typed statement: who makes it, the declaration, the account, and how it was signed."""
    oic = spec.people.oic
    end = (
        f"Signed {signed_as(maker)} on {date}, witnessed by {oic}."
        if signed and spec.signed
        else f"Dated {date}, witnessed by {oic}."
    )
    lines = [
        "# WITNESS STATEMENT",
        f"Criminal Justice Act 1967, section 9. URN {spec.urn}",
        f"This is the statement of {maker}, who is over 18 ({occupation}), made on {date}.",
        DECLARATION,
        *body,
        end,
    ]
    if rear:
        title, *details = rear
        facts = [line.split(": ", 1) for line in details]
        lines += ["\f", f"{title}. " + "; ".join(f"{k} {v}" for k, v in facts) + "."]
    return lines


def requests(spec: CaseSpec) -> list[str]:
    """The requests for the complainant's phone and records, in the officer's words."""
    p = spec.people
    digital = {
        "proportionate": f"I would like to look only at the messages and call logs between "
        f"{p.complainant} and {p.suspect} from 13/03/2026 to 15/03/2026, because she says she "
        "messaged him about getting home safely, which is relevant to consent.",
        "blanket": f"I intend to obtain a full download of {p.complainant}'s mobile phone and all "
        "her social media accounts.",
        "no_parameters": f"{p.complainant}'s phone should be examined for anything relevant.",
        "none": "",
    }[spec.digital_request]
    third = {
        "proportionate": "I have asked Eastbridge Counselling Service for the notes of her "
        f"sessions from 15/03/2026 to 30/04/2026 only, {COUNSELLING_REASON}.",
        "no_reason": "I have asked Eastbridge Counselling Service for the notes of her sessions "
        "from 15/03/2026 to 30/04/2026.",
        "blanket": f"I have asked for all of {p.complainant}'s medical records, school records "
        "and social care records since 2008.",
        "none": "",
    }[spec.third_party_request]
    notice = victim_notice(spec) if third else ""
    return [text for text in (digital, third, notice) if text]


def _schedule(spec: CaseSpec, sensitive: bool) -> DemoDoc:
    rows = schedule_rows(spec, sensitive)[1:]
    if sensitive:
        title = "# SENSITIVE MATERIAL - MG6D"
        items = [
            f"{n}. {what} (kept at {where}). Sensitive - {why.lower()}."
            for n, what, where, why in rows
        ]
    else:
        title = "# UNUSED MATERIAL (NON-SENSITIVE) - MG6C"
        items = [
            f"{n}. {what}"
            + (f" (kept at {where})." if where else ".")
            + (" A copy is with the file." if note else "")
            for n, what, where, note in rows
        ]
    lines = [
        title,
        f"R v {spec.people.suspect}, URN {spec.urn}, listed by {spec.people.disclosure_officer}.",
        *items,
    ]
    key, name = ("mg6d", "MG6D sensitive.docx") if sensitive else ("mg6c", "MG6C unused.docx")
    return DemoDoc(key, name, lines=lines, fmt="docx")


def mg6c(spec: CaseSpec) -> DemoDoc:
    return _schedule(spec, sensitive=False)


def mg6d(spec: CaseSpec) -> DemoDoc:
    return _schedule(spec, sensitive=True)


def dmd(spec: CaseSpec) -> DemoDoc:
    p = spec.people
    lines = [
        "# DISCLOSURE MANAGEMENT DOCUMENT",
        f"R v {p.suspect}, URN {spec.urn}, prepared by {p.disclosure_officer} as disclosure "
        "officer.",
        "The reasonable lines of enquiry are set out in the MG3.",
    ]
    if device_in_mg3(spec):
        lines.append(
            f"{p.complainant}'s mobile phone was examined with her agreement under a Digital "
            "Processing Notice, for messages between 13/03/2026 and 15/03/2026 only."
        )
    asked = requests(spec)
    if spec.requests_in == "dmd" or not asked:
        lines += asked or ["We have not asked for any of her digital or third-party material."]
    else:
        where = "set out in the MG3" if spec.requests_in == "mg3" else "listed on the MG6C"
        lines.append(
            f"Our requests for her digital and third-party material, with our reasons, are {where}."
        )
    lines.append(
        "The MG6C and MG6D schedules are attached. The incident log and the door staff account "
        "may undermine the prosecution case and are copied to the prosecutor."
    )
    return DemoDoc("dmd", "Disclosure Management Document.docx", lines=lines, fmt="docx")


def abe_summary(spec: CaseSpec) -> DemoDoc:
    p = spec.people
    lines = [
        "# SUMMARY OF VIDEO RECORDED INTERVIEW",
        f"{p.complainant} was interviewed on video by {p.oic} at the Eastbridge suite on "
        f"16/03/2026 (URN {spec.urn}). This summary is exhibit PS/2; the recording is exhibit "
        "PS/1 and runs for 00:00:04.",
        "At the start (00:00:00) the officer made introductions and explained the ground rules. "
        "From 00:00:01 she gave her own account of the night out, going back to the flat and "
        "the assault. From 00:00:03 she was asked about consent, the messages she sent "
        f"afterwards and telling {first_told(spec)} that morning.",
    ]
    return DemoDoc("abe_summary", "ABE summary - Leah Marsden.pdf", lines=lines)


def roti(spec: CaseSpec) -> DemoDoc:
    p = spec.people
    lines = [
        "# SHORT DESCRIPTIVE NOTE OF INTERVIEW",
        f"{p.suspect} was interviewed under caution by {p.oic} at Eastbridge custody on "
        f"20/03/2026 from 14:05 to 14:52, with his legal adviser present (URN {spec.urn}).",
        "In interview the suspect said that he and the complainant had sex at his flat and that "
        "it was consensual. When her account and the CCTV were put to him he kept to that.",
    ]
    return DemoDoc("roti", f"ROTI {p.suspect}.pdf", lines=lines, fmt="pdf")


def mg5(spec: CaseSpec) -> DemoDoc:
    p = spec.people
    text = (
        f"On 14/03/2026 {p.complainant} was raped at a flat in Orchard Row, Eastbridge. "
        f"{p.suspect} has been charged with the offence."
    )
    if spec.pii_leak:
        text += f" {p.complainant} lives at 3 Mill Lane, Eastbridge EB4 7QT."
    return DemoDoc("mg5", "MG5 case summary.pdf", lines=["# CASE SUMMARY", f"URN {spec.urn}", text])


def action_plan(spec: CaseSpec) -> DemoDoc:
    lines = [
        "# CPS ACTION PLAN",
        f"Sent to the officer in the case on {spec.action_plan_date} (URN {spec.urn}). Before we "
        "can make a decision, please:",
        "1. obtain a statement from the first officer who attended;",
        "2. send us the MG6D schedule;",
        "3. get the taxi company's records for 13-14/03/2026.",
    ]
    return DemoDoc("action_plan", "CPS action plan.pdf", lines=lines)


def early_advice(spec: CaseSpec) -> DemoDoc:
    lines = [
        "# RECORD OF EARLY ADVICE",
        f"On 02/04/2026 the CPS RASSO unit gave early advice (reference EA-2026-0412) on URN "
        f"{spec.urn}. Before any charging request, please obtain the first-account statement, the "
        "CCTV from the Crown Inn and the door staff account.",
    ]
    return DemoDoc("early_advice", "Early advice EA-2026-0412.pdf", lines=lines)
