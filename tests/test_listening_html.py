"""Issue 17 items 4 and 5 on the built example site: plan tables a listener can follow, Monev links
that say where they go, and plain Indonesian (abbreviations expanded, no shouting, visible notices)."""

from __future__ import annotations

import re
from collections import defaultdict

import pytest

from zisite.domain.rows import walk
from helpers import page_soup as soup, flat_text as _text

PLAN_PAGES = {("banggai-kepulauan", 2025): "banggai-kepulauan/rencana-aksi/2025/index.html",
              ("sigi", 2026): "sigi/rencana-aksi/2026/index.html"}
MONEV_PAGES = ("banggai-kepulauan/monev/index.html", "sigi/monev/index.html")
ABBREVIATIONS = {
    "ZI": "Zona Integritas", "WBK": "Wilayah Bebas dari Korupsi", "WBBM": "Wilayah Birokrasi Bersih dan Melayani",
    "IKM": "Indeks Kepuasan Masyarakat", "SKM": "Survei Kepuasan Masyarakat", "SPAK": "Survei Persepsi Anti Korupsi",
    "SDM": "Sumber Daya Manusia", "JDIH": "Jaringan Dokumentasi dan Informasi Hukum",
    "PPID": "Pejabat Pengelola Informasi dan Dokumentasi", "WBS": "Whistleblowing System",
    "UPG": "Unit Pengendalian Gratifikasi", "SP4N-LAPOR!": "Sistem Pengelolaan Pengaduan Pelayanan Publik Nasional",
}
# Text an office wrote (plan rows, realisasi, chart labels drawn from them) keeps its own wording.
OFFICE_DATA = "table.zi-plan, .zi-related, .zi-monev-list, .zi-monev-late, .zi-monev-calendar, .zi-chart"


# ------------------------------------------------------------------ item 4: tables for listening

@pytest.mark.parametrize("key", list(PLAN_PAGES))
def test_each_plan_row_has_exactly_one_row_header(site_dir, example_project, key):
    page = soup(site_dir, PLAN_PAGES[key])
    plan = next(e.plan for e in example_project.plans if (e.plan.kantor, e.plan.tahun) == key)
    assert len(page.select("table.zi-plan th[scope=row]")) == plan.counts()["baris"]
    for tr in page.select("table.zi-plan tbody tr:not(.zi-subhead)"):
        assert [th.get("scope") for th in tr.find_all("th")] == ["row"], tr
        for td in tr.find_all("td"):  # column + at most one owner: never three long headers per cell
            assert len(td["headers"]) <= 2, td
    for tr in page.select("table.zi-plan tr.zi-subhead"):  # the kelompok: one subheading over its rows
        (th,) = tr.find_all(["th", "td"])
        assert th["scope"] == "rowgroup" and th.get("id")


@pytest.mark.parametrize("key", list(PLAN_PAGES))
def test_every_row_header_carries_its_kelompok_and_aksi(site_dir, example_project, key):
    """The card below 960 px shows this context on every card, not only on the first of a group."""
    page = soup(site_dir, PLAN_PAGES[key])
    plan = next(e.plan for e in example_project.plans if (e.plan.kantor, e.plan.tahun) == key)
    titles = {c.kunci: c.judul for c in plan.kolom}
    for found in walk(plan):
        context = page.find(id=found.anchor).select_one(".zi-ctx")
        items = [_text(i) for i in context.select(".zi-ctx__item")]
        assert items[0].startswith(titles["kelompok"] + ":") and items[1].startswith(titles["aksi"] + ":")
        if found.action.uraian:
            assert " ".join(found.action.uraian.replace("_", "").split()) in items[1]


@pytest.mark.parametrize("path", MONEV_PAGES)
def test_monev_row_links_are_descriptive_and_unique(site_dir, path):
    page = soup(site_dir, path)
    targets = defaultdict(set)
    links = [a for a in page.select("article a[href*='rencana-aksi/']") if "#" in a["href"]]
    assert len(links) > 10
    for a in links:
        text = _text(a)
        assert re.fullmatch(r"Baris [\d.]+: \S.{5,}", text), text  # the code and the start of its text
        targets[text].add(a["href"])
    assert all(len(hrefs) == 1 for hrefs in targets.values()), targets


# ------------------------------------------------------------------ item 5: plain Indonesian

def _pages(site_dir):
    return sorted(p for p in site_dir.glob("**/index.html") if "assets" not in p.parts)


def test_abbreviations_are_expanded_at_first_use_on_every_page(site_dir):
    late = []
    for path in _pages(site_dir):
        page = soup(site_dir, path.relative_to(site_dir))
        for node in page.select(f"{OFFICE_DATA}, .md-sidebar, nav, header, script, style, title"):
            node.decompose()
        text = _text(page.body)
        for short, full in ABBREVIATIONS.items():
            first = re.search(r"(?<![\w-])" + re.escape(short) + r"(?![\w-])", text)
            if first and full.lower() not in text[:first.end() + 90].lower():
                late.append((path.relative_to(site_dir).as_posix(), short, text[max(0, first.start() - 40):first.end()]))
    assert late == []


