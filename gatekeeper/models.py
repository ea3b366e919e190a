"""The plain records every stage of the pipeline passes on.

Everything here is a pydantic model that serialises losslessly to JSON, so the case register can
store a report and the GUI can show it without knowing how it was made. Document text is never
part of these records: it lives only in the in-memory extraction cache.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

# A file name's control characters: shown escaped so that a name never moves a terminal's
# cursor, colours it, or splits a line of the report.
CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def is_plain_name(name: str) -> bool:
    """The name is UTF-8 text without control characters (as nearly every name is)."""
    if CONTROL.search(name):
        return False
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False  # bytes the file system gave that are no UTF-8 (held as surrogates)
    return True


def shown_name(name: str) -> str:
    """A file name as text that is safe to print and to store: bytes that are no UTF-8 as
    \\xff, control characters as \\x1b."""
    if is_plain_name(name):
        return name
    text = os.fsencode(name).decode("utf-8", "backslashreplace")
    return CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def _escaped(value: Any) -> Any:
    """Every string of a dumped model with its odd names escaped (a message quotes a path)."""
    if isinstance(value, str):
        return (
            value
            if is_plain_name(value) or ("\n" in value and _only_newlines(value))
            else shown_name(value)
        )
    if isinstance(value, dict):
        return {key: _escaped(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_escaped(item) for item in value]
    return value


def _only_newlines(text: str) -> bool:
    """Text whose only control characters are line breaks, and all UTF-8 (a message)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return not CONTROL.search(text.replace("\n", ""))


class Record(BaseModel):
    """Base for every boundary model: unknown fields are an error, not silently dropped."""

    model_config = ConfigDict(extra="forbid")


class DocType(StrEnum):
    MG3 = "MG3"
    MG3A = "MG3A"
    MG5 = "MG5"
    MG6 = "MG6"
    MG6C = "MG6C"
    MG6D = "MG6D"
    MG6E = "MG6E"
    DMD = "DMD"
    MG2 = "MG2"
    MG11 = "MG11"
    ABE_RECORDING = "ABE_RECORDING"
    ABE_SUMMARY = "ABE_SUMMARY"
    ABE_PLAN = "ABE_PLAN"
    ROTI = "ROTI"
    PNC = "PNC"
    MG12 = "MG12"
    DPN = "DPN"
    DIGITAL_EXTRACT = "DIGITAL_EXTRACT"
    MEDICAL = "MEDICAL"
    FORENSIC = "FORENSIC"
    THIRD_PARTY = "THIRD_PARTY"
    CCTV = "CCTV"
    BWV = "BWV"
    CALL_999 = "CALL_999"
    CRIME_REPORT = "CRIME_REPORT"
    INCIDENT_LOG = "INCIDENT_LOG"
    EARLY_ADVICE = "EARLY_ADVICE"
    ACTION_PLAN = "ACTION_PLAN"
    VPS = "VPS"
    CORRESPONDENCE = "CORRESPONDENCE"
    OTHER = "OTHER"

    @property
    def plain(self) -> str:
        """The type as a gatekeeper names it ("early advice", "MG6C unused material schedule");
        the code (the value) stays in JSON, CSV and the register."""
        return TYPE_NAMES[self]


