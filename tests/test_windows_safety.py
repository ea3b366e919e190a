"""The Windows stand-ins for O_NOFOLLOW walks and RLIMIT_AS, decided and tested off Windows.

The opener's system calls are faked, so each decision (refuse a junction, a swap, a name that
leaves the folder) is proved here with Windows-style stat results; the real calls on Linux
then show the same path refuses a symlink. The Job Object structures are checked by layout and
its call sequence against a stand-in kernel32.
"""

from __future__ import annotations

import ctypes
import errno
import os
import stat
from dataclasses import dataclass, field
from types import SimpleNamespace

import pytest

import gatekeeper.extract
import gatekeeper.scan
from gatekeeper.extract import Folders, read_document
from gatekeeper.extract.windows_open import OPEN_FLAGS, OsCalls, open_no_follow
from gatekeeper.models import EntryKind, Problem
from gatekeeper.scan import scan_folder
from gatekeeper.winjob import (
    IO_COUNTERS,
    JOB_OBJECT_LIMIT_PROCESS_MEMORY,
    JOBOBJECT_BASIC_LIMIT_INFORMATION,
    JOBOBJECT_EXTENDED_LIMIT_INFORMATION,
    apply_memory_limit,
    limit_own_memory,
)

REPARSE = stat.FILE_ATTRIBUTE_REPARSE_POINT
DIR = stat.S_IFDIR | 0o755
FILE = stat.S_IFREG | 0o644
IO_REPARSE_TAG_MOUNT_POINT = 0xA0000003  # a junction
IO_REPARSE_TAG_CLOUD_6 = 0x9000601A  # a OneDrive file


@dataclass(frozen=True)
class WinStat:
    """A Windows-style stat result."""

    st_mode: int
    st_ino: int
    st_dev: int = 7
    st_file_attributes: int = 0


@dataclass
class FakeOs:
    """A folder tree by path; records what was opened and closed."""

    tree: dict[str, WinStat]
    opened_as: WinStat | None = None  # what fstat says the opened file is (default: as listed)
    later: dict[str, WinStat] = field(default_factory=dict)  # what a second lstat sees
    opened: list[tuple[str, int]] = field(default_factory=list)
    closed: list[int] = field(default_factory=list)
    looked: list[str] = field(default_factory=list)

    def lstat(self, path: str) -> WinStat:
        if path in self.looked and path in self.later:
            return self.later[path]
        self.looked.append(path)
        if path not in self.tree:
            raise FileNotFoundError(errno.ENOENT, "not found", path)
        return self.tree[path]

    def open(self, path: str, flags: int) -> int:
        self.opened.append((path, flags))
        return 42

    def fstat(self, fd: int) -> WinStat:
        assert fd == 42
        return self.opened_as or self.tree[self.opened[-1][0]]

    def close(self, fd: int) -> None:
        self.closed.append(fd)

    def calls(self) -> OsCalls:
        return OsCalls(lstat=self.lstat, open=self.open, fstat=self.fstat, close=self.close)


CASE_PATHS = {"folder": f"R{os.sep}statements", "file": f"R{os.sep}statements{os.sep}MG11.pdf"}


def case_tree(**changes: WinStat) -> FakeOs:
    """R/statements/MG11.pdf, with the folder or the file replaced."""
    tree = {
        CASE_PATHS["folder"]: WinStat(DIR, st_ino=1),
        CASE_PATHS["file"]: WinStat(FILE, st_ino=2),
    }
    tree.update({CASE_PATHS[name]: info for name, info in changes.items()})
    return FakeOs(tree)


# The opener, with Windows-style stat results


def test_a_plain_file_is_opened_read_only():
    fake = case_tree()
    assert open_no_follow("R", "statements/MG11.pdf", fake.calls()) == 42
    assert fake.opened == [(f"R{os.sep}statements{os.sep}MG11.pdf", OPEN_FLAGS)]
    assert fake.closed == []
    assert OPEN_FLAGS & (os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC) == 0


@pytest.mark.parametrize(
    ("where", "info"),
    [
        ("folder", WinStat(DIR, st_ino=1, st_file_attributes=REPARSE)),  # a junction
        (
            "file",
            WinStat(FILE, st_ino=2, st_file_attributes=REPARSE),
        ),  # a file symlink or cloud file
        ("folder", WinStat(stat.S_IFLNK | 0o777, st_ino=1)),  # a symlink as POSIX reports it
        ("file", WinStat(stat.S_IFLNK | 0o777, st_ino=2)),
    ],
)
def test_a_link_or_reparse_point_on_the_way_is_refused_before_anything_is_opened(where, info):
    fake = case_tree(**{where: info})
    with pytest.raises(OSError, match="junction") as raised:
        open_no_follow("R", "statements/MG11.pdf", fake.calls())
    assert raised.value.errno == errno.ELOOP
    assert fake.opened == []


