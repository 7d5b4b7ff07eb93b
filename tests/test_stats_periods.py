"""Period text → Period: every accepted spelling, and every refusal with its message."""

from __future__ import annotations

import pytest

from zisite.domain.periods import Period, PeriodError, PeriodKind, covered, parse_period

M, Q, S, Y, R = PeriodKind.MONTH, PeriodKind.QUARTER, PeriodKind.SEMESTER, PeriodKind.YEAR, PeriodKind.RANGE

ACCEPTED = [
    # text,              kind, index, start, end, label,          year
    ("Januari",            M, 1, 1, 1, "Januari", None),
    ("Februari",           M, 2, 2, 2, "Februari", None),
    ("Pebruari",           M, 2, 2, 2, "Februari", None),
    ("Desember",           M, 12, 12, 12, "Desember", None),
    ("Nopember",           M, 11, 11, 11, "November", None),
    ("november 2026",      M, 11, 11, 11, "November", 2026),
    ("Bulan Agustus",      M, 8, 8, 8, "Agustus", None),
    ("Triwulan I",         Q, 1, 1, 3, "Triwulan I", None),
    ("Triwulan II",        Q, 2, 4, 6, "Triwulan II", None),
    ("Triwulan III",       Q, 3, 7, 9, "Triwulan III", None),
    ("Triwulan IV",        Q, 4, 10, 12, "Triwulan IV", None),
    ("Triwulan 1",         Q, 1, 1, 3, "Triwulan I", None),
    ("Triwulan 4",         Q, 4, 10, 12, "Triwulan IV", None),
    ("TRIWULAN iii",       Q, 3, 7, 9, "Triwulan III", None),
    ("Triwulan ke-2",      Q, 2, 4, 6, "Triwulan II", None),
    ("  Triwulan   I  2026 ", Q, 1, 1, 3, "Triwulan I", 2026),
    ("Semester I",         S, 1, 1, 6, "Semester I", None),
    ("Semester II",        S, 2, 7, 12, "Semester II", None),
    ("Semester 2 2025",    S, 2, 7, 12, "Semester II", 2025),
    ("Tahunan",            Y, 1, 1, 12, "Tahun", None),
    ("Tahun 2026",         Y, 1, 1, 12, "Tahun", 2026),
    ("tahun 2025",         Y, 1, 1, 12, "Tahun", 2025),
    # The words plans use, read by the same grammar (domain/when.py).
    ("TW 2",               Q, 2, 4, 6, "Triwulan II", None),
    ("TW. III 2026",       Q, 3, 7, 9, "Triwulan III", 2026),
    ("Triwulan III tahun 2026", Q, 3, 7, 9, "Triwulan III", 2026),
    ("SEMESTER ii",        S, 2, 7, 12, "Semester II", None),
    ("Sept",               M, 9, 9, 9, "September", None),
    ("Agt 2026",           M, 8, 8, 8, "Agustus", 2026),
    ("T.A. 2026",          Y, 1, 1, 12, "Tahun", 2026),
    ("Januari - Maret",    R, 103, 1, 3, "Januari–Maret", None),
    ("Okt s/d Des 2026",   R, 1012, 10, 12, "Oktober–Desember", 2026),
    ("Triwulan I s.d. III", R, 109, 1, 9, "Triwulan I–III", None),
    ("Triwulan II + III",  R, 409, 4, 9, "Triwulan II + III", None),
    ("TW 2 | Apr - Jun",   Q, 2, 4, 6, "Triwulan II", None),
]


@pytest.mark.parametrize("text, kind, index, start, end, label, year", ACCEPTED, ids=[row[0] for row in ACCEPTED])
def test_period_is_parsed(text, kind, index, start, end, label, year):
    period = parse_period(text)
    assert period == Period(kind, index, start, end, label, year, text)
    assert period.title(2026) == f"{label} 2026"


