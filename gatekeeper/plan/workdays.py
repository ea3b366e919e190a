"""Working days: weekends and England and Wales bank holidays (the ``holidays`` package) skipped."""

from __future__ import annotations

import datetime as dt
from functools import cache

import holidays


@cache
def _bank_holidays(subdivision: str) -> holidays.HolidayBase:
    # expand=True (the default) fills each year in the first time a date of it is asked about.
    return holidays.country_holidays("GB", subdiv=subdivision)


def bank_holiday(day: dt.date, subdivision: str = "ENG") -> str | None:
    """The bank holiday's name ("Good Friday"), or None."""
    name = _bank_holidays(subdivision).get(day)
    return str(name) if name else None


def is_working_day(day: dt.date, subdivision: str = "ENG") -> bool:
    return day.weekday() < 5 and bank_holiday(day, subdivision) is None


def next_working_day(day: dt.date, subdivision: str = "ENG") -> dt.date:
    """``day`` itself when it is a working day, else the first working day after it."""
    while not is_working_day(day, subdivision):
        day += dt.timedelta(days=1)
    return day


def add_working_days(start: dt.date, days: int, subdivision: str = "ENG") -> dt.date:
    """The date ``days`` working days after ``start`` (not counting ``start`` itself).

    ``days == 0`` gives ``start`` when it is a working day, else the next working day.
    """
    if days < 0:
        raise ValueError("working days cannot be negative")
    day = start
    if days == 0:
        return next_working_day(day, subdivision)
    counted = 0
    while counted < days:
        day += dt.timedelta(days=1)
        if is_working_day(day, subdivision):
            counted += 1
    return day


def non_working_reason(day: dt.date, subdivision: str = "ENG") -> str | None:
    """Why ``day`` is not a working day ("Saturday", "Christmas Day"), or None."""
    if day.weekday() >= 5:
        return f"{day:%A}"
    return bank_holiday(day, subdivision)
