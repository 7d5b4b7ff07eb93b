"""Target capaian as offices write them → what the site reads: a quantity (amount and unit), a
qualitative target (done or not, by evidence), or items. A number is read only where the text states
one as a count; forms that could be read two ways are qualitative and carry a warning."""

from __future__ import annotations

import pytest

from zisite.domain.quantity import Reading, parse_quantity

Q, T, I = Reading.QUANTITY, Reading.QUALITATIVE, Reading.ITEMS

# (text, reading, amount, unit or items, ambiguous?)
CASES = [
    # quantities stated with digits, the seed plans' form and its variants
    ("1 (satu) Laporan", Q, 1, "Laporan", False),
    ("4 (empat) Laporan", Q, 4, "Laporan", False),
    ("2 (dua) Kegiatan", Q, 2, "Kegiatan", False),
    ("12 (dua belas) Laporan", Q, 12, "Laporan", False),
    ("1 ( satu ) Dokumen", Q, 1, "Dokumen", False),
    ("3 Dokumen", Q, 3, "Dokumen", False),
    ("12 kali", Q, 12, "kali", False),
    ("1 Dokumen SK Tim Pembangunan ZI", Q, 1, "Dokumen SK Tim Pembangunan ZI", False),
    ("1 (satu) Laporan per triwulan", Q, 1, "Laporan per triwulan", False),
    ("2(dua) Kegiatan", Q, 2, "Kegiatan", False),
    ("4", Q, 4, None, False),
    ("6 (enam)", Q, 6, None, False),
    ("100 (seratus) Pegawai", Q, 100, "Pegawai", False),
    ("1.000 Lembar leaflet", Q, 1000, "Lembar leaflet", False),
    ("minimal 2 Laporan", Q, 2, "Laporan", False),
    ("Paling sedikit 1 (satu) kali", Q, 1, "kali", False),
    ("sekurang-kurangnya 4 (empat) kegiatan", Q, 4, "kegiatan", False),
    # numbers written in words
    ("Empat (4) Laporan", Q, 4, "Laporan", False),
    ("dua (2) kegiatan", Q, 2, "kegiatan", False),
    ("Satu Dokumen", Q, 1, "Dokumen", False),
    ("Dua belas laporan bulanan", Q, 12, "laporan bulanan", False),
    ("Sepuluh Pegawai", Q, 10, "Pegawai", False),
    # a count after the thing counted
    ("Laporan sebanyak 4 (empat)", Q, 4, "Laporan", False),
    ("Sosialisasi sebanyak 2 kali", Q, 2, "Sosialisasi kali", False),
    # prose: qualitative, never a number
    ("Dokumen SOP dan inovasi", T, None, None, False),
    ("Laporan", T, None, None, False),
    ("SK Tim Zona Integritas", T, None, None, False),
    ("Tersusunnya SOP pelayanan informasi", T, None, None, False),
    ("Dokumen Rencana Aksi ZI Tahun 2026", T, None, None, False),
    ("Terlaksana", T, None, None, False),
    ("Seluruh pegawai mengisi LHKASN", T, None, None, False),
    ("Laporan Monev Triwulan IV", T, None, None, False),
    ("Nilai IKM minimal 3,5", T, None, None, False),
    ("Banner, leaflet dan media sosial", T, None, None, False),
    ("Tampilan website ramah disabilitas", T, None, None, False),
    ("Dokumentasi kegiatan", T, None, None, False),
    # levels in percent: stated, but not a count of things done
    ("100%", T, None, None, False),
    ("100 % pegawai", T, None, None, False),
    ("≥ 80 persen", T, None, None, False),
    ("minimal 90% responden puas", T, None, None, False),
    # items
    ("1. SOP 2. Dokumen Inovasi", I, None, ("SOP", "Dokumen Inovasi"), False),
    ("1. SK Tim; 2. Rencana Kerja; 3. Laporan", I, None, ("SK Tim", "Rencana Kerja", "Laporan"), False),
    ("a. SOP b. Standar Pelayanan c. Maklumat", I, None, ("SOP", "Standar Pelayanan", "Maklumat"), False),
    ("1) Notulen 2) Daftar hadir", I, None, ("Notulen", "Daftar hadir"), False),
    ("SK Tim; Notulen rapat; Dokumentasi", I, None, ("SK Tim", "Notulen rapat", "Dokumentasi"), False),
    ("- Notulen\n- Daftar hadir\n- Foto kegiatan", I, None, ("Notulen", "Daftar hadir", "Foto kegiatan"), False),
    ("1 (satu) Laporan; 1 (satu) Dokumen", I, None, ("1 (satu) Laporan", "1 (satu) Dokumen"), False),
    # ambiguous: qualitative, with a warning
    ("1. SOP", T, None, None, True),
    ("2) Dokumen Inovasi", T, None, None, True),
    ("2-4 Laporan", T, None, None, True),
    ("2 s.d. 4 kegiatan", T, None, None, True),
    ("1 Dokumen SOP dan 1 Dokumen Inovasi", T, None, None, True),
    ("2 Laporan, 1 SK", T, None, None, True),
    ("Satu SOP dan satu dokumen inovasi", T, None, None, True),
    ("1,5 Dokumen", T, None, None, True),
    ("2026 Dokumen", T, None, None, True),
    ("Laporan 4 (empat)", T, None, None, True),
    ("1. SOP 3. Dokumen Inovasi", T, None, None, True),  # markers out of order: not a list
]