REFUSED = [
    ("", "periode tidak boleh kosong"),
    ("   ", "periode tidak boleh kosong"),
    ("Kuartal 1", "periode 'Kuartal 1' tidak dikenali"),
    ("Triwulan", "periode 'Triwulan' tidak dikenali: nomor triwulan ditulis dengan angka Romawi (I, II, III, IV) atau angka 1–4"),
    ("Triwulan V", "periode 'Triwulan V' tidak dikenali: nomor triwulan ditulis dengan angka Romawi (I, II, III, IV) atau angka 1–4"),
    ("Triwulan 5", "periode 'Triwulan 5' tidak dikenali: nomor triwulan ditulis dengan angka Romawi (I, II, III, IV) atau angka 1–4"),
    ("Semester 5", "periode 'Semester 5' tidak dikenali: nomor semester ditulis dengan angka Romawi (I, II) atau angka 1–2"),
    ("Semester 3", "periode 'Semester 3' tidak ada: satu tahun hanya punya 2 semester"),
    ("Semester III", "periode 'Semester III' tidak ada: satu tahun hanya punya 2 semester"),
    ("Semester IV", "periode 'Semester IV' tidak ada: satu tahun hanya punya 2 semester"),
    # A period is one span of whole months inside one year.
    ("Triwulan I + III", "periode 'Triwulan I + III' bukan satu rentang; tulis setiap periode sendiri"),
    ("Maret, Juni 2026", "periode 'Maret, Juni 2026' bukan satu rentang; tulis setiap periode sendiri"),
    ("Setiap bulan", "periode 'Setiap bulan' berulang; tulis satu periode, misalnya Triwulan I"),
    ("15 Maret 2026", "periode '15 Maret 2026' tidak dikenali: periode statistik ditulis tanpa tanggal"),
    ("Desember - Januari 2026", "periode 'Desember - Januari 2026' tidak dikenali: satu periode ada di dalam satu tahun"),
    ("Januari 2025 - Maret 2026", "periode 'Januari 2025 - Maret 2026' tidak dikenali: satu periode ada di dalam satu tahun"),
    ("Maret - Januari", "periode 'Maret - Januari' tidak dikenali: satu periode ada di dalam satu tahun"),
    ("TW 3 | Apr - Jun", "periode 'TW 3 | Apr - Jun' tidak dikenali: bagian-bagian 'TW 3 | Apr - Jun' tidak menunjuk waktu yang sama"),
    ("Maret 2026 - Januari 2026", "periode 'Maret 2026 - Januari 2026' tidak dikenali: rentang 'Maret 2026 - Januari 2026' berakhir sebelum dimulai"),
    ("TW 5", "periode 'TW 5' tidak dikenali: nomor triwulan ditulis dengan angka Romawi (I, II, III, IV) atau angka 1–4"),
    ("paling lambat Maret", "periode 'paling lambat Maret' tidak dikenali"),
    ("Tahun", "periode 'Tahun' tidak dikenali"),
    ("2026", "periode '2026' tidak dikenali"),
    ("Juni 26", "periode 'Juni 26' tidak dikenali"),
    ("Agustusan", "periode 'Agustusan' tidak dikenali"),
]


@pytest.mark.parametrize("text, message", REFUSED, ids=[row[0] or "kosong" for row in REFUSED])
def test_unknown_period_is_refused_with_its_text(text, message):
    with pytest.raises(PeriodError) as caught:
        parse_period(text)
    assert caught.value.message == message


def test_periods_sort_in_calendar_order_and_overlap_by_months():
    periods = [parse_period(t) for t in ("Triwulan II", "Tahunan", "Januari", "Semester I", "Desember")]
    assert [p.label for p in sorted(periods, key=lambda p: p.sort_key)] == [
        "Tahun", "Semester I", "Januari", "Triwulan II", "Desember"]
    q1, march, q2 = parse_period("Triwulan I"), parse_period("Maret"), parse_period("Triwulan II")
    assert q1.overlaps(march) and march.overlaps(q1)
    assert not q1.overlaps(q2)
    assert list(q2.months) == [4, 5, 6]


@pytest.mark.parametrize("periods, expected", [
    (["Triwulan I", "Triwulan II", "Triwulan III", "Triwulan IV"], None),
    (["Semester I", "Semester II"], None),
    (["Tahun 2026"], None),
    (["Januari s.d. Juni", "Juli", "Agustus - Desember"], None),
    (["Triwulan I", "Triwulan II", "Triwulan III"], "Triwulan I–III 2026"),
    (["Semester I"], "Semester I 2026"),
    (["Januari–Februari 2026"], "Januari–Februari 2026"),
    (["Januari–Februari 2026", "Maret 2026"], "Januari–Maret 2026"),
    (["Januari", "Februari"], "Januari–Februari 2026"),
    (["Triwulan I", "Triwulan III"], "Triwulan I dan Triwulan III 2026"),
    (["Maret", "Januari", "Mei"], "Januari, Maret dan Mei 2026"),
])
def test_the_span_a_year_covers_is_named_exactly(periods, expected):
    assert covered([parse_period(p) for p in periods], 2026) == expected
