"""`zisite serve` with errors in the data: the browser shows them, and shows the site again once fixed.

The page is where the clerk looks: every page request gets an Indonesian error page (each message
with file:line:col, its hint and where the catalogue explains it) that reloads by itself when the
next build succeeds; the terminal says the same, in Indonesian.
"""

from __future__ import annotations

import re
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest
from bs4 import BeautifulSoup

from test_build import _free_port
from test_cli_output import ENGLISH, quiet_env, small_project
from waitkit import Lines
from zisite.checks.minimal import MINIMAL_OFFICE
from zisite.diagnostics import Diagnostic, Severity
from zisite.engines.mkdocs.error_page import catalogue_section, error_page

OFFICE = "content/offices/contoh/office.yaml"
BROKEN_OFFICE = MINIMAL_OFFICE.replace("tingkat: kabupaten", "tingkat: kabupatn")


def _diagnostic(**kw) -> Diagnostic:
    return Diagnostic(**{"file": "plans/contoh/2026.yaml", "line": 12, "column": 7, "severity": Severity.ERROR,
                         "message": "pesan", "code": "", **kw})


# --- the page ------------------------------------------------------------------------------------

def test_error_page_lists_each_error_with_place_hint_and_catalogue_section():
    page = BeautifulSoup(error_page([
        _diagnostic(message="kunci 'target_wakt' tidak dikenal", hint="tulis 'target_waktu'", code="target-empty",
                    where="bagian 1"),
        _diagnostic(file="a.yaml", line=3, column=1, message="tanda kutip tidak ditutup", code="yaml-syntax"),
        _diagnostic(line=20, severity=Severity.WARNING, message="target capaian kosong", code="target-empty"),
    ]), "html.parser")
    assert page.html["lang"] == "id"
    assert page.h1.get_text() == "Situs belum dapat ditampilkan: 2 galat dalam data"
    errors, warnings = page.select("ol")
    first, second = errors.select("li")
    assert first.select_one(".lokasi").get_text() == "plans/contoh/2026.yaml:12:7"
    assert "kunci 'target_wakt' tidak dikenal (di bagian 1)" in first.get_text()
    assert first.select_one(".petunjuk").get_text() == "Petunjuk: tulis 'target_waktu'"
    assert catalogue_section("target-empty") == "Target capaian kosong"  # a code with one entry: its heading
    assert "pesan-galat.md#target-capaian-kosong), bagian «Target capaian kosong»" in first.select_one(".katalog").get_text()
    assert "docs/panduan/pesan-galat.md#susunan-yaml" in second.get_text()  # a code with several entries: its section
    assert "bagian «Susunan YAML», kode yaml-syntax" in second.get_text()
    assert "target capaian kosong" in warnings.get_text()


def test_error_page_escapes_the_data_and_requests_nothing_from_elsewhere():
    html = error_page([_diagnostic(file="<b>x.yaml", message="<script>alert(1)</script>", hint="a & b",
                                   code="<i>")], message="<img src=x>")
    page = BeautifulSoup(html, "html.parser")
    assert not page.select("script, img, b, i, link, iframe")  # nothing from the data became markup
    assert "<script>alert(1)</script>" in page.get_text() and "a & b" in page.get_text()
    assert not [tag for tag in page.find_all(True) if tag.get("src") or tag.get("href")]  # works offline, alone
    assert "url(" not in page.style.get_text() and "@import" not in page.style.get_text()
    assert page.select_one("meta[charset]")["charset"] == "utf-8"


def test_a_failed_build_without_data_errors_shows_its_reason():
    page = BeautifulSoup(error_page(message="pembangunan dihentikan: 1 peringatan",
                                    details=["peringatan dari MkDocs (bahasa Inggris): Doc file <a.md>"]), "html.parser")
    assert page.h1.get_text() == "Situs belum dapat ditampilkan: pembangunan gagal"
    assert "pembangunan dihentikan: 1 peringatan" in page.get_text()
    assert page.select_one("ol li").get_text() == "peringatan dari MkDocs (bahasa Inggris): Doc file <a.md>"


# --- the server ----------------------------------------------------------------------------------

def _get(url: str, timeout: float = 30) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8")


def _poll(url: str, wanted: str, save=None, seconds: float = 60) -> tuple[int, str]:
    """Fetch ``url`` until its body contains ``wanted`` (a rebuild takes a second or two).

    ``save()`` writes the edit, and writes it again every 15 s, as a clerk saves again: MkDocs'
    polling watcher misses a change made while it is still taking its first look at the folders
    (seen on a loaded machine), which no rebuild of ours could fix."""
    deadline = time.monotonic() + seconds
    saved = 0.0
    while True:
        if save and time.monotonic() - saved > 15:
            save()
            saved = time.monotonic()
        status, body = _get(url)
        if wanted in body or time.monotonic() > deadline:
            return status, body
        time.sleep(0.2)


LIVERELOAD = re.compile(r'<script src="/_zisite/livereload/(\d+)/\d+\.js"></script>')


def _epoch(html: str) -> int:
    """The build a served page shows, from its livereload script (a file: the site's CSP forbids inline)."""
    found = LIVERELOAD.search(html)
    assert found, "the page has no livereload script"
    return int(found[1])


