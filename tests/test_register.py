"""The case register on a real SQLite file: records, diffs, decisions, the audit trail, failures."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from test_register_support import URN, variant, write_first_schema_records

from gatekeeper.models import DocType, Role, Status
from gatekeeper.pipeline import Checker, CheckSettings
from gatekeeper.register import NewAction, Register, RegisterError, check_and_record
from gatekeeper.register.engine import current_revision, head_revision
from gatekeeper.register.location import _mount_type, resolve_url
from gatekeeper.register.text import case_text
from helpers import AS_OF, finding


@pytest.fixture
def register(tmp_path):
    with Register.open(tmp_path / "reg" / "register.sqlite") as opened:
        yield opened


@pytest.fixture(scope="module")
def report(check_case):
    return check_case()


def test_first_use_creates_the_register_in_wal_mode(tmp_path):
    path = tmp_path / "new" / "folder" / "register.sqlite"
    with Register.open(str(path)) as register:
        assert register.warnings == []
    assert path.exists()
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_the_default_location_follows_gatekeeper_register(monkeypatch, tmp_path):
    monkeypatch.setenv("GATEKEEPER_REGISTER", str(tmp_path / "x.sqlite"))
    assert resolve_url().database == str(tmp_path / "x.sqlite")
    pg = "postgresql+psycopg://u:p@db.example/reg"
    assert resolve_url(pg).get_backend_name() == "postgresql"
    monkeypatch.delenv("GATEKEEPER_REGISTER")
    assert resolve_url().database.endswith("register.sqlite")  # platformdirs' data folder


def test_a_register_on_a_network_share_is_recognised(tmp_path):
    mounts = tmp_path / "mounts"
    mounts.write_text(
        "/dev/sda1 / ext4 rw 0 0\n//server/unit /mnt/unit cifs rw 0 0\nfs:/x /mnt/nfs nfs4 rw 0 0\n"
    )
    assert "cifs" in _mount_type(Path("/mnt/unit/reg/register.sqlite"), mounts)
    assert "nfs4" in _mount_type(Path("/mnt/nfs/register.sqlite"), mounts)
    assert _mount_type(Path("/home/me/register.sqlite"), mounts) is None
    assert _mount_type(Path("/mnt/unitx/register.sqlite"), mounts) is None


def test_a_resubmission_is_compared_by_hash(register, report):
    statements = [d.path for d in report.documents if d.type is DocType.MG11]
    first = register.record(report, by="DS Hart")
    assert first.number == 1 and first.files == len(report.documents)
    second = variant(
        report,
        drop=(statements[0],),
        change=(statements[1],),
        add=(("Further statement.pdf", "e" * 64),),
        move=((statements[2], "moved/" + statements[2]),),
        statuses={"ABE-REC": Status.FAIL, "SI-ROTI": Status.FAIL},
        minutes=5,
    )
    register.record(second, by="DS Hart")
    third = variant(
        second, statuses={"ABE-REC": Status.PASS, "SI-ROTI": Status.FAIL, "KS-FIRST": Status.FAIL}
    )
    register.record(third, by="PC Lane", new=True)  # the same files, sent again
    case = register.case(URN)
    _, two, three = case.submissions
    assert two.removed == [statements[0]] and two.changed == [statements[1]]
    assert two.added == ["Further statement.pdf"]
    assert [(m.old, m.new) for m in two.moved] == [(statements[2], "moved/" + statements[2])]
    assert two.new_failures == ["ABE-REC", "SI-ROTI"] and two.fixed == []
    assert three.fixed == ["ABE-REC"] and three.remaining == ["SI-ROTI"]
    assert three.new_failures == ["KS-FIRST"] and three.by == "PC Lane"
    assert three.added == three.removed == three.changed == []
    assert case.ping_pong == {"submissions": 3, "action_plans": 0}


def test_a_rule_passed_by_a_persons_decision_is_never_counted_as_fixed(register, report):
    first = variant(report, statuses={"KS-FIRST": Status.FAIL, "ABE-REC": Status.FAIL})
    register.record(first, by="DS Hart")
    second = variant(first, statuses={"ABE-REC": Status.PASS}, add=(("ABE.mp4", "a" * 64),))
    # the first-account rule passed because a person said so, the file unchanged on it
    second = second.model_copy(
        update={
            "findings": [
                f.model_copy(
                    update={"status": Status.PASS, "decided_by": "DS Hart", "note": "seen it"}
                )
                if f.rule == "KS-FIRST"
                else f
                for f in second.findings
            ]
        }
    )
    register.record(second, by="DS Hart")
    latest = register.case(URN).submissions[-1]
    assert latest.fixed == ["ABE-REC"]
    assert latest.passed_by_decision == ["KS-FIRST"]
    assert "passed by a person's decision: KS-FIRST" in case_text(register.case(URN))


def test_no_document_text_is_stored(register, report, tmp_path):
    register.record(report, by="DS Hart")
    register.close()
    raw = (tmp_path / "reg" / "register.sqlite").read_bytes()
    wal = tmp_path / "reg" / "register.sqlite-wal"
    raw += wal.read_bytes() if wal.exists() else b""
    assert report.facts.lines_of_enquiry and report.facts.lines_of_enquiry.encode() not in raw
    assert b"lines_of_enquiry" not in raw and b"suspect_account" not in raw


def test_decisions_and_corrections_apply_again_to_the_same_files(
    checker, case_folder, tmp_path, register
):
    folder = tmp_path / "case"
    shutil.copytree(case_folder(), folder)
    first = check_and_record(checker, folder, register=register, by="DS Hart")
    assert first.problem is None and first.submission.number == 1
    # A person overrules a finding that rests on documents (here the ABE summary's rule).
    review = next(f for f in first.report.findings if f.rule == "ABE-SUM")
    assert review.documents and review.status is not Status.FAIL
    register.decide(URN, review.rule, Status.FAIL, by="DS Hart", note="Summary too thin")
    officer = next(d for d in first.report.documents if d.role is Role.OFFICER)
    register.correct(URN, officer.path, by="DS Hart", role=Role.WITNESS)

    (folder / officer.path).rename(folder / ("renamed " + officer.path))  # same file, new name
    second = check_and_record(checker, folder, register=register, by="DS Hart")
    renamed = next(d for d in second.report.documents if d.path == "renamed " + officer.path)
    assert renamed.role is Role.WITNESS  # the correction followed the file's hash
    decided = finding(second.report, review.rule)
    assert second.report.overrides.roles == {renamed.path: Role.WITNESS}
    assert decided.status is Status.FAIL and decided.decided_by == "DS Hart"
    assert decided.note == "Summary too thin"
    assert second.submission.moved[0].new == renamed.path
    assert second.report.files_read == 1  # only the renamed file was read again

    view = register.case(URN)
    assert [d.rule for d in view.decisions] == [review.rule]
    assert view.corrections[0].paths == [renamed.path]
    assert [a.action for a in view.audit] == ["check", "decision", "correction", "check"]


def test_a_decision_does_not_outlive_a_change_to_its_documents(register, report):
    register.record(report, by="DS Hart")
    rule = next(f for f in report.findings if f.documents)
    register.decide(URN, rule.rule, Status.FAIL, by="DS Hart", note="not good enough")
    same = register.for_check(variant(report, minutes=1))
    assert same.overrides.decisions[rule.rule].status is Status.FAIL
    changed = register.for_check(variant(report, change=(rule.documents[0],), minutes=1))
    assert rule.rule not in changed.overrides.decisions


def test_the_audit_trail_is_append_only(register, report, tmp_path):
    register.record(report, by="DS Hart")
    register.decide(URN, "KS-OFFICER", Status.PASS, by="DS Hart")
    before = register.audit()
    register.issue_plan(URN, AS_OF, [NewAction(text="Send the ROTI", owner="OIC")], by="DS Hart")
    register.record(variant(report, minutes=3), by="PC Lane")
    after = register.audit()
    assert after[: len(before)] == before and len(after) == len(before) + 2
    engine = create_engine(f"sqlite:///{tmp_path / 'reg' / 'register.sqlite'}")
    for statement in ("UPDATE audit SET by = 'someone else'", "DELETE FROM audit"):
        with pytest.raises(Exception, match="append-only"), engine.begin() as connection:
            connection.execute(text(statement))
    engine.dispose()
    assert register.audit() == after


@pytest.mark.parametrize("tamper", ["rewrite", "remove"])
def test_an_insider_who_drops_the_triggers_breaks_the_audit_chain_at_the_row(
    register, report, tmp_path, tamper, capsys
):
    """Issue 21, point 6: whoever can write the file can drop the append-only triggers; a row
    rewritten or removed then breaks the hash chain, and ``register verify`` names the row."""
    from gatekeeper.cli import main

    register.record(report, by="DS Hart")
    for number in range(3):
        register.log_export("referral pack", by="DS Hart", detail={"urn": URN, "n": number})
    assert register.check_audit().ok and register.check_audit().checked == len(register.audit())
    path = tmp_path / "reg" / "register.sqlite"
    assert main(["register", "verify", "--register", str(path)]) == 0
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        connection.execute(text("DROP TRIGGER audit_no_update"))
        connection.execute(text("DROP TRIGGER audit_no_delete"))
        target = connection.execute(
            text("SELECT id FROM audit WHERE action = 'export' ORDER BY id LIMIT 1 OFFSET 1")
        ).scalar_one()
        if tamper == "rewrite":
            connection.execute(
                text("UPDATE audit SET detail = :d WHERE id = :id"),
                {"d": json.dumps({"urn": URN, "n": 7, "what": "referral pack"}), "id": target},
            )
        else:
            connection.execute(text("DELETE FROM audit WHERE id = :id"), {"id": target})
    engine.dispose()
    found = register.check_audit()
    broken = target if tamper == "rewrite" else target + 1
    assert not found.ok and found.broken_at == broken
    assert ("rewritten" if tamper == "rewrite" else "removed") in (found.problem or "")
    capsys.readouterr()
    assert main(["register", "verify", "--register", str(path)]) == 1
    assert f"row {broken} " in capsys.readouterr().err


def test_a_corrupt_register_gives_a_plain_message(tmp_path):
    path = tmp_path / "register.sqlite"
    path.write_bytes(b"this is not a database, it was overwritten by mistake" * 200)
    with pytest.raises(RegisterError, match="damaged or is not a Gatekeeper register"):
        Register.open(path)


def test_a_register_that_fails_its_integrity_check_is_read_only_and_says_so(tmp_path, report):
    path = tmp_path / "register.sqlite"
    with Register.open(path) as register:
        register.record(report, by="tester")
        for number in range(200):  # pages enough that one can be damaged past the schema's
            register.log_export(f"export {number}", by="tester", detail={"n": "x" * 200})
    with contextlib.closing(sqlite3.connect(path)) as connection:  # all of it in the file
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page = connection.execute("PRAGMA page_size").fetchone()[0]
    data = bytearray(path.read_bytes())
    for number in (3, 5, len(data) // page - 2):  # table pages overwritten
        data[page * number : page * number + 400] = bytes(range(200)) * 2
    path.write_bytes(bytes(data))
    with Register.open(path) as damaged:
        assert damaged.read_only and "is damaged" in damaged.read_only
        assert any("integrity check" in w for w in damaged.warnings)
        with pytest.raises(RegisterError, match="open read-only"):
            damaged.record(report, by="tester")
        with pytest.raises(RegisterError, match="open read-only"):
            damaged.log_export("pack", by="tester")


def test_a_locked_register_gives_a_plain_message_and_can_still_be_read(tmp_path, report):
    path = tmp_path / "register.sqlite"
    with Register.open(path) as register:
        register.record(report, by="DS Hart")
    holder = sqlite3.connect(path, isolation_level=None)  # another program, mid-write
    holder.execute("BEGIN IMMEDIATE")
    holder.execute(
        "INSERT INTO audit (at, by, action, urn, detail) VALUES ('2026-01-01', 'x', 'x', NULL, '{}')"
    )
    try:
        with Register.open(path, timeout=0.3) as register:
            assert len(register.case(URN).submissions) == 1  # WAL: reading does not wait
            with pytest.raises(RegisterError, match="locked by another program"):
                register.record(variant(report, minutes=1), by="DS Hart")
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_a_register_from_the_first_schema_is_upgraded_and_keeps_every_record(tmp_path):
    path = tmp_path / "old.sqlite"
    Register.open(path, migrate_to="0001").close()
    url = f"sqlite:///{path}"
    assert current_revision(create_engine(url)) == "0001"
    write_first_schema_records(url)
    check_upgraded(Register.open(path))
    assert current_revision(create_engine(url)) == head_revision() != "0001"


def check_upgraded(register: Register) -> None:
    """Every record written by the first schema is found after the upgrade (SQLite and PG)."""
    with register:
        case = register.case(URN, as_of=dt.date(2026, 10, 10))
        assert [s.number for s in case.submissions] == [1]
        assert case.submissions[0].files == 2 and case.submissions[0].failures == ["ABE-REC"]
        assert case.submissions[0].by == "DS Old"
        assert case.timeliness.days_since_report == 209
        assert [(c.field, c.value) for c in case.corrections] == [("role", "first_account")]
        assert [(d.rule, d.evidence) for d in case.decisions] == [("KS-OFFICER", ["b" * 64])]
        assert [(p.issued, p.days_open) for p in case.plans] == [(dt.date(2026, 9, 2), 38)]
        assert [(a.text, a.overdue_days) for a in case.actions] == [("Send the ABE recording", 10)]
        assert [a.action for a in case.audit] == ["check"]
        assert case.closed_at is None  # a column the second revision added
        register.close_case(URN, by="DS New", reason="charged")
        assert register.case(URN).closed_at is not None
        assert register.stats().open_cases == 0


def test_the_migrations_match_the_models(tmp_path):
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from gatekeeper.register.schema import Base

    with Register.open(tmp_path / "r.sqlite") as register, register.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == []


def test_timeliness_plans_and_supervisor_figures(register, report):
    register.record(report, by="DS Hart")
    issued = AS_OF - dt.timedelta(days=80)
    plan = register.issue_plan(
        URN,
        issued,
        [
            NewAction(text="Send the ROTI", owner="OIC", due=AS_OF - dt.timedelta(days=5)),
            NewAction(text="Obtain the MG6E", owner="DO", due=AS_OF + dt.timedelta(days=5)),
        ],
        by="DS Hart",
    )
    old = register.issue_plan(URN, AS_OF - dt.timedelta(days=100), [], by="DS Hart")
    case = register.case(URN, as_of=AS_OF)
    assert [p.admin_finalisation_risk for p in case.plans] == ["over", "near"]
    assert [a.overdue_days for a in case.actions] == [5, None]
    assert case.timeliness.overdue_actions == 1
    assert case.timeliness.plans_near_admin_finalisation == 1
    assert case.timeliness.plans_over_admin_finalisation == 1
    assert case.ping_pong == {"submissions": 1, "action_plans": 2}
    assert [c.urn for c in register.cases(AS_OF, overdue_only=True)] == [URN]

    register.set_action_status(plan.actions[0].id, "answered", by="OIC")
    register.set_plan_status(old.id, "withdrawn", by="DS Hart")
    assert register.cases(AS_OF, overdue_only=True) == []
    register.record(
        variant(report, statuses={"SI-ROTI": Status.FAIL}, minutes=1), by="DS Hart", new=True
    )
    stats = register.stats(as_of=AS_OF)
    roti = next(r for r in stats.rules if r.rule == "SI-ROTI")
    assert (roti.checked, roti.failed, roti.rate) == (2, 1, 0.5)
    assert stats.open_cases == 1 and stats.submissions == 2
    report_date = report.facts.report_date
    assert stats.median_days_report_to_submission == (report.checked_at.date() - report_date).days
    assert register.stats(since=AS_OF + dt.timedelta(days=3650)).submissions == 0


def test_action_plan_age_reads_the_register(case_folder, tmp_path, register):
    """A plan seen in one submission still counts when the next leaves it out (AP-AGE)."""
    folder = tmp_path / "case"
    shutil.copytree(case_folder(resubmission="pending"), folder)
    later = dt.date(2027, 1, 20)  # 110 days after the plan of 02/10/2026
    with Checker(CheckSettings(workers=2, as_of=later)) as checker:
        first = check_and_record(checker, folder, register=register, by="DS Hart")
        assert finding(first.report, "AP-AGE").status is Status.FAIL
        for document in first.report.documents:
            if document.type is DocType.ACTION_PLAN:
                (folder / document.path).unlink()
        alone = checker.check(folder)  # the folder alone no longer shows the plan
        assert finding(alone, "AP-AGE").status is Status.NOT_APPLICABLE
        second = check_and_record(checker, folder, register=register, by="DS Hart")
    age = finding(second.report, "AP-AGE")
    assert age.status is Status.FAIL and "(in the case register)" in age.message
    assert register.case(URN).plans[0].source == "file"


WRITER = """
import sys, time
from sqlalchemy import event
from gatekeeper.models import Report
from gatekeeper.register import Register

