"""The public integrity pages as readers get them: each office's own channels, no empty links,
the Tolak Gratifikasi badge everywhere, legal sources named, plan rows cross-linked."""

from __future__ import annotations

import re

import pytest
from jinja2.exceptions import SecurityError

from zisite.load import load_project
from zisite.render import public_pages
from zisite.render.registry import STAFF_TEXT_KEYS
from helpers import ROOT, page_soup as soup

OFFICES = ("banggai-kepulauan", "sigi")
PAGES = STAFF_TEXT_KEYS  # every page of standard text staff may replace, from the page registry


def text(node) -> str:
    return " ".join(node.get_text(" ").split())


@pytest.mark.parametrize("office", OFFICES)
@pytest.mark.parametrize("page", PAGES)
def test_page_exists_with_its_title_and_no_empty_link(site_dir, office, page):
    html = soup(site_dir, f"{office}/{page}/index.html")
    assert html.find("h1") is not None
    article = html.find("article")
    for a in html.select("a"):
        href = a.get("href")
        assert href not in (None, "", "#", "mailto:", "tel:"), a
        assert text(a) or a.get("aria-label"), a
    assert "None" not in text(article)
    assert "{{" not in text(article) and "{%" not in text(article)


def test_channels_come_from_office_yaml(site_dir):
    banggai = soup(site_dir, "banggai-kepulauan/pengaduan/index.html")
    assert banggai.select_one('article a[href="mailto:kpu.bangkepkab@gmail.com"]')
    sigi = soup(site_dir, "sigi/pengaduan/index.html")
    # Sigi's office.yaml has no e-mail, hotline or WhatsApp: their sentences are left out.
    assert not sigi.select('a[href^="mailto:"]') and not sigi.select('a[href^="tel:"]')
    heading = next(h for h in sigi.select("article h2") if text(h) == "Saluran pengaduan")
    channels = text(heading.find_next_sibling("ul"))
    assert "SP4N-LAPOR!" in channels
    for word in ("surel", "whatsapp", "telepon"):
        assert word not in channels.lower()


@pytest.mark.parametrize("office", OFFICES)
def test_badge_on_every_page_of_the_office(site_dir, office):
    for path in (site_dir / office).rglob("index.html"):
        html = soup(site_dir, path.relative_to(site_dir))
        badge = html.select_one("a.zi-badge")
        assert badge is not None, path
        assert text(badge).startswith("Tolak Gratifikasi")
        assert badge.find("svg")["aria-hidden"] == "true"
        target = (path.parent / badge["href"]).resolve()
        assert target == (site_dir / office / "gratifikasi").resolve(), path


def test_badge_on_group_home_points_to_the_gratifikasi_section(site_dir):
    html = soup(site_dir, "index.html")
    assert html.select_one("a.zi-badge")["href"] == "#gratifikasi"
    assert html.find(id="gratifikasi") is not None


def test_external_links_say_they_leave_the_site(site_dir):
    for office in OFFICES:
        for page in PAGES:
            html = soup(site_dir, f"{office}/{page}/index.html")
            for a in html.select("article a[href^='http']"):
                assert "(situs lain)" in text(a) or "membuka situs lain" in text(a), a


def test_gratifikasi_page_states_the_law_with_sources(site_dir):
    body = text(soup(site_dir, "sigi/gratifikasi/index.html").find("article"))
    for fact in ("30 hari kerja", "Pasal 12B", "Pasal 12C", "Undang-Undang Nomor 20 Tahun 2001",
                 "Peraturan KPK Nomor 2 Tahun 2019", "Peraturan KPK Nomor 1 Tahun 2026",
                 "Peraturan Komisi Pemilihan Umum Nomor 15 Tahun 2015", "milik negara", "milik penerima",
                 "Unit Pengendalian Gratifikasi"):
        assert fact in body, fact
    wbs = text(soup(site_dir, "sigi/wbs/index.html").find("article"))
    assert "Keputusan KPU Nomor 915 Tahun 2025" in wbs and "dirahasiakan" in wbs.lower()


