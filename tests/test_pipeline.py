"""The core entry point: progress, cancel, cache, overrides, serialisation, read-only folders."""

from __future__ import annotations

import shutil

import pytest

from gatekeeper.demo import DEMO_CASES, CaseSpec, build_case
from gatekeeper.models import Decision, DocType, Overrides, Phase, Report, Role, Stage, Status
from gatekeeper.pipeline import CancelToken, Checker, CheckSettings, NotAFolderError, check
from gatekeeper.pool import BATCH_FILES
from helpers import AS_OF, finding, folder_state


@pytest.fixture
def fresh_case(tmp_path):
    folder = tmp_path / "case"
    build_case(CaseSpec(phone_extract_files=30), folder)
    return folder


def test_progress_lists_first_then_reads_every_file(fresh_case):
    events = []
    report = check(
        fresh_case, progress=events.append, settings=CheckSettings(workers=2, as_of=AS_OF)
    )
    phases = [e.phase for e in events]
    assert phases[0] is Phase.LISTING and phases[-1] is Phase.DONE
    assert phases.index(Phase.READING) < phases.index(Phase.EVALUATING)
    listed = next(e for e in events if e.phase is Phase.LISTING and e.files_total)
    files = [p for p in fresh_case.rglob("*") if p.is_file()]
    assert listed.files_total == len(files)
    assert listed.bytes_total == sum(p.stat().st_size for p in files)
    reading = [e for e in events if e.phase is Phase.READING]
    done = [e.files_done for e in reading]
    assert done == sorted(done) and done[-1] == len(files)
    assert reading[-1].bytes_done == listed.bytes_total
    assert any(e.current for e in reading)
    assert report.files_read == len(files)


def test_progress_lists_the_newest_files_read_and_counts_them_all(tmp_path):
    from gatekeeper.pipeline import LISTED_PER_EVENT, Checker

    folder = tmp_path / "extract"
    folder.mkdir()
    total = LISTED_PER_EVENT * 2 + 50
    for n in range(total):
        (folder / f"msg_{n:04d}.txt").write_text(f"2026-03-14 message {n}\n")
    with Checker(CheckSettings(workers=2, as_of=AS_OF)) as checker:
        for _ in ("first check", "re-check, every file remembered"):
            events: list = []
            checker.check(folder, progress=events.append)
            reading = [e for e in events if e.phase is Phase.READING]
            assert all(len(e.read) <= LISTED_PER_EVENT for e in reading)
            assert reading[-1].files_done == total
            listed = [f.path for e in reading for f in e.read]
            assert len(set(listed)) == len(listed)  # none listed twice
    assert len(listed) == LISTED_PER_EVENT  # the re-check lists the newest of those remembered


def test_cancel_keeps_what_is_done_and_a_recheck_reads_only_the_rest(tmp_path):
    # More small files than a reader holds in hand (its batch and one sent ahead), so that some
    # are never sent however fast it reads them: the test does not race the reader.
    fresh_case = tmp_path / "case"
    build_case(CaseSpec(phone_extract_files=3 * BATCH_FILES), fresh_case)
    token = CancelToken()
    seen = []

    def cancel_after_some(progress):
        if progress.phase is Phase.READING and progress.files_done >= 5:
            token.cancel()
        seen.append(progress)

    with Checker(CheckSettings(workers=1, as_of=AS_OF)) as checker:
        partial = checker.check(fresh_case, progress=cancel_after_some, cancel=token)
        assert not partial.complete
        assert partial.summary.headline.startswith("Check cancelled after")
        not_read = [
            d for d in partial.documents if d.problem_kind and d.problem_kind.value == "not_read"
        ]
        assert not_read and len(not_read) < len(partial.documents)
        full = checker.check(fresh_case)
    assert full.complete
    assert full.files_read == len(not_read)


def test_recheck_of_unchanged_folder_reads_nothing(checker, case_folder):
    folder = case_folder()
    checker.check(folder)
    again = checker.check(folder)
    assert again.files_read == 0


def test_the_collector_is_paused_during_a_check_and_back_as_it_was_after(checker, case_folder):
    import gc

    folder = case_folder()
    enabled_inside = []

    def watch(progress):
        if progress.phase in (Phase.READING, Phase.EVALUATING, Phase.DONE):
            enabled_inside.append(gc.isenabled())

    gc.enable()
    gc.unfreeze()
    checker.check(folder, progress=watch)
    assert enabled_inside and not any(enabled_inside)
    assert gc.isenabled()
    # What the check kept is set aside, so the collector's next pass does not walk it all.
    assert gc.get_freeze_count() > 0
    gc.disable()
    try:
        checker.check(folder)
        assert not gc.isenabled()  # a caller that had it off keeps it off
    finally:
        gc.enable()


def test_what_a_reader_sends_is_what_it_read(case_folder):
    import pickle

    from gatekeeper.classify import classify
    from gatekeeper.extract import Folders, read_document
    from gatekeeper.pool import _pack, _unpack

    folder = case_folder()
    files = sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())
    with Folders(folder) as folders:
        for rel in files:
            extraction = read_document(folder, rel, 400_000, ocr=False, folders=folders)
            found = classify(rel, extraction)
            back, back_found, readings = _unpack(
                pickle.loads(pickle.dumps(_pack(extraction, found, {"urns": ["X"]})))
            )
            assert back == extraction, rel
            assert back_found == found and readings == {"urns": ["X"]}


