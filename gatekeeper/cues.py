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


# The marks that end a sentence or a label: a line ending otherwise runs on into the next.
SENTENCE_STOPS = (".", ":", ";", "?", "!")


def cue(pattern: str, needles: tuple[str, ...], flags: int = re.IGNORECASE) -> Cue:
    return Cue(re.compile(pattern, flags), needles)


def fold(text: str) -> str:
    """Text as a case-insensitive pattern sees it, for literal pre-checks: case-folded, and the
    letters Python's IGNORECASE also matches to ASCII (dotted capital I, dotless i, long s) made
    ASCII first (casefold would turn "İ" into "i" and a combining dot)."""
    if text.isascii():  # known without a scan; an ASCII text folds as it lower-cases
        return text.lower()
    return text.translate(_ASCII_FOLDS).casefold()


_ASCII_FOLDS = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})


def required_literals(pattern: str, flags: int = 0) -> tuple[str, ...] | None:
    """Words (folded), one of which every match of ``pattern`` contains, or None if there are none.

    A run of plain characters at the pattern's top level is matched as written (or in another
    case), so a text without it cannot match. So is one of the words of an alternation whose every
    branch has one, at the top level or in a group there (``\bbwv\b|body[- ]?worn``: "bwv" or
    "body"; the parser takes a shared start out, so ``\b(ROTI|ROVI)\b`` gives "ti" or "vi").
    """
    try:
        # The standard library's own pattern parser (private, so typed loosely here).
        parser: Any = importlib.import_module("re._parser")
        parsed = parser.parse(pattern, flags)
    except Exception:  # an unusual pattern: no pre-check, the pattern always runs
        return None
    needles = _needles(parsed.data)
    return tuple(fold(needle) for needle in needles) if needles else None


def _needles(items: Any) -> tuple[str, ...] | None:
    """The best set of words one of which every match of these parsed items contains."""
    constants: Any = importlib.import_module("re._constants")
    choices: list[tuple[str, ...]] = []
    runs: list[str] = []
    current: list[str] = []
    for op, value in items:
        if op is constants.LITERAL:
            current.append(chr(value))
            continue
        if current:
            runs.append("".join(current))
            current = []
        if op is constants.SUBPATTERN:
            inner = _needles(value[-1].data)
            if inner:
                choices.append(inner)
        elif op is constants.BRANCH:
            branches = [_needles(branch.data) for branch in value[1]]
            if all(branches):
                choices.append(tuple(n for branch in branches if branch for n in branch))
    if current:
        runs.append("".join(current))
    choices += [(run,) for run in runs if len(run) >= 2]
    # The set whose shortest word is longest rules out the most texts.
    return max(choices, key=lambda words: min(len(w) for w in words), default=None)


class Prefilter:
    """Which of many patterns may match a text, from each one's required words
    (``required_literals``): each word is looked for once, however many patterns need it."""

    def __init__(self, needles: list[tuple[str, ...] | None]) -> None:
        self._always = [index for index, words in enumerate(needles) if words is None]
        by_word: dict[str, list[int]] = {}
        for index, words in enumerate(needles):
            for word in words or ():
                by_word.setdefault(word, []).append(index)
        self._by_word = list(by_word.items())
        # Whether any word is there at all, in one pass of the regex engine: most texts of a phone
        # extract have none, and looking for each word in turn costs more than the rest of their
        # classification. (An alternation finds a word wherever one is, though not every word.)
        self._any_word = re.compile("|".join(map(re.escape, by_word))) if by_word else None

    def possible(self, folded: str) -> list[int]:
        """The patterns' indices, in order, that may match ``folded`` (the text after ``fold``)."""
        if self._any_word is None or not self._any_word.search(folded):
            return self._always
        # Some word is there (above), so some pattern is found here.
        found = [index for word, indices in self._by_word if word in folded for index in indices]
        return sorted(set(found).union(self._always))
