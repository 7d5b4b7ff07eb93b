"""The plan pages as a reader (and a screen reader) gets them: every cell, headers, captions, lang."""

from __future__ import annotations

import re

import pytest

from zisite.domain.rows import walk
from helpers import page_soup as soup, flat_text as _text

PLAN_PAGES = {("banggai-kepulauan", 2025): "banggai-kepulauan/rencana-aksi/2025/index.html",
              ("sigi", 2026): "sigi/rencana-aksi/2026/index.html"}


@pytest.mark.parametrize("key", list(PLAN_PAGES))
def test_every_cell_of_the_plan_is_on_its_page(site_dir, example_project, key):
    page = soup(site_dir, PLAN_PAGES[key])
    text = "".join(page.find("article").get_text("").split())  # whitespace-free: inline tags add none
    plan = next(e.plan for e in example_project.plans if (e.plan.kantor, e.plan.tahun) == key)
    missing = []
    for found in walk(plan):
        area, sub, action, row = found.area, found.group, found.action, found.row
        for value in (area.judul, sub.judul, action.uraian, row.uraian, *row.bukti_fisik,
                      *row.target_waktu, *row.target_capaian):
            if value and "".join(value.replace("_", "").split()) not in text:
                missing.append(value)
    assert missing == []
    assert len(page.select("table.zi-plan tbody tr:not(.zi-subhead)")) == plan.counts()["baris"]


@pytest.mark.parametrize("key", list(PLAN_PAGES))
def test_every_data_cell_names_existing_headers(site_dir, key):
    page = soup(site_dir, PLAN_PAGES[key])
    for table in page.select("table.zi-plan"):
        assert table.caption and _text(table.caption)
        ids = {el["id"] for el in table.select("[id]")}
        assert all(th.get("scope") == "col" for th in table.thead.select("th"))
        for cell in table.select("tbody tr:not(.zi-subhead) td, tbody tr:not(.zi-subhead) th"):
            refs = list(cell["headers"])
            assert refs and set(refs) <= ids, cell
            assert any(r in {th["id"] for th in table.thead.select("th")} for r in refs)
        for th in table.select("tr.zi-subhead th"):  # a kelompok: one subheading over its tbody
            assert th["scope"] == "rowgroup" and th.get("id") and int(th["colspan"]) == len(table.thead.select("th"))


def test_a_bukti_cell_is_tied_to_its_column_and_its_one_row_header(site_dir):
    page = soup(site_dir, PLAN_PAGES["sigi", 2026])
    cell = page.find("td", class_="zi-bukti_fisik", string=re.compile("Keputusan KPU Kabupaten Sigi tentang Tim Kerja"))
    names = [_text(page.find(id=ref).select_one(".zi-own") or page.find(id=ref)) for ref in list(cell["headers"])]
    assert len(names) == 2  # a listener hears the column and the indikator, not three long headers
    assert names[0] == "BUKTI FISIK"
    assert names[1].startswith("Membentuk/menetapkan Tim Kerja")
    # The row header leads to the kelompok subheading; the aksi is the merged cell of the row.
    row = page.find(id=cell["headers"][1])
    group = page.find(id=row["headers"][1])
    assert "zi-subhead" in group.parent["class"] and "Pembentukan Tim Kerja" in _text(group)
    assert _text(row.find_parent("tbody").select_one("td.zi-aksi")).startswith("Menetapkan Tim Kerja Pembangunan")


def test_foreign_terms_are_marked_english(site_dir):
    page = soup(site_dir, PLAN_PAGES["sigi", 2026])
    terms = {_text(i) for i in page.select('i[lang="en"]')}
    assert {"stakeholder", "website", "role model", "e-performance/e-sakip", "public campaign"} <= terms
    assert "_" not in _text(page.find("table", class_="zi-plan"))


def test_two_value_cell_is_a_list(site_dir):
    page = soup(site_dir, PLAN_PAGES["banggai-kepulauan", 2025])
    cells = [c for c in page.select("td.zi-target_waktu") if c.find("ul")]
    assert [[_text(li) for li in c.select("li")] for c in cells] == [["Oktober 2025", "Setiap bulan"]]


def test_empty_source_cells_say_so(site_dir):
    page = soup(site_dir, PLAN_PAGES["banggai-kepulauan", 2025])
    assert len(page.select("td .zi-empty")) == 8


def test_sigi_page_shows_the_decree_and_signatories(site_dir):
    page = soup(site_dir, PLAN_PAGES["sigi", 2026])
    decree = page.find("details", class_="zi-decree")
    assert decree.summary and "Mengingat" in _text(decree)
    assert len(decree.select("ol.zi-items")[1].find_all("li")) == 8
    assert [_text(dt) for dt in decree.select(".zi-diktum dt")] == ["KESATU", "KEDUA", "KETIGA"]
    signers = [_text(p) for p in page.select(".zi-signer")]
    assert signers == ["SOLEMAN", "Sasli"]
    assert "Salinan sesuai dengan aslinya" in _text(page.find(class_="zi-signatures"))


def test_summary_per_area(site_dir):
    page = soup(site_dir, PLAN_PAGES["sigi", 2026])
    rows = page.select("table.zi-summary tbody tr")
    assert len(rows) == 6
    first = [_text(c) for c in rows[0].find_all(["th", "td"])]
    assert first[:4] == ["1. Manajemen Perubahan", "Manajemen Perubahan", "7", "8"]
    assert "setiap triwulan" in first[4]


def test_downloads_are_relative_and_exist(site_dir):
    page = soup(site_dir, PLAN_PAGES["sigi", 2026])
    links = [a["href"] for a in page.select(".zi-downloads a")]
    assert links == ["../../data/rencana-aksi-2026.csv", "../../data/rencana-aksi-2026.json",
                     "../../data/rencana-aksi-2026.yaml"]
    for href in links:
        assert (site_dir / "sigi/rencana-aksi/2026" / href).resolve().is_file()


def test_every_page_is_indonesian_with_one_h1_and_no_third_party_assets(site_dir):
    for path in site_dir.rglob("*.html"):
        page = soup(site_dir, path.relative_to(site_dir))
        assert page.html["lang"] == "id", path
        assert len(page.find_all("h1")) == 1, path
        for el in page.select("script[src], link[href], img[src]"):
            url = el.get("src") or el.get("href")
            assert not re.match(r"(https?:)?//", url), (path, url)


def test_group_overview_compares_levers(site_dir):
    page = soup(site_dir, "index.html")
    table = page.find("table", class_="zi-compare")
    heads = [_text(th) for th in table.thead.select("th")]
    assert heads[:3] == ["Kantor", "Tahun", "Manajemen Perubahan (bobot 8)"]
    assert heads[-1] == "Jumlah" and len(heads) == 9
    rows = {_text(tr.th): [_text(td) for td in tr.select("td")] for tr in table.select("tbody tr")}
    # tahun, six levers in PermenPANRB order, total; each row header's link says where it goes
    # (": rencana aksi 2025" is visually hidden)
    assert rows["KPU Kabupaten Banggai Kepulauan : rencana aksi 2025"] == ["2025", "5", "0", "0", "0", "24", "10", "39"]
    assert rows["KPU Kabupaten Sigi : rencana aksi 2026"] == ["2026", "8", "9", "10", "11", "16", "11", "65"]
