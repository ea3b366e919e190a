"""A case-insensitive pattern with the literal words it cannot match without, tested first.

Scanning a 400,000-character statement with a case-insensitive alternation is slow in Python's
regular expressions; looking for a few literal words in its lower-cased text is not. When none
of the words is there, the pattern cannot match and is never run.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass


@dataclass(frozen=True)
class Cue:
    regex: re.Pattern[str]
    needles: tuple[str, ...]
    """Lower-case words, one of which every match contains."""

    def possible(self, text: str, lower: str | None = None) -> bool:
        low = text.lower() if lower is None else lower
        return any(needle in low for needle in self.needles)

    def search(self, text: str, lower: str | None = None) -> re.Match[str] | None:
        return self.regex.search(text) if self.possible(text, lower) else None

    def finditer(self, text: str, lower: str | None = None) -> Iterator[re.Match[str]]:
        return self.regex.finditer(text) if self.possible(text, lower) else iter(())

    def findall(self, text: str, lower: str | None = None) -> list[str]:
        return self.regex.findall(text) if self.possible(text, lower) else []


def cue(pattern: str, needles: tuple[str, ...], flags: int = re.IGNORECASE) -> Cue:
    return Cue(re.compile(pattern, flags), needles)
