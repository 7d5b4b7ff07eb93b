"""The search page in real Chromium, on the example site served under a sub-path (/zi/): a search
with JavaScript finds the right page and says so in the live region, by keyboard alone; without
JavaScript the form still submits and the page lists every page of the site; axe finds nothing.
The static side (the form, the list, the index files, the policy) is tests/test_search_page_html.py."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from browserkit import SUBPATH, serve, site_pages

pytestmark = pytest.mark.browser

SEARCH = "cari/"


def _results(v) -> list[dict]:
    """Each result: its link's href, its visible title, its name (all its text, as a screen reader's list
    of links gives it) and the line under it."""
    return v.page.evaluate("""() => [...document.querySelectorAll('#zi-search-results > li')].map(li => ({
        href: li.querySelector('a').getAttribute('href'), title: [...li.querySelector('a').childNodes].filter(n => !(n.classList && n.classList.contains('zi-sr')))
            .map(n => n.textContent).join(''),
        name: li.querySelector('a').textContent,
        where: (li.querySelector('.zi-search-where') || {}).textContent || ''}))""")


def _search_by_keyboard(v, word: str) -> str:
    """Tab from the top of the page to the search field, type, press Enter; the live region's text."""
    v.page.keyboard.press("Tab")
    for _ in range(80):
        if v.page.evaluate("() => document.activeElement && document.activeElement.id") == "zi-search-q":
            break
        v.page.keyboard.press("Tab")
    else:
        pytest.fail("Tab never reached the search field")
    v.page.keyboard.type(word)
    v.page.keyboard.press("Enter")
    status = v.page.locator("#zi-search-status")
    status.filter(has_text=re.compile(r"\S")).wait_for(timeout=15000)
    return status.inner_text()


def test_a_search_finds_the_page_that_holds_the_word_under_a_sub_path(base_url, visit):
    v = visit(base_url + SEARCH, 1280)
    assert base_url.endswith(SUBPATH)
    said = _search_by_keyboard(v, "whistleblowing")
    assert v.page.get_attribute("#zi-search-status", "role") == "status"
    assert re.fullmatch(r"\d+ halaman memuat “whistleblowing”\.", said), said
    results = _results(v)
    hrefs = [r["href"] for r in results]
    # Root-relative to the sub-path the site is served from, never to the host's root.
    assert all(h.startswith(SUBPATH) for h in hrefs), hrefs
    assert f"{SUBPATH}sigi/wbs/" in hrefs and f"{SUBPATH}banggai-kepulauan/wbs/" in hrefs, hrefs
    wbs = next(r for r in results if r["href"] == f"{SUBPATH}sigi/wbs/")
    assert wbs["title"] == "Whistleblowing System" and wbs["where"] == "KPU Kabupaten Sigi · Whistleblowing System"
    assert wbs["name"] == "Whistleblowing System – KPU Kabupaten Sigi"
    assert v.page.locator("#zi-search-heading").is_visible()
    # The URL keeps the query: a reload shows the same results.
    assert v.page.url.endswith("?q=whistleblowing")
    # Keyboard only: after the field and its button, the next Tab stop is the first result; Enter follows it.
    v.page.keyboard.press("Tab")
    assert v.page.evaluate("() => document.activeElement.textContent") == "Cari"
    v.page.keyboard.press("Tab")
    assert v.page.evaluate("() => document.activeElement.closest('#zi-search-results') !== null")
    first = v.page.evaluate("() => document.activeElement.getAttribute('href')")
    v.page.keyboard.press("Enter")
    v.page.wait_for_url(re.compile(re.escape(first) + "$"))
    assert v.page.locator("article h1").count() == 1
    assert v.errors == [], v.errors
    assert all(url.startswith(base_url) for url in v.requests), [u for u in v.requests if not u.startswith(base_url)]
    assert any("/pagefind/" in url for url in v.requests)


def test_a_word_only_in_one_office_finds_only_that_office(base_url, visit):
    v = visit(base_url + SEARCH + "?q=Banggai", 1280)
    v.page.locator("#zi-search-status").filter(has_text=re.compile(r"\S")).wait_for(timeout=15000)
    results = _results(v)
    offices = {r["where"].split(" · ")[0] for r in results if r["href"] != SUBPATH}  # the group home names both
    assert offices == {"KPU Kabupaten Banggai Kepulauan"}, results
    assert not any(r["href"].startswith(f"{SUBPATH}sigi/") for r in results), results


