"""The search page (page type ``cari``) and the static search index, on the built example sites: a
plain GET form that needs no script, a live region, the list of every page grouped by office, the
page's own script and nothing else loaded, the Pagefind bundle written after the build with only the
main content of every other page indexed, in Indonesian. The browser side is
tests/browser/test_search_browser.py."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from zisite.engines.search_index import UNUSED, SearchIndexError, index_site

SEARCH = "cari/index.html"


def soup(site: Path, path: str) -> BeautifulSoup:
    return BeautifulSoup((site / path).read_text(encoding="utf-8"), "html.parser")


def pages(site: Path) -> set[str]:
    """Every HTML page but the search page and the error page, as site paths (``sigi/monev/``)."""
    found = {p.relative_to(site).as_posix() for p in site.rglob("index.html")}
    return {p.removesuffix("index.html") for p in found} - {"cari/"}


def _site_path(href: str) -> str:
    """A link on the search page (``../sigi/monev/``) as a site path (``sigi/monev/``; '' for the root)."""
    assert href.startswith("../") and href.endswith("/"), href
    return href.removeprefix("../")


def listed(site: Path) -> dict[str, list[tuple[str, str]]]:
    """The search page's list of every page: heading → [(link text, site path)]."""
    article = soup(site, SEARCH).select_one("article")
    return {ul.find_previous_sibling("h3").get_text(strip=True):
            [(a.get_text(strip=True), _site_path(a["href"])) for a in ul.select("a")]
            for ul in article.select("ul.zi-search-all")}


def test_the_form_works_without_javascript_and_results_are_announced(site_dir):
    article = soup(site_dir, SEARCH).select_one("article")
    assert article.h1.get_text(strip=True) == "Cari di situs ini"
    form = article.select_one("form[role=search]")
    assert form["method"] == "get" and form["action"] == "./"  # reloads this page, whose list is the search
    field = form.select_one("input[type=search][name=q]")
    assert form.select_one(f"label[for={field['id']}]").get_text(strip=True) == "Kata yang dicari"
    assert form.select_one("button[type=submit]").get_text(strip=True) == "Cari"
    assert article.select_one("#zi-search-status")["role"] == "status"
    results = article.select_one("ol#zi-search-results")
    assert results.has_attr("hidden") and results["aria-labelledby"] == "zi-search-heading"


def test_the_list_holds_every_page_of_the_group_site_grouped_by_office(site_dir):
    groups = listed(site_dir)
    assert list(groups) == ["Zona Integritas KPU di Sulawesi Tengah", "KPU Kabupaten Banggai Kepulauan",
                            "KPU Kabupaten Sigi"]
    assert sorted(path for items in groups.values() for _, path in items) == sorted(pages(site_dir))
    sigi = groups["KPU Kabupaten Sigi"]
    assert sigi[:4] == [("Beranda kantor", "sigi/"), ("Zona Integritas", "sigi/zona-integritas/"),
                        ("Rencana Aksi 2026", "sigi/rencana-aksi/2026/"), ("Monev", "sigi/monev/")]
    heading = soup(site_dir, SEARCH).select_one("#semua-halaman").get_text(strip=True)
    assert heading == f"Semua halaman situs ({len(pages(site_dir))})"


def test_a_one_office_site_lists_its_own_pages_at_the_root(office_site):
    groups = listed(office_site)
    assert list(groups) == ["KPU Kabupaten Sigi"]
    assert sorted(path for _, path in groups["KPU Kabupaten Sigi"]) == sorted(pages(office_site))
    assert soup(office_site, "index.html").select_one('nav a[href="cari/"]').get_text(strip=True) == "Cari"


def test_a_large_group_lists_every_office_page_and_the_province_overviews(large_group_site):
    """Large groups show no office in the site nav: the search page still lists every page."""
    paths = {path for items in listed(large_group_site).values() for _, path in items}
    assert paths == pages(large_group_site)
    assert soup(large_group_site, "sigi/monev/index.html").select_one('nav a[href="../../cari/"]') is not None


def test_a_national_build_lists_every_page_on_one_list_page_per_province_part(national_site):
    """Above overview_offices_max the search page keeps the group's own pages and links one list per
    province part; together the lists hold every office page, and none holds more than its part."""
    search = soup(national_site, SEARCH).select_one("article")
    parts = [(a.get_text(strip=True), a["href"]) for a in search.select("ul.zi-search-parts a")]
    assert parts == [("Semua halaman Provinsi Contoh 01", "semua/provinsi-contoh-01/"),
                     ("Semua halaman Provinsi Contoh 02 (bagian 1 dari 2)", "semua/provinsi-contoh-02/"),
                     ("Semua halaman Provinsi Contoh 02 (bagian 2 dari 2)", "semua/provinsi-contoh-02/2/"),
                     ("Semua halaman Provinsi belum diisi", "semua/provinsi-belum-diisi/")]
    found = {path for items in listed(national_site).values() for _, path in items}  # the group's own pages
    lists = {f"cari/{href}" for _, href in parts}
    for path in sorted(lists):
        page = soup(national_site, path + "index.html")
        depth = path.count("/")
        links = [a["href"] for a in page.select("article ul.zi-search-all a")]
        assert all(href.startswith("../" * depth) for href in links), path
        found |= {href[len("../" * depth):] for href in links}
        assert page.title.get_text().startswith("Semua halaman: Provinsi Contoh 0") or "belum diisi" in page.title.get_text()
        current = page.select("nav a[aria-current=page]")
        assert [a["href"] for a in current] == ["./"], path
        assert page.select_one("[data-pagefind-body]") is None  # lists stay out of the search index
    assert found == pages(national_site) - lists
    assert len(listed(national_site)) == 1  # no office is listed page by page on the search page itself


