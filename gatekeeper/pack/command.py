"""``gatekeeper export`` and ``gatekeeper verify``: the referral pack from the command line.

``add_pack_commands(subparsers)`` adds both to the ``gatekeeper`` parser; each sets ``run``.
Exit status: export 0 when the pack was written, 1 when it could not be, 2 for a usage error;
verify 0 when everything matches the manifest, 1 when anything differs, 2 for a usage error.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gatekeeper.cli_text import NEW_SUBMISSION_HELP, REGISTER_HELP
from gatekeeper.models import Stage

if TYPE_CHECKING:
    from gatekeeper.pack.export import PackProgress

EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2


def add_pack_commands(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    export = subparsers.add_parser(
        "export", help="check a folder and write its referral pack (the folder is never written to)"
    )
    export.add_argument("folder", type=Path, help="the submission folder; only read")
    export.add_argument("--out", type=Path, required=True, help="the pack folder to write")
    export.add_argument("--zip", action="store_true", help="write the pack as one .zip file")
    export.add_argument(
        "--password-file",
        type=Path,
        help="a file whose first line is the password: PDFs and the zip encrypted with AES-256",
    )
    export.add_argument("--force", action="store_true", help="replace a pack already at --out")
    export.add_argument(
        "--stage",
        choices=[s.value for s in Stage],
        default=Stage.CHARGING.value,
        help="what is asked of the CPS (default: charging)",
    )
    export.add_argument(
        "--plan",
        type=Path,
        action="append",
        default=[],
        metavar="FILE",
        help="an action plan file (DOCX or PDF) to include (repeatable)",
    )
    export.add_argument(
        "--no-libreoffice",
        action="store_true",
        help="draw documents that are not PDF from their text and tables, without LibreOffice",
    )
    export.add_argument("--register", metavar="URL", help=REGISTER_HELP)
    export.add_argument(
        "--no-register", action="store_true", help="do not record the check and the export"
    )
    export.add_argument(
        "--sign-key",
        type=Path,
        metavar="PRIVATE_KEY",
        help="sign the manifest with the unit's private key (made by 'gatekeeper keys new')",
    )
    export.add_argument(
        "--sign-passphrase-file", type=Path, help="the private key's passphrase, if it has one"
    )
    export.add_argument("--by", help="who is exporting (default: your login)")
    export.add_argument("--new-submission", action="store_true", help=NEW_SUBMISSION_HELP)
    export.add_argument("--quiet", action="store_true", help="no progress on stderr")
    export.set_defaults(run=run_export)

    verify = subparsers.add_parser(
        "verify", help="re-hash a referral pack against its manifest (and its source folder)"
    )
    verify.add_argument("pack", type=Path, help="the pack folder or .zip")
    verify.add_argument("--source", type=Path, help="also verify the submission folder")
    verify.add_argument("--password-file", type=Path, help="an encrypted zip's password")
    verify.add_argument(
        "--manifest-sha256", help="the manifest's SHA-256 as the register recorded it"
    )
    verify.add_argument(
        "--public-key",
        type=Path,
        help="the unit's public key: the manifest must carry its signature",
    )
    verify.add_argument(
        "--register",
        metavar="URL",
        help="also check the manifest against the exports this register recorded for the case, "
        "and the register's audit chain",
    )
    verify.set_defaults(run=run_verify)

    keys = subparsers.add_parser("keys", help="the unit's key pair for signing referral packs")
    key_commands = keys.add_subparsers(dest="keys_command", required=True)
    new = key_commands.add_parser(
        "new",
        help="make a key pair: keep the private key where only the exporting account can read "
        "it; give the public key to whoever verifies packs",
    )
    new.add_argument("private", type=Path, help="where to write the private key (never replaced)")
    new.add_argument(
        "--public", type=Path, help="where to write the public key (default: PRIVATE.pub)"
    )
    new.add_argument("--passphrase-file", type=Path, help="protect the private key with this")
    new.set_defaults(run=run_new_key)


def _password(path: Path | None) -> str | None:
    if path is None:
        return None
    lines = path.read_text(encoding="utf-8").splitlines()
    if not lines or not lines[0]:
        raise ValueError(f"{path} holds no password on its first line")
    return lines[0]


def run_new_key(args: argparse.Namespace) -> int:
    from gatekeeper.pack.signing import SigningError, new_key_pair

    public = args.public or args.private.with_name(args.private.name + ".pub")
    try:
        passphrase = _password(args.passphrase_file)
        identity = new_key_pair(args.private, public, passphrase)
    except (OSError, ValueError, UnicodeDecodeError) as exc:
        print(f"gatekeeper: the passphrase file cannot be used: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except SigningError as exc:
        print(f"gatekeeper: {exc}", file=sys.stderr)
        return EXIT_FAIL
    print(f"Key {identity} made.")
    print(f"  private key: {args.private} (readable by you only: keep it out of shared folders)")
    print(f"  public key:  {public} (give it to whoever verifies packs: --public-key)")
    return EXIT_OK


def _signer(args: argparse.Namespace) -> Any:
    """The unit's signer for an export, or None; raises SigningError or ValueError."""
    if args.sign_key is None:
        return None
    from gatekeeper.pack.signing import load_signer

    return load_signer(args.sign_key, _password(args.sign_passphrase_file))