def test_a_search_with_no_result_says_so_and_points_to_the_list(base_url, visit):
    v = visit(base_url + SEARCH, 390)
    said = _search_by_keyboard(v, "zzqxkata")
    assert said == ("Tidak ada halaman yang memuat “zzqxkata”. Coba kata lain, atau lihat daftar semua halaman "
                    "situs di bawah.")
    assert _results(v) == [] and not v.page.locator("#zi-search-results").is_visible()
    assert v.errors == []


def test_without_javascript_the_form_reloads_the_page_with_every_page_listed(site_dir, base_url, visit):
    v = visit(base_url + SEARCH, 390, java_script_enabled=False)
    v.page.fill("#zi-search-q", "monev")
    v.page.click("button[type=submit]")
    v.page.wait_for_url(re.compile(r"/cari/\?q=monev$"))
    listed = v.page.evaluate("() => [...document.querySelectorAll('.zi-search-all a')].map(a => a.href)")
    pages = {base_url + p for p in site_pages(site_dir) if p not in ("404.html", SEARCH)}
    assert set(listed) == pages
    # Grouped by office: each office's heading is followed by its own pages, named by page type.
    groups = v.page.evaluate("""() => [...document.querySelectorAll('.zi-search-all')].map(ul =>
        [ul.previousElementSibling.textContent, [...ul.querySelectorAll('a')].map(a => a.textContent)])""")
    sigi = dict(groups)["KPU Kabupaten Sigi"]
    assert sigi[:4] == ["Beranda kantor", "Zona Integritas", "Rencana Aksi 2026", "Monev"], sigi


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_search_page_with_results_has_no_axe_violation(base_url, visit, scheme):
    v = visit(base_url + SEARCH + "?q=gratifikasi", 390, color_scheme=scheme)
    v.page.locator("#zi-search-results > li").first.wait_for(timeout=15000)
    assert v.axe() == []


def test_without_wasm_in_its_policy_the_search_says_it_cannot_load(base_url, visit):
    """Why the search page's policy has 'wasm-unsafe-eval' (docs/csp.md): the same page served
    without it cannot compile Pagefind's WebAssembly, and says so, pointing to the list."""
    v = visit(base_url + SEARCH, 1280, init_script=(
        "window.__csp = []; document.addEventListener('securitypolicyviolation', e => window.__csp.push(e.violatedDirective));"))

    def strict(route):
        response = route.fetch()
        html = response.text()
        assert "'wasm-unsafe-eval'" in html
        route.fulfill(response=response, body=html.replace(" 'wasm-unsafe-eval'", ""))

    v.page.route(re.compile(r".*/cari/(\?.*)?$"), strict)
    v.page.goto(base_url + SEARCH + "?q=whistleblowing", wait_until="load")
    status = v.page.locator("#zi-search-status")
    status.filter(has_text=re.compile(r"\S")).wait_for(timeout=15000)
    assert status.inner_text() == "Pencarian tidak dapat dimuat di sini. Gunakan daftar semua halaman situs di bawah."
    assert "script-src" in " ".join(v.page.evaluate("window.__csp"))
    assert v.page.locator(".zi-search-all a").count() > 20  # the list is still there


def test_result_links_name_the_office_of_pages_that_share_a_title(base_url, visit):
    """On a group site every office has a "Pengendalian Gratifikasi" page: the links are told apart by
    the office in their name (WCAG 2.4.4), seen on the line below, heard in the link."""
    v = visit(base_url + SEARCH + "?q=gratifikasi", 1280)
    v.page.locator("#zi-search-results > li").first.wait_for(timeout=15000)
    results = [r for r in _results(v) if " · " in r["where"]]  # an office's page: "office · page type"
    offices = {r["where"].split(" · ")[0] for r in results}
    assert offices == {"KPU Kabupaten Sigi", "KPU Kabupaten Banggai Kepulauan"}, results
    for r in results:
        office = r["where"].split(" · ")[0]
        assert office in r["name"], r
        assert r["name"] == r["title"] or r["name"] == f"{r['title']} – {office}", r
    # The office added to the name is not seen: the line below the title shows it already.
    hidden = v.page.locator("#zi-search-results a .zi-sr").first.bounding_box()
    assert hidden["width"] <= 1 and hidden["height"] <= 1, hidden
    named = {}
    for r in _results(v):
        named.setdefault(r["name"], set()).add(r["href"])
    assert {name: hrefs for name, hrefs in named.items() if len(hrefs) > 1} == {}
    # Named once: a title that already holds the office's name gets nothing added.
    assert not any(r["name"].count(r["where"].split(" · ")[0]) > 1 for r in results), results


