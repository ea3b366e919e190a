"""The gatekeeper's main window: open a submission folder, watch it checked, read the findings."""

from __future__ import annotations

import datetime as dt
import gc
import json
import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gatekeeper import __version__
from gatekeeper.checklist import load_checklist
from gatekeeper.demo import DEMO_CASES
from gatekeeper.dga import dga_line
from gatekeeper.models import (
    Decision,
    DocType,
    Document,
    Extraction,
    FileFormat,
    Overrides,
    Phase,
    Progress,
    Report,
    Role,
    Stage,
    Status,
)
from gatekeeper.pack.signing import Signer
from gatekeeper.pipeline import CheckSettings
from gatekeeper.plan.models import ActionPlan, PlanSettings
from gatekeeper_ui.changes import ChangesView
from gatekeeper_ui.plan_view import PlanView
from gatekeeper_ui.preview import PreviewView
from gatekeeper_ui.runner import CheckRunner, Outcome, Supervision
from gatekeeper_ui.settings import Preferences, SettingsDialog
from gatekeeper_ui.supervisor import SupervisorDialog
from gatekeeper_ui.views import DocumentsView, FindingsView

RECENT_KEPT = 8
PICTURED = (FileFormat.PDF, FileFormat.IMAGE)
STAGE_NAMES = {
    Stage.CHARGING: "Charging decision (full code test)",
    Stage.EARLY_ADVICE: "Early advice",
    Stage.THRESHOLD: "Threshold test",
}