def run_export(args: argparse.Namespace) -> int:
    from gatekeeper.pack import PackError, PackSettings, RenderSettings, export_pack
    from gatekeeper.pipeline import Checker, CheckSettings
    from gatekeeper.register import default_user

    if not args.folder.is_dir():
        print(f"gatekeeper: {args.folder} does not exist or is not a folder", file=sys.stderr)
        return EXIT_USAGE
    try:
        password = _password(args.password_file)
    except (OSError, ValueError, UnicodeDecodeError) as exc:
        print(f"gatekeeper: the password file cannot be used: {exc}", file=sys.stderr)
        return EXIT_USAGE
    from gatekeeper.pack.signing import NeedsPassphrase, SigningError

    try:
        signer = _signer(args)
    except (OSError, ValueError, UnicodeDecodeError) as exc:
        print(f"gatekeeper: the passphrase file cannot be used: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except NeedsPassphrase as exc:
        print(f"gatekeeper: {exc} Give it: --sign-passphrase-file", file=sys.stderr)
        return EXIT_USAGE
    except SigningError as exc:
        print(f"gatekeeper: {exc}", file=sys.stderr)
        return EXIT_USAGE
    register = None if args.no_register else _open_register(args.register)
    by = args.by or default_user()
    show = None if args.quiet or not sys.stderr.isatty() else _progress
    submission: str | None = None
    try:
        with Checker(CheckSettings()) as checker:
            if register is not None:
                from gatekeeper.register import check_and_record, recorded_line

                recorded = check_and_record(
                    checker,
                    args.folder,
                    Stage(args.stage),
                    register=register,
                    by=by,
                    new=args.new_submission,
                )
                report = recorded.report
                if recorded.problem:
                    print(f"gatekeeper: {recorded.problem}", file=sys.stderr)
                if recorded.submission is not None:
                    submission = f"submission {recorded.submission.number} of {recorded.urn}"
                    print(recorded_line(recorded, register.location), file=sys.stderr)
            else:
                report = checker.check(args.folder, Stage(args.stage))
        settings = PackSettings(
            render=RenderSettings(libreoffice=not args.no_libreoffice), signer=signer
        )
        result = export_pack(
            report,
            args.folder,
            args.out,
            by=by,
            plan_files=args.plan,
            password=password,
            force=args.force,
            zip_pack=args.zip,
            register=register,
            submission=submission,
            settings=settings,
            progress=show,
        )
    except PackError as exc:
        if show is not None:
            print(file=sys.stderr)
        print(f"gatekeeper: {exc}", file=sys.stderr)
        return EXIT_FAIL
    finally:
        if register is not None:
            register.close()
    if show is not None:
        print(file=sys.stderr)
    print(f"Referral pack written: {result.path}")
    print(f"  {len(result.files)} files; manifest SHA-256 {result.manifest_sha256}")
    if result.signed_by:
        print(f"  manifest signed with the unit's key {result.signed_by}")
    print(f"  bundle: {sum(1 for p in result.bundle if p.first_page)} documents", end="")
    print(f"; confidential part: {len(result.confidential)} documents")
    for item in result.not_processed:
        print(f"  not processed: {item.path}: {item.reason}")
    for warning in result.warnings:
        print(f"gatekeeper: warning: {warning}", file=sys.stderr)
    if result.recorded:
        print("  recorded in the case register's audit trail")
    return EXIT_OK


def run_verify(args: argparse.Namespace) -> int:
    from gatekeeper.pack import verify_pack

    if not args.pack.exists():
        print(f"gatekeeper: {args.pack} does not exist", file=sys.stderr)
        return EXIT_USAGE
    try:
        password = _password(args.password_file)
    except (OSError, ValueError, UnicodeDecodeError) as exc:
        print(f"gatekeeper: the password file cannot be used: {exc}", file=sys.stderr)
        return EXIT_USAGE
    from gatekeeper.pack.signing import SigningError, load_public_key

    try:
        public = load_public_key(args.public_key) if args.public_key else None
    except SigningError as exc:
        print(f"gatekeeper: {exc}", file=sys.stderr)
        return EXIT_USAGE
    result = verify_pack(
        args.pack,
        args.source,
        password=password,
        manifest_sha256=args.manifest_sha256,
        public_key=public,
    )
    if args.register and result.manifest_sha256:
        result.problems += _against_register(args.register, result.urn, result.manifest_sha256)
    lines = [f"{label}: {path}" for label, paths in _differences(result) for path in paths]
    for line in lines:
        print(line)
    if result.ok:
        source = f" and {result.source_checked} source files" if args.source else ""
        print(f"OK: {result.checked} pack files{source} match the manifest.")
        if result.signature_checked:
            print(f"OK: the manifest carries the unit's signature (key {result.signed_by}).")
        elif result.signed_by:
            print(
                f"The manifest is signed with key {result.signed_by}, not checked: give the "
                "unit's public key (--public-key) to check it."
            )
        if args.register:
            print(
                f"OK: the manifest is one the register recorded at an export of "
                f"{result.urn or 'the case'}, and the register's audit chain holds."
            )
        return EXIT_OK
    print(f"FAILED: {len(lines)} difference(s) from the manifest.")
    return EXIT_FAIL


def _against_register(url: str, urn: str | None, manifest_sha256: str) -> list[str]:
    """What the register says against the pack: its manifest must be one recorded at an export
    of the case, and the audit trail that recorded it unbroken."""
    from gatekeeper.register import Register, RegisterError

    try:
        with Register.open(url) as register:
            recorded = [
                str(a.detail.get("manifest_sha256"))
                for a in register.audit(urn)
                if a.action == "export" and a.detail.get("manifest_sha256")
            ]
            chain = register.check_audit()
    except RegisterError as exc:
        return [f"the register could not be read: {exc}"]
    problems = []
    if manifest_sha256 not in recorded:
        problems.append(
            f"the manifest is not one the register recorded at an export of {urn or 'this case'} "
            f"({len(recorded)} export(s) recorded): the pack and its manifest may have been "
            "rewritten together"
        )
    if not chain.ok:
        problems.append(f"the register's audit trail is broken at {chain.problem}")
    return problems


def _differences(result: Any) -> list[tuple[str, list[str]]]:
    return [
        ("problem", result.problems),
        ("missing", result.missing),
        ("changed", result.changed),
        ("extra", result.extra),
        ("source missing", result.source_missing),
        ("source changed", result.source_changed),
        ("source extra", result.source_extra),
    ]


def _open_register(url: str | None) -> Any:
    from gatekeeper.register import Register, RegisterError

    try:
        return Register.open(url)
    except RegisterError as exc:
        print(
            f"gatekeeper: {exc} The export goes on, but it will not be recorded.", file=sys.stderr
        )
        return None


def _progress(progress: PackProgress) -> None:
    total = f"{progress.done}/{progress.total} " if progress.total else ""
    current = (progress.current or "")[-50:]
    line = f"{progress.step.capitalize()} {total}{current}"
    print(f"\r{line:<100}", end="", file=sys.stderr, flush=True)