def test_a_file_swapped_between_check_and_open_is_refused_and_closed():
    fake = case_tree()
    fake.opened_as = WinStat(FILE, st_ino=99)  # the open reached another file
    with pytest.raises(OSError, match="changed") as raised:
        open_no_follow("R", "statements/MG11.pdf", fake.calls())
    assert raised.value.errno == errno.EAGAIN
    assert fake.closed == [42]


def test_a_file_swapped_on_another_volume_is_refused_and_closed():
    fake = case_tree()
    fake.opened_as = WinStat(FILE, st_ino=2, st_dev=8)  # same index, another volume
    with pytest.raises(OSError, match="changed"):
        open_no_follow("R", "statements/MG11.pdf", fake.calls())
    assert fake.closed == [42]


def test_a_folder_swapped_for_a_junction_during_the_walk_is_refused_and_closed():
    fake = case_tree()
    fake.later[f"R{os.sep}statements"] = WinStat(DIR, st_ino=1, st_file_attributes=REPARSE)
    with pytest.raises(OSError) as raised:
        open_no_follow("R", "statements/MG11.pdf", fake.calls())
    assert raised.value.errno == errno.ELOOP
    assert fake.closed == [42]


def test_a_folder_replaced_by_another_during_the_walk_is_refused_and_closed():
    fake = case_tree()
    fake.later[f"R{os.sep}statements"] = WinStat(DIR, st_ino=55)
    with pytest.raises(OSError, match="folder changed"):
        open_no_follow("R", "statements/MG11.pdf", fake.calls())
    assert fake.closed == [42]


@pytest.mark.parametrize(
    "mode", [stat.S_IFCHR | 0o666, stat.S_IFIFO | 0o644, stat.S_IFSOCK | 0o644, DIR]
)
def test_a_file_that_is_not_a_regular_file_is_refused_unopened(mode):
    fake = case_tree(file=WinStat(mode, st_ino=2))
    with pytest.raises(OSError, match="not a regular file") as raised:
        open_no_follow("R", "statements/MG11.pdf", fake.calls())
    assert raised.value.errno == errno.EISDIR  # as the POSIX walk reports it
    assert fake.opened == []


def test_an_opened_file_that_is_not_regular_is_refused_and_closed():
    fake = case_tree()
    fake.opened_as = WinStat(stat.S_IFCHR | 0o666, st_ino=2)
    with pytest.raises(OSError):
        open_no_follow("R", "statements/MG11.pdf", fake.calls())
    assert fake.closed == [42]


def test_a_file_used_as_a_folder_is_refused():
    fake = case_tree(folder=WinStat(FILE, st_ino=1))
    with pytest.raises(OSError) as raised:
        open_no_follow("R", "statements/MG11.pdf", fake.calls())
    assert raised.value.errno == errno.ENOTDIR
    assert fake.opened == []


@pytest.mark.parametrize(
    "rel",
    [
        "../outside.pdf",
        "statements/../../outside.pdf",
        "..",
        "/etc/passwd",
        "\\Windows\\win.ini",
        "C:/Windows/win.ini",
        "C:",
        "\\\\server\\share\\MG11.pdf",
        "statements\\MG11.pdf",
        "statements/MG11.pdf:hidden",  # an alternate data stream
        "statements./MG11.pdf",  # Windows would open "statements"
        "statements/MG11.pdf ",
        "statements/NUL",
        "statements/con.txt",
        "statements/COM1",
        "",
        "./",
    ],
)
def test_a_path_that_could_leave_the_folder_is_refused_unexamined(rel):
    fake = case_tree()
    with pytest.raises(OSError) as raised:
        open_no_follow("R", rel, fake.calls())
    assert raised.value.errno == errno.EINVAL
    assert fake.looked == [] and fake.opened == []


def test_a_trailing_separator_on_the_root_is_not_doubled():
    fake = FakeOs({f"R{os.sep}a.pdf": WinStat(FILE, st_ino=3)})
    assert open_no_follow(f"R{os.sep}", "a.pdf", fake.calls()) == 42
    assert fake.opened[0][0] == f"R{os.sep}a.pdf"


# The opener, with this system's real calls


