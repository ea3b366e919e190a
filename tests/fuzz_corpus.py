"""The adversarial corpus, made here and never fetched: mutants of the demo cases' own files
(byte flips, cuts, zeroed and repeated runs), the hostile constructions of
``gatekeeper.demo.hostile`` (zip and XML bombs, deep and flate-bombed PDFs, a far cell, hidden
sheets, cut PDFs), a 20,000-page PDF and file names no terminal should see raw; and the run that
puts each folder through ``check``, ``export`` and ``verify`` as a user would, with a time budget,
and says what held.

Shared by ``bench/fuzz.py`` (``make fuzz``: the whole corpus) and ``tests/test_fuzz_sample.py``
(a small fixed sample in ``make test``).
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from gatekeeper.demo import DEMO_CASES, build_case, hostile

# What a reader's raw exception looks like: never a user's finding.
RAW = re.compile(
    r"Traceback|object at 0x|\bErrno\b|Exception\b|Error:|negative seek|PDFium|BytesIO|"
    r"UnicodeEncodeError|cannot identify image file",
    re.IGNORECASE,
)
MUTATIONS = ("flip", "cut", "zero", "repeat")
MUTATED = (".pdf", ".docx", ".xlsx", ".odt", ".rtf", ".eml", ".png", ".jpg", ".mp4", ".wav")
# File names a file system allows and a terminal must not see raw (bytes, as the OS gives them).
ODD_NAMES = (
    b"\x1b[31mred statement.pdf",
    b"two\nlines.pdf",
    b"caf\xe9 latin-1.pdf",
    b"tab\there.pdf",
)


@dataclass
class Run:
    """One folder through check, export and verify."""

    folder: str
    files: int
    seconds: float = 0.0
    peak_mb: dict[str, float] = field(default_factory=dict)
    """The largest process of each command (check, export, verify), in MB."""
    problems: list[str] = field(default_factory=list)


def mutate(data: bytes, kind: str, rng: random.Random) -> bytes:
    """``data`` damaged one way: bytes flipped, cut short, a run zeroed, or a run repeated."""
    if not data:
        return data
    out = bytearray(data)
    if kind == "flip":
        for _ in range(max(1, len(out) // 2000)):
            out[rng.randrange(len(out))] ^= rng.randrange(1, 256)
    elif kind == "cut":
        out = out[: rng.randrange(max(1, len(out) // 10), len(out))]
    elif kind == "zero":
        start = rng.randrange(len(out))
        end = min(len(out), start + rng.randrange(16, 4096))
        out[start:end] = bytes(end - start)
    else:  # repeat
        start = rng.randrange(len(out))
        run = out[start : start + rng.randrange(16, 4096)]
        out[start:start] = run * rng.randrange(2, 50)
    return bytes(out)


def mutant_folders(root: Path, seed: int, cases: list[str], per_case: int) -> list[Path]:
    """Copies of demo cases, ``per_case`` each, with a third of their files damaged in place
    (the folder still reads as a case file: the rest is untouched)."""
    rng = random.Random(seed)
    made = []
    for name in cases:
        original = root / "_demo" / name
        if not original.exists():
            build_case(DEMO_CASES[name], original)
        for number in range(per_case):
            folder = root / f"{name}-mutant-{number}"
            shutil.copytree(original, folder)
            files = sorted(p for p in folder.rglob("*") if p.suffix.lower() in MUTATED)
            for path in rng.sample(files, max(1, len(files) // 3)):
                path.write_bytes(mutate(path.read_bytes(), rng.choice(MUTATIONS), rng))
            made.append(folder)
    return made


def hostile_folder(root: Path, full: bool) -> Path:
    """One of each hostile construction, with odd names; ``full`` adds the slow ones (a flate
    bomb, a 3 GB sparse file, a 20,000-page PDF, twenty cut PDFs)."""
    folder = root / "hostile"
    hostile.write_all(folder)
    hostile.write_far_cell_xlsx(folder / "far cell.xlsx")
    hostile.write_merged_sheet_xlsx(folder / "merged.xlsx")
    hostile.write_hidden_sheets_xlsx(folder / "hidden sheets.xlsx")
    hostile.write_flipped_pdf(folder / "flipped.pdf")
    hostile.write_broken_page_pdf(folder / "broken page.pdf")
    for name in ODD_NAMES:
        with open(os.path.join(os.fsencode(folder), name), "wb") as handle:
            handle.write(hostile.minimal_pdf(b"BT /F1 12 Tf 72 700 Td (odd name) Tj ET"))
    if full:
        hostile.write_flate_bomb_pdf(folder / "flate bomb.pdf")
        hostile.write_huge_sparse(folder / "huge.pdf")
        (folder / "cut").mkdir()
        hostile.write_cut_pdfs(folder / "cut")
        write_many_pages_pdf(folder / "many pages.pdf", 20_000)
    return folder


def write_many_pages_pdf(path: Path, pages: int) -> None:
    """A PDF of ``pages`` empty pages sharing one content stream, written object by object."""
    kids = " ".join(f"{4 + i} 0 R" for i in range(pages))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {pages} >>".encode(),
        b"<< /Length 0 >>\nstream\n\nendstream",
    ] + [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 3 0 R >>"] * pages
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    path.write_bytes(bytes(out))


def digest(folder: Path) -> str:
    """Names (as bytes), link targets and contents below ``folder``: any change shows."""
    h = hashlib.sha256()
    for dirpath, dirnames, filenames in os.walk(os.fsencode(folder), followlinks=False):
        dirnames.sort()
        for name in sorted(filenames):
            path = os.path.join(dirpath, name)
            h.update(path)
            if os.path.islink(path):
                h.update(b"L" + os.readlink(path))
            elif os.path.getsize(path) < 64 << 20:
                with open(path, "rb") as handle:
                    h.update(hashlib.sha256(handle.read()).digest())
            else:
                h.update(str(os.stat(path).st_size).encode())
    return h.hexdigest()


def _gatekeeper(
    args: list[str], budget: float, env: dict[str, str], run: Run
) -> subprocess.CompletedProcess[str]:
    """One command, its output kept in files (a pipe could fill and stall it), its peak memory
    (the largest process of it, readers and LibreOffice included once they are waited for) added
    to ``run``; over ``budget`` seconds it is killed and TimeoutExpired raised."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        command = [sys.executable, "-m", "gatekeeper.cli", *args]
        process = subprocess.Popen(command, stdout=out, stderr=err, env=env)
        deadline = time.monotonic() + budget
        while True:
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() > deadline:
                process.kill()
                os.wait4(process.pid, 0)
                raise subprocess.TimeoutExpired(command, budget)
            time.sleep(0.05)
        run.peak_mb[args[0]] = usage.ru_maxrss / 1024
        out.seek(0)
        err.seek(0)
        return subprocess.CompletedProcess(
            command,
            os.waitstatus_to_exitcode(status),
            out.read().decode(errors="replace"),
            err.read().decode(errors="replace"),
        )


