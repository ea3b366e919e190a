"""The register from the command line, as a user runs it: real processes, real folders."""

from __future__ import annotations

import csv
import io
import json
import shutil
import sqlite3
import subprocess
import sys

from test_register_support import URN


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "gatekeeper.cli", *args], capture_output=True, text=True, timeout=300
    )


def test_check_remove_a_statement_check_again_shows_two_submissions_and_the_removal(
    case_folder, tmp_path, register_in_tmp
):
    """The issue's "Done when", in the default register (GATEKEEPER_REGISTER, set by conftest)."""
    folder = tmp_path / "case"
    shutil.copytree(case_folder(), folder)  # never change a folder other tests use
    first = run("check", str(folder), "--as-of", "2026-11-23", "--by", "DS Hart")
    assert first.returncode == 0, first.stderr
    assert "Recorded as submission 1 of 42YE1234526" in first.stderr
    statement = next(folder.glob("MG11 Marcus Bell*"))
    statement.unlink()
    second = run("check", str(folder), "--as-of", "2026-11-23", "--format", "json")
    assert second.returncode in (0, 1)
    json.loads(second.stdout)  # the register's note went to stderr: stdout is still the report
    assert "Recorded as submission 2" in second.stderr
    assert register_in_tmp.exists()

    shown = run("register", "show", URN, "--format", "json")
    assert shown.returncode == 0, shown.stderr
    case = json.loads(shown.stdout)
    assert case["urn"] == URN and [s["number"] for s in case["submissions"]] == [1, 2]
    assert case["submissions"][1]["removed"] == [statement.name]
    assert case["submissions"][1]["files"] == case["submissions"][0]["files"] - 1
    assert [a["action"] for a in case["audit"]] == ["check", "check"]
    assert case["audit"][0]["by"] == "DS Hart"
    text = run("register", "show", URN)
    assert f"removed: {statement.name}" in text.stdout

    listed = run("register", "list", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(listed.stdout)))
    assert [(r["urn"], r["submissions"]) for r in rows] == [(URN, "2")]
    assert json.loads(run("register", "list", "--overdue", "--format", "json").stdout) == []
    with sqlite3.connect(register_in_tmp) as connection:  # the CSV export is in the audit trail
        actions = [row[0] for row in connection.execute("SELECT action FROM audit")]
    assert actions == ["check", "check", "export"]


def cli(capsys, *args: str) -> tuple[int, str, str]:
    """The command line in this process (faster than a new one for each command)."""
    from gatekeeper.cli import main

    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_decide_and_plan_from_the_command_line(case_folder, checker, capsys):
    from gatekeeper.register import Register, check_and_record

    folder = case_folder()
    with Register.open() as register:  # the default register: GATEKEEPER_REGISTER
        assert check_and_record(checker, folder, register=register, by="DS Hart").submission
    code, out, err = cli(
        capsys,
        "register",
        "decide",
        URN,
        "abe-sum",
        "fail",
        "--note",
        "too thin",
        "--by",
        "DS Hart",
    )
    assert code == 0 and "ABE-SUM fail" in out, err
    code, out, err = cli(
        capsys,
        "register",
        "plan",
        URN,
        "--issued",
        "2026-08-01",
        "--action",
        "Send the ROTI",
        "--owner",
        "OIC",
        "--due",
        "2026-08-15",
    )
    assert code == 0, err
    code, out, _ = cli(
        capsys, "register", "list", "--overdue", "--format", "json", "--as-of", "2026-11-23"
    )
    overdue = json.loads(out)
    assert overdue[0]["overdue_actions"] == 1 and overdue[0]["oldest_open_plan_days"] == 114

    code, out, err = cli(
        capsys, "check", str(folder), "--as-of", "2026-11-23", "--format", "json", "--workers", "2"
    )
    findings = {f["rule"]: f for f in json.loads(out)["findings"]}
    abe, age = findings["ABE-SUM"], findings["AP-AGE"]
    assert abe["status"] == "fail" and abe["decided_by"] == "DS Hart" and abe["note"] == "too thin"
    assert age["status"] == "fail" and "(in the case register)" in age["message"]
    assert code == 1  # the person's decision and the register's plan decide the verdict
    # the folder is unchanged: the same submission, looked at again, not a second one
    assert "Checked again, unchanged: the files are those of submission 1" in err
    assert "--new-submission" in err
    code, out, err = cli(
        capsys, "check", str(folder), "--as-of", "2026-11-23", "--new-submission", "--quiet"
    )
    assert "Recorded as submission 2" in err

    code, out, _ = cli(capsys, "register", "stats", "--format", "csv", "--as-of", "2026-11-23")
    assert "median_days_report_to_submission" in out and "ABE-SUM" in out
    code, out, _ = cli(capsys, "register", "show", URN, "--as-of", "2026-11-23")
    assert "Send the ROTI (OIC, due 15/08/2026): open, 100 days overdue" in out


def test_no_register_records_nothing_and_a_corrupt_one_does_not_stop_the_check(
    case_folder, tmp_path, register_in_tmp, capsys
):
    folder = case_folder()
    code, out, err = cli(capsys, "check", str(folder), "--no-register", "--as-of", "2026-11-23")
    assert code == 0 and "Recorded" not in err
    assert not register_in_tmp.exists()
    broken = tmp_path / "broken.sqlite"
    broken.write_bytes(b"\x00garbage" * 1000)
    code, out, err = cli(
        capsys, "check", str(folder), "--register", str(broken), "--as-of", "2026-11-23"
    )
    assert code == 0 and "Would pass the CPS assessment" in out
    assert "damaged or is not a Gatekeeper register" in err and "will not be recorded" in err
    assert cli(capsys, "register", "list", "--register", str(broken))[0] == 3
