"""Run a checklist's rules over a case: one finding per rule, then a person's decisions on top."""

from __future__ import annotations

from collections.abc import Iterable

from gatekeeper.case import CaseFile, join_names
from gatekeeper.checklist import Presence, Rule
from gatekeeper.classify import holds_form
from gatekeeper.dga import dga_reasons
from gatekeeper.models import (
    ActionHistory,
    Decision,
    DocType,
    Document,
    Finding,
    PlanHistory,
    Problem,
    Severity,
    Stage,
    Status,
    Summary,
)
from gatekeeper.rules import CheckFn, Outcome, registered_checks

ANSWERED = "AP-ANSWERED"
STAGE_NAMES = {
    Stage.CHARGING: "in a request for a charging decision",
    Stage.EARLY_ADVICE: "at the early advice stage",
    Stage.THRESHOLD: "in a threshold test request",
}


def evaluate(case: CaseFile, rules: list[Rule], decisions: dict[str, Decision]) -> list[Finding]:
    checks = registered_checks()
    findings = []
    for rule in rules:
        if case.stage not in rule.stages:
            # Every rule is reported, so every report lists the same rules; this one is not
            # asked of a request at this stage.
            outcome = Outcome(
                Status.NOT_APPLICABLE, f"Not asked for {STAGE_NAMES[case.stage]}.", []
            )
        elif rule.presence is not None:
            outcome = _presence(case, rule.presence)
        else:
            assert rule.check is not None  # the checklist schema allows only presence or check
            outcome = _run(checks[rule.check], case)
        finding = Finding(
            rule=rule.id,
            status=outcome.status,
            severity=rule.severity_at(case.stage),
            title=rule.title,
            message=outcome.message,
            documents=outcome.documents,
            citation=rule.citation,
            action=rule.action,
            owner=rule.owner,
            working_days=rule.working_days,
            dga=rule.dga_category,
        )
        findings.append(finding)
    decided = [_decided(f, decisions.get(f.rule)) for f in findings]
    # AP-ANSWERED rests on the other findings as a person decided them (unless it is decided).
    return [
        _answered(case, f, decided) if f.rule == ANSWERED and f.rule not in decisions else f
        for f in decided
    ]


def _decided(finding: Finding, decision: Decision | None) -> Finding:
    """A person's decision on a finding stands over what the rule found."""
    if decision is None:
        return finding
    return finding.model_copy(
        update={"status": decision.status, "decided_by": decision.by, "note": decision.note or None}
    )


def _answered(case: CaseFile, finding: Finding, findings: list[Finding]) -> Finding:
    """AP-ANSWERED from the register: the open actions of the case's issued plans, each answered
    when every rule it was drafted for now passes. Read after the other rules, since it rests on
    their findings; without issued actions the rule's own reading of the file stands."""
    plans = [p for p in (case.history.plans if case.history else []) if p.status == "open"]
    submitted = case.history.submitted if case.history else None
    if submitted is not None:
        # The same files looked at again: a plan issued since they were submitted asks for
        # what they cannot hold yet; it is answered, or not, by the next submission.
        plans = [p for p in plans if p.issued < submitted.date()]
    actions = [(p, a) for p in plans for a in p.actions if a.status == "open"]
    if not actions:
        return finding
    status = {f.rule: f.status for f in findings}
    failing = [(p, a) for p, a in actions if any(status.get(r) is Status.FAIL for r in a.rules)]
    # Not shown to be answered: no rule to judge it by, or a rule left for a person.
    unknown = [
        (p, a)
        for p, a in actions
        if (p, a) not in failing
        and (
            not any(r in status for r in a.rules)
            or any(status.get(r) is Status.REVIEW for r in a.rules)
        )
    ]

    def listed(items: list[tuple[PlanHistory, ActionHistory]]) -> str:
        return "; ".join(
            f"{a.number}. {_short(a.text)} (plan of {p.issued:%d/%m/%Y})" for p, a in items
        )

    if failing:
        message = f"Not yet answered: {listed(failing)}."
        return finding.model_copy(update={"status": Status.FAIL, "message": message})
    if unknown:
        message = (
            f"{len(actions) - len(unknown)} open action(s) are answered; these could not be "
            f"confirmed from the file, check them by eye: {listed(unknown)}."
        )
        return finding.model_copy(update={"status": Status.REVIEW, "message": message})
    message = f"This submission answers all {len(actions)} open action(s) of the case's plans."
    return finding.model_copy(update={"status": Status.PASS, "message": message})


