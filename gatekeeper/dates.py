"""Dates as files write them, and which date a phrase's words govern.

"12/12/2026", "12.12.26", "12 December 2026", "12th Dec 2026"; a target date is the one its own
words point at ("results expected by 30/04/2026 (target date)"), not the first date of the line.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from gatekeeper.forms import Phrases, pattern

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for name in names
}
NUMERIC = re.compile(r"\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})\b(?![/.-]\d)")
# A day and month with no year: only with a slash, and not a range of weeks ("2-3 weeks").
YEARLESS = re.compile(r"\b(\d{1,2})/(\d{1,2})\b(?![/.-]\d)(?!\s*(?:weeks?|days?|months?|hours?))")
ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
WORDED = re.compile(
    r"\b(\d{1,2})(?:st|nd|rd|th)?[\s-]+(?:of\s+)?([A-Za-z]{3,9})\.?,?[\s-]+(\d{4})\b", re.IGNORECASE
)
MONTH_FIRST = re.compile(
    r"\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b", re.IGNORECASE
)
_UNITS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
_TEENS = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
          "seventeenth", "eighteenth", "nineteenth"]  # fmt: skip
ORDINALS = (
    {word: n for n, word in enumerate(_UNITS, start=1)}
    | {word: n for n, word in enumerate(_TEENS, start=10)}
    | {"twentieth": 20, "thirtieth": 30}
    | {f"twenty{sep}{word}": 20 + n for n, word in enumerate(_UNITS, start=1) for sep in "- "}
    | {f"thirty{sep}first": 31 for sep in "- "}
)
# "the sixteenth of October 2026", and a month's end: "by the end of October 2026"
ORDINAL_WORDED = re.compile(
    r"\b(twenty[- ]\w+|thirty[- ]first|\w+)\s+(?:day\s+)?of\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b",
    re.IGNORECASE,
)
MONTH_END = re.compile(r"\bend\s+of\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b", re.IGNORECASE)
CUE_REACH = 45
TIME_WORDS = {
    "week",
    "weeks",
    "fortnight",
    "month",
    "months",
    "day",
    "days",
    "mid",
    "early",
    "late",
    "eta",
}


@dataclass(frozen=True)
class FoundDate:
    date: dt.date
    start: int
    end: int


def find_dates(text: str) -> list[FoundDate]:
    """Every date written in ``text``, in order; a day/month with no year takes the text's year."""
    found: list[FoundDate] = []
    for match in ISO.finditer(text):
        day = _make(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        if day:
            found.append(FoundDate(day, match.start(), match.end()))
    for regex, order in ((WORDED, (3, 2, 1)), (MONTH_FIRST, (3, 1, 2))):
        for match in regex.finditer(text):
            year_at, month_at, day_at = order
            month = MONTHS.get(match.group(month_at).lower())
            if month and not _inside(found, match.start()):
                day = _make(int(match.group(year_at)), month, int(match.group(day_at)))
                if day:
                    found.append(FoundDate(day, match.start(), match.end()))
    for match in ORDINAL_WORDED.finditer(text):
        day_number = ORDINALS.get(match.group(1).lower())
        month = MONTHS.get(match.group(2).lower())
        if day_number and month and not _inside(found, match.start()):
            day = _make(int(match.group(3)), month, day_number)
            if day:
                found.append(FoundDate(day, match.start(), match.end()))
    for match in MONTH_END.finditer(text):
        month = MONTHS.get(match.group(1).lower())
        if month and not _inside(found, match.start()):
            year = int(match.group(2))
            following = dt.date(year + month // 12, month % 12 + 1, 1)
            found.append(FoundDate(following - dt.timedelta(days=1), match.start(), match.end()))
    for match in NUMERIC.finditer(text):
        if _inside(found, match.start()):
            continue
        year = int(match.group(3))
        year = year + 2000 if year < 100 else year
        day = _make(year, int(match.group(2)), int(match.group(1)))
        if day:
            found.append(FoundDate(day, match.start(), match.end()))
    yearless = [m for m in YEARLESS.finditer(text) if not _inside(found, m.start())]
    if yearless and found:
        year = found[0].date.year
        for match in yearless:
            day = _make(year, int(match.group(2)), int(match.group(1)))
            if day:
                found.append(FoundDate(day, match.start(), match.end()))
    return sorted(found, key=lambda f: f.start)


def _inside(found: list[FoundDate], position: int) -> bool:
    return any(f.start <= position < f.end for f in found)


def first_date(text: str) -> dt.date | None:
    dates = find_dates(text)
    return dates[0].date if dates else None


def target_date(text: str, phrases: Phrases) -> dt.date | None:
    """The date an outstanding item is expected by: the one its target words govern.

    A date right after a target cue ("expected by", "target date") or right before one
    ("30/04/2026 (target date)") wins; a lone date with no cue counts unless its words make it
    the date of something already done ("examined on 03/03/2026").
    """
    dates = find_dates(text)
    best: tuple[int, dt.date] | None = None
    for found in dates:
        before = text[max(0, found.start - CUE_REACH) : found.start]
        after = text[found.end : found.end + 20]
        distance = _cue_distance(before, phrases.target_cue)
        event = _cue_distance(before, phrases.event_cue)
        if distance is not None and event is not None and event < distance:
            distance = None  # "expected in 2-3 weeks (swabs sent 01/03/2026)": a past event
        if re.match(r"\s*\(?\s*target", after, re.IGNORECASE):
            distance = 0
        if distance is not None and (best is None or distance < best[0]):
            best = (distance, found.date)
    if best is not None:
        return best[1]
    if len(dates) == 1:
        before = text[max(0, dates[0].start - CUE_REACH) : dates[0].start]
        if _cue_distance(before, phrases.event_cue) is None:
            return dates[0].date
    return None


def _cue_distance(before: str, cues: list[str]) -> int | None:
    """How far before a date the nearest cue ends, if one ends within reach."""
    nearest: int | None = None
    for regex in cues:
        for match in pattern(regex).finditer(before):
            distance = len(before) - match.end()
            if nearest is None or distance < nearest:
                nearest = distance
    return nearest


def mentions_time(text: str) -> bool:
    """Words for a time to come that are not a date: 'by the end of the month', 'in 4 weeks'."""
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", text)}
    return bool(words & (set(MONTHS) | TIME_WORDS)) or "end of" in text.lower()


def _make(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
