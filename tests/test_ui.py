"""The desktop workspace driven as a person would, with the real app offscreen (pytest-qt)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from gatekeeper_ui.views import children, top_items
from gatekeeper_ui.window import MainWindow
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QAction, QGuiApplication, QImage

from gatekeeper.models import DocType, Status
from gatekeeper.pipeline import CheckSettings
from helpers import AS_OF, finding, folder_state

CHECK_S = 120_000  # ms a demo check may take on a loaded machine


@pytest.fixture(autouse=True)
def settings_in_tmp(tmp_path_factory: pytest.TempPathFactory) -> None:
    """The window remembers its layout and recent folders; never in the user's real settings."""
    folder = tmp_path_factory.mktemp("qsettings")
    QCoreApplication.setOrganizationName("GatekeeperTests")
    QCoreApplication.setApplicationName("GatekeeperTests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))


@pytest.fixture
def window(qtbot, tmp_path):
    shown = MainWindow(CheckSettings(workers=1, as_of=AS_OF), demo_folder=tmp_path / "demo cases")
    qtbot.addWidget(shown)
    shown.show()
    yield shown
    shown.close()  # stops the check thread and the readers (the suite checks none is left)


def _check(qtbot, window: MainWindow, folder: Path):
    with qtbot.waitSignal(window.check_finished, timeout=CHECK_S) as finished:
        window.open_folder(str(folder))
    return finished.args[0]


def test_a_folder_is_checked_and_its_findings_and_documents_shown(qtbot, window, case_folder):
    folder = case_folder(first_account_statement=False)
    before = folder_state(folder)
    report = _check(qtbot, window, folder)
    assert window.headline.text() == report.summary.headline
    assert report.summary.headline.startswith("Would not pass")
    # the lawyer's list under the verdict, in the CPS's words
    assert window.dga.text().startswith("Would be recorded in the DGA as: Evidential failure")
    failing = {f.rule for f in report.findings if f.status is Status.FAIL}
    assert "KS-FIRST" in failing
    assert set(window.findings.rules_shown(Status.FAIL)) == failing
    # The first failure is selected and told in full, with why it matters.
    first = next(f for f in report.findings if f.status is Status.FAIL)
    detail = window.findings.detail.toPlainText()
    assert detail.startswith(f"{first.rule}: {first.title}")
    assert "Why it matters" in detail and first.message in detail
    shown = set(window.documents.paths())
    assert shown == {d.path for d in report.documents}
    assert window.current.text() == f"{len(report.documents)} files, all read now."
    # A status cut short by a narrow column is there in full as the cell's tooltip.
    from gatekeeper_ui.documents_model import STATUS_COLUMN

    model = window.documents.model
    for document in report.documents[:5]:
        cell = model.index_of(document.path).siblingAtColumn(STATUS_COLUMN)
        status = model.data(cell)
        assert status and model.data(cell, Qt.ItemDataRole.ToolTipRole) == status
    urn = next(iter(report.facts.urns))
    assert urn in window.case_line.text()
    assert folder_state(folder) == before  # the folder is read, never written


def test_a_folder_dropped_on_the_window_is_checked(qtbot, window, case_folder):
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    folder = case_folder()
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(folder))])
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(window.check_finished, timeout=CHECK_S) as finished:
        window.dropEvent(drop)
    assert finished.args[0].folder == str(folder.resolve())
    assert window.windowTitle() == f"Gatekeeper: {folder.name}"


def test_the_document_filter_hides_what_does_not_match(qtbot, window, case_folder):
    report = _check(qtbot, window, case_folder())
    window.documents.filter.setText("MG11")
    shown = window.documents.paths()
    statements = {d.path for d in report.documents if d.type.value == "MG11"}
    assert shown and set(shown) == statements
    window.documents.filter.clear()
    assert len(window.documents.paths()) == len(report.documents)


