"""The realisasi template: `zisite ekspor --realisasi` writes one row per plan row with its code;
staff fill it in; `zisite impor … --jenis realisasi` reads it back into the realisasi YAML, checked
by the real checker, with every problem at its sheet!cell."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from helpers import ROOT, run_main
from test_ekspor import catalogued

openpyxl = pytest.importorskip("openpyxl")

SEEDS = (("sigi", 2026), ("banggai-kepulauan", 2025))
HEADINGS = ["KODE BARIS", "BARIS RENCANA AKSI", "TANGGAL / BULAN", "KEGIATAN", "JUMLAH", "BUKTI", "STATUS", "ALASAN",
            "TARGET KE"]


def _project(tmp_path: Path, slug: str) -> Path:
    """A copy of the example project without the realisasi file that is about to be imported."""
    project = tmp_path / "proyek"
    shutil.copytree(ROOT / "content" / "offices" / slug, project / "content" / "offices" / slug)
    shutil.copytree(ROOT / "plans" / slug, project / "plans" / slug)
    for old in (project / "plans" / slug).glob("*.realisasi.yaml"):
        old.unlink()
    return project


def _export(tmp_path: Path, slug: str, year: int) -> Path:
    book = tmp_path / f"{slug}.xlsx"
    result = run_main("ekspor", slug, str(year), "--folder", str(ROOT), "--keluar", str(book), "--realisasi")
    assert result.code == 0, result.err
    assert "dengan lembar isian realisasi" in result.out
    return book


def _fill(book: Path, records: list[dict]) -> None:
    """As staff would: each record on a copy of its row's line, below the template rows."""
    workbook = openpyxl.load_workbook(book)
    sheet = workbook["Realisasi"]
    for record in records:
        r = sheet.max_row + 1
        when = record.get("tanggal") or record.get("bulan")
        values = [record["baris"], "", str(when), record["kegiatan"], record.get("jumlah"),
                  "\n".join(f"{b['judul']}: {b.get('url') or b.get('berkas')}" for b in record.get("bukti", ())),
                  record.get("status"), record.get("alasan"), record.get("target_ke")]
        for c, value in enumerate(values, 1):
            sheet.cell(r, c, value if value != "" else None)
    workbook.save(book)


def _import(project: Path, book: Path, slug: str, year: int, *extra: str):
    return run_main("impor", str(book), "--kantor", slug, "--tahun", str(year), "--jenis", "realisasi",
                    "--keluar", str(project / "plans" / slug / f"{year}.realisasi.yaml"), *extra)


def test_the_template_has_one_row_per_plan_row_with_its_code(tmp_path):
    book = _export(tmp_path, "sigi", 2026)
    sheet = openpyxl.load_workbook(book)["Realisasi"]
    assert [sheet.cell(4, c).value for c in range(1, 10)] == HEADINGS
    codes = [sheet.cell(r, 1).value for r in range(5, sheet.max_row + 1)]
    assert len(codes) == 65 and codes[0] == "1.1.1.1" and len(set(codes)) == 65
    assert all(sheet.cell(r, 2).value for r in range(5, sheet.max_row + 1))
    assert all(sheet.cell(r, 4).value is None for r in range(5, sheet.max_row + 1))


@pytest.mark.parametrize("slug,year", SEEDS)
def test_filled_template_imports_to_the_same_records(tmp_path, slug, year):
    want = yaml.safe_load((ROOT / "plans" / slug / f"{year}.realisasi.yaml").read_text(encoding="utf-8"))
    book = _export(tmp_path, slug, year)
    _fill(book, want["realisasi"])
    project = _project(tmp_path, slug)
    result = _import(project, book, slug, year)
    assert result.code == 0, result.err
    assert f"Ringkasan: {len(want['realisasi'])} realisasi" in result.out
    written = project / "plans" / slug / f"{year}.realisasi.yaml"
    text = written.read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=../../schemas/realisasi.schema.json\n")
    got = yaml.safe_load(text)
    assert (got["kantor"], got["tahun"]) == (slug, year)
    assert got["realisasi"] == want["realisasi"]
    check = run_main("check", str(project))
    assert check.code == 0, check.out + check.err


