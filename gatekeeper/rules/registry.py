"""The flat registry of content checks, one function per rule id."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from gatekeeper.case import CaseFile
from gatekeeper.models import DocType, Document, Problem, Status


@dataclass
class Outcome:
    """What a check found; the evaluator adds the rule's metadata to make a Finding."""

    status: Status
    message: str
    documents: list[str] = field(default_factory=list)


CheckFn = Callable[[CaseFile], Outcome]
_CHECKS: dict[str, CheckFn] = {}


def check(fn: CheckFn) -> CheckFn:
    """Register ``fn`` under its name, which checklist rules give as ``check = "name"``.

    A second function of the same name is an error: the registry is flat and greppable.
    """
    if fn.__name__ in _CHECKS:
        raise ValueError(f"a check called {fn.__name__} is registered twice")
    _CHECKS[fn.__name__] = fn
    return fn


def registered() -> dict[str, CheckFn]:
    return dict(_CHECKS)


def passed(message: str, documents: list[str] | None = None) -> Outcome:
    return Outcome(Status.PASS, message, documents or [])


def failed(message: str, documents: list[str] | None = None) -> Outcome:
    return Outcome(Status.FAIL, message, documents or [])


def review(message: str, documents: list[str] | None = None) -> Outcome:
    return Outcome(Status.REVIEW, message, documents or [])


def not_applicable(message: str) -> Outcome:
    return Outcome(Status.NOT_APPLICABLE, message, [])


def unreliable(case: CaseFile, document: Document) -> bool:
    """No text to rely on: none at all, or a scan read by OCR with low confidence."""
    if not case.text(document).strip(" \n\f"):
        return True
    return document.problem_kind in (Problem.SCANNED, Problem.NO_TEXT)


def unreadable_reports(case: CaseFile) -> Outcome | None:
    """A review when every MG3/MG3A is present but has no reliable text: never a guess."""
    reports = case.of_type(DocType.MG3, DocType.MG3A)
    if reports and all(unreliable(case, d) for d in reports):
        return review(
            "The MG3 has no reliable text (scanned, damaged, or read by OCR with low confidence): "
            "check by eye what it says.",
            [d.path for d in reports],
        )
    return None