def _short(text: str, limit: int = 90) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _run(check: CheckFn, case: CaseFile) -> Outcome:
    """A rule that fails to run must not end the check: it becomes a point for a person."""
    try:
        return check(case)
    except Exception as exc:  # a bug in one rule: report it on the rule, check the rest
        return Outcome(
            Status.REVIEW,
            f"This rule could not be checked automatically ({type(exc).__name__}): check it by eye.",
            [],
        )


# Forms a disclosure officer binds in one file, each under its own title (a workbook's sheets):
# the file is recognised as one of them.
BOUND = frozenset({DocType.MG6C, DocType.MG6D, DocType.MG6E})
BOUND_WITH = (DocType.MG6C, DocType.MG6D, DocType.MG6E)


def _presence(case: CaseFile, presence: Presence) -> Outcome:
    found = [
        d for d in case.of_type(*presence.types) if presence.role is None or d.role is presence.role
    ]
    readable = [d for d in found if d.readable]
    names = (
        join_names([t.value for t in presence.types])
        if len(presence.types) > 1
        else presence.types[0].value
    )
    if len(readable) >= presence.min:
        return Outcome(Status.PASS, f"{names} in the file.", [d.path for d in readable])
    if not found and presence.role is None and presence.min == 1:
        # Schedules bound in one file: "MG6C ... MG6D" on two sheets of one workbook
        for document in case.of_type(*BOUND_WITH):
            if document.readable and any(
                holds_form(case.text(document), t) for t in presence.types if t in BOUND
            ):
                return Outcome(
                    Status.PASS,
                    f"{names} in the file, bound in {document.path} under its own title.",
                    [document.path],
                )
    if found:
        return Outcome(
            Status.FAIL,
            f"{names} is in the file but cannot be read: "
            + "; ".join(f"{d.path} ({d.problem})" for d in found if not d.readable),
            [d.path for d in found],
        )
    unread = [d for d in case.with_problem(*Problem) if not d.readable]
    message = presence.missing
    if unread:
        message += (
            f" ({len(unread)} file(s) could not be read; if one of them is it, correct its type.)"
        )
    return Outcome(Status.FAIL, message, [])


def summarise(
    findings: list[Finding],
    complete: bool = True,
    files: tuple[int, int] = (0, 0),
    documents: Iterable[Document] = (),
) -> Summary:
    failing = [f for f in findings if f.status is Status.FAIL]
    counts = {s: sum(1 for f in failing if f.severity is s) for s in Severity}
    reviews = sum(1 for f in findings if f.status is Status.REVIEW)
    would_pass = counts[Severity.BLOCKING] == 0 and counts[Severity.REQUIRED] == 0
    if would_pass:
        headline = "Would pass the CPS assessment"
        extras = []
        if reviews:
            extras.append(f"{reviews} point(s) for a person to review")
        if counts[Severity.ADVISORY]:
            extras.append(f"{counts[Severity.ADVISORY]} advisory")
        if extras:
            headline += f" ({', '.join(extras)})"
    else:
        parts = [f"{counts[Severity.BLOCKING]} blocking", f"{counts[Severity.REQUIRED]} required"]
        headline = f"Would not pass the CPS assessment: {', '.join(parts)}"
        if reviews:
            headline += f"; {reviews} to review"
    if not complete:
        done, total = files
        headline = f"Check cancelled after {done} of {total} files: provisional. {headline}"
    return Summary(
        blocking=counts[Severity.BLOCKING],
        required=counts[Severity.REQUIRED],
        advisory=counts[Severity.ADVISORY],
        review=reviews,
        would_pass=would_pass,
        headline=headline,
        dga_reasons=dga_reasons(findings, documents),
    )
