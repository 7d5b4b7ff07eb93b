"""The Monev pages, the plan page's Pemantauan column and the group overview, as built on 1 July 2026."""

from __future__ import annotations

import csv
import io
import os
import subprocess
from datetime import datetime, timezone

from bs4 import BeautifulSoup

from helpers import ROOT, run_cli


def soup(site_dir, path: str) -> BeautifulSoup:
    return BeautifulSoup((site_dir / path / "index.html").read_text(encoding="utf-8"), "html.parser")


def article(site_dir, path: str):
    return soup(site_dir, path).select_one("article")


def test_sigi_monev_page_status_counts_and_sample_label(site_dir):
    page = article(site_dir, "sigi/monev")
    assert page.h1.get_text(strip=True) == "Monev Rencana Aksi KPU Kabupaten Sigi"
    assert "Data contoh" in page.select_one(".zi-sample").get_text()
    table = page.select_one("table.zi-status-table")
    assert table.caption.get_text(strip=True) == "Status 65 baris rencana aksi 2026 pada 1 Juli 2026"
    counts = {tr.th.get_text(strip=True): int(tr.td.get_text()) for tr in table.select("tbody tr")}
    assert counts == {"selesai": 21, "sesuai jadwal": 24, "terlambat": 4, "belum jatuh tempo": 15,
                      "terikat tahapan": 0, "dibatalkan": 1, "tidak terjadwal": 0}


def test_late_rows_first_with_due_dates_linking_to_the_plan_rows(site_dir):
    page = article(site_dir, "sigi/monev")
    rows = page.select("table.zi-monev-late tbody tr")
    got = [(tr.th.get_text(strip=True).split(":")[0].removeprefix("Baris "), tr.select("td")[0].get_text(strip=True))
           for tr in rows]
    assert got == [("2.1.1.1", "Februari 2026"), ("5.3.3.1", "Februari 2026"), ("2.1.3.1", "Juni 2026"),
                   ("5.4.2.1", "Juni 2026")]
    assert rows[2].select("td")[1].get_text(strip=True) == "1 dari 4 Laporan"
    plan = soup(site_dir, "sigi/rencana-aksi/2026")
    for tr in rows:
        href = tr.th.a["href"]
        assert href.startswith("../rencana-aksi/2026/#")
        cell = plan.find(id=href.split("#")[1])
        assert cell is not None and cell.name == "th", href
        status = cell.find_parent("tr").select_one("td.zi-pemantauan .zi-status").get_text()
        assert status == "terlambat"


def test_calendar_is_a_table_month_by_month(site_dir):
    table = article(site_dir, "sigi/monev").select_one("table.zi-monev-calendar")
    months = [th.get_text(strip=True) for th in table.select("tbody th[scope=row]")]
    assert months == [f"{m} 2026" for m in ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
                                            "Agustus", "September", "Oktober", "November", "Desember")]
    june = table.select("tbody tr")[5]
    assert "1.3.2.2" in june.get_text() and "sesuai jadwal" in june.get_text()
    assert [th.get_text() for th in table.select("thead th")] == ["Bulan", "Baris", "Jatuh tempo"]


def test_charts_have_text_and_tables(site_dir):
    page = article(site_dir, "sigi/monev")
    figures = page.select("figure.zi-chart--progress")
    assert len(figures) == 2
    for figure in figures:
        assert figure.select_one("svg[role=img] title").get_text()
        assert figure.select_one("table caption")
        assert "Data contoh" in figure.figcaption.get_text()
    levers = [tr.th.get_text(strip=True) for tr in figures[1].select("tbody tr")]
    assert levers[0] == "Manajemen Perubahan" and len(levers) == 6


def test_evidence_links_resolve_to_published_files(site_dir):
    page = article(site_dir, "sigi/monev")
    links = page.select("#monev-2026-bukti ~ ul a[href]:not([href*='#'])")
    files = [a["href"] for a in links if not a["href"].startswith("http")]
    assert files == ["../bukti/2026/contoh-notulen-monev-triwulan-1.pdf",
                     "../bukti/2026/contoh-notulen-monev-triwulan-2.pdf"]
    for href in files:
        assert (site_dir / "sigi" / href.removeprefix("../")).read_bytes().startswith(b"%PDF")
    external = [a for a in links if a["href"].startswith("http")]
    assert [a["href"] for a in external] == ["http://jdih.go.id/sulteng/sigi"]
    assert "membuka situs lain" in external[0].get_text()


def test_last_updated_comes_from_git(site_dir):
    page = article(site_dir, "sigi/monev")
    facts = {dt.get_text(): dd.get_text() for dt, dd in zip(page.select(".zi-facts dt"), page.select(".zi-facts dd"))}
    assert facts["Keadaan pada"] == "1 Juli 2026"
    stamp = subprocess.run(["git", "-C", str(ROOT), "log", "-1", "--format=%ct", "--", "plans/sigi", "content/offices/sigi"],
                           capture_output=True, text=True).stdout.strip()
    if stamp:  # a clean clone has history; an uncommitted working copy shows file times instead
        when = datetime.fromtimestamp(int(stamp), tz=timezone.utc).date()
        months = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
                  "Oktober", "November", "Desember")
        expected = f"{when.day} {months[when.month - 1]} {when.year}"
        assert facts["Terakhir diperbarui"].startswith(expected)