def test_problems_are_shown_at_their_cells_and_nothing_is_written(tmp_path):
    book = _export(tmp_path, "sigi", 2026)
    _fill(book, [{"baris": "9.9.9.9", "tanggal": "2026-03-01", "kegiatan": "Rapat"},
                 {"baris": "1.1.1.1", "tanggal": "tiga Maret", "kegiatan": "Rapat"},
                 {"baris": "1.1.1.1", "tanggal": "2026-03-02", "kegiatan": "Rapat", "jumlah": "dua"}])
    project = _project(tmp_path, "sigi")
    result = _import(project, book, "sigi", 2026)
    assert result.code == 1
    assert "3 isian realisasi belum sah; tidak ada berkas ditulis" in result.err
    assert "Realisasi!C71: 'tiga Maret' bukan tanggal atau bulan" in result.err
    assert "Realisasi!E72: 'dua' bukan bilangan bulat" in result.err
    catalogued(result.err)
    assert not list((project / "plans" / "sigi").glob("*.realisasi.yaml"))
    _fill(book, [])
    only_code = openpyxl.load_workbook(book)
    sheet = only_code["Realisasi"]
    for r in (71, 72):
        for c in range(1, 10):
            sheet.cell(r, c).value = None
    only_code.save(book)
    result = _import(project, book, "sigi", 2026)
    assert result.code == 1
    assert "Realisasi!A70: baris '9.9.9.9' tidak ada di rencana aksi 2026" in result.err


def test_dates_as_excel_shows_them_are_read(tmp_path):
    import datetime as dt

    book = _export(tmp_path, "sigi", 2026)
    workbook = openpyxl.load_workbook(book)
    sheet = workbook["Realisasi"]
    sheet.cell(5, 3, dt.datetime(2026, 1, 15)).number_format = "dd/mm/yyyy"
    sheet.cell(5, 4, "Penetapan tim")
    sheet.cell(6, 3, "Februari 2026")
    sheet.cell(6, 4, "Rencana disusun")
    workbook.save(book)
    project = _project(tmp_path, "sigi")
    result = _import(project, book, "sigi", 2026)
    assert result.code == 0, result.err
    got = yaml.safe_load((project / "plans" / "sigi" / "2026.realisasi.yaml").read_text(encoding="utf-8"))
    assert got["realisasi"] == [
        {"baris": "1.1.1.1", "tanggal": dt.date(2026, 1, 15), "kegiatan": "Penetapan tim"},
        {"baris": "1.2.1.1", "bulan": "2026-02", "kegiatan": "Rencana disusun"}]


def test_a_plan_sheet_is_not_a_realisasi_sheet(tmp_path):
    book = tmp_path / "sigi.xlsx"
    assert run_main("ekspor", "sigi", "2026", "--folder", str(ROOT), "--keluar", str(book)).code == 0
    project = _project(tmp_path, "sigi")
    result = _import(project, book, "sigi", 2026)
    assert result.code == 1 and "tidak ada lembar realisasi di berkas ini" in result.err
    assert "zisite ekspor KANTOR TAHUN --realisasi" in result.err
    catalogued(result.err)


def test_existing_realisasi_is_not_overwritten(tmp_path):
    book = _export(tmp_path, "sigi", 2026)
    project = _project(tmp_path, "sigi")
    target = project / "plans" / "sigi" / "2026.realisasi.yaml"
    target.write_text("lama\n", encoding="utf-8")
    result = _import(project, book, "sigi", 2026)
    assert result.code == 1 and "sudah ada; tidak ditimpa" in result.err
    assert target.read_text(encoding="utf-8") == "lama\n"


def test_a_realisasi_target_that_cannot_be_written_is_an_error(tmp_path):
    book = _export(tmp_path, "sigi", 2026)
    project = _project(tmp_path, "sigi")
    target = project / "plans" / "sigi" / "2026.realisasi.yaml"
    target.mkdir()
    result = _import(project, book, "sigi", 2026, "--timpa")
    assert result.code == 1 and "tidak dapat ditulis" in result.err
    assert target.is_dir() and list(target.iterdir()) == []
