"""The register's tables as SQLAlchemy 2.x ORM classes: the head of the migrations.

Only findings, structured facts and metadata are stored: never document text. The migrations in
``migrations/versions`` create and alter these tables; a test checks they agree with this module.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator


class UTCDateTime(TypeDecorator[dt.datetime]):
    """A timestamp stored in UTC and read back aware (SQLite keeps no time zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=dt.UTC)
        value = value.astimezone(dt.UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(
        self, value: dt.datetime | None, dialect: Dialect
    ) -> dt.datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {dt.datetime: UTCDateTime, dict[str, Any]: JSON}


class CaseRow(Base):
    """A case, by URN. ``urn_read`` is the URN the file gave when a person corrected it."""

    __tablename__ = "cases"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    urn: Mapped[str] = mapped_column(String(64), unique=True)
    urn_read: Mapped[str | None] = mapped_column(String(64), index=True)
    created_at: Mapped[dt.datetime]
    closed_at: Mapped[dt.datetime | None]  # revision 0002
    closed_reason: Mapped[str | None] = mapped_column(Text)  # revision 0002


class SubmissionRow(Base):
    """One check of a case's folder: who, when, which folder and stage, and the summary."""

    __tablename__ = "submissions"
    __table_args__ = (UniqueConstraint("case_id", "number"), Index("ix_submissions_at", "at"))
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    number: Mapped[int]
    at: Mapped[dt.datetime]
    by: Mapped[str] = mapped_column(String(200))
    folder: Mapped[str] = mapped_column(Text)
    stage: Mapped[str] = mapped_column(String(32))
    complete: Mapped[bool] = mapped_column(Boolean)
    app_version: Mapped[str] = mapped_column(String(64))
    checklist: Mapped[str] = mapped_column(Text)
    checklist_sha256: Mapped[str] = mapped_column(String(64))
    would_pass: Mapped[bool] = mapped_column(Boolean)
    headline: Mapped[str] = mapped_column(Text)
    facts: Mapped[dict[str, Any]] = mapped_column(JSON)


class FileRow(Base):
    """One file of a submission's manifest: path, size, SHA-256, and what it was taken for."""

    __tablename__ = "submission_files"
    __table_args__ = (UniqueConstraint("submission_id", "path"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    submission_id: Mapped[int] = mapped_column(ForeignKey("submissions.id"), index=True)
    path: Mapped[str] = mapped_column(Text)
    size: Mapped[int] = mapped_column(BigInteger)
    sha256: Mapped[str | None] = mapped_column(String(64), index=True)
    doc_type: Mapped[str] = mapped_column(String(32))
    role: Mapped[str | None] = mapped_column(String(32))
    readable: Mapped[bool] = mapped_column(Boolean)


class FindingRow(Base):
    """One rule's outcome in one submission, its message as the user saw it."""

    __tablename__ = "findings"
    __table_args__ = (Index("ix_findings_rule_status", "rule", "status"),)  # revision 0002
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    submission_id: Mapped[int] = mapped_column(ForeignKey("submissions.id"), index=True)
    rule: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(32))
    severity: Mapped[str] = mapped_column(String(32))
    title: Mapped[str] = mapped_column(Text)
    message: Mapped[str] = mapped_column(Text)
    documents: Mapped[dict[str, Any]] = mapped_column(JSON)  # {"paths": [...], "sha256": [...]}
    decided_by: Mapped[str | None] = mapped_column(String(200))
    note: Mapped[str | None] = mapped_column(Text)
    checklist_sha256: Mapped[str] = mapped_column(String(64))
    app_version: Mapped[str] = mapped_column(String(64))


class CorrectionRow(Base):
    """A person's correction of a file's document type or statement role, keyed by its hash."""

    __tablename__ = "corrections"
    __table_args__ = (UniqueConstraint("case_id", "sha256", "field"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    sha256: Mapped[str] = mapped_column(String(64))
    field: Mapped[str] = mapped_column(String(16))  # "type" or "role"
    value: Mapped[str] = mapped_column(String(32))
    by: Mapped[str] = mapped_column(String(200))
    at: Mapped[dt.datetime]
    note: Mapped[str] = mapped_column(Text, default="")


class DecisionRow(Base):
    """A person's decision on a rule, keyed by the hashes of the documents the finding rests on."""

    __tablename__ = "decisions"
    __table_args__ = (UniqueConstraint("case_id", "rule", "evidence"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    rule: Mapped[str] = mapped_column(String(64))
    evidence: Mapped[str] = mapped_column(Text)  # sorted SHA-256s joined by ","; "" for none
    status: Mapped[str] = mapped_column(String(32))
    note: Mapped[str] = mapped_column(Text, default="")
    by: Mapped[str] = mapped_column(String(200))
    at: Mapped[dt.datetime]


class PlanRow(Base):
    """An action plan: issued through the register, or seen in a submitted file."""

    __tablename__ = "action_plans"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    issued: Mapped[dt.date] = mapped_column(Date)
    by: Mapped[str] = mapped_column(String(200))
    source: Mapped[str] = mapped_column(String(16))  # "register" or "file"
    document_sha256: Mapped[str | None] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(16))  # open, answered, withdrawn
    status_at: Mapped[dt.datetime | None]
    submission_id: Mapped[int | None] = mapped_column(ForeignKey("submissions.id"))


class ActionRow(Base):
    """One action of a plan: what, who owns it, by when, and where it stands."""

    __tablename__ = "actions"
    __table_args__ = (UniqueConstraint("plan_id", "number"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("action_plans.id"), index=True)
    number: Mapped[int]
    text: Mapped[str] = mapped_column(Text)
    rule: Mapped[str | None] = mapped_column(String(64))
    rules: Mapped[str | None] = mapped_column(Text)  # revision 0003: every rule, comma-separated
    owner: Mapped[str] = mapped_column(String(200))
    due: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16))
    status_at: Mapped[dt.datetime | None]


class AuditRow(Base):
    """Append-only: who did what and when. Triggers refuse UPDATE and DELETE in the database, and
    each row is hash-chained to the one before (``gatekeeper.register.chain``)."""

    __tablename__ = "audit"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[dt.datetime]
    by: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(32))
    urn: Mapped[str | None] = mapped_column(String(64), index=True)
    detail: Mapped[dict[str, Any]] = mapped_column(JSON)
    prev_hash: Mapped[str | None] = mapped_column(String(64))
    """The row before's ``row_hash`` (None for the first row of the chain)."""
    row_hash: Mapped[str | None] = mapped_column(String(64))
    """SHA-256 over this row's contents and ``prev_hash`` (``chain.row_hash``)."""
