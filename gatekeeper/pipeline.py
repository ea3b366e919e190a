"""The one entry point every face of Gatekeeper uses: ``Checker.check`` (or ``check``).

list -> read (worker processes, cached) -> classify -> facts -> evaluate -> Report.
Progress goes to a plain callback and cancelling is a token, so the GUI can drive it from a
thread without the core knowing about Qt. Read results are kept in memory for the session,
keyed by path, size and modification time: a re-check with a person's corrections, or of a
folder where little changed, reads only what changed.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from gatekeeper import __version__
from gatekeeper.case import CaseFile, MemoKey, memo_key
from gatekeeper.checklist import LoadedChecklist, load_checklist
from gatekeeper.classify import (
    MEDIA_FALLBACK_CONFIDENCE,
    Classification,
    classify,
    recording_matches,
    stated_durations,
)
from gatekeeper.evaluate import evaluate, summarise
from gatekeeper.extract import hash_file
from gatekeeper.facts import extract_facts, report_boxes
from gatekeeper.forms import FormData, load_forms
from gatekeeper.models import (
    CaseHistory,
    DocType,
    Document,
    EntryKind,
    Extraction,
    FileFormat,
    Overrides,
    Phase,
    Problem,
    Progress,
    ReadFile,
    Report,
    Stage,
    TypeSource,
)
from gatekeeper.names import same_person
from gatekeeper.people import complainant_names, describes, first_accounts
from gatekeeper.pool import Budget, ReaderPool, Readings, Task
from gatekeeper.references import named_as_exhibit, recording_exhibits
from gatekeeper.roles import Known, decide_role
from gatekeeper.scan import Entry, scan_folder
from gatekeeper.statements import CONTINUATION_SHEET, SHEET_HEAD

ProgressCallback = Callable[[Progress], None]
# A reader stopped before it took the file's hash: taken by the check itself.
UNHASHED = frozenset(
    {Problem.TIMEOUT, Problem.TOO_MUCH_MEMORY, Problem.WORKER_CRASHED, Problem.TOO_LARGE}
)
PROGRESS_EVERY_S = 0.05
LISTED_PER_EVENT = 300
"""A progress event lists at most this many of the files read since the last (the newest)."""
ENTRY_FORMATS = {EntryKind.LINK: FileFormat.LINK, EntryKind.SPECIAL: FileFormat.SPECIAL}


class NotAFolderError(ValueError):
    """The path given to check does not exist or is not a folder."""


class CancelToken:
    """Set from any thread to stop a check; what was read so far is kept."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()


@dataclass(frozen=True)
class CheckSettings:
    """Everything a check depends on besides the folder; passed explicitly, never global."""

    workers: int | None = None
    budget: Budget = field(default_factory=Budget)
    checklist_path: Path | None = None
    forms_path: Path | None = None  # a folder of form data (checklists/forms by default)
    as_of: dt.date | None = None


class _CollectorPause:
    """Python's cycle collector off while checks run, on again when the last one ends.

    A check makes a few objects per file and next to no reference cycles, but each object made
    counts towards the next collection, and each full collection walks the session's whole cache:
    for a 30,000-file phone extract that was about a quarter of the check's time in this process.

    When the last check ends, what is alive is set aside from the collector (``gc.freeze``) before
    it is back on: otherwise its first pass walks everything the check made, 0.3 s at the end of
    a 30,000-file check, to find nothing (such passes collected no object). What the check keeps
    is the session's cache; what it drops is freed as its last reference goes. The exception,
    accepted: objects in reference cycles that became garbage during the check stay until the
    process ends (some hundreds on a first check of a demo case, none on a re-check)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._running = 0
        self._was_enabled = True

    @contextlib.contextmanager
    def paused(self) -> Iterator[None]:
        with self._lock:
            if self._running == 0:
                self._was_enabled = gc.isenabled()
                gc.disable()
            self._running += 1
        try:
            yield
        finally:
            with self._lock:
                self._running -= 1
                if self._running == 0 and self._was_enabled:
                    gc.freeze()
                    gc.enable()


_COLLECTOR = _CollectorPause()


@dataclass
class _Cached:
    size: int
    mtime_ns: int
    extraction: Extraction
    classification: Classification
    document: Document
    """The file as the report shows it before a person's corrections (shared by every check of
    the session: documents are replaced, never changed, so one check cannot alter another's)."""


