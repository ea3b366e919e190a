"""Checks of what the MG3 (or MG3A) must say.

Each fails only on evidence: the box is there and empty, or says the thing was not done. When no
box or sentence about it can be found, or its wording is not understood, the finding is a review
that quotes what was found or says where the tool looked.
"""

from __future__ import annotations

import re
from functools import cache

from gatekeeper.boxes import ROW_SEPARATOR, SENTENCE, BoxReading, interpret, quote
from gatekeeper.case import CaseFile, describe, join_names
from gatekeeper.dates import mentions_time
from gatekeeper.forms import Phrases, any_match
from gatekeeper.models import DocType, Facts, Stage
from gatekeeper.requests import about_complainant, material_of
from gatekeeper.rules.registry import (
    Outcome,
    check,
    failed,
    not_applicable,
    passed,
    review,
    unreadable_reports,
    unreliable,
)

NO_MG3 = "There is no MG3 to check (see MG3-PRESENT)."


def plainly_undated(case: CaseFile) -> list[str]:
    """Items of the MG3's outstanding evidence box that plainly have no target date: no time
    words ("in the next fortnight") and no pointer elsewhere ("see the action plan")."""
    reading = case.mg3.get("outstanding")
    if reading is None or reading.source != "box":
        return []
    phrases = case.forms.phrases
    return [
        item.text
        for item in case.facts.outstanding
        if item.target_date is None
        and not mentions_time(item.text)
        and not any_match(phrases.cross_reference, item.text)
    ]


def reports(case: CaseFile) -> list[str]:
    return [d.path for d in case.of_type(DocType.MG3, DocType.MG3A) if d.readable]


def _cannot_check(case: CaseFile) -> Outcome | None:
    if not reports(case):
        return not_applicable(NO_MG3)
    return unreadable_reports(case)


def not_found(case: CaseFile, what: str, looked_for: str, topic: str | None = None) -> Outcome:
    """The MG3 was searched for a box or sentence and none was found: a review, or a failure
    when ``topic`` (an MG3 box key) names words that no document of the file uses at all. An
    MG3 read in full that says nothing of a thing, in a file that says nothing of it either,
    is evidence that it was not done."""
    if topic is not None and read_in_full(case):
        where = mentioned_anywhere(case, topic)
        if where is None:
            return failed(
                f"Nothing in the file records {what}: the MG3 was read in full and no document "
                f"mentions it (looked for {looked_for}).",
                reports(case),
            )
        return review(
            f"No box or sentence about {what} was found in the MG3 (looked for {looked_for}), "
            f"but {where} mentions it: check what the file records.",
            reports(case),
        )
    return review(
        f"No box or sentence about {what} was found in the MG3 (looked for {looked_for}): "
        "check by eye what the MG3 says.",
        reports(case),
    )


def read_in_full(case: CaseFile) -> bool:
    """Every MG3/MG3A has reliable text, read to its end."""
    documents = case.of_type(DocType.MG3, DocType.MG3A)
    return bool(documents) and all(
        not unreliable(case, d)
        and d.ocr_confidence is None
        and not case.extractions[d.path].text_truncated
        for d in documents
        if d.path in case.extractions
    )


def mentioned_anywhere(case: CaseFile, topic: str) -> str | None:
    """The first document (named as a gatekeeper would) whose text uses a word of the MG3 box
    ``topic``'s labels, prose or topic words; None when no document does."""
    box = case.forms.form("MG3").get(topic)
    words = [*box.labels, *box.prose, *box.cues.get("topic", [])]
    union = topic_pattern(tuple(words))
    for document in case.documents:
        if union.search(case.text(document)):
            return describe(document)
    return None


@cache
def topic_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{w.removeprefix('^')})" for w in words), re.IGNORECASE)


def said(reading: BoxReading) -> str:
    where = "box" if reading.source == "box" else "text"
    return f'The MG3\'s {where} says "{quote(reading.text)}"'


@check
def test_sought(case: CaseFile) -> Outcome:
    if blocked := _cannot_check(case):
        return blocked
    paths = reports(case)
    reading = case.mg3.get("test")
    if reading is None:
        return not_found(
            case,
            "the decision sought",
            "a box such as 'Decision sought' and a sentence naming a Full Code or Threshold Test",
        )
    value = interpret(case.forms.form("MG3").get("test"), reading)
    if value == "":
        return failed("The MG3's box for the decision sought is empty: no test is stated.", paths)
    if value is None:
        return review(
            f"{said(reading)}, which names neither a Full Code Test nor a Threshold Test: check "
            "which test is sought.",
            paths,
        )
    if value == "threshold" and not case.facts.threshold_reason:
        if reading.source == "box":
            return failed("The MG3 asks for a Threshold Test but gives no reasons for it.", paths)
        return review(
            f"{said(reading)}: check that the reasons for a threshold test are given.", paths
        )
    if case.stage is Stage.THRESHOLD and value != "threshold":
        return failed(
            "This is checked as a threshold request, but the MG3 asks for a Full Code Test.",
            paths,
        )
    label = "Full Code Test" if value == "full_code" else "Threshold Test, with reasons"
    return passed(f"The MG3 asks for a {label}.", paths)