def test_a_selected_document_is_previewed_from_what_was_read(qtbot, window, case_folder):
    report = _check(qtbot, window, case_folder())
    statement = next(d for d in report.documents if d.type is DocType.MG11 and d.maker)
    window.documents.tree.setFocus()
    with qtbot.waitSignal(window.preview_shown, timeout=10_000):
        assert window.documents.select_path(statement.path)
    assert window.tabs.currentWidget() is window.preview
    shown = window.preview.text()
    assert statement.path in shown and statement.maker in shown
    assert "true to the best of my knowledge" in shown.lower()  # the statement's own text


def test_a_pdf_page_is_shown_as_a_picture_drawn_in_a_reader(qtbot, window, case_folder):
    folder = case_folder()
    before = folder_state(folder)
    report = _check(qtbot, window, folder)
    pdf = next(d for d in report.documents if d.format.value == "pdf" and d.type is DocType.MG3)
    window.documents.tree.setFocus()
    with qtbot.waitSignal(window.picture_shown, timeout=30_000) as shown:
        assert window.documents.select_path(pdf.path)
    assert shown.args == [pdf.path, 0]
    pixmap = window.preview.picture.pixmap()
    assert not pixmap.isNull() and pixmap.width() >= 500
    assert window.preview.page_label.text() == f"Page 1 of {pdf.pages}"
    assert folder_state(folder) == before


def test_a_recording_is_offered_for_playback_or_plainly_not(qtbot, window, case_folder):
    folder = case_folder()
    before = folder_state(folder)
    report = _check(qtbot, window, folder)
    video = next(d for d in report.documents if d.type is DocType.ABE_RECORDING)
    assert video.playable
    window.documents.tree.setFocus()
    assert window.documents.select_path(video.path)
    media = window.preview.media
    assert not media.isHidden()
    try:
        from PySide6 import QtMultimedia  # noqa: F401
    except ImportError:  # this machine cannot play: said so, nothing breaks
        assert "cannot be played" in media.note.text() and not media.play_button.isEnabled()
    else:
        # Loaded, with its length: ready to play; played (with no sound device it plays
        # silently) to its end, the button says Play again, not Pause.
        qtbot.waitUntil(lambda: media.status in ("LoadedMedia", "BufferedMedia"), timeout=20_000)
        assert media.player.duration() > 0 and media.play_button.isEnabled()
        media.toggle()
        qtbot.waitUntil(lambda: media.play_button.text() == "P&ause", timeout=10_000)
        qtbot.waitUntil(lambda: media.status == "EndOfMedia", timeout=30_000)
        assert media.play_button.text() == "&Play"
    assert folder_state(folder) == before


def test_files_are_listed_as_they_are_read(qtbot, window, case_folder):
    seen = []
    window.runner.progressed.connect(
        lambda p: (
            seen.append(window.documents.reading.rowCount()) if p.phase.value == "reading" else None
        )
    )
    flat = []
    window.runner.progressed.connect(
        lambda p: (
            flat.append(not window.documents.tree.rootIsDecorated())
            if p.phase.value == "reading"
            else None
        )
    )
    report = _check(qtbot, window, case_folder())
    assert seen and max(seen) == len([d for d in report.documents if d.sha256])
    assert flat and all(flat)  # a flat list while reading
    assert window.documents.tree.model() is window.documents.model  # the grouped tree at the end
    assert window.documents.tree.rootIsDecorated()


def test_the_reading_list_keeps_the_newest_files_and_counts_them_all(qtbot):
    from gatekeeper_ui.documents_model import READING_SHOWN, ReadingModel
    from PySide6.QtCore import QAbstractItemModel

    reading = ReadingModel()
    # A Qt model the view paints without calling into Python (see ReadingModel's docstring).
    assert type(reading).data is not QAbstractItemModel.data
    assert "data" not in ReadingModel.__dict__ and "index" not in ReadingModel.__dict__
    first = [(f"extract/{n:05}.txt", "other") for n in range(250)]
    reading.add(first, 250)
    reading.add([("MG11 Jane Doe.pdf", "mg11"), ("MG3.docx", "mg3")], 252)
    # A check's progress lists the newest few hundred of the files read since its last event.
    reading.add([(f"extract/{n:05}.txt", "other") for n in range(400, 700)], 702)
    assert reading.rowCount() == READING_SHOWN and reading.count == 702
    newest = [reading.index(row, 0).data() for row in range(3)]
    assert newest == ["extract/00699.txt", "extract/00698.txt", "extract/00697.txt"]
    assert reading.index(0, 1).data() == "other"
    assert reading.headerData(0, Qt.Orientation.Horizontal) == "Read so far: 702 (the latest first)"
    reading.add([("MG3.docx", "mg3")], 703)
    assert reading.index(0, 0).data() == "MG3.docx" and reading.index(0, 1).data() == "mg3"
    assert reading.index(1, 0).data() == "extract/00699.txt"
    assert reading.rowCount() == READING_SHOWN
    reading.clear()
    assert reading.rowCount() == 0 and reading.count == 0