def test_how_to_report_is_an_ordered_list(site_dir):
    for page in ("gratifikasi", "wbs", "pengaduan"):
        html = soup(site_dir, f"sigi/{page}/index.html")
        heading = next(h for h in html.select("article h2") if text(h).startswith("Cara "))
        assert heading.find_next_sibling().name == "ol", page


def test_plan_rows_are_cross_linked_to_their_plan_row(site_dir):
    html = soup(site_dir, "banggai-kepulauan/gratifikasi/index.html")
    links = html.select("ul.zi-related a")
    assert len(links) >= 5
    plan = soup(site_dir, "banggai-kepulauan/rencana-aksi/2025/index.html")
    for a in links:
        page, anchor = a["href"].split("#")
        assert page == "../rencana-aksi/2025/"
        row_header = plan.find(id=anchor)
        assert row_header is not None and text(row_header.select_one(".zi-own")) == text(a)
    assert "target waktu: Desember 2025" in text(html.select_one("ul.zi-related"))
    assert "whistle" in text(soup(site_dir, "sigi/wbs/index.html").select_one("ul.zi-related")).lower()


def test_zona_integritas_page_shows_the_office_path(site_dir):
    sigi = text(soup(site_dir, "sigi/zona-integritas/index.html").find("article"))
    assert "Nomor 10 Tahun 2026" in sigi
    for lever in ("Manajemen Perubahan", "Penguatan Pengawasan", "Peningkatan Kualitas Pelayanan Publik"):
        assert lever in sigi
    banggai = text(soup(site_dir, "banggai-kepulauan/zona-integritas/index.html").find("article"))
    assert "belum diterbitkan" in banggai


def test_office_home_has_quick_routes(site_dir):
    html = soup(site_dir, "sigi/index.html")
    routes = [(text(a), a["href"]) for a in html.select("ul.zi-routes a")]
    assert routes[:3] == [("Laporkan gratifikasi", "gratifikasi/"), ("Sampaikan pengaduan", "pengaduan/"),
                          ("Laporkan pelanggaran: Whistleblowing System (WBS)", "wbs/")]


def test_standard_text_renders_in_a_sandbox():
    office = load_project(ROOT).office("sigi").office
    with pytest.raises(SecurityError):
        public_pages.render_text("kontak", office, {}, override="{{ kantor.__class__.__mro__[1].__subclasses__() }}")
    out = public_pages.render_text("kontak", office, {"wbs": "x"}, override="Halo {{ kantor.nama_singkat }}")
    assert out == "<p>Halo KPU Kabupaten Sigi</p>"


def test_accessibility_statement_names_standard_checks_and_date(tmp_path):
    import json
    import os
    import subprocess
    import sys

    from zisite.render.pages.text_page import AXE_VERSION

    pinned = json.loads((ROOT / "package.json").read_text(encoding="utf-8"))["dependencies"]["axe-core"]
    assert AXE_VERSION == pinned  # the statement names the axe-core the tests really run
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": "1782864000"}  # 2026-07-01
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(ROOT / "mkdocs.yml"), "-d", str(tmp_path)],
                   check=True, env=env, capture_output=True)
    page = soup(tmp_path, "sigi/aksesibilitas/index.html")
    body = text(page.find("article"))
    assert "WCAG) 2.2 tingkat AA" in body
    assert "terakhir pada 1 Juli 2026" in body
    assert f"axe-core {pinned}" in body
    assert "Undang-Undang Nomor 8 Tahun 2016" in body and "Peraturan Pemerintah Nomor 42 Tahun 2020" in body
    assert "hari kerja" not in body  # no response time promised unless the office sets one
    footer_links = [a.get_text() for a in page.select(".zi-channels a")]
    assert "Aksesibilitas" in footer_links
