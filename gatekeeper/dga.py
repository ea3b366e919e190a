"""The CPS's Director's Guidance Assessment (DGA): a failing finding under the failure reason the
CPS would record it as, in the CPS's own words, so that the gatekeeper's list is the lawyer's.

The checklist gives each rule one DGA category (``dga`` on a finding, the spec's short form); the
CPS records 23 reasons, some of which a category splits by what the finding is about (BWV, CCTV
or other multimedia; forensic or medical evidence; lines of inquiry not provided or insufficient).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from gatekeeper.models import DocType, Document, Finding, Severity, Status

# The CPS's reasons, in the order its own tools list them (the checklist spec's DGA section).
REASONS = (
    "Breach failure - Charged by Police in breach of the Director's Guidance",
    "Disclosure failure - Disclosable unused material not provided",
    "Disclosure failure - Information about reasonable lines of inquiry insufficient",
    "Disclosure failure - Information about reasonable lines of inquiry not provided",
    "Disclosure failure - Rebuttable presumption material not provided",
    "Disclosure failure - Schedules of unused material not completed correctly",
    "Disclosure failure - Schedules of unused material not provided",
    "Evidential failure - Exhibit",
    "Evidential failure - Forensic",
    "Evidential failure - Medical evidence",
    "Evidential failure - Multi-media BWV not clipped",
    "Evidential failure - Multi-media BWV not in playable format",
    "Evidential failure - Multi-media BWV not provided",
    "Evidential failure - Multi-media CCTV not clipped",
    "Evidential failure - Multi-media CCTV not in playable format",
    "Evidential failure - Multi-media CCTV not provided",
    "Evidential failure - Multi-media Other not clipped",
    "Evidential failure - Multi-media Other not in playable format",
    "Evidential failure - Relevant orders/applications, details not provided",
    "Evidential failure - Statement(s)",
    "Victim and witness failure - Needs of the victim/witness special measures have not been "
    "considered or are inadequate",
    "Victim and witness failure - Victim and witness needs (not special measures related)",
    "Victim and witness failure - VPS - no information on whether VPS offered/not provided",
)
# The checklist's category -> the CPS's reason, where one category is one reason.
ONE_REASON = {
    "Disclosure - disclosable unused material not provided": REASONS[1],
    "Disclosure - lines of inquiry insufficient": REASONS[2],
    "Disclosure - rebuttable presumption material not provided": REASONS[4],
    "Disclosure - schedules not completed correctly": REASONS[5],
    "Disclosure - schedules not provided": REASONS[6],
    "Evidential - exhibit": REASONS[7],
    "Evidential - relevant orders/applications, details not provided": REASONS[18],
    "Evidential - statement(s)": REASONS[19],
    "Victim and witness - special measures not considered or inadequate": REASONS[20],
    "Victim and witness - needs (not special measures)": REASONS[21],
    "Victim and witness - VPS": REASONS[22],
}
MEDIA = {DocType.BWV: "BWV", DocType.CCTV: "CCTV"}
MEDIA_WORDS = (("BWV", r"\b(body[- ]worn|BWV)\b"), ("CCTV", r"\bCCTV\b"))
# "Not provided" has no reason for other multimedia (a 999 call, an ABE recording): the nearest
# the CPS lists is "not in playable format".
NOT_PLAYABLE = re.compile(
    r"\b(does not play|do not play|will not play|not playable|damaged)\b", re.I
)
NOT_GIVEN = re.compile(
    r"\b(empty|not found|no box|nothing|says nothing|not (described|given))\b", re.I
)
MEDICAL = re.compile(r"\b(medical|SARC|FME|examin\w*|clinic\w*|consent to release)\b", re.I)
BOTH = re.compile(r"\b(forensic|medical)\s+(or|and|/)\s+(forensic|medical)\b", re.I)
FORENSIC = re.compile(r"\b(forensic|DNA|toxicolog\w*|swabs?|SFR\d?|laborator\w*|fibres?)\b", re.I)


def counted(finding: Finding) -> bool:
    """A failure the assessment would count: blocking or required, failing."""
    return finding.status is Status.FAIL and finding.severity is not Severity.ADVISORY


def reasons_for(finding: Finding, documents: dict[str, Document]) -> list[str]:
    """The CPS reasons a failing finding would be recorded under ([] for a check of our own)."""
    category = finding.dga
    if not category:
        return []
    if category in ONE_REASON:
        return [ONE_REASON[category]]
    if category.startswith("Disclosure - lines of inquiry"):
        return [REASONS[3] if NOT_GIVEN.search(finding.message) else REASONS[2]]
    if category.startswith("Evidential - forensic"):
        said = BOTH.sub(" ", finding.message)  # "forensic or medical results": neither yet
        found = [
            reason
            for reason, words in ((REASONS[8], FORENSIC), (REASONS[9], MEDICAL))
            if words.search(said)
        ]
        return found or [REASONS[8]]
    if "multimedia" in category:
        return _multimedia(finding, category, documents)
    return []


def _multimedia(finding: Finding, category: str, documents: dict[str, Document]) -> list[str]:
    if "not clipped" in category:
        failure = "not clipped"
    elif "not provided" in category and not NOT_PLAYABLE.search(finding.message):
        failure = "not provided"
    else:
        failure = "not in playable format"
    kinds = {
        MEDIA[d.type] for p in finding.documents if (d := documents.get(p)) and d.type in MEDIA
    }
    kinds |= {kind for kind, words in MEDIA_WORDS if re.search(words, finding.message, re.I)}
    out = []
    for kind in sorted(kinds or {"Other"}):
        said = failure
        if kind == "Other" and failure == "not provided":
            said = "not in playable format"  # the CPS lists no "Other not provided"
        out.append(f"Evidential failure - Multi-media {kind} {said}")
    return [reason for reason in out if reason in REASONS]


def dga_reasons(findings: Iterable[Finding], documents: Iterable[Document]) -> list[str]:
    """The reasons the CPS would record the file under, in the CPS's order, each once."""
    by_path = {d.path: d for d in documents}
    found = {r for f in findings if counted(f) for r in reasons_for(f, by_path)}
    return [r for r in REASONS if r in found]


def dga_line(reasons: list[str], would_pass: bool = True) -> str:
    """The line the lawyer would write."""
    if not reasons and would_pass:
        return "The DGA would record no failure reason."
    if not reasons:
        return (
            "The DGA would record no failure reason: what fails is among Gatekeeper's own checks, "
            "which the CPS's categories do not cover."
        )
    return "Would be recorded in the DGA as: " + "; ".join(reasons) + "."
