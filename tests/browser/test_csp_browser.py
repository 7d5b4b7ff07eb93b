"""The Content-Security-Policy in real Chromium (docs/csp.md): every page of the group site and of a
one-office site, with the palette switch and every reader-toolbar control used, reports no policy
violation and no console error. The static side (the policy on every page, nothing inline) is
tests/test_csp.py."""

from __future__ import annotations

import re
import textwrap

import pytest

from browserkit import serve, site_pages
from helpers import EXAMPLE_DATE, MINIMAL_OFFICE, MINIMAL_PLAN, ROOT, build_site, run_cli

pytestmark = pytest.mark.browser

# Runs before the page's own scripts in every document: records each violation the browser reports.
LISTENER = """window.__csp = [];
document.addEventListener("securitypolicyviolation", e => window.__csp.push(
    `${e.violatedDirective} blocked ${e.blockedURI || "?"} at ${e.sourceFile || "?"}:${e.lineNumber}:${e.columnNumber}`));
"""
# Headless Chromium may end an utterance at once; a stub keeps "Jeda"/"Berhenti" on screen.
SPEECH_STUB = """window.SpeechSynthesisUtterance = function (text) { this.text = text; };
Object.defineProperty(window, "speechSynthesis", {configurable: true, value: {
    speak() {}, pause() {}, resume() {}, cancel() {}, getVoices() { return []; }}});
"""
CONTROLS = ["Kembalikan ke semula", "A 100%", "A+ 125%", "A++ 150%", "Kontras tinggi", "Garis bawahi semua tautan",
            "Huruf mudah dibaca", "Jarak baris dan huruf lebih lega", "Hentikan animasi", "Dengarkan", "Jeda",
            "Lanjutkan", "Berhenti"]
"""Every control of the reader toolbar, in an order that ends with every setting on, so the next page
loads with all of them remembered (head.js applying them) and the toolbar built over them."""


def _use_everything(page) -> None:
    """The palette switch (palette.js, now and on the next page) and the whole toolbar."""
    page.locator("button.zi-palette").click()
    page.get_by_role("button", name="Aksesibilitas", exact=True).click()
    for name in CONTROLS:
        page.locator("#zi-a11y-panel").get_by_role("button", name=name, exact=True).click()
    page.keyboard.press("Escape")
    page.wait_for_load_state("networkidle")  # the readable font, fetched on demand


def _kind(page: str, group: bool) -> str:
    """Pages of one kind (every office's Monev page, every plan year) share their scripts and markup."""
    parts = re.sub(r"\d+", "N", page).strip("/").split("/")
    return "/".join(parts[1:] if group and len(parts) > 1 else parts) + ("@office" if group and len(parts) == 1 and page else "")


def _walk(visit, url: str, pages: list[str], *, group: bool = False) -> dict[str, list[str]]:
    """Each page in turn in one browser context (settings carry over), with what it reported. The
    palette and every toolbar control are used on the first page of each kind; every other page
    loads with all of them remembered (head.js and palette.js applying them before the first paint)."""
    v = visit(url + pages[0], 1280, init_script=LISTENER + SPEECH_STUB)
    found, schemes, used = {}, set(), set()
    for i, page in enumerate(pages):
        if i:
            v.errors.clear()
            v.page.goto(url + page, wait_until="load")
            v.page.evaluate("() => document.fonts.ready.then(() => true)")  # the remembered readable font
        schemes.add(v.page.evaluate("() => document.body.dataset.mdColorScheme"))
        if _kind(page, group) not in used and page != "404.html":  # the 404 page has no toolbar or switch
            used.add(_kind(page, group))
            _use_everything(v.page)
        if reported := v.page.evaluate("() => window.__csp") + v.errors:
            found[page] = reported
    assert schemes == {"default", "slate"}  # the remembered palette was applied on the next page
    assert "zi-a11y-contrast" in v.page.evaluate("() => document.documentElement.className")
    return found


@pytest.mark.slow
def test_no_violation_on_any_page_of_the_group_site(site_dir, base_url, visit):
    # 404.html needs the site root (its addresses are root-absolute): the one-office site below has it.
    pages = [p for p in site_pages(site_dir) if p != "404.html"]
    assert _walk(visit, base_url, pages, group=True) == {}


