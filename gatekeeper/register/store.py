"""The ``Register``: every check remembered, a person's corrections and decisions kept by file hash.

One object per register (a SQLite file or a PostgreSQL database). Every write is one transaction
that ends with its audit entry: a process killed mid-write leaves nothing half written.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlalchemy.exc
from sqlalchemy import Engine, func, select
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session

from gatekeeper.models import (
    ActionHistory,
    CaseHistory,
    Decision,
    DocType,
    Finding,
    Overrides,
    PlanHistory,
    Report,
    Role,
    Status,
)
from gatekeeper.references import case_urn
from gatekeeper.register import answers, writes
from gatekeeper.register.engine import READ_ONLY, make_engine, migrate
from gatekeeper.register.errors import RegisterError, explain
from gatekeeper.register.location import describe, network_share, resolve_url
from gatekeeper.register.schema import (
    ActionRow,
    CaseRow,
    CorrectionRow,
    DecisionRow,
    PlanRow,
    SubmissionRow,
)
from gatekeeper.register.views import (
    PLAN_STATUSES,
    AuditView,
    CaseSummary,
    CaseView,
    ChainCheck,
    NewAction,
    PlanView,
    SubmissionView,
    SupervisorStats,
)

DECIDABLE = (Status.PASS, Status.FAIL, Status.NOT_APPLICABLE)


def urn_of(report: Report) -> str | None:
    """The case's URN as the file gives it: the one most documents carry."""
    return case_urn(report.facts.urns)


def evidence_of(finding: Finding, hashes: dict[str, str | None]) -> list[str]:
    """What a decision on ``finding`` is keyed by: the SHA-256s of the documents it rests on."""
    return sorted({hashes.get(p) or f"path:{p}" for p in finding.documents})


@dataclass
class CheckContext:
    """What the register adds to a check of a case: corrections, decisions, its action plans."""

    urn: str | None = None
    overrides: Overrides = field(default_factory=Overrides)
    history: CaseHistory | None = None

    @property
    def changes_the_check(self) -> bool:
        o = self.overrides
        open_plans = self.history is not None and any(
            p.status == "open" for p in self.history.plans
        )
        return bool(o.document_types or o.roles or o.decisions or open_plans)


def _damage(engine: Engine, where: str) -> str | None:
    """Why a SQLite register must not be written, from SQLite's own quick check, or None when
    it is sound (or new). A file too damaged to be checked at all is left to the open, which
    says so."""
    try:
        with engine.execution_options(**{READ_ONLY: True}).connect() as connection:
            found = [str(row[0]) for row in connection.exec_driver_sql("PRAGMA quick_check")]
    except sqlalchemy.exc.SQLAlchemyError as exc:
        if "malformed" not in str(exc).lower():
            return None  # not a database at all, or not reachable: the open says which
        found = ["its structure is damaged (the check itself could not finish)"]
    if found == ["ok"]:
        return None
    detail = "; ".join(found[:3]) + (f" and {len(found) - 3} more" if len(found) > 3 else "")
    return (
        f"The case register ({where}) is damaged: SQLite's integrity check found problems "
        f"({detail}). It is open read-only: what it holds can be read, but nothing new is "
        "recorded. Keep a copy of the file for your IT support, then restore the register from "
        "a backup or point Gatekeeper at another (--register)."
    )