def put_through(folder: Path, work: Path, budget: float, libreoffice: bool) -> Run:
    """``folder`` through check, export and verify, as a user would; each shortfall named."""
    files = sum(1 for _, _, names in os.walk(folder) for _ in names)
    run = Run(folder.name, files)
    temp = work / f"tmp-{folder.name}"
    temp.mkdir()
    env = dict(os.environ, TMPDIR=str(temp), XDG_DATA_HOME=str(work / "data"))
    before = digest(folder)
    start = time.monotonic()
    try:
        checked = _gatekeeper(
            ["check", str(folder), "--format", "json", "--no-register"], budget, env, run
        )
        run.problems += _check_problems(checked, files)
        pack = work / f"pack-{folder.name}"
        export = ["export", str(folder), "--out", str(pack), "--no-register", "--quiet"]
        exported = _gatekeeper(
            export + ([] if libreoffice else ["--no-libreoffice"]), budget, env, run
        )
        if exported.returncode not in (0, 1):
            run.problems.append(f"export exit {exported.returncode}: {exported.stderr[-300:]}")
        elif not (pack / "manifest.json").exists():
            run.problems.append("export wrote no manifest")
        else:
            verified = _gatekeeper(["verify", str(pack), "--source", str(folder)], budget, env, run)
            if verified.returncode != 0:
                run.problems.append(f"verify exit {verified.returncode}: {verified.stdout[-300:]}")
        for done in (checked, exported):
            if "Traceback" in done.stderr:
                run.problems.append(f"a traceback on stderr: {done.stderr[-300:]}")
    except subprocess.TimeoutExpired as late:
        run.problems.append(f"over the {budget:.0f} s budget: {' '.join(map(str, late.cmd[3:5]))}")
    run.seconds = time.monotonic() - start
    if digest(folder) != before:
        run.problems.append("the submission folder changed")
    left = [p.name for p in temp.rglob("*")]
    if left:
        run.problems.append(f"left in the temp folder: {left[:5]}")
    return run


def _check_problems(done: subprocess.CompletedProcess[str], files: int) -> list[str]:
    if done.returncode not in (0, 1):
        return [f"check exit {done.returncode}: {done.stderr[-300:]}"]
    try:
        report = json.loads(done.stdout)
    except json.JSONDecodeError:
        return ["check printed no JSON report"]
    problems = []
    documents = report["documents"]
    if len(documents) != files:
        problems.append(f"check listed {len(documents)} of {files} files")
    for document in documents:
        if not document.get("sha256"):
            problems.append(f"no SHA-256 for {document['path']!r}")
        if document.get("problem") and RAW.search(document["problem"]):
            problems.append(f"raw exception text for {document['path']!r}: {document['problem']}")
    return problems
