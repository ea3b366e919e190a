"""The classified documents of one check with their text, as the facts and rules stages see them.

Text stays in memory only; the report keeps the documents and findings, never the text.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from gatekeeper.boxes import BoxReading
from gatekeeper.forms import FormData, load_forms
from gatekeeper.models import (
    CaseHistory,
    DocType,
    Document,
    Extraction,
    Facts,
    FileFormat,
    Problem,
    Role,
    Stage,
)
from gatekeeper.readings import Source, take_reading
from gatekeeper.statements import StatementParts

MemoKey = tuple[str, str, DocType]
"""A document's readings are kept by its path, hash and type."""


def memo_key(path: str, sha256: str | None, doc_type: DocType) -> MemoKey:
    return (path, sha256 or "", doc_type)


_NOT_TAKEN = object()


@dataclass
class _Index:
    position: dict[int, int] = field(default_factory=dict)  # id(document) -> its place
    by_type: dict[DocType, list[Document]] = field(default_factory=dict)
    by_problem: dict[Problem, list[Document]] = field(default_factory=dict)
    by_format: dict[FileFormat, list[Document]] = field(default_factory=dict)


@dataclass
class CaseFile:
    documents: list[Document]
    extractions: dict[str, Extraction]
    stage: Stage = Stage.CHARGING
    as_of: dt.date = field(default_factory=dt.date.today)
    facts: Facts = field(default_factory=Facts)
    memo: dict[MemoKey, dict[str, Any]] = field(default_factory=dict)
    """Readings of the session's documents by name (see ``reading``), shared between its checks."""
    forms: FormData = field(default_factory=load_forms)
    """The form data the check reads with (the Checker's; the shipped data by default)."""
    mg3: dict[str, BoxReading] = field(default_factory=dict)
    """The MG3/MG3A boxes as read (in memory only): rules quote them."""
    history: CaseHistory | None = None
    """What the case register knew of the case before this check (its action plans)."""

    _index: _Index | None = field(default=None, init=False, repr=False)

    def of_type(self, *types: DocType) -> list[Document]:
        """The documents of these types, in the file's order (an index: rules ask often)."""
        return self._gather(self._indexed().by_type, types)

    def with_problem(self, *problems: Problem) -> list[Document]:
        """The documents with one of these problems, in the file's order."""
        return self._gather(self._indexed().by_problem, problems)

    def with_format(self, *formats: FileFormat) -> list[Document]:
        """The documents in one of these formats, in the file's order."""
        return self._gather(self._indexed().by_format, formats)

    def in_file_order(self, documents: list[Document]) -> list[Document]:
        """``documents`` (of this case) in the file's order."""
        position = self._indexed().position
        return sorted(documents, key=lambda document: position[id(document)])

    def replace(self, index: int, document: Document) -> None:
        """Put a corrected document (its type or role decided) in place of the one at ``index``."""
        self.documents[index] = document
        self._index = None

    def _indexed(self) -> _Index:
        # Built once, not a scan of every document per question: a phone extract has 100,000.
        if self._index is None:
            index = _Index()
            for position, document in enumerate(self.documents):
                index.position[id(document)] = position
                index.by_type.setdefault(document.type, []).append(document)
                index.by_format.setdefault(document.format, []).append(document)
                if document.problem_kind is not None:
                    index.by_problem.setdefault(document.problem_kind, []).append(document)
            self._index = index
        return self._index

    def _gather(self, groups: dict[Any, list[Document]], keys: tuple[Any, ...]) -> list[Document]:
        found = [document for key in dict.fromkeys(keys) for document in groups.get(key, [])]
        return self.in_file_order(found) if len(keys) > 1 else found

    def statements(self, *roles: Role) -> list[Document]:
        return [d for d in self.of_type(DocType.MG11) if not roles or d.role in roles]

    def text(self, document: Document) -> str:
        extraction = self.extractions.get(document.path)
        return extraction.text if extraction is not None else ""

    def reading(self, document: Document, name: str) -> Any:
        """A reading of one document (``gatekeeper.readings``), taken once per path, hash and
        type for the session: usually by the reader worker, before the check gets here."""
        key = (document.path, document.sha256 or "", document.type)  # memo_key, inlined
        readings = self.memo.get(key)
        if readings is None:
            readings = self.memo[key] = {}
        value = readings.get(name, _NOT_TAKEN)
        if value is _NOT_TAKEN:
            source = Source(
                self.text(document),
                self.tables(document),
                document.type,
                document.format,
                self.forms,
            )
            value = readings[name] = take_reading(name, source)
        return value

    def statement(self, document: Document) -> StatementParts:
        """A statement's header, declaration, signature and where its body is."""
        parts: StatementParts = self.reading(document, "statement")
        return parts

    def statement_body(self, document: Document) -> str:
        """A statement's body: after the declaration, before the witness's contact details."""
        parts = self.statement(document)
        return self.text(document)[parts.body_start : parts.body_end]

    def boxes(self, document: Document, form_name: str) -> dict[str, BoxReading]:
        """A document's boxes as ``form_name`` (MG3 or INTERVIEW) lays them out."""
        boxes: dict[str, BoxReading] = self.reading(document, f"boxes:{form_name}")
        return boxes

    def texts(self, *types: DocType) -> list[tuple[Document, str]]:
        return [(d, self.text(d)) for d in self.of_type(*types)]

    def tables(self, document: Document) -> list[list[list[str]]]:
        extraction = self.extractions.get(document.path)
        return extraction.tables if extraction is not None else []


def describe(document: Document) -> str:
    """A document as a gatekeeper would name it in a sentence: "DC Shah's statement"."""
    if document.type is DocType.MG11:
        if document.maker:
            return f"{document.maker}'s statement"
        return "a witness statement"
    labels = {
        DocType.ABE_SUMMARY: "the ABE summary",
        DocType.ABE_PLAN: "the ABE interview plan",
        DocType.MG3: "the MG3",
        DocType.MG3A: "the MG3A",
        DocType.MG5: "the case summary (MG5)",
        DocType.DMD: "the DMD",
        DocType.MG12: "the exhibit list (MG12)",
        DocType.MG6C: "the MG6C schedule",
        DocType.MG6D: "the MG6D schedule",
        DocType.ROTI: "the interview record",
        DocType.ACTION_PLAN: "the action plan",
    }
    return labels.get(document.type, f"the {document.type.plain} ({document.path})")


def described(document: Document) -> str:
    """``describe`` at the start of a sentence: "The MG3A", "Dr Marcus ELLIOTT's statement"
    (``str.capitalize`` would lower the rest: "The mg3a")."""
    text = describe(document)
    return text[:1].upper() + text[1:]


def describe_path(case: CaseFile, path: str) -> str:
    """The document at ``path`` as a gatekeeper would name it in a sentence."""
    for document in case.documents:
        if document.path == path:
            return describe(document)
    return path


def join_names(items: list[str]) -> str:
    items = list(dict.fromkeys(items))
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + " and " + items[-1]