class MainWindow(QMainWindow):
    """One submission at a time; the check runs on its own thread and reports by signals."""

    check_finished = Signal(object)  # the Report, once shown
    check_failed = Signal(str)
    preview_shown = Signal(str)  # the path of the document shown in the Document tab
    picture_shown = Signal(str, int)  # path, page
    supervisor_updated = Signal()
    plan_issued = Signal(bool, str)
    pack_exported = Signal(bool, str)

    def __init__(
        self,
        settings: CheckSettings | None = None,
        *,
        register_url: str | None = None,
        use_register: bool = True,
        demo_folder: Path | None = None,
        drafts_folder: Path | None = None,
    ) -> None:
        super().__init__()
        self.demo_folder = demo_folder or data_folder() / "demo cases"
        self.drafts_folder = drafts_folder or data_folder() / "plan drafts"
        self.setWindowTitle("Gatekeeper")
        self.setAcceptDrops(True)
        self.folder: str | None = None
        self.report: Report | None = None
        self.outcome: Outcome | None = None
        self._checks_begun = 0  # a result still being shown gives way to a check begun since
        # This session's corrections and decisions, kept in the register too when it is open.
        self.overrides = Overrides()
        self.supervisor: SupervisorDialog | None = None
        self._issuing: str | None = None
        self._basis: list[str] = []
        self._rules = {rule.id: rule for rule in load_checklist().checklist.rule}
        self.preferences = Preferences.load()
        self._fixed_settings = settings
        self._register_url = register_url
        self._use_register = use_register
        self.runner = self._make_runner()
        # Everything made while starting lives as long as the window: keep it out of the garbage
        # collector's full passes, which would otherwise stall the window during checks.
        gc.collect()
        gc.freeze()
        self._build()
        self._restore()

    def _make_runner(self) -> CheckRunner:
        """A runner (Checker and register on their own thread) as the settings say."""
        prefs = self.preferences
        settings = self._fixed_settings or CheckSettings(budget=prefs.budget())
        runner = CheckRunner(
            settings,
            self,
            register_url=self._register_url or prefs.register or None,
            use_register=self._use_register,
        )
        runner.progressed.connect(self._progressed)
        runner.finished.connect(self._finished)
        runner.failed.connect(self._failed)
        runner.previewed.connect(self._previewed)
        runner.pictured.connect(self._pictured)
        runner.supervised.connect(self._supervised)
        runner.issued.connect(self._issued)
        runner.export_progressed.connect(self._export_progressed)
        runner.exported.connect(self._exported)
        runner.plan_settings = self._plan_settings()
        runner.set_user(prefs.name)
        return runner

    @Slot()
    def edit_settings(self) -> None:
        dialog = SettingsDialog(self.preferences, self)
        if dialog.exec() == SettingsDialog.DialogCode.Accepted:
            self.apply_preferences(dialog.preferences())

    def apply_preferences(self, preferences: Preferences) -> None:
        """Keep the settings; a new reader pool and register take effect from the next check."""
        before = self.preferences
        preferences.save()
        self.preferences = preferences
        self.runner.plan_settings = self._plan_settings()
        self.runner.set_user(preferences.name)
        if (before.register, before.seconds_per_file, before.ocr) != (
            preferences.register,
            preferences.seconds_per_file,
            preferences.ocr,
        ) and not self.runner.running:
            self.runner.shutdown()
            self.runner.deleteLater()
            self.runner = self._make_runner()

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
        # The lawyer's list in one line: the DGA failure reasons, in the CPS's words.
        self.dga = QLabel("")
        self.dga.setAccessibleName("CPS assessment")
        self.dga.setWordWrap(True)
        self.dga.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.case_line = QLabel("")
        self.case_line.setAccessibleName("Case")
        self.errors = QLabel("")
        self.errors.setAccessibleName("Errors")
        self.errors.setWordWrap(True)
        self.errors.setStyleSheet("color: #b00020;")
        self.errors.hide()
        self.notes = QLabel("")
        self.notes.setAccessibleName("Notes from the case register")
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet("color: #8a5a00;")
        self.notes.hide()

        self.stage = QComboBox()
        self.stage.setAccessibleName("Stage")
        for stage, name in STAGE_NAMES.items():
            self.stage.addItem(name, stage.value)

        self.documents = DocumentsView()
        self.findings = FindingsView()
        self.findings.documents_selected.connect(self._show_documents_of_finding)
        self.findings.decided.connect(self.decide)
        self.documents.correction_asked.connect(self.correct)
        # Trainer mode: the findings stay hidden until "Reveal", so a class looks for them first.
        self.hidden_findings = QWidget()
        hidden = QVBoxLayout(self.hidden_findings)
        hidden.addStretch(1)
        hint = QLabel(
            "Trainer mode: the findings are hidden. Look through the documents for what is "
            "missing or wrong, then reveal what Gatekeeper found."
        )
        hint.setWordWrap(True)
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hidden.addWidget(hint)
        self.reveal_button = QPushButton("&Reveal the findings")
        self.reveal_button.setAccessibleName("Reveal the findings")
        self.reveal_button.clicked.connect(self.reveal)
        hidden.addWidget(self.reveal_button, 0, Qt.AlignmentFlag.AlignCenter)
        hidden.addStretch(1)
        self.findings_area = QStackedWidget()
        self.findings_area.addWidget(self.findings)
        self.findings_area.addWidget(self.hidden_findings)
        self.preview = PreviewView()
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName("Findings and document")
        self.tabs.addTab(self.findings_area, "&Findings")
        self.tabs.addTab(self.preview, "&Document")
        self.plan = PlanView()
        self.plan.changed.connect(self._save_draft)
        self.plan.issue_asked.connect(self._issue_plan)
        self.plan.redraft_asked.connect(self.redraft_plan)
        self.tabs.addTab(self.plan, "Action p&lan")
        self.changes = ChangesView()
        self.tabs.addTab(self.changes, "&Changes")
        self.documents.selected.connect(self._preview_document)
        self.preview.page_asked.connect(self._picture_page)
        splitter = QSplitter()
        splitter.setObjectName("main-splitter")
        splitter.addWidget(self.documents)
        splitter.addWidget(self.tabs)
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
        layout.addWidget(self.dga)
        layout.addWidget(self.case_line)
        layout.addWidget(self.errors)
        layout.addWidget(self.notes)
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
        self.new_submission_action = QAction("Record as a &new submission", self)
        self.new_submission_action.setToolTip(
            "The files are those of the case's last submission: record them as sent again"
        )
        self.new_submission_action.setEnabled(False)
        self.new_submission_action.triggered.connect(self.record_new_submission)
        file_menu.addAction(self.new_submission_action)
        export_action = QAction("&Export referral pack...", self, shortcut=QKeySequence("Ctrl+E"))
        export_action.triggered.connect(self.choose_export)
        file_menu.addAction(export_action)
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
        edit_menu = self.menuBar().addMenu("&Edit")
        settings_action = QAction("&Settings...", self, shortcut=QKeySequence("Ctrl+,"))
        settings_action.triggered.connect(self.edit_settings)
        edit_menu.addAction(settings_action)
        view_menu = self.menuBar().addMenu("&View")
        self.trainer_action = QAction("&Trainer mode (findings hidden until revealed)", self)
        self.trainer_action.setCheckable(True)
        self.trainer_action.toggled.connect(self._trainer_mode)
        view_menu.addAction(self.trainer_action)
        supervisor = QAction(
            "&Supervisor: cases in the register...", self, shortcut=QKeySequence("Ctrl+Shift+S")
        )
        supervisor.triggered.connect(self.show_supervisor)
        view_menu.addAction(supervisor)
        help_menu = self.menuBar().addMenu("&Help")
        demo_menu = help_menu.addMenu("&Demo cases")
        for name, spec in DEMO_CASES.items():
            action = demo_menu.addAction(name)
            action.setStatusTip(spec.description)
            action.setToolTip(spec.description)
            action.triggered.connect(lambda _=False, n=name: self.open_demo(n))
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
        new_case = str(path.resolve()) != self.folder
        self.folder = str(path.resolve())
        if new_case:
            self.overrides = Overrides()
        self._remember(self.folder)
        self.setWindowTitle(f"Gatekeeper: {path.name}")
        self._start(new_case)

    @Slot()
    def recheck(self) -> None:
        if self.folder is not None and not self.runner.running:
            self._start(new_case=False)

    @Slot()
    def record_new_submission(self) -> None:
        """The same files sent again: check them and record a new submission all the same."""
        if self.folder is not None and not self.runner.running:
            self._start(new_case=False, new_submission=True)

    @Slot()
    def cancel_check(self) -> None:
        if self.runner.running:
            self.current.setText("Cancelling: what has been read is kept...")
            self.runner.cancel()

    def _start(self, new_case: bool, new_submission: bool = False) -> None:
        assert self.folder is not None
        self.new_submission_action.setEnabled(False)
        self.errors.hide()
        self.headline.setText(f"Checking {Path(self.folder).name}...")
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self.documents.start_reading()
        self.findings.hold(True)
        if new_case:
            self._forget_case()
        self._checks_begun += 1
        self.runner.start(
            self.folder,
            self._stage(),
            self.overrides,
            new_case=new_case,
            new_submission=new_submission,
        )

    def _forget_case(self) -> None:
        """Another case: nothing of the last one stays on screen (its findings, URN, document,
        plan, changes and notes) while this one is read."""
        self.outcome = None
        self.report = None
        self.findings.clear()
        self.preview.clear()
        self.plan.show_plan(None)
        self.changes.show_case(None)
        self.case_line.setText("")
        self.dga.setText("")
        self.notes.hide()

    def _stage(self) -> Stage:
        return Stage(self.stage.currentData())

    def open_demo(self, name: str) -> None:
        """Open a trainer's demo case, made on first use in the user's data folder."""
        if self.runner.running:
            self._failed("A check is already running: cancel it (Esc) or wait for it to finish.")
            return
        folder = self.demo_folder / name
        self.folder = str(folder)
        self.overrides = Overrides()
        self.setWindowTitle(f"Gatekeeper: demo case {name}")
        self.errors.hide()
        self.headline.setText(f"Opening the demo case {name}...")
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self._checks_begun += 1
        self.runner.open_demo(name, str(folder), self._stage())

    # The action plan: drafted from each check, or the draft being edited for this submission.
    def _show_plan(self, outcome: Outcome) -> None:
        fresh = outcome.plan
        self._basis = basis_of(fresh) if fresh is not None else []
        kept, kept_basis = self._load_draft(outcome.urn)
        if kept is not None and kept_basis == self._basis:
            self.plan.show_plan(kept)  # the person's own edits stand; "Redraft" starts again
            return
        if kept is not None:  # the findings changed since the edits: drafted afresh, said so
            self._forget_draft(outcome.urn)
            self.current.setText(
                "The findings changed since you edited the action plan: it is drafted afresh."
            )
        if fresh is not None:  # drafted on the runner's thread
            self.plan.show_plan(fresh)
        else:
            self.redraft_plan()

    @Slot()
    def redraft_plan(self) -> None:
        """Draft the plan anew from the findings as they stand (corrections and decisions too)."""
        outcome = self.outcome
        if outcome is None:
            return
        submission = outcome.submission.number if outcome.submission else self._submission()
        settings = self._plan_settings().model_copy(update={"submission": submission})
        self._basis = basis_of(self.plan.draft(outcome.report, settings, self._today()))
        self._forget_draft(outcome.urn)  # a fresh draft: nothing of the person's to keep

    def _plan_settings(self) -> PlanSettings:
        prefs = self.preferences
        return PlanSettings(
            gatekeeper_name=prefs.name or None,
            gatekeeper_phone=prefs.phone or None,
            gatekeeper_email=prefs.email or None,
        )

    def _submission(self) -> int | None:
        outcome = self.outcome
        if outcome is not None and outcome.case is not None and outcome.case.submissions:
            return outcome.case.submissions[-1].number
        return None

    def _today(self) -> dt.date:
        settings = self._fixed_settings
        return settings.as_of if settings is not None and settings.as_of else dt.date.today()

    def _draft_path(self, urn: str | None) -> Path | None:
        return self.drafts_folder / f"{urn.replace('/', '-')}.json" if urn else None

    @Slot(object)
    def _save_draft(self, plan: ActionPlan) -> None:
        """Every edit is kept at once, so closing the app or a crash loses nothing. A draft holds
        names from the file, as an issued plan does: it is readable by this user only, and gone
        once the plan is issued or drafted afresh."""
        path = self._draft_path(plan.urn)
        if path is None:
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            temporary = path.with_suffix(".tmp")
            fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                # With the findings it was drafted from: edits stand only while those do.
                out.write(json.dumps({"basis": self._basis, "plan": plan.model_dump(mode="json")}))
            temporary.replace(path)
        except OSError as exc:
            self._failed(f"Your edit to the plan could not be kept on disk: {exc.strerror or exc}")

    def _forget_draft(self, urn: str | None) -> None:
        path = self._draft_path(urn)
        if path is not None:
            path.unlink(missing_ok=True)

    def _load_draft(self, urn: str | None) -> tuple[ActionPlan | None, list[str]]:
        """The case's plan as the person left it, and the findings it was drafted from."""
        path = self._draft_path(urn)
        if path is None or not path.exists():
            return None, []
        try:
            kept = json.loads(path.read_text(encoding="utf-8"))
            return ActionPlan.model_validate(kept["plan"]), list(kept["basis"])
        except (ValueError, OSError, KeyError, TypeError):
            return None, []  # a damaged or unreadable draft: draft anew

    @Slot(object)
    def _issue_plan(self, plan: ActionPlan) -> None:
        if self.runner.running:
            self._failed("A check or export is running: issue the plan when it has finished.")
            return
        if not plan.actions:
            self._failed("The plan has no actions: there is nothing to issue.")
            return
        self._issuing = plan.urn
        self.current.setText("Issuing the plan...")
        self.runner.issue(plan)

    @Slot(bool, str)
    def _issued(self, done: bool, message: str) -> None:
        if done:
            self.current.setText(message)
            path = self._draft_path(self._issuing)
            if path is not None:
                path.unlink(missing_ok=True)  # issued: the next check drafts afresh
        else:
            self._failed(message)
        self.plan_issued.emit(done, message)

    # The referral pack.
    @Slot()
    def choose_export(self) -> None:
        if self.report is None or self.runner.running:
            self._failed("Check a folder first (and let it finish): the pack is made from a check.")
            return
        start = str(Path(self.report.folder).parent / f"{Path(self.report.folder).name} pack")
        out = QFileDialog.getSaveFileName(self, "Write the referral pack to", start)[0]
        if out:
            password, ok = QInputDialog.getText(
                self,
                "Password (optional)",
                "A password encrypts the pack's PDFs with AES-256 (leave empty for none):",
                QLineEdit.EchoMode.Password,
            )
            if ok:
                self.export_pack(out, password)

    def export_pack(self, out: str, password: str = "") -> None:
        assert self.report is not None
        usable, signer = self._signer()
        if not usable:
            return
        self.errors.hide()
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self.current.setText("Writing the referral pack...")
        self.runner.export(self.report, out, password, self.plan.plan, signer)

    def _signer(self) -> tuple[bool, Signer | None]:
        """The unit's signing key from the settings, asking for its passphrase when it has one:
        (True, None) when none is set; (False, None) when it cannot be used (said why)."""
        path = self.preferences.signing_key
        if not path:
            return True, None
        from gatekeeper.pack.signing import NeedsPassphrase, SigningError, load_signer

        passphrase: str | None = None
        while True:
            try:
                return True, load_signer(Path(path), passphrase)
            except NeedsPassphrase as exc:
                passphrase, ok = QInputDialog.getText(
                    self,
                    "Signing key",
                    f"{exc} The unit's signing key's passphrase:",
                    QLineEdit.EchoMode.Password,
                )
                if not ok:
                    return False, None
            except SigningError as exc:
                self._failed(f"The referral pack was not written: {exc} (see Settings).")
                return False, None

    @Slot(object)
    def _export_progressed(self, progress: object) -> None:
        step = getattr(progress, "step", "")
        done, total = getattr(progress, "done", 0), getattr(progress, "total", 0)
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
            self.progress.setFormat(f"{step}: {done} of {total}")
        current = getattr(progress, "current", None)
        self.current.setText(f"Referral pack: {step}" + (f", {current}" if current else ""))

    @Slot(bool, str)
    def _exported(self, done: bool, message: str) -> None:
        self.progress.hide()
        self.cancel_button.hide()
        if done:
            self.current.setText(message)
        else:
            self._failed(message)
        self.pack_exported.emit(done, message)

    @Slot()
    def show_supervisor(self) -> None:
        if self.supervisor is None:
            self.supervisor = SupervisorDialog(self)
            self.supervisor.refresh_asked.connect(lambda: self.runner.supervise())
        self.supervisor.show()
        self.supervisor.raise_()
        self.runner.supervise()

    @Slot(object)
    def _supervised(self, supervision: Supervision) -> None:
        if self.supervisor is not None:
            self.supervisor.show_cases(supervision.cases, supervision.problem)
            self.supervisor_updated.emit()

    @Slot(bool)
    def _trainer_mode(self, on: bool) -> None:
        if on:
            self.findings_area.setCurrentWidget(self.hidden_findings)
        else:
            self.reveal()

    @Slot()
    def reveal(self) -> None:
        self.findings_area.setCurrentWidget(self.findings)
        if self.report is not None:
            self.headline.setText(self.report.summary.headline)
            self.dga.setText(_dga_text(self.report))

    # A person's corrections and decisions: kept at once, shown at once (nothing read again).
    @Slot(str, object, object)
    def correct(self, path: str, doc_type: DocType | None, role: Role | None) -> None:
        if self.folder is None or self.runner.running:
            return
        if doc_type is not None:
            self.overrides.document_types[path] = doc_type
        if role is not None:
            self.overrides.roles[path] = role
        self.current.setText(f"Correcting {path}...")
        self.runner.correct(self.folder, self._stage(), self.overrides, path, doc_type, role)

    @Slot(str, object, str)
    def decide(self, rule: str, status: Status, note: str) -> None:
        if self.folder is None or self.runner.running:
            return
        self.overrides.decisions[rule] = Decision(status=status, by=self.runner.user, note=note)
        self.current.setText(f"Recording your decision on {rule}...")
        self.runner.decide(self.folder, self._stage(), self.overrides, rule, status, note)

    @Slot(object)
    def _progressed(self, progress: Progress) -> None:
        if progress.phase is Phase.LISTING:
            self.current.setText("Listing the folder...")
        elif progress.phase is Phase.READING:
            self.documents.add_read(
                [(f.path, f.type.plain) for f in progress.read], progress.files_done
            )
            total = max(progress.bytes_total, 1)
            self.progress.setRange(0, 1000)
            self.progress.setValue(int(1000 * progress.bytes_done / total))
            self.progress.setFormat(f"{progress.files_done:,} of {progress.files_total:,} files")
            if progress.current:
                self.current.setText(f"Reading {progress.current}")
        elif progress.phase is Phase.EVALUATING:
            self.current.setText("Checking against the DG6 rules...")

    @Slot(object)
    def _finished(self, outcome: Outcome) -> None:
        report = outcome.report
        self.outcome = outcome
        self.report = report
        self.progress.hide()
        self.cancel_button.hide()
        self.current.setText(reading_note(report))
        hide = self.trainer_action.isChecked()
        self.headline.setText(
            "Trainer mode: what would the CPS say of this file? Reveal to see."
            if hide
            else report.summary.headline
        )
        self.findings_area.setCurrentWidget(self.hidden_findings if hide else self.findings)
        self.dga.setText("" if hide else _dga_text(report))
        self.case_line.setText(case_line(outcome))
        self.new_submission_action.setEnabled(
            outcome.submission is not None and outcome.submission.checked_again
        )
        self.changes.show_case(outcome.case)
        self._show_plan(outcome)
        notes = [
            *outcome.warnings,
            *([outcome.register_problem] if outcome.register_problem else []),
        ]
        self.notes.setText("\n".join(notes))
        self.notes.setVisible(bool(notes))
        # The document tree and the findings each in their own turn of the event loop: for a big
        # file, building both at once (and laying them out) held the window for about 100 ms.
        begun = self._checks_begun
        QTimer.singleShot(0, lambda: self._show_documents_of(outcome, begun))

    def _still_shown(self, outcome: Outcome, begun: int) -> bool:
        """Whether ``outcome`` is still the one to show: no newer result, no check begun since."""
        return self.outcome is outcome and self._checks_begun == begun

    def _show_documents_of(self, outcome: Outcome, begun: int) -> None:
        if self._still_shown(outcome, begun):
            self.documents.show_documents(outcome.report.documents)
            QTimer.singleShot(0, lambda: self._show_findings_of(outcome, begun))

    def _show_findings_of(self, outcome: Outcome, begun: int) -> None:
        if not self._still_shown(outcome, begun):
            return
        selected = self.findings.current_rule()
        self.findings.show_report(outcome.report, self._rules)
        if selected:
            self.findings.select(selected)
        self.check_finished.emit(outcome.report)

    @Slot(str)
    def _failed(self, message: str) -> None:
        self.progress.hide()
        self.cancel_button.hide()
        self.findings.hold(False)
        self.current.setText("")
        self.errors.setText(message)
        self.errors.show()
        self.check_failed.emit(message)

    @Slot(str)
    def _preview_document(self, path: str) -> None:
        if self.folder is not None and self.report is not None:
            if self.documents.tree.hasFocus():  # chosen in the tree: show it; from a finding, not
                self.tabs.setCurrentWidget(self.preview)
            self.runner.preview(self.folder, path)
            document = self._document(path)
            if document is not None and document.format in PICTURED:
                self.runner.picture(self.folder, path, 0)
            if document is not None and document.format in (FileFormat.VIDEO, FileFormat.AUDIO):
                self.preview.path = path
                self.preview.show_media(Path(self.folder) / path, document)

    def _document(self, path: str) -> Document | None:
        if self.report is None:
            return None
        return next((d for d in self.report.documents if d.path == path), None)

    @Slot(str, int)
    def _picture_page(self, path: str, page: int) -> None:
        if self.folder is not None:
            self.runner.picture(self.folder, path, page)

    @Slot(str, int, object, int, object)
    def _pictured(
        self, path: str, page: int, png: bytes | None, pages: int, problem: str | None
    ) -> None:
        self.preview.show_picture(path, page, png, pages, problem)
        self.picture_shown.emit(path, page)

    @Slot(str, object)
    def _previewed(self, path: str, extraction: Extraction | None) -> None:
        document = (
            next((d for d in self.report.documents if d.path == path), None)
            if self.report
            else None
        )
        if document is not None and path == self.documents.current_path():
            self.preview.show_document(document, extraction)
            self.preview_shown.emit(path)

    @Slot(list)
    def _show_documents_of_finding(self, paths: list[str]) -> None:
        if paths:
            self.documents.filter.clear()
            self.documents.select_path(paths[0])

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
        self._fit_screen()
        splitter = settings.value("window/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        else:  # first run: room for the documents' names and types
            self.splitter.setSizes([int(self.width() * 0.4), int(self.width() * 0.6)])

    def _fit_screen(self) -> None:
        """At most the screen's free area (a 1366x768 laptop leaves about 1366x728 below its
        task bar), and on it: the status bar and the decision buttons stay in sight."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        free = screen.availableGeometry()
        frame = self.frameGeometry().size() - self.size()  # the title bar and borders
        width = min(self.width(), free.width() - frame.width())
        height = min(self.height(), free.height() - frame.height())
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)
        if not free.contains(self.frameGeometry()):
            self.move(free.topLeft())

    def closeEvent(self, event: QCloseEvent) -> None:
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/splitter", self.splitter.saveState())
        settings.sync()
        self.runner.shutdown()
        super().closeEvent(event)


DATA_ENV = "GATEKEEPER_DATA"


def data_folder() -> Path:
    """The user's data folder (demo cases, plan drafts), never the program's or the case's;
    ``GATEKEEPER_DATA`` puts it elsewhere (tests, a managed desktop)."""
    import os

    import platformdirs

    chosen = os.environ.get(DATA_ENV)
    return Path(chosen) if chosen else platformdirs.user_data_path("gatekeeper", appauthor=False)


def basis_of(plan: ActionPlan) -> list[str]:
    """What a drafted plan rests on: the rules of its actions and of the points to decide."""
    rules = {r for a in plan.actions if a.added_by == "drafted" for r in a.rules}
    return sorted(rules | {d.rule for d in plan.to_decide})


def reading_note(report: Report) -> str:
    """What the check read, for the status bar: files unchanged since the session's last check of
    the folder are remembered, not read again."""
    files = len(report.documents)
    opened = sum(1 for d in report.documents if d.sha256 is not None)
    remembered = max(0, opened - report.files_read)
    if not remembered:
        return f"{files:,} files, all read now."
    if not report.files_read:
        return f"{files:,} files, none changed since the last check: nothing read again."
    return (
        f"{files:,} files; {report.files_read:,} read now, {remembered:,} unchanged and remembered."
    )


def case_line(outcome: Outcome) -> str:
    """The URN, submission, ping-pong count and days since report, as the register knows them."""
    report = outcome.report
    urn = outcome.urn or ", ".join(report.facts.urns) or "no URN found"
    parts = [f"URN {urn}", f"stage: {STAGE_NAMES[report.stage]}"]
    if outcome.submission is not None and outcome.submission.checked_again:
        parts.append(f"submission {outcome.submission.number}, checked again: unchanged")
    elif outcome.submission is not None:
        parts.append(f"submission {outcome.submission.number}")
    case = outcome.case
    if case is not None:
        plans = case.ping_pong.get("action_plans", len(case.plans))
        parts.append(f"{len(case.submissions)} submission(s) and {plans} action plan(s) so far")
        days = case.timeliness.days_since_report
        if days is not None:
            parts.append(f"{days} days since report")
        if case.timeliness.overdue_actions:
            parts.append(f"{case.timeliness.overdue_actions} overdue action(s)")
    return "; ".join(parts) + "."


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


def _dga_text(report: Report) -> str:
    summary = report.summary
    return dga_line(summary.dga_reasons, summary.would_pass)
