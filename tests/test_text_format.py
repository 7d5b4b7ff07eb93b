"""Indonesian number, percentage, date and size formats (text/format.py): the one definition the
pages, charts, summaries and open data all print with."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from zisite.text.format import angka, bulan, daftar, desimal, kib, persen, rupiah, tanggal


@pytest.mark.parametrize("value, decimals, shown", [
    (88.392, None, "88,39"), (88.305, 2, "88,31"), (Decimal("88.30"), 2, "88,30"), (1254300, None, "1.254.300"),
    (1254300.5, None, "1.254.300,5"), (4, None, "4"), (4.0, 1, "4,0"), (0, None, "0"), (-1500, None, "-1.500"),
    (2.675, None, "2,68"),  # half up on the decimal written, not on binary 2.67499…
])
def test_angka(value, decimals, shown):
    assert angka(value, decimals) == shown


def test_desimal_always_two_places_with_thousands():
    assert (desimal(Decimal("3.1")), desimal(1234.5)) == ("3,10", "1.234,50")


@pytest.mark.parametrize("part, whole, shown", [
    (2, 3, "66,7 %"), (3, 4, "75 %"), (1, 8, "12,5 %"), (0, 5, "0 %"), (6, 5, "120 %"), (1, 0, "–"),
])
def test_persen(part, whole, shown):
    assert persen(part, whole) == shown


def test_dates_and_months():
    assert tanggal(date(2026, 7, 1)) == "1 Juli 2026"
    assert tanggal(date(2026, 1, 21)) == "21 Januari 2026"
    assert bulan(2025, 11) == "November 2025"


def test_sizes_money_and_lists():
    assert (kib(512), kib(12595)) == ("512 bita", "12,3 KiB")
    assert rupiah(1500000) == "Rp1.500.000"
    assert (daftar(["A"]), daftar(["A", "B"]), daftar(["A", "B", "C"])) == ("A", "A dan B", "A, B dan C")


def test_shorten_marked_closes_a_foreign_term_cut_in_the_middle():
    from zisite.text.format import shorten_marked

    text = "Melaksanakan kegiatan _public campaign_ tentang pencegahan korupsi"
    assert shorten_marked(text, 30) == "Melaksanakan kegiatan _public_…"
    assert shorten_marked(text, 45) == "Melaksanakan kegiatan _public campaign_…"
    assert shorten_marked(text, 200) == text
    assert shorten_marked("berkas data_2024 dan seterusnya sampai habis", 21) == "berkas data_2024 dan…"  # no term: untouched
