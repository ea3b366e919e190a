"""Shared by the register tests (SQLite and PostgreSQL): reports to record, the first schema's rows."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import create_engine, text

from gatekeeper.models import DocType, Document, FileFormat, Report, Status

URN = "42YE1234526"


def variant(
    report: Report,
    *,
    drop: tuple[str, ...] = (),
    change: tuple[str, ...] = (),
    add: tuple[tuple[str, str], ...] = (),
    move: tuple[tuple[str, str], ...] = (),
    statuses: dict[str, Status] | None = None,
    minutes: int = 0,
) -> Report:
    """``report`` as if the folder had changed: files dropped, changed, added, moved; outcomes."""
    moved = dict(move)
    documents = []
    for d in report.documents:
        if d.path in drop:
            continue
        if d.path in change:
            d = d.model_copy(update={"sha256": "f" * 64})
        if d.path in moved:
            d = d.model_copy(update={"path": moved[d.path]})
        documents.append(d)
    documents += [
        Document(
            path=path, type=DocType.OTHER, format=FileFormat.PDF, size=10, sha256=sha, readable=True
        )
        for path, sha in add
    ]
    findings = [
        f.model_copy(update={"status": (statuses or {}).get(f.rule, f.status)})
        for f in report.findings
    ]
    return report.model_copy(
        update={
            "documents": documents,
            "findings": findings,
            "checked_at": report.checked_at + dt.timedelta(minutes=minutes),
        }
    )


def write_first_schema_records(url: str) -> None:
    """Rows as a register of the first schema (revision 0001) held them, written with plain SQL."""
    at = dt.datetime(2026, 9, 1, 10, 0)
    engine = create_engine(url)
    rows = [
        ("INSERT INTO cases (id, urn, urn_read, created_at) VALUES (1, :urn, NULL, :at)", {}),
        (
            "INSERT INTO submissions (id, case_id, number, at, by, folder, stage, complete, "
            "app_version, checklist, checklist_sha256, would_pass, headline, facts) VALUES "
            "(1, 1, 1, :at, 'DS Old', '/cases/a', 'charging', :t, '0.0.9', 'DG6 core', :sha, :f, "
            "'Would not pass', :facts)",
            {"sha": "c" * 64, "facts": '{"report_date": "2026-03-15"}'},
        ),
        (
            "INSERT INTO submission_files (submission_id, path, size, sha256, doc_type, role, "
            "readable) VALUES (1, 'MG3.pdf', 100, :a, 'MG3', NULL, :t), "
            "(1, 'MG11 Sophie.pdf', 200, :b, 'MG11', 'first_account', :t)",
            {"a": "a" * 64, "b": "b" * 64},
        ),
        (
            "INSERT INTO findings (submission_id, rule, status, severity, title, message, "
            "documents, decided_by, note, checklist_sha256, app_version) VALUES "
            "(1, 'ABE-REC', 'fail', 'blocking', 'ABE missing', 'No ABE recording.', :docs, NULL, "
            "NULL, :sha, '0.0.9')",
            {"docs": '{"paths": [], "sha256": []}', "sha": "c" * 64},
        ),
        (
            "INSERT INTO corrections (case_id, sha256, field, value, by, at, note) VALUES "
            "(1, :b, 'role', 'first_account', 'DS Old', :at, '')",
            {"b": "b" * 64},
        ),
        (
            "INSERT INTO decisions (case_id, rule, evidence, status, note, by, at) VALUES "
            "(1, 'KS-OFFICER', :b, 'pass', 'seen', 'DS Old', :at)",
            {"b": "b" * 64},
        ),
        (
            "INSERT INTO action_plans (id, case_id, issued, by, source, document_sha256, status, "
            "status_at, submission_id) VALUES (1, 1, :issued, 'DS Old', 'register', NULL, 'open', "
            "NULL, NULL)",
            {"issued": dt.date(2026, 9, 2)},
        ),
        (
            "INSERT INTO actions (plan_id, number, text, rule, owner, due, status, status_at) "
            "VALUES (1, 1, 'Send the ABE recording', 'ABE-REC', 'OIC', :due, 'open', NULL)",
            {"due": dt.date(2026, 9, 30)},
        ),
        (
            "INSERT INTO audit (at, by, action, urn, detail) VALUES "
            "(:at, 'DS Old', 'check', :urn, '{\"submission\": 1}')",
            {},
        ),
    ]
    with engine.begin() as connection:
        for statement, values in rows:
            connection.execute(
                text(statement), {"urn": URN, "at": at, "t": True, "f": False, **values}
            )
    engine.dispose()