@pytest.fixture
def linked_folder(tmp_path):
    """A submission with a document, links to outside, a link to a folder outside, and a pipe."""
    if not hasattr(os, "mkfifo"):
        pytest.skip("needs POSIX symlinks and pipes")
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("outside the submission")
    root = tmp_path / "case"
    (root / "statements").mkdir(parents=True)
    (root / "statements" / "MG11.txt").write_text("Statement of a witness.")
    (root / "to outside.txt").symlink_to(outside / "secret.txt")
    (root / "outside folder").symlink_to(outside, target_is_directory=True)
    (root / "statements" / "to inside.txt").symlink_to(root / "statements" / "MG11.txt")
    os.mkfifo(root / "a pipe")
    return root


def test_the_real_calls_open_a_document(linked_folder):
    fd = open_no_follow(str(linked_folder), "statements/MG11.txt")
    with os.fdopen(fd, "rb") as opened:
        assert opened.read() == b"Statement of a witness."


@pytest.mark.parametrize(
    "rel", ["to outside.txt", "outside folder/secret.txt", "statements/to inside.txt"]
)
def test_the_real_calls_refuse_a_symlink_with_no_reparse_attribute(linked_folder, rel):
    with pytest.raises(OSError) as raised:
        open_no_follow(str(linked_folder), rel)
    assert raised.value.errno == errno.ELOOP


def test_the_real_calls_refuse_a_pipe_without_blocking(linked_folder):
    with pytest.raises(OSError, match="not a regular file"):
        open_no_follow(str(linked_folder), "a pipe")


def test_folders_walk_by_folder_handle_where_the_system_allows():
    assert gatekeeper.extract.WALK_BY_FOLDER is (os.name == "posix")


def test_folders_open_by_checked_name_where_folders_cannot_be_walked(linked_folder, monkeypatch):
    monkeypatch.setattr(gatekeeper.extract, "WALK_BY_FOLDER", False)
    with Folders(str(linked_folder)) as folders:
        with pytest.raises(OSError, match="junction"):  # the Windows opener's own words
            folders.open_file("outside folder/secret.txt")
        with os.fdopen(folders.open_file("statements/MG11.txt"), "rb") as opened:
            assert opened.read() == b"Statement of a witness."
    read = read_document(str(linked_folder), "statements/MG11.txt", ocr=False, deadline_s=30)
    assert read.readable and read.sha256 is not None
    refused = read_document(str(linked_folder), "to outside.txt", ocr=False, deadline_s=30)
    assert not refused.readable and "not followed" in (refused.problem_detail or "")


# The listing


class WindowsEntry:
    """A real directory entry that reports Windows reparse data, as scandir does on Windows."""

    def __init__(self, real, attributes=0, tag=0, junction=False):
        self._real, self._attributes, self._tag, self._junction = real, attributes, tag, junction
        self.name, self.path = real.name, real.path

    def is_symlink(self):
        return self._real.is_symlink()

    def is_junction(self):
        return self._junction

    def stat(self, *, follow_symlinks=True):
        info = self._real.stat(follow_symlinks=follow_symlinks)
        return SimpleNamespace(
            st_mode=info.st_mode,
            st_size=info.st_size,
            st_mtime_ns=info.st_mtime_ns,
            st_file_attributes=self._attributes,
            st_reparse_tag=self._tag,
        )


class WindowsScandir:
    """Stands in for os.scandir; names listed in ``reparse`` come back as reparse points."""

    def __init__(self, real_scandir, reparse):
        self.real_scandir, self.reparse = real_scandir, reparse

    def __call__(self, path):
        with self.real_scandir(path) as it:
            entries = [self._windows(entry) for entry in it]
        return _Listing(entries)

    def _windows(self, entry):
        return WindowsEntry(entry, **self.reparse.get(entry.name, {}))


class _Listing(list):
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return None


@pytest.fixture
def windows_folder(tmp_path):
    root = tmp_path / "case"
    for folder in ("junction", "junction by attribute", "old junction", "plain"):
        (root / folder).mkdir(parents=True)
        (root / folder / "inside.txt").write_text("behind the folder")
    (root / "cloud.pdf").write_text("a placeholder")
    (root / "plain.txt").write_text("a document")
    return root


def test_symlinks_are_listed_as_links_and_never_followed(linked_folder):
    entries = {e.path: e for e in scan_folder(linked_folder)}
    assert entries["to outside.txt"].problem is Problem.LINK_OUTSIDE
    assert entries["outside folder"].problem is Problem.LINK_OUTSIDE
    assert entries["statements/to inside.txt"].problem is Problem.LINK_INSIDE
    assert entries["a pipe"].kind is EntryKind.SPECIAL
    assert entries["statements/MG11.txt"].kind is EntryKind.FILE
    assert not any(path.startswith("outside folder/") for path in entries)


