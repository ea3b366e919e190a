"""The plan as text for the terminal, and as JSON; the DOCX and PDF writers share its labels."""

from __future__ import annotations

import textwrap

from gatekeeper.dga import dga_line
from gatekeeper.plan.models import ActionPlan, PlannedAction

WIDTH = 100
PRIORITY_LABELS = {"blocking": "Blocking", "required": "Required", "advisory": "Advisory"}


def title(plan: ActionPlan) -> str:
    return f"Action plan: URN {plan.urn or '(no URN found)'}"


def header_lines(plan: ActionPlan) -> list[str]:
    """URN, submission and date, as every output heads the plan."""
    submission = f"submission {plan.submission}" if plan.submission else "submission not numbered"
    return [
        f"URN {plan.urn or '(no URN found)'}; {submission}; {plan.stage.replace('_', ' ')} stage",
        f"Date of plan: {plan.date:%d/%m/%Y}. {len(plan.actions)} action(s); due and review "
        "dates are working days (weekends and England and Wales bank holidays skipped).",
        *([dga_line(plan.dga_reasons, False)] if plan.dga_reasons else []),
    ]


def contact_rows(plan: ActionPlan) -> list[tuple[str, str, str, str]]:
    """(who, name, phone, e-mail) for the OIC and the gatekeeper; gaps say so."""
    c = plan.contacts
    missing = "(not given)"
    return [
        (
            "Officer in the case",
            c.oic_name or missing,
            c.oic_phone or missing,
            c.oic_email or missing,
        ),
        (
            "Gatekeeper",
            c.gatekeeper_name or missing,
            c.gatekeeper_phone or missing,
            c.gatekeeper_email or missing,
        ),
    ]


def action_details(action: PlannedAction) -> list[str]:
    """The lines under an action's words: why, its foundation and limits, a date warning."""
    lines = [f"Why: {action.reason}"]
    if action.foundation:
        lines.append(f"Foundation: {action.foundation}")
    if action.parameters:
        lines.append(f"Parameters: {action.parameters}")
    if action.unrealistic:
        lines.append(f"Unrealistic date: {action.unrealistic}")
    return lines


def render_text(plan: ActionPlan) -> str:
    lines = [title(plan), *header_lines(plan), "", "Direct contacts"]
    for who, name, phone, email in contact_rows(plan):
        lines.append(f"  {who}: {name}, {phone}, {email}")
    lines.append("")
    if plan.warnings:
        lines.append("Before you send it:")
        for warning in plan.warnings:
            lines += _wrapped(f"! {warning}", "  ")
        lines.append("")
    if not plan.actions:
        lines += ["No actions: no rule fails.", ""]
    for action in plan.actions:
        rules = ", ".join(action.rules) or "added"
        lines.append(
            f"{action.id}  [{action.priority.value.upper()}] {action.owner}: due "
            f"{action.due:%a %d/%m/%Y}, review {action.review:%a %d/%m/%Y}  ({rules})"
        )
        lines += _wrapped(action.action, "    ")
        for detail in action_details(action):
            lines += _wrapped(detail, "      ")
        lines.append("")
    if plan.to_decide:
        lines.append(f"For the gatekeeper to decide ({len(plan.to_decide)}): not actions yet")
        for item in plan.to_decide:
            lines += _wrapped(f"- {item.rule}: {item.title}. {item.message}", "  ")
        lines.append("")
    return "\n".join(lines) + "\n"


def render_json(plan: ActionPlan) -> str:
    return plan.model_dump_json(indent=2) + "\n"


def _wrapped(text: str, indent: str) -> list[str]:
    return textwrap.wrap(
        text, WIDTH, initial_indent=indent, subsequent_indent=indent + "  ", break_on_hyphens=False
    ) or [indent]
