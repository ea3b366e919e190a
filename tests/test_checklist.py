"""The checklist is data, validated strictly at load, and covers the spec's core rule set."""

from __future__ import annotations

import re
from pathlib import Path

import pydantic
import pytest

from gatekeeper.checklist import checklist_dir, load_checklist

SPEC = Path(__file__).resolve().parents[2] / "shared" / "domain" / "checklist-spec.md"
CORE_IDS = {
    "MG3-PRESENT",
    "MG3-TEST",
    "MG3-EA",
    "MG3-CONTACT",
    "MG3-LOE",
    "MG3-DEFENCE",
    "MG3-OUTSTANDING",
    "KS-COMPLAINANT",
    "ABE-REC",
    "ABE-SUM",
    "ABE-EXH",
    "ABE-PLAN",
    "KS-FIRST",
    "KS-OFFICER",
    "KS-SIGNED",
    "SI-ROTI",
    "PNC-SUSPECT",
    "PNC-WITNESS",
    "DIS-MG6C",
    "DIS-MG6D",
    "DIS-MG6E",
    "DIS-DMD",
    "DIS-DESC",
    "DIS-RP",
    "DIG-DPN",
    "DIG-PROP",
    "MM-PLAYABLE",
    "MM-PROVIDED",
    "MM-CLIPPED",
    "EXH-PRESENT",
    "FOR-MED",
    "VIC-SM",
    "VIC-NEEDS",
    "VIC-VPS",
    "VIC-ISVA",
    "FILE-READ",
    "FILE-URN",
    "FILE-PII",
    "AP-ANSWERED",
    "AP-AGE",
}


def test_checklist_has_every_core_rule():
    ids = {r.id for r in load_checklist().checklist.rule}
    assert ids >= CORE_IDS


@pytest.mark.skipif(
    not SPEC.exists(), reason="the shared spec is beside the repository only in a workspace"
)
def test_core_ids_match_the_spec_table():
    table_ids = set(re.findall(r"^\| ([A-Z0-9]+-[A-Z0-9]+) \|", SPEC.read_text(), re.MULTILINE))
    assert table_ids == CORE_IDS


def test_severities_match_the_spec():
    rules = {r.id: r for r in load_checklist().checklist.rule}
    blocking = {i for i, r in rules.items() if r.severity.value == "blocking"}
    assert blocking == {"MG3-PRESENT", "KS-COMPLAINANT", "ABE-REC", "SI-ROTI", "AP-ANSWERED"}


def test_unknown_keys_are_refused(tmp_path):
    text = (checklist_dir() / "dg6-core.toml").read_text()
    (tmp_path / "bad.toml").write_text(
        text.replace('owner = "OIC"', 'owner = "OIC"\ncolour = "red"', 1)
    )
    with pytest.raises(pydantic.ValidationError, match="colour"):
        load_checklist(tmp_path / "bad.toml")


def test_duplicate_ids_and_unchecked_rules_are_refused(tmp_path):
    text = (checklist_dir() / "dg6-core.toml").read_text()
    (tmp_path / "dup.toml").write_text(text.replace('id = "MG3-TEST"', 'id = "MG3-PRESENT"'))
    with pytest.raises(ValueError, match="used twice"):
        load_checklist(tmp_path / "dup.toml")
    (tmp_path / "new.toml").write_text(
        text.replace('check = "test_sought"', 'check = "tea_sought"')
    )
    with pytest.raises(ValueError, match="names check 'tea_sought', which is not registered"):
        load_checklist(tmp_path / "new.toml")
    (tmp_path / "none.toml").write_text(text.replace('check = "test_sought"\n', ""))
    with pytest.raises(pydantic.ValidationError, match="exactly one of 'presence' and 'check'"):
        load_checklist(tmp_path / "none.toml")


def test_unknown_document_type_is_refused(tmp_path):
    text = (checklist_dir() / "dg6-core.toml").read_text()
    (tmp_path / "type.toml").write_text(text.replace('types = ["ROTI"]', 'types = ["ROTA"]'))
    with pytest.raises(pydantic.ValidationError):
        load_checklist(tmp_path / "type.toml")


def test_the_hash_changes_with_the_checklist(tmp_path):
    text = (checklist_dir() / "dg6-core.toml").read_text()
    (tmp_path / "edited.toml").write_text(text.replace("working_days = 3", "working_days = 4", 1))
    assert load_checklist(tmp_path / "edited.toml").sha256 != load_checklist().sha256
