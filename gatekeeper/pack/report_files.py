"""The check report as JSON (the report itself) and its findings as CSV."""

from __future__ import annotations

import csv
from pathlib import Path

from gatekeeper.models import Report
from gatekeeper.pack import content

# A spreadsheet runs a cell that starts with one of these as a formula: quoted, never run.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def write_json(path: Path, report: Report) -> None:
    path.write_text(report.printable().model_dump_json(indent=2) + "\n", encoding="utf-8")


def write_csv(path: Path, report: Report) -> None:
    """One row per finding (its decision and note with it), after a row for the headline."""
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(content.FINDING_HEADINGS)
        outcome = "would pass" if report.summary.would_pass else "would fail"
        writer.writerow(
            _safe(("SUMMARY", outcome, "", "Headline", content.summary_line(report)))
            + [""] * (len(content.FINDING_HEADINGS) - 5)
        )
        for row in content.finding_rows(report):
            writer.writerow(_safe(row))


def _safe(row: tuple[str, ...]) -> list[str]:
    return [f"'{cell}" if cell.startswith(FORMULA_START) else cell for cell in row]
