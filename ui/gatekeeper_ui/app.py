"""``gatekeeper-app``: the desktop workspace. ``gatekeeper-app FOLDER --screenshot shot.png`` opens
the folder, waits for the check, saves a picture of the window and exits."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from gatekeeper import __version__
from gatekeeper_ui.window import MainWindow, screenshot_when_done

ORGANISATION = "Gatekeeper"
APPLICATION = "Gatekeeper"
SCREENSHOT_SIZE = (1280, 800)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="gatekeeper-app", description="Gatekeeper's desktop workspace."
    )
    parser.add_argument(
        "folder", nargs="?", type=Path, help="a submission folder to open and check"
    )
    parser.add_argument(
        "--screenshot", type=Path, help="save a picture of the window once checked, then exit"
    )
    parser.add_argument("--version", action="version", version=f"gatekeeper-app {__version__}")
    args = parser.parse_args(argv)
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    if args.screenshot is not None and args.folder is None:
        parser.error("--screenshot needs a FOLDER to open")
    window = MainWindow()
    if args.screenshot is not None:
        window.resize(*SCREENSHOT_SIZE)  # the same picture whatever size it was left at
        screenshot_when_done(window, args.screenshot, window.close)
    window.show()
    if args.folder is not None:
        folder = str(args.folder)
        QTimer.singleShot(0, lambda: window.open_folder(folder))
    return app.exec()


def run() -> None:
    """The ``gatekeeper-app`` entry point. Settings are saved and the readers closed when the
    window closes; the process then ends at once, because PySide6 6.12 can abort while Python
    tears down many tree items ("deallocating None"), turning a clean exit into a crash."""
    code = main()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


if __name__ == "__main__":
    run()
