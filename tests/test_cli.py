"""The command line, run as a user runs it: a real process, real folders, real exit codes."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from gatekeeper.checklist import load_checklist

SPEC_DOCUMENT_FIELDS = {"path", "type", "role", "readable", "problem", "sha256"}
SPEC_FINDING_FIELDS = {"rule", "status", "severity", "message", "documents", "citation", "dga"}


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "gatekeeper.cli", *args], capture_output=True, text=True, timeout=300
    )


@pytest.mark.parametrize("style", ["standard", "national", "prose"])
def test_compliant_case_exits_0_with_a_plain_headline(case_folder, style):
    result = run("check", str(case_folder(style=style)), "--as-of", "2026-11-23")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Would pass the CPS assessment" in result.stdout
    assert "Documents (" in result.stdout


def test_failing_case_exits_1_and_groups_by_dga_reason(case_folder):
    result = run("check", str(case_folder(abe="missing", vague_entries=True)))
    assert result.returncode == 1
    out = result.stdout
    assert "Would not pass the CPS assessment: 2 blocking, 1 required" in out
    assert "Would be recorded in the DGA as: Disclosure failure - Schedules" in out
    # the CPS's order: disclosure before evidential failures, each failure with its severity
    assert out.index("DISCLOSURE FAILURE") < out.index("EVIDENTIAL FAILURE")
    assert "FAIL ABE-REC (blocking)" in out and "FAIL DIS-DESC (required)" in out
    assert "Fix: " in out and "Source: " in out


def test_json_report_has_the_spec_fields(case_folder):
    folder = case_folder(roti=False)
    result = run("check", str(folder), "--format", "json", "--stage", "charging")
    assert result.returncode == 1
    report = json.loads(result.stdout)
    assert report["schema_version"] == "1"
    assert report["folder"] == str(folder.resolve()) and report["stage"] == "charging"
    assert all(set(d) >= SPEC_DOCUMENT_FIELDS for d in report["documents"])
    assert all(set(f) >= SPEC_FINDING_FIELDS for f in report["findings"])
    assert all("/" not in d["path"] or not d["path"].startswith("/") for d in report["documents"])
    roti = next(f for f in report["findings"] if f["rule"] == "SI-ROTI")
    assert roti["status"] == "fail" and roti["severity"] == "blocking"
    rules = {r.id for r in load_checklist().checklist.for_stage("charging")}
    assert {f["rule"] for f in report["findings"]} == rules


def test_a_persons_decisions_are_applied_from_a_file(case_folder, tmp_path):
    folder = case_folder(vague_entries=True)
    decisions = {
        "decisions": {"DIS-DESC": {"status": "pass", "by": "DS Gemma Hart", "note": "Agreed"}}
    }
    (tmp_path / "overrides.json").write_text(json.dumps(decisions))
    result = run(
        "check", str(folder), "--overrides", str(tmp_path / "overrides.json"), "--format", "json"
    )
    assert result.returncode == 0, result.stdout[-2000:]
    desc = next(f for f in json.loads(result.stdout)["findings"] if f["rule"] == "DIS-DESC")
    assert desc["status"] == "pass" and desc["decided_by"] == "DS Gemma Hart"
    (tmp_path / "bad.json").write_text('{"decisions": {"DIS-DESC": {"status": "maybe"}}}')
    bad = run("check", str(folder), "--overrides", str(tmp_path / "bad.json"))
    assert bad.returncode == 2 and "overrides file cannot be used" in bad.stderr


@pytest.mark.parametrize("target", ["does-not-exist", "a-file.txt"])
def test_usage_errors_exit_2(tmp_path, target):
    (tmp_path / "a-file.txt").write_text("x")
    result = run("check", str(tmp_path / target))
    assert result.returncode == 2
    assert "does not exist or is not a folder" in result.stderr


def test_bad_option_exits_2(tmp_path):
    assert run("check", str(tmp_path), "--stage", "nonsense").returncode == 2


def test_demo_make_writes_the_named_cases(tmp_path):
    result = run("demo", "make", str(tmp_path), "--case", "compliant", "--case", "no-schedules")
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["compliant", "no-schedules"]
    assert run("demo", "make", str(tmp_path), "--case", "compliant").returncode == 2
    assert run("demo", "make", str(tmp_path), "--case", "compliant", "--force").returncode == 0
    assert run("demo", "make", str(tmp_path), "--case", "nope").returncode == 2


def test_docs_rules_md_is_generated_from_the_checklist():
    from pathlib import Path

    from gatekeeper.rule_docs import checklist_markdown

    generated = checklist_markdown(load_checklist().checklist)
    on_file = (Path(__file__).parents[1] / "docs" / "rules.md").read_text()
    assert on_file == generated, "docs/rules.md is stale: run 'make docs'"


def test_rules_are_listed_and_explained():
    listing = run("rules")
    assert listing.returncode == 0 and "ABE-REC" in listing.stdout
    explained = run("rules", "abe-rec")
    assert "Why it matters:" in explained.stdout and "Action to ask for:" in explained.stdout


def test_names_that_are_no_utf8_or_hold_control_characters_are_checked_and_shown_escaped(
    case_folder, tmp_path
):
    import os
    import shutil

    from helpers import folder_state

    folder = tmp_path / "odd-names"
    shutil.copytree(case_folder(), folder)
    raw = os.fsencode(folder)
    odd = [b"note\xe9\xff.pdf", b"paint\x1b[31mred.txt", b"two\nlines.txt"]
    for name in odd:
        with open(raw + b"/" + name, "wb") as handle:
            handle.write(b"A note of the call, 02/02/2026.")
    before = folder_state(folder)
    text = run("check", str(folder))
    assert text.returncode in (0, 1), text.stderr
    assert "\x1b" not in text.stdout and "Traceback" not in text.stderr
    assert "note\\xe9\\xff.pdf" in text.stdout and "two\\x0alines.txt" in text.stdout
    result = run("check", str(folder), "--format", "json")
    assert result.returncode in (0, 1), result.stderr
    documents = {d["path"]: d for d in json.loads(result.stdout)["documents"]}
    for name in odd:
        shown = name.decode("utf-8", "backslashreplace")
        shown = "".join(f"\\x{ord(c):02x}" if ord(c) < 32 else c for c in shown)
        document = documents[shown]
        assert bytes.fromhex(document["path_bytes"]) == name and document["sha256"]
    assert all(
        d["path_bytes"] is None for p, d in documents.items() if p.isascii() and "\\x" not in p
    )
    assert folder_state(folder) == before
