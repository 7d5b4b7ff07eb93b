"""Target waktu text → a schedule: one month, a month range, recurring, a duration, or an event.

The plans are written by hand, so spellings vary ("Nopember", "s.d.Februari"). Text that cannot
be read is kept verbatim and reported as a warning, never an error: the source is what it is.
"""

from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass
from enum import StrEnum

from ..text import strings as say
from ..text.format import MONTH_NAMES, bulan
from .numbers import parse_number_words

MONTHS = {
    "januari": 1, "februari": 2, "pebruari": 2, "maret": 3, "april": 4, "mei": 5, "juni": 6,
    "juli": 7, "agustus": 8, "agust": 8, "september": 9, "oktober": 10, "november": 11,
    "nopember": 11, "desember": 12,
}


class Kind(StrEnum):
    MONTH = "bulan"
    RANGE = "rentang"
    RECURRING = "berulang"
    DURATION = "durasi"
    EVENT = "peristiwa"
    UNKNOWN = "tidak_dikenali"
    EMPTY = "kosong"


class Every(StrEnum):
    MONTH = "bulan"
    QUARTER = "triwulan"
    SEMESTER = "semester"
    YEAR = "tahun"


PERIODS_PER_YEAR = {Every.MONTH: 12, Every.QUARTER: 4, Every.SEMESTER: 2, Every.YEAR: 1}


@dataclass(frozen=True)
class Schedule:
    """A parsed target waktu. ``text`` is always the verbatim source."""

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

    @property
    def label(self) -> str:
        """A short normalised Indonesian description, for summaries."""
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
_MONTH = r"(?P<{n}>[A-Za-z]+)(?:\s*(?P<{y}>\d{{4}}))?"
_RANGE = re.compile(
    _MONTH.format(n="m1", y="y1") + r"\s*(?:-|–|—|s\.?\s?d\.?|s/d|sampai(?:\s+dengan)?|hingga)\s*"
    + _MONTH.format(n="m2", y="y2"), re.I)
_SINGLE = re.compile(r"(?:bulan\s+)?" + _MONTH.format(n="m1", y="y1"), re.I)
_RECURRING = re.compile(r"(?:setiap|tiap|per)\s+(?P<every>bulan|triwulan|semester|tahun)|(?P<adj>bulanan|triwulanan|semesteran|tahunan)", re.I)
_DURATION = re.compile(r"(?:dalam\s+)?(?P<n>\d+)\s*(?:\((?P<words>[^)]*)\))?\s*bulan", re.I)
_EVENT = re.compile(r"(?:saat|setelah|sebelum|selama|pada)\s+(?:masa\s+)?tahapan.*", re.I)
_TRUNCATED = {"per", "setiap", "tiap", "s.d", "sampai", "januari s.d", "bulan"}
_ADJ = {"bulanan": Every.MONTH, "triwulanan": Every.QUARTER, "semesteran": Every.SEMESTER, "tahunan": Every.YEAR}


def _month(name: str) -> int | None:
    return MONTHS.get(name.lower())


@lru_cache(maxsize=8192)  # pure, and plans repeat the same few strings
def parse_schedule(text: str, plan_year: int) -> Schedule:
    """Parse one target waktu value; the year defaults to the plan's."""
    clean = " ".join(text.split())
    if not clean:
        return Schedule(text, Kind.EMPTY, problem="target waktu kosong")
    body, note = clean, None
    if match := _NOTE.match(clean):
        body, note = match["body"], match["note"].strip()
    if match := _RECURRING.fullmatch(body):
        every = Every(match["every"].lower()) if match["every"] else _ADJ[match["adj"].lower()]
        return Schedule(text, Kind.RECURRING, year=plan_year, every=every, note=note)
    if match := _DURATION.fullmatch(body):
        months = int(match["n"])
        problem = None
        if match["words"] is not None and parse_number_words(match["words"]) != months:
            problem = f"angka {months} tidak sama dengan kata bilangan '({match['words']})'"
        return Schedule(text, Kind.DURATION, year=plan_year, months=months, note=note, problem=problem)
    if _EVENT.fullmatch(body):
        return Schedule(text, Kind.EVENT, year=plan_year, note=note)
    if (match := _RANGE.fullmatch(body)) and _month(match["m1"]) and _month(match["m2"]):
        end_year = int(match["y2"]) if match["y2"] else plan_year
        year = int(match["y1"]) if match["y1"] else end_year
        start, end = _month(match["m1"]), _month(match["m2"])
        problem = None
        if (year, start) > (end_year, end):
            problem = f"rentang '{clean}' berakhir sebelum dimulai"
        elif plan_year not in (year, end_year):
            problem = f"tahun {end_year} berbeda dengan tahun rencana aksi {plan_year}"
        return Schedule(text, Kind.RANGE, year=year, start_month=start, end_month=end,
                        end_year=end_year, note=note, problem=problem)
    if (match := _SINGLE.fullmatch(body)) and _month(match["m1"]):
        year = int(match["y1"]) if match["y1"] else plan_year
        problem = None if year == plan_year else f"tahun {year} berbeda dengan tahun rencana aksi {plan_year}"
        month = _month(match["m1"])
        return Schedule(text, Kind.MONTH, year=year, start_month=month, end_month=month,
                        end_year=year, note=note, problem=problem)
    if body.lower().rstrip(".") in _TRUNCATED:
        return Schedule(text, Kind.UNKNOWN, note=note, problem=f"target waktu '{clean}' tampak terpotong")
    return Schedule(text, Kind.UNKNOWN, note=note, problem=f"target waktu '{clean}' tidak dikenali")
