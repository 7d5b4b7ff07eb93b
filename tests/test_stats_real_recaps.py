"""An office whose statistics are written as real recaps are (tests/fixtures/statistik-kantor):
a partial year, a nihil month, three years (a trend), declared categories, Indonesian figures
(thousands dots, "Rp1,5 miliar", "sekitar 40"), period notes and a survey publishing seven of the
nine elements with its own IKM. Read as a reader sees it: the built HTML and the open data."""

from __future__ import annotations

import csv
import io
import shutil
from fractions import Fraction

import pytest
from bs4 import BeautifulSoup

from helpers import ROOT, build_site, run_main

FIXTURE = ROOT / "tests" / "fixtures" / "statistik-kantor"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    project = tmp_path_factory.mktemp("kantor") / "proyek"
    shutil.copytree(FIXTURE, project)
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    shutil.copytree(ROOT / "content" / "halaman", project / "content" / "halaman")
    return build_site(project / "site", "--office", "contoh", config=project / "mkdocs.yml")


def page(site, name) -> BeautifulSoup:
    return BeautifulSoup((site / name / "index.html").read_text(encoding="utf-8"), "html.parser")


def text(node) -> str:
    return " ".join(node.get_text(" ").split())


def table_rows(table) -> dict[str, list[str]]:
    return {text(tr.th): [text(td) for td in tr.select("td")] for tr in table.select("tbody tr")}


def caption_table(html, start: str):
    return next(t for t in html.select("table") if text(t.caption).startswith(start))


def data(site, name) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO((site / "data" / name).read_text(encoding="utf-8"))))


def test_the_fixture_passes_check_without_warnings():
    result = run_main("check", str(FIXTURE))
    assert result.code == 0, result.out
    assert "0 galat, 0 peringatan" in result.out


# --- the period a recap covers --------------------------------------------------------------

def test_a_partial_year_is_named_by_the_months_it_covers(site):
    html = page(site, "gratifikasi")
    leads = [text(p) for p in html.select(".zi-lead-figure")]
    assert leads[0] == "Pada Januari–Maret 2026 tercatat 3 laporan penerimaan dan 1 laporan penolakan gratifikasi."
    assert "Sepanjang 2026" not in text(html.find("article"))
    assert leads[1].startswith("Sepanjang 2025 tercatat")  # Semester I and II: the whole year
    assert text(page(site, "pengaduan").select_one(".zi-lead-figure")) == (
        "Pada Januari–Februari 2026 diterima 12 pengaduan; 9 selesai (75 %).")


# --- nihil ----------------------------------------------------------------------------------

def test_a_nihil_period_is_labelled_nihil_and_drawn_without_a_zero_bar(site):
    figure = page(site, "gratifikasi").select_one("figure#contoh-gratifikasi-2026-laporan")
    assert table_rows(figure.table) == {"Januari–Februari 2026": ["3", "1"], "Maret 2026": ["nihil", "nihil"]}
    svg = figure.find("svg")
    assert [text(t) for t in svg.select("text") if text(t) == "nihil"] == ["nihil", "nihil"]
    assert svg.select("rect.zi-chart__zero") == []  # no zero marker: the word stands alone


def test_a_written_zero_stays_a_zero(site):
    figure = page(site, "gratifikasi").select_one("figure#contoh-gratifikasi-2024-laporan")
    assert table_rows(figure.table)["Triwulan IV 2024"] == ["0", "2"]
    assert table_rows(figure.table)["Triwulan I 2024"] == ["nihil", "nihil"]
    assert len(figure.select("rect.zi-chart__zero")) == 2  # Triwulan II's 0 refusals, Triwulan IV's 0 receipts


# --- trend ----------------------------------------------------------------------------------

def test_several_years_give_one_trend_chart_with_its_table(site):
    html = page(site, "gratifikasi")
    heading = html.find(id="gratifikasi-tren")
    assert text(heading) == "Perkembangan 2024–2026"
    figure = heading.find_next("figure")
    assert figure["id"] == "contoh-gratifikasi-tren"
    assert table_rows(figure.table) == {
        "Triwulan I 2024": ["nihil"], "Triwulan II 2024": ["1"], "Triwulan III 2024": ["nihil"],
        "Triwulan IV 2024": ["2"], "Semester I 2025": ["3"], "Semester II 2025": ["nihil"],
        "Januari–Februari 2026": ["4"], "Maret 2026": ["nihil"]}
    assert len(html.select("figure[id$='-tren']")) == 1
    ikm = page(site, "survei").select_one("figure#contoh-survei-tren")
    assert table_rows(ikm.table) == {"Tahun 2025": ["83,61"], "Semester I 2026": ["84,58"]}


