"""The ``gatekeeper`` command line: check a folder, make demo cases, explain rules, the register."""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from gatekeeper import __version__
from gatekeeper.cli_text import NEW_SUBMISSION_HELP, REGISTER_HELP
from gatekeeper.models import DocType, Phase, Progress, Role, Stage
from gatekeeper.pack.command import add_pack_commands
from gatekeeper.plan.command import add_plan_command

if TYPE_CHECKING:
    from gatekeeper.register import RecordedCheck, Register

EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2  # the register commands add 3 (commands.py)


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if not hasattr(args, "run"):
        parser.print_help()
        return EXIT_USAGE
    result: int = args.run(args)
    return result


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="gatekeeper", description="Check RASSO case files against DG6."
    )
    parser.add_argument("--version", action="version", version=f"gatekeeper {__version__}")
    commands = parser.add_subparsers(title="commands")

    check = commands.add_parser("check", help="check a submission folder (read-only)")
    check.add_argument("folder", type=Path, help="the submission folder; never written to")
    check.add_argument(
        "--stage",
        choices=[s.value for s in Stage],
        default=Stage.CHARGING.value,
        help="what is asked of the CPS (default: charging, a full code test request)",
    )
    check.add_argument(
        "--format", choices=["text", "json"], default="text", help="text for people, json for tools"
    )
    check.add_argument(
        "--checklist", type=Path, help="a checklist TOML file (default: the DG6 core)"
    )
    check.add_argument(
        "--overrides",
        type=Path,
        help="a JSON file of a person's corrections and decisions "
        '({"document_types": {path: type}, "roles": {path: role}, "decisions": {rule: {...}}})',
    )
    check.add_argument(
        "--as-of", type=dt.date.fromisoformat, help="date for action plan ages (YYYY-MM-DD)"
    )
    check.add_argument("--workers", type=int, help="reader processes (default: one per core)")
    check.add_argument(
        "--no-ocr",
        action="store_true",
        help="do not read scanned pages and pictures by OCR (they are then left for a person)",
    )
    check.add_argument("--quiet", action="store_true", help="no progress on stderr")
    check.add_argument(
        "--no-documents", action="store_true", help="text format: leave out the list of documents"
    )
    check.add_argument("--register", metavar="URL", help=REGISTER_HELP)
    check.add_argument(
        "--no-register", action="store_true", help="do not record this check in the case register"
    )
    check.add_argument("--by", help="who is checking, for the register (default: your login)")
    check.add_argument("--urn", help="the case's URN, when the file gives none or a wrong one")
    check.add_argument("--new-submission", action="store_true", help=NEW_SUBMISSION_HELP)
    check.set_defaults(run=_run_check)

    demo = commands.add_parser("demo", help="synthetic demonstration cases")
    demo.set_defaults(run=lambda args: _usage(demo))
    demo_commands = demo.add_subparsers(title="demo commands")
    make = demo_commands.add_parser("make", help="write demo cases into DIR")
    make.add_argument("dir", type=Path)
    make.add_argument("--case", action="append", help="only this case (repeatable)")
    make.add_argument("--force", action="store_true", help="replace demo cases already in DIR")
    make.set_defaults(run=_run_demo_make)
    listing = demo_commands.add_parser("list", help="list the demo cases")
    listing.set_defaults(run=_run_demo_list)

    rules = commands.add_parser("rules", help="list the checklist's rules, or explain one")
    rules.add_argument("rule", nargs="?", help="a rule id, e.g. ABE-REC")
    rules.add_argument("--checklist", type=Path)
    rules.add_argument("--markdown", action="store_true", help="the whole checklist as Markdown")
    rules.set_defaults(run=_run_rules)

    _register_parser(commands)
    add_plan_command(commands)
    add_pack_commands(commands)
    return parser


