"""The ``gatekeeper`` command line: check a folder, make demo cases, explain rules."""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import sys
import threading
from collections.abc import Callable
from pathlib import Path

from gatekeeper import __version__
from gatekeeper.models import Phase, Progress, Report, Stage

EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2


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
    return parser


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    return EXIT_USAGE


def _run_check(args: argparse.Namespace) -> int:
    from gatekeeper.pipeline import CancelToken, Checker, CheckSettings, NotAFolderError
    from gatekeeper.pool import Budget
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
    show = _progress_printer() if not args.quiet and sys.stderr.isatty() else None
    cancel = CancelToken()
    outcome: dict[str, Report | BaseException] = {}

    def work() -> None:
        try:
            with Checker(settings) as checker:
                outcome["report"] = checker.check(
                    args.folder, Stage(args.stage), overrides, progress=show, cancel=cancel
                )
        except BaseException as exc:  # handed to the main thread, which reports it
            outcome["error"] = exc

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
    report = outcome["report"]
    assert isinstance(report, Report)
    if show is not None:
        print(file=sys.stderr)
    if args.format == "json":
        print(report.model_dump_json(indent=2))
    else:
        print(render_text(report, show_documents=not args.no_documents), end="")
    return EXIT_OK if report.summary.would_pass else EXIT_FAIL


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