def test_one_year_gives_no_trend(site):
    html = page(site, "wbs")
    assert html.select("figure[id$='-tren']") == [] and html.find(id="wbs-tren") is None


def test_a_count_given_only_as_a_word_is_shown_as_written_never_as_a_number(site):
    html = page(site, "wbs")
    assert text(html.select_one(".zi-lead-figure")) == "Pada Januari–Maret 2026 diterima puluhan laporan WBS."
    figure = html.select_one("figure#contoh-wbs-2026-wbs")
    assert table_rows(figure.table) == {"Januari–Februari 2026": ["0", "0"], "Maret 2026": ["puluhan", "tidak dicatat"]}
    assert text(figure.select_one(".zi-chart__summary")) == (
        "Diterima: Januari–Februari 2026 0 dan Maret 2026 puluhan. "
        "Ditindaklanjuti: Januari–Februari 2026 0 dan Maret 2026 tidak dicatat.")
    svg = figure.find("svg")
    assert {"puluhan", "tidak dicatat"} <= {text(t) for t in svg.select("text")}
    assert len(svg.select("rect.zi-chart__zero")) == 2  # January–February's written zeros only
    rows = data(site, "wbs.csv")
    assert [(r["periode"], r["diterima"], r["ditindaklanjuti"], r["catatan_angka"]) for r in rows] == [
        ("Januari–Februari", "0", "", ""), ("Maret", "", "", "diterima: puluhan")]


# --- figures as written -----------------------------------------------------------------------

def test_approximate_values_are_said_to_be_approximate(site):
    html = page(site, "pengaduan")
    figure = html.select_one("figure#contoh-pengaduan-2025-diterima")
    assert table_rows(figure.table) == {"Semester I 2025": ["1.254"], "Semester II 2025": ["sekitar 40"]}
    assert "sekitar 40" in [text(t) for t in figure.find("svg").select("text")]
    assert "(sekitar 40)" in text(figure.figcaption)
    leads = [text(p) for p in html.select(".zi-lead-figure")]
    assert leads[1] == "Pada Semester II 2025 diterima sekitar 40 pengaduan."  # no "0 selesai": none was written
    details = table_rows(caption_table(page(site, "gratifikasi"), "Rincian laporan gratifikasi per periode, 2026"))
    assert details["Januari–Februari 2026"][1] == "sekitar Rp250.000.000"


def test_a_figure_written_another_way_is_noted_with_its_reading(site):
    body = text(page(site, "gratifikasi").find("article"))
    assert "Semester I 2025, nilai rupiah: ditulis “Rp1,5 miliar”, dibaca Rp1.500.000.000." in body
    details = table_rows(caption_table(page(site, "gratifikasi"), "Rincian laporan gratifikasi per periode, 2025"))
    assert details["Semester I 2025"][1] == "Rp1.500.000.000"


def test_period_notes_are_published(site):
    body = text(page(site, "gratifikasi").find("article"))
    assert "Januari–Februari 2026: Rekap UPG per 28 Februari 2026; nilai barang masih ditaksir." in body
    assert "Semester II 2025: Tidak ada laporan gratifikasi pada Semester II; UPG tetap menerima konsultasi." in body
    assert "Semester II 2025: Angka Semester II masih perkiraan; rekap akhir menyusul." in text(
        page(site, "pengaduan").find("article"))


# --- declared categories --------------------------------------------------------------------

def test_declared_categories_are_tabled_in_declared_order_with_dashes_for_what_was_not_written(site):
    html = page(site, "gratifikasi")
    reporters = caption_table(html, "Laporan gratifikasi menurut jenis pelapor, 2026")
    assert [text(th) for th in reporters.thead.select("th")] == ["Kategori", "Januari–Februari 2026"]
    assert table_rows(reporters) == {"UPG": ["—"], "Individu": ["4"]}
    objects = caption_table(html, "Laporan gratifikasi menurut jenis objek, 2025")
    assert table_rows(objects) == {"Uang": ["1"], "Barang": ["2"], "Makanan/minuman": ["1"]}
    assert table_rows(caption_table(html, "Banyaknya objek gratifikasi yang dilaporkan, 2026")) == {
        "Januari–Februari 2026": ["5"]}
    outcomes = caption_table(page(site, "pengaduan"), "Pengaduan menurut hasil penanganan, 2025")
    assert table_rows(outcomes) == {"Selesai dijawab": ["1.200", "—"], "Disidangkan": ["4", "2"],
                                    "Dihentikan": ["—", "3"]}


