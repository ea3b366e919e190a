"""The register's writes, each inside the one transaction ``Register`` opens for it.

Every write ends with its audit entry, in the same transaction: what is in the register is
exactly what was committed, and the audit trail says who committed it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import func, insert, or_, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from gatekeeper.models import DocType, Report, Role, Status
from gatekeeper.register import chain
from gatekeeper.register.errors import RegisterError
from gatekeeper.register.schema import (
    ActionRow,
    CaseRow,
    CorrectionRow,
    DecisionRow,
    FileRow,
    FindingRow,
    PlanRow,
    SubmissionRow,
)

# Rows of files sent to the database in one statement: small enough that the interpreter is
# handed to the desktop window between statements.
FILE_ROWS_PER_STATEMENT = 500

# Structured facts kept with a submission: names, dates, flags. Free text the facts stage
# quotes from documents (lines of enquiry, the suspect's account, requests) is never stored.
STORED_FACTS = {
    "urns",
    "suspect",
    "complainant",
    "report_date",
    "offence_date",
    "oic_name",
    "oic_phone",
    "oic_email",
    "early_advice_sought",
    "test_sought",
    "loe_points_away",
    "outstanding_recorded",
    "complainant_device_examined",
    "action_plan_items",
    "action_plan_date",
    "answered_items",
    "answers_numbered",
}


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def unchanged_since(session: Session, case: CaseRow, report: Report) -> SubmissionRow | None:
    """The case's last submission when ``report`` checked exactly its files (each path with
    the same size and SHA-256, none added or taken away): the same folder looked at again."""
    last = session.scalars(
        select(SubmissionRow)
        .where(SubmissionRow.case_id == case.id)
        .order_by(SubmissionRow.number.desc())
        .limit(1)
    ).first()
    if last is None:
        return None
    stored = {
        path: (sha256, size)
        for path, sha256, size in session.execute(
            select(FileRow.path, FileRow.sha256, FileRow.size).where(
                FileRow.submission_id == last.id
            )
        )
    }
    if len(stored) != len(report.documents):
        return None
    printable = report.printable()  # stored escaped: compared escaped
    for document in printable.documents:
        if stored.get(document.path) != (document.sha256, document.size):
            return None
    return last


def record(
    session: Session, report: Report, by: str, urn: str, new: bool = False
) -> tuple[str, int, bool]:
    """Add ``report`` as the case's next submission; returns the case's URN, the number, and
    whether the files were the last submission's (then nothing is added unless ``new``: the
    audit trail notes the check, and the number is the last submission's)."""
    report = report.printable()  # a name that is no UTF-8 is stored escaped
    case = case_row(session, urn, create=True)
    assert case is not None
    same = None if new else unchanged_since(session, case, report)
    if same is not None:
        add_audit(
            session,
            by,
            "check again",
            case.urn,
            {
                "submission": same.number,
                "folder": report.folder,
                "stage": report.stage.value,
                "files": len(report.documents),
                "would_pass": report.summary.would_pass,
                "headline": report.summary.headline,
                "unchanged": True,
            },
        )
        return case.urn, same.number, True
    last = session.scalar(
        select(func.max(SubmissionRow.number)).where(SubmissionRow.case_id == case.id)
    )
    facts = report.facts.model_dump(mode="json", include=STORED_FACTS)
    submission = SubmissionRow(
        case_id=case.id,
        number=(last or 0) + 1,
        at=report.checked_at,
        by=by,
        folder=report.folder,
        stage=report.stage.value,
        complete=report.complete,
        app_version=report.app_version,
        checklist=report.checklist,
        checklist_sha256=report.checklist_sha256,
        would_pass=report.summary.would_pass,
        headline=report.summary.headline,
        facts=facts,
    )
    session.add(submission)
    session.flush()
    hashes = {d.path: d.sha256 for d in report.documents}
    # One row per file, inserted in bulk (a statement per batch, no object per row): a phone
    # extract has 100,000 files, and the desktop app writes this while its window must answer.
    for start in range(0, len(report.documents), FILE_ROWS_PER_STATEMENT):
        session.execute(
            insert(FileRow),
            [
                {
                    "submission_id": submission.id,
                    "path": d.path,
                    "size": d.size,
                    "sha256": d.sha256,
                    "doc_type": d.type.value,
                    "role": d.role.value if d.role else None,
                    "readable": d.readable,
                }
                for d in report.documents[start : start + FILE_ROWS_PER_STATEMENT]
            ],
        )
    session.add_all(
        FindingRow(
            submission_id=submission.id,
            rule=f.rule,
            status=f.status.value,
            severity=f.severity.value,
            title=f.title,
            message=f.message,
            documents={
                "paths": f.documents,
                "sha256": [hashes.get(p) for p in f.documents],
            },
            decided_by=f.decided_by,
            note=f.note,
            checklist_sha256=report.checklist_sha256,
            app_version=report.app_version,
        )
        for f in report.findings
    )
    note_plans(session, case, submission, report, by)
    add_audit(
        session,
        by,
        "check",
        case.urn,
        {
            "submission": submission.number,
            "folder": report.folder,
            "stage": report.stage.value,
            "files": len(report.documents),
            "would_pass": report.summary.would_pass,
            "headline": report.summary.headline,
        },
    )
    return case.urn, submission.number, False


