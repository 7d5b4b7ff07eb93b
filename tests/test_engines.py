"""Engines as adapters over one build: Zensical gives MkDocs' pages, options travel explicitly.

The Zensical build is compared with the MkDocs build's recorded files and plan tables
(``tests/golden/``), so both engines are held to the same output.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup

import test_csp
import test_plan_page_html
from helpers import EXAMPLE_DATE, ROOT, run_cli
from test_example_golden import GOLDEN, built_files, plan_tables
from zisite.build import (BuildOptionError, BuildOptions, build_site, page_source, parse_build_date,
                          resolve_build_date)
from zisite.engines.office_config import with_zisite_options
from zisite.load import load_project

ZENSICAL_OWN = {"search.json"}
"""Zensical's search index (MkDocs' is under search/, which the golden list leaves out too)."""
NOT_A_CORE_PAGE = {"404.html"}
"""The engine's own error page: no core page, so no footer under either engine."""


def _clean_env(**extra: str) -> dict:
    """The environment with no ZISITE_* variable: options must arrive as options."""
    return {**{k: v for k, v in os.environ.items() if not k.startswith("ZISITE_")}, "NO_MKDOCS_2_WARNING": "1", **extra}


@pytest.fixture(scope="module")
def zensical_site(tmp_path_factory) -> Path:
    pytest.importorskip("zensical")
    site = tmp_path_factory.mktemp("zensical") / "site"
    result = run_cli("build", "--engine", "zensical", "--site-dir", str(site), "--date", EXAMPLE_DATE,
                     cwd=ROOT, env=_clean_env())
    assert result.code == 0, result.out + result.err
    return site


def _pages(site: Path) -> list[Path]:
    return sorted(p for p in site.rglob("*.html") if not p.relative_to(site).as_posix().startswith("assets/"))


def test_zensical_builds_the_same_files_as_mkdocs(zensical_site):
    files = [f for f in built_files(zensical_site) if f not in ZENSICAL_OWN]
    assert files == (GOLDEN / "example-files.txt").read_text(encoding="utf-8").splitlines()


def test_zensical_plan_tables_match_mkdocs_cell_for_cell(zensical_site):
    assert plan_tables(zensical_site) == (GOLDEN / "plan-tables.txt").read_text(encoding="utf-8").splitlines()


@pytest.mark.parametrize("key", list(test_plan_page_html.PLAN_PAGES))
def test_every_seed_cell_is_on_the_zensical_plan_page(zensical_site, key):
    test_plan_page_html.test_every_cell_of_the_plan_is_on_its_page(zensical_site, load_project(ROOT), key)


def test_every_zensical_page_is_indonesian_with_the_badge_and_footer(zensical_site):
    pages = _pages(zensical_site)
    assert len(pages) == 29
    for path in pages:
        name = path.relative_to(zensical_site).as_posix()
        html = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        assert html.html["lang"] == "id", name
        if name in NOT_A_CORE_PAGE:
            continue
        footer = html.select_one("footer.zi-footer-wrap")
        assert footer is not None and footer.find_parent("main") is None, name  # the theme's footer, not the text
        badge = footer.select_one("a.zi-badge")
        assert " ".join(badge.get_text(" ").split()).startswith("Tolak Gratifikasi"), name
        office = name.split("/")[0]
        if office in ("banggai-kepulauan", "sigi"):  # the office's own channels and its gratifikasi page
            assert footer.select_one(".zi-channels"), name
            assert (path.parent / badge["href"]).resolve() == (zensical_site / office / "gratifikasi").resolve()


def test_zensical_site_has_the_same_search_index_as_mkdocs(zensical_site, site_dir):
    """The index is written after Zensical's build too (engines/search_index.py), over the same marked
    main content: the same pages, in Indonesian, and the search page with its script."""
    def indexed(site):
        entry = json.loads((site / "pagefind" / "pagefind-entry.json").read_text(encoding="utf-8"))
        marked = sorted(p.relative_to(site).as_posix() for p in _pages(site)
                        if "data-pagefind-body" in p.read_text(encoding="utf-8"))
        return list(entry["languages"]), entry["languages"]["id"]["page_count"], marked

    assert indexed(zensical_site) == indexed(site_dir)
    assert indexed(zensical_site)[1] == 27
    assert (zensical_site / "assets" / "search.js").is_file()


def test_zensical_site_loads_nothing_from_elsewhere(zensical_site):
    outside = re.compile(r'<(?:script|link|img|iframe|source)\b[^>]*\b(?:src|href)="(?:https?:)?//', re.I)
    offenders = [p.relative_to(zensical_site).as_posix() for p in _pages(zensical_site)
                 if outside.search(p.read_text(encoding="utf-8"))]
    assert offenders == []
    home = (zensical_site / "index.html").read_text(encoding="utf-8")
    assert "zensical.org" not in home  # extra.generator: false is honoured: no "Made with" link
    assert "assets/zi.css\"" in home and "assets/toolbar.js\"" in home  # the packaged overrides apply


