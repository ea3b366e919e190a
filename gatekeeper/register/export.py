"""CSV exports for supervisors: the case list and the figures for a period."""

from __future__ import annotations

import csv
import io

from gatekeeper.register.views import CaseSummary, SupervisorStats

CASE_COLUMNS = list(CaseSummary.model_fields)


def cases_csv(cases: list[CaseSummary]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CASE_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for case in cases:
        writer.writerow(case.model_dump(mode="json"))
    return out.getvalue()


def stats_csv(stats: SupervisorStats) -> str:
    """One row per rule (its failure rate), after a header of the period's figures."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["figure", "value"])
    for name in ("since", "until", "as_of", "open_cases", "overdue_actions", "submissions"):
        value = getattr(stats, name)
        writer.writerow([name, "" if value is None else value])
    median = stats.median_days_report_to_submission
    writer.writerow(["median_days_report_to_submission", "" if median is None else median])
    writer.writerow([])
    writer.writerow(["rule", "title", "checked", "failed", "rate"])
    for rate in stats.rules:
        writer.writerow([rate.rule, rate.title, rate.checked, rate.failed, rate.rate])
    return out.getvalue()
