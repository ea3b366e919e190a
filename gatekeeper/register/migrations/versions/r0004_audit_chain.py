"""The audit trail hash-chained: each row records the hash of the row before it and its own hash
over its contents and that link, so a row rewritten or removed (by someone who can drop the
append-only triggers) breaks the chain at that row. Rows written before this revision carry no
hash: the chain starts at the first row that has one.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # add_column, not batch mode: every record and trigger stays as it is (see 0002).
    op.add_column("audit", sa.Column("prev_hash", sa.String(64), nullable=True))
    op.add_column("audit", sa.Column("row_hash", sa.String(64), nullable=True))


def downgrade() -> None:
    raise NotImplementedError("a register is never downgraded: its records would be lost")
