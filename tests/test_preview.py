"""`zisite pratinjau`: a copy of the built site whose every link names a file, so a pull-request
preview opened from disk shows pages, never a folder listing. The built site is not touched."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from helpers import run_main
from zisite.preview import file_url

_URL = re.compile(r'\s(?:href|src)="([^"]*)"')


@pytest.mark.parametrize(("url", "expected"), [
    ("../kontak/", "../kontak/index.html"),
    ("../kontak/#saluran", "../kontak/index.html#saluran"),
    ("kontak/?q=1", "kontak/index.html?q=1"),
    ("./", "./index.html"), (".", "./index.html"), ("..", "../index.html"), ("../..", "../../index.html"),
    ("../../assets/zi.css", "../../assets/zi.css"),
    ("#isi", "#isi"), ("", ""),
    ("https://kpu.go.id/", "https://kpu.go.id/"), ("mailto:a@kpu.go.id", "mailto:a@kpu.go.id"),
    ("//cdn.example/", "//cdn.example/"), ("/akar/", "/akar/"),
])
def test_file_url(url, expected):
    assert file_url(url) == expected


@pytest.fixture(scope="module")
def preview(site_dir, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("pratinjau") / "pratinjau"
    result = run_main("pratinjau", str(site_dir), str(out))
    assert result.code == 0, result.err
    assert result.out.startswith(f"Pratinjau {sum(1 for _ in site_dir.rglob('*.html'))} halaman ditulis di ")
    return out


def test_every_link_of_every_preview_page_opens_a_file(preview):
    # 404.html is what a server answers for a missing address; its links are root-relative on purpose.
    pages = sorted(p for p in preview.rglob("*.html") if p.name != "404.html")
    assert len(pages) > 20
    unresolved = []
    for page in pages:
        for url in _URL.findall(page.read_text(encoding="utf-8")):
            if not url or url.startswith("#") or re.match(r"[a-z][a-z0-9+.-]*:|//", url):
                continue
            target = (page.parent / re.split(r"[#?]", url)[0]).resolve()
            if not target.is_file():
                unresolved.append(f"{page.relative_to(preview)}: {url}")
    assert unresolved == []


def test_the_built_site_is_left_as_it_was(site_dir, preview):
    home = (site_dir / "index.html").read_text(encoding="utf-8")
    assert 'href="sigi/"' in home or "sigi/" in home
    assert "sigi/index.html" not in home
    assert (preview / "index.html").read_text(encoding="utf-8") != home


def test_refuses_a_folder_that_is_not_a_site_and_an_existing_target(tmp_path, site_dir):
    result = run_main("pratinjau", str(tmp_path), str(tmp_path / "keluar"))
    assert result.code == 2 and "bukan folder situs hasil bangunan" in result.err
    assert not (tmp_path / "keluar").exists()
    (tmp_path / "ada").mkdir()
    (tmp_path / "ada/berkas.txt").write_text("milik staf", encoding="utf-8")
    result = run_main("pratinjau", str(site_dir), str(tmp_path / "ada"))
    assert result.code == 2 and "sudah ada" in result.err
    assert (tmp_path / "ada/berkas.txt").read_text(encoding="utf-8") == "milik staf"
