"""The open data page (page type ``data``): every dataset the office publishes is listed, each link
downloads a file that was built, and no built dataset is left unlisted."""

from __future__ import annotations


import pytest
from helpers import page_soup as soup

OFFICES = ("sigi", "banggai-kepulauan")


@pytest.mark.parametrize("office", OFFICES)
def test_every_built_dataset_is_listed_and_every_link_downloads_it(site_dir, office):
    page = soup(site_dir, f"{office}/data/index.html")
    assert page.find("h1").get_text(strip=True).startswith("Data Terbuka KPU Kabupaten")
    linked = {a["href"] for a in page.select("article a[href]") if not a["href"].startswith(("http", "#"))}
    built = {p.name for p in (site_dir / office / "data").iterdir() if p.suffix in (".csv", ".json", ".yaml")}
    assert linked == built
    assert all((site_dir / office / "data" / name).stat().st_size > 0 for name in linked)


def test_the_table_of_files_names_each_dataset_in_a_row_header(site_dir):
    table = soup(site_dir, "sigi/data/index.html").select_one("table.zi-summary")
    assert table.caption.get_text(strip=True) == "Berkas data yang tersedia"
    rows = [" ".join(th.get_text().split()) for th in table.select("tbody th[scope=row]")]
    assert rows[0] == "Rencana Aksi 2026"
    datasets = {p.stem for p in (site_dir / "sigi" / "data").glob("*.csv")}
    assert len(rows) == len(datasets) >= 9  # one row per dataset: the plan, statistics, realisasi, status
    assert any("(data contoh)" in row for row in rows)  # sample data says so where it is offered
