"""Parsers over every distinct target waktu and target capaian string in the seeds, plus edge cases."""

from __future__ import annotations

import pytest

from zisite.domain.numbers import parse_number_words
from zisite.domain.quantity import parse_quantity
from zisite.domain.schedule import Every, Kind, parse_schedule
from zisite.domain.rows import walk
from zisite.load import load_project
from helpers import ROOT

M, R, E, D, V, U, X = Kind.MONTH, Kind.RANGE, Kind.RECURRING, Kind.DURATION, Kind.EVENT, Kind.UNKNOWN, Kind.EMPTY

# text, plan year → kind, (year, start, end, end_year), every, months, note, label, problem?
SCHEDULES = [
    ("Oktober 2025", 2025, M, (2025, 10, 10, 2025), None, None, None, "Oktober 2025", False),
    ("Nopember 2025", 2025, M, (2025, 11, 11, 2025), None, None, None, "November 2025", False),
    ("Desember 2025", 2025, M, (2025, 12, 12, 2025), None, None, None, "Desember 2025", False),
    ("Januari 2026", 2026, M, (2026, 1, 1, 2026), None, None, None, "Januari 2026", False),
    ("Februari 2026", 2026, M, (2026, 2, 2, 2026), None, None, None, "Februari 2026", False),
    ("Desember 2026", 2026, M, (2026, 12, 12, 2026), None, None, None, "Desember 2026", False),
    ("Oktober - November 2025", 2025, R, (2025, 10, 11, 2025), None, None, None, "Oktober–November 2025", False),
    ("Nopember - Desember 2025", 2025, R, (2025, 11, 12, 2025), None, None, None, "November–Desember 2025", False),
    ("November - Desember 2025", 2025, R, (2025, 11, 12, 2025), None, None, None, "November–Desember 2025", False),
    ("Januari s.d. Februari 2026", 2026, R, (2026, 1, 2, 2026), None, None, None, "Januari–Februari 2026", False),
    ("Januari s.d.Februari 2026", 2026, R, (2026, 1, 2, 2026), None, None, None, "Januari–Februari 2026", False),
    ("Januari s.d. Maret 2026", 2026, R, (2026, 1, 3, 2026), None, None, None, "Januari–Maret 2026", False),
    ("Januari s.d. Desember 2026", 2026, R, (2026, 1, 12, 2026), None, None, None, "Januari–Desember 2026", False),
    ("Oktober - Desember 2025 (Kartu Kendali)", 2025, R, (2025, 10, 12, 2025), None, None, "Kartu Kendali",
     "Oktober–Desember 2025", False),
    ("Setiap bulan", 2025, E, (2025, None, None, None), Every.MONTH, None, None, "setiap bulan", False),
    ("Setiap Bulan", 2026, E, (2026, None, None, None), Every.MONTH, None, None, "setiap bulan", False),
    ("Per Triwulan", 2026, E, (2026, None, None, None), Every.QUARTER, None, None, "setiap triwulan", False),
    ("Per Semester", 2026, E, (2026, None, None, None), Every.SEMESTER, None, None, "setiap semester", False),
    ("3 (tiga) bulan", 2025, D, (2025, None, None, None), None, 3, None, "dalam 3 bulan", False),
    ("Saat tahapan", 2025, V, (2025, None, None, None), None, None, None, "saat tahapan", False),
    ("Setelah Tahapan", 2025, V, (2025, None, None, None), None, None, None, "setelah tahapan", False),
    # Beyond the seeds: what staff will also write.
    ("Maret", 2026, M, (2026, 3, 3, 2026), None, None, None, "Maret 2026", False),
    ("Nopember 2025 - Februari 2026", 2026, R, (2025, 11, 2, 2026), None, None, None, "November 2025–Februari 2026", False),
    # Across the new year: December of the year before, not an impossible range.
    ("Desember - Januari 2026", 2026, R, (2025, 12, 1, 2026), None, None, None, "Desember 2025–Januari 2026", False),
    ("Maret 2026 - Januari 2026", 2026, R, (2026, 3, 1, 2026), None, None, None, "Maret–Januari 2026", True),
    ("Oktober 2024", 2025, M, (2024, 10, 10, 2024), None, None, None, "Oktober 2024", True),
    ("2 (tiga) bulan", 2025, D, (2025, None, None, None), None, 2, None, "dalam 2 bulan", True),
    ("Per", 2026, U, (None, None, None, None), None, None, None, "Per", True),
    ("Bulan ketiga belas", 2026, U, (None, None, None, None), None, None, None, "Bulan ketiga belas", True),
    ("", 2026, X, (None, None, None, None), None, None, None, "tidak ditentukan", True),
]


