"""A check with the register: what it knows of the case applied, then the check recorded.

The GUI and the CLI both call ``check_and_record``; the pipeline itself never touches the register.
"""

from __future__ import annotations

import getpass
from dataclasses import dataclass
from pathlib import Path

from gatekeeper.models import CaseHistory, Overrides, Report, Stage
from gatekeeper.pipeline import CancelToken, Checker, ProgressCallback
from gatekeeper.register.errors import RegisterError
from gatekeeper.register.store import Register, urn_of
from gatekeeper.register.views import SubmissionView


@dataclass
class RecordedCheck:
    """A check's report, the submission it was recorded as, or why it was not recorded."""

    report: Report
    submission: SubmissionView | None = None
    problem: str | None = None
    urn: str | None = None


def recorded_line(recorded: RecordedCheck, location: str) -> str:
    """What the register did with a check, in a sentence for the person who ran it."""
    submission = recorded.submission
    if submission is None:
        return "The check was not recorded in the case register."
    if submission.checked_again:
        return (
            f"Checked again, unchanged: the files are those of submission {submission.number} "
            f"of {recorded.urn} ({submission.at:%d/%m/%Y}), so no new submission was "
            f"recorded in the case register ({location}). If they were sent again, record them "
            "with --new-submission."
        )
    return (
        f"Recorded as submission {submission.number} of {recorded.urn} "
        f"in the case register ({location})."
    )


def default_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (some containers): still record who, as best we can
        return "unknown"


def merge(base: Overrides, person: Overrides) -> Overrides:
    """The register's corrections and decisions under a person's own (theirs win)."""
    return Overrides(
        document_types={**base.document_types, **person.document_types},
        roles={**base.roles, **person.roles},
        decisions={**base.decisions, **person.decisions},
    )


def check_and_record(
    checker: Checker,
    folder: Path | str,
    stage: Stage = Stage.CHARGING,
    *,
    register: Register | None,
    by: str | None = None,
    overrides: Overrides | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
    urn: str | None = None,
    record: bool = True,
    new: bool = False,
) -> RecordedCheck:
    """Check ``folder``; apply what the register holds for its case; record the submission.

    With ``record=False`` nothing is recorded: a check again after a person's correction or
    decision (already kept in the register) shows its effect without making a new submission.
    A folder whose files are the case's last submission's, unchanged, is that submission
    checked again (``submission.checked_again``), unless ``new`` says to record it as new.

    The first pass finds the case (its URN) and every file's hash. If the register holds
    corrections, decisions or open action plans for it, the check is evaluated again with them
    (from the session's cache: no file is read twice). A register failure never loses the report:
    it comes back in ``problem``.
    """
    person = overrides or Overrides()
    report = checker.check(folder, stage, person, progress, cancel)
    if register is None:
        return RecordedCheck(report)
    try:
        if report.complete:
            report, urn = _with_register(
                checker, register, folder, stage, report, person, cancel, urn
            )
        if not record:
            return RecordedCheck(report, urn=urn or urn_of(report))
        submission = register.record(report, by=by or default_user(), urn=urn, new=new)
    except RegisterError as exc:
        return RecordedCheck(report, problem=str(exc))
    return RecordedCheck(report, submission, urn=urn or urn_of(report))


def _with_register(
    checker: Checker,
    register: Register,
    folder: Path | str,
    stage: Stage,
    first: Report,
    person: Overrides,
    cancel: CancelToken | None,
    urn: str | None,
) -> tuple[Report, str | None]:
    """The report with the register's knowledge applied, and the case's URN in the register."""
    context = register.for_check(first, urn)
    if not context.changes_the_check:
        return first, context.urn
    history: CaseHistory | None = context.history
    report = first
    known = context.overrides
    if known.document_types or known.roles:
        # Corrections change what findings rest on, so decisions are matched after them.
        corrected = Overrides(document_types=known.document_types, roles=known.roles)
        report = checker.check(
            folder, stage, merge(corrected, person), None, cancel, history=history
        )
        known = register.for_check(report, urn).overrides
    report = checker.check(folder, stage, merge(known, person), None, cancel, history=history)
    report.files_read = first.files_read
    return report, context.urn
