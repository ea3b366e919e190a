"""The register's answers as pydantic records: what the CLI prints and the desktop app shows."""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import Field

from gatekeeper.models import Record

PLAN_STATUSES = ("open", "answered", "withdrawn")


class Move(Record):
    old: str
    new: str


class SubmissionView(Record):
    """One submission and what changed since the one before (by file hash)."""

    number: int
    at: dt.datetime
    by: str
    folder: str
    stage: str
    complete: bool
    app_version: str
    checklist_sha256: str
    would_pass: bool
    headline: str
    files: int
    added: list[str] = Field(default_factory=list)
    removed: list[str] = Field(default_factory=list)
    changed: list[str] = Field(default_factory=list)
    moved: list[Move] = Field(default_factory=list, description="same content, new path")
    failures: list[str] = Field(default_factory=list, description="rules failing in this one")
    fixed: list[str] = Field(
        default_factory=list,
        description="failing before, not now, by what the file holds (not by a decision)",
    )
    passed_by_decision: list[str] = Field(
        default_factory=list, description="rules a person decided pass: overrides, never fixes"
    )
    remaining: list[str] = Field(default_factory=list, description="failing before and now")
    new_failures: list[str] = Field(default_factory=list)
    review: list[str] = Field(default_factory=list, description="rules left for a person")
    checked_again: bool = Field(
        default=False,
        description="returned for a check that found this submission's files unchanged: no "
        "new submission was recorded",
    )


class ActionView(Record):
    id: int
    plan: int
    number: int
    text: str
    rule: str | None = None
    rules: list[str] = Field(default_factory=list)
    owner: str
    due: dt.date | None = None
    status: str
    overdue_days: int | None = Field(default=None, description="days past due, while open")


class PlanView(Record):
    id: int
    issued: dt.date
    by: str
    source: str = Field(description="'register' (issued here) or 'file' (seen in a submission)")
    status: str
    days_open: int | None = Field(default=None, description="while open: days since issued")
    admin_finalisation_risk: str | None = Field(
        default=None, description="'near' or 'over' three months unanswered"
    )
    actions: list[ActionView] = Field(default_factory=list)


class AuditView(Record):
    at: dt.datetime
    by: str
    action: str
    urn: str | None = None
    detail: dict[str, Any] = Field(default_factory=dict)


class ChainCheck(Record):
    """What walking the audit trail's hash chain found."""

    ok: bool
    checked: int = Field(description="rows whose hash and link were checked")
    unchained: int = Field(default=0, description="rows written before the chain began")
    broken_at: int | None = Field(default=None, description="the first row that breaks it")
    problem: str | None = None
    last_hash: str | None = Field(default=None, description="the newest row's hash")


class CorrectionView(Record):
    sha256: str
    field: str
    value: str
    by: str
    at: dt.datetime
    paths: list[str] = Field(default_factory=list, description="where it is in the last one")


class DecisionView(Record):
    rule: str
    evidence: list[str] = Field(description="SHA-256s of the documents the finding rests on")
    status: str
    note: str
    by: str
    at: dt.datetime


class Timeliness(Record):
    as_of: dt.date
    report_date: dt.date | None = None
    days_since_report: int | None = None
    last_submission: dt.date | None = None
    days_since_last_submission: int | None = None
    overdue_actions: int = 0
    plans_near_admin_finalisation: int = 0
    plans_over_admin_finalisation: int = 0


class CaseView(Record):
    """Everything the register holds on one case."""

    urn: str
    urn_read: str | None = None
    created_at: dt.datetime
    closed_at: dt.datetime | None = None
    submissions: list[SubmissionView]
    plans: list[PlanView]
    actions: list[ActionView]
    corrections: list[CorrectionView]
    decisions: list[DecisionView]
    timeliness: Timeliness
    ping_pong: dict[str, int] = Field(description="submissions and action plans so far")
    audit: list[AuditView]


class CaseSummary(Record):
    """One line of ``register list``."""

    urn: str
    open: bool
    submissions: int
    plans: int
    open_plans: int
    last_submission: dt.date | None = None
    days_since_last_submission: int | None = None
    days_since_report: int | None = None
    would_pass: bool | None = None
    overdue_actions: int = 0
    oldest_open_plan_days: int | None = None


class RuleRate(Record):
    rule: str
    title: str
    checked: int
    failed: int
    rate: float


class SupervisorStats(Record):
    since: dt.date | None = None
    until: dt.date | None = None
    as_of: dt.date
    open_cases: int
    overdue_actions: int
    submissions: int
    median_days_report_to_submission: float | None = None
    rules: list[RuleRate]


class NewAction(Record):
    """An action to issue in a plan."""

    text: str
    owner: str
    due: dt.date | None = None
    rule: str | None = None
    rules: list[str] = Field(
        default_factory=list, description="every rule the action meets (a merged action: several)"
    )