@pytest.mark.parametrize("text,year,kind,span,every,months,note,label,problem", SCHEDULES)
def test_parse_schedule(text, year, kind, span, every, months, note, label, problem):
    s = parse_schedule(text, year)
    assert s.text == text
    assert s.kind is kind
    assert (s.year, s.start_month, s.end_month, s.end_year) == span
    assert s.every == every
    assert s.months == months
    assert s.note == note
    assert s.label == label
    assert bool(s.problem) is problem, s.problem


def test_truncated_schedule_says_so():
    assert parse_schedule("Per", 2026).problem == "target waktu 'Per' tampak terpotong"


def test_every_seed_schedule_is_in_the_table():
    """A new spelling in the data must be added to the table above before it is trusted."""
    seen = {(t, e.plan.tahun) for e in load_project(ROOT).plans for r in (f.row for f in walk(e.plan)) for t in r.target_waktu}
    assert seen <= {(t, y) for t, y, *_ in SCHEDULES}


QUANTITIES = [
    ("1 (satu) Dokumen", 1, "Dokumen", None),
    ("1 (satu) Kegiatan", 1, "Kegiatan", None),
    ("1 (satu) Laporan", 1, "Laporan", None),
    ("2 (dua) Dokumen", 2, "Dokumen", None),
    ("2 (dua) Kegiatan", 2, "Kegiatan", None),
    ("2 (dua) Laporan", 2, "Laporan", None),
    ("3 (tiga) Dokumen", 3, "Dokumen", None),
    ("4 (empat) Kegiatan", 4, "Kegiatan", None),
    ("4 (empat) Laporan", 4, "Laporan", None),
    ("1 (satu) ", 1, None, None),
    ("12 (dua belas) Laporan", 12, "Laporan", None),
    ("5 Dokumen", 5, "Dokumen", None),
    ("2 (tiga) Laporan", 2, "Laporan", "angka 2 tidak sama dengan kata bilangan '(tiga)' = 3"),
    ("3 (tigaa) Laporan", 3, "Laporan", "kata bilangan '(tigaa)' tidak dikenali"),
    ("Laporan", None, None, None),  # prose: qualitative, no number and no warning (tests/test_targets.py)
    ("", None, None, "target capaian kosong"),
]


@pytest.mark.parametrize("text,amount,unit,problem", QUANTITIES)
def test_parse_quantity(text, amount, unit, problem):
    q = parse_quantity(text)
    assert (q.text, q.amount, q.unit, q.problem) == (text, amount, unit, problem)


def test_every_seed_quantity_is_in_the_table():
    seen = {t for e in load_project(ROOT).plans for r in (f.row for f in walk(e.plan)) for t in r.target_capaian}
    assert seen <= {t for t, *_ in QUANTITIES}


@pytest.mark.parametrize("words,value", [
    ("satu", 1), ("empat", 4), ("sepuluh", 10), ("sebelas", 11), ("dua belas", 12), ("sembilan belas", 19),
    ("dua puluh", 20), ("dua puluh lima", 25), ("seratus", 100), ("seratus lima", 105),
    ("dua ratus tiga puluh", 230), ("seribu", 1000), ("tiga ribu dua ratus", 3200),
    ("Empat", 4), ("", None), ("dua dua", None), ("belas", None), ("lima apel", None),
])
def test_number_words(words, value):
    assert parse_number_words(words) == value