def test_every_page_links_to_the_search_page_from_the_site_nav(site_dir):
    for path, link in (("index.html", "cari/"), ("sigi/monev/index.html", "../../cari/")):
        assert soup(site_dir, path).select_one(f'nav.zi-nav a[href="{link}"]').get_text(strip=True) == "Cari"


def test_only_the_search_page_loads_the_search_script_and_the_index(site_dir):
    script = soup(site_dir, SEARCH).select("article script")
    assert [(s["type"], s["src"]) for s in script] == [("module", "../assets/search.js")]
    assert (site_dir / "assets" / "search.js").is_file() and (site_dir / "assets" / "search.css").is_file()
    for path in ("index.html", "sigi/monev/index.html", "sigi/rencana-aksi/2026/index.html"):
        html = (site_dir / path).read_text(encoding="utf-8")
        assert "search.js" not in html and "pagefind" not in html.replace("data-pagefind-", ""), path
    code = (site_dir / "assets" / "search.js").read_text(encoding="utf-8")
    assert not re.search(r"https?://", code)  # the bundle is found relative to the script: no host, any sub-path
    assert 'new URL("pagefind/pagefind.js", siteRoot)' in code and 'new URL("../", import.meta.url)' in code


def test_only_the_main_content_of_every_other_page_is_indexed_with_office_and_page_type(site_dir):
    for path in sorted(p.relative_to(site_dir).as_posix() for p in site_dir.rglob("*.html")):
        page = soup(site_dir, path)
        bodies = page.select("[data-pagefind-body]")
        if path in (SEARCH, "404.html"):
            assert bodies == [], path
            continue
        assert len(bodies) == 1 and bodies[0].parent.name == "article", path
        assert bodies[0].select_one("h1") is not None and page.select_one("header [data-pagefind-body]") is None
        meta = {m["data-pagefind-meta"]: m.get_text() for m in page.select("[data-pagefind-meta]")}
        assert set(meta) == {"kantor", "jenis"} and all(m.has_attr("hidden") for m in page.select("[data-pagefind-meta]"))
        if path == "sigi/monev/index.html":
            assert meta == {"kantor": "KPU Kabupaten Sigi", "jenis": "Monev"}
        if path == "index.html":
            assert meta == {"kantor": "", "jenis": "Beranda"}


def test_the_index_is_written_after_the_build_in_indonesian_with_only_what_the_page_uses(site_dir):
    bundle = site_dir / "pagefind"
    entry = json.loads((bundle / "pagefind-entry.json").read_text(encoding="utf-8"))
    assert list(entry["languages"]) == ["id"]
    indexed = [p for p in site_dir.rglob("*.html") if "data-pagefind-body" in p.read_text(encoding="utf-8")]
    assert entry["languages"]["id"]["page_count"] == len(indexed) == len(pages(site_dir))
    assert (bundle / "pagefind.js").is_file() and (bundle / "wasm.id.pagefind").is_file()
    assert list(bundle.glob("fragment/*.pf_fragment")) and list(bundle.glob("index/*.pf_index"))
    assert not [name for name in UNUSED if (bundle / name).exists()]


def test_the_search_page_alone_allows_webassembly_in_its_policy(site_dir):
    def policy(path):
        return soup(site_dir, path).select_one('meta[http-equiv="Content-Security-Policy"]')["content"]

    assert re.search(r"script-src 'self'( 'sha256-[^']+')* 'wasm-unsafe-eval';", policy(SEARCH)), policy(SEARCH)
    assert "wasm" not in policy("index.html") and "wasm" not in policy("sigi/monev/index.html")


def test_the_indexer_stops_the_build_in_indonesian_when_pagefind_fails(tmp_path):
    with pytest.raises(SearchIndexError, match=r"^Pagefind gagal membuat indeks pencarian \(.+\)$"):
        index_site(tmp_path)  # no HTML page at all


def test_the_search_page_footer_leads_somewhere_real(site_dir, office_site):
    """The badge of the group's search page goes to the group home's section; a one-office site's
    search page carries the office's own footer, as its other pages do."""
    assert soup(site_dir, SEARCH).select_one("a.zi-badge")["href"] == "../#gratifikasi"
    assert soup(site_dir, "index.html").select_one("#gratifikasi") is not None
    footer = soup(office_site, SEARCH)
    assert footer.select_one("a.zi-badge")["href"] == "../gratifikasi/"
    assert footer.select_one("#zi-channels-title").get_text(strip=True) == "Hubungi KPU Kabupaten Sigi"


def test_an_office_name_reaches_the_index_metadata_escaped(tmp_path):
    """The theme writes the office name into the page escaped (MkDocs' Jinja does not autoescape);
    the checker already refuses HTML in names, so an ampersand is what can occur."""
    from helpers import build_site
    from test_cli_output import small_project

    project = small_project(tmp_path / "repo")
    office = project / "content/offices/contoh/office.yaml"
    office.write_text(office.read_text(encoding="utf-8").replace(
        "nama_singkat: KPU Kabupaten Contoh", 'nama_singkat: "KPU Kota A & B"'), encoding="utf-8")
    site = build_site(tmp_path / "site", config=project / "mkdocs.yml")
    html = (site / "kontak" / "index.html").read_text(encoding="utf-8")
    assert '<p hidden data-pagefind-meta="kantor">KPU Kota A &amp; B</p>' in html