def _register_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """``gatekeeper register ...``: the case register's answers and a person's records."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--register", metavar="URL", help=REGISTER_HELP)
    who = argparse.ArgumentParser(add_help=False)
    who.add_argument("--by", help="who is recording this (default: your login)")
    day = argparse.ArgumentParser(add_help=False)
    day.add_argument(
        "--as-of", type=dt.date.fromisoformat, help="count days up to this date (YYYY-MM-DD)"
    )

    register = commands.add_parser("register", help="the case register: every check remembered")
    register.set_defaults(run=lambda args: _usage(register))
    sub = register.add_subparsers(title="register commands")

    def command(name: str, help: str, *parents: argparse.ArgumentParser) -> argparse.ArgumentParser:
        parser = sub.add_parser(name, help=help, parents=[common, *parents])
        parser.set_defaults(run=lambda args: _run_register(name, args))
        return parser

    listing = command("list", "the cases, with their counts and ages", day)
    listing.add_argument("--overdue", action="store_true", help="only cases with overdue actions")
    listing.add_argument("--format", choices=["text", "json", "csv"], default="text")

    show = command("show", "one case: submissions and their changes, plans, audit trail", day)
    show.add_argument("urn")
    show.add_argument("--format", choices=["text", "json"], default="text")

    stats = command(
        "stats", "for supervisors: open cases, overdue actions, failure rates", day, who
    )
    stats.add_argument("--since", type=dt.date.fromisoformat, help="first day (YYYY-MM-DD)")
    stats.add_argument("--until", type=dt.date.fromisoformat, help="last day (YYYY-MM-DD)")
    stats.add_argument("--format", choices=["text", "json", "csv"], default="text")

    decide = command("decide", "record a decision on a rule (applies again to the same files)", who)
    decide.add_argument("urn")
    decide.add_argument("rule", help="the rule id, e.g. KS-OFFICER")
    decide.add_argument("status", choices=["pass", "fail", "not_applicable"])
    decide.add_argument("--note", default="", help="why (shown with the finding)")
    decide.add_argument("--submission", type=int, help="as the finding stood in this submission")

    correct = command("correct", "correct a file's document type or statement role", who)
    correct.add_argument("urn")
    correct.add_argument("path", help="the file's path in the last submission")
    correct.add_argument("--type", choices=[t.value for t in DocType], dest="doc_type")
    correct.add_argument("--role", choices=[r.value for r in Role])
    correct.add_argument("--note", default="")

    urn = command("urn", "correct a case's URN", who)
    urn.add_argument("urn")
    urn.add_argument("new_urn")

    plan = command("plan", "record an action plan issued for a case", who)
    plan.add_argument("urn")
    plan.add_argument("--issued", type=dt.date.fromisoformat, default=dt.date.today())
    plan.add_argument("--action", action="append", default=[], help="an action (repeatable)")
    plan.add_argument("--owner", action="append", default=[], help="its owner (one, or one each)")
    plan.add_argument(
        "--due", action="append", default=[], type=dt.date.fromisoformat, help="its due date"
    )

    action = command("action", "set an action's status", who)
    action.add_argument("id", type=int)
    action.add_argument("status", choices=["open", "answered", "withdrawn"])

    close = command("close", "close a case (no longer counted as open)", who)
    close.add_argument("urn")
    close.add_argument("--reason", required=True)

    command("verify", "check the audit trail's hash chain: name the first row rewritten or removed")


def _run_register(name: str, args: argparse.Namespace) -> int:
    from gatekeeper.register.commands import run

    return run(name, args)


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    return EXIT_USAGE


def _run_check(args: argparse.Namespace) -> int:
    from gatekeeper.pipeline import CancelToken, Checker, CheckSettings, NotAFolderError
    from gatekeeper.pool import Budget
    from gatekeeper.register import check_and_record, recorded_line
    from gatekeeper.report_text import render_text

    if not args.folder.is_dir():
        print(f"gatekeeper: {args.folder} does not exist or is not a folder", file=sys.stderr)
        return EXIT_USAGE
    overrides = None
    if args.overrides is not None:
        from pydantic import ValidationError

        from gatekeeper.models import Overrides

        try:
            overrides = Overrides.model_validate_json(args.overrides.read_bytes())
        except (OSError, ValidationError) as exc:
            print(f"gatekeeper: the overrides file cannot be used: {exc}", file=sys.stderr)
            return EXIT_USAGE
    settings = CheckSettings(
        workers=args.workers,
        budget=Budget(ocr=not args.no_ocr),
        checklist_path=args.checklist,
        as_of=args.as_of,
    )
    register = None if args.no_register else _open_register(args.register)
    show = _progress_printer() if not args.quiet and sys.stderr.isatty() else None
    cancel = CancelToken()
    outcome: dict[str, RecordedCheck | BaseException] = {}

    def work() -> None:
        try:
            with Checker(settings) as checker:
                outcome["report"] = check_and_record(
                    checker,
                    args.folder,
                    Stage(args.stage),
                    register=register,
                    by=args.by,
                    overrides=overrides,
                    progress=show,
                    cancel=cancel,
                    urn=args.urn,
                    new=args.new_submission,
                )
        except BaseException as exc:  # handed to the main thread, which reports it
            outcome["error"] = exc
        finally:
            if register is not None:
                register.close()

    # The check runs in a thread so that Ctrl-C cancels it and still prints what was done.
    worker = threading.Thread(target=work, name="gatekeeper-check")
    worker.start()
    while worker.is_alive():
        try:
            worker.join(0.2)
        except KeyboardInterrupt:
            print("\nCancelling: the findings will be provisional.", file=sys.stderr)
            cancel.cancel()
    if "error" in outcome:
        error = outcome["error"]
        if isinstance(error, NotAFolderError):
            print(f"gatekeeper: {error}", file=sys.stderr)
            return EXIT_USAGE
        if isinstance(error, BaseException):
            raise error
    recorded = outcome["report"]
    assert not isinstance(recorded, BaseException)
    report = recorded.report.printable()  # odd file names escaped, never raw to the terminal
    if show is not None:
        print(file=sys.stderr)
    if args.format == "json":
        print(report.model_dump_json(indent=2))
    else:
        print(render_text(report, show_documents=not args.no_documents), end="")
    # The register's outcome goes to stderr: stdout stays the report (JSON stays parseable), and
    # a register failure never changes the exit code, which is the check's verdict.
    if recorded.problem:
        print(f"gatekeeper: {recorded.problem}", file=sys.stderr)
    elif recorded.submission is not None and register is not None:
        print(recorded_line(recorded, register.location), file=sys.stderr)
    return EXIT_OK if report.summary.would_pass else EXIT_FAIL


def _open_register(url: str | None) -> Register | None:
    """The register for a check, or None (with the reason on stderr): the check runs either way."""
    from gatekeeper.register import Register, RegisterError

    try:
        register = Register.open(url)
    except RegisterError as exc:
        print(f"gatekeeper: {exc} The check goes on, but it will not be recorded.", file=sys.stderr)
        return None
    for warning in register.warnings:
        print(f"gatekeeper: warning: {warning}", file=sys.stderr)
    return register


def _progress_printer() -> Callable[[Progress], None]:
    def show(progress: Progress) -> None:
        if progress.phase is Phase.READING and progress.files_total:
            mb_done, mb_total = progress.bytes_done / 1e6, progress.bytes_total / 1e6
            current = (progress.current or "")[-50:]
            line = (
                f"Reading {progress.files_done}/{progress.files_total} files "
                f"({mb_done:,.0f} of {mb_total:,.0f} MB) {current}"
            )
            print(f"\r{line:<110}", end="", file=sys.stderr, flush=True)
        elif progress.phase is Phase.LISTING and progress.files_total:
            print(
                f"\rFound {progress.files_total} files ({progress.bytes_total / 1e6:,.0f} MB)",
                end="",
                file=sys.stderr,
                flush=True,
            )

    return show


def _run_demo_make(args: argparse.Namespace) -> int:
    from gatekeeper.demo import DEMO_CASES, make_demo_cases

    names = args.case or list(DEMO_CASES)
    unknown = [n for n in names if n not in DEMO_CASES]
    if unknown:
        print(
            f"gatekeeper: no demo case called {', '.join(unknown)} (see 'gatekeeper demo list')",
            file=sys.stderr,
        )
        return EXIT_USAGE
    for name in names:
        target = args.dir / name
        if target.exists():
            if not args.force:
                print(f"gatekeeper: {target} exists; use --force to replace it", file=sys.stderr)
                return EXIT_USAGE
            shutil.rmtree(target)
    for folder in make_demo_cases(args.dir, names):
        print(folder)
    return EXIT_OK


def _run_demo_list(args: argparse.Namespace) -> int:
    from gatekeeper.demo import DEMO_CASES

    for name, spec in DEMO_CASES.items():
        print(f"{name}\n    {spec.description}")
    return EXIT_OK


def _run_rules(args: argparse.Namespace) -> int:
    from gatekeeper.checklist import load_checklist
    from gatekeeper.rule_docs import checklist_markdown, explain

    checklist = load_checklist(args.checklist).checklist
    if args.markdown:
        print(checklist_markdown(checklist), end="")
        return EXIT_OK
    if args.rule:
        rule = next((r for r in checklist.rule if r.id == args.rule.upper()), None)
        if rule is None:
            print(f"gatekeeper: no rule {args.rule}", file=sys.stderr)
            return EXIT_USAGE
        print(explain(rule))
        return EXIT_OK
    for rule in checklist.rule:
        print(f"{rule.id:<16} {rule.severity.value:<9} {rule.title}")
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