def test_recheck_reads_only_changed_files(tmp_path):
    folder = tmp_path / "case"
    build_case(CaseSpec(), folder)
    with Checker(CheckSettings(workers=1, as_of=AS_OF)) as checker:
        first = checker.check(folder)
        assert first.files_read == len(first.documents)
        (vps,) = folder.glob("VPS.*")
        vps.unlink()
        shutil.copy(folder / "MG12 exhibit list.docx", folder / "exhibits copy.docx")
        second = checker.check(folder)
    assert second.files_read == 1
    assert vps.name not in {d.path for d in second.documents}


def test_overrides_reevaluate_without_reading(checker, case_folder):
    folder = case_folder(vague_entries=True, scanned_statement=True)
    first = checker.check(folder)
    assert finding(first, "DIS-DESC").status is Status.FAIL
    overrides = Overrides(
        document_types={"Statement scan 2.pdf": DocType.MG11},
        roles={"Statement scan 2.pdf": Role.WITNESS},
        decisions={
            "DIS-DESC": Decision(status=Status.PASS, by="DS Gemma Hart", note="Agreed with CPS")
        },
    )
    second = checker.check(folder, overrides=overrides)
    assert second.files_read == 0
    scan = next(d for d in second.documents if d.path == "Statement scan 2.pdf")
    assert (
        scan.type is DocType.MG11
        and scan.role is Role.WITNESS
        and scan.type_source.value == "person"
    )
    decided = finding(second, "DIS-DESC")
    assert decided.status is Status.PASS and decided.decided_by == "DS Gemma Hart"
    # The scan's signature box, read by OCR, holds its maker's typed name: signed (a scribble
    # OCR cannot read would leave it for a person).
    assert finding(second, "KS-SIGNED").status is Status.PASS
    assert second.overrides == overrides


def test_report_serialises_losslessly(check_case):
    report = check_case(vague_entries=True)
    again = Report.model_validate_json(report.model_dump_json())
    assert again == report


def test_report_records_what_it_was_checked_against(check_case, checker):
    report = check_case()
    assert report.app_version and report.stage is Stage.CHARGING
    assert (
        report.checklist_sha256 == checker.checklist.sha256 and len(report.checklist_sha256) == 64
    )
    assert report.checked_at.tzinfo is not None
    assert "DG6 core checklist" in report.checklist


def test_not_a_folder_is_refused(tmp_path):
    with pytest.raises(NotAFolderError):
        check(tmp_path / "missing")
    (tmp_path / "file.pdf").write_bytes(b"%PDF-1.4")
    with pytest.raises(NotAFolderError):
        check(tmp_path / "file.pdf")


# What each trainers' demo case shows: the rules that fail, and those left for review.
DEMO_FINDINGS: dict[str, tuple[set[str], set[str]]] = {
    "compliant": (set(), set()),
    "compliant-messy-names": (set(), set()),
    "compliant-national-form": (set(), set()),
    "compliant-prose": (set(), set()),
    "typical-first-submission": ({"DIS-DESC", "KS-FIRST", "KS-SIGNED"}, set()),
    "no-abe-recording": ({"ABE-REC", "KS-COMPLAINANT"}, set()),
    "no-first-account": ({"KS-FIRST"}, set()),
    "no-suspect-interview": ({"SI-ROTI"}, set()),
    "no-schedules": ({"DIS-DMD", "DIS-MG6C", "DIS-MG6D", "DIS-MG6E"}, set()),
    "disproportionate-digital-request": ({"DIG-PROP", "TP-REQUEST"}, set()),
    "counselling-request-no-notice": ({"TP-REQUEST", "TP-NOTICE"}, set()),
    "early-advice-not-recorded": (set(), {"MG3-EA"}),  # nothing said: a person looks
    "unsigned-statement": ({"KS-SIGNED"}, set()),
    "vague-schedule-entries": ({"DIS-DESC"}, set()),
    "national-form-gaps": ({"MG3-CONTACT", "MG3-EA", "MG3-OUTSTANDING", "FOR-MED"}, set()),
    "national-blanket-requests": ({"DIG-PROP", "TP-REQUEST"}, set()),
    "unplayable-cctv": ({"MM-PLAYABLE", "FILE-READ"}, set()),  # it does not open at all
}


def test_every_demo_case_has_its_expected_findings():
    assert set(DEMO_FINDINGS) == set(DEMO_CASES)


@pytest.mark.parametrize("name", sorted(DEMO_CASES))
def test_demo_cases_give_their_findings_and_are_left_unchanged(checker, tmp_path_factory, name):
    folder = tmp_path_factory.mktemp(name)
    build_case(DEMO_CASES[name], folder)
    before = folder_state(folder)
    report = checker.check(folder)
    assert folder_state(folder) == before
    failing = {f.rule for f in report.findings if f.status is Status.FAIL}
    reviews = {f.rule for f in report.findings if f.status is Status.REVIEW}
    assert (failing, reviews) == DEMO_FINDINGS[name]