def test_a_folder_that_does_not_exist_is_said_so_plainly(qtbot, window, tmp_path):
    with qtbot.waitSignal(window.check_failed, timeout=5_000) as failed:
        window.open_folder(str(tmp_path / "no such folder"))
    assert "not a folder that can be opened" in failed.args[0]
    assert window.errors.isVisible() and "no such folder" in window.errors.text()


def test_cancel_keeps_the_window_responsive_and_reports_what_was_read(qtbot, window, tmp_path):
    folder = tmp_path / "big"
    (folder / "extract").mkdir(parents=True)
    for n in range(3000):
        (folder / "extract" / f"msg_{n:05d}.txt").write_text(f"2026-03-14 message {n}\n")

    def cancel_once_reading(progress):
        if progress.phase.value == "reading" and progress.files_done:
            window.cancel_check()

    window.runner.progressed.connect(cancel_once_reading)
    with qtbot.waitSignal(window.check_finished, timeout=CHECK_S) as finished:
        window.open_folder(str(folder))
    report = finished.args[0]
    assert not report.complete
    assert window.headline.text().startswith("Check cancelled")
    assert not window.progress.isVisible()


def test_a_corrected_type_changes_the_findings_at_once_and_is_kept(qtbot, window, case_folder):
    folder = case_folder()
    report = _check(qtbot, window, folder)
    assert window.outcome.submission is not None and window.outcome.submission.number == 1
    assert "submission 1" in window.case_line.text()
    abe = next(d for d in report.documents if d.type is DocType.ABE_RECORDING)
    assert finding(report, "ABE-REC").status is Status.PASS
    # The person says the ABE recording is something else: ABE-REC no longer passes, and
    # nothing is read again.
    with qtbot.waitSignal(window.check_finished, timeout=CHECK_S) as corrected:
        window.correct(abe.path, DocType.OTHER, None)
    after = corrected.args[0]
    changed = finding(after, "ABE-REC").status
    assert changed is not Status.PASS
    assert after.files_read == 0
    assert window.current.text().endswith("none changed since the last check: nothing read again.")
    assert window.findings.finding("ABE-REC").status is changed
    # A restart: a new window over the same register applies the correction again.
    window.close()
    again = MainWindow(CheckSettings(workers=1, as_of=AS_OF))
    qtbot.addWidget(again)
    reopened = _check(qtbot, again, folder)
    assert finding(reopened, "ABE-REC").status is changed
    assert next(d for d in reopened.documents if d.path == abe.path).type is DocType.OTHER
    # the same files opened again: the same submission looked at again, not a second one
    assert "submission 1, checked again: unchanged" in again.case_line.text()
    assert again.new_submission_action.isEnabled()
    with qtbot.waitSignal(again.check_finished, timeout=CHECK_S):
        again.new_submission_action.trigger()  # the person says they were sent again
    assert "submission 2" in again.case_line.text()
    assert not again.new_submission_action.isEnabled()
    again.close()


