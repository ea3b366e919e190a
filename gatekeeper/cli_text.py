"""Help texts the command line's commands share (``gatekeeper.cli`` and its pack and plan
commands): one wording for one option, wherever it appears."""

from __future__ import annotations

REGISTER_HELP = (
    "the case register: a SQLite file path or a database URL such as "
    "postgresql+psycopg://user@host/db (default: GATEKEEPER_REGISTER, else the user's data folder)"
)
NEW_SUBMISSION_HELP = (
    "record the check as a new submission even when the files are those of the case's last "
    "submission (they were sent again); otherwise an unchanged folder is that submission "
    "checked again"
)
