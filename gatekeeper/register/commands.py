"""``gatekeeper register ...``: each command opens the register, answers or records, and closes it.

Exit codes: 0 done; 1 the audit trail's chain is broken (``verify``); 2 a usage error; 3 the
register cannot be opened or has no such record.
"""

from __future__ import annotations

import argparse
import json
import sys

from gatekeeper.models import DocType, Role, Status
from gatekeeper.register.checking import default_user
from gatekeeper.register.errors import RegisterError
from gatekeeper.register.export import cases_csv, stats_csv
from gatekeeper.register.store import Register
from gatekeeper.register.text import case_text, cases_text, stats_text
from gatekeeper.register.views import NewAction

EXIT_OK, EXIT_FAIL, EXIT_USAGE, EXIT_REGISTER = 0, 1, 2, 3


def run(name: str, args: argparse.Namespace) -> int:
    try:
        register = Register.open(args.register)
    except RegisterError as exc:
        print(f"gatekeeper: {exc}", file=sys.stderr)
        return EXIT_REGISTER
    for warning in register.warnings:
        print(f"gatekeeper: warning: {warning}", file=sys.stderr)
    try:
        with register:
            return COMMANDS[name](register, args)
    except RegisterError as exc:
        print(f"gatekeeper: {exc}", file=sys.stderr)
        return EXIT_REGISTER


def _by(args: argparse.Namespace) -> str:
    return str(args.by or default_user())


def _list(register: Register, args: argparse.Namespace) -> int:
    cases = register.cases(args.as_of, overdue_only=args.overdue)
    if args.format == "json":
        print(json.dumps([c.model_dump(mode="json") for c in cases], indent=2))
    elif args.format == "csv":
        print(cases_csv(cases), end="")
        register.log_export("case list (CSV)", by=default_user(), detail={"cases": len(cases)})
    else:
        print(cases_text(cases), end="")
    return EXIT_OK


def _show(register: Register, args: argparse.Namespace) -> int:
    case = register.case(args.urn, args.as_of)
    if args.format == "json":
        print(case.model_dump_json(indent=2))
    else:
        print(case_text(case), end="")
    return EXIT_OK


def _stats(register: Register, args: argparse.Namespace) -> int:
    stats = register.stats(args.since, args.until, args.as_of)
    if args.format == "json":
        print(stats.model_dump_json(indent=2))
    elif args.format == "csv":
        print(stats_csv(stats), end="")
        register.log_export(
            "supervisor figures (CSV)",
            by=_by(args),
            detail={"since": str(args.since or ""), "until": str(args.until or "")},
        )
    else:
        print(stats_text(stats), end="")
    return EXIT_OK


def _decide(register: Register, args: argparse.Namespace) -> int:
    register.decide(
        args.urn,
        args.rule,
        Status(args.status),
        by=_by(args),
        note=args.note,
        submission=args.submission,
    )
    print(f"Recorded: {args.rule.upper()} {args.status} for {args.urn}.")
    return EXIT_OK


def _correct(register: Register, args: argparse.Namespace) -> int:
    if args.doc_type is None and args.role is None:
        print("gatekeeper: give --type or --role", file=sys.stderr)
        return EXIT_USAGE
    sha = register.correct(
        args.urn,
        args.path,
        by=_by(args),
        doc_type=DocType(args.doc_type) if args.doc_type else None,
        role=Role(args.role) if args.role else None,
        note=args.note,
    )
    print(
        f"Recorded for {args.path} (SHA-256 {sha[:12]}...): it applies wherever the file appears."
    )
    return EXIT_OK


def _urn(register: Register, args: argparse.Namespace) -> int:
    register.correct_urn(args.urn, args.new_urn, by=_by(args))
    print(f"Case {args.urn} is now {args.new_urn}.")
    return EXIT_OK


def _plan(register: Register, args: argparse.Namespace) -> int:
    n = len(args.action)
    if not n or len(args.owner) not in (1, n) or len(args.due) not in (0, 1, n):
        print(
            "gatekeeper: give at least one --action, and one --owner (and --due) for all or each",
            file=sys.stderr,
        )
        return EXIT_USAGE
    owners = args.owner * n if len(args.owner) == 1 else args.owner
    dues = args.due * n if len(args.due) == 1 else (args.due or [None] * n)
    actions = [
        NewAction(text=text, owner=owner, due=due)
        for text, owner, due in zip(args.action, owners, dues, strict=True)
    ]
    plan = register.issue_plan(args.urn, args.issued, actions, by=_by(args))
    print(f"Recorded action plan {plan.id} of {plan.issued:%d/%m/%Y} with {n} action(s).")
    return EXIT_OK


def _action(register: Register, args: argparse.Namespace) -> int:
    register.set_action_status(args.id, args.status, by=_by(args))
    print(f"Action {args.id} is {args.status}.")
    return EXIT_OK


def _close(register: Register, args: argparse.Namespace) -> int:
    register.close_case(args.urn, by=_by(args), reason=args.reason)
    print(f"Case {args.urn} closed.")
    return EXIT_OK


def _verify(register: Register, args: argparse.Namespace) -> int:
    found = register.check_audit()
    older = (
        f" ({found.unchained} older rows were written before the chain began)"
        if found.unchained
        else ""
    )
    if found.ok:
        print(f"The audit trail's hash chain holds: {found.checked} rows checked{older}.")
        return EXIT_OK
    print(f"The audit trail's hash chain is broken at {found.problem}.", file=sys.stderr)
    return EXIT_FAIL


COMMANDS = {
    "list": _list,
    "show": _show,
    "stats": _stats,
    "decide": _decide,
    "correct": _correct,
    "urn": _urn,
    "plan": _plan,
    "action": _action,
    "close": _close,
    "verify": _verify,
}
