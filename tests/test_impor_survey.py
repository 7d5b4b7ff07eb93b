"""`zisite impor SKM.xlsx --jenis survei`: an SKM sheet (NRR per period, or answer counts 1–4 per
element) becomes a survey file that `zisite check` accepts, with the IKM in the report."""

from __future__ import annotations

import pytest
import yaml

from helpers import MINIMAL_OFFICE, run_main

pytest.importorskip("openpyxl")

from zisite.domain.survey import SKM_ELEMENT_NAMES  # noqa: E402
from zisite.impor import survey  # noqa: E402

NRR_I = [3.40, 3.35, 3.28, 3.92, 3.30, 3.25, 3.45, 3.10, 3.05]
NRR_II = [3.50, 3.41, 3.38, 3.90, 3.33, 3.31, 3.52, 3.20, 3.11]
COUNTS = [[0, 3, 30, 27], [0, 4, 32, 24], [1, 5, 30, 24], [0, 0, 6, 54], [0, 4, 33, 23], [0, 3, 34, 23],
          [0, 2, 28, 30], [1, 6, 31, 22], [2, 7, 30, 21]]


def _workbook(path, respondents_row: bool = True):
    """Sheet 'NRR': Triwulan I and II as columns, decimal commas, a title and a NO column; sheet
    'Rekap': answer counts of one period named in a line above the table, elements by name only."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "NRR"
    sheet.append(["HASIL SURVEI KEPUASAN MASYARAKAT KPU KABUPATEN CONTOH TAHUN 2026"])
    sheet.append([])
    sheet.append(["NO", "UNSUR PELAYANAN", "Triwulan I", "Triwulan II"])
    for i, (name, one, two) in enumerate(zip(SKM_ELEMENT_NAMES.values(), NRR_I, NRR_II), 1):
        sheet.append([i, f"U{i} {name}", f"{one:.2f}".replace(".", ","), two])
    if respondents_row:
        sheet.append([None, "Jumlah Responden", 48, 60])
    counts = book.create_sheet("Rekap")
    counts.append(["Rekapitulasi jawaban SKM Triwulan IV"])
    counts.append(["UNSUR", "1", "2", "3", "4"])
    for name, row in zip(SKM_ELEMENT_NAMES.values(), COUNTS):
        counts.append([name, *row])
    book.save(str(path))
    return path


def _project(root):
    office = root / "content" / "offices" / "contoh" / "office.yaml"
    office.parent.mkdir(parents=True)
    office.write_text(MINIMAL_OFFICE, encoding="utf-8")
    return root


def test_an_skm_workbook_becomes_a_survey_file_check_accepts(tmp_path):
    root = _project(tmp_path / "repo")
    target = root / "content/offices/contoh/statistik/survei/2026.yaml"
    result = run_main("impor", str(_workbook(tmp_path / "skm.xlsx")), "--kantor", "contoh", "--tahun", "2026",
                      "--jenis", "survei", "--keluar", str(target))
    assert result.code == 0, result.err
    text = target.read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=../../../../../schemas/statistik-survei.schema.json\n")
    data = yaml.safe_load(text)
    assert data["contoh"] is False and data["tahun"] == 2026
    assert [(p["periode"], p["responden"]) for p in data["skm"]] == [
        ("Triwulan I", 48), ("Triwulan II", 60), ("Triwulan IV", 60)]
    assert [data["skm"][0]["nrr"][f"u{i}"] for i in range(1, 10)] == NRR_I
    assert [data["skm"][1]["nrr"][f"u{i}"] for i in range(1, 10)] == NRR_II
    assert [data["skm"][2]["jawaban"][f"u{i}"] for i in range(1, 10)] == COUNTS
    assert "  Triwulan I: 83,61 (mutu B, Baik)" in result.out
    assert "Rekap: baris jumlah responden tidak ditemukan; responden = banyaknya jawaban U1 (60)" in result.out
    check = run_main("check", str(root))
    assert check.code == 0, check.out
    assert "survei/2026.yaml" in check.out and "galat: " not in check.out


def test_averages_without_respondents_are_refused_and_nothing_is_written(tmp_path):
    target = tmp_path / "survei.yaml"
    result = run_main("impor", str(_workbook(tmp_path / "skm.xlsx", respondents_row=False)), "--kantor", "contoh",
                      "--tahun", "2026", "--jenis", "survei", "--keluar", str(target))
    assert result.code == 1
    assert "jumlah responden periode 'Triwulan I' tidak ditemukan (NRR!C3)" in result.err
    assert "petunjuk: tambahkan baris 'Jumlah responden' di bawah unsur U9" in result.err
    assert not target.exists()


def test_a_plan_is_not_a_survey(tmp_path):
    import imporkit
    from test_impor_layouts import ROMAN

    source = imporkit.write_xlsx(ROMAN, tmp_path / "rencana.xlsx")
    result = run_main("impor", str(source), "--kantor", "contoh", "--tahun", "2026", "--jenis", "survei", "--periksa")
    assert result.code == 1
    assert "tidak ada tabel SKM di berkas ini" in result.err


@pytest.mark.parametrize("text,key", [("U1", "u1"), ("U-9 Sarana", "u9"), ("u 3", "u3"),
                                      ("Waktu Penyelesaian", "u3"), ("BIAYA/TARIF", "u4"),
                                      ("Jumlah responden", None), ("Unsur", None), ("U10", None)])
def test_elements_by_code_or_name(text, key):
    assert survey.element(text) == key


@pytest.mark.parametrize("text,value", [("3,40", 3.4), ("3.4", 3.4), ("48", 48.0), ("1.500", 1.5), ("-", None),
                                        ("3,4 %", None)])
def test_numbers_as_sheets_give_them(text, value):
    assert survey.number(text) == value


@pytest.mark.parametrize("text,value", [("60", 60), ("1.500", 1500), ("1 500", 1500), ("3,5", None), ("1.50", None)])
def test_counts_as_sheets_give_them(text, value):
    assert survey.whole(text) == value