register = Register.open(sys.argv[1])
report = Report.model_validate_json(open(sys.argv[2]).read())

@event.listens_for(register.engine, "after_cursor_execute")
def pause(connection, cursor, statement, *args):
    if statement.lstrip().upper().startswith("INSERT INTO FINDINGS"):
        print("WRITING", flush=True)
        time.sleep(60)

register.record(report, by="killed writer", new=True)
print("DONE", flush=True)
"""


def kill_a_writer_mid_write(url: str, report, tmp_path: Path) -> None:
    """Start a real process that records ``report``, SIGKILL it inside the write transaction."""
    source = tmp_path / "report.json"
    source.write_text(report.model_dump_json())
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, url, str(source)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert writer.stdout is not None
        line = writer.stdout.readline()
        assert line.strip() == "WRITING", line
        time.sleep(0.1)
        os.kill(writer.pid, signal.SIGKILL)
    finally:
        writer.wait(timeout=30)
    assert writer.returncode == -signal.SIGKILL


def check_nothing_half_written(register: Register, report) -> None:
    case = register.case(URN)
    assert [s.number for s in case.submissions] == [1]
    assert [a.by for a in case.audit] == ["DS Hart"]
    with register.engine.connect() as connection:
        for table in ("submission_files", "findings"):
            orphans = connection.execute(
                text(
                    f"SELECT count(*) FROM {table} WHERE submission_id NOT IN "
                    "(SELECT id FROM submissions)"
                )
            ).scalar()
            assert orphans == 0
        files = connection.execute(text("SELECT count(*) FROM submission_files")).scalar()
        assert files == len(report.documents)
    again = register.record(variant(report, minutes=2), by="DS Hart", new=True)
    assert again.number == 2


def test_a_writer_killed_mid_write_leaves_no_half_written_submission(report, tmp_path):
    path = tmp_path / "register.sqlite"
    with Register.open(path) as register:
        register.record(report, by="DS Hart")
    kill_a_writer_mid_write(str(path), variant(report, minutes=1), tmp_path)
    with Register.open(path) as register:
        with register.engine.connect() as connection:
            assert connection.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        check_nothing_half_written(register, report)


def test_show_json_has_the_issue_fields(register, report, capsys, monkeypatch, tmp_path):
    from gatekeeper.cli import main

    register.record(report, by="DS Hart")
    register.record(variant(report, drop=(report.documents[0].path,), minutes=1), by="DS Hart")
    register.close()
    monkeypatch.setenv("GATEKEEPER_REGISTER", str(tmp_path / "reg" / "register.sqlite"))
    assert main(["register", "show", URN, "--format", "json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert set(shown) >= {"urn", "submissions", "actions", "audit"}
    fields = {"number", "at", "files", "added", "removed", "changed", "fixed", "remaining"}
    assert all(set(s) >= fields for s in shown["submissions"])
    assert shown["submissions"][1]["removed"] == [report.documents[0].path]
    assert main(["register", "show", "NO-SUCH-URN"]) == 3
    assert "no case NO-SUCH-URN" in capsys.readouterr().err


def test_the_same_files_checked_again_are_the_same_submission(tmp_path, checker, case_folder):
    """A second look at an unchanged folder (F5, Open recent, a second `check`) is no new
    submission; a plan issued since it was submitted is not held against it; files changed, or
    a person saying they were sent again, make the next submission."""
    folder = case_folder(first_account_statement=False)  # KS-FIRST fails
    with Register.open(tmp_path / "r.sqlite") as register:
        first = check_and_record(checker, folder, register=register, by="DS Hart")
        assert first.submission is not None and first.urn is not None
        assert (first.submission.number, first.submission.checked_again) == (1, False)
        action = NewAction(text="Statement of her sister", owner="OIC", rules=["KS-FIRST"])
        register.issue_plan(first.urn, dt.date.today(), [action], by="DS Hart")

        again = check_and_record(checker, folder, register=register, by="DS Hart")
        assert again.submission is not None
        assert (again.submission.number, again.submission.checked_again) == (1, True)
        assert finding(again.report, "AP-ANSWERED").status is not Status.FAIL
        case = register.case(first.urn)
        assert len(case.submissions) == 1 and case.audit[-1].action == "check again"
        assert case.ping_pong["submissions"] == 1

        sent = check_and_record(checker, folder, register=register, by="DS Hart", new=True)
        assert sent.submission is not None
        assert (sent.submission.number, sent.submission.checked_again) == (2, False)

        changed = tmp_path / "changed"
        shutil.copytree(folder, changed)
        (changed / "covering note.txt").write_text("Covering note: the file is resubmitted.")
        later = check_and_record(checker, changed, register=register, by="DS Hart")
        assert later.submission is not None
        assert (later.submission.number, later.submission.checked_again) == (3, False)
        # new files, and the plan's action is still not met: now it is held against them
        assert finding(later.report, "AP-ANSWERED").status is Status.FAIL
