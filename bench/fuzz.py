"""``make fuzz``: the whole adversarial corpus through check, export and verify (not in
``make test``, which runs a small fixed sample: ``tests/test_fuzz_sample.py``).

Nothing is fetched: the corpus is made from the demo cases and ``gatekeeper.demo.hostile``
(``tests/fuzz_corpus.py``). Each folder must give exit 0 or 1 from check and export, a report
listing every file with its SHA-256 and no raw exception text, a pack that verifies against the
folder, the folder unchanged and nothing left in the temp folder, within the time budget.

    python bench/fuzz.py [--seed N] [--per-case N] [--budget SECONDS] [--out docs/fuzz.md]
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from fuzz_corpus import Run, hostile_folder, mutant_folders, put_through  # noqa: E402

CASES = ["compliant", "compliant-national-form", "compliant-prose", "typical-first-submission"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--per-case", type=int, default=3)
    parser.add_argument("--budget", type=float, default=600.0)
    parser.add_argument("--no-libreoffice", action="store_true")
    parser.add_argument("--out", type=Path, help="write the results as markdown here")
    args = parser.parse_args()
    runs: list[Run] = []
    with tempfile.TemporaryDirectory(prefix="gatekeeper-fuzz-") as scratch:
        root = Path(scratch)
        folders = [hostile_folder(root / "corpus", full=True)]
        folders += mutant_folders(root / "corpus", args.seed, CASES, args.per_case)
        work = root / "work"
        work.mkdir()
        for folder in folders:
            run = put_through(folder, work, args.budget, not args.no_libreoffice)
            runs.append(run)
            state = "held" if not run.problems else "; ".join(run.problems)
            print(f"{run.folder}: {run.files} files, {run.seconds:.1f} s: {state}", flush=True)
    table = _table(runs, args)
    print(table)
    if args.out:
        args.out.write_text(table)
    return 0 if all(not r.problems for r in runs) else 1


def _table(runs: list[Run], args: argparse.Namespace) -> str:
    lines = [
        "# Fuzz: the adversarial corpus through check, export and verify",
        "",
        f"Run {dt.date.today():%d/%m/%Y} with `python bench/fuzz.py` (seed {args.seed}, "
        f"{args.per_case} damaged copies of each of {len(CASES)} demo cases, the hostile folder, "
        f"{args.budget:.0f} s budget a command, LibreOffice "
        f"{'off' if args.no_libreoffice else 'on'}). Peak memory: the largest process of each "
        "command (its readers and LibreOffice included), in MB.",
        "",
        "| folder | files | seconds | check MB | export MB | verify MB | outcome |",
        "|---|---|---|---|---|---|---|",
    ]
    for run in runs:
        outcome = "held" if not run.problems else "; ".join(run.problems).replace("|", "/")
        peaks = " | ".join(f"{run.peak_mb.get(c, 0):.0f}" for c in ("check", "export", "verify"))
        lines.append(f"| {run.folder} | {run.files} | {run.seconds:.1f} | {peaks} | {outcome} |")
    held = sum(1 for r in runs if not r.problems)
    lines += ["", f"{held} of {len(runs)} folders held.", ""]
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
