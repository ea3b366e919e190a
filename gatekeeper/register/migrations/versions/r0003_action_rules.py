"""An action of a drafted plan may meet several rules (merged actions): all of them are kept, so
the next submission can tell whether the action is answered.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # add_column, not batch mode: every record and trigger stays as it is (see 0002).
    op.add_column("actions", sa.Column("rules", sa.Text, nullable=True))


def downgrade() -> None:
    raise NotImplementedError("a register is never downgraded: its records would be lost")
