"""Checks run off the GUI thread: one Checker (reader pool and cache) per window, on its own thread.

Progress and results come back as Qt signals, queued to the GUI thread, so the window never
waits on a file. Cancel keeps what was read; closing the window stops the readers.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal, Slot

from gatekeeper.models import Overrides, Report, Stage
from gatekeeper.pipeline import CancelToken, Checker, CheckSettings, NotAFolderError


class _Worker(QObject):
    progressed = Signal(object)  # Progress
    finished = Signal(object)  # Report
    failed = Signal(str)

    def __init__(self, settings: CheckSettings) -> None:
        super().__init__()
        self._settings = settings
        self._checker: Checker | None = None

    @Slot(str, str, object, object)
    def check(self, folder: str, stage: str, overrides: Overrides, cancel: CancelToken) -> None:
        try:
            if self._checker is None:
                self._checker = Checker(self._settings)
            report = self._checker.check(
                Path(folder), Stage(stage), overrides, self.progressed.emit, cancel
            )
        except NotAFolderError as exc:
            self.failed.emit(f"The folder could not be opened: {exc}.")
        except Exception as exc:  # a bug must reach the person in plain words, not end the app
            self.failed.emit(f"The check stopped with an error: {type(exc).__name__}: {exc}")
        else:
            self.finished.emit(report)

    @Slot()
    def close(self) -> None:
        if self._checker is not None:
            self._checker.close()
            self._checker = None


class CheckRunner(QObject):
    """Runs one check at a time on a thread of its own and reports back by signals."""

    progressed = Signal(object)
    finished = Signal(object)
    failed = Signal(str)
    _start = Signal(str, str, object, object)

    def __init__(self, settings: CheckSettings | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName("gatekeeper-check")
        self._worker = _Worker(settings or CheckSettings())
        self._worker.moveToThread(self._thread)
        self._start.connect(self._worker.check)
        self._worker.progressed.connect(self.progressed)
        self._worker.finished.connect(self._done)
        self._worker.failed.connect(self._failed)
        self._cancel: CancelToken | None = None
        self._thread.start()

    @property
    def running(self) -> bool:
        return self._cancel is not None

    def start(self, folder: str, stage: Stage, overrides: Overrides | None = None) -> bool:
        """Start a check; False when one is already running."""
        if self._cancel is not None:
            return False
        self._cancel = CancelToken()
        self._start.emit(folder, stage.value, overrides or Overrides(), self._cancel)
        return True

    def cancel(self) -> None:
        if self._cancel is not None:
            self._cancel.cancel()

    def shutdown(self) -> None:
        """Stop any check, close the readers and end the thread (on closing the window)."""
        self.cancel()
        self._thread.quit()
        self._thread.wait()
        # The thread has ended, so its worker can be closed from here without a race.
        self._worker.close()

    @Slot(object)
    def _done(self, report: Report) -> None:
        self._cancel = None
        self.finished.emit(report)

    @Slot(str)
    def _failed(self, message: str) -> None:
        self._cancel = None
        self.failed.emit(message)
