"""Form layouts as data: each form's boxes, the labels forces give them, and how to read a value.

The files live in ``checklists/forms/*.toml`` beside the checklist and are validated at load
(unknown keys, bad regular expressions and duplicate box keys fail at load). Supporting another
force's template is adding synonyms there, not code.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path

from pydantic import Field, field_validator, model_validator

from gatekeeper.assertions import ContextRules
from gatekeeper.checklist import checklist_dir
from gatekeeper.models import DocType, Record

_FLAGS = re.IGNORECASE


def _compile_all(patterns: list[str]) -> list[str]:
    for pattern in patterns:
        try:
            re.compile(pattern, _FLAGS)
        except re.error as exc:
            raise ValueError(f"bad pattern {pattern!r}: {exc}") from exc
    return patterns


class Box(Record):
    """One box of a form: the labels that head it, and how to find and read its fact."""

    key: str = Field(pattern=r"^[a-z_]+$")
    labels: list[str] = Field(default_factory=list, description="regexes matched on a label")
    prose: list[str] = Field(
        default_factory=list, description="regexes finding the fact's sentences in unlabelled text"
    )
    values: dict[str, list[str]] = Field(
        default_factory=dict,
        description="canonical value -> regexes on the box's content, in order",
    )
    cues: dict[str, list[str]] = Field(
        default_factory=dict, description="named regexes a rule looks for inside the box"
    )
    one_line: bool = Field(
        default=False, description="the value never runs on to the next line (a name, a date)"
    )

    @field_validator("labels", "prose")
    @classmethod
    def _valid_patterns(cls, patterns: list[str]) -> list[str]:
        return _compile_all(patterns)

    @field_validator("values", "cues")
    @classmethod
    def _valid_value_patterns(cls, values: dict[str, list[str]]) -> dict[str, list[str]]:
        for patterns in values.values():
            _compile_all(patterns)
        return values


class Form(Record):
    """A form (or family of forms read alike) and its boxes, in the order labels are tried."""

    form: str
    types: list[DocType] = Field(min_length=1)
    continuation: list[str] = Field(
        default_factory=list,
        description="labels that continue the previous box ('If no, give reason')",
    )
    multiline: bool = Field(
        default=True, description="a box's value runs on over the lines below its label"
    )
    box: list[Box] = Field(min_length=1)

    @field_validator("continuation")
    @classmethod
    def _valid_continuations(cls, patterns: list[str]) -> list[str]:
        return _compile_all(patterns)

    @model_validator(mode="after")
    def _unique_keys(self) -> Form:
        keys = [b.key for b in self.box]
        twice = sorted({k for k in keys if keys.count(k) > 1})
        if twice:
            raise ValueError(f"form {self.form}: box keys used twice: {', '.join(twice)}")
        return self

    @cached_property
    def _by_key(self) -> dict[str, Box]:
        # An index, because rules look boxes up once per document (30,000 in a phone extract).
        # Forms are read-only once loaded: a model_copy that replaced ``box`` would keep this.
        return {b.key: b for b in self.box}

    def get(self, key: str) -> Box:
        return self._by_key[key]


class Relationship(Record):
    """How a file describes a person the complainant told, and how that person describes her."""

    name: str
    words: list[str] = Field(min_length=1, description="regexes: 'her sister', 'a friend'")
    witness_says: list[str] = Field(
        min_length=1, description="regexes in the witness's own statement: 'my sister'"
    )

    @field_validator("words", "witness_says")
    @classmethod
    def _valid_patterns(cls, patterns: list[str]) -> list[str]:
        return _compile_all(patterns)


class Phrases(Record):
    """Wording read across the whole file: disclosures, requests for material, examinations."""

    disclosure: list[str] = Field(min_length=1)
    disclosure_generic: list[str] = Field(min_length=1)
    relationship: list[Relationship] = Field(min_length=1)
    request: list[str] = Field(min_length=1)
    material: dict[str, list[str]] = Field(min_length=1)
    cross_reference: list[str] = Field(min_length=1)
    not_requested: list[str] = Field(min_length=1)
    examined: list[str] = Field(min_length=1)
    acquired: list[str] = Field(min_length=1)
    examined_words: list[str] = Field(min_length=1)
    not_done: list[str] = Field(min_length=1)
    blanket: list[str] = Field(min_length=1)
    limited: list[str] = Field(min_length=1)
    date_range: list[str] = Field(min_length=1)
    data_types: list[str] = Field(min_length=1)
    foundation: list[str] = Field(min_length=1)
    necessity: list[str] = Field(min_length=1)
    probative: list[str] = Field(min_length=1)
    victim_notice: list[str] = Field(min_length=1)
    notice_withheld: list[str] = Field(min_length=1)
    target_cue: list[str] = Field(min_length=1)
    event_cue: list[str] = Field(min_length=1)

    @field_validator(
        "disclosure",
        "disclosure_generic",
        "request",
        "cross_reference",
        "not_requested",
        "examined",
        "acquired",
        "not_done",
        "blanket",
        "limited",
        "date_range",
        "data_types",
        "foundation",
        "necessity",
        "probative",
        "victim_notice",
        "notice_withheld",
        "target_cue",
        "event_cue",
    )
    @classmethod
    def _valid_patterns(cls, patterns: list[str]) -> list[str]:
        return _compile_all(patterns)


@dataclass(frozen=True)
class FormData:
    forms: dict[str, Form]
    phrases: Phrases
    context: ContextRules
    """What a sentence asserts about what it mentions (``assertions.toml``)."""

    def form(self, name: str) -> Form:
        return self.forms[name]


def forms_dir() -> Path:
    return checklist_dir() / "forms"


@cache
def load_forms(folder: Path | None = None) -> FormData:
    """Read and validate every form file; ``phrases.toml`` holds the whole-file wording and
    ``assertions.toml`` the words that say what a sentence asserts."""
    folder = folder or forms_dir()
    forms: dict[str, Form] = {}
    phrases: Phrases | None = None
    context: ContextRules | None = None
    for path in sorted(folder.glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        try:
            if path.stem == "phrases":
                phrases = Phrases.model_validate(data)
                continue
            if path.stem == "assertions":
                context = ContextRules.model_validate(data)
                continue
            form = Form.model_validate(data)
        except ValueError as exc:
            raise ValueError(f"{path.name}: {exc}") from exc
        if form.form in forms:
            raise ValueError(f"{path.name}: form {form.form} is defined twice")
        forms[form.form] = form
    if phrases is None:
        raise ValueError(f"{folder}: phrases.toml is missing")
    if context is None:
        raise ValueError(f"{folder}: assertions.toml is missing")
    return FormData(forms, phrases, context)


@cache
def pattern(regex: str) -> re.Pattern[str]:
    """A form-data regex, compiled once (case-insensitive)."""
    return re.compile(regex, _FLAGS)


def any_match(patterns: list[str], text: str) -> re.Match[str] | None:
    for regex in patterns:
        found = pattern(regex).search(text)
        if found:
            return found
    return None