class Checker:
    """A session of checks sharing one reader pool and one in-memory cache."""

    def __init__(self, settings: CheckSettings | None = None) -> None:
        self.settings = settings or CheckSettings()
        self.checklist: LoadedChecklist = load_checklist(self.settings.checklist_path)
        self.forms: FormData = load_forms(self.settings.forms_path)
        self._pool: ReaderPool | None = None
        self._cache: dict[tuple[str, str], _Cached] = {}
        self._memo: dict[MemoKey, dict[str, Any]] = {}

    def check(
        self,
        folder: Path | str,
        stage: Stage = Stage.CHARGING,
        overrides: Overrides | None = None,
        progress: ProgressCallback | None = None,
        cancel: CancelToken | None = None,
        history: CaseHistory | None = None,
    ) -> Report:
        """Check ``folder`` (read-only) for ``stage`` and return the report.

        ``history`` is what the case register knew of the case (its action plans), if anything.
        """
        root = Path(folder).expanduser()
        if not root.is_dir():
            raise NotAFolderError(f"{root} does not exist or is not a folder")
        root = root.resolve()
        overrides = overrides or Overrides()
        notify = progress or (lambda p: None)

        def is_cancelled() -> bool:
            return cancel is not None and cancel.cancelled

        notify(Progress(phase=Phase.LISTING))
        # The readers start (importing their parsers) while the folder is listed.
        self._readers().start()
        with _COLLECTOR.paused():
            entries = scan_folder(root, is_cancelled)
            files = [e for e in entries if e.kind is EntryKind.FILE and e.problem is None]
            total_bytes = sum(e.size for e in files)
            notify(Progress(phase=Phase.LISTING, files_total=len(files), bytes_total=total_bytes))

            read, files_read = self._read(root, files, notify, is_cancelled, total_bytes)
            complete = not is_cancelled() and len(read) == len(files)

            notify(Progress(phase=Phase.EVALUATING, files_done=len(read), files_total=len(files)))
            report = self._evaluate(root, stage, entries, read, overrides, complete, history)
            report.files_read = files_read
            # Still paused: a caller that sets the check's objects aside from the collector on
            # DONE (the desktop app) does so before the collector walks them all at once.
            notify(
                Progress(
                    phase=Phase.DONE,
                    files_done=len(read),
                    files_total=len(files),
                    bytes_done=sum(e.size for e in files if e.path in read),
                    bytes_total=total_bytes,
                )
            )
        return report

    def close(self) -> None:
        if self._pool is not None:
            self._pool.close()
            self._pool = None

    def reader_pids(self) -> list[int]:
        """The process ids of this session's reader processes (for tests and diagnostics)."""
        return self._pool.pids() if self._pool is not None else []

    def extraction(self, folder: Path | str, path: str) -> Extraction | None:
        """What was read from ``path`` of ``folder`` in this session (for a preview), if anything.

        From memory only: nothing is read again and nothing was ever written to disk."""
        cached = self._cache.get((str(Path(folder).expanduser().resolve()), path))
        return cached.extraction if cached is not None else None

    def page_picture(
        self, folder: Path | str, path: str, page: int = 0, width: int = 1000
    ) -> tuple[bytes | None, int, str | None]:
        """A PNG of one page of a document (PDF page or picture), drawn in a reader process:
        (png, page count, why not). For previews between checks."""
        root = str(Path(folder).expanduser().resolve())
        return self._readers().picture(root, path, page, width)

    def _readers(self) -> ReaderPool:
        if self._pool is None:
            self._pool = ReaderPool(
                self.settings.workers, self.settings.budget, self.settings.forms_path
            )
        return self._pool

    def clear_cache(self) -> None:
        """Forget every document read (e.g. when a case is closed)."""
        self._cache.clear()
        self._memo.clear()

    def __enter__(self) -> Checker:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _read(
        self,
        root: Path,
        files: list[Entry],
        notify: ProgressCallback,
        is_cancelled: Callable[[], bool],
        total_bytes: int,
    ) -> tuple[dict[str, _Cached], int]:
        """Each file's read result, from the cache when its size and mtime are unchanged."""
        read: dict[str, _Cached] = {}
        to_read: list[Task] = []
        for entry in files:
            cached = self._cache.get((str(root), entry.path))
            if cached and cached.size == entry.size and cached.mtime_ns == entry.mtime_ns:
                read[entry.path] = cached
            else:
                to_read.append(Task(entry.path, entry.size))
        by_path = {e.path: e for e in files}
        bytes_done = sum(e.size for e in files if e.path in read)
        files_read = 0

        last_report = 0.0
        # The newest files read since the last event: the remembered ones at once, the others as
        # they come. Only so many are listed: a phone extract's 100,000 need not be.
        fresh: deque[tuple[str, DocType]] = deque(
            ((path, c.classification.type) for path, c in read.items()), maxlen=LISTED_PER_EVENT
        )

        def report(current: str | None, force: bool = False) -> None:
            nonlocal last_report
            now = time.monotonic()
            if not force and now - last_report < PROGRESS_EVERY_S:
                return  # a phone extract's 100,000 files need not make 100,000 events
            last_report = now
            notify(
                Progress(
                    phase=Phase.READING,
                    files_done=len(read),
                    files_total=len(files),
                    bytes_done=bytes_done,
                    bytes_total=total_bytes,
                    current=current,
                    read=[ReadFile(path=path, type=doc_type) for path, doc_type in fresh],
                )
            )
            fresh.clear()

        def on_read(
            task: Task, extraction: Extraction, found: Classification | None, readings: Readings
        ) -> None:
            nonlocal bytes_done, files_read
            entry = by_path[task.rel]
            if extraction.sha256 is None and extraction.problem in UNHASHED:
                # A reader that crashed or ran out of time took no hash: the file is hashed
                # here, whatever its parser made of it, so the register keeps its hash.
                extraction = extraction.model_copy(
                    update={"sha256": hash_file(str(root), task.rel)}
                )
            found = found or classify(task.rel, extraction)
            document = _read_document(entry, extraction, found)
            cached = _Cached(entry.size, entry.mtime_ns, extraction, found, document)
            read[task.rel] = self._cache[(str(root), task.rel)] = cached
            # The worker's readings, kept as they came: the check adds any others it takes.
            self._memo[memo_key(task.rel, extraction.sha256, found.type)] = readings
            fresh.append((task.rel, found.type))
            bytes_done += task.size
            files_read += 1
            report(task.rel)

        report(None, force=True)
        if to_read:
            self._readers().read(
                str(root),
                to_read,
                lambda task, extraction: on_read(task, extraction, None, {}),
                is_cancelled,
                on_start=lambda t: report(t.rel),
                on_read=on_read,
            )
            report(None, force=True)
        return read, files_read

    def _evaluate(
        self,
        root: Path,
        stage: Stage,
        entries: list[Entry],
        read: dict[str, _Cached],
        overrides: Overrides,
        complete: bool,
        history: CaseHistory | None = None,
    ) -> Report:
        documents = [_document(entry, read.get(entry.path), overrides) for entry in entries]
        case = CaseFile(
            documents=documents,
            extractions={path: cached.extraction for path, cached in read.items()},
            memo=self._memo,
            forms=self.forms,
            stage=stage,
            as_of=self.settings.as_of or dt.date.today(),
            history=history,
        )
        _recognise_abe_recordings(case, overrides)
        _recognise_media_by_exhibit(case, overrides)
        case.mg3 = report_boxes(case)
        _assign_roles(case, overrides)
        case.facts = extract_facts(case)
        rules = self.checklist.checklist.rule
        findings = evaluate(case, rules, overrides.decisions)
        file_count = sum(1 for e in entries if e.kind is EntryKind.FILE)
        return Report(
            folder=str(root),
            stage=stage,
            app_version=__version__,
            checklist=f"{self.checklist.checklist.name} {self.checklist.checklist.version} "
            f"({self.checklist.source})",
            checklist_sha256=self.checklist.sha256,
            checked_at=dt.datetime.now(dt.UTC),
            complete=complete,
            documents=documents,
            findings=findings,
            facts=case.facts,
            summary=summarise(findings, complete, (len(read), file_count), documents),
            overrides=overrides,
        )