class Register:
    """A case register. ``Register.open(url)`` creates or upgrades it; raises ``RegisterError``."""

    def __init__(self, engine: Engine, url: URL, warnings: list[str] | None = None) -> None:
        self.engine = engine
        self._reader = engine.execution_options(**{READ_ONLY: True})
        self.url = url
        self.location = describe(url)
        self.warnings = warnings or []
        self.read_only: str | None = None
        """Why nothing may be written (a register that failed its integrity check), or None."""

    @classmethod
    def open(
        cls,
        url: str | os.PathLike[str] | URL | None = None,
        *,
        timeout: float = 10.0,
        migrate_to: str = "head",
    ) -> Register:
        """Open (creating or upgrading) the register at ``url``, ``GATEKEEPER_REGISTER`` or default.

        ``timeout`` bounds waiting for a lock or a server. ``migrate_to`` is for tests of upgrades.
        """
        resolved = url if isinstance(url, URL) else resolve_url(url)
        where = describe(resolved)
        warnings = []
        if resolved.get_backend_name() == "sqlite" and resolved.database:
            share = network_share(Path(resolved.database))
            if share:
                warnings.append(
                    f"The register {where} is on {share}: SQLite there can be damaged when several "
                    "people write to it. A register shared by a unit belongs on PostgreSQL."
                )
        try:
            engine = make_engine(resolved, timeout)
        except RegisterError:
            raise
        except Exception as exc:
            raise explain(exc, where) from exc
        damage = _damage(engine, where) if resolved.get_backend_name() == "sqlite" else None
        if damage is not None:  # read, never written: a write could spread the damage
            register = cls(engine, resolved, [*warnings, damage])
            register.read_only = damage
            return register
        try:
            migrate(engine, migrate_to)
        except Exception as exc:
            engine.dispose()
            raise explain(exc, where) from exc
        return cls(engine, resolved, warnings)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Register:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _session(self, write: bool) -> Iterator[Session]:
        if write and self.read_only is not None:
            raise RegisterError(self.read_only)
        try:
            bind = self.engine if write else self._reader
            with Session(bind, expire_on_commit=False) as session:
                if write:
                    with session.begin():
                        yield session
                else:
                    yield session
        except RegisterError:
            raise
        except sqlalchemy.exc.SQLAlchemyError as exc:
            raise explain(exc, self.location) from exc

    # --- writing -------------------------------------------------------------------------

    def record(
        self, report: Report, *, by: str, urn: str | None = None, new: bool = False
    ) -> SubmissionView:
        """Record a check as the case's next submission (manifest, findings, facts), atomically.

        A check of exactly the files of the case's last submission is that submission looked at
        again: nothing is added but an audit entry, and the view returned is the last
        submission's, marked ``checked_again``. ``new``: record a new submission all the same
        (a person says the same files were sent again)."""
        urn = urn or urn_of(report)
        if urn is None:
            raise RegisterError(
                "No URN was found in the file, so the check was not recorded in the case "
                "register: give the case's URN (--urn) to record it."
            )
        if not report.complete:
            raise RegisterError(
                "The check did not finish, so it was not recorded in the case register."
            )
        with self._session(write=True) as session:
            case_urn, number, again = writes.record(session, report, by, urn, new)
        view = self.case(case_urn).submissions[number - 1]
        return view.model_copy(update={"checked_again": again}) if again else view

    def decide(
        self,
        urn: str,
        rule: str,
        status: Status,
        *,
        by: str,
        note: str = "",
        submission: int | None = None,
    ) -> None:
        """Record a person's decision on ``rule`` as the finding stands in the last submission.

        The decision is keyed by the rule and the SHA-256s of the documents the finding rests on,
        so it applies again to any later submission where the same rule rests on the same files;
        a finding that rests on no document is decided for the case.
        """
        if status not in DECIDABLE:
            raise RegisterError(f"A decision is pass, fail or not_applicable, not {status}.")
        with self._session(write=True) as session:
            writes.decide(session, urn, rule.upper(), status, by, note, submission)

    def correct(
        self,
        urn: str,
        path: str,
        *,
        by: str,
        doc_type: DocType | None = None,
        role: Role | None = None,
        note: str = "",
    ) -> str:
        """Correct the type and/or role of ``path`` in the last submission; returns its SHA-256.

        The correction is kept by the file's hash: it applies wherever that file appears again.
        """
        if doc_type is None and role is None:
            raise RegisterError("Give a document type or a role to correct.")
        with self._session(write=True) as session:
            return writes.correct(session, urn, path, by, doc_type, role, note)

    def correct_urn(self, urn: str, new_urn: str, *, by: str) -> None:
        """A person corrects a case's URN; later files that give the old one still find the case."""
        with self._session(write=True) as session:
            case = writes.case_row(session, urn)
            if case is None:
                raise RegisterError(f"The register has no case {urn}.")
            if session.scalar(select(CaseRow.id).where(CaseRow.urn == new_urn)) is not None:
                raise RegisterError(f"The register already has a case {new_urn}.")
            case.urn_read = case.urn_read or case.urn
            old, case.urn = case.urn, new_urn
            writes.add_audit(session, by, "urn corrected", new_urn, {"from": old, "to": new_urn})

    def close_case(self, urn: str, *, by: str, reason: str) -> None:
        with self._session(write=True) as session:
            case = writes.case_row(session, urn)
            if case is None:
                raise RegisterError(f"The register has no case {urn}.")
            case.closed_at, case.closed_reason = writes.now(), reason
            writes.add_audit(session, by, "case closed", case.urn, {"reason": reason})

    def issue_plan(
        self, urn: str, issued: dt.date, actions: list[NewAction], *, by: str
    ) -> PlanView:
        """Record an action plan issued for the case, with its actions (owner, due date)."""
        with self._session(write=True) as session:
            case = writes.case_row(session, urn, create=True)
            assert case is not None
            plan = PlanRow(case_id=case.id, issued=issued, by=by, source="register", status="open")
            session.add(plan)
            session.flush()
            session.add_all(
                ActionRow(
                    plan_id=plan.id,
                    number=number,
                    text=a.text,
                    rule=a.rule or (a.rules[0] if a.rules else None),
                    rules=",".join(a.rules or ([a.rule] if a.rule else [])) or None,
                    owner=a.owner,
                    due=a.due,
                    status="open",
                )
                for number, a in enumerate(actions, 1)
            )
            writes.add_audit(
                session,
                by,
                "plan issued",
                case.urn,
                {"plan": plan.id, "issued": issued.isoformat(), "actions": len(actions)},
            )
            plan_id, case_urn = plan.id, case.urn
        return next(p for p in self.case(case_urn).plans if p.id == plan_id)

    def set_plan_status(self, plan_id: int, status: str, *, by: str) -> None:
        self._set_status(PlanRow, plan_id, status, by, "plan")

    def set_action_status(self, action_id: int, status: str, *, by: str) -> None:
        self._set_status(ActionRow, action_id, status, by, "action")

    def _set_status(
        self, table: type[PlanRow] | type[ActionRow], key: int, status: str, by: str, what: str
    ) -> None:
        if status not in PLAN_STATUSES:
            raise RegisterError(f"An {what}'s status is one of {', '.join(PLAN_STATUSES)}.")
        with self._session(write=True) as session:
            row: PlanRow | ActionRow | None = (
                session.get(PlanRow, key, with_for_update=True)
                if table is PlanRow
                else session.get(ActionRow, key, with_for_update=True)
            )
            if row is None:
                raise RegisterError(f"The register has no {what} {key}.")
            plan = row if isinstance(row, PlanRow) else session.get(PlanRow, row.plan_id)
            assert plan is not None
            case = session.get(CaseRow, plan.case_id)
            assert case is not None
            was, row.status, row.status_at = row.status, status, writes.now()
            writes.add_audit(session, by, f"{what} {status}", case.urn, {what: key, "was": was})

    def log_export(self, what: str, *, by: str, detail: dict[str, Any] | None = None) -> None:
        """Audit an export (the register's data leaving it, e.g. as CSV; a referral pack, whose
        detail names its case's URN: the row is then the case's, so its manifest hash shows
        with the case)."""
        urn = (detail or {}).get("urn")
        with self._session(write=True) as session:
            writes.add_audit(
                session,
                by,
                "export",
                urn if isinstance(urn, str) else None,
                {"what": what, **(detail or {})},
            )

    # --- what a check needs ------------------------------------------------------------------

    def for_check(self, report: Report, urn: str | None = None) -> CheckContext:
        """The corrections, decisions and plans the register holds for the case ``report`` is of.

        Corrections are mapped from their file hash to the file's path in this folder; decisions
        apply to findings resting on the same files (see ``decide``).
        """
        urn = urn or urn_of(report)
        if urn is None:
            return CheckContext()
        with self._session(write=False) as session:
            case = writes.case_row(session, urn)
            if case is None:
                return CheckContext(urn=urn)
            overrides = Overrides()
            paths: dict[str, list[str]] = {}
            for d in report.documents:
                if d.sha256:
                    paths.setdefault(d.sha256, []).append(d.path)
            for c in session.scalars(select(CorrectionRow).where(CorrectionRow.case_id == case.id)):
                for path in paths.get(c.sha256, []):
                    if c.field == "type":
                        overrides.document_types[path] = DocType(c.value)
                    else:
                        overrides.roles[path] = Role(c.value)
            decided = {
                (d.rule, d.evidence): d
                for d in session.scalars(select(DecisionRow).where(DecisionRow.case_id == case.id))
            }
            hashes = {d.path: d.sha256 for d in report.documents}
            for finding in report.findings:
                row = decided.get((finding.rule, ",".join(evidence_of(finding, hashes))))
                if row is not None:
                    overrides.decisions[finding.rule] = Decision(
                        status=Status(row.status), by=row.by, note=row.note
                    )
            submissions = session.scalar(
                select(func.count()).where(SubmissionRow.case_id == case.id)
            )
            plans = [
                PlanHistory(
                    issued=p.issued,
                    status=p.status,
                    source=p.source,
                    actions=[
                        ActionHistory(
                            number=a.number,
                            text=a.text,
                            rules=[r for r in (a.rules or a.rule or "").split(",") if r],
                            status=a.status,
                        )
                        for a in session.scalars(
                            select(ActionRow)
                            .where(ActionRow.plan_id == p.id)
                            .order_by(ActionRow.number)
                        )
                    ],
                )
                for p in session.scalars(
                    select(PlanRow).where(PlanRow.case_id == case.id).order_by(PlanRow.issued)
                )
            ]
            same = writes.unchanged_since(session, case, report)
            history = CaseHistory(
                urn=case.urn,
                submissions=submissions or 0,
                plans=plans,
                submitted=same.at if same is not None else None,
            )
            return CheckContext(urn=case.urn, overrides=overrides, history=history)

    # --- reading -------------------------------------------------------------------------------

    def case(self, urn: str, as_of: dt.date | None = None) -> CaseView:
        """Everything on one case: submissions with their diffs, plans, actions, audit trail."""
        with self._session(write=False) as session:
            case = writes.case_row(session, urn)
            if case is None:
                raise RegisterError(f"The register has no case {urn}.")
            return answers.case_view(session, case, as_of or dt.date.today())

    def cases(self, as_of: dt.date | None = None, overdue_only: bool = False) -> list[CaseSummary]:
        with self._session(write=False) as session:
            found = answers.case_summaries(session, as_of or dt.date.today())
        if overdue_only:
            found = [c for c in found if c.overdue_actions]
        return found

    def stats(
        self,
        since: dt.date | None = None,
        until: dt.date | None = None,
        as_of: dt.date | None = None,
    ) -> SupervisorStats:
        with self._session(write=False) as session:
            return answers.supervisor_stats(session, since, until, as_of or dt.date.today())

    def check_audit(self) -> ChainCheck:
        """Walk the audit trail's hash chain; the first row rewritten or removed is named."""
        from gatekeeper.register.chain import check_chain

        with self._session(write=False) as session:
            return check_chain(session)

    def audit(self, urn: str | None = None) -> list[AuditView]:
        with self._session(write=False) as session:
            return answers.audit_trail(session, urn)
