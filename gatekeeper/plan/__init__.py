"""Action plans: drafted from a check's findings, proportionate, dated in working days.

The core never imports Qt. ``draft_plan`` makes the plan; ``edit_action``, ``add_action`` and
``remove_action`` change it under the same checks; ``validate_action`` is the proportionality
guard; ``render_text``/``render_json``, ``write_docx`` and ``write_pdf`` are its outputs.
"""

from __future__ import annotations

from gatekeeper.plan.draft import (
    PlanEditError,
    add_action,
    draft_plan,
    edit_action,
    remove_action,
)
from gatekeeper.plan.guard import validate_action
from gatekeeper.plan.models import (
    ActionPlan,
    Contacts,
    FileDate,
    PlannedAction,
    PlanSettings,
    ToDecide,
)
from gatekeeper.plan.workdays import add_working_days, is_working_day

__all__ = [
    "ActionPlan",
    "Contacts",
    "FileDate",
    "PlanEditError",
    "PlanSettings",
    "PlannedAction",
    "ToDecide",
    "add_action",
    "add_working_days",
    "draft_plan",
    "edit_action",
    "is_working_day",
    "remove_action",
    "validate_action",
]
