"""Checks of the file as a whole: readability, names, URN, personal data, action plans."""

from __future__ import annotations

from gatekeeper.case import CaseFile, describe, join_names
from gatekeeper.models import DocType, Problem, Role
from gatekeeper.rules.registry import Outcome, check, failed, not_applicable, passed, review

ADMIN_FINALISATION_DAYS = 91
NOT_FILE_READ = {Problem.NOT_PLAYABLE, Problem.LINK_INSIDE}


@check
def files_readable(case: CaseFile) -> Outcome:
    unreadable = [
        d
        for d in case.documents
        if d.problem_kind is not None and d.problem_kind not in NOT_FILE_READ
    ]
    hard = [d for d in unreadable if d.problem_kind not in (Problem.SCANNED, Problem.NO_TEXT)]
    listed = "; ".join(f"{d.path}: {d.problem}" for d in unreadable)
    if hard:
        return failed(f"{len(hard)} file(s) cannot be read. {listed}", [d.path for d in unreadable])
    if unreadable:
        return review(
            f"Pages with no text: a person must read them. {listed}",
            [d.path for d in unreadable],
        )
    return passed(f"All {len(case.documents)} files open and have text or play.")


@check
def names_match_content(case: CaseFile) -> Outcome:
    mismatched = [d for d in case.documents if d.mismatch]
    if mismatched:
        return failed(
            "; ".join(f"{d.path}: {d.mismatch}" for d in mismatched) + ".",
            [d.path for d in mismatched],
        )
    return passed("Every file's name and extension agree with its content.")


@check
def one_urn(case: CaseFile) -> Outcome:
    urns = case.facts.urns
    if not urns:
        return review("No URN was found in any document: check the file is labelled with its URN.")
    if len(urns) > 1:
        main = max(urns, key=lambda u: len(urns[u]))
        others = {u: paths for u, paths in urns.items() if u != main}
        strays = sorted({p for paths in others.values() for p in paths})
        return failed(
            f"The file's URN is {main}, but {join_names(sorted(others))} also appear(s), in "
            f"{join_names(strays)}.",
            strays,
        )
    (urn,) = urns
    return passed(f"One URN throughout: {urn}.")


@check
def complainant_details_not_served(case: CaseFile) -> Outcome:
    identifiers = case.facts.complainant_identifiers
    if not identifiers:
        return not_applicable(
            "The complainant's contact details are not in the file to compare against."
        )
    served = case.of_type(DocType.MG5, DocType.MG11, DocType.ABE_SUMMARY, DocType.MG12)
    leaks: list[str] = []
    paths: list[str] = []
    for document in served:
        text = case.text(document)[: case.reading(document, "served-end")]
        found = [i for i in identifiers if i in text]
        if found:
            owner = " (her own statement)" if document.role is Role.COMPLAINANT else ""
            leaks.append(f"{describe(document)}{owner} shows {join_names(found)}")
            paths.append(document.path)
    if leaks:
        return failed(
            "Complainant's personal details in material to be served: " + "; ".join(leaks) + ".",
            paths,
        )
    return passed(
        "The complainant's address, phone and date of birth appear only in her contact details."
    )


@check
def action_plan_answered(case: CaseFile) -> Outcome:
    plans = case.of_type(DocType.ACTION_PLAN)
    responses = case.of_type(DocType.MG3A)
    if not responses:
        return not_applicable("This is not a resubmission (no MG3A).")
    if not plans:
        return review(
            "An MG3A is in the file but the action plan it answers is not: check it answers every action.",
            [d.path for d in responses],
        )
    items = case.facts.action_plan_items
    missing = [n for n in items if n not in case.facts.answered_items]
    paths = [d.path for d in plans + responses]
    if not items:
        return review(
            "The action plan's numbered actions could not be read: compare it with the MG3A.", paths
        )
    if missing:
        numbers = join_names([str(n) for n in missing])
        if case.facts.answers_numbered:
            return failed(
                f"The MG3A does not answer action(s) {numbers} of the action plan.", paths
            )
        return review(
            f"The MG3A does not number its answers, and no answer was recognised for action(s) "
            f"{numbers}: check it against the action plan.",
            paths,
        )
    return passed(f"The MG3A answers all {len(items)} actions.", paths)


@check
def action_plan_age(case: CaseFile) -> Outcome:
    plans = case.of_type(DocType.ACTION_PLAN)
    # Plans the case register holds open count even when the file no longer includes them.
    history = case.history.plans if case.history is not None else []
    registered = [p.issued for p in history if p.status == "open"]
    if not plans and not registered:
        return not_applicable("There is no action plan in the file.")
    paths = [d.path for d in plans]
    if case.of_type(DocType.MG3A):
        return passed("The action plan has been answered (MG3A).", paths)
    issued, source = case.facts.action_plan_date, ""
    if registered and (issued is None or min(registered) < issued):
        issued, source = min(registered), " (in the case register)"
    if issued is None:
        return review(
            "The action plan's date could not be read: check how long it has been open.", paths
        )
    age = (case.as_of - issued).days
    if age >= ADMIN_FINALISATION_DAYS:
        return failed(
            f"The action plan of {issued:%d/%m/%Y}{source} has been unanswered for {age} days: the CPS may "
            "administratively finalise the case.",
            paths,
        )
    return passed(f"The action plan of {issued:%d/%m/%Y}{source} is {age} days old.", paths)