@pytest.mark.parametrize("text, reading, amount, unit, ambiguous", CASES, ids=[c[0] for c in CASES])
def test_each_target_is_read_as_written(text, reading, amount, unit, ambiguous):
    got = parse_quantity(text)
    assert got.reading is reading
    assert got.amount == amount
    if reading is I:
        assert got.items == unit
    else:
        assert got.unit == unit
    assert (got.ambiguity is not None) == ambiguous, got.ambiguity
    assert got.problem is None
    assert got.stated == (reading is Q)


def test_the_table_is_large_enough():
    assert len(CASES) >= 40


@pytest.mark.parametrize("text, problem", [
    ("2 (tiga) Laporan", "angka 2 tidak sama dengan kata bilangan '(tiga)' = 3"),
    ("4 (emapt) Laporan", "kata bilangan '(emapt)' tidak dikenali"),
    ("Tiga (4) Laporan", "kata bilangan 'Tiga' = 3 tidak sama dengan angka (4)"),
    ("", "target capaian kosong"),
])
def test_numbers_that_contradict_their_words_are_reported(text, problem):
    assert parse_quantity(text).problem == problem


def test_a_target_without_a_number_has_no_amount_and_no_unit():
    """The old reading gave "Dokumen SOP dan inovasi" the unit "Dokumen SOP dan inovasi" and monitoring
    then printed "0 dari 1 Dokumen SOP dan inovasi"."""
    got = parse_quantity("Dokumen SOP dan inovasi")
    assert (got.amount, got.unit, got.items) == (None, None, ())


# ------------------------------------------------------------------ what monitoring prints

def _progress(make_project, target: str, schedule: str, records: str) -> tuple[str, str]:
    from datetime import date

    from helpers import MINIMAL_PLAN
    from zisite.load import load_project
    from zisite.render.monev import monev_plan

    plan = MINIMAL_PLAN.replace("target_waktu: Januari 2026", f"target_waktu: {schedule}")
    plan = plan.replace("target_capaian: 1 (satu) Laporan", f"target_capaian: {target}")
    realisasi = "kantor: contoh\ntahun: 2026\nrealisasi:" + ("\n" + records if records else " []\n")
    project = load_project(make_project({"plans/contoh/2026.realisasi.yaml": realisasi}, plan=plan))
    assert project.ok
    entry = project.plans[0]
    view = monev_plan(entry.plan, entry.realisasi, date(2026, 7, 1), "t").views["1.1.1.1"]
    return view.progress, view.status.value


def _record(day: str) -> str:
    return f'  - baris: "1.1.1.1"\n    tanggal: {day}\n    kegiatan: Laporan disusun\n'


@pytest.mark.parametrize("target, schedule, days, shown", [
    ("Laporan bulanan", "Setiap bulan", ["2026-01-20", "2026-02-20"], ("2 realisasi tercatat, belum tercapai", "terlambat")),
    ("Laporan bulanan", "Setiap bulan", [], ("belum ada realisasi", "terlambat")),
    ("Dokumen SOP dan inovasi", "Maret 2026", ["2026-03-10"], ("tercapai", "selesai")),
    ("1. SOP 2. Dokumen Inovasi", "Desember 2026", [], ("belum ada realisasi", "belum jatuh tempo")),
    ("2 (dua) Laporan", "Setiap bulan", ["2026-01-20"], ("1 dari 24 Laporan", "terlambat")),  # stated: the count stays
])
def test_monitoring_prints_no_number_the_target_does_not_state(make_project, target, schedule, days, shown):
    assert _progress(make_project, target, schedule, "".join(_record(d) for d in days)) == shown