def test_junctions_and_cloud_files_are_listed_never_followed_or_opened(windows_folder, monkeypatch):
    reparse = {
        "junction": {"junction": True},  # Python 3.12+
        "junction by attribute": {"attributes": REPARSE, "tag": IO_REPARSE_TAG_MOUNT_POINT},
        "old junction": {"attributes": REPARSE},  # no tag known: taken for a link
        "cloud.pdf": {"attributes": REPARSE, "tag": IO_REPARSE_TAG_CLOUD_6},
    }
    # Only the listing sees Windows entries: the rest of this process keeps the real scandir.
    windows_os = SimpleNamespace(scandir=WindowsScandir(os.scandir, reparse))
    monkeypatch.setattr(gatekeeper.scan, "os", windows_os)
    entries = {e.path: e for e in scan_folder(windows_folder)}
    assert sorted(entries) == [
        "cloud.pdf",
        "junction",
        "junction by attribute",
        "old junction",
        "plain.txt",
        "plain/inside.txt",
    ]
    for name in ("junction", "junction by attribute", "old junction"):
        assert entries[name].kind is EntryKind.LINK
    assert entries["cloud.pdf"].kind is EntryKind.SPECIAL
    assert entries["cloud.pdf"].problem is Problem.SPECIAL_FILE
    assert "cloud file" in (entries["cloud.pdf"].problem_detail or "")
    assert entries["plain.txt"].kind is EntryKind.FILE


# The reader's memory cap


@pytest.mark.skipif(ctypes.sizeof(ctypes.c_void_p) != 8, reason="the 64-bit layout")
def test_the_job_structures_have_the_64_bit_windows_layout():
    assert ctypes.sizeof(JOBOBJECT_BASIC_LIMIT_INFORMATION) == 64
    assert ctypes.sizeof(IO_COUNTERS) == 48
    assert ctypes.sizeof(JOBOBJECT_EXTENDED_LIMIT_INFORMATION) == 144
    assert JOBOBJECT_BASIC_LIMIT_INFORMATION.LimitFlags.offset == 16
    assert JOBOBJECT_BASIC_LIMIT_INFORMATION.MinimumWorkingSetSize.offset == 24
    assert JOBOBJECT_BASIC_LIMIT_INFORMATION.Affinity.offset == 48
    assert JOBOBJECT_EXTENDED_LIMIT_INFORMATION.IoInfo.offset == 64
    assert JOBOBJECT_EXTENDED_LIMIT_INFORMATION.ProcessMemoryLimit.offset == 112
    assert JOBOBJECT_EXTENDED_LIMIT_INFORMATION.PeakJobMemoryUsed.offset == 136


@pytest.mark.skipif(os.name == "nt", reason="off Windows only")
@pytest.mark.parametrize("megabytes", [512, 0, -1])
def test_no_memory_cap_is_set_off_windows(megabytes):
    assert limit_own_memory(megabytes) is False


class FakeKernel32:
    """Records the job calls; each answers as configured."""

    def __init__(self, job=0x1234, set_ok=1, assign_ok=1):
        self.calls = []
        self.CreateJobObjectW = self._call("create", job)
        self.SetInformationJobObject = self._call("set", set_ok)
        self.AssignProcessToJobObject = self._call("assign", assign_ok)
        self.GetCurrentProcess = self._call("current", -1)
        self.CloseHandle = self._call("close", 1)

    def _call(self, name, answer):
        def call(*args):
            if name == "set":  # the structure as Windows would read it, before it goes
                info = args[2]._obj
                args = (
                    *args[:2],
                    (info.BasicLimitInformation.LimitFlags, info.ProcessMemoryLimit),
                    args[3],
                )
            self.calls.append((name, *args))
            return answer

        return call


def test_the_job_caps_this_process_and_closes_its_handle():
    kernel32 = FakeKernel32()
    assert apply_memory_limit(kernel32, 512 * 1024 * 1024) is True
    size = ctypes.sizeof(JOBOBJECT_EXTENDED_LIMIT_INFORMATION)
    assert kernel32.calls == [
        ("create", None, None),
        ("set", 0x1234, 9, (JOB_OBJECT_LIMIT_PROCESS_MEMORY, 512 * 1024 * 1024), size),
        ("current",),
        ("assign", 0x1234, -1),
        ("close", 0x1234),
    ]


@pytest.mark.parametrize(
    ("kernel32", "closed"),
    [
        (FakeKernel32(job=None), False),
        (FakeKernel32(set_ok=0), True),
        (FakeKernel32(assign_ok=0), True),
    ],
)
def test_a_refused_job_call_sets_no_cap_and_leaks_no_handle(kernel32, closed):
    assert apply_memory_limit(kernel32, 1024) is False
    assert (("close", 0x1234) in kernel32.calls) is closed
