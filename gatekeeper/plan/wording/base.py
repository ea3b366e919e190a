"""The parts of an action and what the wording of each rule shares.

A builder (``@builds("RULE")``) turns one failing finding into parts; ``Case`` gives it the
report's facts and documents.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from gatekeeper.case import describe, join_names
from gatekeeper.models import DocType, Document, Facts, Finding, Report
from gatekeeper.references import case_urn

MG3_SUBJECT = "MG3"
NEW_MG3_SUBJECT = "MG3-new"


@dataclass
class Part:
    """One thing a finding asks for; parts with the same owner and subject become one action."""

    rule: str
    subject: str
    owner: str
    text: str
    clause: str | None = None  # an amendment to the MG3, joined under "Amend the MG3 ..."
    documents: list[str] = field(default_factory=list)
    asks_for: list[str] = field(default_factory=list)
    foundation: str | None = None
    parameters: str | None = None
    topics: frozenset[str] = frozenset()


@dataclass
class Case:
    """The report, with the look-ups the builders share."""

    report: Report

    @property
    def facts(self) -> Facts:
        return self.report.facts

    def docs(self, *types: DocType) -> list[Document]:
        return [d for d in self.report.documents if d.type in types]

    def by_path(self, paths: list[str]) -> list[Document]:
        wanted = set(paths)
        return [d for d in self.report.documents if d.path in wanted]

    def named(self, paths: list[str]) -> str:
        """The documents as a gatekeeper names them: "PC Tom Ellery's statement and the MG3"."""
        return join_names([describe_doc(d) for d in self.by_path(paths)])

    @property
    def complainant(self) -> str:
        return self.facts.complainant or "the complainant"

    @property
    def complainant_s(self) -> str:
        return possessive(self.complainant)

    @property
    def suspect(self) -> str:
        return clean_name(self.facts.suspect) or "the suspect"

    def mg3(self) -> str:
        found = self.docs(DocType.MG3A) or self.docs(DocType.MG3)
        return f"the MG3 ({found[0].path})" if found else "the MG3"


Builder = Callable[[Finding, Case], list[Part]]
BUILDERS: dict[str, Builder] = {}


def builds(*rules: str) -> Callable[[Builder], Builder]:
    def register(fn: Builder) -> Builder:
        for rule in rules:
            if rule in BUILDERS:
                raise ValueError(f"two wordings for {rule}")
            BUILDERS[rule] = fn
        return fn

    return register


def parts_for(finding: Finding, case: Case) -> list[Part]:
    """The parts a failing finding asks for: its rule's wording, or the checklist's action."""
    builder = BUILDERS.get(finding.rule)
    parts = builder(finding, case) if builder else []
    return parts or [generic(finding)]


def generic(finding: Finding) -> Part:
    text = finding.action or f"Put right: {finding.title}."
    return Part(
        finding.rule,
        f"rule:{finding.rule}",
        finding.owner or "OIC",
        text,
        documents=list(finding.documents),
    )


# --- helpers ---------------------------------------------------------------------------------


def possessive(name: str) -> str:
    if name.startswith("the "):
        return f"{name}'s"
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def clean_name(name: str | None) -> str | None:
    """A name as a form gives it ("Surname: PRYCE") made fit for a sentence, or None."""
    if not name:
        return None
    name = re.sub(r"^\s*(surname|name|forename)s?\s*:\s*", "", name, flags=re.IGNORECASE)
    if name.isupper():
        name = name.title()
    return name.strip() or None


def describe_doc(document: Document) -> str:
    if document.type is DocType.MG11 or document.type in (
        DocType.ABE_SUMMARY,
        DocType.ABE_PLAN,
        DocType.MG3,
        DocType.MG3A,
        DocType.MG5,
        DocType.DMD,
        DocType.MG12,
        DocType.MG6C,
        DocType.MG6D,
        DocType.ROTI,
        DocType.ACTION_PLAN,
    ):
        return describe(document)
    return document.path


def sentence(text: str) -> str:
    text = " ".join(text.split())
    return text if text.endswith((".", "?", "!")) else text + "."


def mg3_part(
    finding: Finding, case: Case, clause: str, topics: frozenset[str] = frozenset()
) -> Part:
    """An amendment to the MG3; with no MG3 in the file, a point for the new one (MG3-PRESENT)."""
    if not case.docs(DocType.MG3, DocType.MG3A):
        return Part(
            finding.rule,
            NEW_MG3_SUBJECT,
            finding.owner or "OIC",
            sentence(f"In the MG3: {clause}"),
            clause=clause,
            documents=list(finding.documents),
            topics=topics,
        )
    mg3 = case.mg3()
    return Part(
        finding.rule,
        MG3_SUBJECT,
        finding.owner or "OIC",
        sentence(f"Amend {mg3}: {clause}"),
        clause=clause,
        documents=list(finding.documents),
        topics=topics,
    )


def outstanding_names(case: Case, undated_only: bool = False) -> str:
    names = []
    for item in case.facts.outstanding:
        if undated_only and item.target_date is not None:
            continue
        text = re.sub(r"^\s*item\s*:\s*", "", item.text, flags=re.IGNORECASE)
        text = re.split(r",\s*(action so far|target( date)?)\b|\s+-\s+target", text, flags=re.I)[0]
        names.append(text.strip(" .;"))
    return "; ".join(n for n in names if n)


def plan_urn(report: Report) -> str | None:
    """The case's URN: the one most documents give."""
    return case_urn(report.facts.urns)