TYPE_NAMES: dict[DocType, str] = {
    DocType.MG3: "MG3 report to the prosecutor",
    DocType.MG3A: "MG3A further report",
    DocType.MG5: "MG5 case summary",
    DocType.MG6: "MG6 case file information",
    DocType.MG6C: "MG6C unused material schedule",
    DocType.MG6D: "MG6D sensitive material schedule",
    DocType.MG6E: "MG6E disclosure officer's report",
    DocType.DMD: "disclosure management document",
    DocType.MG2: "MG2 special measures",
    DocType.MG11: "MG11 witness statement",
    DocType.ABE_RECORDING: "ABE recording",
    DocType.ABE_SUMMARY: "ABE summary or index",
    DocType.ABE_PLAN: "ABE interview plan",
    DocType.ROTI: "suspect interview record",
    DocType.PNC: "PNC record",
    DocType.MG12: "MG12 exhibit list",
    DocType.DPN: "digital processing notice",
    DocType.DIGITAL_EXTRACT: "device extraction report",
    DocType.MEDICAL: "medical or SARC record",
    DocType.FORENSIC: "forensic report",
    DocType.THIRD_PARTY: "third-party material",
    DocType.CCTV: "CCTV",
    DocType.BWV: "body-worn video",
    DocType.CALL_999: "999 call recording",
    DocType.CRIME_REPORT: "crime report",
    DocType.INCIDENT_LOG: "incident log",
    DocType.EARLY_ADVICE: "early advice",
    DocType.ACTION_PLAN: "action plan",
    DocType.VPS: "victim personal statement",
    DocType.CORRESPONDENCE: "correspondence",
    DocType.OTHER: "other",
}


MULTIMEDIA_TYPES = frozenset({DocType.CCTV, DocType.BWV, DocType.CALL_999})


class Role(StrEnum):
    """The role of the maker of an MG11 statement."""

    COMPLAINANT = "complainant"
    FIRST_ACCOUNT = "first_account"
    OFFICER = "officer"
    WITNESS = "witness"
    EXPERT = "expert"


class Stage(StrEnum):
    CHARGING = "charging"
    EARLY_ADVICE = "early_advice"
    THRESHOLD = "threshold"


class Status(StrEnum):
    PASS = "pass"  # noqa: S105 (a status, not a password)
    FAIL = "fail"
    REVIEW = "review"
    NOT_APPLICABLE = "not_applicable"


class Severity(StrEnum):
    BLOCKING = "blocking"
    REQUIRED = "required"
    ADVISORY = "advisory"


class FileFormat(StrEnum):
    """What a file's bytes say it is, whatever its name says."""

    PDF = "pdf"
    DOCX = "docx"
    XLSX = "xlsx"
    ODT = "odt"
    ODS = "ods"
    VIDEO = "video"
    AUDIO = "audio"
    IMAGE = "image"
    EMAIL = "email"
    OUTLOOK_MSG = "outlook_msg"
    TEXT = "text"
    LEGACY_OFFICE = "legacy_office"
    RTF = "rtf"
    ENCRYPTED_OFFICE = "encrypted_office"
    ZIP = "zip"
    EMPTY = "empty"
    LINK = "link"
    SPECIAL = "special"
    UNKNOWN = "unknown"


class Problem(StrEnum):
    """Why a file could not be read (fully): each kind gets its own plain-English message."""

    EMPTY = "empty"
    CORRUPT = "corrupt"
    TRUNCATED = "truncated"
    ENCRYPTED = "encrypted"
    LEGACY_FORMAT = "legacy_format"
    UNSUPPORTED = "unsupported"
    SCANNED = "scanned"
    NO_TEXT = "no_text"
    NOT_PLAYABLE = "not_playable"
    TIMEOUT = "timeout"
    TOO_MUCH_MEMORY = "too_much_memory"
    WORKER_CRASHED = "worker_crashed"
    TOO_LARGE = "too_large"
    SUSPICIOUS_ARCHIVE = "suspicious_archive"
    LINK_OUTSIDE = "link_outside"
    LINK_INSIDE = "link_inside"
    LINK_BROKEN = "link_broken"
    PERMISSION = "permission"
    SPECIAL_FILE = "special_file"
    NOT_READ = "not_read"


class EntryKind(StrEnum):
    FILE = "file"
    LINK = "link"
    SPECIAL = "special"
    UNREADABLE_FOLDER = "unreadable_folder"


