"""The prose style: the MG3 and MG3A as an officer types them, in paragraphs with no box labels."""

from __future__ import annotations

from gatekeeper.demo.spec import CaseSpec
from gatekeeper.demo.styles import prose_forms as forms
from gatekeeper.demo.styles.base import (
    DemoDoc,
    device_in_mg3,
    first_told,
    outstanding_items,
    style_forms,
)

TITLE = "# REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION"


def mg3(spec: CaseSpec) -> DemoDoc:
    """The MG3 as paragraphs of plain English."""
    p = spec.people
    paragraphs = [
        f"R v {p.suspect}, URN {spec.urn}. Rape, contrary to section 1 of the Sexual Offences Act "
        f"2003, of {p.complainant} on 14/03/2026, reported on 15/03/2026.",
        _decision(spec),
        _early_advice(spec),
        f"I am {p.oic} of the Westshire Police RASSO team and I am the officer in the case. "
        + (
            "You can reach me directly on 01632 960412 or at priya.shah@westshire.police.example."
            if spec.oic_contact
            else "Please contact me through the RASSO team office."
        ),
        _summary(spec),
        _enquiries(spec),
        f"In interview on 20/03/2026 {p.suspect} accepted that they had sex but said it was "
        "consensual. I expect his defence to be consent, and that he reasonably believed she "
        "consented."
        if spec.suspect_account
        else "",
        _outstanding(spec),
        f"With her agreement, and after she signed a Digital Processing Notice (exhibit PS/4), "
        f"{p.complainant}'s mobile phone was examined."
        if device_in_mg3(spec)
        else "",
        *(forms.requests(spec) if spec.requests_in == "mg3" else []),
        *_victim(spec),
        _evidence(spec),
        f"{p.oic}, 20/10/2026. Reviewed and approved by DS Gemma Hart.",
    ]
    lines = [TITLE, *[text for text in paragraphs if text]]
    name = "MG3 - Report to Crown Prosecutor.docx"
    if spec.mg3_form == "scanned":
        return DemoDoc("mg3", name.replace(".docx", ".pdf"), kind="scanned", lines=lines, fmt="pdf")
    return DemoDoc("mg3", name, lines=lines)


def _decision(spec: CaseSpec) -> str:
    return {
        "full_code": "I am seeking a full code test charging decision. We expect him to plead "
        "not guilty.",
        "threshold": "I am asking for a threshold test decision. He is in custody and would be a "
        "substantial risk to her if released on bail, and the forensic results will not be back "
        "until 12/12/2026, so the full code test cannot be applied yet.",
        "threshold_no_reason": "I am asking for a threshold test decision.",
        "missing": "I am sending you this file for a charging decision.",
    }[spec.test_sought]


def _early_advice(spec: CaseSpec) -> str:
    return {
        "sought": "We asked CPS RASSO for early advice on 02/04/2026 (reference EA-2026-0412) "
        "and each of its action points is answered in this report.",
        "not_sought_with_reason": "Early advice was not sought because the suspect made full "
        "admissions in interview and the evidence was complete within 28 days.",
        "not_sought_no_reason": "We did not ask for early advice in this case.",
        "missing": "",
    }[spec.early_advice]


def _summary(spec: CaseSpec) -> str:
    p = spec.people
    account = (
        "She was interviewed on video (ABE) on 16/03/2026."
        if spec.abe != "none"
        else "She made a written statement on 16/03/2026."
    )
    return (
        f"{p.complainant}, who is 21, says that {p.suspect} raped her at his flat at 14 Orchard "
        f"Row, Eastbridge, in the early hours of 14/03/2026, after a night out. {account} The "
        f"same morning she told {first_told(spec)} what had happened."
    )


def _enquiries(spec: CaseSpec) -> str:
    if spec.lines_of_enquiry == "missing":
        return ""
    text = (
        "We carried out house-to-house enquiries on Orchard Row, which found nothing, seized the "
        "CCTV from the Crown Inn and Market Street, obtained the taxi company's records and "
        f"downloaded {spec.people.suspect}'s phone (messages from 13/03/2026 to 15/03/2026)."
    )
    if spec.lines_of_enquiry == "full":
        text += (
            " We also followed up what might point away from him. We took an account from the "
            "door staff about how drunk she was and obtained the messages she sent after leaving, "
            "because either could help the defence or undermine our case. We did not chase the "
            "bar tab records, because the bar deletes them after 7 days."
        )
    return text


def _outstanding(spec: CaseSpec) -> str:
    items = outstanding_items(spec)
    if not items:
        return "Nothing is outstanding."
    sentences = []
    for item in items:
        when = (
            f", and we have been told to expect the result by {item.target}" if item.target else ""
        )
        sentences.append(f"We are still waiting for {item.noun}; {item.story}{when}.")
    return " ".join(sentences)


def _victim(spec: CaseSpec) -> list[str]:
    measures = (
        "wants her ABE interview played as her evidence and to be cross-examined over a live link "
        "with a screen"
        if spec.abe != "none"
        else "wants to give evidence over a live link, with a screen if she comes to court"
    )
    support = "her ISVA with her on court visits" if spec.isva else "a court familiarisation visit"
    return [
        f"I have completed an MG2 for special measures, as she {measures}."
        if spec.special_measures
        else "",
        f"She does not need an interpreter or an intermediary, and would like {support}."
        if spec.victim_needs
        else "",
        "She has been offered the chance to make a victim personal statement and will make one."
        if spec.vps
        else "",
        "She was referred to the Eastbridge ISVA service on 15/03/2026." if spec.isva else "",
    ]


def _evidence(spec: CaseSpec) -> str:
    parts = []
    if spec.cctv != "none":
        parts.append(
            "The CCTV from the Crown Inn (exhibit TE/2) shows her leaving with him at 01:12, and "
            "PC Ellery's body-worn video (exhibit TE/1) shows the first attendance."
        )
    if spec.forensic != "none":
        parts.append(
            "She was examined at the Eastbridge SARC on 15/03/2026 and intimate swabs were sent "
            "for DNA analysis."
        )
    return " ".join(parts)


def mg3a(spec: CaseSpec) -> DemoDoc:
    """The further report as a letter answering the action plan."""
    text = [
        f"Thank you for your action plan of {spec.action_plan_date}.",
        "PC Ellery has now made a statement, which is in the file.",
        "The MG6D schedule is attached." if spec.resubmission == "answered" else "",
        "We obtained the taxi company's records and they are listed on the MG6C.",
    ]
    lines = ["# FURTHER REPORT TO CROWN PROSECUTOR", f"URN {spec.urn}", *[t for t in text if t]]
    return DemoDoc("mg3a", "MG3A response.pdf", lines=lines)


FORMS = style_forms(mg3, mg3a, forms)
