"""Beyond axe at default settings: forced colours, JavaScript off, keyboard, text spacing, and what
the accessibility tree gives a screen reader for a plan table and a chart."""

from __future__ import annotations

import pytest

from browserkit import site_pages

pytestmark = pytest.mark.browser

STATS_PAGES = ["sigi/pengaduan/", "sigi/gratifikasi/", "banggai-kepulauan/wbs/", "sigi/survei/", "sigi/monev/"]
TEXT_SPACING = """* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }"""


def _pages(site_dir):
    return [p for p in site_pages(site_dir) if p != "404.html"]


@pytest.mark.slow
def test_every_page_reads_without_javascript(site_dir, base_url, visit):
    pages = _pages(site_dir)
    assert set(STATS_PAGES) <= set(pages)
    v = visit(base_url + pages[0], 390, java_script_enabled=False)  # one context walks every page
    for page in pages:
        if page != pages[0]:
            v.goto(base_url + page)
        main = v.page.locator("article")
        assert main.locator("h1").count() == 1, page
        assert len(main.inner_text()) > 100, page
        if page in STATS_PAGES:  # charts: the picture and its table, both without a script
            assert main.locator("figure svg[role='img']").count() >= 1, page
            assert main.locator("figure table").count() >= 1, page


def test_keyboard_reaches_everything_with_visible_focus_and_no_trap(base_url, visit):
    v = visit(base_url + "sigi/gratifikasi/", 1280)
    seen = []
    for _ in range(250):
        v.page.keyboard.press("Tab")
        info = v.page.evaluate("""() => {
            const e = document.activeElement;
            if (!e || e === document.body) return null;
            const s = getComputedStyle(e);
            const visible = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
            const r = e.getBoundingClientRect();
            return {tag: e.tagName, text: (e.textContent || '').trim().slice(0, 40), visible,
                    shown: r.width > 0 && r.height > 0, cls: e.className};
        }""")
        if info is None:
            break  # focus left the page: no trap
        seen.append(info)
    assert seen, "nothing took focus"
    assert len(seen) < 250, "focus never left the page: a keyboard trap"
    assert "md-skip" in seen[0]["cls"]
    texts = [s["text"] for s in seen]
    assert any(t.startswith("Tolak Gratifikasi") for t in texts)  # the footer badge is reachable
    assert any("situs lain" in t for t in texts)
    hidden = [s for s in seen if s["shown"] and not s["visible"]]
    assert hidden == []


@pytest.mark.parametrize("page", ["sigi/rencana-aksi/2026/", "sigi/pengaduan/", "sigi/survei/", "sigi/monev/"])
def test_text_spacing_overrides_clip_nothing_at_320px(base_url, visit, page):
    v = visit(base_url + page, 320)
    # The reader's own style sheet, as a browser extension adds it: a constructed sheet, which the
    # site's Content-Security-Policy does not govern (an inline <style> it would block).
    v.page.evaluate("css => { const s = new CSSStyleSheet(); s.replaceSync(css);"
                    " document.adoptedStyleSheets = [...document.adoptedStyleSheets, s]; }", TEXT_SPACING)
    assert v.page.evaluate("() => getComputedStyle(document.querySelector('article p')).wordSpacing") != "0px"
    scroll, client = v.page.evaluate("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]")
    assert scroll <= client
    clipped = v.page.evaluate("""() => [...document.querySelectorAll('article *')].filter(e => {
        const s = getComputedStyle(e);
        return (s.overflow === 'hidden' || s.overflowX === 'hidden' || s.overflowY === 'hidden')
            && (e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1)
            && !e.closest('.zi-sr') && !e.matches('.zi-sr, svg, svg *')
            && s.clip === 'auto' && e.getBoundingClientRect().width > 1;  // visually hidden on purpose
    }).map(e => e.tagName + '.' + e.className)""")
    assert clipped == []


def test_plan_table_in_the_accessibility_tree(base_url, visit):
    v = visit(base_url + "sigi/rencana-aksi/2026/", 1280)
    tree = v.page.locator("table.zi-plan").first.aria_snapshot()
    assert tree.startswith("""- 'table "Bagian 1: Manajemen Perubahan"'""")
    assert '- columnheader "INDIKATOR"' in tree and '- columnheader "BUKTI FISIK"' in tree
    assert '- rowheader "Membentuk/menetapkan Tim Kerja' in tree
    assert '- cell "Januari 2026"' in tree


def test_chart_in_the_accessibility_tree(base_url, visit):
    v = visit(base_url + "sigi/pengaduan/", 1280)
    figure = v.page.locator("article figure").first
    tree = figure.aria_snapshot()
    assert '- img "Pengaduan diterima per periode, 2026"' in tree
    assert 'table "Tabel data: Pengaduan diterima per periode, 2026 (satuan: pengaduan)"' in tree
    assert '- rowheader "Triwulan III 2026"' in tree and "Data contoh" in tree