def test_no_long_all_caps_running_text(site_dir):
    shouting = []
    for path in _pages(site_dir):
        page = soup(site_dir, path.relative_to(site_dir))
        for node in page.select("article p, article li, article dd, article h1, article h2, article h3"):
            if node.find_parent("details", class_="zi-decree"):  # the decree as printed, behind a disclosure
                continue
            for run in re.findall(r"(?:\b[A-Z][A-Z0-9.,/()-]*\b\s+){8,}", _text(node) + " "):
                shouting.append((path.relative_to(site_dir).as_posix(), run))
    assert shouting == []


def test_the_plan_title_reads_in_normal_case_and_downloads_keep_the_original(site_dir):
    lead = _text(soup(site_dir, PLAN_PAGES["sigi", 2026]).select_one("article .zi-lead"))
    assert lead.startswith("Rencana Aksi Pembangunan dan Evaluasi Zona Integritas")
    source = (site_dir / "sigi/data/rencana-aksi-2026.yaml").read_text(encoding="utf-8")
    assert "RENCANA AKSI PEMBANGUNAN DAN EVALUASI ZONA INTEGRITAS" in source


def test_sample_data_notices_are_visible_not_only_announced(site_dir):
    for path in _pages(site_dir):
        page = soup(site_dir, path.relative_to(site_dir))
        hidden = [node for node in page.select(".zi-sr") if "contoh" in _text(node)]
        assert hidden == [], path
    monitor = soup(site_dir, PLAN_PAGES["sigi", 2026]).select("td.zi-pemantauan")
    tags = [td.select_one(".zi-sample-tag") for td in monitor]
    assert sum(t is not None for t in tags) > 10 and all(_text(t) == "(data contoh)" for t in tags if t)


def test_the_survey_tile_names_what_the_page_holds(site_dir):
    home = soup(site_dir, "sigi/index.html")
    names = [_text(a) for a in home.select("ul.zi-routes a, article a") if a["href"].startswith("survei")]
    assert names and "formulir" not in " ".join(names)
    assert not soup(site_dir, "sigi/survei/index.html").select("article form")


def test_kontak_says_belum_tersedia_for_missing_channels(site_dir):
    def lines(office):
        page = soup(site_dir, f"{office}/kontak/index.html")
        return {_text(li).split(":")[0]: _text(li) for li in page.select("article li")}

    sigi = lines("sigi")  # the example office that lists no address, telephone, e-mail or accounts
    for channel in ("Alamat", "Telepon", "Surel", "Media sosial"):
        assert sigi[channel] == f"{channel}: belum tersedia", sigi
    banggai = lines("banggai-kepulauan")  # gives an e-mail address: shown, not "belum tersedia"
    assert banggai["Surel"] == "Surel: kpu.bangkepkab@gmail.com"


def test_plan_table_captions_read_cleanly(site_dir):
    """"Bagian 1: …", not "Bagian 1.: …" when the plan numbers its parts "1."."""
    for path in PLAN_PAGES.values():
        captions = [_text(c) for c in soup(site_dir, path).select("table caption")]
        assert captions and not [c for c in captions if ".:" in c], path


def test_monev_row_links_keep_the_plan_s_english_marking(site_dir):
    """Row links shorten the plan's text; a term the plan marks (``_update_``) stays marked."""
    links = [a for a in soup(site_dir, "sigi/monev/index.html").select("article a") if _text(a).startswith("Baris ")]
    marked = [a for a in links if a.select_one("[lang=en]")]
    assert marked, "no Monev row link carries the plan's English terms"
    assert not [a for a in links if "_" in a.get_text()]  # no markup character left over


def test_abbreviations_in_the_office_s_own_text_are_listed_before_their_first_use(site_dir):
    """Plan rows keep the office's wording ("SOP", "LHKPN"); the page lists their long forms first."""
    from zisite.text.abbreviations import ABBREVIATIONS

    for path in (*PLAN_PAGES.values(), *MONEV_PAGES):
        article = soup(site_dir, path).select_one("article")
        text = _text(article)
        listed = {_text(dt): _text(dt.find_next_sibling("dd")) for dt in article.select(".zi-abbr dt")}
        for short, full in ABBREVIATIONS.items():
            first = re.search(r"(?<![\w-])" + re.escape(short) + r"(?![\w-])", text)
            if first:
                assert full.lower() in text[:first.end() + len(full) + 10].lower() or listed.get(short) == full, (path, short)
    banggai = soup(site_dir, PLAN_PAGES["banggai-kepulauan", 2025])
    assert {"SOP", "SPIP", "LHKPN"} <= {_text(dt) for dt in banggai.select(".zi-abbr dt")}
    assert banggai.select_one(".zi-abbr").has_attr("open")
