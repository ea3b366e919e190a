"""Every kind of bad input gets its own clear finding, and the rest of the folder is still checked."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

import pytest

from gatekeeper.demo import CaseSpec, build_case
from gatekeeper.demo.hostile import write_all, write_flate_bomb_pdf, write_huge_sparse
from gatekeeper.extract import read_document
from gatekeeper.models import DocType, FileFormat, Problem, Status
from gatekeeper.pool import Budget, ReaderPool, Task
from gatekeeper.scan import scan_folder
from helpers import finding, folder_state

NAMES_IN_ANY_SCRIPT = [
    "证人陈述.txt",
    "إفادة الشاهد.txt",
    "😀 notes.txt",
    "line\nbreak.txt",
    " leading space.txt",
]
EXPECTED_PROBLEMS = {
    "empty statement.pdf": (Problem.EMPTY, "empty"),
    "truncated download.pdf": (Problem.TRUNCATED, "incomplete"),
    "corrupt.pdf": (Problem.CORRUPT, "damaged"),
    "protected.pdf": (Problem.ENCRYPTED, "password-protected"),
    "protected.docx": (Problem.ENCRYPTED, "password-protected"),
    "bomb.docx": (Problem.SUSPICIOUS_ARCHIVE, "decompression bomb"),
    "entities.docx": (Problem.SUSPICIOUS_ARCHIVE, "DOCTYPE"),
    "many parts.docx": (Problem.SUSPICIOUS_ARCHIVE, "parts"),
    "old statement.doc": (Problem.LEGACY_FORMAT, "convert it to DOCX or PDF"),
}


@pytest.fixture(scope="module")
def hostile_folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    build_case(CaseSpec(), folder / "case")
    write_all(folder / "bad")
    outside = tmp_path_factory.mktemp("outside")
    (outside / "secret.txt").write_text("outside the submission")
    links = folder / "links"
    links.mkdir()
    (links / "to outside.pdf").symlink_to(outside / "secret.txt")
    (links / "outside folder").symlink_to(outside, target_is_directory=True)
    (links / "to inside.pdf").symlink_to(folder / "case" / "MG5 case summary.pdf")
    (links / "loop a").symlink_to(links / "loop b")
    (links / "loop b").symlink_to(links / "loop a")
    (links / "dangling.pdf").symlink_to(folder / "nowhere.pdf")
    names = folder / "names"
    names.mkdir()
    for name in NAMES_IN_ANY_SCRIPT:
        (names / name).write_text("Notes made by an officer on 14/03/2026.")
    os.mkfifo(folder / "names" / "a pipe")
    return folder


@pytest.fixture(scope="module")
def hostile_report(checker, hostile_folder):
    before = folder_state(hostile_folder)
    report = checker.check(hostile_folder)
    assert folder_state(hostile_folder) == before, "the check changed the submission folder"
    return report


def docs(report):
    return {d.path: d for d in report.documents}


@pytest.mark.parametrize("name", sorted(EXPECTED_PROBLEMS))
def test_each_bad_file_gets_its_own_finding(hostile_report, name):
    document = docs(hostile_report)[f"bad/{name}"]
    problem, words = EXPECTED_PROBLEMS[name]
    assert document.problem_kind is problem, document.problem
    assert words in (document.problem or "")
    assert not document.readable
    read = finding(hostile_report, "FILE-READ")
    assert read.status is Status.FAIL and f"bad/{name}" in read.documents


def test_mislabelled_file_is_read_and_flagged(hostile_report):
    document = docs(hostile_report)["bad/statement.docx"]
    assert document.readable and document.type is DocType.MG11
    assert "the content is a PDF but the name ends '.docx'" in (document.mismatch or "")
    assert "bad/statement.docx" in finding(hostile_report, "FILE-MISMATCH").documents


def test_deeply_nested_pdf_is_reported_not_crashed(hostile_report):
    document = docs(hostile_report)["bad/nested.pdf"]
    assert document.problem_kind in (Problem.NO_TEXT, Problem.CORRUPT), document.problem
    assert "bad/nested.pdf" in finding(hostile_report, "FILE-READ").documents


def test_rest_of_the_folder_is_still_checked(hostile_report):
    case_types = {d.type for d in hostile_report.documents if d.path.startswith("case/")}
    assert {DocType.MG3, DocType.MG11, DocType.ABE_RECORDING, DocType.MG6C} <= case_types
    assert finding(hostile_report, "SI-ROTI").status is Status.PASS
    assert hostile_report.complete


def test_links_are_listed_never_followed(hostile_report):
    by_path = docs(hostile_report)
    assert by_path["links/to outside.pdf"].problem_kind is Problem.LINK_OUTSIDE
    assert by_path["links/outside folder"].problem_kind is Problem.LINK_OUTSIDE
    assert by_path["links/to inside.pdf"].problem_kind is Problem.LINK_INSIDE
    assert by_path["links/loop a"].problem_kind is Problem.LINK_BROKEN
    assert by_path["links/dangling.pdf"].problem_kind is Problem.LINK_BROKEN
    assert not any(path.startswith("links/outside folder/") for path in by_path)
    assert all(d.sha256 is None for p, d in by_path.items() if p.startswith("links/"))
    read = finding(hostile_report, "FILE-READ")
    assert "links/to outside.pdf" in read.documents and "links/to inside.pdf" not in read.documents


def test_names_in_any_script_and_special_files(hostile_report):
    by_path = docs(hostile_report)
    for name in NAMES_IN_ANY_SCRIPT:
        assert by_path[f"names/{name}"].readable and by_path[f"names/{name}"].sha256
    assert by_path["names/a pipe"].problem_kind is Problem.SPECIAL_FILE


def test_a_file_over_its_time_budget_is_stopped_and_the_pool_goes_on(tmp_path):
    write_huge_sparse(tmp_path / "huge.bin", gigabytes=4)
    (tmp_path / "small.txt").write_text("still read")
    results = {}
    with ReaderPool(1, Budget(seconds=30)) as pool:
        pool.read(str(tmp_path), [Task("small.txt", 10)], lambda t, e: results.update({t.rel: e}))
        pool.budget = Budget(seconds=0.3, seconds_per_gb=0)
        pool.read(
            str(tmp_path),
            [Task("huge.bin", 4 * 1024**3), Task("small.txt", 10)],
            lambda t, e: results.update({t.rel: e}),
        )
    assert results["huge.bin"].problem is Problem.TIMEOUT
    assert "longer than" in (results["huge.bin"].problem_detail or "")
    assert results["small.txt"].readable and results["small.txt"].text == "still read"


def test_a_reader_sends_each_round_before_its_text_outgrows_the_first_files_allowance(tmp_path):
    """A reader finishes (classifies, parses) and sends what it read in rounds; the first file's
    answer waits for its whole round, so a round ends after ROUND_CHARS of text as well as after
    FLUSH_S. Review found 40 long MG3s in one round timing out a healthy reader."""
    from gatekeeper.extract import Folders
    from gatekeeper.pool import ROUND_CHARS, rounds

    sizes = {"msg1.txt": 30, "msg2.txt": 30, "long1.txt": ROUND_CHARS, "long2.txt": 20_000}
    sizes |= {"long3.txt": 20_000, "msg3.txt": 30}
    for name, size in sizes.items():
        (tmp_path / name).write_text("x" * size)
    files = [(name, 30.0) for name in sizes]
    with Folders(str(tmp_path)) as folders:

        def read(rel: str, deadline_s: float):
            return read_document(str(tmp_path), rel, deadline_s=deadline_s, folders=folders)

        made = [rels for rels, extractions in rounds(files, read)]
    assert [name for rels in made for name in rels] == list(sizes)  # each file once, in order
    # A round ends once it holds ROUND_CHARS of text (a slow machine may end one sooner, at
    # FLUSH_S): the file that fills it is its last.
    assert all(sum(sizes[name] for name in rels[:-1]) < ROUND_CHARS for rels in made)
    assert any(rels[-1] == "long1.txt" for rels in made)
    assert not any({"long2.txt", "long3.txt"} < set(rels) and "msg3.txt" in rels for rels in made)


@pytest.mark.parametrize(
    ("lines", "killed_after", "caller_s"),
    [(1, 1, 0.0), (6000, 1, 0.0), (1, 64, 0.2), (1, 72, 0.2)],
    ids=["between batches", "within a batch", "at a batch's end", "with a batch waiting"],
)
def test_a_reader_killed_in_the_middle_of_a_batch_loses_no_file(
    tmp_path, lines, killed_after, caller_s
):
    # Small files go in batches; with long ones a batch outlasts the first results it sends.
    names = [f"messages/msg_{n:04d}.txt" for n in range(200)]
    (tmp_path / "messages").mkdir()
    for n, name in enumerate(names):
        (tmp_path / name).write_text(f"2026-03-14 message {n}\n" + "ok, see you at 8\n" * lines)
    results = {}
    with ReaderPool(1) as pool:

        def on_done(task, extraction):
            results[task.rel] = extraction
            if len(results) == killed_after:  # its reader dies under the batch in hand
                os.kill(pool.pids()[-1], 9)  # the reader (listed after its fork source)
                # The caller's own work on the file: meanwhile the pool may send the dead
                # reader the batch it would read next.
                time.sleep(caller_s)

        pool.read(str(tmp_path), [Task(name, 30) for name in names], on_done)
    # The files of the batch in hand were read again one by one: none is blamed for the kill.
    assert sorted(results) == sorted(names)
    assert all(r.readable and r.problem is None for r in results.values())
    assert results[names[7]].text.startswith("2026-03-14 message 7\n")


def test_a_file_that_hangs_is_stopped_however_many_small_files_wait_behind_it(tmp_path):
    # Files sent ahead to a reader wait in its pipe: were they more than the pipe holds, sending
    # them would wait on the stuck reader and its deadline would never be checked.
    write_huge_sparse(tmp_path / "huge.bin", gigabytes=4)
    deep = "/".join(["d" * 200] * 5)  # paths of about 1,000 characters
    (tmp_path / deep).mkdir(parents=True)
    names = [f"{deep}/msg_{n:04d}.txt" for n in range(300)]
    for n, name in enumerate(names):
        (tmp_path / name).write_text(f"message {n}\n")
    results = {}
    with ReaderPool(1, Budget(seconds=0.5, seconds_per_gb=0)) as pool:
        # Declared small, as a file that grew after the listing would be: it goes in a batch.
        tasks = [Task("huge.bin", 200_000)] + [Task(name, 10) for name in names]
        pool.read(str(tmp_path), tasks, lambda t, e: results.update({t.rel: e}))
    assert results["huge.bin"].problem is Problem.TIMEOUT
    assert len(results) == 301 and all(results[name].readable for name in names)


def test_an_error_in_the_callers_hands_leaves_no_reader_working_for_the_next_read(tmp_path):
    first, second = tmp_path / "first", tmp_path / "second"
    for folder in (first, second):
        folder.mkdir()
        for n in range(100):
            (folder / f"m{n:03d}.txt").write_text(f"message {n} of {folder.name}\n")
    with ReaderPool(1) as pool:

        def broken(task, extraction):
            raise RuntimeError("a bug in the caller")

        with pytest.raises(RuntimeError):
            pool.read(str(first), [Task(f"m{n:03d}.txt", 20) for n in range(100)], broken)
        results = {}
        pool.read(str(second), [Task("m007.txt", 20)], lambda t, e: results.update({t.rel: e}))
    assert list(results) == ["m007.txt"]
    assert results["m007.txt"].text == "message 7 of second\n"


def test_a_file_over_its_memory_budget_is_reported(tmp_path):
    write_flate_bomb_pdf(tmp_path / "bomb.pdf", megabytes=1200)
    (tmp_path / "small.txt").write_text("still read")
    results = {}
    with ReaderPool(1, Budget(memory_mb=700)) as pool:
        pool.read(
            str(tmp_path),
            [Task("bomb.pdf", 2_000_000), Task("small.txt", 10)],
            lambda t, e: results.update({t.rel: e}),
        )
    bomb = results["bomb.pdf"]
    assert bomb.problem in (Problem.WORKER_CRASHED, Problem.TOO_MUCH_MEMORY, Problem.NO_TEXT), bomb
    assert results["small.txt"].readable


@pytest.mark.skipif(sys.platform != "linux", reason="uses fork and setuid to drop root")
def test_unreadable_permissions_are_reported():
    # Under /tmp itself: pytest's own temporary folders are closed to other users.
    base = Path(tempfile.mkdtemp(prefix="gatekeeper-permissions-", dir="/tmp"))
    try:
        os.chmod(base, 0o755)
        (base / "open.txt").write_text("readable")
        (base / "closed.txt").write_text("not for you")
        (base / "closed folder").mkdir()
        os.chmod(base / "closed.txt", 0)
        os.chmod(base / "closed folder", 0)
        read_fd, write_fd = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child reads as an ordinary user, as a gatekeeper's desktop would
            try:
                os.close(read_fd)
                if os.getuid() == 0:
                    os.setgid(65534)
                    os.setuid(65534)
                closed = read_document(str(base), "closed.txt")
                entries = scan_folder(base)
                summary = f"{closed.problem}|{[(e.path, e.problem) for e in entries]}"
                os.write(write_fd, summary.encode())
            finally:
                os._exit(0)
        os.close(write_fd)
        os.waitpid(pid, 0)
        with os.fdopen(read_fd) as pipe:
            outcome = pipe.read()
    finally:
        os.chmod(base / "closed folder", 0o755)
        shutil.rmtree(base, ignore_errors=True)
    assert outcome.startswith(f"{Problem.PERMISSION}|"), outcome
    assert "('closed folder', <Problem.PERMISSION: 'permission'>)" in outcome
    assert "('open.txt', None)" in outcome


def test_a_file_its_parser_fails_on_is_still_hashed_and_said_plainly(tmp_path):
    """Issue 21, point 5: a parser's own error (PDFium's "Failed to load page.") becomes the
    problem vocabulary, with the file's SHA-256 and format kept, never the error's text."""
    import hashlib

    from gatekeeper.demo import hostile
    from gatekeeper.extract import read_document

    hostile.write_broken_page_pdf(tmp_path / "statement.pdf")
    extraction = read_document(str(tmp_path), "statement.pdf")
    assert not extraction.readable and extraction.problem is Problem.CORRUPT
    assert extraction.format is FileFormat.PDF
    assert (
        extraction.sha256 == hashlib.sha256((tmp_path / "statement.pdf").read_bytes()).hexdigest()
    )
    assert extraction.problem_detail == "the PDF is damaged: its reader failed on it"


def test_a_readers_verdict_on_a_file_does_not_depend_on_what_it_read_before(tmp_path, checker):
    """Issue 21, point 4: the same hostile files read in either order, in one process, and
    checked with one reader and with two, get the same finding each."""
    from gatekeeper.demo import hostile
    from gatekeeper.extract import read_document
    from gatekeeper.pipeline import Checker, CheckSettings

    folder = tmp_path / "corpus"
    folder.mkdir()
    hostile.write_encrypted_pdf(folder / "protected.pdf")
    hostile.write_lost_pages_pdf(folder / "lost pages.pdf")
    hostile.write_broken_page_pdf(folder / "broken page.pdf")
    hostile.write_corrupt_pdf(folder / "corrupt.pdf")
    hostile.write_truncated_pdf(folder / "truncated.pdf")
    hostile.write_encrypted_docx(folder / "protected.docx")
    hostile.write_far_cell_xlsx(folder / "far cell.xlsx")
    names = sorted(p.name for p in folder.iterdir())

    def verdicts(order: list[str]) -> dict[str, tuple[object, ...]]:
        found = {}
        for name in order:
            read = read_document(str(folder), name)
            found[name] = (read.problem, read.problem_detail, read.sha256)
        return found

    forwards = verdicts(names)
    assert verdicts(list(reversed(names))) == forwards
    assert forwards["lost pages.pdf"][0] is Problem.CORRUPT  # not "password-protected"
    assert forwards["protected.pdf"][0] is Problem.ENCRYPTED
    with Checker(CheckSettings(workers=1)) as alone:
        one = {d.path: (d.problem, d.sha256) for d in alone.check(folder).documents}
    two = {d.path: (d.problem, d.sha256) for d in checker.check(folder).documents}
    assert one == two


def test_word_and_excel_files_cut_off_are_said_to_be_incomplete_not_zip_archives(
    checker, case_folder, tmp_path
):
    """A .docx or .xlsx whose copy stopped part way has lost the zip index at its end: it is
    the document it began as, incomplete, hashed like any file, and said in plain words."""
    source = case_folder()
    folder = tmp_path / "cut"
    folder.mkdir()
    for original in ("MG12 exhibit list.docx", "MG6C unused material.xlsx"):
        data = (source / original).read_bytes()
        for share in (0.3, 0.6, 0.9):
            (folder / f"{int(share * 100)} {original}").write_bytes(data[: int(len(data) * share)])
    report = checker.check(folder)
    assert len(report.documents) == 6
    for document in report.documents:
        assert document.format in (FileFormat.DOCX, FileFormat.XLSX), document.path
        assert document.problem_kind is Problem.TRUNCATED, document.path
        assert "cut off" in (document.problem or ""), document.problem
        assert "zip" not in (document.problem or "").lower()
        assert document.sha256 is not None
