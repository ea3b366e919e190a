"""Helpers the tests share (fixtures live in conftest.py)."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
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