def test_a_decision_on_a_review_finding_is_kept_across_a_restart(qtbot, window, case_folder):
    folder = case_folder(early_advice="missing")  # the MG3 says nothing about early advice
    report = _check(qtbot, window, folder)
    rule = next(f.rule for f in report.findings if f.status is Status.REVIEW)
    assert rule == "MG3-EA"
    from gatekeeper_ui.settings import Preferences

    window.apply_preferences(Preferences(name="DS Ana Reyes"))  # who decides: from Settings
    window.findings.select(rule)
    assert window.findings.passes.isEnabled()
    window.findings.note.setText("Early advice was sought by phone: see the OIC's notebook.")
    with qtbot.waitSignal(window.check_finished, timeout=CHECK_S) as decided:
        qtbot.mouseClick(window.findings.passes, Qt.MouseButton.LeftButton)
    kept = finding(decided.args[0], rule)
    assert kept.status is Status.PASS and "OIC's notebook" in (kept.note or "")
    assert kept.decided_by == "DS Ana Reyes"
    assert "Decided by DS Ana Reyes" in window.findings.detail.toPlainText()
    window.close()
    again = MainWindow(CheckSettings(workers=1, as_of=AS_OF))
    qtbot.addWidget(again)
    reopened = _check(qtbot, again, folder)
    assert finding(reopened, rule).status is Status.PASS
    again.close()


def test_passing_a_failed_rule_needs_a_reason_and_stays_shown_as_a_decision(
    qtbot, window, case_folder
):
    report = _check(qtbot, window, case_folder(first_account_statement=False))
    assert finding(report, "KS-FIRST").status is Status.FAIL
    window.findings.select("KS-FIRST")
    with qtbot.assertNotEmitted(window.runner.finished, wait=300):
        qtbot.mouseClick(window.findings.passes, Qt.MouseButton.LeftButton)  # no reason given
    assert "reason is needed" in window.findings.note.placeholderText()
    assert window.findings.rules_shown(Status.FAIL).count("KS-FIRST") == 1
    window.findings.note.setText("Her sister's statement is on the OIC's system: seen.")
    with qtbot.waitSignal(window.check_finished, timeout=CHECK_S) as decided:
        qtbot.mouseClick(window.findings.passes, Qt.MouseButton.LeftButton)
    assert finding(decided.args[0], "KS-FIRST").decided_by
    groups = {
        group.text(0).split(" (")[0]: [item.text(0) for item in children(group)]
        for group in top_items(window.findings.tree)
    }
    assert groups["Passed by a person's decision"] == ["KS-FIRST"]
    assert "KS-FIRST" not in groups["Passed"]
    item = next(
        i for g in top_items(window.findings.tree) for i in children(g) if i.text(0) == "KS-FIRST"
    )
    assert item.text(2).startswith("pass (decided by ")


def test_a_register_that_cannot_be_opened_is_said_so_and_the_check_still_shows(
    qtbot, case_folder, tmp_path
):
    broken = tmp_path / "register.sqlite"
    broken.write_bytes(b"this is not a database" * 100)
    shown = MainWindow(CheckSettings(workers=1, as_of=AS_OF), register_url=str(broken))
    qtbot.addWidget(shown)
    report = _check(qtbot, shown, case_folder())
    assert shown.headline.text() == report.summary.headline
    assert not shown.notes.isHidden() and "could not be opened" in shown.notes.text()
    shown.close()


def test_a_trainer_opens_a_demo_case_with_the_findings_hidden_until_revealed(qtbot, window):
    window.trainer_action.setChecked(True)
    demo = next(a for a in window.menuBar().findChildren(QAction) if a.text() == "no-first-account")
    with qtbot.waitSignal(window.check_finished, timeout=CHECK_S) as finished:
        demo.trigger()
    report = finished.args[0]
    assert (window.demo_folder / "no-first-account").is_dir()  # made on first use
    assert window.findings_area.currentWidget() is window.hidden_findings
    assert "Trainer mode" in window.headline.text() and window.dga.text() == ""
    assert window.documents.paths()  # the documents are there to look through
    qtbot.mouseClick(window.reveal_button, Qt.MouseButton.LeftButton)
    assert window.findings_area.currentWidget() is window.findings
    assert window.headline.text() == report.summary.headline
    assert "Statement(s)" in window.dga.text()
    assert "KS-FIRST" in window.findings.rules_shown(Status.FAIL)