def note_plans(
    session: Session, case: CaseRow, submission: SubmissionRow, report: Report, by: str
) -> None:
    """Plans seen in the file become the case's; an MG3A in the file answers the open ones."""
    issued = report.facts.action_plan_date
    known = set(session.scalars(select(PlanRow.document_sha256).where(PlanRow.case_id == case.id)))
    for document in report.documents:
        if document.type is not DocType.ACTION_PLAN or issued is None:
            continue
        if document.sha256 is None or document.sha256 in known:
            continue
        known.add(document.sha256)
        session.add(
            PlanRow(
                case_id=case.id,
                issued=issued,
                by=by,
                source="file",
                document_sha256=document.sha256,
                status="open",
                submission_id=submission.id,
            )
        )
    session.flush()
    _answer_actions(session, case, report, by)
    if any(d.type is DocType.MG3A for d in report.documents):
        answered_by = report.checked_at.date()
        for plan in session.scalars(
            select(PlanRow).where(PlanRow.case_id == case.id, PlanRow.status == "open")
        ):
            if plan.issued <= answered_by:
                plan.status, plan.status_at = "answered", now()
                add_audit(
                    session,
                    by,
                    "plan answered",
                    case.urn,
                    {"plan": plan.id, "issued": plan.issued.isoformat(), "by": "MG3A"},
                )


def _answer_actions(session: Session, case: CaseRow, report: Report, by: str) -> None:
    """Each open action of the case's issued plans is answered when every rule it was drafted
    for now passes (or no longer applies); the rest stay open, outstanding. A plan whose actions
    are all answered is answered."""
    if not report.complete:
        return  # a cancelled check does not show that anything was done
    status = {f.rule: f.status for f in report.findings}
    done = (Status.PASS, Status.NOT_APPLICABLE)
    plans = session.scalars(
        select(PlanRow).where(PlanRow.case_id == case.id, PlanRow.status == "open")
    ).all()
    for plan in plans:
        actions = session.scalars(select(ActionRow).where(ActionRow.plan_id == plan.id)).all()
        for action in actions:
            rules = [r for r in (action.rules or action.rule or "").split(",") if r]
            if action.status != "open" or not rules or any(r not in status for r in rules):
                continue
            if all(status[r] in done for r in rules):
                action.status, action.status_at = "answered", now()
                add_audit(
                    session,
                    by,
                    "action answered",
                    case.urn,
                    {"plan": plan.id, "action": action.number, "rules": rules},
                )
        if actions and all(a.status != "open" for a in actions):
            plan.status, plan.status_at = "answered", now()
            add_audit(session, by, "plan answered", case.urn, {"plan": plan.id, "by": "actions"})


