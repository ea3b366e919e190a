"""The audit trail's hash chain: each row's hash covers its contents and the hash of the row
before it, so rewriting or removing a row (after dropping the append-only triggers, which anyone
who can write the file can do) breaks the chain at that row, and ``check_chain`` names it.

A consistent rewrite of every later row's hash is not caught by the chain alone: the hashes the
pack's manifest and the export's row carry are the anchor outside it (``gatekeeper verify
--register``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from gatekeeper.register.schema import AuditRow
from gatekeeper.register.views import ChainCheck

PG_CHAIN_LOCK = 7_246_021  # one writer extends the chain at a time on a shared register


def row_hash(
    prev: str | None,
    at: dt.datetime,
    by: str,
    action: str,
    urn: str | None,
    detail: dict[str, Any],
) -> str:
    """SHA-256 over a row as the database gives it back: the time as naive UTC to the
    microsecond, the detail as sorted compact JSON."""
    moment = at.astimezone(dt.UTC).replace(tzinfo=None) if at.tzinfo else at
    body = {
        "prev": prev,
        "at": moment.isoformat(timespec="microseconds"),
        "by": by,
        "action": action,
        "urn": urn,
        "detail": detail,
    }
    data = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)
    return hashlib.sha256(data.encode()).hexdigest()


def append(
    session: Session, at: dt.datetime, by: str, action: str, urn: str | None, detail: dict[str, Any]
) -> None:
    """Add a row at the end of the chain (inside the caller's write transaction)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": PG_CHAIN_LOCK})
    prev = session.scalar(
        select(AuditRow.row_hash)
        .where(AuditRow.row_hash.is_not(None))
        .order_by(AuditRow.id.desc())
        .limit(1)
    )
    at = at.astimezone(dt.UTC).replace(tzinfo=None) if at.tzinfo else at
    session.add(
        AuditRow(
            at=at,
            by=by,
            action=action,
            urn=urn,
            detail=detail,
            prev_hash=prev,
            row_hash=row_hash(prev, at, by, action, urn, detail),
        )
    )


def check_chain(session: Session) -> ChainCheck:
    """Walk the trail in order: every hashed row's hash must match its contents, and its link the
    hash of the hashed row before it. The first break is named."""
    checked = unchained = 0
    prev: str | None = None
    started = False
    for row in session.scalars(select(AuditRow).order_by(AuditRow.id)):
        if row.row_hash is None:
            if started:
                return _broken(
                    row, checked, unchained, "it carries no hash, though rows before it do"
                )
            unchained += 1  # written before the chain began
            continue
        started = True
        if row.prev_hash != prev:
            why = "its link does not match the row before it: a row before it was removed or rewritten"
            return _broken(row, checked, unchained, why)
        if row_hash(row.prev_hash, row.at, row.by, row.action, row.urn, row.detail) != row.row_hash:
            return _broken(
                row, checked, unchained, "its contents do not match its hash: it was rewritten"
            )
        prev = row.row_hash
        checked += 1
    return ChainCheck(ok=True, checked=checked, unchained=unchained, last_hash=prev)


def _broken(row: AuditRow, checked: int, unchained: int, why: str) -> ChainCheck:
    where = f"row {row.id} ({row.action} by {row.by} at {row.at:%d/%m/%Y %H:%M})"
    return ChainCheck(
        ok=False, checked=checked, unchained=unchained, broken_at=row.id, problem=f"{where}: {why}"
    )
