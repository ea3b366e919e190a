"""The gatekeeper's main window: open a submission folder, watch it checked, read the findings."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from gatekeeper import __version__
from gatekeeper.checklist import load_checklist
from gatekeeper.models import Phase, Progress, Report, Stage
from gatekeeper.pipeline import CheckSettings
from gatekeeper_ui.runner import CheckRunner
from gatekeeper_ui.views import DocumentsView, FindingsView

RECENT_KEPT = 8
STAGE_NAMES = {
    Stage.CHARGING: "Charging decision (full code test)",
    Stage.EARLY_ADVICE: "Early advice",
    Stage.THRESHOLD: "Threshold test",
}


class MainWindow(QMainWindow):
    """One submission at a time; the check runs on its own thread and reports by signals."""

    check_finished = Signal(object)  # the Report, once shown
    check_failed = Signal(str)

    def __init__(self, settings: CheckSettings | None = None) -> None:
        super().__init__()
        self.setWindowTitle("Gatekeeper")
        self.setAcceptDrops(True)
        self.folder: str | None = None
        self.report: Report | None = None
        self._rules = {rule.id: rule for rule in load_checklist().checklist.rule}
        self.runner = CheckRunner(settings, self)
        self.runner.progressed.connect(self._progressed)
        self.runner.finished.connect(self._finished)
        self.runner.failed.connect(self._failed)
        self._build()
        self._restore()

    # The window's parts.
    def _build(self) -> None:
        self.headline = QLabel(
            "Open a submission folder to check it (File > Open, Ctrl+O, or drop it here)."
        )
        self.headline.setAccessibleName("Headline")
        self.headline.setWordWrap(True)
        self.headline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.headline.setFont(font)
        self.case_line = QLabel("")
        self.case_line.setAccessibleName("Case")
        self.errors = QLabel("")
        self.errors.setAccessibleName("Errors")
        self.errors.setWordWrap(True)
        self.errors.setStyleSheet("color: #b00020;")
        self.errors.hide()

        self.stage = QComboBox()
        self.stage.setAccessibleName("Stage")
        for stage, name in STAGE_NAMES.items():
            self.stage.addItem(name, stage.value)

        self.documents = DocumentsView()
        self.findings = FindingsView()
        self.findings.documents_selected.connect(self._show_documents_of_finding)
        splitter = QSplitter()
        splitter.setObjectName("main-splitter")
        splitter.addWidget(self.documents)
        splitter.addWidget(self.findings)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        self.splitter = splitter

        self.progress = QProgressBar()
        self.progress.setAccessibleName("Check progress")
        self.progress.setMinimumWidth(240)
        self.progress.hide()
        self.current = QLabel("")
        self.current.setAccessibleName("File being read")
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setAccessibleName("Cancel the check")
        self.cancel_button.clicked.connect(self.cancel_check)
        self.cancel_button.hide()
        self.statusBar().addWidget(self.current, 1)
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.cancel_button)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.headline)
        layout.addWidget(self.case_line)
        layout.addWidget(self.errors)
        layout.addWidget(self.stage)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(central)
        self.setTabOrder(self.stage, self.documents.filter)
        self.setTabOrder(self.documents.filter, self.documents.tree)
        self.setTabOrder(self.documents.tree, self.findings.tree)
        self.setTabOrder(self.findings.tree, self.findings.detail)
        self._menus()

    def _menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        self.open_action = QAction(
            "&Open folder...", self, shortcut=QKeySequence(QKeySequence.StandardKey.Open)
        )
        self.open_action.triggered.connect(self.choose_folder)
        file_menu.addAction(self.open_action)
        self.recent_menu = file_menu.addMenu("Open &recent")
        self.recheck_action = QAction("&Check again", self, shortcut=QKeySequence("F5"))
        self.recheck_action.triggered.connect(self.recheck)
        file_menu.addAction(self.recheck_action)
        self.cancel_action = QAction("C&ancel check", self, shortcut=QKeySequence("Esc"))
        self.cancel_action.triggered.connect(self.cancel_check)
        file_menu.addAction(self.cancel_action)
        file_menu.addSeparator()
        quit_action = QAction("&Quit", self, shortcut=QKeySequence(QKeySequence.StandardKey.Quit))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        find = QAction(
            "Filter documents", self, shortcut=QKeySequence(QKeySequence.StandardKey.Find)
        )
        find.triggered.connect(lambda: self.documents.filter.setFocus())
        self.addAction(find)
        help_menu = self.menuBar().addMenu("&Help")
        about = QAction("&About Gatekeeper", self)
        about.triggered.connect(
            lambda: QMessageBox.about(
                self,
                "About Gatekeeper",
                f"Gatekeeper {__version__}: checks RASSO case files against the DG6 national "
                "file standard before they go to the CPS. It never changes the folder it checks.",
            )
        )
        help_menu.addAction(about)
        self._fill_recent()

    # Opening and checking.
    @Slot()
    def choose_folder(self) -> None:
        start = self.folder or str(Path.home())
        folder = QFileDialog.getExistingDirectory(self, "Open a submission folder", start)
        if folder:
            self.open_folder(folder)

    def open_folder(self, folder: str) -> None:
        """Check ``folder`` (read-only); a folder that cannot be opened is said so, plainly."""
        path = Path(folder).expanduser()
        if not path.is_dir():
            self._failed(f"'{folder}' is not a folder that can be opened: check the path.")
            return
        if self.runner.running:
            self._failed("A check is already running: cancel it (Esc) or wait for it to finish.")
            return
        self.folder = str(path.resolve())
        self._remember(self.folder)
        self.setWindowTitle(f"Gatekeeper: {path.name}")
        self._start()

    @Slot()
    def recheck(self) -> None:
        if self.folder is not None:
            self._start()

    @Slot()
    def cancel_check(self) -> None:
        if self.runner.running:
            self.current.setText("Cancelling: what has been read is kept...")
            self.runner.cancel()

    def _start(self) -> None:
        assert self.folder is not None
        self.errors.hide()
        self.headline.setText(f"Checking {Path(self.folder).name}...")
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self.runner.start(self.folder, Stage(self.stage.currentData()))

    @Slot(object)
    def _progressed(self, progress: Progress) -> None:
        if progress.phase is Phase.LISTING:
            self.current.setText("Listing the folder...")
        elif progress.phase is Phase.READING:
            total = max(progress.bytes_total, 1)
            self.progress.setRange(0, 1000)
            self.progress.setValue(int(1000 * progress.bytes_done / total))
            self.progress.setFormat(f"{progress.files_done:,} of {progress.files_total:,} files")
            if progress.current:
                self.current.setText(f"Reading {progress.current}")
        elif progress.phase is Phase.EVALUATING:
            self.current.setText("Checking against the DG6 rules...")

    @Slot(object)
    def _finished(self, report: Report) -> None:
        self.report = report
        self.progress.hide()
        self.cancel_button.hide()
        self.current.setText(
            f"{len(report.documents):,} files; {report.files_read:,} read now, the rest remembered."
        )
        self.headline.setText(report.summary.headline)
        facts = report.facts
        urns = ", ".join(facts.urns) or "no URN found"
        self.case_line.setText(f"URN {urns}. Stage: {STAGE_NAMES[report.stage]}.")
        self.documents.show_documents(report.documents)
        self.findings.show_report(report, self._rules)
        self.check_finished.emit(report)

    @Slot(str)
    def _failed(self, message: str) -> None:
        self.progress.hide()
        self.cancel_button.hide()
        self.current.setText("")
        self.errors.setText(message)
        self.errors.show()
        self.check_failed.emit(message)

    @Slot(list)
    def _show_documents_of_finding(self, paths: list[str]) -> None:
        if paths:
            self.documents.filter.clear()
            for item in self.documents.tree.findItems(
                "", Qt.MatchFlag.MatchContains | Qt.MatchFlag.MatchRecursive
            ):
                if item.data(0, Qt.ItemDataRole.UserRole) == paths[0]:
                    self.documents.tree.setCurrentItem(item)
                    break

    # Drag and drop of a folder.
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if urls and Path(urls[0].toLocalFile()).is_dir():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        urls = event.mimeData().urls()
        if urls:
            self.open_folder(urls[0].toLocalFile())

    # Remembered between sessions.
    def _remember(self, folder: str) -> None:
        settings = QSettings()
        recent = [f for f in _recent(settings) if f != folder]
        settings.setValue("recent", [folder, *recent][:RECENT_KEPT])
        self._fill_recent()

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for folder in _recent(QSettings()):
            action = self.recent_menu.addAction(folder)
            action.triggered.connect(lambda _=False, f=folder: self.open_folder(f))
        self.recent_menu.setEnabled(not self.recent_menu.isEmpty())

    def _restore(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        splitter = settings.value("window/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def closeEvent(self, event: QCloseEvent) -> None:
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/splitter", self.splitter.saveState())
        settings.sync()
        self.runner.shutdown()
        super().closeEvent(event)


def _recent(settings: QSettings) -> list[str]:
    value = settings.value("recent", [])
    if isinstance(value, str):  # an INI file gives back a list of one as a string
        return [value]
    return [str(v) for v in value] if isinstance(value, list) else []


def screenshot_when_done(window: MainWindow, path: Path, on_saved: Callable[[], object]) -> None:
    """Save a picture of the window once its check has finished (or failed), then call back."""

    def save_now() -> None:
        window.grab().save(str(path))
        on_saved()

    def save(*_: object) -> None:
        QTimer.singleShot(200, save_now)  # let the views lay themselves out first

    window.check_finished.connect(save)
    window.check_failed.connect(save)