def test_every_zensical_page_has_the_content_security_policy_and_nothing_inline(zensical_site):
    """Zensical renders the same packaged overrides (theme/main.html, theme/partials/javascripts/),
    so its pages carry the same policy and none of its own inline scripts either."""
    assert test_csp.site_problems(zensical_site) == {}
    head = (zensical_site / "index.html").read_text(encoding="utf-8")
    assert 'assets/head.js" data-scope="."' in head and 'assets/palette.js"' in head


def test_without_zensical_the_command_says_what_to_install(tmp_path):
    site = tmp_path / "site"
    code = ("import sys; sys.modules['zensical'] = None; from zisite.cli import main; "
            f"sys.exit(main(['build', '--engine', 'zensical', '--site-dir', {str(site)!r}]))")
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, env=_clean_env())
    assert proc.returncode == 1
    assert proc.stderr.startswith("zisite: galat: Zensical belum terpasang.")
    assert "pip install 'zisite[zensical]'" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert not site.exists()


@pytest.mark.parametrize("engine", ["mkdocs", "zensical"])
def test_office_and_date_are_options_not_environment(tmp_path, engine):
    if engine == "zensical":
        pytest.importorskip("zensical")
    site = tmp_path / "site"
    result = run_cli("build", "--engine", engine, "--office", "sigi", "--date", "2026-03-15",
                     "--site-dir", str(site), cwd=ROOT, env=_clean_env())
    assert result.code == 0, result.out + result.err
    home = BeautifulSoup((site / "index.html").read_text(encoding="utf-8"), "html.parser")
    assert home.title.get_text().endswith("Zona Integritas KPU Kabupaten Sigi")
    assert not (site / "banggai-kepulauan").exists()
    monev = BeautifulSoup((site / "monev/index.html").read_text(encoding="utf-8"), "html.parser")
    assert "Keadaan pada 15 Maret 2026" in " ".join(monev.get_text(" ").split())


def test_an_unknown_office_stops_the_zensical_build(tmp_path):
    pytest.importorskip("zensical")
    result = run_cli("build", "--engine", "zensical", "--office", "tidak-ada", "--site-dir", str(tmp_path / "s"),
                     cwd=ROOT, env=_clean_env())
    assert result.code == 1
    assert "zisite: galat: kantor 'tidak-ada' tidak ada di content/offices/" in result.err
    assert not (tmp_path / "s").exists()


def test_no_hidden_zisite_variables_between_layers():
    """Only documented user settings are read from the environment (ZISITE_SSH, ZISITE_REPO)."""
    pattern = re.compile(r"""(?:environ(?:\.get)?\s*[\[(]|getenv\()\s*["'](ZISITE_\w+)""")
    found = {(p.relative_to(ROOT).as_posix(), name)
             for p in (ROOT / "generator").rglob("*.py") for name in pattern.findall(p.read_text(encoding="utf-8"))}
    assert {name for _path, name in found} <= {"ZISITE_SSH", "ZISITE_REPO"}, found
    ssh = (ROOT / "generator/zisite/deploy/ssh.py").read_text(encoding="utf-8")
    assert 'SSH_ENV = "ZISITE_SSH"' in ssh  # read through a constant, so the pattern above does not see it


def test_the_facade_resolves_the_date_once_explicit_then_epoch_then_today():
    assert resolve_build_date(date(2026, 1, 2), {"SOURCE_DATE_EPOCH": "0"}) == date(2026, 1, 2)
    assert resolve_build_date(None, {"SOURCE_DATE_EPOCH": "1782864000"}) == date(2026, 7, 1)
    assert resolve_build_date(None, {}) == date.today()
    with pytest.raises(BuildOptionError, match="'1-7-2026' bukan tanggal TTTT-BB-HH"):
        parse_build_date("1-7-2026")


def test_the_facade_returns_diagnostics_and_pages_that_carry_their_footer():
    site = build_site(BuildOptions(root=ROOT, office="sigi", build_date=date(2026, 7, 1)))
    assert site.ok and site.build_date == date(2026, 7, 1)
    assert site.site_name == "Zona Integritas KPU Kabupaten Sigi"
    assert site.nav[0] == {"Beranda": "index.md"}
    page = next(p for p in site.pages if p.path == "index.md")
    source = page_source(page)
    front, body = source.split("\n---\n", 1)
    assert yaml.safe_load(front.removeprefix("---\n"))["zi_footer"] == page.footer
    assert body.lstrip().startswith("# KPU Kabupaten Sigi")
    with pytest.raises(BuildOptionError, match="kantor 'x' tidak ada"):
        build_site(BuildOptions(root=ROOT, office="x"))


