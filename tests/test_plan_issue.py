"""An action plan issued into the case register, and answered by the next submission."""

from __future__ import annotations

import json
import subprocess
import sys

from test_register_support import URN


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "gatekeeper.cli", *args], capture_output=True, text=True, timeout=300
    )


def test_an_issued_plan_is_kept_and_the_next_submission_answers_its_actions(case_folder, tmp_path):
    gaps = case_folder(first_account_statement=False)  # KS-FIRST fails: a statement is missing
    assert run("check", str(gaps), "--as-of", "2026-11-23").returncode == 1
    issued = run(
        "plan", str(gaps), "--issue", "--format", "json", "--as-of", "2026-11-23", "--by", "DS Hart"
    )
    assert issued.returncode == 1, issued.stderr  # a plan with actions
    assert "Issued as plan" in issued.stderr
    plan = json.loads(issued.stdout)
    statement = next(a for a in plan["actions"] if "KS-FIRST" in a["rules"])

    # A restart: the plan is in the register, each action with its owner and due date.
    shown = json.loads(
        run("register", "show", URN, "--format", "json", "--as-of", "2026-11-24").stdout
    )
    kept = next(a for a in shown["actions"] if "KS-FIRST" in a["rules"])
    assert kept["status"] == "open" and kept["owner"] == statement["owner"]
    assert kept["due"] == statement["due"]
    assert any(e["action"] == "plan issued" for e in shown["audit"])

    # Past its due date and still missing: the action is overdue for the supervisor, and a
    # re-submission without the statement fails AP-ANSWERED, naming the action.
    overdue = run("register", "list", "--overdue", "--format", "json", "--as-of", "2027-01-29")
    assert URN in overdue.stdout
    again = run("check", str(gaps), "--as-of", "2026-11-30", "--format", "json")
    answered_rule = next(
        f for f in json.loads(again.stdout)["findings"] if f["rule"] == "AP-ANSWERED"
    )
    assert answered_rule["status"] == "fail" and "Not yet answered" in answered_rule["message"]

    # The re-submission holds the missing statement: that action is answered.
    fixed = case_folder()
    resubmitted = run("check", str(fixed), "--as-of", "2026-12-01", "--format", "json")
    assert resubmitted.returncode == 0, resubmitted.stdout[-2000:]
    verdict = next(
        f for f in json.loads(resubmitted.stdout)["findings"] if f["rule"] == "AP-ANSWERED"
    )
    assert verdict["status"] == "pass", verdict
    after = json.loads(
        run("register", "show", URN, "--format", "json", "--as-of", "2026-12-01").stdout
    )
    answered = next(a for a in after["actions"] if "KS-FIRST" in a["rules"])
    assert answered["status"] == "answered"
    assert any(e["action"] == "action answered" for e in after["audit"])
