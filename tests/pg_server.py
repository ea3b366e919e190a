"""A throwaway PostgreSQL server for the register tests, started by the test suite itself.

The server runs from a fresh temporary folder, listens on a Unix socket in that folder only (no
TCP port is opened), and refuses to run as root, so under root it runs as the unprivileged system
user ``postgres`` (or ``nobody``) through ``runuser``. In CI (``CI=true``) a server that cannot
start fails the tests; elsewhere they are skipped only when the binaries are absent.
"""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import tempfile
import uuid
from pathlib import Path

USER, PASSWORD, PORT = "gatekeeper", "gk-test-password", 5432


def find_bindir() -> Path | None:
    """Where initdb and pg_ctl are: PG_BINDIR, the newest /usr/lib/postgresql/*/bin, or PATH."""
    candidates = []
    if os.environ.get("PG_BINDIR"):
        candidates.append(Path(os.environ["PG_BINDIR"]))
    candidates += sorted(
        Path("/usr/lib/postgresql").glob("*/bin"), key=lambda p: int(p.parent.name), reverse=True
    )
    found = shutil.which("initdb")
    if found:
        candidates.append(Path(found).parent)
    return next(
        (c for c in candidates if (c / "initdb").exists() and (c / "pg_ctl").exists()), None
    )


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("true", "1", "yes")


class PostgresServer:
    """initdb + pg_ctl in a temporary folder; ``url(database)`` for SQLAlchemy."""

    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.root = Path(tempfile.mkdtemp(prefix="gk-pg-"))
        self.data, self.socket = self.root / "data", self.root / "sock"
        self.log = self.root / "server.log"
        self.runas = self._unprivileged_user() if os.geteuid() == 0 else None

    @staticmethod
    def _unprivileged_user() -> str:
        for name in ("postgres", "nobody"):
            try:
                pwd.getpwnam(name)
                return name
            except KeyError:
                continue
        raise RuntimeError("no unprivileged user (postgres or nobody) to run PostgreSQL as")

    def _run(self, *command: str) -> None:
        prefix = ["runuser", "-u", self.runas, "--"] if self.runas else []
        result = subprocess.run(
            [*prefix, *command], capture_output=True, text=True, timeout=60, check=False
        )
        if result.returncode != 0:
            log = self.log.read_text() if self.log.exists() else ""
            raise RuntimeError(
                f"{command[0]} failed ({result.returncode}): {result.stdout}{result.stderr}{log}"
            )

    def start(self) -> None:
        self.socket.mkdir()
        password_file = self.root / "pw"
        password_file.write_text(PASSWORD + "\n")
        if self.runas:
            entry = pwd.getpwnam(self.runas)
            for path in (self.root, self.socket, password_file):
                os.chown(path, entry.pw_uid, entry.pw_gid)
        self.root.chmod(0o700)
        self._run(
            str(self.bindir / "initdb"),
            "-D",
            str(self.data),
            "-U",
            USER,
            f"--pwfile={password_file}",
            "--auth-local=scram-sha-256",
            "--auth-host=scram-sha-256",
            "-E",
            "UTF8",
            "--locale=C",
            "--no-sync",
            "--no-instructions",
        )
        options = (
            f"-c listen_addresses='' -k {self.socket} -p {PORT} -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=50"
        )
        self._run(
            str(self.bindir / "pg_ctl"),
            "-D",
            str(self.data),
            "-o",
            options,
            "-l",
            str(self.log),
            "-w",
            "-t",
            "60",
            "start",
        )

    def stop(self) -> None:
        try:
            if (self.data / "postmaster.pid").exists():
                self._run(
                    str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop"
                )
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def url(self, database: str = "postgres", password: str = PASSWORD) -> str:
        return f"postgresql+psycopg://{USER}:{password}@/{database}?host={self.socket}&port={PORT}"

    def create_database(self) -> str:
        """A new, empty database; returns its URL."""
        import psycopg

        name = "t_" + uuid.uuid4().hex[:12]
        with psycopg.connect(
            host=str(self.socket),
            port=PORT,
            user=USER,
            password=PASSWORD,
            dbname="postgres",
            autocommit=True,
        ) as connection:
            connection.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)
