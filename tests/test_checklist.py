"""The checklist is data, validated strictly at load, and covers the spec's core rule set."""

from __future__ import annotations

import re
from pathlib import Path

import pydantic
import pytest

from gatekeeper.checklist import checklist_dir, load_checklist
from gatekeeper.models import Severity, Stage

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


# The spec's rules table (checked against published texts, December 2026): severity and the
# CPS's own DGA failure reason, or "—" for none.
SPEC_TABLE: dict[str, tuple[str, str]] = {
    "MG3-PRESENT": ("blocking", "—"),
    "MG3-TEST": ("required", "—"),
    "MG3-EA": ("advisory", "—"),
    "MG3-CONTACT": ("advisory", "—"),
    "MG3-LOE": ("required", "Disclosure - lines of inquiry not provided / insufficient"),
    "MG3-DEFENCE": ("required", "—"),
    "MG3-OUTSTANDING": ("required", "—"),
    "KS-COMPLAINANT": ("blocking", "Evidential - statement(s)"),
    "ABE-REC": (
        "blocking (required at early advice)",
        "Evidential - multimedia other not provided / not in playable format",
    ),
    "ABE-SUM": ("required", "Evidential - statement(s)"),
    "ABE-EXH": ("required", "Evidential - exhibit"),
    "ABE-PLAN": ("advisory", "—"),
    "KS-FIRST": ("required", "Evidential - statement(s)"),
    "KS-OFFICER": ("required", "Evidential - statement(s)"),
    "KS-SIGNED": ("required", "Evidential - statement(s)"),
    "SI-ROTI": ("blocking", "Evidential - statement(s)"),
    "PNC-SUSPECT": ("required", "—"),
    "PNC-WITNESS": ("required", "Disclosure - rebuttable presumption material not provided"),
    "DIS-MG6C": ("required", "Disclosure - schedules not provided"),
    "DIS-MG6D": ("required", "Disclosure - schedules not provided"),
    "DIS-MG6E": ("advisory", "—"),
    "DIS-DMD": ("advisory", "—"),
    "DIS-DESC": ("required", "Disclosure - schedules not completed correctly"),
    "DIS-RP": ("required", "Disclosure - rebuttable presumption material not provided"),
    "DIG-DPN": ("required", "—"),
    "DIG-PROP": ("required", "Disclosure - lines of inquiry insufficient"),
    "MM-PLAYABLE": (
        "required",
        "Evidential - multimedia BWV / CCTV / other not in playable format",
    ),
    "MM-PROVIDED": ("required", "Evidential - multimedia BWV / CCTV / other not provided"),
    "MM-CLIPPED": ("advisory", "Evidential - multimedia not clipped"),
    "EXH-PRESENT": ("required", "Evidential - exhibit"),
    "FOR-MED": ("required", "Evidential - forensic / medical evidence"),
    "VIC-SM": ("required", "Victim and witness - special measures not considered or inadequate"),
    "VIC-NEEDS": ("required", "Victim and witness - needs (not special measures)"),
    "VIC-VPS": ("required", "Victim and witness - VPS"),
    "VIC-ISVA": ("advisory", "—"),
    "FILE-READ": ("required", "—"),
    "FILE-URN": ("advisory", "—"),
    "FILE-PII": ("advisory", "—"),
    "AP-ANSWERED": ("blocking", "—"),
    "AP-AGE": ("advisory", "—"),
}


# The spec's "Rules being added (December 2026)", as far as the checklist has them: id ->
# (severity, DGA failure reason or "—").
ADDED_TABLE: dict[str, tuple[str, str]] = {
    "TP-REQUEST": ("required", "Disclosure - lines of inquiry insufficient"),
    "TP-NOTICE": ("required", "—"),
}


def _added_rows(text: str) -> dict[str, tuple[str, str]]:
    rows = re.findall(r"^- \*\*([A-Z0-9]+-[A-Z0-9]+)\*\* \((\w+); DGA: ([^)]+)\)", text, re.M)
    return {rule: (severity, dga.strip()) for rule, severity, dga in rows}


