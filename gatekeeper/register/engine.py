"""Opening a register: the engine for its URL, SQLite set up for safe writing, migrations run."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import URL

from gatekeeper.register.errors import RegisterError

MIGRATIONS = Path(__file__).with_name("migrations")
PG_MIGRATION_LOCK = 7_246_007  # any constant: one process migrates a shared register at a time
READ_ONLY = "gatekeeper_read_only"  # an execution option: this transaction only reads


def make_engine(url: URL, timeout: float) -> Engine:
    """An engine for ``url``; SQLite in WAL mode, each transaction taking the write lock at once."""
    backend = url.get_backend_name()
    if backend == "sqlite":
        if url.database and url.database != ":memory:":
            Path(url.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": timeout})

        @event.listens_for(engine, "connect")
        def _connect(dbapi_connection: Any, _record: Any) -> None:
            # The driver's own transaction handling is off, so BEGIN below is the only one and
            # DDL in migrations is transactional too (SQLAlchemy's documented recipe).
            dbapi_connection.isolation_level = None
            cursor = dbapi_connection.cursor()
            cursor.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = FULL")
            cursor.execute("PRAGMA foreign_keys = ON")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _begin(connection: Any) -> None:
            # IMMEDIATE: a writer takes the lock before reading what it will change (no lost
            # update between two processes; the second waits up to the busy timeout). A reader
            # takes no lock: in WAL mode it reads the last commit while another process writes.
            if connection.get_execution_options().get(READ_ONLY):
                connection.exec_driver_sql("BEGIN")
            else:
                connection.exec_driver_sql("BEGIN IMMEDIATE")

        return engine
    if backend == "postgresql":
        return create_engine(
            url,
            connect_args={"connect_timeout": max(1, round(timeout))},
            pool_pre_ping=True,
        )
    raise RegisterError(
        f"The case register cannot be used: '{backend}' databases are not supported "
        "(use a SQLite file or postgresql+psycopg://...)."
    )


def head_revision() -> str:
    """The newest schema revision this version of Gatekeeper knows."""
    head = _scripts().get_current_head()
    assert head is not None
    return str(head)


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.execution_options(**{READ_ONLY: True}).connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def migrate(engine: Engine, target: str = "head") -> None:
    """Bring the register to ``target`` in one transaction; an older register is upgraded in place."""
    from alembic import command
    from alembic.runtime.migration import MigrationContext

    scripts = _scripts()
    known = {s.revision for s in scripts.walk_revisions()}
    wanted = scripts.get_current_head() if target == "head" else target
    if current_revision(engine) == wanted:
        return  # the usual case: no write lock taken just to open the register
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(
                text("SELECT pg_advisory_xact_lock(:key)"), {"key": PG_MIGRATION_LOCK}
            )
        current = MigrationContext.configure(connection).get_current_revision()
        if current is not None and current not in known:
            raise RegisterError(
                "The case register was made by a newer version of Gatekeeper "
                f"(schema {current}): update Gatekeeper to use it."
            )
        if current == wanted:
            return
        config = _config()
        config.attributes["connection"] = connection
        command.upgrade(config, target)


def _config() -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("path_separator", "os")
    return config


def _scripts() -> Any:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_config())