def check(
    folder: Path | str,
    stage: Stage = Stage.CHARGING,
    overrides: Overrides | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
    settings: CheckSettings | None = None,
) -> Report:
    """Check one folder with a fresh session (see ``Checker`` to keep the cache between checks)."""
    with Checker(settings) as checker:
        return checker.check(folder, stage, overrides, progress, cancel)


def _document(entry: Entry, cached: _Cached | None, overrides: Overrides) -> Document:
    if entry.kind is not EntryKind.FILE or entry.problem is not None:
        return Document(
            path=entry.path,
            type=DocType.OTHER,
            format=ENTRY_FORMATS.get(entry.kind, FileFormat.UNKNOWN),
            size=entry.size,
            readable=False,
            problem=entry.problem_detail,
            problem_kind=entry.problem,
        )
    if cached is None:
        return Document(
            path=entry.path,
            type=DocType.OTHER,
            format=FileFormat.UNKNOWN,
            size=entry.size,
            readable=False,
            problem="not read: the check was cancelled before this file",
            problem_kind=Problem.NOT_READ,
        )
    override = overrides.document_types.get(entry.path)
    if override is None:
        return cached.document
    return cached.document.model_copy(
        update={"type": override, "type_source": TypeSource.PERSON, "confidence": 1.0}
    )


