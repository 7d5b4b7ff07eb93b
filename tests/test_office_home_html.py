"""The office home page (page type ``beranda``): quick routes, the office's plans, its open data, and
every link leading to a page that exists."""

from __future__ import annotations

from datetime import date
from urllib.parse import urljoin


from helpers import ROOT, page_soup as soup
from zisite.load import load_project
from zisite.render import SiteOptions, render_site


def test_office_home_names_the_office_and_links_its_plans_and_data(site_dir):
    home = soup(site_dir, "sigi/index.html")
    assert home.find("h1").get_text(strip=True) == "KPU Kabupaten Sigi"
    links = {" ".join(a.get_text().split()): a["href"] for a in home.select("article a")}
    assert links["Rencana Aksi Zona Integritas Tahun 2026"] == "rencana-aksi/2026/"
    assert links["Data Terbuka"] == "data/"
    assert links["Laporkan gratifikasi"] == "gratifikasi/"


def test_every_link_on_an_office_home_leads_to_a_built_page(site_dir):
    for office in ("sigi", "banggai-kepulauan"):
        for a in soup(site_dir, f"{office}/index.html").select("article a[href]"):
            href = a["href"]
            if href.startswith(("http", "mailto:", "tel:", "#")):
                continue
            target = urljoin(f"{office}/", href.split("#")[0])
            assert (site_dir / target / "index.html").is_file() or (site_dir / target).is_file(), (office, href)


def test_a_one_office_site_has_the_office_home_at_its_root():
    pages, _ = render_site(load_project(ROOT), SiteOptions(office="sigi", build_date=date(2026, 7, 1)))
    home = pages[0]
    assert (home.kind, home.path, home.title, home.nav) == ("beranda", "index.md", "KPU Kabupaten Sigi", ("Beranda",))
    assert "beranda-grup" not in {p.kind for p in pages}
