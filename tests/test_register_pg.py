"""The case register on a real PostgreSQL server the suite starts itself (tests/pg_server.py).

Never skipped in CI: the ``postgres`` fixture fails there when the server cannot start.
"""

from __future__ import annotations

import threading
import time

import pytest
from sqlalchemy import create_engine, event, text
from test_register import (
    check_nothing_half_written,
    check_upgraded,
    kill_a_writer_mid_write,
)
from test_register_support import URN, variant, write_first_schema_records

from gatekeeper.models import Status
from gatekeeper.register import NewAction, Register, RegisterError
from gatekeeper.register.engine import current_revision, head_revision


@pytest.fixture(scope="module")
def report(check_case):
    return check_case()


@pytest.fixture
def pg_url(postgres):
    return postgres.create_database()


def test_a_register_from_the_first_schema_is_upgraded_in_place(pg_url):
    Register.open(pg_url, migrate_to="0001").close()
    write_first_schema_records(pg_url)
    check_upgraded(Register.open(pg_url))
    assert current_revision(create_engine(pg_url)) == head_revision()


def test_the_audit_trail_refuses_edits_on_postgresql(pg_url, report):
    with Register.open(pg_url) as register:
        register.record(report, by="DS Hart")
        before = register.audit()
        engine = create_engine(pg_url)
        for statement in ("UPDATE audit SET by = 'x'", "DELETE FROM audit", "TRUNCATE audit"):
            with pytest.raises(Exception, match="append-only"), engine.begin() as connection:
                connection.execute(text(statement))
        engine.dispose()
        assert register.audit() == before


def test_two_gatekeepers_writing_at_once_lose_neither_s_work(pg_url, report):
    """A's transaction is held open mid-write while B records and decides on the same case."""
    first, second = Register.open(pg_url), Register.open(pg_url)
    try:
        first.record(report, by="setup")
        inside, release = threading.Event(), threading.Event()

        @event.listens_for(first.engine, "after_cursor_execute")
        def hold(connection, cursor, statement, *args):
            if statement.lstrip().upper().startswith("INSERT INTO SUBMISSION_FILES"):
                inside.set()
                release.wait(10)

        errors: list[BaseException] = []

        def run(work):
            try:
                work()
            except BaseException as exc:
                errors.append(exc)

        a = threading.Thread(
            target=run, args=(lambda: first.record(variant(report, minutes=1), by="A", new=True),)
        )
        a.start()
        assert inside.wait(10)

        def b_work():
            second.record(variant(report, minutes=2), by="B", new=True)
            second.decide(URN, "ABE-SUM", Status.FAIL, by="B", note="thin")
            second.issue_plan(
                URN, report.checked_at.date(), [NewAction(text="x", owner="OIC")], by="B"
            )

        b = threading.Thread(target=run, args=(b_work,))
        b.start()
        time.sleep(0.5)
        assert b.is_alive()  # B waits for A's lock on the case, it does not overwrite A's number
        release.set()
        a.join(20)
        b.join(20)
        assert not errors, errors
        case = second.case(URN)
        assert [(s.number, s.by) for s in case.submissions] == [(1, "setup"), (2, "A"), (3, "B")]
        assert [d.rule for d in case.decisions] == ["ABE-SUM"]
        assert len(case.plans) == 1
        assert [a.action for a in case.audit] == [
            "check",
            "check",
            "check",
            "decision",
            "plan issued",
        ]
    finally:
        first.close()
        second.close()


def test_two_first_uses_at_once_create_one_schema(pg_url):
    opened: list[Register] = []
    errors: list[BaseException] = []

    def open_it():
        try:
            opened.append(Register.open(pg_url))
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=open_it) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert not errors and len(opened) == 3
    for register in opened:
        register.close()


def test_a_writer_killed_mid_write_leaves_nothing_half_written(pg_url, report, tmp_path):
    with Register.open(pg_url) as register:
        register.record(report, by="DS Hart")
    kill_a_writer_mid_write(pg_url, variant(report, minutes=1), tmp_path)
    with Register.open(pg_url) as register:
        check_nothing_half_written(register, report)


def test_a_wrong_password_or_an_unreachable_server_gives_a_plain_message(postgres, tmp_path):
    with pytest.raises(RegisterError, match="refused the user name or password") as refused:
        Register.open(postgres.url("postgres", password="not-the-password"), timeout=5)
    assert "not-the-password" not in str(refused.value)
    nowhere = f"postgresql+psycopg://u:p@/db?host={tmp_path}&port=5432"
    with pytest.raises(RegisterError, match="cannot be reached"):
        Register.open(nowhere, timeout=2)


def test_the_check_still_prints_when_the_register_cannot_be_opened(postgres, case_folder, capsys):
    from gatekeeper.cli import main

    url = postgres.url("postgres", password="wrong")
    code = main(
        ["check", str(case_folder()), "--register", url, "--as-of", "2026-11-23", "--quiet"]
    )
    captured = capsys.readouterr()
    assert code == 0 and "Would pass the CPS assessment" in captured.out
    assert "refused the user name or password" in captured.err
    assert "will not be recorded" in captured.err