def test_without_javascript_the_hint_says_the_search_needs_it(base_url, visit):
    sentence = "Pencarian dengan kata kunci memerlukan JavaScript; tanpa JavaScript, gunakan daftar itu."
    off = visit(base_url + SEARCH + "?q=monev", 390, java_script_enabled=False)
    hint = off.page.locator("#zi-search-hint")
    assert sentence in hint.inner_text()
    assert off.page.locator(".zi-search-nojs").is_visible()
    on = visit(base_url + SEARCH, 390)
    on.page.wait_for_function("document.documentElement.classList.contains('js')")
    assert sentence not in on.page.locator("#zi-search-hint").inner_text()
    assert not on.page.locator(".zi-search-nojs").is_visible()
    # Not in the field's description either, where a screen reader would still read it; with it off, it is.
    expect(on.page.locator("#zi-search-q")).to_have_accessible_description(
        "Misalnya: pengaduan, gratifikasi, survei atau nama kantor. Daftar semua halaman situs ada di bawah.")
    expect(off.page.locator("#zi-search-q")).to_have_accessible_description(re.compile(re.escape(sentence) + "$"))


@pytest.fixture(scope="module")
def national_url(national_site, tmp_path_factory) -> str:
    with serve(national_site, tmp_path_factory.mktemp("webroot_national")) as url:
        yield url


def _wait_status(v, pattern: str) -> str:
    status = v.page.locator("#zi-search-status")
    status.filter(has_text=re.compile(pattern)).wait_for(timeout=15000)
    return status.inner_text()


def test_more_results_are_shown_by_a_button_that_moves_focus_to_them(national_url, visit):
    v = visit(national_url + SEARCH + "?q=gratifikasi", 1280)
    said = _wait_status(v, r"\S")
    match = re.fullmatch(r"(\d+) halaman memuat “gratifikasi”; 20 yang paling cocok ditampilkan\.", said)
    assert match, said
    total = int(match.group(1))
    assert total > 40, total  # three presses at least: a full page of more, then the rest
    more = v.page.locator("#zi-search-more")
    assert more.is_visible() and more.evaluate("b => b.tagName + ' ' + b.type") == "BUTTON button"
    assert more.inner_text() == "Tampilkan 20 hasil berikutnya"
    assert len(_results(v)) == 20
    assert v.axe() == []
    # By keyboard: Tab from the last result reaches the button; Enter adds the next 20.
    v.page.locator("#zi-search-results > li a").last.focus()
    v.page.keyboard.press("Tab")
    assert v.page.evaluate("() => document.activeElement.id") == "zi-search-more"
    v.page.keyboard.press("Enter")
    assert _wait_status(v, r"^Hasil") == f"Hasil 21–40 dari {total} ditampilkan."
    results = _results(v)
    assert len(results) == 40 and len({r["href"] for r in results}) == 40
    focused = v.page.evaluate("""() => [...document.querySelectorAll('#zi-search-results > li')]
        .indexOf(document.activeElement.closest('li')) + ' ' + document.activeElement.tagName""")
    assert focused == "20 A"
    assert v.axe() == []
    # Space works too; the last press adds what is left and the button goes.
    shown = 40
    while shown < total:
        more.focus()
        v.page.keyboard.press("Space")
        last = min(shown + 20, total)
        assert _wait_status(v, rf"^Hasil {shown + 1}–") == f"Hasil {shown + 1}–{last} dari {total} ditampilkan."
        assert v.page.evaluate("() => document.activeElement.closest('li')") is not None
        shown = last
        if shown < total:
            assert more.inner_text() == f"Tampilkan {min(20, total - shown)} hasil berikutnya"
    assert len(_results(v)) == total and not more.is_visible()
    # A new search starts from its first 20 again.
    v.page.fill("#zi-search-q", "pengaduan")
    v.page.keyboard.press("Enter")
    _wait_status(v, "“pengaduan”")
    assert len(_results(v)) <= 20
    assert v.errors == [], v.errors
