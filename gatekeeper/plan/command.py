"""``gatekeeper plan FOLDER``: check a folder and write its action plan (text, JSON, DOCX, PDF).

``add_plan_command(subparsers)`` adds the command to the ``gatekeeper`` parser; ``run_plan``
runs it. ``--issue`` records the plan in the case register as the case's current plan: each
action with its owner, due date and the rules it answers, so the next submission marks the
actions it answers.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any

from gatekeeper.models import Report, Stage
from gatekeeper.plan.models import (
    DEFAULT_MAX_ACTIONS,
    DEFAULT_REVIEW_AFTER,
    ActionPlan,
    PlanSettings,
)

EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2
FORMATS = ("text", "json", "docx", "pdf")


def add_plan_command(subparsers: argparse._SubParsersAction[Any]) -> None:
    """Add ``plan`` to the command line's subcommands."""
    plan = subparsers.add_parser(
        "plan", help="check a submission folder and draft its action plan (read-only)"
    )
    plan.add_argument("folder", type=Path, help="the submission folder; never written to")
    plan.add_argument("--format", choices=FORMATS, default="text", help="default: text")
    plan.add_argument(
        "--out", type=Path, help="write the plan to this file (needed for docx and pdf)"
    )
    plan.add_argument(
        "--stage",
        choices=[s.value for s in Stage],
        default=Stage.CHARGING.value,
        help="what is asked of the CPS (default: charging)",
    )
    plan.add_argument(
        "--as-of",
        type=dt.date.fromisoformat,
        help="the plan's date, from which due dates are counted (YYYY-MM-DD; default: today)",
    )
    plan.add_argument("--gatekeeper-name", help="your name, as the plan's contact")
    plan.add_argument("--gatekeeper-phone", help="your direct phone number")
    plan.add_argument("--gatekeeper-email", help="your direct e-mail address")
    plan.add_argument(
        "--max-actions",
        type=int,
        default=DEFAULT_MAX_ACTIONS,
        help=f"warn when the plan has more actions than this (default {DEFAULT_MAX_ACTIONS})",
    )
    plan.add_argument(
        "--review-after",
        type=int,
        default=DEFAULT_REVIEW_AFTER,
        help=f"working days from each due date to its review (default {DEFAULT_REVIEW_AFTER})",
    )
    plan.add_argument("--submission", type=int, help="the submission number the plan answers")
    plan.add_argument("--workers", type=int, help="reader processes (default: one per core)")
    plan.add_argument(
        "--issue",
        action="store_true",
        help="record the plan in the case register as the case's current plan (status open)",
    )
    plan.add_argument(
        "--register", help="the case register (a file or database URL; default: your own)"
    )
    plan.add_argument("--by", help="who issues the plan (default: your login name)")
    plan.set_defaults(run=run_plan)


def settings_from(args: argparse.Namespace) -> PlanSettings:
    return PlanSettings(
        gatekeeper_name=args.gatekeeper_name,
        gatekeeper_phone=args.gatekeeper_phone,
        gatekeeper_email=args.gatekeeper_email,
        max_actions=args.max_actions,
        review_after=args.review_after,
        submission=args.submission,
    )


def check_folder(folder: Path, stage: Stage, as_of: dt.date, workers: int | None) -> Report:
    from gatekeeper.pipeline import Checker, CheckSettings

    with Checker(CheckSettings(workers=workers, as_of=as_of)) as checker:
        return checker.check(folder, stage)


def write_plan(plan: ActionPlan, fmt: str, out: Path | None) -> None:
    """Write ``plan`` in ``fmt`` to ``out``, or to stdout (text and JSON only)."""
    from gatekeeper.plan.render import render_json, render_text

    if fmt in ("docx", "pdf"):
        if out is None:
            raise ValueError(f"--format {fmt} needs --out FILE")
        if fmt == "docx":
            from gatekeeper.plan.docx_out import write_docx

            write_docx(plan, out)
        else:
            from gatekeeper.plan.pdf_out import write_pdf

            write_pdf(plan, out)
        return
    text = render_json(plan) if fmt == "json" else render_text(plan)
    if out is None:
        sys.stdout.write(text)
    else:
        out.write_text(text, encoding="utf-8")


def run_plan(args: argparse.Namespace) -> int:
    """Check the folder, draft the plan, write it. Exit 0 with no actions, 1 with some, 2 usage."""
    from gatekeeper.plan.draft import draft_plan

    if not args.folder.is_dir():
        print(f"gatekeeper: {args.folder} does not exist or is not a folder", file=sys.stderr)
        return EXIT_USAGE
    if args.format in ("docx", "pdf") and args.out is None:
        print(f"gatekeeper: --format {args.format} needs --out FILE", file=sys.stderr)
        return EXIT_USAGE
    if args.max_actions < 1 or args.review_after < 0:
        print(
            "gatekeeper: --max-actions must be 1 or more, --review-after 0 or more", file=sys.stderr
        )
        return EXIT_USAGE
    today = args.as_of or dt.date.today()
    if args.issue:
        return _draft_and_issue(args, today)
    report = check_folder(args.folder, Stage(args.stage), today, args.workers)
    plan = draft_plan(report, settings_from(args), today)
    return _write(args, plan)


def _write(args: argparse.Namespace, plan: ActionPlan) -> int:
    write_plan(plan, args.format, args.out)
    if args.out is not None:
        print(f"Action plan ({len(plan.actions)} actions) written to {args.out}", file=sys.stderr)
    for warning in plan.warnings:
        print(f"gatekeeper: warning: {warning}", file=sys.stderr)
    return EXIT_OK if not plan.actions else EXIT_FAIL


def _draft_and_issue(args: argparse.Namespace, today: dt.date) -> int:
    """Draft the plan from a check that applies the register's corrections and decisions, then
    record it in the register as the case's current plan."""
    from gatekeeper.pipeline import Checker, CheckSettings
    from gatekeeper.plan.draft import draft_plan
    from gatekeeper.plan.issue import NothingToIssue, issue_plan
    from gatekeeper.register import Register, RegisterError, check_and_record, default_user

    by = args.by or default_user()
    try:
        register = Register.open(args.register)
    except RegisterError as exc:
        print(f"gatekeeper: the plan was not issued: {exc}", file=sys.stderr)
        return 3
    with register, Checker(CheckSettings(workers=args.workers, as_of=today)) as checker:
        recorded = check_and_record(
            checker, args.folder, Stage(args.stage), register=register, by=by, record=False
        )
        if recorded.urn is None:
            print(
                "gatekeeper: the plan was not issued: no URN was found in the file", file=sys.stderr
            )
            return 3
        settings = settings_from(args)
        if settings.submission is None:
            try:
                submissions = register.case(recorded.urn).submissions
            except RegisterError:
                submissions = []
            settings.submission = submissions[-1].number if submissions else None
        plan = draft_plan(recorded.report, settings, today)
        try:
            issued = issue_plan(register, recorded.urn, plan, by=by)
        except NothingToIssue:
            print("gatekeeper: the plan has no actions, so nothing was issued", file=sys.stderr)
            return _write(args, plan)
        except RegisterError as exc:
            print(f"gatekeeper: the plan was not issued: {exc}", file=sys.stderr)
            return 3
    status = _write(args, plan)
    print(
        f"Issued as plan {issued.id} of {recorded.urn} in the case register "
        f"({len(plan.actions)} actions).",
        file=sys.stderr,
    )
    return status