def _read_document(entry: Entry, extraction: Extraction, found: Classification) -> Document:
    """A file read, as the report shows it, with the type it was given."""
    # Only what differs from a Document's defaults is given: each field costs its validation,
    # and a phone extract has 100,000 files.
    values: dict[str, Any] = {
        "path": entry.path,
        "type": found.type,
        "format": extraction.format,
        "size": entry.size,
        "sha256": extraction.sha256,
        "readable": extraction.readable,
    }
    if found.source is not TypeSource.NONE or found.confidence:
        values |= {"type_source": found.source, "confidence": round(found.confidence, 2)}
    if extraction.problem_detail is not None:
        values["problem"] = extraction.problem_detail
    if extraction.problem is not None:
        values["problem_kind"] = extraction.problem
    if extraction.pages is not None:
        values["pages"] = extraction.pages
    if extraction.pages_without_text:
        values["scanned_pages"] = extraction.pages_without_text
    if extraction.ocr or extraction.ocr_confidence is not None:
        values |= {"ocr": extraction.ocr, "ocr_confidence": extraction.ocr_confidence}
    media = extraction.media
    if media is not None:
        values["playable"] = media.playable
        if media.duration_s is not None:
            values["duration_s"] = round(media.duration_s, 3)
    elif extraction.format in (FileFormat.VIDEO, FileFormat.AUDIO):
        values["playable"] = False
    if found.mismatch is not None:
        values["mismatch"] = found.mismatch
    return Document(**values)


def _recognise_abe_recordings(case: CaseFile, overrides: Overrides) -> None:
    """An untitled video is the ABE recording when its length is the one an ABE summary states,
    or when its name carries the exhibit number the ABE summary or the interviewing officer
    gives the recording ("GS2 working copy.mp4" for "a working copy, which I exhibit as GS/2")."""
    duration = case.forms.form("INTERVIEW").get("duration")
    summaries = case.of_type(DocType.ABE_SUMMARY)
    stated = [s for d in summaries for s in stated_durations(case.text(d), duration)]
    exhibits = {
        ref
        for d in summaries + case.statements()
        if d.type is DocType.ABE_SUMMARY or case.reading(d, "produces-abe")
        for ref in recording_exhibits(case.text(d))
    }
    # "working copy supplied digitally as file VID_0001.mp4": the summary names the file
    summary_text = " ".join(case.text(d) for d in summaries).lower()
    if not stated and not exhibits and not summary_text:
        return
    for index, document in enumerate(case.documents):
        # a video typed only by its streams (no sound: "CCTV") is as good as untyped
        unidentified = (
            document.type is DocType.OTHER
            or document.type_source is TypeSource.NONE
            or document.confidence <= MEDIA_FALLBACK_CONFIDENCE
        )
        named = PurePosixPath(document.path).name.lower()
        if (
            document.format is FileFormat.VIDEO
            and unidentified
            and document.path not in overrides.document_types
            and (
                recording_matches(document.duration_s, stated)
                or named_as_exhibit(document.path, exhibits)
                or (len(named) > 4 and named in summary_text)
            )
        ):
            case.replace(
                index,
                document.model_copy(
                    update={
                        "type": DocType.ABE_RECORDING,
                        "type_source": TypeSource.CONTENT,
                        "confidence": 0.7,
                    }
                ),
            )


MEDIA_EXHIBIT_SOURCES = (
    DocType.MG3, DocType.MG3A, DocType.MG5, DocType.MG11, DocType.MG12, DocType.MG6C
)  # fmt: skip