@check
def early_advice_recorded(case: CaseFile) -> Outcome:
    paths = reports(case)
    advice = [d.path for d in case.of_type(DocType.EARLY_ADVICE)]
    if advice or case.facts.early_advice_sought:
        return passed("Early advice was sought.", paths + advice)
    if blocked := _cannot_check(case):
        return blocked
    reading = case.mg3.get("early_advice")
    if reading is None:
        return not_found(case, "early advice", "an 'Early advice' box and the words 'early advice'")
    if case.facts.early_advice_reason:
        return passed(
            f"Early advice was not sought; the reason is recorded: {quote(case.facts.early_advice_reason)}",
            paths,
        )
    if case.facts.early_advice_sought is False:
        return failed("The MG3 says early advice was not sought but gives no reason.", paths)
    if reading.empty or interpret(case.forms.form("MG3").get("early_advice"), reading) == "":
        return failed("The MG3's early advice box is empty: neither answer nor reason.", paths)
    return review(
        f"{said(reading)} about early advice: check whether it was sought, or why not.", paths
    )


@check
def oic_contact_details(case: CaseFile) -> Outcome:
    if blocked := _cannot_check(case):
        return blocked
    paths = reports(case)
    facts = case.facts
    missing = [
        label
        for label, value in (("phone number", facts.oic_phone), ("e-mail", facts.oic_email))
        if not value
    ]
    if missing and facts.contact_elsewhere:
        return review(
            f"No {' or '.join(missing)} was found with the OIC's details; the MG3 shows "
            f"{join_names(facts.contact_elsewhere)} elsewhere: check they are the OIC's direct "
            "details.",
            paths,
        )
    if missing:
        who = facts.oic_name or "the OIC"
        return failed(
            f"No {' or '.join(missing)} appears anywhere on the MG3: {who}'s direct contact "
            "details are missing.",
            paths,
        )
    return passed(f"The OIC's direct phone ({facts.oic_phone}) and e-mail are on the MG3.", paths)


# Evidence a suspect's account may point to, by kind, with the words an enquiry about it uses.
DEFENCE_EVIDENCE = {
    "messages": r"\b(messag\w*|texts?|texted|whatsapp|snapchat|instagram|facebook|social media|"
    r"phones?|calls?|called|rang|download\w*|screenshots?)\b",
    "footage": r"\b(cctv|footage|camera|cameras|video|doorbell|dash ?cam)\b",
}


# A line of enquiry left undone: "This has not been looked into further", "CCTV ... not obtained".
NOT_FOLLOWED = re.compile(
    r"\b(?:has not been|have not been|had not been|was not|were not|not yet been|not been|not|never)"
    r"\s+(?:looked into|pursued|followed up|followed|obtained|checked|traced|investigated|"
    r"progressed|explored|seized|requested|spoken to)\b",
    re.IGNORECASE,
)
# Why: a reason word, an explanation after a dash, colon or bracket ("- the system was broken").
REASON_GIVEN = re.compile(
    r"\b(because|as|since|reasons?|due to|owing to|given|so|no longer|unable|declined|refused|"
    r"overwritten|deleted|broken|faulty|not (possible|available|kept|recorded|working|relevant|"
    r"necessary|proportionate|needed|required)|does not|did not|doesn'?t|didn'?t|nothing|no "
    r"(\w+ )?(cameras?|footage|CCTV|record|records|trace|witnesses)|"
    # not done yet, but under way: outstanding work, not a line abandoned
    r"yet|will|to be|pending|awaited|awaiting|in progress)\b|\s[-–(:]\s?",
    re.IGNORECASE,
)


# The sentence after one that leaves a line undone, explaining why ("There is no suggestion ...,
# so examining it would not be a reasonable line of enquiry"), not the next item of the list.
EXPLAINS = re.compile(
    r"\b(because|as (he|she|they|the|it)|since|so (examining|it|that|there|a request)|given|no "
    r"(suggestion|reason|evidence|indication)|not (be )?a reasonable|would not (be|assist|help)|"
    r"(is|was) not (relevant|necessary|needed|in issue))\b",
    re.IGNORECASE,
)


def not_followed_without_reason(text: str, phrases: Phrases, facts: Facts) -> list[str]:
    """Sentences of the lines of enquiry that leave a line undone and give no reason, in the
    sentence, the two before it or the one after it. A table's rows are left to a person (their
    other cells may be the reason), and so is the complainant's own material: not asking for
    her phone or records needs no reason."""
    if ROW_SEPARATOR in text:
        return []
    sentences = [s for s in SENTENCE.split(" ".join(text.split())) if s]
    found = []
    for index, sentence in enumerate(sentences):
        match = NOT_FOLLOWED.search(sentence)
        if match is None:
            continue
        kind, _ = material_of(sentence, phrases)
        if kind is not None and about_complainant(sentence, facts, kind):
            continue
        rest = sentence[: match.start()] + " " + sentence[match.end() :]
        around = " ".join(sentences[max(0, index - 2) : index] + sentences[index + 1 : index + 2])
        if REASON_GIVEN.search(rest) or EXPLAINS.search(around):
            continue
        found.append(sentence)
    return found