def test_the_facade_imports_no_engine():
    code = ("import sys, zisite.build as b; from datetime import date; "
            f"b.build_site(b.BuildOptions(root={str(ROOT)!r}, build_date=date(2026, 7, 1))); "
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'mkdocs', 'material', 'zensical'}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


@pytest.mark.parametrize("plugins, expected", [
    (None, {"search": {}, "zisite": {"office": "sigi"}}),
    (["search", {"zisite": {"title": "T"}}, "tags"], {"search": {}, "zisite": {"title": "T", "office": "sigi"}, "tags": {}}),
    (["zisite"], {"zisite": {"office": "sigi"}}),
    ({"zisite": {"title": "T"}, "search": None}, {"zisite": {"title": "T", "office": "sigi"}, "search": {}}),
])
def test_command_options_reach_the_plugin_as_plugin_options(plugins, expected):
    assert with_zisite_options(plugins, {"office": "sigi"}) == expected


def _served(port: int, path: str, text: str, seconds: float = 30.0) -> bool:
    """Poll the dev server until ``path`` contains ``text`` (a rebuild takes a few seconds)."""
    import time
    import urllib.request

    deadline = time.monotonic() + seconds
    while True:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/{path}", timeout=5) as response:
                if text in response.read().decode("utf-8"):
                    return True
        except OSError:
            pass  # not serving yet, or mid-rebuild
        if time.monotonic() > deadline:
            return False
        time.sleep(0.2)


def test_serve_keeps_the_office_and_date_across_reloads(tmp_path):
    """MkDocs' serve reloads the config on every change: the options must survive that, with no environment."""
    from test_build import _copy_example, _free_port

    project = _copy_example(tmp_path / "repo")
    port = _free_port()
    server = subprocess.Popen([sys.executable, "-m", "zisite", "serve", "--office", "sigi", "--date", "2026-03-15",
                               "--dev-addr", f"127.0.0.1:{port}"], cwd=project, env=_clean_env(),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        assert _served(port, "", "Zona Integritas KPU Kabupaten Sigi")  # the office at the root
        office = project / "content/offices/sigi/office.yaml"
        office.write_text(office.read_text(encoding="utf-8").replace(
            "nama_singkat: KPU Kabupaten Sigi", "nama_singkat: KPU Kab. Sigi Diperbarui"), encoding="utf-8")
        assert _served(port, "", "Zona Integritas KPU Kab. Sigi Diperbarui")  # rebuilt, still one office
        assert _served(port, "monev/", "15 Maret 2026", seconds=5)  # and still the date given on the command line
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_deploy_builds_with_zensical_and_the_output_passes_verification(tmp_path):
    """Deploy's own verification (links, anchors, one h1, lang, nothing from elsewhere) accepts Zensical's site."""
    pytest.importorskip("zensical")
    target = tmp_path / "www"
    result = run_cli("deploy", "--engine", "zensical", str(target), cwd=ROOT, env=_clean_env())
    assert result.code == 0, result.out + result.err
    assert "terbit: " in result.out
    page = (target / "current/sigi/rencana-aksi/2026/index.html").read_text(encoding="utf-8")
    assert "zi-badge" in page and "Build started" in result.out  # Zensical built it
    refused = run_cli("deploy", "--engine", "zensical", "--rollback", str(target), cwd=ROOT, env=_clean_env())
    assert refused.code == 2 and "--engine tidak berlaku dengan --site atau --rollback" in refused.err


def test_a_zensical_warning_stops_the_build_and_keeps_the_old_site(tmp_path):
    """Strict, as `zisite build` is with MkDocs: an office page linking to nothing publishes nothing."""
    pytest.importorskip("zensical")
    from test_build import _copy_example

    project = _copy_example(tmp_path / "repo")
    (project / "content/halaman/rusak.md").write_text("# Rusak\n\n[tautan](tidak-ada.md)\n", encoding="utf-8")
    site = project / "site"
    site.mkdir()
    (site / "index.html").write_text("situs lama", encoding="utf-8")
    result = run_cli("build", "--engine", "zensical", cwd=project, env=_clean_env())
    assert result.code == 1
    assert "zisite: galat: Zensical gagal membangun situs" in result.err
    assert "Traceback" not in result.err
    assert [p.name for p in site.iterdir()] == ["index.html"]
    assert (site / "index.html").read_text(encoding="utf-8") == "situs lama"
    assert not list(project.glob(".zisite-zensical-*"))  # the staging folder is gone


def test_neither_engine_copies_the_base_theme_s_unused_scripts_and_style_sheets(zensical_site, site_dir):
    for site in (zensical_site, site_dir):
        assert not (site / "assets/javascripts").exists() and not (site / "assets/stylesheets").exists(), site
        assert (site / "assets/material.css").is_file() and (site / "assets/chrome.js").is_file(), site
