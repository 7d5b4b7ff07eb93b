"""Target waktu text → a schedule: a month, a range of months or days, recurring, a duration, an event.

The plans are written by hand, so spellings vary ("Nopember", "s.d.Februari", "TW 2 | Apr - Jun");
the words are read by the shared grammar (``when.read_when``), this module says what they mean for
monitoring. Text that cannot be read is kept verbatim and reported as a warning, never an error:
the source is what it is.
"""

from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass
from enum import StrEnum

from ..text import strings as say
from ..text.format import MONTH_NAMES, bulan
from .when import UNIT_MONTHS, Unit, When, read_when


class Kind(StrEnum):
    MONTH = "bulan"
    RANGE = "rentang"
    RECURRING = "berulang"
    DURATION = "durasi"
    EVENT = "peristiwa"
    RELATIVE = "relatif"  # "paling lambat 5 (lima) hari kerja": a count of days after something undated
    UNKNOWN = "tidak_dikenali"
    EMPTY = "kosong"


Every = Unit
"""How often a recurring row is due: the grammar's own units (``when.Unit``)."""
MONTHS_IN = UNIT_MONTHS

Month = tuple[int, int]  # (year, month)


@dataclass(frozen=True)
class Schedule:
    """A parsed target waktu. ``text`` is always the verbatim source.

    Months: ``year``/``start_month`` … ``end_year``/``end_month``; ``due_day`` when a day was written
    (the last month falls due that day, a recurrence on that day of each month); ``parts`` when the
    text lists months or periods apart ("Maret, Juni dan September"); ``interval`` for "setiap 2 bulan";
    a recurrence with ``start_month`` runs only in that window. ``named``: the grammar's label.
    """

    text: str
    kind: Kind
    year: int | None = None
    start_month: int | None = None
    end_month: int | None = None
    end_year: int | None = None
    every: Every | None = None
    months: int | None = None
    note: str | None = None
    problem: str | None = None
    interval: int = 1
    due_day: int | None = None
    parts: tuple[tuple[Month, Month], ...] = ()
    named: str | None = None

    @property
    def label(self) -> str:
        """A short normalised Indonesian description, for summaries."""
        if self.named is not None:
            return self.named
        if self.kind is Kind.MONTH:
            return bulan(self.year, self.start_month)
        if self.kind is Kind.RANGE:
            end_year = self.end_year or self.year
            start = MONTH_NAMES[self.start_month - 1] + ("" if end_year == self.year else f" {self.year}")
            return say.SCHEDULE_RANGE.format(start=start, end=bulan(end_year, self.end_month))
        if self.kind is Kind.RECURRING:
            return say.SCHEDULE_EVERY.format(every=self.every)
        if self.kind is Kind.DURATION:
            return say.SCHEDULE_WITHIN.format(months=self.months)
        if self.kind is Kind.EVENT:
            return self.text.strip().lower()
        return self.text.strip() or say.NO_SCHEDULE


_NOTE = re.compile(r"^(?P<body>.*?)\s*\((?P<note>[^()]*)\)$")
_TRUNCATED = {"per", "setiap", "tiap", "s.d", "sampai", "januari s.d", "bulan"}


def _year_problem(year: int, plan_year: int) -> str:
    return f"tahun {year} berbeda dengan tahun rencana aksi {plan_year}"


@lru_cache(maxsize=8192)  # pure, and plans repeat the same few strings
def parse_schedule(text: str, plan_year: int) -> Schedule:
    """Parse one target waktu value; the year defaults to the plan's."""
    clean = " ".join(text.split())
    if not clean:
        return Schedule(text, Kind.EMPTY, problem="target waktu kosong")
    return from_when(read_when(text, plan_year), clean, plan_year)


def from_when(when: When, clean: str, plan_year: int) -> Schedule:
    """What a reading means for monitoring (see ``progress``)."""
    text, note, problem = when.text, when.note, when.problem
    if not when.read:
        body = match["body"] if (match := _NOTE.match(clean)) else clean
        if body.lower().rstrip(".") in _TRUNCATED:
            return Schedule(text, Kind.UNKNOWN, note=note, problem=f"target waktu '{clean}' tampak terpotong")
        return Schedule(text, Kind.UNKNOWN, note=note, problem=f"target waktu '{clean}' tidak dikenali")
    if when.event is not None:
        named = None if when.relative is None and when.label == clean and _plain_event(clean) else when.label
        return Schedule(text, Kind.EVENT, year=plan_year, note=note, problem=problem, named=named)
    if when.relative is not None:
        relative = when.relative
        if relative.unit == "bulan" and relative.event is None:
            return Schedule(text, Kind.DURATION, year=plan_year, months=relative.count, note=note, problem=problem)
        return Schedule(text, Kind.RELATIVE, year=plan_year, note=note, problem=problem, named=when.label)
    if when.recurrence is not None:
        rec = when.recurrence
        year = when.years[-1] if when.years else plan_year
        window = when.spans[0] if when.spans else None
        if problem is None and year != plan_year:
            problem = _year_problem(year, plan_year)
        return Schedule(text, Kind.RECURRING, year=window.start.year if window else year,
                        start_month=window.start.month if window else None,
                        end_month=window.end.month if window else None,
                        end_year=window.end.year if window else None,
                        every=Every(rec.unit.value), interval=rec.interval, due_day=rec.day, note=note,
                        problem=problem, named=when.label)
    first, last = when.spans[0], when.spans[-1]
    year, start, end_year, end = first.start.year, first.start.month, last.end.year, last.end.month
    single = len(when.spans) == 1 and (year, start) == (end_year, end)
    plain = all(p.unit is Unit.MONTH for p in when.pieces) and len(when.spans) == 1 and not when.deadline
    if problem is None:
        if single and year != plan_year:
            problem = _year_problem(year, plan_year)
        elif not single and plan_year not in range(year, end_year + 1):
            problem = _year_problem(end_year, plan_year)
    parts = tuple(((s.start.year, s.start.month), (s.end.year, s.end.month)) for s in when.spans) \
        if len(when.spans) > 1 else ()
    return Schedule(text, Kind.MONTH if single else Kind.RANGE, year=year, start_month=start, end_month=end,
                    end_year=end_year, note=note, problem=problem, due_day=last.end.day if last.by_day else None,
                    parts=parts, named=None if plain else when.label)


def _plain_event(clean: str) -> bool:
    """The forms read before the shared grammar ("Saat tahapan"): their label stays as it was."""
    return bool(re.fullmatch(r"(?:saat|setelah|sebelum|selama|pada)\s+(?:masa\s+)?tahapan.*", clean, re.I))
