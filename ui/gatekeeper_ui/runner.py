"""Checks run off the GUI thread: one Checker (reader pool and cache) and one case register per
window, both used only on the runner's own thread.

Progress and results come back as Qt signals, queued to the GUI thread, so the window never
waits on a file or the database. Cancel keeps what was read; closing the window stops the readers
and closes the register. A person's correction or decision is written to the register at once and
the check evaluated again from the cache (no file read again, no new submission recorded).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import gc
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal, Slot

from gatekeeper.demo import DEMO_CASES, build_case
from gatekeeper.models import DocType, Overrides, Report, Role, Stage, Status
from gatekeeper.pack.signing import Signer
from gatekeeper.pipeline import CancelToken, Checker, CheckSettings, NotAFolderError
from gatekeeper.plan.draft import draft_plan
from gatekeeper.plan.issue import NothingToIssue, issue_plan
from gatekeeper.plan.models import ActionPlan, PlanSettings
from gatekeeper.register import (
    Register,
    RegisterError,
    check_and_record,
    default_user,
)
from gatekeeper.register.views import CaseSummary, CaseView, SubmissionView

PICTURE_WIDTH = 1000


@dataclass
class Outcome:
    """A check as the window shows it: the report and what the register knows of the case."""

    report: Report
    submission: SubmissionView | None = None
    case: CaseView | None = None
    urn: str | None = None
    register_problem: str | None = None
    warnings: list[str] = field(default_factory=list)
    plan: ActionPlan | None = None
    """The plan drafted from the check (here, off the window's thread: a big file takes time)."""


@dataclass
class Supervision:
    """The register's cases as a supervisor sees them, or why they could not be had."""

    cases: list[CaseSummary] = field(default_factory=list)
    problem: str | None = None


@dataclass(frozen=True)
class Request:
    """What the window asks of the runner's thread."""

    folder: str
    stage: Stage
    overrides: Overrides
    cancel: CancelToken | None = None
    record: bool = True
    correction: tuple[str, DocType | None, Role | None] | None = None  # path, type, role
    decision: tuple[str, Status, str] | None = None  # rule, status, note
    demo: str | None = None
    """A demo case to make at ``folder`` first, when it is not there yet."""
    plan_settings: PlanSettings | None = None
    """Draft the action plan with these, after the check."""
    new_case: bool = False
    """A different folder: forget the case the last check was of (on the runner's thread)."""
    new_submission: bool = False
    """Record the check as a new submission even when the files are the last submission's."""


class _Worker(QObject):
    progressed = Signal(object)  # Progress
    finished = Signal(object)  # Outcome
    failed = Signal(str)
    previewed = Signal(str, object)  # path, Extraction or None
    pictured = Signal(str, int, object, int, object)  # path, page, png, pages, problem
    supervised = Signal(object)  # Supervision
    issued = Signal(bool, str)  # done, what to tell the person
    export_progressed = Signal(object)  # PackProgress
    exported = Signal(bool, str)  # done, what to tell the person

    def __init__(self, settings: CheckSettings, register_url: str | None, use_register: bool):
        super().__init__()
        self._settings = settings
        self._register_url = register_url
        self._use_register = use_register
        self._checker: Checker | None = None
        self._register: Register | None = None
        self.user = default_user()
        """Who the register, plans and packs name: the gatekeeper's name from Settings, or the
        login when none is set (set from the window's thread; read on this one)."""
        self._register_problem: str | None = None
        self._urn: str | None = None

    @Slot(object)
    def run(self, request: Request) -> None:
        try:
            outcome = self._run(request)
            # The check set aside what it made from the garbage collector (``Checker.check``);
            # what came after it (the register's rows, the plan) is set aside too, so that no
            # full collection, which holds the interpreter for tens of milliseconds, walks it
            # while the window waits.
            gc.freeze()
        except NotAFolderError as exc:
            self.failed.emit(f"The folder could not be opened: {exc}.")
        except RegisterError as exc:
            self.failed.emit(f"The case register could not record that: {exc}")
        except Exception as exc:  # a bug must reach the person in plain words, not end the app
            self.failed.emit(f"The check stopped with an error: {type(exc).__name__}: {exc}")
        else:
            self.finished.emit(outcome)

    def _run(self, request: Request) -> Outcome:
        if request.new_case:
            self._urn = None
            if self._checker is not None:
                self._checker.clear_cache()  # one case's documents in memory at a time
        if request.demo is not None:
            make_demo_case(request.demo, Path(request.folder))
        if self._checker is None:
            self._checker = Checker(self._settings)
        register = self._open_register()
        by = self.user
        if register is not None and self._urn is not None:
            if request.correction is not None:
                path, doc_type, role = request.correction
                register.correct(self._urn, path, by=by, doc_type=doc_type, role=role)
            if request.decision is not None:
                rule, status, note = request.decision
                register.decide(self._urn, rule, status, by=by, note=note)
        recorded = check_and_record(
            self._checker,
            Path(request.folder),
            request.stage,
            register=register,
            by=by,
            overrides=request.overrides,
            progress=self.progressed.emit,
            cancel=request.cancel,
            record=request.record,
            new=request.new_submission,
        )
        self._urn = recorded.urn
        outcome = Outcome(
            recorded.report,
            recorded.submission,
            urn=recorded.urn,
            register_problem=recorded.problem or self._register_problem,
            warnings=list(register.warnings) if register is not None else [],
        )
        if register is not None and recorded.urn and recorded.problem is None:
            try:
                outcome.case = register.case(recorded.urn, self._settings.as_of)
            except RegisterError as exc:
                outcome.register_problem = str(exc)
        if request.plan_settings is not None:
            settings = request.plan_settings
            if (
                settings.submission is None
                and outcome.case is not None
                and outcome.case.submissions
            ):
                settings = settings.model_copy(
                    update={"submission": outcome.case.submissions[-1].number}
                )
            today = self._settings.as_of or dt.date.today()
            outcome.plan = draft_plan(recorded.report, settings, today)
        return outcome

    def _open_register(self) -> Register | None:
        if not self._use_register or self._register_problem is not None:
            return self._register
        if self._register is None:
            try:
                self._register = Register.open(self._register_url)
            except RegisterError as exc:
                # The check still runs and shows; the person is told once, plainly.
                self._register_problem = (
                    f"The case register could not be opened, so this check is not remembered: {exc}"
                )
        return self._register

    @Slot(str, str)
    def preview(self, folder: str, path: str) -> None:
        """What was read from a document, from the session's memory (after any check running)."""
        extraction = self._checker.extraction(folder, path) if self._checker else None
        self.previewed.emit(path, extraction)

    @Slot(str, str, int)
    def picture(self, folder: str, path: str, page: int) -> None:
        """A page of a PDF or a picture, drawn in a reader process (never in the window's)."""
        if self._checker is None:
            self._checker = Checker(self._settings)
        png, pages, problem = self._checker.page_picture(folder, path, page, PICTURE_WIDTH)
        self.pictured.emit(path, page, png, pages, problem)

    @Slot(object)
    def issue(self, plan: ActionPlan) -> None:
        """Record a plan in the register as the current plan of its own case (``plan.urn``)."""
        register = self._open_register()
        if register is None or plan.urn is None:
            self.issued.emit(False, self._register_problem or "The plan needs the case's URN.")
            return
        try:
            view = issue_plan(register, plan.urn, plan, by=self.user)
        except (RegisterError, NothingToIssue) as exc:
            self.issued.emit(False, f"The plan was not issued: {exc}")
            return
        except Exception as exc:  # never leave the window waiting for an answer
            self.issued.emit(False, f"The plan was not issued: {type(exc).__name__}: {exc}")
            return
        self.issued.emit(
            True, f"Issued as plan {view.id} of {plan.urn}, {len(plan.actions)} action(s)."
        )

    @Slot(object, str, str, object, object, object)
    def export(
        self,
        report: Report,
        out: str,
        password: str,
        plan: ActionPlan | None,
        cancel: CancelToken,
        signer: Signer | None,
    ) -> None:
        """Write the referral pack of the last check (and the plan, when there is one), its
        manifest signed with the unit's key when there is one."""
        from gatekeeper.pack import PackError, PackSettings, export_pack
        from gatekeeper.plan.docx_out import write_docx
        from gatekeeper.plan.pdf_out import write_pdf

        register = self._open_register()
        try:
            with tempfile.TemporaryDirectory(prefix="gatekeeper-plan-") as work:
                plan_files: list[Path] = []
                if plan is not None and plan.actions:
                    plan_files = [Path(work) / "action plan.docx", Path(work) / "action plan.pdf"]
                    write_docx(plan, plan_files[0])
                    write_pdf(plan, plan_files[1])
                result = export_pack(
                    report,
                    Path(report.folder),
                    Path(out),
                    by=self.user,
                    plan_files=plan_files,
                    password=password or None,
                    register=register,
                    settings=PackSettings(signer=signer),
                    progress=self.export_progressed.emit,
                    cancel=cancel,
                )
        except PackError as exc:
            self.exported.emit(False, f"The referral pack was not written: {exc}")
            return
        except Exception as exc:  # never leave the window waiting for an answer
            self.exported.emit(
                False, f"The referral pack was not written: {type(exc).__name__}: {exc}"
            )
            return
        self.exported.emit(
            True,
            f"Referral pack written to {result.path} ({len(result.files)} files; "
            f"manifest SHA-256 {result.manifest_sha256[:16]}..."
            + (f", signed with the unit's key {result.signed_by}" if result.signed_by else "")
            + ").",
        )

    @Slot()
    def supervise(self) -> None:
        """The register's open cases and overdue actions, for a supervisor."""
        register = self._open_register()
        if register is None:
            self.supervised.emit(Supervision(problem=self._register_problem or "No case register."))
            return
        try:
            self.supervised.emit(Supervision(cases=register.cases(self._settings.as_of)))
        except RegisterError as exc:
            self.supervised.emit(Supervision(problem=str(exc)))

    def close(self) -> None:
        if self._checker is not None:
            self._checker.close()
            self._checker = None
        if self._register is not None:
            self._register.close()
            self._register = None


def make_demo_case(name: str, folder: Path) -> None:
    """Make a trainer's demo case at ``folder`` unless it is there: built beside it, then moved
    into place, so an interrupted build never leaves half a case that looks whole."""
    if folder.is_dir():
        return
    folder.parent.mkdir(parents=True, exist_ok=True)
    building = Path(tempfile.mkdtemp(prefix=f".{name}-", dir=folder.parent))
    try:
        build_case(DEMO_CASES[name], building / name)
        (building / name).rename(folder)
    finally:
        shutil.rmtree(building, ignore_errors=True)


class CheckRunner(QObject):
    """Runs one check at a time on a thread of its own and reports back by signals."""

    progressed = Signal(object)
    finished = Signal(object)  # Outcome
    failed = Signal(str)
    previewed = Signal(str, object)  # path, Extraction or None
    pictured = Signal(str, int, object, int, object)
    supervised = Signal(object)  # Supervision
    issued = Signal(bool, str)
    export_progressed = Signal(object)
    exported = Signal(bool, str)
    _run = Signal(object)
    _issue = Signal(object)
    _export = Signal(object, str, str, object, object, object)
    _preview = Signal(str, str)
    _picture = Signal(str, str, int)
    _supervise = Signal()

    def __init__(
        self,
        settings: CheckSettings | None = None,
        parent: QObject | None = None,
        *,
        register_url: str | None = None,
        use_register: bool = True,
    ) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName("gatekeeper-check")
        self._worker = _Worker(settings or CheckSettings(), register_url, use_register)
        self._worker.moveToThread(self._thread)
        self._run.connect(self._worker.run)
        self._preview.connect(self._worker.preview)
        self._worker.previewed.connect(self.previewed)
        self._picture.connect(self._worker.picture)
        self._worker.pictured.connect(self.pictured)
        self._supervise.connect(self._worker.supervise)
        self._issue.connect(self._worker.issue)
        self._worker.issued.connect(self.issued)
        self._export.connect(self._worker.export)
        self._worker.export_progressed.connect(self.export_progressed)
        self._worker.exported.connect(self._export_done)
        self._worker.supervised.connect(self.supervised)
        self._worker.progressed.connect(self.progressed)
        self._worker.finished.connect(self._done)
        self._worker.failed.connect(self._failed)
        self._busy = False
        self._cancel: CancelToken | None = None
        self._thread.start()

    @property
    def running(self) -> bool:
        return self._busy

    plan_settings: PlanSettings | None = None
    """When set, each check's outcome carries the plan drafted with these settings."""

    @property
    def user(self) -> str:
        """Who the register, plans and packs name (``set_user``)."""
        return self._worker.user

    def set_user(self, name: str | None) -> None:
        """The gatekeeper's name from Settings; the login when it is empty."""
        self._worker.user = name or default_user()

    def start(
        self,
        folder: str,
        stage: Stage,
        overrides: Overrides,
        *,
        new_case: bool,
        new_submission: bool = False,
    ) -> bool:
        """Check a folder and record it as a submission (unless its files are the case's last
        submission's and ``new_submission`` is not set); False when the runner is busy."""
        if self._busy:
            return False
        self._cancel = CancelToken()
        return self._send(
            Request(
                folder,
                stage,
                overrides,
                self._cancel,
                new_case=new_case,
                new_submission=new_submission,
            )
        )

    def open_demo(self, name: str, folder: str, stage: Stage) -> bool:
        """Make the demo case ``name`` at ``folder`` if need be, then check it."""
        if self._busy:
            return False
        self._cancel = CancelToken()
        return self._send(
            Request(folder, stage, Overrides(), self._cancel, demo=name, new_case=True)
        )

    def correct(
        self,
        folder: str,
        stage: Stage,
        overrides: Overrides,
        path: str,
        doc_type: DocType | None = None,
        role: Role | None = None,
    ) -> bool:
        """Keep a correction and show its effect (evaluated again; nothing read again)."""
        return self._send(
            Request(folder, stage, overrides, record=False, correction=(path, doc_type, role))
        )

    def decide(
        self, folder: str, stage: Stage, overrides: Overrides, rule: str, status: Status, note: str
    ) -> bool:
        """Keep a person's decision on a finding and show its effect."""
        return self._send(
            Request(folder, stage, overrides, record=False, decision=(rule, status, note))
        )

    def preview(self, folder: str, path: str) -> None:
        """Ask for a document's text and tables as read (answered by ``previewed``)."""
        self._preview.emit(folder, path)

    def issue(self, plan: ActionPlan) -> None:
        """Record ``plan`` in the register (answered by ``issued``)."""
        self._issue.emit(plan)

    def export(
        self,
        report: Report,
        out: str,
        password: str = "",
        plan: ActionPlan | None = None,
        signer: Signer | None = None,
    ) -> bool:
        """Write the referral pack (answered by ``exported``); Cancel stops it, leaving none."""
        if self._busy:
            return False
        self._busy = True
        self._cancel = CancelToken()
        self._export.emit(report, out, password, plan, self._cancel, signer)
        return True

    @Slot(bool, str)
    def _export_done(self, done: bool, message: str) -> None:
        self._busy = False
        self._cancel = None
        self.exported.emit(done, message)

    def picture(self, folder: str, path: str, page: int = 0) -> None:
        """Ask for a picture of a document's page (answered by ``pictured``)."""
        self._picture.emit(folder, path, page)

    def supervise(self) -> None:
        """Ask for the register's cases (answered by ``supervised``)."""
        self._supervise.emit()

    def cancel(self) -> None:
        if self._cancel is not None:
            self._cancel.cancel()

    def shutdown(self) -> None:
        """Stop any check, close the readers and the register, end the thread."""
        self.cancel()
        self._thread.quit()
        self._thread.wait()
        # The thread has ended, so its worker can be closed from here without a race.
        self._worker.close()

    def _send(self, request: Request) -> bool:
        if self._busy:
            return False
        self._busy = True
        if self.plan_settings is not None:
            request = dataclasses.replace(request, plan_settings=self.plan_settings)
        self._run.emit(request)
        return True

    @Slot(object)
    def _done(self, outcome: Outcome) -> None:
        self._busy = False
        self._cancel = None
        self.finished.emit(outcome)

    @Slot(str)
    def _failed(self, message: str) -> None:
        self._busy = False
        self._cancel = None
        self.failed.emit(message)