def test_finished_plan_shows_a_final_result(site_dir):
    page = article(site_dir, "banggai-kepulauan/monev")
    assert "Tahun 2025 telah berakhir: angka di bawah ini adalah hasil akhir" in page.get_text()
    counts = {tr.th.get_text(strip=True): int(tr.td.get_text())
              for tr in page.select("table.zi-status-table tbody tr")}
    assert counts["terikat tahapan"] == 2 and counts["sesuai jadwal"] == 0 and counts["belum jatuh tempo"] == 0
    waiting = page.select_one("#monev-2025-tanpa-tempo ~ ul").get_text()
    assert "6.3.1.1" in waiting and "terikat tahapan" in waiting


def test_plan_page_shows_status_evidence_and_code_per_row(site_dir):
    plan = article(site_dir, "sigi/rencana-aksi/2026")
    tables = plan.select("table.zi-plan")
    for table in tables:
        assert table.select("thead th")[-1].get_text() == "Pemantauan"
    cells = plan.select("td.zi-pemantauan")
    assert len(cells) == 65
    assert all(c.select_one(".zi-status") for c in cells)
    row = plan.find(id="b1-k3-a2-r2").find_parent("tr")
    cell = row.select_one("td.zi-pemantauan")
    text = cell.get_text(" ", strip=True)
    assert "sesuai jadwal" in text and "Capaian: 2 dari 4 Kegiatan" in text and "Kode baris 1.3.2.2" in text
    assert [a["href"] for a in cell.select("a")] == ["../../bukti/2026/contoh-notulen-monev-triwulan-1.pdf",
                                                     "../../bukti/2026/contoh-notulen-monev-triwulan-2.pdf"]
    assert list(cell["headers"]) == ["b1-h-pemantauan", "b1-k3-a2-r2"]


def test_group_overview_compares_offices_by_lever(site_dir):
    home = soup(site_dir, "").select_one("article")
    table = home.select_one("#kemajuan ~ table")
    # Each row header links the office's Monev page, seen as the office name and named for screen readers "…: Monev".
    assert {tr.th.get_text(strip=True) for tr in table.select("tbody tr")} == {
        "KPU Kabupaten Sigi: Monev", "KPU Kabupaten Banggai Kepulauan: Monev"}
    rows = {tr.th.a.contents[0].strip(): [td.get_text(strip=True) for td in tr.select("td")] for tr in table.select("tbody tr")}
    assert set(rows) == {"KPU Kabupaten Sigi", "KPU Kabupaten Banggai Kepulauan"}
    assert rows["KPU Kabupaten Sigi"][0] == "2026" and rows["KPU Kabupaten Sigi"][-1] == "ya"
    assert rows["KPU Kabupaten Banggai Kepulauan"][2] == "—"  # no Penataan Tatalaksana area in that plan
    assert all("dari" in cell for cell in rows["KPU Kabupaten Sigi"][1:-1])


def test_open_data_has_realisasi_and_status(site_dir):
    data = site_dir / "sigi" / "data"
    status = list(csv.DictReader(io.StringIO((data / "monev-status.csv").read_text(encoding="utf-8"))))
    assert len(status) == 65
    late = [r["baris"] for r in status if r["status"] == "terlambat"]
    assert late == ["2.1.1.1", "2.1.3.1", "5.3.3.1", "5.4.2.1"]
    assert {r["tanggal_penilaian"] for r in status} == {"2026-07-01"} and {r["contoh"] for r in status} == {"true"}
    realisasi = list(csv.DictReader(io.StringIO((data / "realisasi.csv").read_text(encoding="utf-8"))))
    assert any(r["bukti"] == "../bukti/2026/contoh-notulen-monev-triwulan-1.pdf"[3:] or
               r["bukti"].endswith("bukti/2026/contoh-notulen-monev-triwulan-1.pdf") for r in realisasi)
    assert [r for r in realisasi if r["status"] == "batal"][0]["alasan"].startswith("Data contoh")


def test_build_date_from_the_command_line_or_source_date_epoch(tmp_path):
    """`--date` and SOURCE_DATE_EPOCH give the same page: builds are reproducible."""
    first = tmp_path / "a"
    result = run_cli("build", "--office", "sigi", "--date", "2026-07-01", "--site-dir", str(first), cwd=ROOT)
    assert result.code == 0, result.err
    epoch = int(datetime(2026, 7, 1, 12, tzinfo=timezone.utc).timestamp())
    second = tmp_path / "b"
    result = run_cli("build", "--office", "sigi", "--site-dir", str(second), cwd=ROOT,
                     env={**os.environ, "SOURCE_DATE_EPOCH": str(epoch)})
    assert result.code == 0, result.err
    a = (first / "monev" / "index.html").read_text(encoding="utf-8")
    assert "1 Juli 2026" in a
    assert a == (second / "monev" / "index.html").read_text(encoding="utf-8")
    bad = run_cli("build", "--date", "1-7-2026", cwd=ROOT)
    assert bad.code == 2 and "bukan tanggal TTTT-BB-HH" in bad.err
