"""Draft an action plan from a check, and edit it without losing its guarantees.

``draft_plan`` turns each failing finding into the parts its rule asks for (``wording``), drops
what the file already holds, merges parts with the same owner and subject into one action, orders
the actions blocking, required, advisory, and dates them in working days. ``review`` findings
are listed apart for the gatekeeper to decide. ``edit_action``, ``add_action`` and
``remove_action`` return a new plan after re-checking dates and the proportionality guard.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from gatekeeper.forms import Phrases, load_forms
from gatekeeper.models import Document, Finding, Report, Severity, Status
from gatekeeper.plan.guard import validate_action
from gatekeeper.plan.models import (
    ActionPlan,
    Contacts,
    FileDate,
    PlannedAction,
    PlanSettings,
    ToDecide,
)
from gatekeeper.plan.wording import (
    MG3_SUBJECT,
    NEW_MG3_SUBJECT,
    Case,
    Part,
    parts_for,
    plan_urn,
    sentence,
)
from gatekeeper.plan.workdays import add_working_days, next_working_day, non_working_reason

DEFAULT_ALLOWANCE = 5  # working days, for a rule that gives none (or an action typed in)
ORDER = {Severity.BLOCKING: 0, Severity.REQUIRED: 1, Severity.ADVISORY: 2}
# Words that tie an action to an outstanding item the file dates (results "expected 12/12/2026").
TOPIC_WORDS = {
    "forensic": r"\b(forensic|DNA|toxicolog\w*|swabs?|SFR\d?|laborator\w*|samples?|scientist)\b",
    "medical": r"\b(medical|SARC|FME|injur\w*)\b",
    "digital": r"\b(cell site|phone|handset|download|extraction|digital|device)\b",
}


class PlanEditError(ValueError):
    """An edit the plan refuses; ``problems`` says why, one sentence each."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__(" ".join(problems))
        self.problems = problems


def draft_plan(
    report: Report,
    settings: PlanSettings,
    today: dt.date,
    phrases: Phrases | None = None,
) -> ActionPlan:
    """The proportionate action plan for ``report``, dated ``today``."""
    phrases = phrases or load_forms().phrases
    case = Case(report)
    failing = sorted(
        (f for f in report.findings if f.status is Status.FAIL),
        key=lambda f: ORDER[f.severity],  # stable: checklist order within a severity
    )
    findings = {f.rule: f for f in report.findings}
    to_decide = [
        ToDecide(rule=f.rule, title=f.title, message=f.message, documents=list(f.documents))
        for f in report.findings
        if f.status is Status.REVIEW
    ]
    groups: dict[tuple[str, str], list[Part]] = {}
    for finding in failing:
        for part in parts_for(finding, case):
            holding = held(part.asks_for, report.documents)
            if holding:
                to_decide.append(already_held(part, finding.title, holding))
                continue
            groups.setdefault((part.owner.lower(), part.subject), []).append(part)

    file_dates = [
        FileDate(text=item.text, date=item.target_date)
        for item in report.facts.outstanding
        if item.target_date is not None
    ]
    plan = ActionPlan(
        urn=plan_urn(report),
        submission=settings.submission,
        date=today,
        stage=report.stage.value,
        dga_reasons=list(report.summary.dga_reasons),
        folder=report.folder,
        to_decide=to_decide,
        contacts=Contacts(
            oic_name=report.facts.oic_name,
            oic_phone=report.facts.oic_phone,
            oic_email=report.facts.oic_email,
            gatekeeper_name=settings.gatekeeper_name,
            gatekeeper_phone=settings.gatekeeper_phone,
            gatekeeper_email=settings.gatekeeper_email,
        ),
        file_dates=file_dates,
        max_actions=settings.max_actions,
        review_after=settings.review_after,
        subdivision=settings.subdivision,
    )
    actions = []
    for number, parts in enumerate(groups.values(), start=1):
        rules = list(dict.fromkeys(p.rule for p in parts))
        merged = [findings[r] for r in rules]
        priority = min((f.severity for f in merged), key=ORDER.__getitem__)
        allowance = max((f.working_days or DEFAULT_ALLOWANCE) for f in merged)
        due = add_working_days(today, allowance, settings.subdivision)
        action = PlannedAction(
            id=f"A{number}",
            rules=rules,
            action=merged_text(parts),
            reason="; ".join(_reason(f) for f in merged),
            owner=parts[0].owner,
            due=due,
            review=add_working_days(due, settings.review_after, settings.subdivision),
            priority=priority,
            working_days=allowance,
            documents=_unique(d for p in parts for d in p.documents),
            asks_for=_unique(a for p in parts for a in p.asks_for),
            foundation=next((p.foundation for p in parts if p.foundation), None),
            parameters=next((p.parameters for p in parts if p.parameters), None),
            topics=sorted({t for p in parts for t in p.topics}),
        )
        actions.append(action.model_copy(update={"unrealistic": unrealistic(action, plan)}))
    plan.actions = actions
    plan.warnings = warnings(plan, report, phrases)
    return plan