# --- survey ---------------------------------------------------------------------------------

def test_a_survey_of_seven_elements_says_so_and_shows_the_published_ikm_beside_the_computed(site):
    html = page(site, "survei")
    table = html.select("table.zi-skm")[0]
    rows = table_rows(table)
    assert rows["U4 Biaya/tarif"] == ["tidak diterbitkan"]
    assert rows["U5 Produk spesifikasi jenis pelayanan"] == ["tidak diterbitkan"]
    foot = {text(tr.th): [text(td) for td in tr.select("td")] for tr in table.tfoot.select("tr")}
    assert foot["IKM"] == ["84,58"]
    assert foot["IKM yang diterbitkan kantor"] == ["86,70"]
    body = text(html.find("article"))
    assert ("IKM Semester I 2026 dihitung dari 7 unsur yang diterbitkan (U1, U2, U3, U6, U7, U8, U9), "
            "masing-masing berbobot 1/7.") in body
    assert ("IKM Semester I 2026 yang diterbitkan kantor: 86,70; hasil hitungan situs dari nilai unsurnya: 84,58. "
            "Alasan selisih: Kantor membulatkan setiap NRR ke satu desimal sebelum menghitung IKM.") in body
    assert body.count("unsur yang diterbitkan") == 1  # 2025 published all nine


def test_the_ikm_can_be_recomputed_from_the_open_data(site):
    rows = {row["tahun"]: row for row in data(site, "survei.csv")}
    partial = rows["2026"]
    values = [Fraction(partial[f"u{i}"]) for i in range(1, 10) if partial[f"u{i}"]]
    assert len(values) == int(partial["jumlah_unsur"]) == 7
    assert partial["u4"] == partial["u5"] == ""
    assert partial["u2"] == "3.326666666667"  # 998/300: every digit the page rounds away
    recomputed = sum(values) / len(values) * 25
    assert abs(recomputed - Fraction(partial["ikm_tepat"])) < Fraction(1, 10 ** 10)
    assert f"{float(recomputed):.2f}" == partial["ikm"] == "84.58"
    assert partial["ikm_terbit"] == "86.70"
    assert partial["alasan_selisih"].startswith("Kantor membulatkan")
    assert rows["2025"]["jumlah_unsur"] == "9" and rows["2025"]["ikm_terbit"] == ""


def test_open_data_keeps_notes_and_categories(site):
    gratuity = {(r["tahun"], r["periode"]): r for r in data(site, "gratifikasi.csv")}
    assert gratuity[("2025", "Semester I")]["nilai_rupiah"] == "1500000000"
    assert gratuity[("2025", "Semester I")]["catatan_angka"] == "nilai_rupiah: ditulis Rp1,5 miliar"
    assert gratuity[("2026", "Januari–Februari")]["catatan_angka"] == "nilai_rupiah: sekitar Rp 250 juta"
    assert gratuity[("2026", "Januari–Februari")]["objek"] == "5"
    assert gratuity[("2026", "Maret")]["nihil"] == "true"
    complaints = {(r["tahun"], r["periode"]): r for r in data(site, "pengaduan.csv")}
    assert complaints[("2025", "Semester II")]["diterima"] == "40"
    assert complaints[("2025", "Semester II")]["catatan_angka"] == "diterima: sekitar 40"
    categories = data(site, "statistik-kategori.csv")
    assert {"tahun": "2025", "periode": "Semester I", "contoh": "false", "statistik": "pengaduan",
            "rincian": "hasil", "kategori": "Disidangkan", "jumlah": "4", "perkiraan": "false"} in categories
    assert sum(int(r["jumlah"]) for r in categories if r["rincian"] == "pelapor" and r["tahun"] == "2026") == 4


def test_open_data_validates(site):
    frictionless = pytest.importorskip("frictionless")
    report = frictionless.validate(str(site / "data" / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])


def test_a_period_that_wrote_no_status_is_left_out_of_the_status_chart(site):
    figure = page(site, "pengaduan").select_one("figure#contoh-pengaduan-2025-status")
    assert table_rows(figure.table) == {"Semester I 2025": ["1.200", "1.200"]}  # Semester II wrote no status


def test_thousands_dots_alone_need_no_note(site):
    gratuity = {(r["tahun"], r["periode"]): r for r in data(site, "gratifikasi.csv")}
    assert gratuity[("2024", "Triwulan II")]["nilai_rupiah"] == "750000"
    assert gratuity[("2024", "Triwulan II")]["catatan_angka"] == ""  # written 750.000
    assert "750.000”" not in text(page(site, "gratifikasi").find("article"))