class MediaInfo(Record):
    duration_s: float | None = None
    container: str | None = None
    video_codec: str | None = None
    audio_codec: str | None = None
    width: int | None = None
    height: int | None = None
    video_frames_decoded: int = 0
    audio_frames_decoded: int = 0
    ending_decodes: bool | None = Field(
        default=None, description="a frame near the end decodes (None: too short to test)"
    )
    title: str | None = None
    comment: str | None = None

    @property
    def has_video(self) -> bool:
        return self.video_codec is not None

    @property
    def has_audio(self) -> bool:
        return self.audio_codec is not None

    @property
    def playable(self) -> bool:
        if self.ending_decodes is False:
            return False
        if self.has_video:
            return self.video_frames_decoded > 0
        return self.audio_frames_decoded > 0


class Extraction(Record):
    """What the reading phase got out of one file. Holds document text: never persisted."""

    format: FileFormat
    sha256: str | None = None
    readable: bool = True
    problem: Problem | None = None
    problem_detail: str | None = None
    pages: int | None = None
    pages_without_text: int = 0
    text: str = ""
    text_truncated: bool = False
    tables: list[list[list[str]]] = Field(default_factory=list)
    media: MediaInfo | None = None
    metadata_title: str | None = None
    ocr: bool = Field(default=False, description="some of the text was read by OCR")
    ocr_confidence: float | None = Field(
        default=None, description="mean OCR word confidence, 0-100, over the pages OCR read"
    )


class TypeSource(StrEnum):
    CONTENT = "content"
    NAME = "name"
    PERSON = "person"
    NONE = "none"


class Document(Record):
    """A file of the submission as the report shows it: type, role and readability, no text."""

    path: str
    path_bytes: str | None = Field(
        default=None,
        description="the name's bytes in hex, exactly as the file system gave them, when they "
        "are not UTF-8 text (``path`` then shows them escaped, as \\xff)",
    )
    type: DocType
    role: Role | None = None
    type_source: TypeSource = TypeSource.NONE
    confidence: float = 0.0
    format: FileFormat
    size: int
    sha256: str | None = None
    readable: bool
    problem: str | None = Field(
        default=None, description="why not (fully) readable, in plain English"
    )
    problem_kind: Problem | None = None
    pages: int | None = None
    scanned_pages: int = 0
    ocr: bool = Field(default=False, description="some of the text was read by OCR")
    ocr_confidence: float | None = Field(default=None, description="mean OCR confidence, 0-100")
    duration_s: float | None = None
    playable: bool | None = None
    maker: str | None = Field(default=None, description="name of a statement's maker")
    role_certain: bool = Field(
        default=True,
        description="False when the role rests on weak or conflicting signals: the rules that "
        "depend on it leave the point for a person",
    )
    role_basis: str | None = Field(default=None, description="why the statement has its role")
    statement_date: dt.date | None = None
    mismatch: str | None = Field(
        default=None, description="how the content contradicts the file's name or extension"
    )


class MaterialRequest(Record):
    """A request for the complainant's (or another's) digital or third-party material."""

    kind: str = Field(description="'digital' or 'third_party'")
    text: str
    document: str
    has_date_range: bool
    has_data_types: bool
    has_foundation: bool
    has_necessity: bool = Field(
        default=False, description="says it is necessary and proportionate (PCSC Act s.44A(3))"
    )
    has_probative: bool = Field(
        default=False, description="says why it is of substantial probative value (s.44A(4))"
    )
    blanket: bool
    material: str | None = Field(
        default=None, description="which kind of material (form data index): groups requests"
    )


class FirstAccount(Record):
    """A person the complainant first told, as the file names or describes them."""

    name: str | None = None
    relationship: str | None = Field(default=None, description="as described: 'her sister'")
    documents: list[str] = Field(default_factory=list, description="where the file says so")

    @property
    def described(self) -> str:
        if self.name and self.relationship:
            return f"{self.name} ({self.relationship})"
        return self.name or self.relationship or "a person"


