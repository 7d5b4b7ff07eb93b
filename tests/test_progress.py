"""Progress arithmetic, hand-worked for every schedule kind in the seeds."""

from __future__ import annotations

from datetime import date
from fractions import Fraction

import pytest

from zisite.domain.progress import Status, expected_by, row_status
from zisite.domain.schedule import parse_schedule

JULY_1 = date(2026, 7, 1)

# text, plan year, target, day → expected by that day
EXPECTED = [
    ("Per Triwulan", 2026, 4, JULY_1, Fraction(2)),              # Q1 and Q2 have passed
    ("Per Triwulan", 2026, 4, date(2026, 6, 30), Fraction(1)),   # Q2 ends today: not yet past
    ("Per Semester", 2026, 2, JULY_1, Fraction(1)),
    ("Per Semester", 2026, 2, date(2027, 1, 1), Fraction(2)),
    ("Setiap Bulan", 2026, 1, JULY_1, Fraction(6)),              # 1 (satu) Laporan every month: six by July
    ("Setiap bulan", 2025, 3, date(2025, 11, 1), Fraction(30)),  # 3 (tiga) Dokumen a month, ten months passed
    ("Per Semester", 2026, 1, JULY_1, Fraction(1)),               # 1 per semester
    ("Januari 2026", 2026, 1, date(2026, 1, 31), Fraction(0)),
    ("Januari 2026", 2026, 1, date(2026, 2, 1), Fraction(1)),
    ("Januari s.d. Februari 2026", 2026, 1, date(2026, 2, 1), Fraction(0)),  # one report: due at the end
    ("Januari s.d. Februari 2026", 2026, 1, date(2026, 3, 1), Fraction(1)),
    ("Januari s.d. Desember 2026", 2026, 1, JULY_1, Fraction(0)),
    ("Oktober - November 2025", 2025, 2, date(2025, 11, 1), Fraction(1)),    # two meetings: one a month
    ("Januari s.d. Maret 2026", 2026, 1, JULY_1, Fraction(1)),
    ("Desember 2026", 2026, 1, JULY_1, Fraction(0)),
    ("Oktober - Desember 2025 (Kartu Kendali)", 2025, 1, date(2025, 12, 1), Fraction(0)),
    ("Oktober - Desember 2025 (Kartu Kendali)", 2025, 1, date(2026, 1, 1), Fraction(1)),
    ("Nopember 2025 - Februari 2026", 2026, 4, date(2026, 1, 1), Fraction(2)),
    ("Saat tahapan", 2025, 2, JULY_1, None),
    ("Setelah Tahapan", 2025, 2, JULY_1, None),
    ("3 (tiga) bulan", 2025, 1, JULY_1, None),                  # no anchor date in the source
    ("", 2025, 1, JULY_1, None),
]


@pytest.mark.parametrize("text,year,target,day,expected", EXPECTED)
def test_expected_by(text, year, target, day, expected):
    assert expected_by(parse_schedule(text, year), target, day) == expected


@pytest.mark.parametrize("text,year,target,achieved,day,status", [
    ("Per Triwulan", 2026, 4, 2, JULY_1, Status.ON_TRACK),
    ("Per Triwulan", 2026, 4, 1, JULY_1, Status.LATE),
    ("Per Triwulan", 2026, 4, 4, JULY_1, Status.DONE),
    ("Setiap Bulan", 2026, 1, 6, JULY_1, Status.ON_TRACK),
    ("Setiap Bulan", 2026, 1, 5, JULY_1, Status.LATE),
    ("Setiap Bulan", 2026, 1, 12, JULY_1, Status.DONE),
    ("Desember 2026", 2026, 1, 0, JULY_1, Status.NOT_DUE),
    ("Januari 2026", 2026, 1, 0, JULY_1, Status.LATE),
    ("Januari s.d. Desember 2026", 2026, 1, 0, JULY_1, Status.NOT_DUE),  # the one report is due in December
    ("Januari s.d. Desember 2026", 2026, 1, 0, date(2027, 1, 1), Status.LATE),
    ("Januari s.d. Desember 2026", 2026, 2, 0, JULY_1, Status.LATE),     # two: one by June
    ("Per Triwulan", 2026, 4, 1, date(2026, 2, 1), Status.ON_TRACK),    # ahead of the first quarter
    ("Saat tahapan", 2025, 2, 0, JULY_1, Status.EVENT),       # never late
    ("Saat tahapan", 2025, 2, 2, JULY_1, Status.DONE),
    ("3 (tiga) bulan", 2025, 1, 0, JULY_1, Status.UNSCHEDULED),
])
def test_row_status(text, year, target, achieved, day, status):
    assert row_status(parse_schedule(text, year), target, achieved, day) is status