# An interview in which he said nothing: no account of his to test.
NO_COMMENT = re.compile(r"\bno[- ]comment\b|\bmade no (reply|comment|answer)|\bsilent\b", re.I)


def _raised_by_the_defence(account: str, enquiries: str) -> list[str]:
    """Kinds of evidence the suspect's account points to that the lines of enquiry never name."""
    return [
        kind
        for kind, words in DEFENCE_EVIDENCE.items()
        if re.search(words, account, re.IGNORECASE)
        and not re.search(words, enquiries, re.IGNORECASE)
    ]


@check
def lines_of_enquiry(case: CaseFile) -> Outcome:
    if blocked := _cannot_check(case):
        return blocked
    paths = reports(case)
    reading = case.mg3.get("loe")
    away = case.mg3.get("loe_away")
    if reading is None and away is None:
        return not_found(
            case,
            "the lines of enquiry",
            "a 'Lines of enquiry' box and enquiries described in the text",
        )
    if reading is not None and reading.nil and (away is None or away.nil):
        return failed(
            f'The MG3\'s lines of enquiry box is empty ("{reading.text.strip()}").', paths
        )
    if away is not None and away.nil:
        return failed(
            "The MG3's box for lines of enquiry pointing away from the suspect is empty.", paths
        )
    text = case.facts.lines_of_enquiry or ""
    if unexplained := not_followed_without_reason(text, case.forms.phrases, case.facts):
        return failed(
            "A line of enquiry is recorded as not followed, with no reason given: "
            + "; ".join(f'"{quote(s, 110)}"' for s in unexplained)
            + " (reasons for any line not pursued are asked for).",
            paths,
        )
    if not case.facts.loe_points_away:
        text = case.facts.lines_of_enquiry or ""
        account = case.facts.suspect_account or ""
        if case.facts.loe_none_away and account and not NO_COMMENT.search(account):
            # His own account is a line to test (CPIA Code of Practice, section 3): "none points away" beside
            # it is the gap the inspections found, said in the MG3's own words.
            return failed(
                "The MG3 says no line of enquiry points away from the suspect "
                f'("{quote(case.facts.loe_none_away, 90)}"), yet his account '
                f'("{quote(account, 90)}") is itself a line to test.',
                paths,
            )
        raised = _raised_by_the_defence(case.facts.suspect_account or "", text)
        if raised and reading is not None and reading.source == "box":
            # The suspect's account points to evidence no line of enquiry mentions: a line that
            # points away from him, not followed (CPIA Code of Practice, section 3).
            return failed(
                f"The suspect's account points to {join_names(raised)} "
                f'("{quote(case.facts.suspect_account or "", 90)}"), but the lines of enquiry '
                f'("{quote(text, 90)}") mention none, and none is recognised as pointing away '
                "from the suspect.",
                paths,
            )
        return review(
            f'The MG3 lists lines of enquiry ("{quote(text)}") but none was recognised as pointing '
            "away from the suspect (CPIA Code of Practice, section 3): check that such lines are covered.",
            paths,
        )
    return passed(
        "Lines of enquiry are described, including those pointing away from the suspect.", paths
    )


@check
def suspect_account_summarised(case: CaseFile) -> Outcome:
    if blocked := _cannot_check(case):
        return blocked
    paths = reports(case)
    reading = case.mg3.get("defence")
    if reading is None:
        return not_found(
            case, "the suspect's account", "a box such as 'Suspect's account' and 'in interview'"
        )
    if reading.nil:
        return failed("The MG3's box for the suspect's account is empty.", paths)
    return passed("The suspect's account is summarised.", paths)


@check
def outstanding_evidence_dated(case: CaseFile) -> Outcome:
    if blocked := _cannot_check(case):
        return blocked
    paths = reports(case)
    facts = case.facts
    reading = case.mg3.get("outstanding")
    if reading is None and not facts.outstanding:
        return not_found(
            case,
            "outstanding evidence",
            "an 'Outstanding evidence' box and words such as 'awaited'",
        )
    if reading is not None and reading.empty and not facts.outstanding:
        return failed("The MG3's outstanding evidence box is empty (not even 'none').", paths)
    undated = [item.text for item in facts.outstanding if item.target_date is None]
    plain = plainly_undated(case)
    if plain:
        items = "; ".join(quote(t, 120) for t in plain)
        return failed(f"Outstanding evidence without a target date: {items}", paths)
    if undated:
        items = "; ".join(f'"{quote(t, 80)}"' for t in undated)
        return review(
            f"No target date could be read for: {items}: check when each is expected.", paths
        )
    if not facts.outstanding:
        return passed("The MG3 records that no evidence is outstanding.", paths)
    dates = join_names([f"{i.target_date:%d/%m/%Y}" for i in facts.outstanding if i.target_date])
    return passed(
        f"{len(facts.outstanding)} outstanding item(s), each with a target date ({dates}).", paths
    )
