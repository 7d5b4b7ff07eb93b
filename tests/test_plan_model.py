"""A plan as other agencies write it (tests/fixtures/kantor-lain): declared extra columns in the table,
the cards, CSV, JSON and the JSON Schema; targets without a number never shown as "0 dari 1";
data the table would not show is warned; pengesahan and signatories optional.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import jsonschema
import pytest
from bs4 import BeautifulSoup

from helpers import MINIMAL_PLAN, ROOT, build_site, run_main
from zisite.load import load_project
from zisite.load.yaml import load_text
from zisite.render import SiteOptions, render_site

FIXTURE = Path(__file__).parent / "fixtures" / "kantor-lain"


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("kantor-lain")
    shutil.copytree(FIXTURE, root / "repo")
    shutil.copy(ROOT / "mkdocs.yml", root / "repo" / "mkdocs.yml")
    (root / "repo" / "content" / "halaman").mkdir(parents=True, exist_ok=True)
    return build_site(root / "site", "--office", "parimo", config=root / "repo" / "mkdocs.yml")


def _soup(site: Path, page: str) -> BeautifulSoup:
    return BeautifulSoup((site / page / "index.html").read_text(encoding="utf-8"), "html.parser")


def _text(node) -> str:
    return " ".join(node.get_text(" ").split())


# ------------------------------------------------------------------ the plan table and its cards

def test_declared_columns_are_headed_in_their_printed_order(site):
    table = _soup(site, "rencana-aksi/2026").select("table.zi-plan")[0]
    heads = [th.get_text() for th in table.select("thead th")]
    assert heads == ["AREA PERUBAHAN", "RENCANA AKSI", "KEGIATAN", "OUTPUT", "WAKTU", "TARGET",
                     "PENANGGUNG JAWAB", "PEMERIKSA", "KET.", "Pemantauan"]
    assert all(th["scope"] == "col" and th.get("id") for th in table.select("thead th"))


def test_every_row_keeps_one_row_header_and_every_cell_names_existing_headers(site):
    soup = _soup(site, "rencana-aksi/2026")
    ids = {tag["id"] for tag in soup.select("[id]")}
    for table in soup.select("table.zi-plan"):
        for tr in table.select("tbody tr:not(.zi-subhead)"):
            assert len(tr.select("th.zi-baris")) == 1  # the row's own header; extra columns are never headers
            assert [th["class"][0] for th in tr.find_all("th")] == ["zi-baris"]
            for cell in tr.find_all(["td", "th"]):
                assert cell["data-label"]  # the card layout labels each cell with its column title
                assert set(cell["headers"]) <= ids
        # The office's key "area" is also the site's class of a plan section: its cells never take it.
        assert not table.select(".zi-area") and len(table.select("td.zi-extra.zi-extra--area")) >= 1


def _cell(soup, column: str, text: str):
    return next(td for td in soup.select(f"td.zi-extra--{column}") if _text(td) == text)


def test_values_sit_at_the_level_the_data_gives(site):
    soup = _soup(site, "rencana-aksi/2026")
    area = _cell(soup, "area", "Area I Manajemen Perubahan")  # written on the kelompok: one cell over its rows
    assert (area["rowspan"], area["headers"]) == ("3", ["b1-h-area", "b1-k1"])
    checker = _cell(soup, "pemeriksa", "Inspektorat Wilayah")  # written on the aksi
    assert (checker["rowspan"], checker["headers"]) == ("3", ["b1-h-pemeriksa", "b1-k1"])
    owner = _cell(soup, "penanggung_jawab", "Sekretaris")  # written on the row
    assert owner.get("rowspan") is None and owner["headers"] == ["b1-h-penanggung_jawab", "b1-k1-a1-r1"]
    assert owner["data-label"] == "PENANGGUNG JAWAB"
    both = _cell(soup, "penanggung_jawab", "Kasubbag Umum Kasubbag Teknis")
    assert [li.get_text() for li in both.select("li")] == ["Kasubbag Umum", "Kasubbag Teknis"]
    # A row that gives no value shows an empty cell, so the columns stay aligned.
    empty = soup.find("th", id="b1-k1-a1-r3").find_parent("tr").select_one("td.zi-extra--keterangan")
    assert _text(empty) == "kosong"
    # The second area has no pemeriksa at all: its rows still get their (empty) cell.
    assert _text(soup.find("th", id="b2-k1-a1-r1").find_parent("tr").select_one("td.zi-extra--pemeriksa")) == "kosong"


# ------------------------------------------------------------------ targets without a number

def _monitor(soup, anchor: str) -> str:
    return _text(soup.find("th", id=anchor).find_parent("tr").select_one("td.zi-pemantauan"))


def test_targets_print_only_the_numbers_the_plan_states(site):
    soup = _soup(site, "rencana-aksi/2026")
    assert "Capaian: tercapai" in _monitor(soup, "b1-k1-a1-r1")  # prose, one record
    assert "Capaian: belum ada realisasi" in _monitor(soup, "b1-k1-a1-r2")  # items, none yet
    assert "Capaian: 1 dari 4 Kegiatan" in _monitor(soup, "b1-k1-a1-r3")  # stated, per quarter
    assert "Capaian: belum ada realisasi" in _monitor(soup, "b2-k1-a1-r1")  # ambiguous: read without a number
    assert " dari 1" not in _text(_soup(site, "rencana-aksi/2026"))
    status = {r["baris"]: r["capaian"] for r in csv.DictReader(io.StringIO(
        (site / "data" / "monev-status.csv").read_text(encoding="utf-8")))}
    assert status == {"1.1.1.1": "tercapai", "1.1.1.2": "belum ada realisasi", "1.1.1.3": "1 dari 4 Kegiatan",
                      "2.1.1.1": "belum ada realisasi"}


def test_the_monev_calendar_gives_no_amount_for_a_target_without_one(site):
    calendar = _soup(site, "monev").select_one("table.zi-monev-calendar")
    items = {_text(li.a).split(":")[0].removeprefix("Baris "): _text(li) for li in calendar.select("li")}
    assert "(1)" not in items["1.1.1.2"] and "(1)" not in items["2.1.1.1"]
    assert "(1)" in items["1.1.1.3"]  # one of "4 (empat) Kegiatan" falls due each quarter


# ------------------------------------------------------------------ open data and schema

def test_csv_carries_each_extra_column_after_the_standard_ones(site):
    rows = list(csv.DictReader(io.StringIO((site / "data" / "rencana-aksi-2026.csv").read_text(encoding="utf-8"))))
    assert list(rows[0])[-5:] == ["area", "output", "penanggung_jawab", "pemeriksa", "keterangan"]
    assert [r["area"] for r in rows] == ["Area I Manajemen Perubahan"] * 3 + ["Area V Akuntabilitas"]
    assert [r["pemeriksa"] for r in rows] == ["Inspektorat Wilayah"] * 3 + [""]
    assert rows[1]["penanggung_jawab"] == "Kasubbag Umum | Kasubbag Teknis"
    assert [(r["jumlah_target"], r["satuan_target"]) for r in rows] == [("", ""), ("", ""), ("4", "Kegiatan"), ("", "")]


def test_json_and_datapackage_describe_the_extra_columns(site):
    document = json.loads((site / "data" / "rencana-aksi-2026.json").read_text(encoding="utf-8"))
    assert document["baris"][0]["pemeriksa"] == "Inspektorat Wilayah"
    plan = document["rencana_aksi"]
    assert plan["bagian"][0]["kelompok"][0]["kolom_lain"] == {"area": ["Area I Manajemen Perubahan"]}
    assert "pengesahan" not in plan  # the source gives none; nothing is invented
    package = json.loads((site / "data" / "datapackage.json").read_text(encoding="utf-8"))
    fields = next(r for r in package["resources"] if r["name"] == "rencana-aksi-2026")["schema"]["fields"]
    extra = {f["name"]: f["description"] for f in fields[-5:]}
    assert extra["penanggung_jawab"] == "Kolom tambahan 'PENANGGUNG JAWAB' seperti tercetak; beberapa nilai dipisah '|'."


def test_the_json_schema_accepts_the_fixture_and_refuses_a_bad_column_key():
    schema = json.loads((ROOT / "schemas" / "plan.schema.json").read_text(encoding="utf-8"))
    data = load_text((FIXTURE / "plans/parimo/2026.yaml").read_text(encoding="utf-8"), "x")[0].data
    data = json.loads(json.dumps(data, default=str))
    jsonschema.validate(data, schema)
    data["kolom"][1]["kunci"] = "Area Perubahan"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, schema)
    data["kolom"][1]["kunci"] = "tahun"  # an open-data field name
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, schema)
    data["kolom"][1]["kunci"] = "area"
    data["bagian"][0]["kelompok"][0]["kolom_lain"] = {"Area Perubahan": "I"}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, schema)


# ------------------------------------------------------------------ warnings: nothing hidden silently

def _check(make_project, plan: str) -> list[str]:
    result = run_main("check", str(make_project(plan=plan)))
    assert result.code == 0, result.out
    return [line for line in result.out.splitlines() if ": peringatan: " in line or line.startswith("    petunjuk")]


def test_the_fixture_gives_only_its_ambiguous_target_warning():
    result = run_main("check", str(FIXTURE))
    assert result.code == 0
    assert result.out.count(": peringatan: ") == 1
    assert "'1 Dokumen SOP dan 1 Dokumen Inovasi' memuat lebih dari satu jumlah" in result.out


def test_an_undeclared_level_with_titles_is_warned(make_project):
    plan = MINIMAL_PLAN.replace("{kunci: kelompok, judul: KELOMPOK}, ", "")
    assert _check(make_project, plan) == [
        "plans/contoh/2026.yaml:17:9: peringatan: judul kelompok tidak ditampilkan di tabel: 'kolom' tidak memuat "
        "kolom 'kelompok' (di bagian 1 › kelompok 1)",
        "    petunjuk: tambahkan ke 'kolom' misalnya - {kunci: kelompok, judul: KOMPONEN}; unduhan data terbuka tetap memuatnya",
    ]


def test_an_undeclared_extra_value_and_a_covered_one_are_warned(make_project):
    plan = MINIMAL_PLAN.replace("{kunci: target_capaian, judul: TARGET CAPAIAN}]",
                                "{kunci: target_capaian, judul: TARGET CAPAIAN}, {kunci: pj, judul: PJ}]")
    plan = plan.replace("          - uraian: Menetapkan tim\n",
                        "          - uraian: Menetapkan tim\n            kolom_lain: {pj: Sekretaris}\n")
    plan = plan.replace("                target_capaian: 1 (satu) Laporan\n",
                        "                target_capaian: 1 (satu) Laporan\n"
                        "                kolom_lain: {pj: Kasubbag, pemeriksa: Inspektorat}\n")
    found = _check(make_project, plan)
    assert found[0::2] == [
        "plans/contoh/2026.yaml:25:34: peringatan: nilai kolom 'pj' di sini tidak ditampilkan: aksi di atasnya sudah "
        "mengisi kolom itu untuk semua barisnya (di bagian 1 › kelompok 1 › aksi 1 › baris 1)",
        "plans/contoh/2026.yaml:25:55: peringatan: isi kolom 'pemeriksa' tidak ditampilkan di tabel: 'kolom' tidak "
        "memuat kolom 'pemeriksa' (di bagian 1 › kelompok 1 › aksi 1 › baris 1)",
    ]


def test_a_declared_column_nothing_fills_is_warned_with_the_key_it_resembles(make_project):
    plan = MINIMAL_PLAN.replace("{kunci: target_capaian, judul: TARGET CAPAIAN}]",
                                "{kunci: target_capain, judul: TARGET CAPAIAN}]")
    found = _check(make_project, plan)
    assert "kolom tambahan 'target_capain' tidak berisi nilai di baris mana pun; maksud Anda 'target_capaian'?" in found[0]
    assert "isi kolom 'target_capaian' tidak ditampilkan di tabel" in found[2]


# ------------------------------------------------------------------ pengesahan and signatories

SIGNED = "pengesahan:\n  tempat: Contoh\n  tanggal: 2026-01-21\npenandatangan:\n  - jabatan: Ketua,\n    nama: Contoh\n"


def _plan_page(make_project, signing: str) -> BeautifulSoup:
    root = make_project(plan=MINIMAL_PLAN.replace(SIGNED, signing))
    project = load_project(root)
    assert project.ok
    pages, _ = render_site(project, SiteOptions(office="contoh"))
    return BeautifulSoup(next(p.body for p in pages if p.path == "rencana-aksi/2026/index.md"), "html.parser")


def _signing(soup) -> tuple[str, str]:
    facts = {_text(dt): _text(dt.find_next_sibling("dd")) for dt in soup.select("dl.zi-facts dt")}
    return facts["Ditetapkan"], _text(soup.find("h2", id="pengesahan").find_next_sibling("p"))


@pytest.mark.parametrize("signing, shown", [
    (SIGNED, ("Contoh, 21 Januari 2026", "Contoh, 21 Januari 2026")),
    ("penandatangan: []\n", ("Belum ditetapkan", "Rencana aksi ini belum ditetapkan.")),
    ("penandatangan:\n  - jabatan: Ketua,\n    nama: Contoh\n",
     ("Tempat dan tanggal penetapan tidak tercantum", "Tempat dan tanggal penetapan tidak tercantum di naskah.")),
    ("pengesahan:\n  tempat: Contoh\npenandatangan:\n  - jabatan: Ketua,\n    nama: Contoh\n", ("Contoh", "Contoh")),
    ("pengesahan:\n  tanggal: 2026-01-21\n  teks: Ditetapkan di Contoh\npenandatangan: []\n",
     ("21 Januari 2026", "Ditetapkan di Contoh")),
])
def test_the_page_says_belum_ditetapkan_only_when_the_source_says_nothing(make_project, signing, shown):
    assert _signing(_plan_page(make_project, signing)) == shown


@pytest.mark.parametrize("signing, shown", [
    (SIGNED, "ditetapkan 21 Januari 2026."),
    ("penandatangan:\n  - jabatan: Ketua,\n    nama: Contoh\n", "ditetapkan, tanggal tidak tercantum."),
    ("penandatangan: []\n", "belum ditetapkan."),
])
def test_the_office_home_says_the_same(make_project, signing, shown):
    root = make_project(plan=MINIMAL_PLAN.replace(SIGNED, signing))
    pages, _ = render_site(load_project(root), SiteOptions(office="contoh"))
    home = BeautifulSoup(next(p.body for p in pages if p.path == "index.md"), "html.parser")
    item = next(li for li in home.select("li") if "Rencana Aksi Zona Integritas Tahun 2026" in li.get_text())
    assert _text(item).endswith(shown)
