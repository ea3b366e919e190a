"""The proportionality guard: no action asks for the complainant's material without a reason
and limits.

An action touching her devices, accounts or third-party records (medical, counselling, school,
social care) must state its foundation (the issue in the case it addresses) and its parameters
(date range, data types or search terms); a blanket request ("a full download", "all records")
is refused whatever its reason (R v Bater-James [2020] EWCA Crim 790; the 2021 joint inspection
of rape found victims' phones and records taken with no evidential reason). A request for her
third-party records must also say why it is necessary and proportionate (for counselling notes,
why they are likely to have substantial probative value) and that she will be given written
notice of it (Police, Crime, Sentencing and Courts Act 2022, ss.44A-44B). The wording is the
project's own (``checklists/forms/phrases.toml``: ``material``, ``blanket``, ``foundation``,
``date_range``, ``data_types``), the same the check reads requests in the file with.
"""

from __future__ import annotations

import re

from gatekeeper.forms import Phrases, any_match
from gatekeeper.requests import material_of

AUTHORITY = "R v Bater-James [2020] EWCA Crim 790; joint inspection of rape (2021)"
VICTIM_REQUESTS = "Police, Crime, Sentencing and Courts Act 2022, ss.44A-44B"
# Wording in quotation marks is the file's (a request quoted to be withdrawn), not the action's.
QUOTED = re.compile(r'"[^"]*"|“[^”]*”|‘[^’]*’')
# The notice she signs is not her material: asking for it asks for nothing of hers.
NOTICE = re.compile(r"\b(digital processing notice|DPN)\b", re.IGNORECASE)
# Verbs that take or read material (as opposed to recording the reason for a request).
ACQUIRE = re.compile(
    r"\b(obtain|obtaining|seize|seizing|download|downloading|extract|extracting|examine|examining|"
    r"interrogate|interrogating|access|accessing|apply for|secure|securing|copy|image|imaging|"
    r"provide|send|get|getting|review|reviewing|look (through|at)|go through|trawl|"
    r"retrieve|recover|acquire|collect|requesting|ask for|approach|take|"
    # "request" the verb, not the noun ("withdraw the blanket request")
    r"(?<!the )(?<!a )(?<!any )(?<!this )(?<!that )(?<!blanket )request)\b",
    re.IGNORECASE,
)
# Her (or the OIC's) phone number is a contact detail, not her device.
CONTACT_NUMBER = re.compile(r"\b(direct |mobile )?(tele)?phone (number|no\b\.?)", re.IGNORECASE)
SETS_PARAMETERS = re.compile(r"\bdate range\b.*\b(data types?|search terms)\b", re.IGNORECASE)
# Her written notice of a request about her (s.44B): an action that gives or records it takes
# nothing of hers, and an action taking her records must say she will be given it.
WRITTEN_NOTICE = re.compile(r"\b(written|s\.?\s?44B) notice\b|\bnotice in writing\b", re.IGNORECASE)
COUNSELLING = re.compile(r"\b(counsell\w*|therap\w*)\b", re.IGNORECASE)


def material_kind(text: str, phrases: Phrases) -> str | None:
    """'digital' or 'third_party' when the action touches the complainant's material, else None."""
    own = CONTACT_NUMBER.sub(" ", QUOTED.sub(" ", text))
    kind, _ = material_of(own, phrases)
    if kind is None:
        return None
    if NOTICE.search(own) and not any_match(phrases.blanket, own):
        return None  # "provide the Digital Processing Notice for her phone"
    return kind


def validate_action(text: str, phrases: Phrases) -> list[str]:
    """What makes ``text`` disproportionate, as sentences for the person who typed it; [] if none.

    Refused: a blanket request (the whole device, all records); a request for her material
    without its foundation, its date range or its data types. An action that asks the officer to
    record the reason and set the limits, without taking anything, is accepted.
    """
    own = " ".join(CONTACT_NUMBER.sub(" ", QUOTED.sub(" ", text)).split())
    kind = material_kind(own, phrases)
    if kind is None:
        return []
    what = "digital material" if kind == "digital" else "third-party records"
    blanket = any_match(phrases.blanket, own)
    if blanket:
        return [
            f'A blanket request for the complainant\'s {what} ("{blanket.group(0)}") is never '
            "proportionate: name the issue in the case it addresses and ask only for the data "
            f"types and date range that issue needs ({AUTHORITY})."
        ]
    if not ACQUIRE.search(own):
        if SETS_PARAMETERS.search(own) and any_match(phrases.foundation, own):
            return []  # asks for the reason and the limits to be recorded: takes nothing
        if kind == "third_party" and WRITTEN_NOTICE.search(own):
            return []  # gives her notice of a request, or records it: takes nothing
        return [
            f"An action about the complainant's {what} must state the reasonable line of enquiry "
            f"it serves and its date range and data types ({AUTHORITY})."
        ]
    problems = []
    if not any_match(phrases.foundation, own):
        problems.append(
            f"State the foundation: the issue in the case the complainant's {what} would address "
            f'(for example "because she says she messaged him afterwards") ({AUTHORITY}).'
        )
    missing = [
        label
        for label, present in (
            ("a date range", any_match(phrases.date_range, own)),
            ("the data types or search terms", any_match(phrases.data_types, own)),
        )
        if not present
    ]
    if missing:
        problems.append(
            f"State the parameters of the request for the complainant's {what}: "
            f"{' and '.join(missing)} ({AUTHORITY})."
        )
    if kind == "third_party":
        if not any_match(phrases.necessity, own):
            problems.append(
                f"State why the request is necessary and proportionate ({VICTIM_REQUESTS})."
            )
        if COUNSELLING.search(own) and not any_match(phrases.probative, own):
            problems.append(
                "State why the counselling notes are likely to have substantial probative value "
                f"to the line of enquiry ({VICTIM_REQUESTS})."
            )
        if not WRITTEN_NOTICE.search(own):
            problems.append(
                "Say that she will be given written notice of the request (what is sought, why, "
                f"and how it will be handled) on or before it is made ({VICTIM_REQUESTS})."
            )
    return problems
