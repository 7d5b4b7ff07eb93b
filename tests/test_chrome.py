"""The site's chrome in the built HTML (issue 17; docs/chrome.md): titles that name the page and the
office, one navigation outside <main> with the current page marked, a footer landmark with content,
English terms marked as English, a menu button the drawer script drives, no Material bundle, the
404 page's script allowed by its hash, and Material's CSS trimmed from the current templates.
What a browser does with it is in tests/browser/test_chrome_browser.py."""

from __future__ import annotations

import base64
import hashlib
import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from test_csp import POLICY, parse_policy
from zisite.build import OFFICE_KEY, TITLE_KEY, page_source
from zisite.engines import material_css
from zisite.render.output import Page
from zisite.render.markup import ENGLISH

SITE_NAME = "Zona Integritas KPU di Sulawesi Tengah"
OFFICES = {"sigi": "KPU Kabupaten Sigi", "banggai-kepulauan": "KPU Kabupaten Banggai Kepulauan"}


def _pages(site: Path) -> dict[str, BeautifulSoup]:
    return {p.relative_to(site).as_posix(): BeautifulSoup(p.read_text(encoding="utf-8"), "html.parser")
            for p in sorted(site.rglob("*.html")) if not p.relative_to(site).as_posix().startswith("assets/")}


@pytest.fixture(scope="module")
def pages(site_dir):
    return {rel: soup for rel, soup in _pages(site_dir).items() if rel != "404.html"}


def test_every_title_is_unique_and_names_the_page_and_the_office(pages):
    titles = {rel: soup.title.get_text() for rel, soup in pages.items()}
    repeated = {t for t in titles.values() if list(titles.values()).count(t) > 1}
    assert repeated == set()
    for rel, title in titles.items():
        office = rel.split("/")[0]
        if office in OFFICES:
            name = pages[rel].select_one("a[aria-current=page]").get_text(strip=True)
            assert title == f"{name} – {OFFICES[office]} – {SITE_NAME}", rel
    assert titles["sigi/kontak/index.html"] == f"Kontak – KPU Kabupaten Sigi – {SITE_NAME}"
    assert titles["index.html"] == SITE_NAME


def test_a_one_office_site_does_not_repeat_the_office_in_its_titles(office_site):
    titles = {rel: soup.title.get_text() for rel, soup in _pages(office_site).items() if rel != "404.html"}
    assert len(set(titles.values())) == len(titles)
    assert titles["kontak/index.html"] == "Kontak – Zona Integritas KPU Kabupaten Sigi"


def test_the_office_travels_in_the_front_matter():
    page = Page("sigi/kontak.md", "Kontak Kantor", "# Kontak Kantor\n", ("KPU Kabupaten Sigi", "Kontak"),
                footer="<p>x</p>", office="KPU Kabupaten Sigi")
    meta = page_source(page).split("---")[1]
    assert f'{OFFICE_KEY}: "KPU Kabupaten Sigi"\n' in meta and f'{TITLE_KEY}: "Kontak"\n' in meta
    assert page_source(Page("index.md", "Beranda", "# B\n", ("Beranda",))) == "# B\n"


def test_landmarks_one_nav_outside_main_one_footer_with_content(pages):
    _landmarks(pages)


def _landmarks(pages):
    for rel, soup in pages.items():
        navs = soup.find_all("nav")
        assert len(navs) == 1 and navs[0].find_parent("main") is None, rel
        nav = navs[0]
        assert nav["aria-label"] == "Menu situs", rel
        assert nav.find_parent("header") is None, rel  # the header is no navigation of its own
        current = nav.select("[aria-current]")
        assert [a.get("aria-current") for a in current] == ["page"], rel
        assert current[0]["href"] in ("./", "."), rel  # it is this very page
        assert len(soup.find_all("main")) == 1 and len(soup.find_all("header")) == 1, rel
        footers = soup.find_all("footer")
        assert len(footers) == 1 and footers[0].find_parent("main") is None, rel
        assert footers[0].find("a") and footers[0].get_text(strip=True), rel
        assert not footers[0].find("aside"), rel  # no complementary landmark nested in it