def _reason(finding: Finding) -> str:
    decided = ""
    if finding.decided_by:
        note = f": {finding.note}" if finding.note else ""
        decided = f"; decided by {finding.decided_by}{note}"
    return f"{finding.rule}: {finding.title} ({finding.citation}{decided})"


def merged_text(parts: list[Part]) -> str:
    """One action's words: the MG3's amendments joined under one verb (or added to the request
    for a new MG3), else the first part's: the most severe finding's, which asks for the same
    thing as the rest."""
    clauses = list(dict.fromkeys(p.clause for p in parts if p.clause))
    first = parts[0]
    if first.clause is None and clauses:  # "Complete an MG3 ..." and what it must record
        return sentence(f"{first.text.rstrip('.')}; in it, " + "; ".join(clauses))
    if first.subject in (MG3_SUBJECT, NEW_MG3_SUBJECT) and len(clauses) > 1:
        lead = first.text.split(":", 1)[0]
        return sentence(f"{lead}: " + "; ".join(clauses))
    return first.text


def held(asks_for: list[str], documents: list[Document]) -> list[Document]:
    """The documents of the file that already are what a part asks for."""
    found = []
    for ask in asks_for:
        kind, _, who = ask.partition(":")
        for document in documents:
            if document.type.value != kind:
                continue
            by_role = document.role is not None and document.role.value == who
            by_maker = bool(document.maker) and _same_person(document.maker or "", who)
            if not who or by_role or by_maker:
                found.append(document)
    return found


def _same_person(maker: str, name: str) -> bool:
    words = [w.lower() for w in re.findall(r"[A-Za-z'-]{2,}", name)]
    made = {w.lower() for w in re.findall(r"[A-Za-z'-]{2,}", maker)}
    return bool(words) and all(w in made for w in words[-2:])


def already_held(part: Part, title: str, holding: list[Document]) -> ToDecide:
    paths = ", ".join(d.path for d in holding)
    return ToDecide(
        rule=part.rule,
        title=title,
        message=(
            f"The file already holds {paths}, so the plan does not ask for it again: check "
            f"whether it answers the rule (it would otherwise read: {part.text})"
        ),
        documents=[d.path for d in holding],
    )


def topics_of(text: str) -> list[str]:
    return sorted(t for t, regex in TOPIC_WORDS.items() if re.search(regex, text, re.IGNORECASE))


def unrealistic(action: PlannedAction, plan: ActionPlan) -> str | None:
    """Why the due date cannot be met, when the file gives a later date for the same thing."""
    topics = set(action.topics)
    later = [
        item
        for item in plan.file_dates
        if item.date > action.due and topics & set(topics_of(item.text))
    ]
    if not later:
        return None
    item = max(later, key=lambda i: i.date)
    return (
        f'Due {action.due:%d/%m/%Y}, but the file expects "{_short(item.text)}" on '
        f"{item.date:%d/%m/%Y}: set the due date after it, or ask what can be done sooner."
    )


