"""Reporting period text → a period of one year: a month, a triwulan, a semester or the whole year.

Statistics are reported per period, written the way offices write them in reports ("Triwulan I",
"Semester II", "Januari", "Tahun 2026"). The parser is strict: a period it cannot read is an error
(unlike target waktu in plans), because figures placed in the wrong period would be published wrong.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from ..text.format import MONTH_NAMES
from .schedule import MONTHS


class PeriodKind(StrEnum):
    MONTH = "bulan"
    QUARTER = "triwulan"
    SEMESTER = "semester"
    YEAR = "tahun"


ROMAN = ("I", "II", "III", "IV")
_ROMAN_VALUE = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_MONTHS_IN = {PeriodKind.QUARTER: 3, PeriodKind.SEMESTER: 6}
_COUNT = {PeriodKind.QUARTER: 4, PeriodKind.SEMESTER: 2}

VALID_FORMS = ("nama bulan (Januari … Desember), Triwulan I … Triwulan IV, Semester I atau Semester II, "
               "Tahunan atau Tahun 2026; tahun boleh ditulis di belakang, misalnya Triwulan I 2026")


class PeriodError(ValueError):
    """Text that is not a period; ``message`` is Indonesian and says what was written."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Period:
    """One reporting period inside a year.

    ``index`` counts from 1 within its kind (Triwulan III → 3, Oktober → 10, the year → 1);
    ``year`` is the year written in the text, if any; ``label`` is the normalised name without
    the year ("Triwulan III", "November", "Tahun").
    """

    kind: PeriodKind
    index: int
    start_month: int
    end_month: int
    label: str
    year: int | None = None
    text: str = ""

    @property
    def months(self) -> range:
        return range(self.start_month, self.end_month + 1)

    @property
    def sort_key(self) -> tuple[int, int]:
        """Calendar order: by first month, longer periods first when they start together."""
        return self.start_month, -self.end_month

    def overlaps(self, other: "Period") -> bool:
        return self.start_month <= other.end_month and other.start_month <= self.end_month

    def title(self, year: int) -> str:
        """The label with its year, as the site prints it: "Triwulan I 2026", "Tahun 2026"."""
        return f"{self.label} {year}"


_SPACES = re.compile(r"\s+")
_NUMBERED = re.compile(r"(?P<kind>triwulan|semester)\s+(?:ke-?\s*)?(?P<n>iv|iii|ii|i|[1-4])(?:\s+(?P<year>\d{4}))?", re.I)
_MONTH = re.compile(r"(?:bulan\s+)?(?P<name>[a-z]+)(?:\s+(?P<year>\d{4}))?", re.I)
_YEAR = re.compile(r"tahun\s+(?P<year>\d{4})|tahunan(?:\s+(?P<year2>\d{4}))?", re.I)


def _numbered(kind: PeriodKind, n: int, year: int | None, text: str, clean: str) -> Period:
    if n > _COUNT[kind]:
        raise PeriodError(f"periode '{clean}' tidak ada: satu tahun hanya punya {_COUNT[kind]} {kind}")
    size = _MONTHS_IN[kind]
    start = (n - 1) * size + 1
    return Period(kind, n, start, start + size - 1, f"{kind.capitalize()} {ROMAN[n - 1]}", year, text)


@lru_cache(maxsize=1024)  # pure; files repeat the same dozen names
def parse_period(text: str) -> Period:
    """Parse one period; raises PeriodError with an Indonesian message when it is not one."""
    clean = _SPACES.sub(" ", text).strip()
    if not clean:
        raise PeriodError("periode tidak boleh kosong")
    if match := _NUMBERED.fullmatch(clean):
        kind = PeriodKind(match["kind"].lower())
        n = match["n"].lower()
        number = int(n) if n.isdigit() else _ROMAN_VALUE[n]
        year = int(match["year"]) if match["year"] else None
        return _numbered(kind, number, year, text, clean)
    if match := _YEAR.fullmatch(clean):
        found = match["year"] or match["year2"]
        return Period(PeriodKind.YEAR, 1, 1, 12, "Tahun", int(found) if found else None, text)
    if (match := _MONTH.fullmatch(clean)) and (month := MONTHS.get(match["name"].lower())):
        year = int(match["year"]) if match["year"] else None
        return Period(PeriodKind.MONTH, month, month, month, MONTH_NAMES[month - 1], year, text)
    if match := re.match(r"(triwulan|semester)\b", clean, re.I):
        kind = PeriodKind(match.group(1).lower())
        count = _COUNT[kind]
        raise PeriodError(f"periode '{clean}' tidak dikenali: nomor {kind} ditulis dengan angka Romawi "
                          f"({', '.join(ROMAN[:count])}) atau angka 1–{count}")
    raise PeriodError(f"periode '{clean}' tidak dikenali")