def test_the_large_group_site_keeps_one_site_nav_outside_main(large_group_site):
    """Its nav lists no office; each office page adds its own office's pages to that one nav."""
    pages = {rel: soup for rel, soup in _pages(large_group_site).items() if rel != "404.html"}
    _landmarks(pages)
    titles = {rel: soup.title.get_text() for rel, soup in pages.items()}
    assert len(set(titles.values())) == len(titles)
    for rel, soup in pages.items():
        office = rel.split("/")[0]
        if office in OFFICES:
            headings = [h.get_text() for h in soup.select("nav .zi-nav__heading")]
            assert headings == [OFFICES[office]], rel  # its own office only
            name = soup.select_one("nav a[aria-current=page]").get_text(strip=True)
            assert titles[rel] == f"{name} – {OFFICES[office]} – {SITE_NAME}", rel


def test_a_national_build_has_one_nav_with_the_current_page_and_unique_titles(national_site):
    """Province overviews and office pages stay out of the engine's nav; each brings its own section."""
    pages = {rel: soup for rel, soup in _pages(national_site).items() if rel != "404.html"}
    _landmarks(pages)
    titles = [soup.title.get_text() for soup in pages.values()]
    assert len(set(titles)) == len(titles)
    overview = pages["ikhtisar/provinsi-contoh-02/2/index.html"]
    section = overview.select_one("nav .zi-nav__section")
    assert section.select_one(".zi-nav__heading").get_text() == "Ikhtisar provinsi"
    assert [(a.get_text(), a["href"], a.get("aria-current")) for a in section.select("a.zi-nav__link")] == [
        ("Provinsi Contoh 01", "../../provinsi-contoh-01/", None),
        ("Provinsi Contoh 02 (bagian 1 dari 2)", "../", None), ("Provinsi Contoh 02 (bagian 2 dari 2)", "./", "page"),
        ("Provinsi belum diisi", "../../provinsi-belum-diisi/", None)]
    heading = section.select_one(".zi-nav__heading")
    assert section.select_one("ul")["aria-labelledby"] == heading["id"]  # the list is named by its heading
    assert overview.title.get_text().startswith("Provinsi Contoh 02 (bagian 2 dari 2) – ")


def test_material_s_own_scripts_and_full_style_sheets_are_not_copied(site_dir):
    assert not (site_dir / "assets/javascripts").exists() and not (site_dir / "assets/stylesheets").exists()
    assert (site_dir / "assets/material.css").is_file() and (site_dir / "assets/images/favicon.png").is_file()


def test_english_terms_are_marked_as_english_everywhere(pages):
    for rel, soup in pages.items():
        body = soup.body
        for text in body.find_all(string=ENGLISH):  # the renderer's own list: website, online, update, …
            if text.parent.name in ("script", "style") or text.find_parent("svg"):
                continue  # a chart's SVG title: no markup inside it (its data table says it, marked)
            if text.find_parent(attrs={"data-pagefind-meta": True}):
                continue  # hidden search-result metadata: never read on the page, shown as plain text
            marked = text.find_parent(attrs={"lang": re.compile("^en")})
            assert marked is not None, (rel, str(text.parent)[:120])


def test_the_menu_is_a_button_for_the_drawer_and_a_link_without_javascript(pages):
    for rel, soup in pages.items():
        button = soup.select_one("header button.zi-menu-button")
        assert button is not None and button.get_text(strip=True) == "Menu", rel
        assert button["aria-expanded"] == "false" and button.has_attr("hidden"), rel  # chrome.js shows it
        drawer = soup.find(id=button["aria-controls"])
        assert drawer is not None and drawer.find("nav") is not None, rel
        assert drawer.find_parent("main") is None, rel
        link = soup.select_one("header a.zi-menu-link")
        assert link["href"] == "#" + button["aria-controls"] and link.get_text(strip=True) == "Menu", rel
        palette = soup.select("header button.zi-palette")
        assert len(palette) == 1 and palette[0]["aria-pressed"] == "false", rel
        assert not soup.select("input[name=__palette]"), rel


