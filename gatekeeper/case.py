"""The classified documents of one check with their text, as the facts and rules stages see them.

Text stays in memory only; the report keeps the documents and findings, never the text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from gatekeeper.boxes import BoxReading, read_boxes
from gatekeeper.forms import FormData, load_forms
from gatekeeper.models import DocType, Document, Extraction, Facts, Role, Stage
from gatekeeper.statements import StatementParts, parse_statement

T = TypeVar("T")


@dataclass
class CaseFile:
    documents: list[Document]
    extractions: dict[str, Extraction]
    stage: Stage = Stage.CHARGING
    as_of: dt.date = field(default_factory=dt.date.today)
    facts: Facts = field(default_factory=Facts)
    memo: dict[tuple[str, str, str], Any] = field(default_factory=dict)
    forms: FormData = field(default_factory=load_forms)
    """The form data the check reads with (the Checker's; the shipped data by default)."""
    mg3: dict[str, BoxReading] = field(default_factory=dict)
    """The MG3/MG3A boxes as read (in memory only): rules quote them."""

    def of_type(self, *types: DocType) -> list[Document]:
        return [d for d in self.documents if d.type in types]

    def statements(self, *roles: Role) -> list[Document]:
        return [
            d for d in self.documents if d.type is DocType.MG11 and (not roles or d.role in roles)
        ]

    def text(self, document: Document) -> str:
        extraction = self.extractions.get(document.path)
        return extraction.text if extraction is not None else ""

    def scan(self, document: Document, name: str, reader: Callable[[str], T]) -> T:
        """``reader(text)`` of a document, remembered by path and hash across the checks of a session."""
        key = (document.path, document.sha256 or "", name)
        if key not in self.memo:
            self.memo[key] = reader(self.text(document))
        result: T = self.memo[key]
        return result

    def statement(self, document: Document) -> StatementParts:
        """A statement's header, declaration, signature and body, parsed once per file hash."""
        form, tables = self.forms.form("MG11"), self.tables(document)
        return self.scan(document, "statement", lambda text: parse_statement(text, tables, form))

    def boxes(self, document: Document, form_name: str) -> dict[str, BoxReading]:
        """A document's boxes as ``form_name`` lays them out, read once per file hash."""
        form, tables = self.forms.form(form_name), self.tables(document)
        return self.scan(
            document, f"boxes:{form_name}", lambda text: read_boxes(form, text, tables)
        )

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
    return labels.get(document.type, f"the {document.type.value} document ({document.path})")


def join_names(items: list[str]) -> str:
    items = list(dict.fromkeys(items))
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + " and " + items[-1]