def test_settings_are_kept_and_the_readers_started_anew(qtbot, window, case_folder):
    from gatekeeper_ui.settings import Preferences

    chosen = Preferences(
        name="DS Ana Reyes",
        phone="01632 960123",
        email="a.reyes@example.org",
        seconds_per_file=45,
        ocr=False,
    )
    old_runner = window.runner
    window.apply_preferences(chosen)
    assert window.runner is not old_runner  # the reader pool is made anew with the new budget
    assert Preferences.load() == chosen  # kept for the next session
    report = _check(qtbot, window, case_folder())
    assert report.summary.headline == window.headline.text()


def test_a_resubmission_shows_what_changed_and_the_supervisor_sees_the_case(
    qtbot, window, case_folder, tmp_path
):
    import shutil

    folder = tmp_path / "case"
    shutil.copytree(case_folder(), folder)
    first = _check(qtbot, window, folder)
    statement = next(d for d in first.documents if d.type is DocType.MG11)
    (folder / statement.path).unlink()
    with qtbot.waitSignal(window.check_finished, timeout=CHECK_S):
        window.recheck()
    assert "submission 2" in window.case_line.text()
    changes = window.changes.text()
    assert "Submission 2" in changes and "Removed (1)" in changes and statement.path in changes
    # The supervisor's view lists the case, and exports what it shows.
    with qtbot.waitSignal(window.supervisor_updated, timeout=10_000):
        window.show_supervisor()
    table = window.supervisor.table
    urns = [table.item(row, 0).text() for row in range(table.rowCount())]
    assert window.outcome.urn in urns
    exported = tmp_path / "cases.csv"
    window.supervisor.export_to(exported)
    assert window.outcome.urn in exported.read_text()
    window.supervisor.close()


def test_the_plan_is_drafted_edited_refused_when_blanket_kept_and_issued(
    qtbot, window, case_folder
):
    folder = case_folder(first_account_statement=False)
    _check(qtbot, window, folder)
    plan = window.plan.plan
    assert plan is not None and any("KS-FIRST" in a.rules for a in plan.actions)
    table = window.plan.table
    assert table.rowCount() == len(plan.actions)
    # A blanket request typed over an action is refused with the reason, and undone.
    before = table.item(0, 1).text()
    table.item(0, 1).setText("Download the complainant's phone in full and all her social media.")
    assert "Not changed" in window.plan.problems.text()
    assert "Bater-James" in window.plan.problems.text()
    assert table.item(0, 1).text() == before
    # A proportionate edit is kept at once, and survives a restart.
    table.item(0, 2).setText("DC Priya Shah")
    assert window.plan.plan.actions[0].owner == "DC Priya Shah"
    window.close()
    again = MainWindow(CheckSettings(workers=1, as_of=AS_OF))
    qtbot.addWidget(again)
    _check(qtbot, again, folder)
    assert again.plan.plan.actions[0].owner == "DC Priya Shah"
    # Issued into the register: the next check drafts afresh.
    with qtbot.waitSignal(again.plan_issued, timeout=10_000) as issued:
        qtbot.mouseClick(again.plan.issue_button, Qt.MouseButton.LeftButton)
    assert issued.args[0] is True and "Issued as plan" in issued.args[1]
    assert not again._draft_path(again.outcome.urn).exists()
    again.close()


def test_the_referral_pack_is_exported_with_progress_and_verifies(
    qtbot, window, case_folder, tmp_path
):
    from gatekeeper.pack import verify_pack

    folder = case_folder(first_account_statement=False)
    before = folder_state(folder)
    _check(qtbot, window, folder)
    steps = []
    window.runner.export_progressed.connect(lambda p: steps.append(p.step))
    with qtbot.waitSignal(window.pack_exported, timeout=CHECK_S) as exported:
        window.export_pack(str(tmp_path / "pack"))
    assert exported.args[0] is True, exported.args[1]
    assert steps  # the progress bar moved
    assert (tmp_path / "pack" / "bundle.pdf").exists()
    assert any((tmp_path / "pack" / "action-plan").iterdir())  # the plan went with it
    assert verify_pack(tmp_path / "pack", folder).ok
    assert folder_state(folder) == before


