"""Every page of the example site in real Chromium: axe, third-party requests, weight, sub-path."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlparse

import pytest

from browserkit import SUBPATH, Visit, gzip_size, serve, site_pages
from helpers import ROOT
from zisite.load import load_project
from zisite.render import render_site

pytestmark = pytest.mark.browser

BUDGET = 100 * 1024  # first visit, gzip
SCHEMES = {"light": "default", "dark": "slate"}  # Material's name for each
OVERFLOW = "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]"


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


@dataclass
class PhoneView:
    """What one page showed on a phone's first visit, for the checks below."""
    axe: list[dict]  # violations at 390 px, light
    axe_forced_colours: list[dict]  # the same page in forced colours (a CSS media switch needs no reload)
    requests: list[str]  # every request the first visit made
    widths_at_320: tuple[int, int]  # [scrollWidth, clientWidth] of the page narrowed to 320 px


@pytest.fixture(scope="module")
def phone_views(site_dir, base_url, browser) -> dict[str, PhoneView]:
    """Every page loaded once as a phone's first visit (390 px, light, fresh context, nothing cached),
    and that one load used for several checks: axe twice, the requests, then the width at 320 px."""
    views = {}
    for page in _pages(site_dir):
        v = Visit(browser, base_url + page, 390, color_scheme="light")
        try:
            requests = list(v.requests)
            violations = v.axe()
            v.page.emulate_media(forced_colors="active")
            assert v.page.evaluate("matchMedia('(forced-colors: active)').matches")
            forced = v.axe()
            v.page.emulate_media(forced_colors="none")
            v.page.set_viewport_size({"width": 320, "height": 900})
            widths = tuple(v.page.evaluate(OVERFLOW))
        finally:
            v.close()
        views[page] = PhoneView(violations, forced, requests, widths)
    return views


@pytest.mark.slow
def test_axe_finds_no_violation_on_any_page_on_a_phone(phone_views):
    """Each page at 390 px, light, also in forced colours."""
    failures = {page: view.axe for page, view in phone_views.items() if view.axe}
    failures |= {page + " (forced colours)": view.axe_forced_colours
                 for page, view in phone_views.items() if view.axe_forced_colours}
    assert failures == {}


@pytest.mark.slow
@pytest.mark.parametrize("width,scheme", [(1280, "light"), (390, "dark")])
def test_axe_finds_no_violation_on_any_page(site_dir, base_url, visit, width, scheme):
    """One context walks every page (what axe sees does not depend on the cache; the first visit's
    requests are phone_views' business)."""
    failures = {}
    pages = _pages(site_dir)
    v = visit(base_url + pages[0], width, color_scheme=scheme)
    for page in pages:
        if page != pages[0]:
            v.goto(base_url + page)
        # each page shows the scheme the reader's system asks for, as on a first visit
        assert v.page.evaluate("() => document.body.dataset.mdColorScheme") == SCHEMES[scheme], page
        if violations := v.axe():
            failures[page] = violations
    assert failures == {}


def test_axe_reports_what_it_finds(site_dir, tmp_path, visit):
    """The axe walks above can fail: a page given an image without a text alternative and a button
    without a name reports both, with the elements, although only violations are described in full."""
    site = tmp_path / "site"
    (site / "sigi").mkdir(parents=True)
    (site / "assets").symlink_to(site_dir / "assets", target_is_directory=True)
    html = (site_dir / "sigi" / "index.html").read_text(encoding="utf-8").replace("</h1>", (
        '</h1><img id="zi-canary-img" src="data:," width="20" height="20">'
        '<button id="zi-canary-button" type="button"></button>'), 1)
    (site / "sigi" / "index.html").write_text(html, encoding="utf-8")
    (tmp_path / "web").mkdir()
    with serve(site, tmp_path / "web") as url:
        found = {violation["id"]: violation["nodes"] for violation in visit(url + "sigi/").axe()}
    assert found == {"image-alt": [["#zi-canary-img"]], "button-name": [["#zi-canary-button"]]}, found


