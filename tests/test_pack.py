"""The referral pack: contents and order, pagination, verify, safety, encryption (issue 10)."""

from __future__ import annotations

import argparse
import errno
import json
import os
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from gatekeeper.models import Report
from gatekeeper.pack import (
    PackError,
    PackResult,
    PackSettings,
    RenderSettings,
    export_pack,
    verify_pack,
)
from gatekeeper.pack.command import add_pack_commands
from gatekeeper.pack.integrity import sha256_file
from gatekeeper.pack.models import SIGNATURE_NAME
from gatekeeper.pack.order import SECTION_NAMES
from gatekeeper.pack.safety import plain_error
from gatekeeper.pack.signing import key_id, load_public_key, load_signer, new_key_pair
from gatekeeper.pipeline import Checker
from helpers import folder_state

PASSWORD = "correct horse battery staple"
CONFIDENTIAL_TYPES = {"MG6", "MG6D", "MG2"}
NO_LIBREOFFICE = PackSettings(render=RenderSettings(libreoffice=False))


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="gatekeeper")
    add_pack_commands(parser.add_subparsers())
    return parser


def _run(*argv: str) -> int:
    args = _parser().parse_args(list(argv))
    result: int = args.run(args)
    return result


def _plan_files(folder: Path) -> list[Path]:
    from docx import Document
    from fpdf import FPDF

    folder.mkdir()
    docx = Document()
    docx.add_paragraph("Action plan (synthetic): 1. Obtain the first-account statement.")
    docx.save(str(folder / "action-plan.docx"))
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.cell(0, 10, "Action plan (synthetic)")
    pdf.output(str(folder / "action-plan.pdf"))
    return [folder / "action-plan.docx", folder / "action-plan.pdf"]


@pytest.fixture(scope="module")
def compliant(case_folder: Callable[..., Path]) -> Path:
    return case_folder()


@pytest.fixture(scope="module")
def report(checker: Checker, compliant: Path) -> Report:
    return checker.check(compliant)


@pytest.fixture(scope="module")
def exported(
    tmp_path_factory: pytest.TempPathFactory, compliant: Path, report: Report
) -> dict[str, Any]:
    """Two packs of the compliant case, the folder's state taken before and after both."""
    base = tmp_path_factory.mktemp("packs")
    before = folder_state(compliant)
    started = time.monotonic()
    plain = export_pack(
        report, compliant, base / "pack", by="tester", plan_files=_plan_files(base / "plans")
    )
    lo_seconds = time.monotonic() - started
    secret = export_pack(
        report,
        compliant,
        base / "secret",
        by="tester",
        password=PASSWORD,
        zip_pack=True,
        settings=NO_LIBREOFFICE,
    )
    return {
        "plain": plain,
        "secret": secret,
        "before": before,
        "after": folder_state(compliant),
        "base": base,
        "lo_seconds": lo_seconds,
    }


def _pages_text(path: Path, password: str | None = None) -> list[str]:
    reader = PdfReader(path)
    if password:
        reader.decrypt(password)
    return [page.extract_text() or "" for page in reader.pages]


# --- contents and order ------------------------------------------------------------------------


def test_the_pack_holds_every_part(exported: dict[str, Any]) -> None:
    result: PackResult = exported["plain"]
    assert set(result.files) == {
        "action-plan/action-plan.docx",
        "action-plan/action-plan.pdf",
        "bundle.pdf",
        "check-report.docx",
        "check-report.json",
        "check-report.pdf",
        "confidential/bundle-confidential.pdf",
        "cover-and-index.docx",
        "cover-and-index.pdf",
        "findings.csv",
        "manifest.json",
    }
    pack = Path(result.path)
    assert sorted(p.relative_to(pack).as_posix() for p in pack.rglob("*") if p.is_file()) == sorted(
        result.files
    )
    assert not result.not_processed  # the compliant case: every file read
    # No temporary folder is left beside the pack.
    assert sorted(p.name for p in pack.parent.iterdir()) == ["pack", "plans", "secret.zip"]


