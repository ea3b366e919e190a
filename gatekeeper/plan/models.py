"""The records of an action plan: what to do, by whom, by when, and why.

Plain pydantic models (``extra="forbid"``) that round-trip through JSON unchanged, so the case
register can store an issued plan and the GUI can show and edit one without knowing how it was
drafted. ``ActionPlan.model_dump_json()`` is the plan's JSON output.
"""

from __future__ import annotations

import datetime as dt

from pydantic import Field

from gatekeeper.models import Record, Severity

DEFAULT_MAX_ACTIONS = 10
DEFAULT_REVIEW_AFTER = 2  # working days after the due date to check the answer has come


class PlanSettings(Record):
    """What a plan depends on besides the check: the gatekeeper's contacts and the plan's limits.

    Passed explicitly (never global). ``review_after`` is in working days after each due date.
    """

    gatekeeper_name: str | None = None
    gatekeeper_phone: str | None = None
    gatekeeper_email: str | None = None
    max_actions: int = Field(default=DEFAULT_MAX_ACTIONS, ge=1)
    review_after: int = Field(default=DEFAULT_REVIEW_AFTER, ge=0)
    submission: int | None = Field(default=None, description="the submission this plan answers")
    subdivision: str = Field(default="ENG", description="bank holidays: England and Wales")


class PlannedAction(Record):
    """One action: what to provide or do, why, who does it, by when and when it is reviewed."""

    id: str = Field(description="stable within the plan: A1, A2 ...")
    rules: list[str] = Field(description="the rules the action answers; it is met when all pass")
    action: str
    reason: str = Field(description="the rules' titles and citations")
    owner: str
    due: dt.date
    review: dt.date
    priority: Severity
    working_days: int = Field(description="the allowance the due date was counted from")
    documents: list[str] = Field(
        default_factory=list, description="the file's documents it rests on"
    )
    asks_for: list[str] = Field(
        default_factory=list,
        description="new documents the action asks for, as 'TYPE' or 'MG11:<maker>'",
    )
    foundation: str | None = Field(
        default=None, description="digital/third-party material: the issue in the case it serves"
    )
    parameters: str | None = Field(
        default=None, description="digital/third-party material: date range, data types, terms"
    )
    unrealistic: str | None = Field(
        default=None, description="why the due date cannot be met, when the file says so"
    )
    topics: list[str] = Field(
        default_factory=list, description="forensic/medical/digital: tie it to the file's dates"
    )
    added_by: str = Field(default="drafted", description="'drafted' or 'gatekeeper'")


class ToDecide(Record):
    """A finding left for a person: not an action until the gatekeeper decides it."""

    rule: str
    title: str
    message: str
    documents: list[str] = Field(default_factory=list)


class Contacts(Record):
    oic_name: str | None = None
    oic_phone: str | None = None
    oic_email: str | None = None
    gatekeeper_name: str | None = None
    gatekeeper_phone: str | None = None
    gatekeeper_email: str | None = None


class FileDate(Record):
    """A date the file itself gives for something outstanding ("toxicology expected 12/12/2026")."""

    text: str
    date: dt.date


class ActionPlan(Record):
    """A proportionate action plan drafted from one check, ready to edit, issue and track."""

    urn: str | None
    submission: int | None = None
    date: dt.date
    stage: str = "charging"
    folder: str | None = None
    actions: list[PlannedAction] = Field(default_factory=list)
    to_decide: list[ToDecide] = Field(default_factory=list)
    contacts: Contacts = Field(default_factory=Contacts)
    warnings: list[str] = Field(default_factory=list)
    dga_reasons: list[str] = Field(
        default_factory=list,
        description="the CPS's DGA failure reasons the check found, the lawyer's list it answers",
    )
    file_dates: list[FileDate] = Field(
        default_factory=list, description="target dates the file gives, to test due dates against"
    )
    max_actions: int = DEFAULT_MAX_ACTIONS
    review_after: int = DEFAULT_REVIEW_AFTER
    subdivision: str = "ENG"