def _recognise_media_by_exhibit(case: CaseFile, overrides: Overrides) -> None:
    """An untitled clip whose name carries the exhibit number the file gives a CCTV, body-worn
    or 999 recording ("ME1_TG03_2336.mp4" for "the car park camera footage (ME/1)") is that
    recording, when the file gives the number to recordings of one kind only."""
    kinds: dict[str, set[str]] = {}
    for document in case.of_type(*MEDIA_EXHIBIT_SOURCES):
        for ref, kind in case.reading(document, "media-exhibits"):
            kinds.setdefault(ref, set()).add(kind)
    single = {ref: next(iter(k)) for ref, k in kinds.items() if len(k) == 1}
    if not single:
        return
    for index, document in enumerate(case.documents):
        if (
            document.format not in (FileFormat.VIDEO, FileFormat.AUDIO)
            or document.path in overrides.document_types
            or not (
                document.type is DocType.OTHER
                or document.type_source is TypeSource.NONE
                or document.confidence <= MEDIA_FALLBACK_CONFIDENCE
            )
        ):
            continue
        named = {single[ref] for ref in single if named_as_exhibit(document.path, {ref})}
        if len(named) == 1:
            case.replace(
                index,
                document.model_copy(
                    update={
                        "type": DocType(named.pop()),
                        "type_source": TypeSource.CONTENT,
                        "confidence": 0.7,
                    }
                ),
            )


def _assign_roles(case: CaseFile, overrides: Overrides) -> None:
    """Each statement's maker and role: its own words weighed with who the file says is who
    (``gatekeeper.roles``). Twice: the complainant's own statement may name whom she first told."""
    known = Known(complainant=complainant_names(case))
    for _ in range(2):
        accounts = first_accounts(case, case.forms.phrases, later_too=True)
        known.first_account = [a.name for a in accounts if a.name]
        bonds = [a.relationship for a in accounts if a.relationship and not a.name]
        known.bonds = bonds
        every_bond = {a.relationship for a in accounts if a.relationship}
        for index, document in enumerate(case.documents):
            if document.type is not DocType.MG11:
                continue
            update: dict[str, object] = {"role": None, "role_certain": True, "role_basis": None}
            if case.text(document).strip():
                parts = case.statement(document)
                others = sorted({bond for bond, _ in parts.bonds} - every_bond)
                decision = decide_role(
                    parts.maker,
                    parts.signals,
                    known,
                    describes_bond=bool(bonds)
                    and describes(case, document, bonds, known.complainant),
                    describes_other=bool(others)
                    and describes(case, document, others, known.complainant),
                )
                update = {
                    "role": decision.role,
                    "role_certain": decision.certain,
                    "role_basis": decision.basis,
                    "maker": parts.maker,
                    "statement_date": parts.date,
                }
            if document.path in overrides.roles:
                update |= {
                    "role": overrides.roles[document.path],
                    "role_certain": True,
                    "role_basis": "decided by a person",
                }
            case.replace(index, document.model_copy(update=update))
    _same_maker_same_role(case, overrides)


def _same_maker_same_role(case: CaseFile, overrides: Overrides) -> None:
    """A statement read too thinly to weigh (a continuation sheet photographed on its own)
    takes the role its maker's other statement gives them: a person has one part in a case."""
    statements = [d for d in case.documents if d.type is DocType.MG11 and d.maker]
    # A continuation sheet ("MG 11 (T) Continuation of statement of Karen MARSH") tells the rest
    # of a story whose start says who the maker is to her.
    sheets = {
        id(d)
        for d in statements
        if CONTINUATION_SHEET.search(case.text(d)[:SHEET_HEAD])
        and not case.statement(d).has_declaration
    }
    settled = [d for d in statements if d.role and d.role_certain and id(d) not in sheets]
    for index, document in enumerate(case.documents):
        if (
            document.type is not DocType.MG11
            or (document.role_certain and id(document) not in sheets)
            or not document.maker
            or document.path in overrides.roles
        ):
            continue
        roles = {d.role for d in settled if same_person(d.maker or "", document.maker)}
        if len(roles) == 1:
            (role,) = roles
            case.replace(
                index,
                document.model_copy(
                    update={
                        "role": role,
                        "role_certain": True,
                        "role_basis": "the role of the maker's other statement in the file",
                    }
                ),
            )