@pytest.mark.slow
def test_no_violation_on_any_page_of_a_one_office_site_at_the_root(office_site, tmp_path, visit):
    pages = site_pages(office_site)
    assert "404.html" in pages and "rencana-aksi/2026/" in pages
    with serve(office_site, tmp_path, subpath="/") as url:
        assert _walk(visit, url, pages) == {}


def test_no_violation_on_zensical_pages(tmp_path, visit):
    """The optional engine renders the same overrides over its own Material templates and bundle."""
    pytest.importorskip("zensical")
    site = tmp_path / "site"
    result = run_cli("build", "--engine", "zensical", "--office", "sigi", "--site-dir", str(site), "--date", EXAMPLE_DATE)
    assert result.code == 0, result.out + result.err
    with serve(site, tmp_path, subpath="/") as url:
        assert _walk(visit, url, ["", "404.html", "rencana-aksi/2026/", "pengaduan/"]) == {}  # ends on a page with the toolbar


def test_the_listener_reports_what_the_policy_blocks(site_dir, tmp_path, visit):
    """The walks above can fail: a page given an inline script, a style attribute, an inline event
    handler and a third-party script reports each, the inline ones with the page and line they are on."""
    site = tmp_path / "site"
    (site / "sigi").mkdir(parents=True)
    (site / "assets").symlink_to(site_dir / "assets", target_is_directory=True)
    html = (site_dir / "sigi" / "index.html").read_text(encoding="utf-8").replace("</h1>", (
        '</h1><p style="color: red">Merah</p><button type="button" onclick="window.ran = 2">Coba</button>'
        '<script>window.ran = 1</script><script src="https://cdn.example.org/x.js"></script>'), 1)
    (site / "sigi" / "index.html").write_text(html, encoding="utf-8")
    (tmp_path / "web").mkdir()
    with serve(site, tmp_path / "web") as url:
        v = visit(url + "sigi/", init_script=LISTENER)
        v.page.get_by_role("button", name="Coba").click()
        v.page.wait_for_function("() => window.__csp.length >= 4")
        reported = v.page.evaluate("() => window.__csp")
        assert {r.split(" at ")[0] for r in reported} == {
            "style-src-attr blocked inline", "script-src-attr blocked inline", "script-src-elem blocked inline",
            "script-src-elem blocked https://cdn.example.org/x.js"}, reported
        line = html[:html.index("Merah")].count("\n") + 1
        where = {r.split(" at ")[0]: r.split(" at ")[1].rsplit(":", 1)[0] for r in reported}
        assert where["style-src-attr blocked inline"] == where["script-src-elem blocked inline"] == f"{url}sigi/:{line}"
        assert v.page.evaluate("() => window.ran") is None
        assert sum("Content Security Policy" in e for e in v.errors) >= 4


TABS_PAGE = """\
    # Tab

    === "Pertama"

        Isi pertama.

    === "Kedua"

        Isi kedua.
    """


def test_a_link_to_a_content_tab_still_selects_it(tmp_path, visit):
    """Material's content-tab restore, now assets/content-tabs.js, on an office's own page with tabs:
    only there is it loaded, and a link to the second tab opens on it, with no violation."""
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8").replace(
        "markdown_extensions:", "markdown_extensions:\n  - pymdownx.tabbed:\n      alternate_style: true").replace(
        "omitted_files: warn", "omitted_files: info")
    for name, text in {"mkdocs.yml": config, "content/offices/contoh/office.yaml": MINIMAL_OFFICE,
                       "plans/contoh/2026.yaml": MINIMAL_PLAN, "content/halaman/tab.md": TABS_PAGE}.items():
        (tmp_path / "repo" / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "repo" / name).write_text(textwrap.dedent(text), encoding="utf-8")
    site = build_site(tmp_path / "site", "--office", "contoh", config=tmp_path / "repo" / "mkdocs.yml")
    assert "content-tabs.js" in (site / "tab" / "index.html").read_text(encoding="utf-8")
    assert "content-tabs.js" not in (site / "index.html").read_text(encoding="utf-8")
    with serve(site, tmp_path, subpath="/") as url:
        v = visit(url + "tab/#__tabbed_1_2", init_script=LISTENER)
        assert v.page.evaluate("() => [...document.querySelectorAll('.tabbed-set > input')].map(i => i.checked)") == [
            False, True]
        assert any(r.endswith("/assets/content-tabs.js") for r in v.requests)
        assert v.page.evaluate("() => window.__csp") + v.errors == []
