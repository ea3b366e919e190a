"""Check the packaged app: its headless check of a demo case finds what the source tree finds, and
its window opens the case and saves a screenshot. Exit status 0 when both hold.

Usage: python packaging/check_frozen.py APP DEMO_FOLDER
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path


def main() -> int:
    app, folder = Path(sys.argv[1]), Path(sys.argv[2])
    with tempfile.TemporaryDirectory(prefix="gatekeeper-frozen-") as work:
        env = {
            **os.environ,
            "GATEKEEPER_REGISTER": str(Path(work) / "register.sqlite"),
            "GATEKEEPER_DATA": str(Path(work) / "data"),
            "XDG_CONFIG_HOME": str(Path(work) / "config"),
            "QT_QPA_PLATFORM": "offscreen",
        }
        args = ["check", str(folder), "--format", "json", "--no-register", "--as-of", "2026-11-24"]
        frozen = subprocess.run(
            [str(app), *args], env=env, capture_output=True, text=True, timeout=600
        )
        source = subprocess.run(
            [sys.executable, "-m", "gatekeeper.cli", *args],
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
        )
        if frozen.returncode != source.returncode:
            print(
                f"exit status {frozen.returncode} frozen, {source.returncode} from source:\n{frozen.stderr}"
            )
            return 1
        found = {f["rule"]: f["status"] for f in json.loads(frozen.stdout)["findings"]}
        expected = {f["rule"]: f["status"] for f in json.loads(source.stdout)["findings"]}
        if found != expected:
            differ = sorted(r for r in expected if found.get(r) != expected[r])
            print(f"the packaged app's findings differ from the source tree's: {differ}")
            return 1
        shot = Path(work) / "shot.png"
        window = subprocess.run(
            [str(app), str(folder), "--screenshot", str(shot)],
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
        )
        if window.returncode != 0 or not shot.exists() or shot.stat().st_size < 10_000:
            print(f"the packaged app's window did not save its screenshot:\n{window.stderr}")
            return 1
    print(
        f"packaged app OK: {len(found)} findings as from source; the window opened and drew the case"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