def test_documents_come_in_the_order_a_prosecutor_reads_them(exported: dict[str, Any]) -> None:
    parts = exported["plain"].bundle
    assert parts[0].type == "MG3"
    sections = [SECTION_NAMES.index(p.section) for p in parts]
    assert sections == sorted(sections)
    kinds = [p.type for p in parts]
    assert kinds.index("ABE_RECORDING") < kinds.index("MG11") < kinds.index("ROTI")
    assert kinds.index("ROTI") < kinds.index("MG12") < kinds.index("MG6C") < kinds.index("DPN")
    roles = [p.role for p in parts if p.type == "MG11"]
    assert roles[0] == "first_account"


def test_recordings_are_listed_with_duration_and_hash_not_embedded(
    exported: dict[str, Any], report: Report
) -> None:
    media = [p for p in exported["plain"].bundle if p.rendered == "not included"]
    assert {p.type for p in media} == {"ABE_RECORDING", "CCTV", "BWV", "CALL_999"}
    for part in media:
        assert part.duration_s and part.sha256 and part.first_page is None
    index = _pages_text(Path(exported["plain"].path) / "bundle.pdf")[0]
    abe = next(p for p in media if p.type == "ABE_RECORDING")
    assert abe.path in index and abe.sha256 in index.replace("\n", "")


def test_confidential_material_is_kept_out_of_the_served_bundle(exported: dict[str, Any]) -> None:
    result: PackResult = exported["plain"]
    assert {p.type for p in result.confidential} == CONFIDENTIAL_TYPES
    assert not CONFIDENTIAL_TYPES & {p.type for p in result.bundle}
    pack = Path(result.path)
    served = "\n".join(_pages_text(pack / "bundle.pdf"))
    assert "SCHEDULE OF SENSITIVE MATERIAL" not in served
    secret_pages = _pages_text(pack / "confidential" / "bundle-confidential.pdf")
    assert "SCHEDULE OF SENSITIVE MATERIAL" in "\n".join(secret_pages)
    assert all("CONFIDENTIAL TO THE PROSECUTOR" in text for text in secret_pages)


