"""Cases can be closed (open cases for supervisors); findings indexed by rule for failure rates.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # add_column, not batch mode: SQLite adds a nullable column in place, so the audit
    # table's triggers and every record stay as they are.
    op.add_column("cases", sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True))
    op.add_column("cases", sa.Column("closed_reason", sa.Text, nullable=True))
    op.create_index("ix_findings_rule_status", "findings", ["rule", "status"])


def downgrade() -> None:
    raise NotImplementedError("a register is never downgraded: its records would be lost")
