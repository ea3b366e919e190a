"""A small fixed sample of the adversarial corpus (``make fuzz`` runs the whole of it): damaged
copies of a demo case's own files and the hostile constructions, each through check, export and
verify as a user would run them, the folder hashed before and after."""

from __future__ import annotations

from pathlib import Path

from fuzz_corpus import hostile_folder, mutant_folders, put_through

BUDGET = 240.0  # seconds a command may take before the sample calls it a hang


def test_damaged_copies_of_a_case_are_checked_exported_and_verified(tmp_path: Path) -> None:
    work = tmp_path / "work"
    work.mkdir()
    (folder,) = mutant_folders(tmp_path / "corpus", seed=7, cases=["compliant"], per_case=1)
    run = put_through(folder, work, BUDGET, libreoffice=False)
    assert run.problems == [], run.problems


def test_hostile_files_and_odd_names_are_checked_exported_and_verified(tmp_path: Path) -> None:
    work = tmp_path / "work"
    work.mkdir()
    run = put_through(hostile_folder(tmp_path / "corpus", full=False), work, BUDGET, False)
    assert run.problems == [], run.problems