def test_the_added_rules_carry_the_spec_severity_and_failure_reason():
    rules = {r.id: r for r in load_checklist().checklist.rule}
    for rule_id, (severity, dga) in ADDED_TABLE.items():
        assert rules[rule_id].severity.value == severity, rule_id
        assert (rules[rule_id].dga_category or "—") == dga, rule_id


@pytest.mark.skipif(
    not SPEC.exists(), reason="the shared spec is beside the repository only in a workspace"
)
def test_the_copy_of_the_added_rules_is_the_spec():
    added = _added_rows(SPEC.read_text())
    assert {rule: added[rule] for rule in ADDED_TABLE} == ADDED_TABLE


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
    # early advice does not need a full file: a missing recording holds no decision back there
    assert rules["ABE-REC"].severity_at(Stage.EARLY_ADVICE) is Severity.REQUIRED
    assert rules["ABE-REC"].severity_at(Stage.CHARGING) is Severity.BLOCKING


def _spec_rows(text: str) -> dict[str, tuple[str, str]]:
    """The spec's rules table: id -> (severity, DGA failure reason or "—")."""
    rows = re.findall(
        r"^\| ([A-Z0-9]+-[A-Z0-9]+) \| [^|]+ \| ([^|]+) \| ([^|]+) \|", text, re.MULTILINE
    )
    return {rule: (severity.strip(), dga.strip()) for rule, severity, dga in rows}


def test_each_rule_carries_the_spec_severity_and_the_cpss_own_failure_reason():
    """The spec's table as checked in December 2026, kept here so a fresh clone tests it too."""
    rules = {r.id: r for r in load_checklist().checklist.rule}
    for rule_id, (severity, dga) in SPEC_TABLE.items():
        rule = rules[rule_id]
        shown = rule.severity.value + "".join(
            f" ({s.value} at {stage.value.replace('_', ' ')})"
            for stage, s in rule.stage_severity.items()
        )
        assert shown == severity, rule_id
        assert (rule.dga_category or "—") == dga, rule_id


@pytest.mark.skipif(
    not SPEC.exists(), reason="the shared spec is beside the repository only in a workspace"
)
def test_the_copy_of_the_spec_table_is_the_spec():
    assert _spec_rows(SPEC.read_text()) == SPEC_TABLE


def test_no_citation_is_unconfirmed_or_superseded():
    for rule in load_checklist().checklist.rule:
        assert "(verify)" not in rule.citation, rule.id
        assert "Disclosure 2020" not in rule.citation, rule.id  # revised in 2022 and 2024
        # the rebuttable presumption is in the Guidelines' main text; Annex A is digital material
        if "Annex A" in rule.citation:
            assert "digital" in rule.citation, rule.id


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


SOURCES = Path(__file__).resolve().parents[1] / "docs" / "sources.md"
# Editions replaced by later ones (docs/sources.md, "Superseded: never cited").
SUPERSEDED = (
    "Guidelines on Disclosure 2020",
    "Guidelines on Disclosure (2020)",
    "Guidelines on Disclosure 2022",
    "Guidelines on Disclosure (2022)",
    "Criminal Procedure Rules 2020",
    "Criminal Procedure Rules 2015",
    "Achieving Best Evidence in Criminal Proceedings (2011)",
)


def _source_names(citation: str) -> list[str]:
    """Each source a citation names: "Criminal Justice Act 1967, s.9; DG6" -> two."""
    names = []
    for part in citation.split(";"):
        name = re.split(r"[,(:]", part.strip(), maxsplit=1)[0].strip()
        if name and not name.startswith("Gatekeeper"):
            names.append(name)
    return names


def test_every_source_cited_is_listed_with_its_edition_and_none_is_superseded():
    listed = " ".join(SOURCES.read_text().split()).lower()
    for rule in load_checklist().checklist.rule:
        for old in SUPERSEDED:
            assert old not in rule.citation, (rule.id, old)
        for name in _source_names(rule.citation):
            assert " ".join(name.split()).lower() in listed, (rule.id, name)
    superseded = SOURCES.read_text().split("## Superseded")[1]
    assert "2020 and 2022" in superseded and "Criminal Procedure Rules 2020" in superseded
