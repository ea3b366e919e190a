"""Issue a drafted plan into the case register: each action with its owner, due date and the
rules it was drafted for, so the next submission can mark the actions it answers."""

from __future__ import annotations

from gatekeeper.plan.models import ActionPlan
from gatekeeper.register import NewAction, Register
from gatekeeper.register.views import PlanView


class NothingToIssue(ValueError):
    """A plan without actions: issuing it would leave an open plan nothing can answer."""


def issue_plan(register: Register, urn: str, plan: ActionPlan, *, by: str) -> PlanView:
    """Record ``plan`` as the case's current plan (status open); raises ``RegisterError``, or
    ``NothingToIssue`` for a plan without actions."""
    if not plan.actions:
        raise NothingToIssue("the plan has no actions: there is nothing to issue")
    actions = [
        NewAction(
            text=a.action,
            owner=a.owner,
            due=a.due,
            rule=a.rules[0] if a.rules else None,
            rules=a.rules,
        )
        for a in plan.actions
    ]
    return register.issue_plan(urn, plan.date, actions, by=by)
