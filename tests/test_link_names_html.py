"""Link names say where links go (WCAG 2.4.4): on the group home and the province overviews, two
links with the same text (as a screen reader lists them: text content, whitespace collapsed) never
lead to different pages. The visible tables stay short: what tells the links apart is visually
hidden text (``zi-sr``)."""

from __future__ import annotations

from collections import defaultdict

import pytest

from helpers import page_soup


def name(a) -> str:
    """A link's text content, whitespace collapsed: the name a screen reader gives it."""
    return " ".join(a.get_text().split())


def _clashes(site, path: str) -> dict[str, set[str]]:
    """Link texts of the page's article that lead to more than one href."""
    targets: dict[str, set[str]] = defaultdict(set)
    links = page_soup(site, path).select("article a[href]")
    assert links, path
    for a in links:
        targets[name(a)].add(a["href"])
    return {text: hrefs for text, hrefs in targets.items() if len(hrefs) > 1}


def test_the_group_home_names_each_link_by_where_it_goes(site_dir):
    assert _clashes(site_dir, "index.html") == {}


@pytest.mark.parametrize("path", ["index.html", "ikhtisar/provinsi-contoh-01/index.html",
                                  "ikhtisar/provinsi-contoh-02/index.html", "ikhtisar/provinsi-contoh-02/2/index.html"])
def test_the_national_overviews_name_each_link_by_where_it_goes(national_site, path):
    assert _clashes(national_site, path) == {}


def test_the_visible_table_keeps_the_office_name_and_the_hidden_text_says_the_target(site_dir):
    home = page_soup(site_dir, "index.html")
    compare = home.select_one("article table.zi-compare")
    heads = compare.select("tbody th[scope=row] a")
    assert [(name(a), a["href"]) for a in heads] == [
        ("KPU Kabupaten Banggai Kepulauan: rencana aksi 2025", "banggai-kepulauan/rencana-aksi/2025/"),
        ("KPU Kabupaten Sigi: rencana aksi 2026", "sigi/rencana-aksi/2026/")]
    for a in heads:  # what is seen: the office name alone
        hidden = a.select_one(".zi-sr")
        assert hidden is not None and name(hidden).startswith(":")
