"""Shared fixtures: demo cases built once per session by the project's own generator, one Checker."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from gatekeeper.demo import CaseSpec, build_case
from gatekeeper.models import Report, Stage
from gatekeeper.pipeline import Checker, CheckSettings
from helpers import AS_OF, start_batch_generation, stop_batch_generation

_session_checkers: list[Checker] = []


@pytest.fixture(scope="session")
def checker() -> Iterator[Checker]:
    with Checker(CheckSettings(workers=2, as_of=AS_OF)) as session_checker:
        _session_checkers.append(session_checker)
        yield session_checker


def _reader_processes() -> set[int]:
    """Reader processes started by this test process (their command line names gatekeeper.pool),
    with those forked from them (``reader_forks``: a reader's parent is the fork source)."""
    parents: dict[int, int] = {}
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            fields = dict(
                line.split(":\t", 1) for line in status.read_text().splitlines() if ":\t" in line
            )
            cmdline = (status.parent / "cmdline").read_bytes()
        except (OSError, ValueError):
            continue
        if b"gatekeeper.pool" in cmdline:
            parents[int(status.parent.name)] = int(fields.get("PPid", "0"))
    found = {pid for pid, parent in parents.items() if parent == os.getpid()}
    while forked := {pid for pid, parent in parents.items() if parent in found} - found:
        found |= forked
    return found


@pytest.fixture(autouse=True)
def no_reader_outlives_its_test() -> Iterator[None]:
    """Only the shared session checker may keep reader processes between tests."""
    yield
    kept = {pid for c in _session_checkers for pid in c.reader_pids()}
    leftover = _reader_processes() - kept
    assert not leftover, f"reader processes left running: {sorted(leftover)}"


@pytest.fixture(scope="session")
def case_folder(tmp_path_factory: pytest.TempPathFactory) -> Callable[..., Path]:
    """Build (once) the demo case a spec describes and return its folder."""
    built: dict[str, Path] = {}

    def make(**changes: object) -> Path:
        spec = CaseSpec(**changes)  # type: ignore[arg-type]
        key = spec.model_dump_json()
        if key not in built:
            digest = hashlib.sha1(key.encode()).hexdigest()[:10]
            folder = tmp_path_factory.mktemp(f"case-{digest}")
            build_case(spec, folder)
            built[key] = folder
        return built[key]

    return make


@pytest.fixture(scope="session")
def check_case(checker: Checker, case_folder: Callable[..., Path]) -> Callable[..., Report]:
    reports: dict[tuple[Path, Stage], Report] = {}

    def run(stage: Stage = Stage.CHARGING, **changes: object) -> Report:
        folder = case_folder(**changes)
        if (folder, stage) not in reports:
            reports[(folder, stage)] = checker.check(folder, stage)
        return reports[(folder, stage)]

    return run


@pytest.fixture(autouse=True)
def register_in_tmp(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """No test writes to the user's real case register: each gets its own, made on first use.

    ``GATEKEEPER_REGISTER`` is inherited by the ``gatekeeper`` processes tests start. The file
    is outside ``tmp_path``, so a case folder a test builds there never contains it.
    """
    path = tmp_path_factory.mktemp("register") / "register.sqlite"
    monkeypatch.setenv("GATEKEEPER_REGISTER", str(path))
    return path


@pytest.fixture(autouse=True)
def data_in_tmp(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test writes demo cases or plan drafts into the user's real data folder."""
    path = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("GATEKEEPER_DATA", str(path))
    return path


@pytest.fixture(scope="session")
def postgres() -> Iterator[object]:
    """A PostgreSQL server the suite starts in a temporary folder (see tests/pg_server.py)."""
    from pg_server import PostgresServer, find_bindir, in_ci

    bindir = find_bindir()
    if bindir is None:
        if in_ci():
            pytest.fail("PostgreSQL binaries not found: 'make setup' installs them (postgresql)")
        pytest.skip("PostgreSQL binaries not found (apt-get install postgresql, or make setup)")
    server = PostgresServer(bindir)
    try:
        server.start()
    except Exception as exc:
        server.stop()
        pytest.fail(f"the test PostgreSQL server did not start: {exc}")
    yield server
    server.stop()


def pytest_collection_modifyitems(
    session: pytest.Session, config: pytest.Config, items: list[pytest.Item]
) -> None:
    """The judgement batches' tests run last, their generators started now, in the background
    (``helpers.start_batch_generation``): they use the CPU the other tests leave idle."""
    batch_tests = [item for item in items if item.nodeid.startswith("tests/test_batches.py")]
    if not batch_tests or len(batch_tests) == len(items):
        return
    items[:] = [item for item in items if item not in batch_tests] + batch_tests
    factory: pytest.TempPathFactory = config._tmp_path_factory  # type: ignore[attr-defined]
    start_batch_generation(factory.mktemp("batches"))


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    stop_batch_generation()
