"""Load a checklist (rules as TOML data) and validate it strictly at load.

Unknown keys, unknown document types, unknown stages and rules with no way to be checked are
errors at load, never surprises during a check.
"""

from __future__ import annotations

import hashlib
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pydantic import Field, model_validator

from gatekeeper.models import DocType, Record, Role, Severity, Stage

DEFAULT_CHECKLIST = "dg6-core.toml"


class Presence(Record):
    """A rule that passes when enough readable documents of the given types are in the file."""

    types: list[DocType]
    min: int = 1
    role: Role | None = None
    missing: str


class Rule(Record):
    id: str = Field(pattern=r"^[A-Z0-9]+(-[A-Z0-9]+)+$")
    title: str
    severity: Severity
    stage_severity: dict[Stage, Severity] = Field(
        default_factory=dict,
        description="a different severity at some stages (ABE-REC is required, not blocking, "
        "for early advice)",
    )
    stages: list[Stage] = Field(min_length=1)
    dga_category: str | None = None
    citation: str
    why: str
    action: str
    owner: Literal["OIC", "supervisor", "disclosure officer", "gatekeeper"]
    working_days: int = Field(ge=0, le=60)
    presence: Presence | None = None
    check: str | None = Field(default=None, description="the registered check function's name")

    def severity_at(self, stage: Stage) -> Severity:
        return self.stage_severity.get(stage, self.severity)

    @model_validator(mode="after")
    def _one_way_to_check(self) -> Rule:
        if (self.presence is None) == (self.check is None):
            raise ValueError(f"rule {self.id} needs exactly one of 'presence' and 'check'")
        return self


class Checklist(Record):
    name: str
    version: str
    rule: list[Rule]

    def for_stage(self, stage: Stage) -> list[Rule]:
        return [r for r in self.rule if stage in r.stages]


@dataclass(frozen=True)
class LoadedChecklist:
    checklist: Checklist
    sha256: str
    source: str


def checklist_dir() -> Path:
    """Installed wheels carry the checklists inside the package; a source tree keeps them at the top."""
    packaged = Path(__file__).parent / "checklists"
    return packaged if packaged.is_dir() else Path(__file__).parent.parent / "checklists"


def load_checklist(path: Path | None = None) -> LoadedChecklist:
    """Read and validate a checklist; every content rule must name a registered check."""
    from gatekeeper.rules import registered_checks

    path = path or checklist_dir() / DEFAULT_CHECKLIST
    data = path.read_bytes()
    checklist = Checklist.model_validate(tomllib.loads(data.decode("utf-8")))
    ids = [r.id for r in checklist.rule]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise ValueError(f"{path.name}: rule ids used twice: {', '.join(duplicates)}")
    checks = registered_checks()
    for rule in checklist.rule:
        if rule.check is not None and rule.check not in checks:
            raise ValueError(
                f"{path.name}: rule {rule.id} names check '{rule.check}', which is not registered"
            )
    return LoadedChecklist(checklist, hashlib.sha256(data).hexdigest(), path.name)
