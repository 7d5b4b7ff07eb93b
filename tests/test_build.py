"""The MkDocs adapter and the engine-free core: refusal on bad data, single-office builds, purity."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time

import pytest

from helpers import ROOT, build_site
from waitkit import Lines


def test_core_never_imports_mkdocs():
    code = ("import sys, zisite.load.discover, zisite.render, zisite.cli, zisite.models.schema; "
            "from zisite.load import load_project; from zisite.render import render_site, SiteOptions; "
            f"render_site(load_project({str(ROOT)!r}), SiteOptions()); "
            "print(sorted(m for m in sys.modules if m.split('.')[0] == 'mkdocs'))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_checking_data_never_imports_the_render_stage():
    """Data flows one way: `zisite check` (the CLI and the loader with every check) needs nothing
    from rendering, building or publishing."""
    code = ("import sys, zisite.cli; from zisite.load import load_project; "
            f"load_project({str(ROOT)!r}); "
            "print(sorted({m.split('.')[1] for m in sys.modules if m.startswith('zisite.')} & "
            "{'render', 'build', 'deploy', 'scaffold'}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def _copy_example(tmp_path):
    tmp_path.mkdir(parents=True)
    for name in ("mkdocs.yml", "plans", "content"):
        src = ROOT / name
        (shutil.copytree if src.is_dir() else shutil.copy)(src, tmp_path / name)
    return tmp_path


def test_invalid_data_stops_the_build_and_keeps_the_published_site(tmp_path):
    project = _copy_example(tmp_path / "repo")
    site = tmp_path / "published"
    site.mkdir()
    (site / "index.html").write_text("situs lama", encoding="utf-8")
    plan = project / "plans/sigi/2026.yaml"
    text = plan.read_text(encoding="utf-8")
    assert "target_waktu:" in text
    plan.write_text(text.replace("target_waktu:", "target_wakt:", 1), encoding="utf-8")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    proc = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-f", str(project / "mkdocs.yml"), "-d", str(site)],
                          capture_output=True, text=True, env=env)
    output = proc.stdout + proc.stderr
    assert proc.returncode == 1
    assert "galat: kunci 'target_wakt' tidak dikenal; maksud Anda 'target_waktu'?" in output
    assert "situs tidak dibangun" in output
    assert "Traceback" not in output
    assert [p.name for p in site.iterdir()] == ["index.html"]
    assert (site / "index.html").read_text(encoding="utf-8") == "situs lama"


def test_single_office_build_puts_the_office_at_the_root(tmp_path):
    project = _copy_example(tmp_path / "repo")
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        "title: Zona Integritas KPU di Sulawesi Tengah", "title: Zona Integritas KPU di Sulawesi Tengah\n      office: sigi"),
        encoding="utf-8")
    site = build_site(tmp_path / "site", config=config)
    assert (site / "rencana-aksi/2026/index.html").is_file()
    assert (site / "data/datapackage.json").is_file()
    assert not (site / "banggai-kepulauan").exists()
    assert "KPU Kabupaten Sigi" in (site / "index.html").read_text(encoding="utf-8")


def test_open_data_package_validates(site_dir):
    frictionless = pytest.importorskip("frictionless")
    for office, rows in (("sigi", 65), ("banggai-kepulauan", 39)):
        package = site_dir / office / "data" / "datapackage.json"
        report = frictionless.validate(str(package))
        assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
        descriptor = json.loads(package.read_text(encoding="utf-8"))
        resource = frictionless.Package(str(package)).get_resource(descriptor["resources"][0]["name"])
        assert len(resource.read_rows()) == rows


def test_plan_json_keeps_verbatim_text_and_parsed_forms(site_dir):
    data = json.loads((site_dir / "banggai-kepulauan/data/rencana-aksi-2025.json").read_text(encoding="utf-8"))
    assert data["rencana_aksi"]["pengesahan"] == {"tempat": "Salakan", "tanggal": "2025-10-31", "teks": "Salakan, 31 Oktober 2025"}
    spip = next(r for r in data["baris"] if r["target_waktu"] == "Oktober 2025 | Setiap bulan")
    assert spip["jenis_jadwal"] == "bulan | berulang"
    assert spip["jumlah_target"] == "1 | 1" and spip["satuan_target"] == "Kegiatan | Dokumen"
    yaml_copy = (site_dir / "banggai-kepulauan/data/rencana-aksi-2025.yaml").read_bytes()
    assert yaml_copy == (ROOT / "plans/banggai-kepulauan/2025.yaml").read_bytes()


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _start_serve(project, attempts: int = 3):
    """`zisite serve` on a free port once it says it is serving: (process, base URL, its output)."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    for _ in range(attempts):
        port = _free_port()
        server = subprocess.Popen([sys.executable, "-m", "zisite", "serve", "--config", "mkdocs.yml",
                                   "--dev-addr", f"127.0.0.1:{port}"], cwd=project, env=env, text=True,
                                  stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        output = Lines(server.stdout)
        if output.wait_for(lambda line: f"menyajikan situs di http://127.0.0.1:{port}/" in line, timeout=120):
            return server, f"http://127.0.0.1:{port}/", output
        server.kill()
        server.wait(timeout=10)
        if "sudah dipakai" not in output.text:  # another test took the port: try another
            break
    pytest.fail(f"zisite serve did not start:\n{output.text}")


def test_serve_rebuilds_when_data_changes(tmp_path):
    """`zisite serve` picks up an edit under plans/ or content/ without a restart."""
    import re
    import urllib.request

    project = _copy_example(tmp_path / "repo")
    server, url, output = _start_serve(project)

    def fetch(path: str, timeout: float = 30) -> str:
        with urllib.request.urlopen(url + path, timeout=timeout) as response:
            return response.read().decode("utf-8")

    try:
        html = fetch("sigi/")
        assert "KPU Kabupaten Sigi" in html
        office = project / "content/offices/sigi/office.yaml"
        edited = office.with_suffix(".tmp")
        edited.write_text(office.read_text(encoding="utf-8").replace(
            "nama_singkat: KPU Kabupaten Sigi", "nama_singkat: KPU Kab. Sigi Diperbarui"), encoding="utf-8")
        edited.replace(office)  # whole, as an editor saves: no build sees half a file
        # Each served page names the build it shows; /livereload/<that build>/… answers as soon as a
        # newer build is served (the signal that reloads a reader's browser), or after 60 s anyway.
        deadline = time.monotonic() + 120
        while "KPU Kab. Sigi Diperbarui" not in html and time.monotonic() < deadline:
            build = re.search(r'<script src="/_zisite/livereload/(\d+)/\d+\.js">', html)
            assert build, "the served page has no livereload script"
            fetch(f"livereload/{build[1]}/0", timeout=90)
            html = fetch("sigi/")
        assert "KPU Kab. Sigi Diperbarui" in html, output.text
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_large_group_site_keeps_offices_out_of_the_site_nav(large_group_site):
    """Above nav_offices_max offices, every page no longer carries every office's links."""
    from bs4 import BeautifulSoup

    site = large_group_site  # built with --strict: no page may be "not in nav" by accident
    page = BeautifulSoup((site / "sigi/rencana-aksi/2026/index.html").read_text(encoding="utf-8"), "html.parser")
    assert [n.get("aria-label") for n in page.select("nav")] == ["Menu situs"]  # one nav, outside <main>
    primary = page.select_one("nav.zi-nav")
    assert primary.find_parent("main") is None and "Banggai" not in primary.get_text()
    assert page.select_one("main nav") is None
    section = next(s for s in primary.select(".zi-nav__section")
                   if s.select_one(".zi-nav__heading").get_text() == "KPU Kabupaten Sigi")
    links = [(a.get_text(), a["href"], a.get("aria-current")) for a in section.select(":scope > ul > li > a")]
    assert links[:4] == [("Beranda kantor", "../../", None), ("Zona Integritas", "../../zona-integritas/", None),
                         ("Rencana Aksi 2026", "./", "page"), ("Monev", "../../monev/", None)]
    assert ("Data Terbuka", "../../data/", None) in links
    assert len(links) == len(list((site / "sigi").rglob("index.html")))  # every page of the office, none else
    assert page.title.get_text().startswith("Rencana Aksi 2026 – KPU Kabupaten Sigi – ")
    home = BeautifulSoup((site / "index.html").read_text(encoding="utf-8"), "html.parser")
    assert {a["href"] for a in home.select("article a")} >= {"banggai-kepulauan/", "sigi/"}
