"""Meta-tests: every page type in the registry has a template, an HTML test module that names it, a
row in the docs table, and a page in the example site; what staff may override follows it too."""

from __future__ import annotations

import re
from datetime import date

import pytest
from bs4 import BeautifulSoup

from helpers import ROOT
from zisite.load import load_project
from zisite.render import SiteOptions, render_site
from zisite.render.registry import PAGE_TYPES, STAFF_TEXT_KEYS, docs_table
from zisite.render.site import navigation

TEMPLATES = ROOT / "generator" / "zisite" / "templates"
DOCS = ROOT / "docs" / "arsitektur.md"
KEYS = [t.key for t in PAGE_TYPES]


@pytest.mark.parametrize("kind", PAGE_TYPES, ids=KEYS)
def test_every_page_type_has_its_template(kind):
    assert (TEMPLATES / kind.template).is_file(), f"{kind.key}: templates/{kind.template} is missing"


@pytest.mark.parametrize("kind", PAGE_TYPES, ids=KEYS)
def test_every_page_type_has_an_html_test_module_that_names_it(kind):
    module = ROOT / kind.test_module
    assert module.is_file() and re.fullmatch(r"tests/test_\w+_html\.py", kind.test_module), \
        f"{kind.key}: write {kind.test_module}, asserting on the built HTML of the page"
    source = module.read_text(encoding="utf-8")
    # Generic tests over every staff-text page parametrize over the registry's list instead of naming each.
    assert kind.key in source or (kind.staff_text and "STAFF_TEXT_KEYS" in source), \
        f"{kind.test_module} never mentions the page type '{kind.key}'"


def test_the_docs_table_lists_exactly_the_registered_page_types():
    text = DOCS.read_text(encoding="utf-8")
    match = re.search(r"<!-- page-types -->\n(.*?)\n<!-- /page-types -->", text, re.S)
    assert match, "docs/arsitektur.md lost its page-types table markers"
    table = match.group(1)
    documented = re.findall(r"^\| `([^`]+)` \|", table, re.M)
    assert documented == KEYS, f"docs/arsitektur.md: replace the page-types table with\n{docs_table()}"
    assert table == docs_table(), f"docs/arsitektur.md: replace the page-types table with\n{docs_table()}"


def test_every_page_type_has_a_page_in_the_example_site(example_project):
    pages, _ = render_site(example_project, SiteOptions(build_date=date(2026, 7, 1)))
    assert {page.kind for page in pages} == set(KEYS)


def test_staff_may_replace_exactly_the_text_pages(make_project):
    texts = {f"content/offices/contoh/halaman/{key}.md": "## Catatan\n\nTeks kantor.\n" for key in STAFF_TEXT_KEYS}
    root = make_project({**texts, "content/offices/contoh/halaman/monev.md": "## Monev\n\nTeks.\n"})
    problems = [d.format() for d in load_project(root).diagnostics]
    assert len(problems) == 1 and "berkas halaman 'monev.md' tidak dikenal" in problems[0], problems
    assert "kontak.md" in problems[0] and "rencana-aksi.md" not in problems[0]  # the hint names the valid files


def test_the_checker_allows_texts_for_exactly_the_registry_s_text_pages():
    """The checker reads the standard texts from templates/halaman/ (it imports no render code);
    the registry declares the pages: the two lists must be the same."""
    from zisite.checks.page_texts import PAGE_KEYS

    assert set(PAGE_KEYS) == set(STAFF_TEXT_KEYS)


def test_the_office_nav_of_a_large_group_follows_the_site_nav(example_project):
    """Readers of a large group see the office's pages in the same order as on a small group site."""
    on = date(2026, 7, 1)
    small, _ = render_site(example_project, SiteOptions(build_date=on))
    large, _ = render_site(example_project, SiteOptions(build_date=on, nav_offices_max=1))
    sigi = next(item["KPU Kabupaten Sigi"] for item in navigation(small) if "KPU Kabupaten Sigi" in item)
    site_nav = [(title, path.removeprefix("sigi/").removesuffix("index.md")) for item in sigi for title, path in item.items()]
    home = next(p for p in large if p.path == "sigi/index.md")
    assert "<nav" not in home.body  # the office's pages travel for the theme's one nav, not in <main>
    assert home.menu[0] == "KPU Kabupaten Sigi"
    links = [(title, href.removeprefix("./")) for title, href, _here in home.menu[1]]
    assert site_nav[0] == ("Beranda kantor", "") and ("Data Terbuka", "data/") in site_nav
    assert links == site_nav
    assert [here for _t, _h, here in home.menu[1]] == [True] + [False] * (len(links) - 1)
