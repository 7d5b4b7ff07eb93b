"""Every page of the example site in real Chromium: axe, third-party requests, weight, sub-path."""

from __future__ import annotations

from urllib.parse import urlparse

import pytest

from browserkit import SUBPATH, gzip_size, serve, site_pages
from helpers import ROOT
from zisite.load import load_project
from zisite.render import render_site

pytestmark = pytest.mark.browser

BUDGET = 100 * 1024  # first visit, gzip


def _pages(site_dir):
    # MkDocs writes 404.html with root-absolute asset URLs (it is served for any missing path),
    # so it cannot work under a sub-path: it is checked at the root in test_404_page.
    return [p for p in site_pages(site_dir) if p != "404.html"]


def test_site_has_the_expected_pages(site_dir):
    """Every page the registry gives the example offices is built, and nothing else (so every browser
    test below walks every page type)."""
    pages, _ = render_site(load_project(ROOT))
    expected = {page.path.removesuffix("index.md") for page in pages}
    assert {"", "sigi/", "sigi/monev/", "sigi/rencana-aksi/2026/", "banggai-kepulauan/data/"} <= expected
    assert set(site_pages(site_dir)) == expected | {"404.html"}


@pytest.mark.parametrize("width,scheme", [(390, "light"), (1280, "light"), (390, "dark")])
def test_axe_finds_no_violation_on_any_page(site_dir, base_url, visit, width, scheme):
    """Each page, and at 390 px light also in forced colours (a CSS media switch needs no reload)."""
    failures = {}
    for page in _pages(site_dir):
        v = visit(base_url + page, width, color_scheme=scheme)
        if violations := v.axe():
            failures[page] = violations
        if (width, scheme) == (390, "light"):
            v.page.emulate_media(forced_colors="active")
            assert v.page.evaluate("matchMedia('(forced-colors: active)').matches")
            if violations := v.axe():
                failures[page + " (forced colours)"] = violations
        v.close()
    assert failures == {}


def test_no_request_leaves_the_machine_and_first_visit_fits_budget(site_dir, base_url, visit):
    weights = {}
    for page in _pages(site_dir):
        v = visit(base_url + page, 390)
        hosts = {urlparse(u).hostname for u in v.requests}
        assert hosts == {"127.0.0.1"}, (page, sorted(u for u in v.requests if "127.0.0.1" not in u))
        total = 0
        for url in set(v.requests):
            path = urlparse(url).path
            assert path.startswith(SUBPATH), url  # everything stays under the sub-path
            local = site_dir / path[len(SUBPATH):]
            if local.is_dir():
                local = local / "index.html"
            assert local.is_file(), url
            total += gzip_size(local)
        weights[page] = total
        v.close()
    over = {page: size for page, size in weights.items() if size > BUDGET}
    assert over == {}, weights


def test_every_internal_link_resolves_under_the_sub_path(site_dir, base_url, visit):
    v = visit(base_url + "sigi/rencana-aksi/2026/")
    hrefs = v.page.eval_on_selector_all("a[href]", "els => els.map(e => e.href)")
    local = [h for h in hrefs if urlparse(h).hostname == "127.0.0.1"]
    assert local
    for href in local:
        path = urlparse(href).path
        assert path.startswith(SUBPATH), href
        target = site_dir / path[len(SUBPATH):]
        assert target.is_file() or (target / "index.html").is_file(), href


def test_plan_page_reads_without_javascript(site_dir, base_url, visit):
    v = visit(base_url + "sigi/rencana-aksi/2026/", 390, java_script_enabled=False)
    assert v.page.locator("h1").inner_text().startswith("Rencana Aksi Zona Integritas KPU Kabupaten Sigi")
    assert v.page.locator("table.zi-plan").count() == 6
    assert v.page.locator("table.zi-plan tbody tr").count() == 65


def test_first_tab_stop_is_the_skip_link(base_url, visit):
    v = visit(base_url + "sigi/rencana-aksi/2026/")
    v.page.keyboard.press("Tab")
    focused = v.page.evaluate("() => [document.activeElement.classList.contains('md-skip'), "
                              "document.activeElement.textContent.trim()]")
    assert focused == [True, "Lewati ke isi"]
    v.page.keyboard.press("Enter")
    target = v.page.evaluate("() => location.hash")
    assert target and v.page.locator(target).evaluate("e => e.tagName") == "H1"


def test_no_horizontal_scroll_at_320px(site_dir, base_url, visit):
    for page in _pages(site_dir):
        v = visit(base_url + page, 320)
        scroll, client = v.page.evaluate("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]")
        assert scroll <= client, (page, scroll, client)
        v.close()


def test_404_page_at_the_site_root(site_dir):
    """The 404 page is served from the root; it must at least be valid and Indonesian."""
    html = (site_dir / "404.html").read_text(encoding="utf-8")
    assert '<html lang="id"' in html
    assert "fonts.googleapis" not in html and "fonts.gstatic" not in html


def test_print_gives_the_plan_without_site_chrome(base_url, visit):
    v = visit(base_url + "banggai-kepulauan/rencana-aksi/2025/")
    v.page.emulate_media(media="print")
    hidden = v.page.evaluate("""() => ['.md-header', '.md-sidebar--primary', '.zi-downloads']
        .map(s => getComputedStyle(document.querySelector(s)).display)""")
    assert hidden == ["none", "none", "none"]
    assert v.page.locator("table.zi-plan").first.is_visible()
    page_rule = v.page.evaluate("""() => [...document.styleSheets].flatMap(s => { try { return [...s.cssRules] }
        catch (e) { return [] } }).flatMap(r => r.cssRules ? [...r.cssRules] : [r])
        .filter(r => r.type === CSSRule.PAGE_RULE).map(r => r.style.size)""")
    assert "a4 landscape" in [rule.lower() for rule in page_rule]
    pdf = v.page.pdf(prefer_css_page_size=True)
    assert pdf.startswith(b"%PDF")


def test_large_group_site_office_nav_passes_axe(tmp_path, visit):
    """The office nav used on large group sites (nav_offices_max exceeded) is accessible too."""
    import shutil

    from helpers import ROOT, build_site

    repo = tmp_path / "repo"
    repo.mkdir()
    for name in ("plans", "content"):
        shutil.copytree(ROOT / name, repo / name)
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8").replace(
        "title: Zona Integritas KPU di Sulawesi Tengah", "title: Zona Integritas KPU di Sulawesi Tengah\n      nav_offices_max: 1")
    (repo / "mkdocs.yml").write_text(config, encoding="utf-8")
    site = build_site(tmp_path / "site", config=repo / "mkdocs.yml")
    webroot = tmp_path / "web"
    webroot.mkdir()
    with serve(site, webroot) as url:
        for page in ("", "sigi/", "sigi/rencana-aksi/2026/"):
            for width in (390, 1280):
                v = visit(url + page, width)
                assert v.axe() == [], (page, width)
                v.close()
