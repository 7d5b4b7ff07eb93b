"""The pure parts of the round trip: the plan grid `zisite ekspor` lays out, and how a filled
realisasi sheet's dates and evidence are read."""

from __future__ import annotations

import pytest

from zisite.ekspor.layout import Slot, layout
from zisite.impor.realisasi_sheet import evidence, when

PLAN = {
    "kolom": [{"kunci": "nomor", "judul": "NO"}, {"kunci": "kelompok", "judul": "ASPEK"},
              {"kunci": "aksi", "judul": "KEGIATAN"}, {"kunci": "baris", "judul": "INDIKATOR"},
              {"kunci": "pic", "judul": "PIC"}],
    "bagian": [{"nomor": "I", "judul": "Manajemen Perubahan", "kelompok": [
        {"nomor": "1.", "judul": "Tim", "kolom_lain": {"pic": "Sekretaris"}, "aksi": [
            {"nomor": "a.", "uraian": "Membentuk tim", "baris": [{"uraian": "SK tim"}, {"uraian": "Rapat"}]},
            {"uraian": "Menyusun rencana", "baris": [{"uraian": "Dokumen", "kolom_lain": {"pic": ["A", "B"]}}]}]}]}],
}


def test_a_bagian_without_its_column_is_a_title_row_and_levels_merge_down():
    sheet = layout(PLAN)
    assert sheet.codes == (None, "1.1.1.1", "1.1.1.2", "1.1.2.1")
    group, first, second, third = sheet.rows
    assert group[0] == Slot(("I",)) and group[1] == Slot(("Manajemen Perubahan",), (1, 4))
    assert all(slot.covered for slot in group[2:])
    assert first[0] == Slot(("1.",)) and first[1] == Slot(("Tim",), (3, 1))
    assert first[2] == Slot(("a. Membentuk tim",), (2, 1))  # a lower level's number starts its cell
    assert first[4] == Slot(("Sekretaris",), (3, 1)), "an extra column held by the kelompok spans its rows"
    assert second[1].covered and second[2].covered and second[4].covered
    assert third[2] == Slot(("Menyusun rencana",), (1, 1)) and third[0] == Slot(())


def test_an_extra_column_on_rows_is_one_cell_a_row():
    plan = {**PLAN, "bagian": [{**PLAN["bagian"][0], "kelompok": [
        {**PLAN["bagian"][0]["kelompok"][0], "kolom_lain": None}]}]}
    rows = layout(plan).rows
    assert [r[4] for r in rows[1:]] == [Slot(()), Slot(()), Slot(("A", "B"))]


@pytest.mark.parametrize("text,read", [
    ("2026-03-27", ("tanggal", "2026-03-27")), ("27/03/2026", ("tanggal", "2026-03-27")),
    ("7 Maret 2026", ("tanggal", "2026-03-07")), ("Nopember 2025", ("bulan", "2025-11")),
    ("2026-03", ("bulan", "2026-03")), ("Mar 2026", ("bulan", "2026-03")),
    ("tiga Maret", None), ("Maret", None), ("2026", None)])
def test_dates_staff_or_excel_write(text, read):
    assert when(text) == read


def test_evidence_lines():
    assert evidence("Notulen rapat: https://contoh.go.id/a.pdf") == {"judul": "Notulen rapat",
                                                                    "url": "https://contoh.go.id/a.pdf"}
    assert evidence("bukti/2026/foto.jpg") == {"judul": "foto.jpg", "berkas": "bukti/2026/foto.jpg"}
    assert evidence("lihat di lemari arsip") is None
