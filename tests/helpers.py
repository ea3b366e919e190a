"""Helpers the tests share (fixtures live in conftest.py)."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import subprocess
import sys
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from gatekeeper.models import Finding, Report

AS_OF = dt.date(2026, 11, 23)  # "today" for action-plan ages, so tests do not depend on the date


def folder_state(folder: Path) -> dict[str, tuple[str, int, int]]:
    """Every entry below ``folder`` with its content hash (or link target), mode and mtime."""
    state: dict[str, tuple[str, int, int]] = {}
    for dirpath, dirnames, filenames in os.walk(folder, followlinks=False):
        for name in dirnames + filenames:
            path = Path(dirpath) / name
            info = path.lstat()
            if path.is_symlink():
                digest = "link:" + os.readlink(path)
            elif path.is_file():
                try:
                    digest = hashlib.sha256(path.read_bytes()).hexdigest()
                except PermissionError:
                    digest = "unreadable"
            else:
                digest = "dir" if path.is_dir() else "special"
            state[str(path.relative_to(folder))] = (digest, info.st_mode, info.st_mtime_ns)
    return state


def finding(report: Report, rule: str) -> Finding:
    return next(f for f in report.findings if f.rule == rule)


# Most of the common failures at once: a plan longer than the default limit.
MANY_GAPS = {
    "mg6c": False,
    "mg6d": False,
    "mg6e": False,
    "dmd": False,
    "roti": False,
    "pnc_suspect": False,
    "pnc_witness": False,
    "first_account_statement": False,
    "signed": False,
    "digital_request": "blanket",
    "third_party_request": "blanket",
    "early_advice": "not_sought_no_reason",
    "oic_contact": False,
    "cctv": "unplayable",
    "abe": "missing",
    "incident_log": False,
    "officer_statement": False,
}


# --- the judgement batches, generated in the background -------------------------------------------
# Generating the blind batches (tests/batches/*/make_batch.py) takes minutes of CPU, most of it
# fpdf2 laying out fonts. The check's own tests leave about a core of two idle on average, so the
# generators start when the tests are collected, at a lower priority, and the batch tests run
# last (conftest.py). Each generator writes only into its own folder; its temporary files go to a
# folder of the run's own, never the system's.
BATCHES = Path(__file__).parent / "batches"
BATCH_NAMES = sorted(p.name for p in BATCHES.iterdir() if (p / "make_batch.py").is_file())
_generation: dict[str, Future[Path]] = {}
_pool: ThreadPoolExecutor | None = None


def start_batch_generation(root: Path) -> None:
    """Start making every batch under ``root`` (two at a time, niced); idempotent."""
    global _pool
    if _pool is not None:
        return
    scratch = root / "tmp"
    scratch.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, TMPDIR=str(scratch))

    def generate(name: str) -> Path:
        out = root / name
        subprocess.run(
            [sys.executable, str(BATCHES / name / "make_batch.py"), str(out)],
            check=True,
            capture_output=True,
            timeout=900,
            env=env,
            preexec_fn=lambda: os.nice(10),
        )
        return out

    _pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="batch-generator")
    for name in BATCH_NAMES:
        _generation[name] = _pool.submit(generate, name)


def batch_folder(name: str) -> Path:
    """The batch's generated folder, once its generator has finished."""
    return _generation[name].result()


def stop_batch_generation() -> None:
    global _pool
    if _pool is not None:
        _pool.shutdown(wait=True, cancel_futures=True)
        _pool = None
