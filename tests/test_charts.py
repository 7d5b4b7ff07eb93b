"""Charts (render/charts.py): SVG structure, Indonesian summaries, data tables, zero and empty data,
escaping, ids, size, and axe in real Chromium on a page holding one chart of each type."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from zisite.render.charts import (
    Progress, Series, bar_chart, format_number, format_percent, line_chart, progress_chart, stacked_bar_chart,
)

ROOT = Path(__file__).resolve().parent.parent
Q = ["Triwulan I 2026", "Triwulan II 2026", "Triwulan III 2026", "Triwulan IV 2026"]
S = ["Semester I 2025", "Semester II 2025", "Semester I 2026", "Semester II 2026"]


def examples(prefix: str = "c", contoh: bool = False) -> dict:
    """One worked example per chart type (4 categories × 2 series where a type has series)."""
    return {
        "bar": bar_chart("Pengaduan masyarakat 2026", Q, [Series("Diterima", [12, 15, 0, 7]),
                                                          Series("Selesai", [9, 14, 0, 5])],
                         "pengaduan", id_prefix=f"{prefix}-bar", contoh=contoh),
        "stacked": stacked_bar_chart("Status pengaduan 2026", Q, [Series("Selesai", [9, 14, 0, 5]),
                                                                  Series("Diproses", [2, 1, 0, 2])],
                                     "pengaduan", id_prefix=f"{prefix}-stacked", contoh=contoh),
        "line": line_chart("Indeks Kepuasan Masyarakat", S, [Series("IKM", [80, 82.5, 82.5, 85.1]),
                                                              Series("Target", [82, 83, 84, 85])],
                           "", id_prefix=f"{prefix}-line", contoh=contoh, decimals=2, y_max=100),
        "progress": progress_chart("Capaian rencana aksi", [Progress("Manajemen Perubahan", 3, 4),
                                                            Progress("Penataan Tatalaksana", 0, 5),
                                                            Progress("Penguatan Pengawasan", 6, 5)],
                                   "aksi", id_prefix=f"{prefix}-progress", contoh=contoh),
    }


# The text label each value gets, in drawing order.
LABELS = {
    "bar": ["12", "9", "15", "14", "0", "0", "7", "5"],
    "stacked": ["9", "2", "14", "1", "0", "0", "5", "2"],
    "line": ["80,00", "82,00", "82,50", "83,00", "82,50", "84,00", "85,10", "85,00"],
    "progress": ["3 dari 4 (75 %)", "0 dari 5 (0 %)", "6 dari 5 (120 %)"],
}
SUMMARIES = {
    "bar": "Diterima: tertinggi Triwulan II 2026 (15 pengaduan); terendah Triwulan III 2026 (0). "
           "Selesai: tertinggi Triwulan II 2026 (14 pengaduan); terendah Triwulan III 2026 (0).",
    "stacked": "Seluruhnya 33 pengaduan: Selesai 28 (84,8 %) dan Diproses 5 (15,2 %). "
               "Jumlah tertinggi: Triwulan II 2026 (15 pengaduan); terendah: Triwulan III 2026 (0).",
    "line": "IKM Semester II 2026: 85,10, naik 2,60 dari Semester I 2026 (82,50). "
            "Target Semester II 2026: 85,00, naik 1,00 dari Semester I 2026 (84,00).",
    "progress": "Seluruhnya tercapai 9 dari 14 aksi (64,3 %). "
                "Tertinggi: Penguatan Pengawasan (120 %); terendah: Penataan Tatalaksana (0 %).",
}
TABLES = {
    "bar": (["Periode", "Diterima", "Selesai"], [[12, 9], [15, 14], [0, 0], [7, 5]]),
    "stacked": (["Periode", "Selesai", "Diproses", "Jumlah"], [[9, 2, 11], [14, 1, 15], [0, 0, 0], [5, 2, 7]]),
    "line": (["Periode", "IKM", "Target"], [[80, 82], [82.5, 83], [82.5, 84], [85.1, 85]]),
    "progress": (["Uraian", "Capaian", "Target", "Persentase"], [[3, 4, 75], [0, 5, 0], [6, 5, 120]]),
}
KINDS = list(LABELS)


def soup(markup) -> BeautifulSoup:
    return BeautifulSoup(str(markup), "html.parser")


def text(node) -> str:
    return " ".join(node.get_text(" ").split())


@pytest.fixture(scope="module")
def charts():
    return examples()


# ------------------------------------------------------------------ numbers

def test_numbers_are_written_the_indonesian_way():
    assert format_number(1234567) == "1.234.567"
    assert format_number(1234567.5) == "1.234.567,5"
    assert format_number(85.1, 2) == "85,10"
    assert format_number(2.675, 2) == "2,68"  # half up, not binary or banker's rounding
    assert format_number(0) == "0"
    assert format_percent(9, 12) == "75 %"
    assert format_percent(2, 3) == "66,7 %"
    assert format_percent(1, 0) == "–"


# ------------------------------------------------------------------ SVG structure

@pytest.mark.parametrize("kind", KINDS)
def test_svg_is_a_named_image_that_scales(charts, kind):
    chart = charts[kind]
    svg = soup(chart.html).find("svg")
    assert svg["role"] == "img"
    title = svg.find(id=svg["aria-labelledby"])
    assert title.name == "title" and title.parent is svg and title.string == chart.title
    desc = svg.find(id=svg["aria-describedby"])
    assert desc.name == "desc" and desc.string == chart.summary
    assert re.search(r' viewBox="0 0 [\d.]+ [\d.]+"', str(chart.svg))  # html.parser lowercases the name
    assert svg["width"].endswith("em") and "height" not in svg.attrs
    assert not re.search(r'(width|height)="[\d.]+(px)?"', str(svg).split(">", 1)[0])
    # Self-contained: no script, no style, no font, nothing fetched.
    assert not svg.find(["script", "style", "image", "foreignObject", "a"])
    assert "font-family" not in str(svg)
    refs = re.findall(r'(?:href="|url\()([^")]*)', str(svg))
    assert refs and all(r.startswith("#") for r in refs)


@pytest.mark.parametrize("kind", KINDS)
def test_every_value_has_its_own_text_label(charts, kind):
    svg = soup(charts[kind].html).find("svg")
    assert [t.get_text() for t in svg.select("g.zi-chart__values text")] == LABELS[kind]


@pytest.mark.parametrize("kind", ["bar", "stacked", "progress"])
def test_bars_are_filled_with_patterns_defined_in_the_same_svg(charts, kind):
    svg = soup(charts[kind].html).find("svg")
    patterns = {p["id"] for p in svg.select("defs pattern")}
    used = {re.fullmatch(r"url\(#(.+)\)", r["fill"]).group(1) for r in svg.select("g.zi-chart__bars rect[fill]")}
    assert used and used <= patterns
    series = {"bar": 2, "stacked": 2, "progress": 1}[kind]
    assert len(patterns) == len(used) == series
    # Series differ by pattern, not only by colour: each tile draws something different.
    tiles = {"".join(map(str, p.find_all(recursive=False)[1:])) for p in svg.select("defs pattern")}
    assert len(tiles) == series


@pytest.mark.parametrize("kind", ["bar", "stacked"])
def test_legend_names_each_series_beside_its_pattern(charts, kind):
    svg = soup(charts[kind].html).find("svg")
    legend = svg.select_one("g.zi-chart__legend")
    assert [t.get_text() for t in legend.find_all("text")] == TABLES[kind][0][1:3]
    assert [r["fill"] for r in legend.find_all("rect")] == [f"url(#c-{kind}-p0)", f"url(#c-{kind}-p1)"]


def test_stacked_part_labels_carry_their_pattern(charts):
    svg = soup(charts["stacked"].html).find("svg")
    swatches = svg.select("g.zi-chart__values rect")
    assert [s["fill"][-3:-1] for s in swatches] == ["p0", "p1"] * 4
    assert [t.get_text() for t in svg.select("g.zi-chart__totals text")] == ["11", "15", "0", "7"]


def test_line_series_differ_by_dash_and_marker_shape(charts):
    svg = soup(charts["line"].html).find("svg")
    lines = svg.select("g.zi-chart__lines path")
    assert len(lines) == 2 and lines[0].get("stroke-dasharray") != lines[1].get("stroke-dasharray")
    shapes = {p["id"]: p["d"] for p in svg.select("defs path")}
    marks = svg.select("g.zi-chart__marks use")
    assert len(marks) == 8 and {m["href"][1:] for m in marks} == set(shapes)
    assert len(set(shapes.values())) == 2
    ticks = [t.get_text() for t in svg.select("g.zi-chart__ticks text")]
    assert ticks == ["0", "20", "40", "60", "80", "100"]


def test_line_chart_y_range_is_configurable():
    chart = line_chart("IKM", S[:2], [Series("IKM", [80, 85.1])], "", id_prefix="ikm", decimals=2,
                       y_min=60, y_max=100, y_step=10)
    ticks = [t.get_text() for t in soup(chart.svg).select("g.zi-chart__ticks text")]
    assert ticks == ["60", "70", "80", "90", "100"]
    with pytest.raises(ValueError, match="y range"):
        line_chart("IKM", S[:2], [Series("IKM", [50, 85])], "", id_prefix="ikm", y_min=60, y_max=100)


# ------------------------------------------------------------------ summaries

@pytest.mark.parametrize("kind", KINDS)
def test_neutral_summary_is_generated_from_the_numbers(charts, kind):
    assert charts[kind].summary == SUMMARIES[kind]


def test_neutral_summary_names_highest_and_lowest():
    chart = bar_chart("Pengaduan", ["Triwulan I", "Triwulan II", "Triwulan III"],
                      [Series("Diterima", [12, 15, 0])], "pengaduan", id_prefix="p")
    assert chart.summary == "Nilai tertinggi: Triwulan II (15 pengaduan); terendah: Triwulan III (0)."
    line = line_chart("IKM", S[:3], [Series("IKM", [80, 82.5, 81.25])], "", id_prefix="l", decimals=2)
    assert line.summary == ("Semester I 2026: 81,25, turun 1,25 dari Semester II 2025 (82,50). "
                            "Tertinggi: Semester II 2025 (82,50); terendah: Semester I 2025 (80,00).")
    tie = bar_chart("Pengaduan", ["Januari", "Februari", "Maret"], [Series("Diterima", [4, 4, 1])], "pengaduan",
                    id_prefix="p")
    assert tie.summary == "Nilai tertinggi: Januari dan Februari (4 pengaduan); terendah: Maret (1)."
    flat = bar_chart("Pengaduan", ["Januari", "Februari"], [Series("Diterima", [5, 5])], "pengaduan", id_prefix="p")
    assert flat.summary == "Semua nilai 5 pengaduan."
    one = bar_chart("Pengaduan", ["Triwulan I 2026"], [Series("Diterima", [12]), Series("Selesai", [9])],
                    "pengaduan", id_prefix="p")
    assert one.summary == "Triwulan I 2026: Diterima 12 pengaduan dan Selesai 9."


def test_caller_template_fills_named_fields():
    bar = bar_chart("Pengaduan", ["Triwulan I 2026"], [Series("Diterima", [12]), Series("Selesai", [9])],
                    "pengaduan", id_prefix="p", summary="Pada {category} diterima {v0} {unit}; {v1} selesai ({share1}).")
    assert bar.summary == "Pada Triwulan I 2026 diterima 12 pengaduan; 9 selesai (75 %)."
    stacked = stacked_bar_chart("Status", Q[:2], [Series("Selesai", [9, 1234]), Series("Diproses", [3, 766])],
                                "pengaduan", id_prefix="s",
                                summary="Pada {category} diterima {total} {unit}; {v0} selesai ({share0}).")
    assert stacked.summary == "Pada Triwulan II 2026 diterima 2.000 pengaduan; 1.234 selesai (61,7 %)."
    line = line_chart("IKM", S[:3], [Series("IKM", [80, 82.5, 81.25])], "", id_prefix="l", decimals=2, focus=1,
                      summary="IKM {period}: {v0}, {change0} dari {previous_period}.")
    assert line.summary == "IKM Semester II 2025: 82,50, naik 2,50 dari Semester I 2025."
    progress = progress_chart("Laporan", [Progress("Laporan triwulan", 3, 4)], "laporan", id_prefix="r")
    assert progress.summary == "Tercapai 3 dari 4 laporan (75 %)."
    with pytest.raises(ValueError, match="unknown summary field"):
        bar_chart("X", Q[:1], [Series("A", [1])], "", id_prefix="x", summary="{v0.__class__}")


# ------------------------------------------------------------------ table and figure

@pytest.mark.parametrize("kind", KINDS)
def test_table_beside_the_chart_holds_the_same_numbers(charts, kind):
    chart = charts[kind]
    columns, numbers = TABLES[kind]
    assert list(chart.table.columns) == columns
    assert [list(v) for v in chart.table.values] == numbers
    table = soup(chart.html).select_one("figure > div > table")
    assert text(table.caption).startswith(f"Tabel data: {chart.title}")
    assert [text(th) for th in table.thead.find_all("th")] == columns
    assert all(th["scope"] == "col" for th in table.thead.find_all("th"))
    rows = table.tbody.find_all("tr")
    assert [text(r.th) for r in rows] == [row[0] for row in chart.table.rows]
    assert all(r.th["scope"] == "row" for r in rows)
    assert [[text(td) for td in r.find_all("td")] for r in rows] == [list(row[1:]) for row in chart.table.rows]
    if kind == "progress":
        assert chart.table.rows[0][1:] == ("3", "4", "75 %")


@pytest.mark.parametrize("kind", KINDS)
def test_figure_caption_holds_title_and_summary(charts, kind):
    figure = soup(charts[kind].html).figure
    caption = figure.find(recursive=False)
    assert caption.name == "figcaption"
    assert text(caption.select_one(".zi-chart__title")) == charts[kind].title
    assert text(caption.select_one(".zi-chart__summary")) == charts[kind].summary
    assert "Data contoh" not in figure.get_text()


@pytest.mark.parametrize("kind", KINDS)
def test_sample_data_is_labelled_in_words(kind):
    chart = examples(contoh=True)[kind]
    figure = soup(chart.html).figure
    assert text(figure.figcaption.select_one(".zi-chart__badge")) == "Data contoh"
    assert text(figure.svg.select_one("g.zi-chart__contoh")) == "Data contoh"
    assert figure.svg.desc.string.startswith("Data contoh. ")


def test_html_has_no_blank_or_indented_lines(charts):
    # Pages are Markdown; raw HTML blocks must not hold lines Markdown would read as code or paragraphs.
    for chart in charts.values():
        assert all(line and line == line.strip() for line in str(chart.html).splitlines())
        assert chart.__html__() == str(chart.html)


# ------------------------------------------------------------------ zeros, empty data, bad data

def test_a_zero_is_a_visible_marker_labelled_0(charts):
    svg = soup(charts["bar"].html).find("svg")
    zeros = svg.select("rect.zi-chart__zero")
    assert len(zeros) == 2 and all(float(z["height"]) >= 3 for z in zeros)
    progress = soup(charts["progress"].html).find("svg")
    assert len(progress.select("rect.zi-chart__zero")) == 1


@pytest.mark.parametrize("make", [
    lambda **kw: bar_chart("Gratifikasi 2026", Q, [Series("Laporan", [0, 0, 0, 0])], "laporan", **kw),
    lambda **kw: stacked_bar_chart("Gratifikasi 2026", Q, [Series("Penerimaan", [0] * 4),
                                                           Series("Penolakan", [0] * 4)], "laporan", **kw),
    lambda **kw: line_chart("IKM", S, [Series("IKM", [0] * 4)], "", **kw),
])
def test_all_zero_data_says_so_and_still_draws_every_zero(make):
    chart = make(id_prefix="g")
    assert chart.summary == "Tidak ada data pada periode ini."
    svg = soup(chart.html).find("svg")
    assert {t.get_text() for t in svg.select("g.zi-chart__values text")} == {"0"}
    nihil = "Nihil: tidak ada laporan gratifikasi pada tahun 2026."
    assert make(id_prefix="g", nihil=nihil).summary == nihil


@pytest.mark.parametrize("make", [
    lambda **kw: bar_chart("Pengaduan", [], [], "pengaduan", **kw),
    lambda **kw: stacked_bar_chart("Pengaduan", [], [Series("Selesai", [])], "pengaduan", **kw),
    lambda **kw: line_chart("IKM", [], [Series("IKM", [])], "", **kw),
    lambda **kw: progress_chart("Capaian", [], "aksi", **kw),
])
def test_empty_data_gives_a_sentence_not_a_blank_chart(make):
    chart = make(id_prefix="e", nihil="Belum ada data.")
    page = soup(chart.html)
    assert chart.summary == "Belum ada data."
    assert text(page.svg.select_one("g.zi-chart__nihil")) == "Belum ada data."
    assert page.svg["role"] == "img" and page.find("table") is None


@pytest.mark.parametrize("call", [
    lambda: bar_chart("X", Q[:2], [Series("A", [1, -1])], "", id_prefix="x"),
    lambda: stacked_bar_chart("X", Q[:1], [Series("A", [-0.5])], "", id_prefix="x"),
    lambda: line_chart("X", Q[:1], [Series("A", [-2])], "", id_prefix="x", y_min=-5, y_max=5),
    lambda: progress_chart("X", [Progress("A", -1, 4)], "", id_prefix="x"),
    lambda: progress_chart("X", [Progress("A", 1, 0)], "", id_prefix="x"),
    lambda: bar_chart("X", Q[:2], [Series("A", [1, float("nan")])], "", id_prefix="x"),
    lambda: bar_chart("X", Q[:2], [Series("A", [1])], "", id_prefix="x"),
    lambda: bar_chart("X", Q[:1], [Series("A", [1])], "", id_prefix="1x"),
    lambda: bar_chart("X", Q[:1], [Series("A", [1])], "", id_prefix='x" onload="'),
    lambda: bar_chart("X", Q[:1], [Series(str(i), [1]) for i in range(7)], "", id_prefix="x"),
])
def test_bad_input_raises_value_error(call):
    with pytest.raises(ValueError):
        call()


# ------------------------------------------------------------------ escaping, ids, size

def test_every_label_is_escaped():
    evil = '<script>alert("x")</script>'
    charts = [
        bar_chart(evil, [evil], [Series(evil, [1]), Series("B", [2])], evil, id_prefix="a"),
        stacked_bar_chart(evil, [evil], [Series(evil, [1])], evil, id_prefix="b", total_label=evil),
        line_chart(evil, [evil, "x"], [Series(evil, [1, 2]), Series("B", [2, 1])], evil, id_prefix="c"),
        progress_chart(evil, [Progress(evil, 1, 2)], evil, id_prefix="d", category_label=evil),
    ]
    for chart in charts:
        html = str(chart.html)
        assert "<script" not in html and "&lt;script&gt;" in html
        page = soup(html)
        assert page.find("script") is None
        assert evil in page.svg.title.string and evil in text(page.table)


def test_two_charts_on_a_page_have_unique_ids_and_resolve_their_own_references():
    page = soup("".join(str(c.html) for prefix in ("a", "b") for c in examples(prefix).values()))
    ids = [el["id"] for el in page.select("[id]")]
    assert len(ids) == len(set(ids))
    for figure in page.find_all("figure"):
        own = {el["id"] for el in figure.select("[id]")}
        refs = set(re.findall(r'(?:href="#|url\(#)([^")]+)', str(figure)))
        refs |= {el[a] for a in ("aria-labelledby", "aria-describedby") for el in figure.select(f"[{a}]")}
        assert refs and refs <= own


@pytest.mark.parametrize("kind", KINDS)
def test_a_typical_chart_is_a_few_kib(charts, kind):
    size = len(str(charts[kind].html).encode())
    assert size < 6 * 1024, size


# ------------------------------------------------------------------ real browser

def _page(scheme: str = "default") -> str:
    import material as material_theme  # wherever it is installed, not only in ./.venv

    stylesheets = Path(material_theme.__file__).parent / "templates/assets/stylesheets"
    material = sorted(stylesheets.glob("*.min.css"))
    assert material, stylesheets
    css = [p.read_text(encoding="utf-8") for p in material]
    css += [(ROOT / "generator/zisite/theme/assets" / name).read_text(encoding="utf-8") for name in ("zi.css", "charts.css")]
    figures = [*examples(contoh=True).values(),
               bar_chart("Gratifikasi 2026", Q, [Series("Laporan", [0, 0, 0, 0])], "laporan", id_prefix="nihil",
                         nihil="Nihil: tidak ada laporan gratifikasi pada tahun 2026."),
               stacked_bar_chart("Status pengaduan (enam bagian)", Q,
                                 [Series(f"Bagian {i + 1}", [i, 2 * i, 0, 1]) for i in range(6)], "pengaduan",
                                 id_prefix="six")]
    styles = "".join(f"<style>{c}</style>" for c in css)
    body = "\n".join(str(c.html) for c in figures)
    return (f'<!doctype html><html lang="id"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1"><title>Grafik</title>{styles}</head>'
            f'<body data-md-color-scheme="{scheme}" data-md-color-primary="custom" data-md-color-accent="custom">'
            f'<a href="#isi">Langsung ke isi</a><main id="isi" class="md-content">'
            f'<article class="md-content__inner md-typeset"><h1>Grafik</h1>{body}</article></main></body></html>')


@pytest.mark.browser
@pytest.mark.slow
def test_axe_finds_nothing_and_charts_fit_320px(tmp_path, browser):
    """Also leaves screenshots (light, dark, forced colours, 320 px, print) to look at: in
    $ZI_CHART_SHOTS if set, else in the test's tmp_path."""
    shots = Path(os.environ.get("ZI_CHART_SHOTS") or tmp_path)
    chromium, axe = Path("/usr/bin/chromium"), ROOT / "node_modules/axe-core/axe.min.js"
    if not chromium.exists() or not axe.is_file():
        pytest.fail("needs Debian's chromium and node_modules/axe-core: run ./dev test")
    tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
    for name, width, scheme, media in [("light", 1280, "light", {}), ("dark", 1280, "dark", {}),
                                       ("forced", 1280, "light", {"forced_colors": "active"}),
                                       ("narrow", 320, "light", {}), ("print", 1000, "light", {"media": "print"})]:
        context = browser.new_context(viewport={"width": width, "height": 900}, color_scheme=scheme)
        page = context.new_page()
        requests = []
        page.on("request", lambda r: requests.append(r.url))
        page.set_content(_page("slate" if scheme == "dark" else "default"))
        if media:
            page.emulate_media(**media)
        page.screenshot(path=str(shots / f"charts-{name}.png"), full_page=True)
        assert requests == []  # nothing fetched: no fonts, no images, no scripts
        if name == "narrow":
            assert page.evaluate("document.documentElement.scrollWidth") <= width
        if name in ("light", "dark", "forced", "narrow"):
            page.add_script_tag(path=str(axe))
            # resultTypes: every rule still runs; only passing nodes go undescribed (no test reads them)
            result = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags},"
                                   " resultTypes: ['violations']})", tags)
            assert [(v["id"], [n["target"] for n in v["nodes"]]) for v in result["violations"]] == []
        context.close()