class Unsure(Record):
    """A sentence that mentions a fact without asserting it (negated aside): a plan, a
    hypothesis, someone else's words, a question or a bare label. A rule that would rest on it
    leaves the point for a person, quoting it."""

    topic: str = Field(description="'abe', 'multimedia', 'forensic', ...")
    document: str
    sentence: str
    assertion: str = Field(description="planned, hypothetical, reported or label")


class OutstandingItem(Record):
    text: str
    target_date: dt.date | None = None


class Facts(Record):
    """Case facts read from the documents, each with the documents it came from."""

    urns: dict[str, list[str]] = Field(default_factory=dict, description="URN -> documents")
    suspect: str | None = None
    complainant: str | None = None
    report_date: dt.date | None = None
    offence_date: dt.date | None = None
    oic_name: str | None = None
    oic_phone: str | None = None
    oic_email: str | None = None
    contact_elsewhere: list[str] = Field(
        default_factory=list, description="a phone or e-mail on the MG3 outside the OIC's box"
    )
    early_advice_sought: bool | None = None
    early_advice_reason: str | None = None
    test_sought: str | None = Field(default=None, description="'full_code' or 'threshold'")
    threshold_reason: str | None = None
    lines_of_enquiry: str | None = None
    loe_points_away: bool = False
    loe_none_away: str | None = Field(
        default=None, description="the MG3's sentence saying no line points away from him"
    )
    suspect_account: str | None = None
    outstanding: list[OutstandingItem] = Field(default_factory=list)
    outstanding_recorded: bool = False
    first_accounts: list[FirstAccount] = Field(default_factory=list)
    first_officer: str | None = Field(
        default=None, description="the officer the file names as the first to attend"
    )
    devices_examined: list[str] = Field(default_factory=list)
    complainant_device_examined: bool = False
    device_examined_in: list[str] = Field(
        default_factory=list, description="documents recording an examination of her device"
    )
    mg3_read: dict[str, str] = Field(
        default_factory=dict,
        description="how each MG3 box was found: 'box' (labelled) or 'prose' (from the text)",
    )
    material_requests: list[MaterialRequest] = Field(default_factory=list)
    abe_referenced_in: list[str] = Field(
        default_factory=list, description="documents that say a video-recorded interview exists"
    )
    unsure: list[Unsure] = Field(
        default_factory=list, description="facts mentioned but not asserted, for a person"
    )
    multimedia_referenced: dict[str, list[str]] = Field(
        default_factory=dict, description="CCTV/BWV/CALL_999 -> documents that refer to it"
    )
    exhibits_referenced: dict[str, list[str]] = Field(default_factory=dict)
    forensic_referenced_in: list[str] = Field(default_factory=list)
    special_measures: str | None = None
    victim_needs: str | None = None
    vps: str | None = None
    isva: str | None = None
    complainant_identifiers: list[str] = Field(default_factory=list)
    action_plan_items: list[int] = Field(default_factory=list)
    action_plan_date: dt.date | None = None
    answered_items: list[int] = Field(default_factory=list)
    answers_numbered: bool = Field(
        default=False, description="the MG3A answers the actions by number (else read by content)"
    )


class Finding(Record):
    """One rule's outcome. The action plan, report, pack and register read only these."""

    rule: str
    status: Status
    severity: Severity
    title: str
    message: str
    documents: list[str] = Field(default_factory=list)
    citation: str
    action: str | None = None
    owner: str | None = None
    working_days: int | None = None
    dga: str | None = Field(
        default=None,
        description="the DGA failure category the rule carries (the spec's short form), or none "
        "for a check of Gatekeeper's own",
    )
    decided_by: str | None = Field(
        default=None, description="set when a person recorded the status"
    )
    note: str | None = None

    @model_validator(mode="before")
    @classmethod
    def _earlier_name(cls, data: Any) -> Any:
        """Findings recorded before the field took the spec's name ("dga_category")."""
        if isinstance(data, dict) and "dga_category" in data:
            data = dict(data)
            data.setdefault("dga", data.pop("dga_category"))
            data.pop("dga_category", None)
        return data