def warnings(plan: ActionPlan, report: Report | None, phrases: Phrases) -> list[str]:
    """What the gatekeeper should know before sending the plan."""
    found = []
    if len(plan.actions) > plan.max_actions:
        found.append(
            f"The plan has {len(plan.actions)} actions (more than {plan.max_actions}): speak to "
            "the officer first; a long plan is rarely proportionate and is answered late."
        )
    contacts = plan.contacts
    missing_oic = [
        label
        for label, value in (
            ("name", contacts.oic_name),
            ("phone", contacts.oic_phone),
            ("e-mail", contacts.oic_email),
        )
        if not value
    ]
    if missing_oic:
        found.append(
            f"The OIC's {', '.join(missing_oic)} could not be read from the file: add them before "
            "sending (joint inspection of rape 2021, recommendation 5)."
        )
    missing_gk = [
        (detail, option)
        for detail, option, value in (
            ("name", "--gatekeeper-name", contacts.gatekeeper_name),
            ("phone", "--gatekeeper-phone", contacts.gatekeeper_phone),
            ("e-mail", "--gatekeeper-email", contacts.gatekeeper_email),
        )
        if not value
    ]
    if missing_gk:
        found.append(
            "Your own direct contact details are missing "
            f"({', '.join(d for d, _ in missing_gk)}): every plan carries them. Set them in the app "
            f"(Edit > Settings) or give {', '.join(o for _, o in missing_gk)} on the command line."
        )
    late = [a.id for a in plan.actions if a.unrealistic]
    if late:
        found.append(
            f"Action(s) {', '.join(late)} are due before a date the file itself gives: see each "
            "action's note."
        )
    refused = [a.id for a in plan.actions if validate_action(a.action, phrases)]
    if refused:
        found.append(f"Action(s) {', '.join(refused)} fail the proportionality guard: reword them.")
    if plan.urn is None:
        found.append("No URN was found in the file: add it to the plan before sending.")
    if report is not None:
        if len(report.facts.urns) > 1:
            found.append(f"The file gives more than one URN; the plan uses {plan.urn}.")
        if not report.complete:
            found.append("The check did not read every file: the plan is provisional.")
    return found


# --- editing ---------------------------------------------------------------------------------


def edit_action(
    plan: ActionPlan,
    action_id: str,
    phrases: Phrases | None = None,
    *,
    action: str | None = None,
    owner: str | None = None,
    due: dt.date | None = None,
    review: dt.date | None = None,
    priority: Severity | None = None,
    foundation: str | None = None,
    parameters: str | None = None,
) -> ActionPlan:
    """The plan with one action changed, after the same checks a drafted action passes.

    A new due date keeps the review date's distance unless a review date is given too. Raises
    ``PlanEditError`` (nothing changed) when the text is disproportionate or a date impossible.
    """
    phrases = phrases or load_forms().phrases
    current = _find(plan, action_id)
    update: dict[str, object] = {}
    if action is not None:
        update["action"] = sentence(action)
        update["added_by"] = "gatekeeper"
        # a drafted action keeps its rule's topics; words the gatekeeper typed bring their own
        update["topics"] = current.topics or topics_of(action)
    if owner is not None:
        update["owner"] = owner.strip()
    if priority is not None:
        update["priority"] = priority
    if foundation is not None:
        update["foundation"] = foundation
    if parameters is not None:
        update["parameters"] = parameters
    if due is not None:
        update["due"] = due
        if review is None:
            update["review"] = add_working_days(due, plan.review_after, plan.subdivision)
    if review is not None:
        update["review"] = review
    changed = current.model_copy(update=update)
    _validate(changed, plan, phrases)
    changed = changed.model_copy(update={"unrealistic": unrealistic(changed, plan)})
    actions = [changed if a.id == action_id else a for a in plan.actions]
    return _replan(plan, actions, phrases)


