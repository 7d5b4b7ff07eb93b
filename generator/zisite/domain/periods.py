"""Reporting period text → a period of one year: a month, a triwulan, a semester, the whole year or a range.

Statistics are reported per period, written the way offices write them in reports ("Triwulan I",
"Semester II", "Januari", "Tahun 2026", "TW 2", "Januari s.d. Maret"). The words are read by the
grammar plans use (``when.read_when``); this parser is stricter: a period it cannot read is an error
(unlike target waktu in plans), because figures placed in the wrong period would be published wrong,
and a period is one contiguous span inside one year (no recurrence, no list with gaps, no day).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from ..text.format import MONTH_NAMES
from .when import Piece, Unit, When, read_when


class PeriodKind(StrEnum):
    MONTH = "bulan"
    QUARTER = "triwulan"
    SEMESTER = "semester"
    YEAR = "tahun"
    RANGE = "rentang"  # "Januari s.d. Maret", "Triwulan I s.d. III": one span of whole months


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
_YEAR = re.compile(r"tahun\s+(?P<year>\d{4})|tahunan(?:\s+(?P<year2>\d{4}))?", re.I)


def _numbered(kind: PeriodKind, n: int, year: int | None, text: str, clean: str) -> Period:
    if n > _COUNT[kind]:
        raise PeriodError(f"periode '{clean}' tidak ada: satu tahun hanya punya {_COUNT[kind]} {kind}")
    size = _MONTHS_IN[kind]
    start = (n - 1) * size + 1
    return Period(kind, n, start, start + size - 1, f"{kind.capitalize()} {ROMAN[n - 1]}", year, text)


_UNIT_KIND = {Unit.MONTH: PeriodKind.MONTH, Unit.QUARTER: PeriodKind.QUARTER, Unit.SEMESTER: PeriodKind.SEMESTER,
              Unit.YEAR: PeriodKind.YEAR}
_PLACEHOLDER_YEAR = 2001  # months only matter here; the year is the one written, if any


@lru_cache(maxsize=1024)  # pure; files repeat the same dozen names
def parse_period(text: str) -> Period:
    """Parse one period; raises PeriodError with an Indonesian message when it is not one."""
    clean = _SPACES.sub(" ", text).strip()
    if not clean:
        raise PeriodError("periode tidak boleh kosong")
    if match := _YEAR.fullmatch(clean):
        found = match["year"] or match["year2"]
        return Period(PeriodKind.YEAR, 1, 1, 12, "Tahun", int(found) if found else None, text)
    when = read_when(clean, _PLACEHOLDER_YEAR)
    if when.read and when.spans and not re.fullmatch(r"\d{4}", clean):
        return _from_when(when, text, clean)
    if match := _NUMBERED.fullmatch(clean):  # "Semester 3": says there are only two
        n = match["n"].lower()
        _numbered(PeriodKind(match["kind"].lower()), int(n) if n.isdigit() else _ROMAN_VALUE[n], None, text, clean)
    if match := re.match(r"(triwulan|semester|tw)\b", clean, re.I):
        kind = PeriodKind.QUARTER if match.group(1).lower() == "tw" else PeriodKind(match.group(1).lower())
        count = _COUNT[kind]
        raise PeriodError(f"periode '{clean}' tidak dikenali: nomor {kind} ditulis dengan angka Romawi "
                          f"({', '.join(ROMAN[:count])}) atau angka 1–{count}")
    if when.read and when.recurrence is not None:
        raise PeriodError(f"periode '{clean}' berulang; tulis satu periode, misalnya Triwulan I")
    raise PeriodError(f"periode '{clean}' tidak dikenali")


def _from_when(when: When, text: str, clean: str) -> Period:
    """A reading of the shared grammar as one statistics period, or the reason it is not one."""
    if when.recurrence is not None or when.relative is not None or when.event is not None or when.deadline:
        raise PeriodError(f"periode '{clean}' tidak dikenali")
    if any(piece.unit is Unit.DAY for piece in when.pieces) or when.weekday is not None:
        raise PeriodError(f"periode '{clean}' tidak dikenali: periode statistik ditulis tanpa tanggal")
    if len(when.spans) != 1:
        raise PeriodError(f"periode '{clean}' bukan satu rentang; tulis setiap periode sendiri")
    if when.problem:  # "TW 3 | Apr - Jun", "Maret 2026 - Januari 2026"
        raise PeriodError(f"periode '{clean}' tidak dikenali: {when.problem}")
    span = when.spans[0]
    if span.start.year != span.end.year:
        raise PeriodError(f"periode '{clean}' tidak dikenali: satu periode ada di dalam satu tahun")
    year = when.years[0] if when.years else None
    start, end = span.start.month, span.end.month
    if len(when.pieces) == 1:
        piece: Piece = when.pieces[0]
        kind = _UNIT_KIND[piece.unit]
        if kind is PeriodKind.MONTH:
            return Period(kind, piece.index, start, end, MONTH_NAMES[start - 1], year, text)
        if kind is PeriodKind.YEAR:
            return Period(kind, 1, 1, 12, "Tahun", year, text)
        return _numbered(kind, piece.index, year, text, clean)
    label = when.label if year is None else when.label.removesuffix(f" {year}")
    if year is None:
        label = label.removesuffix(f" {_PLACEHOLDER_YEAR}")
    return Period(PeriodKind.RANGE, start * 100 + end, start, end, label, year, text)


def covered(periods, year: int) -> str | None:
    """The span a year's periods cover, as the page names it; None when they cover the whole year.

    "Triwulan I–III 2026" (one kind, no gap), "Januari–Februari 2026" (months, or a range), "Triwulan I
    dan Triwulan III 2026" (a gap): never "sepanjang 2026" for part of a year.
    """
    ordered = sorted(periods, key=lambda p: p.sort_key)
    months = sorted({m for p in ordered for m in p.months})
    if months == list(range(1, 13)):
        return None
    if len(ordered) == 1:
        return ordered[0].title(year)
    contiguous = months == list(range(months[0], months[-1] + 1))
    kinds = {p.kind for p in ordered}
    if contiguous and len(kinds) == 1 and (kind := kinds.pop()) in (PeriodKind.QUARTER, PeriodKind.SEMESTER):
        return f"{kind.capitalize()} {ROMAN[ordered[0].index - 1]}–{ROMAN[ordered[-1].index - 1]} {year}"
    if contiguous:
        return f"{MONTH_NAMES[months[0] - 1]}–{MONTH_NAMES[months[-1] - 1]} {year}"
    names = [p.label for p in ordered]
    return f"{', '.join(names[:-1])} dan {names[-1]} {year}"
