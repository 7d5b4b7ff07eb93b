"""Statistics on the public pages: charts with summaries and tables, sample data said in words,
nihil periods published as such, open data that validates."""

from __future__ import annotations

import json

import pytest

from helpers import run_cli, page_soup as soup


def text(node) -> str:
    return " ".join(node.get_text(" ").split())


@pytest.mark.parametrize("office", ["banggai-kepulauan", "sigi"])
@pytest.mark.parametrize("page", ["pengaduan", "gratifikasi", "wbs", "survei"])
def test_every_chart_is_named_summarised_tabled_and_marked_sample(site_dir, office, page):
    html = soup(site_dir, f"{office}/{page}/index.html")
    figures = html.select("article figure")
    assert figures, page
    for figure in figures:
        svg = figure.find("svg")
        assert svg["role"] == "img"
        title = svg.find(id=svg["aria-labelledby"].split()[0])
        assert title is not None and text(title)
        assert text(figure.find("figcaption"))
        assert figure.find("table") is not None or "Tidak ada" in text(figure)
        assert "Data contoh" in text(figure)
    assert html.select_one(".zi-contoh") is not None and "Data contoh" in text(html.select_one(".zi-contoh"))


def test_nihil_gratuity_periods_are_published_as_nihil(site_dir):
    body = text(soup(site_dir, "banggai-kepulauan/gratifikasi/index.html").find("article"))
    assert "Nihil: tidak ada laporan gratifikasi pada Triwulan I 2025." in body
    assert "Nihil: tidak ada laporan gratifikasi pada Triwulan II 2025." in body


def test_quarter_without_complaints_is_said_plainly(site_dir):
    html = soup(site_dir, "sigi/pengaduan/index.html")
    assert text(html.select_one(".zi-lead-figure")) == "Tidak ada pengaduan yang diterima pada Triwulan III 2026."
    table = html.select("article figure table")[0]
    rows = {text(tr.th): [text(td) for td in tr.select("td")] for tr in table.select("tbody tr")}
    assert rows["Triwulan III 2026"] == ["0"]


def test_survey_page_shows_ikm_with_grade_for_both_input_forms(site_dir):
    html = soup(site_dir, "sigi/survei/index.html")
    table = html.select_one("table.zi-skm")
    heads = [text(th) for th in table.thead.select("th")]
    assert heads == ["Unsur pelayanan", "Triwulan I 2026", "Triwulan II 2026"]  # NRR given, then raw answers
    foot = {text(tr.th): [text(td) for td in tr.select("td")] for tr in table.tfoot.select("tr")}
    assert foot["IKM"] == ["82,22", "83,47"]
    assert foot["Mutu pelayanan"] == ["B (Baik)", "B (Baik)"]
    assert len(table.tbody.select("tr")) == 9
    assert "rata-rata nilai unsur SPAK pada skala 1–4" in text(html.find("article"))


def test_office_home_and_group_overview_show_latest_figures(site_dir):
    home = soup(site_dir, "sigi/index.html")
    items = [" ".join(li.get_text("").split()) for li in home.select(".zi-figures li")]
    assert any(i.startswith("Survei Kepuasan dan Persepsi Anti Korupsi: Indeks Kepuasan Masyarakat (IKM) Triwulan II 2026: 83,47 (mutu B") for i in items)
    assert all("(data contoh)" in i for i in items)
    group = soup(site_dir, "index.html")
    table = group.select("table.zi-compare")[-1]
    rows = {text(tr.th): [text(td) for td in tr.select("td")] for tr in table.select("tbody tr")}
    # Sigi's recaps cover Triwulan I–III: the figures say so, not "(2026)" as if the year were complete
    assert rows["KPU Kabupaten Sigi"] == ["8 (Triwulan I–III 2026)", "2 (Triwulan I–III 2026)", "1 (Triwulan I–III 2026)",
                                          "83,47 B (Triwulan II 2026)", "ya"]
    assert rows["KPU Kabupaten Banggai Kepulauan"][:3] == ["12 (2025)", "2 (2025)", "2 (2025)"]


def test_statistics_open_data_validates(site_dir):
    frictionless = pytest.importorskip("frictionless")
    package = site_dir / "sigi/data/datapackage.json"
    report = frictionless.validate(str(package))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    descriptor = json.loads(package.read_text(encoding="utf-8"))
    names = [r["name"] for r in descriptor["resources"]]
    assert names == ["rencana-aksi-2026", "pengaduan", "gratifikasi", "wbs", "wbs-dim", "survei", "ipak",
                     "realisasi", "monev-status"]
    survei = next(r for r in descriptor["resources"] if r["name"] == "survei")
    fields = [f["name"] for f in survei["schema"]["fields"]]
    assert {"periode", "responden", *(f"u{i}" for i in range(1, 10)), "ikm", "mutu"} <= set(fields)
    rows = list(frictionless.Package(str(package)).get_resource("survei").read_rows())
    assert [(r["periode"], float(r["ikm"]), r["mutu"]) for r in rows] == [("Triwulan I", 82.22, "B"), ("Triwulan II", 83.47, "B")]
    assert json.loads((site_dir / "sigi/data/gratifikasi.json").read_text(encoding="utf-8"))[0]["nihil"] is True


def test_check_summarises_statistics_files():
    result = run_cli("check")
    assert ("content/offices/sigi/statistik/survei/2026.yaml: Survei KPU Kabupaten Sigi 2026 (data contoh): "
            "2 periode SKM, 1 periode SPAK") in result.out.splitlines()
    report = json.loads(run_cli("check", "--format", "json").out)
    kinds = sorted((s["kantor"], s["jenis"]) for s in report["statistik"])
    assert kinds == sorted((o, k) for o in ("banggai-kepulauan", "sigi") for k in ("pengaduan", "gratifikasi", "wbs", "survei"))