class Decision(Record):
    """A person's decision on a finding, usually one the tool left for review."""

    status: Status
    by: str
    note: str = ""


class Overrides(Record):
    """A person's corrections, applied from classification on without re-reading any file."""

    document_types: dict[str, DocType] = Field(default_factory=dict)
    roles: dict[str, Role] = Field(default_factory=dict)
    decisions: dict[str, Decision] = Field(default_factory=dict)


class Phase(StrEnum):
    LISTING = "listing"
    READING = "reading"
    EVALUATING = "evaluating"
    DONE = "done"


class ReadFile(Record):
    """A file read during a check, as soon as it is: its path and the type it was given."""

    path: str
    type: DocType


class Progress(Record):
    phase: Phase
    files_done: int = 0
    files_total: int = 0
    bytes_done: int = 0
    bytes_total: int = 0
    current: str | None = None
    read: list[ReadFile] = Field(
        default_factory=list,
        description="the newest files read since the last event, a few hundred at most (so a "
        "view can list the latest); files_done counts them all",
    )


class ActionHistory(Record):
    """An action of an issued plan, as a check needs it (AP-ANSWERED)."""

    number: int
    text: str
    rules: list[str] = Field(default_factory=list, description="the rules it was drafted for")
    status: str = Field(default="open", description="open, answered or withdrawn")


class PlanHistory(Record):
    """An action plan the case register knows of, as a check needs it (AP-AGE, AP-ANSWERED)."""

    issued: dt.date
    status: str = Field(default="open", description="open, answered or withdrawn")
    source: str = Field(default="register", description="'register' (issued) or 'file' (seen)")
    actions: list[ActionHistory] = Field(default_factory=list)


class CaseHistory(Record):
    """What the case register knew of a case before this check: passed in, never read from disk."""

    urn: str
    submissions: int = 0
    plans: list[PlanHistory] = Field(default_factory=list)
    submitted: dt.datetime | None = Field(
        default=None,
        description="when these files were submitted, if they are the case's last submission "
        "unchanged (a plan issued since cannot have been answered by them)",
    )


class Summary(Record):
    blocking: int = 0
    required: int = 0
    advisory: int = 0
    review: int = 0
    would_pass: bool = True
    headline: str = ""
    dga_reasons: list[str] = Field(
        default_factory=list,
        description="the CPS's DGA failure reasons the failing blocking and required findings "
        "would be recorded under, in the CPS's words and order",
    )


class Report(Record):
    """The outcome of one check: what was found, what was checked against, and when."""

    schema_version: str = "1"
    folder: str
    stage: Stage
    app_version: str
    checklist: str
    checklist_sha256: str
    checked_at: dt.datetime
    complete: bool = True
    files_read: int = 0
    documents: list[Document]
    findings: list[Finding]
    facts: Facts
    summary: Summary
    overrides: Overrides = Field(default_factory=Overrides)

    def printable(self) -> Report:
        """The report as it may be printed, written as JSON or stored: a file name that is not
        UTF-8 text ("bad\\xff.pdf") or holds control characters is shown escaped, its exact
        bytes kept in ``Document.path_bytes``; the same name is escaped wherever it is quoted.
        Unchanged (the same object) when every name is plain text."""
        if all(is_plain_name(d.path) for d in self.documents) and is_plain_name(self.folder):
            return self
        data = _escaped(self.model_dump())
        data["folder"] = shown_name(self.folder)
        for document, original in zip(data["documents"], self.documents, strict=True):
            if not is_plain_name(original.path):
                document["path"] = shown_name(original.path)
                document["path_bytes"] = os.fsencode(original.path).hex()
        for finding, original_finding in zip(data["findings"], self.findings, strict=True):
            finding["documents"] = [shown_name(path) for path in original_finding.documents]
        return Report.model_validate(data)
