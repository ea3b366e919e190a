"""The desktop window's longest event-loop stall while it checks a folder (issue 9's quality bar).

A 10 ms timer ticks while the real window, offscreen, checks the folder and shows the result; the
longest gap between ticks is how long the window could not answer a click. Prints it in ms. The
clock starts once the window has drawn itself for the first time, just before the folder is opened.

Usage: QT_QPA_PLATFORM=offscreen python bench/gui_stall.py FOLDER
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from gatekeeper_ui.window import MainWindow
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

TICK_MS = 10
FIRST_DRAWING_PASSES = 20


def main() -> int:
    folder = Path(sys.argv[1])
    QCoreApplication.setOrganizationName("GatekeeperBench")
    app = QApplication(sys.argv[:1])
    window = MainWindow()
    window.resize(1280, 800)
    window.show()
    gaps: list[float] = []
    last = time.perf_counter()

    def tick() -> None:
        nonlocal last
        now = time.perf_counter()
        gaps.append(now - last)
        last = now

    timer = QTimer()
    timer.setInterval(TICK_MS)
    timer.timeout.connect(tick)

    def stop() -> None:
        timer.stop()  # closing the window (stopping the readers) is not part of the check
        window.close()

    def done(*_: object) -> None:
        # Keep ticking a moment so the drawing of the result is measured too.
        QTimer.singleShot(500, stop)

    window.check_finished.connect(done)
    window.check_failed.connect(done)
    # The window's first drawing (fonts, styles: about 90 ms) is start-up, not the check: let it
    # finish before the clock starts.
    for _ in range(FIRST_DRAWING_PASSES):
        app.processEvents()
    started = last = time.perf_counter()
    timer.start()
    QTimer.singleShot(0, lambda: window.open_folder(str(folder)))
    app.exec()
    seconds = time.perf_counter() - started
    longest = max(gaps) * 1000 if gaps else 0.0
    print(f"{longest:.0f} {seconds:.1f}", flush=True)
    return 0


if __name__ == "__main__":
    os._exit(main())  # as gatekeeper-app does: PySide6 6.12 can abort while Python tears down