def test_no_material_bundle_and_no_config_for_it(pages):
    for rel, soup in pages.items():
        scripts = [re.sub(r"^(\.\./)+|^\./", "", s["src"]) for s in soup.find_all("script", src=True)]
        own = ["assets/search.js"] if rel.endswith("cari/index.html") else []  # the search page's own module
        assert scripts == ["assets/head.js", "assets/palette.js", *own, "assets/chrome.js", "assets/toolbar.js"], rel
        assert soup.find(id="__config") is None, rel
        sheets = [re.sub(r"^(\.\./)+|^\./", "", s["href"]) for s in soup.select("link[rel=stylesheet]")]
        own_css = ["assets/search.css"] if own else []
        assert sheets == ["assets/material.css", "assets/zi.css", "assets/toolbar.css", "assets/charts.css", *own_css], rel


def test_the_404_page_is_indonesian_and_its_one_script_is_allowed_by_hash(site_dir):
    soup = BeautifulSoup((site_dir / "404.html").read_text(encoding="utf-8"), "html.parser")
    assert soup.html["lang"] == "id"
    assert soup.title.get_text() == f"Halaman tidak ditemukan – {SITE_NAME}"
    assert soup.h1.get_text() == "Halaman tidak ditemukan"
    policy = parse_policy(soup.select_one('meta[http-equiv="Content-Security-Policy"]')["content"])
    assert policy == POLICY  # the same policy as every page, so one server header serves all
    (script,) = soup.find_all("script")
    digest = "'sha256-" + base64.b64encode(hashlib.sha256(script.string.encode()).digest()).decode() + "'"
    assert digest in policy["script-src"], f"the 404 script changed: its hash is now {digest}"
    assert not soup.find_all("link") and not soup.find_all("style")  # nothing that needs the site root
    assert [a["data-zi-root"] for a in soup.select("a[data-zi-root]")] == ["", "", "cari/"]
    assert soup.find("footer").get_text(strip=True) == SITE_NAME


def test_the_404_page_links_and_styles_from_site_url_when_it_is_set(large_group_site):
    """With site_url (here under /zi/) the 404 page works without JavaScript; deploy's check accepts it."""
    from zisite.deploy.verify import verify_site

    soup = BeautifulSoup((large_group_site / "404.html").read_text(encoding="utf-8"), "html.parser")
    assert [s["href"] for s in soup.select("link[rel=stylesheet]")] == ["/zi/assets/material.css", "/zi/assets/zi.css"]
    assert [a["href"] for a in soup.select("a[data-zi-root]")] == ["/zi/", "/zi/", "/zi/cari/"]
    assert verify_site(large_group_site, "/zi/") == []
    assert any("/zi/" in problem for problem in verify_site(large_group_site, "/lain/"))


def test_material_css_is_trimmed_from_the_current_templates(site_dir):
    """theme/assets/material.css is what `python -m zisite.engines.material_css` makes from this
    site; when it differs (Material upgraded, a template changed) run that command."""
    assert material_css.OUTPUT.read_text(encoding="utf-8") == material_css.generate(site_dir)


def test_the_trim_keeps_what_matches_and_drops_the_rest():
    pages = material_css.Pages(['<body data-md-color-scheme="default"><div class="md-typeset"><p class="a">x</p></div>'
                                '<input type="checkbox" data-md-toggle="drawer"><label class="md-overlay"></label></body>'])
    css = ('.a:hover,.b{color:red}.md-typeset kbd{x:1}[data-md-color-scheme=slate]{--v:1;--w:2}'
           '[data-md-toggle=drawer]:checked~.md-overlay{y:1}@media screen{.b{z:1}.a::before{z:2}}'
           ':root{--md-icon:url("data:image/svg+xml;charset=utf-8,<svg>{}</svg>");--used:1}.a{c:var(--used)}')
    out = material_css.drop_unused_variables(material_css.trim(material_css.parse(css), pages), "p{d:var(--w)}")
    assert out == ('.a:hover{color:red}.md-typeset kbd{x:1}[data-md-color-scheme=slate]{--w:2}'
                   '[data-md-toggle=drawer]:checked~.md-overlay{y:1}@media screen{.a::before{z:2}}'
                   ':root{--used:1}.a{c:var(--used)}')