@pytest.fixture
def broken_server(tmp_path):
    """`zisite serve` started on a project whose office.yaml has an error: (project, base URL, output)."""
    project = small_project(tmp_path / "repo", {OFFICE: BROKEN_OFFICE})
    for _ in range(3):
        port = _free_port()
        server = subprocess.Popen([sys.executable, "-m", "zisite", "serve", "--date", "2026-07-01",
                                   "--dev-addr", f"127.0.0.1:{port}"], cwd=project, env=quiet_env(), text=True,
                                  stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        output = Lines(server.stdout)
        if output.wait_for(lambda line: f"menyajikan situs di http://127.0.0.1:{port}/" in line, timeout=60):
            break
        server.kill()
        server.wait(timeout=10)
        if "sudah dipakai" not in output.text:
            pytest.fail(f"zisite serve did not start:\n{output.text}")
    try:
        yield project, f"http://127.0.0.1:{port}/", output
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_serve_shows_data_errors_in_the_browser_until_they_are_fixed(broken_server):
    project, url, output = broken_server
    status, html = _get(url + "rencana-aksi/2026/")  # any page, not only the home page
    assert status == 503
    script = LIVERELOAD.search(html)[0].split('"')[1]
    assert "location.reload()" in _get(url.rstrip("/") + script)[1]
    page = BeautifulSoup(html, "html.parser")
    assert page.html["lang"] == "id" and "galat dalam data" in page.h1.get_text()
    item = page.select_one("ol li")
    assert item.select_one(".lokasi").get_text() == f"{OFFICE}:3:10"
    assert "kabupatn" in item.get_text() and item.select_one(".katalog")
    terminal = output.text
    assert f"{OFFICE}:3:10: galat:" in terminal and "setiap halaman di peramban menampilkan galat ini" in terminal
    assert not [phrase for phrase in ENGLISH if phrase in terminal], terminal

    def save(text: str):
        return lambda: (project / OFFICE).write_text(text, encoding="utf-8")

    broken_epoch = _epoch(html)
    status, html = _poll(url + "rencana-aksi/2026/", "Rencana Aksi Contoh", save(MINIMAL_OFFICE))  # fixed
    assert status == 200 and "Rencana Aksi Contoh" in html, output.text
    # what reloads the open error page: its livereload poll now answers with a newer build
    assert int(_get(f"{url}livereload/{broken_epoch}/0", timeout=10)[1]) > broken_epoch
    assert "galat dalam data" not in html
    status, html = _get(url + "tidak-ada/")
    assert status == 404 and 'lang="id"' in html  # the site's own 404 page, as under `mkdocs serve`

    status, html = _poll(url, "galat dalam data", save(BROKEN_OFFICE))  # broken again: a failed *re*build
    assert status == 503 and f"{OFFICE}:3:10" in html, output.text
    assert _get(url + "assets/zisite.css")[0] in (200, 404)  # assets are not replaced by the page
    assert not [phrase for phrase in ENGLISH if phrase in output.text], output.text


@pytest.mark.browser
def test_an_open_page_shows_the_errors_and_the_site_again_by_itself(broken_server, browser):
    """In real Chromium, under the site's Content-Security-Policy: no manual reload at any step."""
    from playwright.sync_api import expect

    project, url, output = broken_server
    page = browser.new_page()
    violations: list[str] = []
    page.on("console", lambda message: violations.append(message.text) if "Content Security Policy" in message.text
            else None)
    try:
        page.goto(url + "rencana-aksi/2026/")
        assert "galat dalam data" in page.locator("h1").inner_text()
        (project / OFFICE).write_text(MINIMAL_OFFICE, encoding="utf-8")
        # (Playwright's own waits: a wait_for_function would be eval, which the site's policy refuses)
        expect(page).to_have_title(re.compile("Rencana Aksi"), timeout=60_000)
        assert not page.locator("ol li .lokasi").count()
        (project / OFFICE).write_text(BROKEN_OFFICE, encoding="utf-8")  # the site's own page must reload too
        expect(page.locator("h1")).to_contain_text("galat dalam data", timeout=60_000)
        assert f"{OFFICE}:3:10" in page.locator("ol li").first.inner_text()
        assert not violations, violations
    finally:
        page.close()


def test_serve_shows_a_build_mkdocs_stopped_with_its_warnings(broken_server):
    """Not the data: a staff page linking to nothing, which strict mode (mkdocs.yml) refuses."""
    project, url, output = broken_server
    page = project / "content/halaman/rusak.md"
    status, html = _poll(url, "pembangunan gagal", lambda: (
        (project / OFFICE).write_text(MINIMAL_OFFICE, encoding="utf-8"),
        page.write_text("# Rusak\n\n[tautan](tidak-ada.md)\n", encoding="utf-8")))
    assert status == 503, output.text
    items = [li.get_text() for li in BeautifulSoup(html, "html.parser").select("ol li")]
    assert any("rusak.md" in item and "tidak-ada.md" in item for item in items), items
    assert "pembangunan dihentikan: 1 peringatan dari MkDocs" in html