def test_the_cover_lists_every_document_and_the_check_report_every_finding(
    exported: dict[str, Any], report: Report
) -> None:
    import csv

    from docx import Document

    pack = Path(exported["plain"].path)
    cover = "\n".join(_pages_text(pack / "cover-and-index.pdf")).replace("\n", " ")
    cover_docx = Document(str(pack / "cover-and-index.docx"))
    docx_text = " ".join(c.text for t in cover_docx.tables for r in t.rows for c in r.cells)
    for document in report.documents:
        assert document.path in docx_text
        assert document.sha256 and document.sha256 in docx_text
    assert "Not processed" in cover and "42YE1234526" in cover
    assert Report.model_validate_json((pack / "check-report.json").read_text()) == report
    with (pack / "findings.csv").open(encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    assert rows[1][0] == "SUMMARY"
    assert {r[0] for r in rows[2:]} == {f.rule for f in report.findings}
    report_pdf = " ".join(_pages_text(pack / "check-report.pdf"))
    assert report.summary.headline in report_pdf


# --- pagination: page numbers, bookmarks and labels match the index ------------------------


def test_page_numbers_bookmarks_and_labels_match_the_index(exported: dict[str, Any]) -> None:
    result: PackResult = exported["plain"]
    path = Path(result.path) / "bundle.pdf"
    reader = PdfReader(path)
    texts = _pages_text(path)
    in_bundle = [p for p in result.bundle if p.first_page is not None]
    total = max(p.last_page or 0 for p in in_bundle)
    index_pages = len(reader.pages) - total
    assert index_pages >= 1
    assert [reader.page_labels[i] for i in range(index_pages)][:2] == ["i", "ii"][:index_pages]
    index_text = " ".join(texts[:index_pages])
    outline = _outline_targets(reader)
    for part in in_bundle:
        assert part.first_page is not None and part.last_page is not None
        first = index_pages + part.first_page - 1
        # The index gives the pages; each page carries its number; the labels are the same.
        expected = (
            str(part.first_page)
            if part.first_page == part.last_page
            else f"{part.first_page}-{part.last_page}"
        )
        assert part.path in index_text.replace("\n", " ")
        assert expected in index_text
        for number in range(part.first_page, part.last_page + 1):
            page = index_pages + number - 1
            assert reader.page_labels[page] == str(number)
            assert f"Page {number} of {total}" in texts[page]
        title = next(t for t in outline if part.path in t)
        assert outline[title] == first
    assert len([t for t in outline if ". " in t]) == len(in_bundle)
    for i in range(index_pages):
        assert "Index page" in texts[i]


def _outline_targets(reader: PdfReader) -> dict[str, int]:
    found: dict[str, int] = {}

    def walk(items: list[Any]) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                found[item.title] = reader.get_destination_page_number(item)

    walk(reader.outline)
    return found


def test_confidential_part_is_numbered_on_its_own(exported: dict[str, Any]) -> None:
    result: PackResult = exported["plain"]
    reader = PdfReader(Path(result.path) / "confidential" / "bundle-confidential.pdf")
    last = max(p.last_page or 0 for p in result.confidential)
    labels = [reader.page_labels[i] for i in range(len(reader.pages))]
    assert labels[-last:] == [f"C{n}" for n in range(1, last + 1)]
    assert f"Page C1 of C{last}" in (reader.pages[len(reader.pages) - last].extract_text() or "")


def test_libreoffice_renders_office_documents_when_installed(exported: dict[str, Any]) -> None:
    if shutil.which("soffice") is None:
        if os.environ.get("CI"):
            pytest.fail("LibreOffice is not installed: 'make setup' installs it in CI")
        pytest.skip("LibreOffice is not installed (CI installs it: make setup)")
    rendered = {p.type: p.rendered for p in exported["plain"].bundle}
    assert rendered["MG12"] == "libreoffice" and rendered["MG6C"] == "libreoffice"
    assert rendered["MG3"] == "original"
    assert exported["lo_seconds"] < 60
    # No LibreOffice is left running, and its private profile folder is gone.
    running = []
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            if b"-env:UserInstallation=" in cmdline.read_bytes():
                running.append(cmdline.parent.name)
        except OSError:
            continue
    assert not running
    import tempfile

    assert not list(Path(tempfile.gettempdir()).glob("gatekeeper-soffice-*"))


def test_without_libreoffice_text_and_tables_are_drawn_and_marked(
    exported: dict[str, Any], tmp_path: Path
) -> None:
    with zipfile.ZipFile(exported["secret"].path) as archive:
        names = archive.namelist()
    assert "bundle.pdf" in names
    rendered = {p.path: p for p in exported["secret"].bundle}
    mg12 = next(p for p in rendered.values() if p.type == "MG12")
    assert mg12.rendered == "text"
    pyzipper = pytest.importorskip("pyzipper")
    with pyzipper.AESZipFile(exported["secret"].path) as archive:
        archive.setpassword(PASSWORD.encode())
        (tmp_path / "bundle.pdf").write_bytes(archive.read("bundle.pdf"))
    texts = _pages_text(tmp_path / "bundle.pdf", PASSWORD)
    assert mg12.first_page is not None
    index_pages = len(texts) - max(p.last_page or 0 for p in rendered.values())
    page = texts[index_pages + mg12.first_page - 1]
    assert "Rendered by Gatekeeper" in page and "PS/1" in page and "EXHIBIT LIST" in page


# --- verify ----------------------------------------------------------------------------------


def test_verify_passes_on_a_fresh_pack_and_its_source(
    exported: dict[str, Any], compliant: Path
) -> None:
    result = verify_pack(Path(exported["plain"].path), compliant)
    assert result.ok, result
    assert result.checked == len(exported["plain"].files) - 1
    assert result.manifest_sha256 == exported["plain"].manifest_sha256
    assert _run("verify", exported["plain"].path, "--source", str(compliant)) == 0


@pytest.mark.parametrize("damage", ["changed", "missing", "extra"])
def test_verify_fails_on_a_changed_missing_or_extra_file(
    exported: dict[str, Any], tmp_path: Path, damage: str
) -> None:
    pack = tmp_path / "pack"
    shutil.copytree(exported["plain"].path, pack)
    if damage == "changed":
        target = pack / "check-report.json"
        data = bytearray(target.read_bytes())
        data[10] ^= 1
        target.write_bytes(bytes(data))
        expected = "check-report.json"
    elif damage == "missing":
        (pack / "bundle.pdf").unlink()
        expected = "bundle.pdf"
    else:
        (pack / "confidential" / "notes.txt").write_text("added later")
        expected = "confidential/notes.txt"
    result = verify_pack(pack)
    assert not result.ok
    assert getattr(result, damage) == [expected]
    assert _run("verify", str(pack)) == 1


def test_verify_checks_the_source_folder_too(
    exported: dict[str, Any], compliant: Path, tmp_path: Path
) -> None:
    source = tmp_path / "source"
    shutil.copytree(compliant, source)
    statement = next(source.glob("MG11*"))
    statement.write_bytes(statement.read_bytes() + b"\n")
    result = verify_pack(Path(exported["plain"].path), source)
    assert result.source_changed == [statement.name]
    assert not result.ok


def test_a_manifest_rewritten_to_match_is_caught_by_its_recorded_hash(
    exported: dict[str, Any], tmp_path: Path
) -> None:
    pack = tmp_path / "pack"
    shutil.copytree(exported["plain"].path, pack)
    manifest = pack / "manifest.json"
    manifest.write_text(manifest.read_text().replace('"tester"', '"someone else"'))
    assert verify_pack(pack).ok  # the files still match it
    recorded = exported["plain"].manifest_sha256
    assert not verify_pack(pack, manifest_sha256=recorded).ok


# --- the unit's signature ---------------------------------------------------------------


@pytest.fixture(scope="module")
def signed(tmp_path_factory: pytest.TempPathFactory, compliant: Path) -> dict[str, Path]:
    """A unit key pair made by the command, and a folder pack and a zip pack exported and
    signed with it by the command."""
    base = tmp_path_factory.mktemp("signed")
    key = base / "unit.key"
    assert _run("keys", "new", str(key)) == 0
    for out, extra in ((base / "pack", []), (base / "pack-zip", ["--zip"])):
        code = _run(
            "export", str(compliant), "--out", str(out), "--sign-key", str(key),
            "--no-register", "--no-libreoffice", "--quiet", *extra,
        )  # fmt: skip
        assert code == 0
    return {"key": key, "public": base / "unit.key.pub", "base": base}


def test_keys_are_made_private_and_never_overwritten(signed: dict[str, Path]) -> None:
    assert signed["key"].stat().st_mode & 0o077 == 0  # readable by its owner only
    assert b"PRIVATE KEY" in signed["key"].read_bytes()
    assert b"PUBLIC KEY" in signed["public"].read_bytes()
    before = signed["key"].read_bytes()
    assert _run("keys", "new", str(signed["key"])) == 1
    assert signed["key"].read_bytes() == before


def test_a_signed_pack_verifies_with_the_units_public_key(
    signed: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    public = load_public_key(signed["public"])
    for pack in (signed["base"] / "pack", signed["base"] / "pack-zip.zip"):
        result = verify_pack(pack, public_key=public)
        assert result.ok and result.signature_checked, result
        assert result.signed_by == key_id(public)
    capsys.readouterr()
    assert _run("verify", str(signed["base"] / "pack"), "--public-key", str(signed["public"])) == 0
    assert "carries the unit's signature" in capsys.readouterr().out


def test_an_insiders_consistent_rewrite_breaks_the_signature(
    signed: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A row added to findings.csv and the manifest's hash and size rewritten to match pass
    the manifest check, but not the unit's signature; nor does a signature by another key."""
    pack = tmp_path / "pack"
    shutil.copytree(signed["base"] / "pack", pack)
    findings = pack / "findings.csv"
    findings.write_bytes(findings.read_bytes() + b"KS-FIRST,pass,forged\n")
    manifest = json.loads((pack / "manifest.json").read_text())
    for entry in manifest["pack_files"]:
        if entry["path"] == "findings.csv":
            entry["sha256"] = sha256_file(findings)
            entry["size"] = findings.stat().st_size
    (pack / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n")
    assert verify_pack(pack).ok  # without the key, the rewrite holds together
    public = load_public_key(signed["public"])
    result = verify_pack(pack, public_key=public)
    assert not result.ok and not result.signature_checked
    assert result.problems == [
        "the manifest's signature does not match it: the manifest was changed after the export "
        "signed it"
    ]
    assert _run("verify", str(pack), "--public-key", str(signed["public"])) == 1
    assert "changed after the export signed it" in capsys.readouterr().out
    # Re-signed with the insider's own key: named as not the unit's.
    own = tmp_path / "own.key"
    new_key_pair(own, tmp_path / "own.pub")
    (pack / SIGNATURE_NAME).write_bytes(
        load_signer(own).sign((pack / "manifest.json").read_bytes())
    )
    problems = verify_pack(pack, public_key=public).problems
    assert len(problems) == 1 and "not the unit's key" in problems[0]
    # Signature removed: the pack is not signed.
    (pack / SIGNATURE_NAME).unlink()
    assert verify_pack(pack, public_key=public).problems == [
        "the pack is not signed (no manifest.sig.json)"
    ]


def test_a_protected_key_needs_its_passphrase(
    compliant: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    passphrase = tmp_path / "passphrase.txt"
    passphrase.write_text("a long unit passphrase\n")
    key = tmp_path / "unit.key"
    assert _run("keys", "new", str(key), "--passphrase-file", str(passphrase)) == 0
    assert b"ENCRYPTED" in key.read_bytes()
    out = tmp_path / "pack"
    args = ["export", str(compliant), "--out", str(out), "--sign-key", str(key), "--no-register"]
    capsys.readouterr()
    assert _run(*args, "--no-libreoffice", "--quiet") == 2
    assert "protected by a passphrase" in capsys.readouterr().err
    assert not out.exists()
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not it\n")
    assert _run(*args, "--sign-passphrase-file", str(wrong), "--quiet") == 2
    assert "passphrase is wrong" in capsys.readouterr().err
    assert _run(*args, "--sign-passphrase-file", str(passphrase), "--no-libreoffice") == 0
    assert verify_pack(out, public_key=load_public_key(tmp_path / "unit.key.pub")).ok


# --- safety ---------------------------------------------------------------------------------


def test_the_source_folder_is_unchanged(exported: dict[str, Any]) -> None:
    assert exported["before"] == exported["after"]


def test_an_output_inside_the_source_is_refused(
    compliant: Path, report: Report, tmp_path: Path
) -> None:
    before = folder_state(compliant)
    with pytest.raises(PackError, match="inside the submission folder"):
        export_pack(report, compliant, compliant / "pack", by="tester")
    with pytest.raises(PackError, match="inside the submission folder"):
        export_pack(report, compliant, compliant / "sub" / ".." / "pack", by="tester")
    with pytest.raises(PackError, match="is inside"):
        export_pack(report, compliant, compliant.parent, by="tester", force=True)
    assert folder_state(compliant) == before


def test_an_existing_pack_is_not_overwritten_without_force(
    exported: dict[str, Any], compliant: Path, report: Report
) -> None:
    with pytest.raises(PackError, match="--force"):
        export_pack(report, compliant, Path(exported["plain"].path), by="tester")


def test_an_unwritable_output_gives_a_clear_message_and_no_pack(
    compliant: Path, report: Report, tmp_path: Path
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    out = blocker / "pack"
    with pytest.raises(PackError, match="is a file, not a folder"):
        export_pack(report, compliant, out, by="tester", settings=NO_LIBREOFFICE)
    assert not os.path.lexists(out)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-file"]


@pytest.mark.parametrize(
    ("code", "words"),
    [
        (errno.ENOSPC, "The disk is full"),
        (errno.EACCES, "Permission denied"),
        (errno.EROFS, "read-only"),
    ],
)
def test_disk_errors_are_said_plainly(code: int, words: str) -> None:
    message = plain_error(OSError(code, os.strerror(code)), Path("/somewhere/pack"))
    assert words in message


KILLED_EXPORT = """
import sys
from pathlib import Path
from gatekeeper.models import Report
from gatekeeper.pack import PackSettings, RenderSettings, export_pack

report = Report.model_validate_json(Path(sys.argv[1]).read_text())
export_pack(report, Path(sys.argv[2]), Path(sys.argv[3]), by="tester",
            settings=PackSettings(render=RenderSettings(libreoffice=False)))
"""


def test_an_export_killed_midway_leaves_no_pack(
    compliant: Path, report: Report, tmp_path: Path
) -> None:
    (tmp_path / "report.json").write_text(report.model_dump_json())
    out = tmp_path / "out" / "pack"
    out.parent.mkdir()
    process = subprocess.Popen(
        [
            sys.executable,
            "-c",
            KILLED_EXPORT,
            str(tmp_path / "report.json"),
            str(compliant),
            str(out),
        ],
        start_new_session=True,  # its reader processes are killed with it
    )
    deadline = time.monotonic() + 60
    started = False
    while time.monotonic() < deadline and process.poll() is None:
        partial = [p for p in out.parent.iterdir() if ".partial-" in p.name]
        if partial and list(partial[0].rglob("*.pdf")):
            started = True
            break
        time.sleep(0.005)
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    assert started, "the export ended before it was seen writing"
    assert not os.path.lexists(out)
    assert not verify_pack(out).ok
    # What is left is a hidden, clearly partial folder with no manifest: never a pack.
    assert all(name.startswith(".pack.partial-") for name in os.listdir(out.parent))
    assert not list(out.parent.rglob("manifest.json"))


# --- encryption -------------------------------------------------------------------------------


def test_the_encrypted_pack_opens_with_the_password_only(
    exported: dict[str, Any], tmp_path: Path
) -> None:
    pyzipper = pytest.importorskip("pyzipper")
    path = Path(exported["secret"].path)
    assert path.suffix == ".zip" and exported["secret"].encrypted
    with pyzipper.AESZipFile(path) as archive:
        with pytest.raises(RuntimeError):
            archive.read("bundle.pdf")
        archive.setpassword(b"wrong password")
        with pytest.raises(RuntimeError):
            archive.read("bundle.pdf")
        archive.setpassword(PASSWORD.encode())
        for name in ("bundle.pdf", "cover-and-index.pdf", "confidential/bundle-confidential.pdf"):
            (tmp_path / "one.pdf").write_bytes(archive.read(name))
            reader = PdfReader(tmp_path / "one.pdf")
            assert reader.is_encrypted
            assert reader.decrypt("wrong") == 0
            assert reader.decrypt(PASSWORD) != 0
            assert "/AESV3" in str(reader.trailer["/Encrypt"]["/CF"])
            assert reader.pages[0].extract_text()
    assert not verify_pack(path).ok  # no password: cannot be verified
    assert verify_pack(path, password=PASSWORD).ok


# --- the command line and the register ------------------------------------------------------


def test_export_command_records_the_manifest_hash_in_the_register(
    compliant: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from gatekeeper.register import Register

    register = tmp_path / "register.sqlite"
    out = tmp_path / "pack"
    code = _run(
        "export",
        str(compliant),
        "--out",
        str(out),
        "--register",
        str(register),
        "--by",
        "DS Hart",
        "--no-libreoffice",
        "--quiet",
    )
    assert code == 0, capsys.readouterr().err
    assert _run("verify", str(out), "--source", str(compliant)) == 0
    import hashlib

    digest = hashlib.sha256((out / "manifest.json").read_bytes()).hexdigest()
    urn = json.loads((out / "manifest.json").read_text())["urn"]
    with Register.open(str(register)) as opened:
        exports = [a for a in opened.audit() if a.action == "export"]
        of_the_case = [a for a in opened.audit(urn) if a.action == "export"]
    assert exports[-1].by == "DS Hart"
    assert exports[-1].detail["manifest_sha256"] == digest
    # The export's row is the case's: the register shows the pack's hash with the case.
    assert urn and of_the_case[-1].detail["manifest_sha256"] == digest
    assert _run("verify", str(out), "--register", str(register)) == 0
    # An insider rewrites a pack file and its manifest to match: the pack alone still verifies;
    # against the register, the manifest is not the one recorded at the export.
    forged = tmp_path / "forged"
    shutil.copytree(out, forged)
    findings = forged / "findings.csv"
    findings.write_bytes(findings.read_bytes() + b"KS-FIRST,pass,added later\n")
    manifest = json.loads((forged / "manifest.json").read_text())
    for entry in manifest["pack_files"]:
        if entry["path"] == "findings.csv":
            entry["sha256"] = hashlib.sha256(findings.read_bytes()).hexdigest()
            entry["size"] = findings.stat().st_size
    (forged / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n")
    assert _run("verify", str(forged)) == 0
    capsys.readouterr()
    assert _run("verify", str(forged), "--register", str(register)) == 1
    assert "not one the register recorded" in capsys.readouterr().out
    assert _run("export", str(compliant), "--out", str(out), "--no-register") == 1
    assert "--force" in capsys.readouterr().err


# --- hostile and unreadable files ----------------------------------------------------------


def test_unreadable_files_are_listed_not_processed_and_links_never_followed(
    compliant: Path, checker: Checker, tmp_path: Path
) -> None:
    from PIL import Image

    from gatekeeper.demo import hostile

    source = tmp_path / "source"
    shutil.copytree(compliant, source)
    hostile.write_empty(source / "empty statement.pdf")
    hostile.write_corrupt_pdf(source / "corrupt.pdf")
    hostile.write_encrypted_pdf(source / "protected.pdf")
    hostile.write_encrypted_docx(source / "protected.docx")
    hostile.write_docx_entities(source / "entities.docx")
    hostile.write_fake_legacy_doc(source / "old statement.doc")
    Image.new("RGB", (640, 400), (200, 220, 240)).save(source / "scene photo.png")
    outside = tmp_path / "outside.txt"
    outside.write_text("SECRET FROM OUTSIDE THE FOLDER")
    (source / "link.txt").symlink_to(outside)
    report = checker.check(source)
    before = folder_state(source)
    out = tmp_path / "pack"
    result = export_pack(report, source, out, by="tester")
    assert folder_state(source) == before
    skipped = {item.path: item.reason for item in result.not_processed}
    for name in (
        "empty statement.pdf",
        "corrupt.pdf",
        "protected.pdf",
        "protected.docx",
        "entities.docx",
        "old statement.doc",
        "link.txt",
    ):
        assert skipped.get(name)
    photo = next(p for p in result.bundle + result.confidential if p.path == "scene photo.png")
    assert photo.rendered == "picture" and photo.first_page
    for pdf in out.rglob("*.pdf"):
        assert "SECRET FROM OUTSIDE" not in "".join(_pages_text(pdf))
    cover = " ".join(_pages_text(out / "cover-and-index.pdf"))
    assert "protected.docx" in cover and "Not processed" in cover
    manifest = (out / "manifest.json").read_text()
    assert '"link.txt"' in manifest and "SECRET" not in manifest
    assert verify_pack(out, source).ok


def test_a_partial_folder_left_by_a_killed_export_is_removed_by_the_next(tmp_path: Path) -> None:
    from gatekeeper.pack.safety import OWNER, staging

    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    left = tmp_path / ".pack.partial-abc"
    left.mkdir()
    (left / OWNER).write_text(dead.stdout.strip())
    running = tmp_path / ".pack.partial-def"
    running.mkdir()
    (running / OWNER).write_text(str(os.getpid()))
    with staging(tmp_path / "pack") as folder:
        assert folder.is_dir()
    assert not left.exists() and running.exists()
    assert not folder.exists()


def test_a_cancelled_export_leaves_no_pack(compliant: Path, report: Report, tmp_path: Path) -> None:
    from gatekeeper.pack import PackCancelledError, PackProgress
    from gatekeeper.pipeline import CancelToken

    cancel = CancelToken()
    steps: list[str] = []

    def progress(event: PackProgress) -> None:
        steps.append(event.step)
        if event.step == "copying" and event.done >= 3:
            cancel.cancel()

    out = tmp_path / "pack"
    with pytest.raises(PackCancelledError):
        export_pack(report, compliant, out, by="tester", progress=progress, cancel=cancel)
    assert steps[0] == "hashing" and "copying" in steps
    assert list(tmp_path.iterdir()) == []
