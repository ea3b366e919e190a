"""What a reader hands back to the dispatcher, and how it says a file cannot be read."""

from __future__ import annotations

from dataclasses import dataclass, field

from gatekeeper.models import MediaInfo, Problem


class ReadError(Exception):
    """A file that cannot be read, with the plain-English reason a gatekeeper will see."""

    def __init__(self, problem: Problem, detail: str) -> None:
        super().__init__(detail)
        self.problem = problem
        self.detail = detail


@dataclass
class Partial:
    """A reader's output; the dispatcher adds the format and hash to make an Extraction."""

    pages: int | None = None
    pages_without_text: int = 0
    text: str = ""
    text_truncated: bool = False
    tables: list[list[list[str]]] = field(default_factory=list)
    media: MediaInfo | None = None
    metadata_title: str | None = None
    partial_problem: tuple[Problem, str] | None = None
