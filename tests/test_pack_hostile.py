"""Export as hardened as the check (issue 21): hostile files cost their own page, not the pack;
a killed export leaves no case content outside its staging folder; any file name is data."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from pypdf import PdfReader

from gatekeeper.demo import hostile
from gatekeeper.demo.writers import write_docx, write_pdf
from gatekeeper.pack import export_pack, verify_pack
from gatekeeper.pipeline import Checker
from helpers import folder_state

GATEKEEPER = (sys.executable, "-m", "gatekeeper.cli")
QUIET = ("--no-register", "--no-libreoffice")
posix_only = pytest.mark.skipif(os.name != "posix", reason="names as bytes, and SIGKILL")


def _hostile_folder(root: Path) -> Path:
    folder = root / "source"
    folder.mkdir()
    write_pdf(folder / "statement.pdf", hostile.STATEMENT * 3)
    hostile.write_far_cell_xlsx(folder / "far cell.xlsx")
    hostile.write_merged_sheet_xlsx(folder / "merged.xlsx")
    hostile.write_hidden_sheets_xlsx(folder / "hidden.xlsx")
    hostile.write_flipped_pdf(folder / "flipped.pdf")
    cut = folder / "cut"
    cut.mkdir()
    hostile.write_cut_pdfs(cut, 20)
    (folder / "note\x1b[31m\nred.txt").write_text("A note about the case.\n")
    if os.name == "posix":
        (folder / os.fsdecode(b"bad\xffname.txt")).write_text("Another note.\n")
    return folder


@pytest.fixture(scope="module")
def hostile_export(
    tmp_path_factory: pytest.TempPathFactory, checker: Checker
) -> tuple[Path, Path, object, dict[str, str]]:
    root = tmp_path_factory.mktemp("hostile")
    source = _hostile_folder(root)
    before = folder_state(source)
    report = checker.check(source)
    out = root / "pack"
    result = export_pack(report, source, out, by="tester")
    assert folder_state(source) == before
    return source, out, result, before


def test_hostile_files_each_get_a_not_processed_page_and_the_export_goes_on(
    hostile_export: tuple[Path, Path, object, dict[str, str]],
) -> None:
    source, out, result, _ = hostile_export
    skipped = {item.path: item.reason for item in result.not_processed}  # type: ignore[attr-defined]
    cut = {p for p in skipped if p.startswith("cut/")}
    assert len(cut) >= 15, skipped  # the longest cuts may still hold every page
    assert "flipped.pdf" in skipped
    for reason in skipped.values():  # plain words: no exception class, no parser message
        assert "Error" not in reason and "Traceback" not in reason, reason
    parts = {p.path: p for p in result.bundle + result.confidential}  # type: ignore[attr-defined]
    bundle = PdfReader(out / "bundle.pdf")
    index_pages = len(bundle.pages) - max(p.last_page or 0 for p in result.bundle)  # type: ignore[attr-defined]
    for path in skipped:
        part = parts[path]
        assert part.rendered == "not processed" and part.first_page, path
        page = bundle.pages[index_pages + part.first_page - 1].extract_text()
        assert "Not processed" in page, path
    for sheet in ("far cell.xlsx", "merged.xlsx"):  # drawn from their text, within a budget
        assert parts[sheet].rendered == "text", parts[sheet]
        assert "too many to print" in (parts[sheet].note or "")
    assert parts["statement.pdf"].rendered == "original"
    assert verify_pack(out, source).ok


@posix_only
def test_names_as_bytes_and_control_characters_are_packed_and_shown_escaped(
    hostile_export: tuple[Path, Path, object, dict[str, str]],
) -> None:
    _, out, result, _ = hostile_export
    names = {p.path for p in result.bundle + result.confidential}  # type: ignore[attr-defined]
    assert "note\\x1b[31m\\x0ared.txt" in names and "bad\\xffname.txt" in names
    cover = " ".join(page.extract_text() for page in PdfReader(out / "cover-and-index.pdf").pages)
    assert "\x1b" not in cover and "bad\\xffname.txt" in cover.replace("\n", "")
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    listed = {f["path"] for f in manifest["source_files"]}
    assert "bad\\xffname.txt" in listed and "note\\x1b[31m\\x0ared.txt" in listed


@posix_only
def test_the_command_line_export_of_hostile_files_ends_plainly(tmp_path: Path) -> None:
    source = tmp_path / "source"  # a few of the hostile files: the command line's own path
    source.mkdir()
    write_pdf(source / "statement.pdf", hostile.STATEMENT * 3)
    hostile.write_far_cell_xlsx(source / "far cell.xlsx")
    (source / "cut").mkdir()
    hostile.write_cut_pdfs(source / "cut", 2)
    (source / "note\x1b[31m\nred.txt").write_text("A note about the case.\n")
    done = subprocess.run(
        [*GATEKEEPER, "export", str(source), "--out", str(tmp_path / "p"), *QUIET],
        capture_output=True,
        timeout=600,
    )
    assert done.returncode in (0, 1), done.stderr
    assert b"Traceback" not in done.stderr and b"\x1b" not in done.stdout + done.stderr
    assert b"not processed: cut/cut 01.pdf" in done.stdout


@posix_only
def test_a_killed_export_leaves_no_case_content_outside_its_staging_folder(
    tmp_path: Path, checker: Checker
) -> None:
    source = tmp_path / "source"
    source.mkdir()
    for number in range(12):  # office documents: LibreOffice runs, in the staging folder
        write_docx(source / f"letter {number}.docx", [f"A letter about the case, number {number}."])
    temp = Path(tempfile.gettempdir())
    before = {p.name for p in temp.iterdir()}
    out = tmp_path / "pack"
    export = subprocess.Popen(
        [*GATEKEEPER, "export", str(source), "--out", str(out), "--no-register"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 120
    rendering: list[Path] = []
    while not rendering and time.monotonic() < deadline and export.poll() is None:
        rendering = list(tmp_path.glob(".pack.partial-*/work/soffice-*"))
        time.sleep(0.05)
    if not rendering:
        export.kill()
        pytest.skip("the export ended before LibreOffice started (is it installed?)")
    export.send_signal(signal.SIGKILL)
    export.wait()
    _wait_for_soffice_in(tmp_path)
    new = {p.name for p in temp.iterdir()} - before
    assert not [n for n in new if not n.startswith("pytest-")], new
    assert list(tmp_path.glob(".pack.partial-*")), "the staging folder holds what was made"
    report = checker.check(source)
    export_pack(report, source, out, by="tester")  # the next export removes what was left
    assert not list(tmp_path.glob(".pack.partial-*"))
    assert out.is_dir()


def _wait_for_soffice_in(folder: Path) -> None:
    """Wait for a LibreOffice orphaned by the kill (it converts on, into the staging folder)."""
    marker = str(folder).encode()
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        running = []
        for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
            try:
                if marker in cmdline.read_bytes():
                    running.append(cmdline)
            except OSError:
                continue
        if not running:
            return
        time.sleep(0.2)


def test_verify_refuses_a_zip_with_two_entries_of_one_name_or_an_unsafe_name(
    hostile_export: tuple[Path, Path, object, dict[str, str]], tmp_path: Path
) -> None:
    import warnings
    import zipfile

    from gatekeeper.pack.archive import write_zip

    out = hostile_export[1]
    packed = tmp_path / "pack.zip"
    write_zip(out, packed, None)
    assert verify_pack(packed).ok
    doubled = tmp_path / "doubled.zip"
    climbing = tmp_path / "climbing.zip"
    for target, name in ((doubled, "findings.csv"), (climbing, "../findings.csv")):
        target.write_bytes(packed.read_bytes())
        with warnings.catch_warnings(), zipfile.ZipFile(target, "a") as archive:
            warnings.simplefilter("ignore")  # zipfile warns of the duplicate name
            archive.writestr(name, "Rule,Status\nKS-FIRST,pass\n")
    first = verify_pack(doubled)
    assert not first.ok and "more than one entry named findings.csv" in " ".join(first.problems)
    second = verify_pack(climbing)
    assert not second.ok and "unsafe names" in " ".join(second.problems)