def decide(
    session: Session,
    urn: str,
    rule: str,
    status: Status,
    by: str,
    note: str,
    submission: int | None,
) -> None:
    """Key the decision by the rule and the hashes of the documents its finding rests on."""
    case = case_row(session, urn)
    row = submission_row(session, case, urn, submission)
    finding = session.scalar(
        select(FindingRow).where(FindingRow.submission_id == row.id, FindingRow.rule == rule)
    )
    if finding is None:
        raise RegisterError(f"Submission {row.number} of {urn} has no finding for {rule}.")
    paths, shas = finding.documents.get("paths", []), finding.documents.get("sha256", [])
    evidence = ",".join(
        sorted({sha or f"path:{path}" for path, sha in zip(paths, shas, strict=False)})
    )
    existing = session.scalar(
        select(DecisionRow).where(
            DecisionRow.case_id == row.case_id,
            DecisionRow.rule == rule,
            DecisionRow.evidence == evidence,
        )
    )
    if existing is None:
        existing = DecisionRow(case_id=row.case_id, rule=rule, evidence=evidence)
        session.add(existing)
    existing.status, existing.note, existing.by, existing.at = (
        status.value,
        note,
        by,
        now(),
    )
    add_audit(
        session,
        by,
        "decision",
        urn,
        {
            "rule": rule,
            "status": status.value,
            "note": note,
            "submission": row.number,
            "was": finding.status,
        },
    )


def correct(
    session: Session,
    urn: str,
    path: str,
    by: str,
    doc_type: DocType | None,
    role: Role | None,
    note: str,
) -> str:
    """Keep a correction of ``path`` (as in the last submission) by the file's hash."""
    case = case_row(session, urn)
    row = submission_row(session, case, urn, None)
    file = session.scalar(
        select(FileRow).where(FileRow.submission_id == row.id, FileRow.path == path)
    )
    if file is None:
        raise RegisterError(f"Submission {row.number} of {urn} has no file {path}.")
    if file.sha256 is None:
        raise RegisterError(f"{path} was not read, so it has no hash to keep a correction by.")
    for name, value in (("type", doc_type), ("role", role)):
        if value is None:
            continue
        existing = session.scalar(
            select(CorrectionRow).where(
                CorrectionRow.case_id == row.case_id,
                CorrectionRow.sha256 == file.sha256,
                CorrectionRow.field == name,
            )
        )
        if existing is None:
            existing = CorrectionRow(case_id=row.case_id, sha256=file.sha256, field=name)
            session.add(existing)
        existing.value, existing.by, existing.at, existing.note = (
            value.value,
            by,
            now(),
            note,
        )
        add_audit(
            session,
            by,
            "correction",
            urn,
            {"path": path, "sha256": file.sha256, "field": name, "value": value.value},
        )
    return file.sha256


def case_row(session: Session, urn: str, create: bool = False) -> CaseRow | None:
    """The case with this URN (or that the file gave before a correction), locked for writing."""
    query = (
        select(CaseRow).where(or_(CaseRow.urn == urn, CaseRow.urn_read == urn)).with_for_update()
    )
    found = sorted(session.scalars(query), key=lambda c: c.urn != urn)
    if found or not create:
        return found[0] if found else None
    upsert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    session.execute(
        upsert(CaseRow)
        .values(urn=urn, created_at=now())
        .on_conflict_do_nothing(index_elements=["urn"])
    )
    return session.scalars(select(CaseRow).where(CaseRow.urn == urn).with_for_update()).one()


def submission_row(
    session: Session, case: CaseRow | None, urn: str, number: int | None
) -> SubmissionRow:
    if case is None:
        raise RegisterError(f"The register has no case {urn}.")
    query = select(SubmissionRow).where(SubmissionRow.case_id == case.id)
    if number is not None:
        query = query.where(SubmissionRow.number == number)
    row = session.scalars(query.order_by(SubmissionRow.number.desc()).limit(1)).first()
    if row is None:
        raise RegisterError(f"The register has no submission {number or ''} of {urn}.")
    return row


def add_audit(
    session: Session, by: str, action: str, urn: str | None, detail: dict[str, Any]
) -> None:
    chain.append(session, now(), by, action, urn, detail)
