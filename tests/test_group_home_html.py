"""The group home page (page type ``beranda-grup``): every office of the group, reachable in one link,
with its plans; only a group site has it."""

from __future__ import annotations

from helpers import page_soup as soup


def test_group_home_lists_every_office_and_its_plans(site_dir):
    home = soup(site_dir, "index.html")
    assert home.find("h1").get_text(strip=True) == "Zona Integritas KPU di Sulawesi Tengah"
    offices = home.select_one("h2#kantor").find_next("ul")
    links = {" ".join(a.get_text().split()): a["href"] for a in offices.select("a")}
    assert links == {"Komisi Pemilihan Umum Kabupaten Banggai Kepulauan": "banggai-kepulauan/",
                     "rencana aksi 2025 KPU Kabupaten Banggai Kepulauan": "banggai-kepulauan/rencana-aksi/2025/",
                     "Komisi Pemilihan Umum Kabupaten Sigi": "sigi/",
                     "rencana aksi 2026 KPU Kabupaten Sigi": "sigi/rencana-aksi/2026/"}
    for href in links.values():
        assert (site_dir / href / "index.html").is_file(), href


def test_group_home_links_every_office_gratifikasi_page(site_dir):
    section = soup(site_dir, "index.html").select_one("h2#gratifikasi").find_next("ul")
    assert [a["href"] for a in section.select("a")] == ["banggai-kepulauan/gratifikasi/", "sigi/gratifikasi/"]