def test_no_request_leaves_the_machine_and_first_visit_fits_budget(site_dir, phone_views):
    weights = {}
    for page, view in phone_views.items():
        hosts = {urlparse(u).hostname for u in view.requests}
        assert hosts == {"127.0.0.1"}, (page, sorted(u for u in view.requests if "127.0.0.1" not in u))
        total = 0
        for url in set(view.requests):
            path = urlparse(url).path
            assert path.startswith(SUBPATH), url  # everything stays under the sub-path
            local = site_dir / path[len(SUBPATH):]
            if local.is_dir():
                local = local / "index.html"
            assert local.is_file(), url
            total += gzip_size(local)
        weights[page] = total
    over = {page: size for page, size in weights.items() if size > BUDGET}
    assert over == {}, weights


def test_no_horizontal_scroll_at_320px(phone_views):
    over = {page: view.widths_at_320 for page, view in phone_views.items()
            if view.widths_at_320[0] > view.widths_at_320[1]}
    assert over == {}


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
    assert v.page.locator("table.zi-plan tbody tr:not(.zi-subhead)").count() == 65


def test_first_tab_stop_is_the_skip_link(base_url, visit):
    v = visit(base_url + "sigi/rencana-aksi/2026/")
    v.page.keyboard.press("Tab")
    focused = v.page.evaluate("() => [document.activeElement.classList.contains('md-skip'), "
                              "document.activeElement.textContent.trim()]")
    assert focused == [True, "Lewati ke isi"]
    v.page.keyboard.press("Enter")
    target = v.page.evaluate("() => location.hash")
    assert target and v.page.locator(target).evaluate("e => e.tagName") == "H1"


def test_404_page_at_the_site_root(site_dir):
    """The 404 page is served from the root; it must at least be valid and Indonesian."""
    html = (site_dir / "404.html").read_text(encoding="utf-8")
    assert '<html lang="id"' in html
    assert "fonts.googleapis" not in html and "fonts.gstatic" not in html


def test_print_gives_the_plan_without_site_chrome(base_url, visit):
    v = visit(base_url + "banggai-kepulauan/rencana-aksi/2025/")
    v.page.emulate_media(media="print")
    hidden = v.page.evaluate("""() => ['.md-header', '.zi-drawer', '.zi-downloads']
        .map(s => getComputedStyle(document.querySelector(s)).display)""")
    assert hidden == ["none", "none", "none"]
    assert v.page.locator("table.zi-plan").first.is_visible()
    page_rule = v.page.evaluate("""() => [...document.styleSheets].flatMap(s => { try { return [...s.cssRules] }
        catch (e) { return [] } }).flatMap(r => r.cssRules ? [...r.cssRules] : [r])
        .filter(r => r.type === CSSRule.PAGE_RULE).map(r => r.style.size)""")
    assert "a4 landscape" in [rule.lower() for rule in page_rule]
    pdf = v.page.pdf(prefer_css_page_size=True)
    assert pdf.startswith(b"%PDF")


@pytest.mark.slow
def test_large_group_site_office_nav_passes_axe(large_group_site, tmp_path, visit):
    """On large group sites (nav_offices_max exceeded) the office's pages are in the one site menu,
    outside <main>: the phone's Menu button opens it on the current page, and axe finds nothing."""
    with serve(large_group_site, tmp_path) as url:
        for page in ("", "sigi/", "sigi/rencana-aksi/2026/"):
            for width in (390, 1280):
                v = visit(url + page, width)
                assert v.axe() == [], (page, width)
                assert v.page.locator("main nav").count() == 0 and v.page.locator("nav").count() == 1
                v.close()
        v = visit(url + "sigi/kontak/", 390)
        v.page.get_by_role("button", name="Menu", exact=True).click()
        current = v.page.evaluate("() => [document.activeElement.textContent.trim(), document.activeElement.getAttribute('aria-current')]")
        assert current == ["Kontak", "page"]
        v.page.get_by_role("navigation", name="Menu situs").get_by_role("link", name="Monev").click()
        assert v.page.url == url + "sigi/monev/" and v.page.title().startswith("Monev – KPU Kabupaten Sigi – ")
