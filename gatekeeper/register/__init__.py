"""The case register: every check remembered, re-submissions compared, action plans tracked.

``Register.open(url)`` opens (creating or upgrading) a SQLite file or a PostgreSQL database;
``check_and_record`` runs a check with what the register knows of the case and records it.
Only findings, structured facts and metadata are stored, never document text.
"""

from __future__ import annotations

from gatekeeper.register.checking import (
    RecordedCheck,
    check_and_record,
    default_user,
    recorded_line,
)
from gatekeeper.register.errors import RegisterError
from gatekeeper.register.location import ENV_VAR, default_path, network_share, resolve_url
from gatekeeper.register.store import CheckContext, Register, evidence_of, urn_of
from gatekeeper.register.views import (
    ActionView,
    AuditView,
    CaseSummary,
    CaseView,
    NewAction,
    PlanView,
    RuleRate,
    SubmissionView,
    SupervisorStats,
    Timeliness,
)

__all__ = [
    "ENV_VAR",
    "ActionView",
    "AuditView",
    "CaseSummary",
    "CaseView",
    "CheckContext",
    "NewAction",
    "PlanView",
    "RecordedCheck",
    "Register",
    "RegisterError",
    "RuleRate",
    "SubmissionView",
    "SupervisorStats",
    "Timeliness",
    "check_and_record",
    "default_path",
    "default_user",
    "evidence_of",
    "network_share",
    "recorded_line",
    "resolve_url",
    "urn_of",
]
