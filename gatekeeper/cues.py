"""A case-insensitive pattern with the literal words it cannot match without, tested first.

Scanning a 400,000-character statement with a case-insensitive alternation is slow in Python's
regular expressions; looking for a few literal words in its lower-cased text is not. When none
of the words is there, the pattern cannot match and is never run.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Cue:
    regex: re.Pattern[str]
    needles: tuple[str, ...]
    """Lower-case words, one of which every match contains."""

    def possible(self, text: str, lower: str | None = None) -> bool:
        """``lower``: the text already folded (``fold``), when the caller has it."""
        low = fold(text) if lower is None else lower
        return any(needle in low for needle in self.needles)

    def search(self, text: str, lower: str | None = None) -> re.Match[str] | None:
        return self.regex.search(text) if self.possible(text, lower) else None

    def finditer(self, text: str, lower: str | None = None) -> Iterator[re.Match[str]]:
        return self.regex.finditer(text) if self.possible(text, lower) else iter(())

    def findall(self, text: str, lower: str | None = None) -> list[str]:
        return self.regex.findall(text) if self.possible(text, lower) else []


def cue(pattern: str, needles: tuple[str, ...], flags: int = re.IGNORECASE) -> Cue:
    return Cue(re.compile(pattern, flags), needles)


def fold(text: str) -> str:
    """Text as a case-insensitive pattern sees it, for literal pre-checks: case-folded, and the
    letters Python's IGNORECASE also matches to ASCII (dotted capital I, dotless i, long s) made
    ASCII first (casefold would turn "İ" into "i" and a combining dot)."""
    return text.translate(_ASCII_FOLDS).casefold()


_ASCII_FOLDS = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})


def required_literal(pattern: str, flags: int = 0) -> str | None:
    """The longest run of plain characters every match of ``pattern`` contains (folded), or None.

    Only the pattern's top level is read: a run there is matched as written (or in another case),
    so a text without it cannot match. A pattern whose top level is an alternation has none.
    """
    try:
        # The standard library's own pattern parser (private, so typed loosely here).
        parser: Any = importlib.import_module("re._parser")
        literal = importlib.import_module("re._constants").LITERAL
        parsed = parser.parse(pattern, flags)
    except Exception:  # an unusual pattern: no pre-check, the pattern always runs
        return None
    runs: list[str] = []
    current: list[str] = []
    for op, value in parsed.data:
        if op is literal:
            current.append(chr(value))
            continue
        if current:
            runs.append("".join(current))
            current = []
    if current:
        runs.append("".join(current))
    best = max(runs, key=len, default="")
    return fold(best) if len(best) >= 2 else None
