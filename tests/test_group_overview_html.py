"""A large group site: the home page lists provinces, each province has its own overview page.

The ``national_site`` fixture (tests/conftest.py): a synthetic contoh group of eight offices built
for real (`mkdocs build --strict`) with ``overview_offices_max: 3`` and ``nav_offices_max: 3``, a
national build in miniature: Provinsi Contoh 01 has three offices (one page), Provinsi Contoh 02
four (two numbered parts), and one office names no province.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urljoin

import pytest
from bs4 import BeautifulSoup

from helpers import NATIONAL_PROVINCES


NO_PROVINCE = "Provinsi belum diisi"
OFFICES = [f"contoh-{n:03d}" for n in NATIONAL_PROVINCES]


@pytest.fixture
def site(national_site) -> Path:
    return national_site


def soup(site: Path, path: str) -> BeautifulSoup:
    return BeautifulSoup((site / path / "index.html").read_text(encoding="utf-8"), "html.parser")


def article_links(page: BeautifulSoup) -> list[tuple[str, str]]:
    return [(" ".join(a.get_text(" ").split()), a["href"]) for a in page.select("article a[href]")]


def test_the_home_page_lists_provinces_with_totals_not_offices(site):
    home = soup(site, "")
    table = home.select_one("article table")
    assert " ".join(table.caption.get_text().split()) == "Jumlah kantor, rencana aksi dan baris target per provinsi"
    rows = [[" ".join(c.get_text(" ").split()) for c in tr.find_all(["th", "td"])] for tr in table.select("tbody tr")]
    assert [r[:3] for r in rows] == [
        ["Provinsi Contoh 01", "3", "3"],
        ["Provinsi Contoh 02 (bagian 1 dari 2)", "3", "3"],
        ["Provinsi Contoh 02 (bagian 2 dari 2)", "1", "1"],
        [NO_PROVINCE, "1", "1"],
    ]
    assert [href for _text, href in article_links(home)] == [
        "ikhtisar/provinsi-contoh-01/", "ikhtisar/provinsi-contoh-02/", "ikhtisar/provinsi-contoh-02/2/",
        "ikhtisar/provinsi-belum-diisi/"]
    assert "contoh-001" not in str(home.select_one("article"))


def test_a_province_overview_compares_only_its_offices(site):
    page = soup(site, "ikhtisar/provinsi-contoh-01")
    assert page.select_one("article h1").get_text().endswith(": Provinsi Contoh 01")
    assert ("Kembali ke ikhtisar semua provinsi", "../../") in article_links(page)
    offices = [a["href"] for a in page.select("article h2#kantor + ul.zi-links > li > a:first-child")]
    assert offices == ["../../contoh-001/", "../../contoh-002/", "../../contoh-005/"]
    compare = page.select("article table.zi-compare")[0]
    assert [th.get_text() for th in compare.select("tbody th[scope=row]")] == [
        "KPU Kabupaten Contoh 001: rencana aksi 2025", "KPU Kabupaten Contoh 002: rencana aksi 2026",
        "KPU Kabupaten Contoh 005: rencana aksi 2025"]
    assert page.select_one("ul.zi-parts") is None  # one part only


def test_a_large_province_is_cut_into_numbered_parts_that_link_each_other(site):
    first, second = soup(site, "ikhtisar/provinsi-contoh-02"), soup(site, "ikhtisar/provinsi-contoh-02/2")
    assert [(a.get_text(), a["href"], a.get("aria-current")) for a in first.select("ul.zi-parts a")] == [
        ("Bagian 1", "./", "page"), ("Bagian 2", "2/", None)]
    assert [(a.get_text(), a["href"], a.get("aria-current")) for a in second.select("ul.zi-parts a")] == [
        ("Bagian 1", "../", None), ("Bagian 2", "./", "page")]
    assert "(bagian 2 dari 2)" in second.select_one("article h1").get_text()
    assert [a["href"] for a in second.select("article h2#kantor + ul.zi-links > li > a:first-child")] == [
        "../../../contoh-007/"]


def test_every_office_is_two_links_from_the_home_page(site):
    reached = set()
    for _text, first in article_links(soup(site, "")):
        for _text, second in article_links(soup(site, first.rstrip("/"))):
            reached.add(urljoin(first, second))
    assert {f"{slug}/" for slug in OFFICES} <= reached


def test_no_overview_page_is_heavier_than_an_office_page(site):
    overviews = [site / "index.html", *site.glob("ikhtisar/**/index.html")]
    office_pages = [p for slug in OFFICES for p in (site / slug).glob("**/index.html")]
    assert len(overviews) == 5
    assert max(p.stat().st_size for p in overviews) < max(p.stat().st_size for p in office_pages)


def test_province_overviews_stay_out_of_the_site_nav(site):
    primary = soup(site, "contoh-001/rencana-aksi/2025").select_one("nav.zi-nav").get_text()
    assert "Provinsi Contoh" not in primary


def test_split_keeps_group_order_and_spells_distinct_paths():
    from zisite.load import load_project  # noqa: F401 - the package's import order (models before render)
    from zisite.render.group_overview import split

    class Entry:
        def __init__(self, slug, provinsi, tingkat="kabupaten"):
            self.slug = slug
            self.office = type("Office", (), {"provinsi": provinsi, "tingkat": tingkat})()

    entries = [Entry("a", "Aceh"), Entry("pusat", None, "pusat"), Entry("b", "ACEH!"), Entry("c", "Aceh"),
               Entry("d", None)]
    assert split(entries, 5) == []
    parts = split(entries, 1)
    assert [(p.title, p.path, p.slugs) for p in parts] == [
        ("Aceh (bagian 1 dari 2)", "ikhtisar/aceh/", ("a",)), ("Aceh (bagian 2 dari 2)", "ikhtisar/aceh/2/", ("c",)),
        ("Tingkat pusat", "ikhtisar/tingkat-pusat/", ("pusat",)), ("ACEH!", "ikhtisar/aceh-2/", ("b",)),
        (NO_PROVINCE, "ikhtisar/provinsi-belum-diisi/", ("d",))]