def test_a_pack_is_signed_with_the_units_key_from_the_settings(
    qtbot, window, case_folder, tmp_path
):
    from gatekeeper.pack import verify_pack
    from gatekeeper.pack.signing import load_public_key, new_key_pair

    key, public = tmp_path / "unit.key", tmp_path / "unit.pub"
    identity = new_key_pair(key, public)
    _check(qtbot, window, case_folder())
    window.preferences.signing_key = str(tmp_path / "no such key")
    with qtbot.waitSignal(window.check_failed, timeout=CHECK_S) as failed:
        window.export_pack(str(tmp_path / "unsigned"))
    assert "signing key cannot be read" in failed.args[0]
    assert not (tmp_path / "unsigned").exists()
    window.preferences.signing_key = str(key)
    with qtbot.waitSignal(window.pack_exported, timeout=CHECK_S) as exported:
        window.export_pack(str(tmp_path / "pack"))
    assert exported.args[0] is True and identity in exported.args[1], exported.args[1]
    result = verify_pack(tmp_path / "pack", public_key=load_public_key(public))
    assert result.ok and result.signature_checked


def test_opening_another_case_clears_the_last_one_and_no_decision_is_taken_mid_check(
    qtbot, window, case_folder
):
    first = case_folder(first_account_statement=False)
    _check(qtbot, window, first)
    assert window.findings.rules_shown(Status.FAIL) and window.case_line.text()
    window.findings.select("KS-FIRST")
    assert window.findings.passes.isEnabled()
    with qtbot.waitSignal(window.check_finished, timeout=CHECK_S) as finished:
        window.recheck()  # the same case again: its findings stay, but cannot be decided on
        assert window.findings.rules_shown() and not window.findings.passes.isEnabled()
    window.findings.select("KS-FIRST")
    assert window.findings.passes.isEnabled()  # decisions again once the check is done
    second = case_folder()
    with qtbot.waitSignal(window.check_finished, timeout=CHECK_S) as finished:
        window.open_folder(str(second))
        # while the other case is read, nothing of the first is on screen
        assert window.findings.rules_shown() == [] and window.case_line.text() == ""
        assert window.preview.path is None and window.plan.plan is None
        assert window.report is None and not window.findings.passes.isEnabled()
    assert finished.args[0].folder == str(second.resolve())
    assert "KS-FIRST" not in window.findings.rules_shown(Status.FAIL)


def test_the_window_fits_the_screen_it_opens_on(qtbot):
    """Even when a bigger screen's size was remembered, the window opens within this screen's
    free area, so the status bar and the decision buttons are in sight."""
    from PySide6.QtCore import QByteArray

    free = QGuiApplication.primaryScreen().availableGeometry()
    first = MainWindow(CheckSettings(workers=1, as_of=AS_OF))
    qtbot.addWidget(first)
    first.resize(free.width() + 600, free.height() + 400)  # as on a 4K monitor last time
    first.close()  # remembers that size
    assert QSettings().value("window/geometry") is not None
    again = MainWindow(CheckSettings(workers=1, as_of=AS_OF))
    qtbot.addWidget(again)
    again.show()
    assert again.width() <= free.width() and again.height() <= free.height()
    assert free.contains(again.geometry())
    assert isinstance(QSettings().value("window/geometry"), QByteArray)
    again.close()


def test_closing_the_window_leaves_no_thread_or_reader(qtbot, case_folder):
    shown = MainWindow(CheckSettings(workers=1, as_of=AS_OF))
    qtbot.addWidget(shown)
    _check(qtbot, shown, case_folder())
    thread = shown.runner._thread
    shown.close()
    assert thread.isFinished()


def test_screenshot_of_a_checked_folder(case_folder, tmp_path):
    shot = tmp_path / "shot.png"
    # Its own settings folder: the app remembers its layout and recent folders.
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-m", "gatekeeper_ui.app", str(case_folder()), "--screenshot", str(shot)],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr
    image = QImage(str(shot))
    assert not image.isNull() and (image.width(), image.height()) == (1280, 800)