def add_action(
    plan: ActionPlan,
    text: str,
    owner: str,
    phrases: Phrases | None = None,
    *,
    rules: list[str] | None = None,
    priority: Severity = Severity.REQUIRED,
    working_days: int = DEFAULT_ALLOWANCE,
    due: dt.date | None = None,
    review: dt.date | None = None,
    documents: list[str] | None = None,
    foundation: str | None = None,
    parameters: str | None = None,
) -> ActionPlan:
    """The plan with an action the gatekeeper typed, refused (``PlanEditError``) when blanket,
    without its reason or limits, or on an impossible date."""
    phrases = phrases or load_forms().phrases
    due = due or add_working_days(plan.date, working_days, plan.subdivision)
    number = 1 + max((int(a.id[1:]) for a in plan.actions if a.id[1:].isdigit()), default=0)
    action = PlannedAction(
        id=f"A{number}",
        rules=rules or [],
        action=sentence(text),
        reason="Added by the gatekeeper.",
        owner=owner.strip(),
        due=due,
        review=review or add_working_days(due, plan.review_after, plan.subdivision),
        priority=priority,
        working_days=working_days,
        documents=documents or [],
        foundation=foundation,
        parameters=parameters,
        topics=topics_of(text),
        added_by="gatekeeper",
    )
    _validate(action, plan, phrases)
    action = action.model_copy(update={"unrealistic": unrealistic(action, plan)})
    at = max(
        (i + 1 for i, a in enumerate(plan.actions) if ORDER[a.priority] <= ORDER[priority]),
        default=0,
    )
    return _replan(plan, [*plan.actions[:at], action, *plan.actions[at:]], phrases)


def remove_action(plan: ActionPlan, action_id: str, phrases: Phrases | None = None) -> ActionPlan:
    _find(plan, action_id)
    kept = [a for a in plan.actions if a.id != action_id]
    return _replan(plan, kept, phrases or load_forms().phrases)


def _find(plan: ActionPlan, action_id: str) -> PlannedAction:
    for action in plan.actions:
        if action.id == action_id:
            return action
    raise PlanEditError([f"The plan has no action {action_id}."])


def _validate(action: PlannedAction, plan: ActionPlan, phrases: Phrases) -> None:
    problems = []
    if not action.action.strip(" ."):
        problems.append("An action needs words: say what to provide or do.")
    if not action.owner:
        problems.append("An action needs an owner (OIC, disclosure officer, supervisor).")
    problems += validate_action(action.action, phrases)
    for label, day in (("due", action.due), ("review", action.review)):
        why = non_working_reason(day, plan.subdivision)
        if why:
            following = next_working_day(day, plan.subdivision)
            problems.append(
                f"The {label} date {day:%d/%m/%Y} is not a working day ({why}): the next working "
                f"day is {following:%d/%m/%Y}."
            )
    if action.due <= plan.date:
        problems.append(
            f"The due date {action.due:%d/%m/%Y} must be after the plan's date ({plan.date:%d/%m/%Y})."
        )
    if action.review < action.due:
        problems.append(
            f"The review date {action.review:%d/%m/%Y} is before the due date {action.due:%d/%m/%Y}."
        )
    if problems:
        raise PlanEditError(problems)


def _replan(plan: ActionPlan, actions: list[PlannedAction], phrases: Phrases) -> ActionPlan:
    changed = plan.model_copy(update={"actions": actions})
    kept = [w for w in plan.warnings if w.startswith(("The file gives more", "The check did not"))]
    fresh = warnings(changed, None, phrases)
    return changed.model_copy(update={"warnings": fresh + [w for w in kept if w not in fresh]})


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))


def _short(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