def test_noted_values_show_their_words_and_a_nihil_draws_no_zero_bar():
    chart = bar_chart("Laporan gratifikasi 2026", Q[:3], [Series("Penerimaan", [0, 3, 0])], "laporan",
                      id_prefix="n-bar", notes={(0, 0): "nihil", (0, 1): "sekitar 3"})
    svg = BeautifulSoup(str(chart.svg), "html.parser")
    assert [t.get_text() for t in svg.select("text") if t.get_text() in ("nihil", "sekitar 3", "0")] == [
        "nihil", "sekitar 3", "0"]
    assert len(svg.select("rect.zi-chart__zero")) == 1  # Triwulan III's written 0, not the nihil
    assert [row[1] for row in chart.table.rows] == ["nihil", "sekitar 3", "0"]
    assert chart.table.values == ((0,), (3,), (0,))  # the numbers stay numbers
    assert "sekitar 3" in chart.summary


def test_extremes_use_a_noted_word_only_when_every_category_at_that_value_shares_it():
    chart = bar_chart("Laporan", Q[:3], [Series("Laporan", [0, 2, 0])], "laporan", id_prefix="n-mixed",
                      notes={(0, 0): "nihil"})
    assert chart.summary.endswith("(0).")
    chart = bar_chart("Laporan", Q[:3], [Series("Laporan", [0, 2, 0])], "laporan", id_prefix="n-all",
                      notes={(0, 0): "nihil", (0, 2): "nihil"})
    assert chart.summary.endswith("(nihil).")
