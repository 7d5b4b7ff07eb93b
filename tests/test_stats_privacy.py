"""What the personal-data guard takes for a NIK, a phone number or an e-mail address, and what it leaves."""

from __future__ import annotations

import pytest

from zisite.checks.personal import personal_in_text

FOUND = [
    ("NIK 7201010101010001", "nomor yang tampak seperti NIK (16 angka)", "7201…"),
    ("7201 0101 0101 0001", "nomor yang tampak seperti NIK (16 angka)", "7201…"),
    ("7201.0101.0101.0001", "nomor yang tampak seperti NIK (16 angka)", "7201…"),
    ("hubungi 081234567890", "nomor telepon", "0812…"),
    ("hubungi 0812-3456-7890", "nomor telepon", "0812…"),
    ("hubungi 0812 3456 7890", "nomor telepon", "0812…"),
    ("telepon (0451) 421234", "nomor telepon", "0451…"),
    ("telepon 0451-421234", "nomor telepon", "0451…"),
    ("WA +62 812 3456 7890", "nomor telepon", "+6281…"),
    ("WA +6281234567890", "nomor telepon", "+6281…"),
    ("WA 6281234567890", "nomor telepon", "6281…"),
    ("surel budi@gmail.com", "alamat surel", "…@gmail.com"),
    ("surel b.santoso+wbs@kpu.go.id", "alamat surel", "…@kpu.go.id"),
]


@pytest.mark.parametrize("text, what, shown", FOUND, ids=[row[0] for row in FOUND])
def test_personal_data_is_found_and_shown_masked(text, what, shown):
    found = personal_in_text(text)
    assert found is not None
    assert (found.what, found.shown) == (what, shown)


LEFT = [
    "Keputusan KPU Nomor 915 Tahun 2025",
    "Rp 1.250.000.000",
    "Rp 625.000.000.000",
    "rekap 01-01-2026 - 31-03-2026",
    "tanggal 01-01-2026",
    "tahun 2025-2026",
    "Nomor 001/PP.01-SD/7210/2026",
    "12 pengaduan, 9 selesai (75 %)",
    "Triwulan I 2026",
    "lapor.go.id",
    "kode pos 94361",
]


@pytest.mark.parametrize("text", LEFT)
def test_ordinary_numbers_are_not_personal_data(text):
    assert personal_in_text(text) is None
