"""The site's chrome in real Chromium (issue 17; docs/chrome.md): a Tab walk that never stops on
something nobody sees, the menu drawer (open, close, Escape, focus in and back), the menu with
JavaScript off, no single-key shortcuts, the palette button, focus rings with 3:1 against what they
sit on, first-visit weight budgets, and the 404 page under a sub-path."""

from __future__ import annotations

import contextlib
import functools
import http.server
import threading
from urllib.parse import urlparse

import pytest

from browserkit import SUBPATH, gzip_size

pytestmark = pytest.mark.browser

HOME = "sigi/"
PLAN = "sigi/rencana-aksi/2026/"
WALK_PAGES = ("", HOME, PLAN)
HOME_BUDGET, PAGE_BUDGET = 40 * 1024, 50 * 1024

# What the focused element is and whether anyone can see it: rendered, not transparent, not clipped
# to nothing, and on top at its centre (not under the header or a closed drawer).
FOCUSED = """() => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const r = el.getBoundingClientRect();
  const x = Math.min(Math.max(r.left + r.width / 2, 0), innerWidth - 1), y = Math.min(Math.max(r.top + r.height / 2, 0), innerHeight - 1);
  // A link that wraps has one box per line: the centre of their bounding box may be other text.
  const hits = (px, py) => { const top = document.elementFromPoint(px, py); return !!top && (el === top || el.contains(top) || top.contains(el)); };
  const onTop = hits(x, y) || [...el.getClientRects()].some(b => b.width > 1 && b.height > 1 && b.bottom > 0 && b.top < innerHeight
    && hits(Math.min(Math.max(b.left + b.width / 2, 0), innerWidth - 1), Math.min(Math.max(b.top + b.height / 2, 0), innerHeight - 1)));
  return {what: el.tagName + '.' + el.className + ' ' + (el.textContent || '').trim().slice(0, 40),
          visible: el.checkVisibility({opacityProperty: true, visibilityProperty: true}) && r.width > 1 && r.height > 1,
          inView: r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth,
          onTop,
          inNav: !!el.closest('#zi-menu')};
}"""

# The ring of the focused element and the colours on each side of it, just outside the ring.
RING = """() => {
  const el = document.activeElement, s = getComputedStyle(el);
  const parse = c => { const p = c.match(/[\\d.]+/g).map(Number); return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1]; };
  const backdrop = node => {  // the colour painted behind a node: its backgrounds composited up the tree
    const layers = [];
    for (let n = node; n; n = n.parentElement) {
      const c = parse(getComputedStyle(n).backgroundColor);
      if (c[3] > 0) { layers.push(c); if (c[3] >= 1) break; }
    }
    let out = [255, 255, 255];
    for (const c of layers.reverse()) out = out.map((v, i) => v * (1 - c[3]) + c[i] * c[3]);
    return out;
  };
  const r = el.getBoundingClientRect(), gap = parseFloat(s.outlineOffset) + parseFloat(s.outlineWidth) + 2;
  const around = [[r.left - gap, r.top + r.height / 2], [r.right + gap, r.top + r.height / 2],
                  [r.left + r.width / 2, r.top - gap], [r.left + r.width / 2, r.bottom + gap]]
    .filter(([x, y]) => x >= 0 && y >= 0 && x < innerWidth && y < innerHeight)
    .map(([x, y]) => document.elementsFromPoint(x, y).find(n => n !== el && !el.contains(n)))
    .filter(Boolean).map(backdrop);
  return {style: s.outlineStyle, width: parseFloat(s.outlineWidth), colour: parse(s.outlineColor),
          own: backdrop(el), around};
}"""


def _luminance(rgb) -> float:
    def channel(v):
        v /= 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
    r, g, b = (channel(v) for v in rgb[:3])
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a, b) -> float:
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_contrast_is_the_wcag_ratio():
    assert contrast((0, 0, 0), (255, 255, 255)) == pytest.approx(21)
    assert contrast((255, 255, 255), (139, 26, 26)) == pytest.approx(9.29, abs=0.01)


def _tab_walk(page, limit: int = 150, key: str = "Tab") -> list[dict]:
    stops = []
    for _ in range(limit):
        page.keyboard.press(key)
        found = page.evaluate(FOCUSED)
        if found is None or (stops and found["what"] == stops[0]["what"]):
            break
        stops.append(found)
    return stops


@pytest.mark.parametrize("width", [320, 390, 1280])
def test_every_tab_stop_is_visible(base_url, visit, width):
    """Below 1220 px the closed drawer holds no Tab stop; at every width no stop is invisible."""
    for path in WALK_PAGES:
        v = visit(base_url + path, width, reduced_motion="reduce")  # no fade-in: what is seen is settled
        stops = _tab_walk(v.page)
        assert len(stops) > 5, path
        hidden = [s["what"] for s in stops if not (s["visible"] and s["inView"] and s["onTop"])]
        assert hidden == [], (path, width)
        in_nav = [s for s in stops if s["inNav"]]
        if width < 1220:
            assert in_nav == [], (path, width)
        else:
            assert len(in_nav) >= 14, (path, width)  # the sidebar is there to be used
        v.close()


@pytest.mark.slow
def test_a_national_build_in_miniature_walks_cleanly_and_passes_axe(national_site, tmp_path, visit):
    """Province overviews and office pages of a large build: no hidden Tab stop, no axe violation,
    the menu opens on the current page (its section comes from the page itself)."""
    from browserkit import serve

    pages = ("", "ikhtisar/provinsi-contoh-02/2/", "contoh-003/", "contoh-004/rencana-aksi/2026/", "cari/",
             "cari/semua/provinsi-contoh-02/2/")
    with serve(national_site, tmp_path) as url:
        for path in pages:
            for width in (390, 1280):
                v = visit(url + path, width, reduced_motion="reduce")
                assert v.axe() == [], (path, width)
                stops = _tab_walk(v.page)
                assert [s["what"] for s in stops if not (s["visible"] and s["inView"] and s["onTop"])] == [], (path, width)
                if width < 1220:
                    assert [s for s in stops if s["inNav"]] == [], path
                    _button(v.page).click()
                    assert v.page.evaluate("() => document.activeElement.getAttribute('aria-current')") == "page", path
                v.close()


@pytest.mark.parametrize("width", [390, 1280])
def test_shift_tab_up_a_long_page_never_hides_focus_under_the_sticky_header(base_url, visit, width):
    """Walking back up the plan and Monev pages scrolls each stop into view below the header
    (WCAG 2.4.11), not under it."""
    for path in (PLAN, "sigi/monev/"):
        v = visit(base_url + path, width, reduced_motion="reduce")
        stops = _tab_walk(v.page, limit=120, key="Shift+Tab")
        assert len(stops) > 15, path
        covered = [s for s in stops if not (s["visible"] and s["inView"] and s["onTop"])]
        assert covered == [], (path, width)
        v.close()


def _button(page):
    return page.get_by_role("button", name="Menu", exact=True)


def test_menu_opens_moves_focus_in_and_escape_closes_it_back_to_the_button(base_url, visit):
    v = visit(base_url + PLAN, 390)
    page = v.page
    button = _button(page)
    assert button.get_attribute("aria-expanded") == "false"
    assert page.evaluate("() => document.getElementById('zi-menu').inert") is True
    assert not page.locator("#zi-menu").is_visible()
    button.focus()
    page.keyboard.press("Enter")
    assert button.get_attribute("aria-expanded") == "true"
    assert page.locator("#zi-menu").is_visible()
    assert page.evaluate("() => document.getElementById('zi-menu').inert") is False
    assert page.evaluate("() => document.activeElement.getAttribute('aria-current')") == "page"
    page.keyboard.press("Tab")
    assert page.evaluate("() => !!document.activeElement.closest('#zi-menu')")
    assert v.axe() == []  # the open drawer too
    page.keyboard.press("Escape")
    assert button.get_attribute("aria-expanded") == "false"
    assert not page.locator("#zi-menu").is_visible()
    assert page.evaluate("() => document.activeElement.classList.contains('zi-menu-button')")
    # The button closes it too, and a click outside it (on the overlay)
    button.click()
    assert page.locator("#zi-menu").is_visible()
    button.click()
    assert not page.locator("#zi-menu").is_visible() and button.get_attribute("aria-expanded") == "false"
    button.click()
    page.mouse.click(380, 600)
    assert not page.locator("#zi-menu").is_visible() and button.get_attribute("aria-expanded") == "false"
    assert page.url == base_url + PLAN


def test_menu_closes_when_focus_leaves_it(base_url, visit):
    v = visit(base_url + HOME, 390)
    _button(v.page).click()
    links = v.page.locator("#zi-menu a").count()
    for _ in range(links + 1):
        v.page.keyboard.press("Tab")
    assert not v.page.locator("#zi-menu").is_visible()  # it never covers the element that has focus
    assert v.page.evaluate("() => !document.activeElement.closest('#zi-menu')")


def test_menu_in_the_dark_scheme_and_a_link_to_the_current_page(base_url, visit):
    v = visit(base_url + HOME, 320, color_scheme="dark")
    _button(v.page).click()
    current = v.page.locator("#zi-menu [aria-current=page]")
    assert current.count() == 1 and current.get_attribute("href") == "./"
    assert v.axe() == []


def test_menu_without_javascript_is_a_link_to_the_menu(base_url, visit):
    v = visit(base_url + PLAN, 390, java_script_enabled=False)
    page = v.page
    assert page.get_by_role("button", name="Menu").count() == 0  # hidden: it needs the script
    link = page.get_by_role("link", name="Menu", exact=True)
    assert link.is_visible()
    assert not page.locator("#zi-menu").is_visible()
    link.click()
    assert page.locator("#zi-menu").is_visible()
    assert page.locator("#zi-menu a[aria-current=page]").is_visible()
    page.keyboard.press("Tab")  # the fragment moved the focus start into the menu
    assert page.evaluate("() => !!document.activeElement.closest('#zi-menu')")


def test_menu_without_javascript_is_the_sidebar_on_wide_screens(base_url, visit):
    v = visit(base_url + PLAN, 1280, java_script_enabled=False)
    assert v.page.locator("#zi-menu").is_visible()
    assert not v.page.get_by_role("link", name="Menu", exact=True).is_visible()


@pytest.mark.parametrize("width", [390, 1280])
def test_no_single_key_shortcut_navigates(base_url, visit, width):
    """WCAG 2.1.4: Material's n, p, ., ',', s, f and / shortcuts are gone with its bundle."""
    v = visit(base_url + HOME, width)
    for key in ("n", "p", ".", ",", "s", "f", "/", "?", "N", "P"):
        v.page.keyboard.press(key)
        v.page.wait_for_timeout(50)
        assert v.page.url == base_url + HOME, key
    assert v.page.evaluate("() => !!document.querySelector('script[src*=bundle]')") is False


def test_palette_is_one_toggle_button_remembered_on_the_next_page(base_url, visit):
    v = visit(base_url + HOME, 1280, color_scheme="light")
    page = v.page
    switch = page.get_by_role("button", name="Tampilan gelap", exact=True)
    assert switch.get_attribute("aria-pressed") == "false"
    assert page.evaluate("() => document.body.dataset.mdColorScheme") == "default"
    switch.focus()
    page.keyboard.press("Space")
    assert switch.get_attribute("aria-pressed") == "true"
    assert page.evaluate("() => document.body.dataset.mdColorScheme") == "slate"
    page.goto(base_url + PLAN)
    assert page.evaluate("() => document.body.dataset.mdColorScheme") == "slate"
    assert page.get_by_role("button", name="Tampilan gelap", exact=True).get_attribute("aria-pressed") == "true"
    page.get_by_role("button", name="Tampilan gelap", exact=True).click()
    assert page.evaluate("() => document.body.dataset.mdColorScheme") == "default"


def test_palette_follows_the_device_until_the_reader_chooses(base_url, visit):
    v = visit(base_url + HOME, 390, color_scheme="dark")
    assert v.page.evaluate("() => document.body.dataset.mdColorScheme") == "slate"
    assert v.page.get_by_role("button", name="Tampilan gelap", exact=True).get_attribute("aria-pressed") == "true"


# Every kind of focusable element in the chrome and the content, with the width it shows at.
FOCUS_TARGETS = [
    ("skip link", 1280, "a.md-skip"),
    ("header logo link", 1280, "a.md-logo"),
    ("palette button", 1280, "button.zi-palette"),
    ("toolbar button", 1280, "button.zi-a11y__toggle"),
    ("menu button", 390, "button.zi-menu-button"),
    ("nav link", 1280, "#zi-menu a.zi-nav__link:not([aria-current])"),
    ("current nav link", 1280, "#zi-menu a[aria-current=page]"),
    ("content link", 1280, "article a[href]"),
    ("footer badge", 1280, "footer a.zi-badge"),
    ("footer link", 1280, "footer .zi-channels a"),
]


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_focus_ring_has_3_to_1_against_the_element_and_its_surroundings(base_url, visit, scheme):
    """WCAG 2.4.11/2.4.13 as the issue asks: the rendered outline colour against the element's own
    background and against what lies just outside the ring, on every side that is on screen."""
    failures = {}
    for name, width, selector in FOCUS_TARGETS:
        v = visit(base_url + HOME, width, color_scheme=scheme, reduced_motion="reduce")
        target = v.page.locator(selector).first
        target.scroll_into_view_if_needed()
        v.page.keyboard.press("Shift")  # keyboard modality: focus() then shows :focus-visible
        target.focus()
        ring = v.page.evaluate(RING)
        worst = min([contrast(ring["colour"], ring["own"])] + [contrast(ring["colour"], c) for c in ring["around"]])
        if ring["style"] == "none" or ring["width"] < 2 or not ring["around"] or worst < 3:
            failures[name] = {**ring, "worst": round(worst, 2)}
        v.close()
    assert failures == {}


def test_the_toolbar_panel_buttons_have_a_visible_ring(base_url, visit):
    v = visit(base_url + HOME, 1280)
    v.page.get_by_role("button", name="Aksesibilitas", exact=True).click()
    v.page.keyboard.press("Tab")
    ring = v.page.evaluate(RING)
    assert v.page.evaluate("() => !!document.activeElement.closest('#zi-a11y-panel')")
    assert ring["style"] != "none" and ring["width"] >= 2
    assert min(contrast(ring["colour"], c) for c in [ring["own"], *ring["around"]]) >= 3, ring


def _first_visit(site_dir, v) -> int:
    total = 0
    for url in set(v.requests):
        path = urlparse(url).path
        local = site_dir / path[len(SUBPATH):]
        total += gzip_size(local / "index.html" if local.is_dir() else local)
    return total


@pytest.mark.parametrize("path,budget", [("", HOME_BUDGET), (HOME, HOME_BUDGET), (PLAN, PAGE_BUDGET),
                                         ("banggai-kepulauan/rencana-aksi/2025/", PAGE_BUDGET),
                                         ("sigi/monev/", PAGE_BUDGET), ("sigi/pengaduan/", PAGE_BUDGET)])
def test_first_visit_weight_budget(site_dir, base_url, visit, path, budget):
    """What a phone downloads on a first visit (HTML, CSS, JS, icons; gzip): the home pages within
    40 KiB, any page within 50 KiB. A weight, not a timing: it cannot be flaky."""
    v = visit(base_url + path, 390)
    assert _first_visit(site_dir, v) <= budget


class _NotFound(http.server.SimpleHTTPRequestHandler):
    """A server that answers a missing address with the site's 404.html, as nginx's error_page does."""

    site = None

    def log_message(self, *args):
        pass

    def send_error(self, code, message=None, explain=None):
        if code != 404:
            return super().send_error(code, message, explain)
        body = (self.site / "404.html").read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@contextlib.contextmanager
def _serve_404(site_dir, webroot, subpath):
    if subpath != "/":
        (webroot / subpath.strip("/")).parent.mkdir(parents=True, exist_ok=True)
        (webroot / subpath.strip("/")).symlink_to(site_dir, target_is_directory=True)
    handler = type("Handler", (_NotFound,), {"site": site_dir})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0),
                                             functools.partial(handler, directory=str(webroot if subpath != "/" else site_dir)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{subpath}"
    finally:
        server.shutdown()


@pytest.mark.parametrize("subpath", ["/", "/zi/", "/kpu/zona-integritas/"])
def test_404_page_finds_the_site_under_any_sub_path(site_dir, tmp_path, visit, subpath):
    with _serve_404(site_dir, tmp_path, subpath) as url:
        v = visit(url + "sigi/tidak-ada/lebih/dalam", 390)
        assert v.response.status == 404
        page = v.page
        assert page.title().startswith("Halaman tidak ditemukan")
        page.wait_for_function("() => getComputedStyle(document.querySelector('.md-header')).backgroundColor === 'rgb(139, 26, 26)'")
        home = page.get_by_role("link", name="Ke beranda situs")
        assert home.get_attribute("href") == subpath
        # The page itself and the probes of folders above it answer 404: nothing else may go wrong.
        assert [e for e in v.errors if "status of 404" not in e] == []
        assert v.axe() == []
        with page.expect_navigation(wait_until="load"):  # the title is read once the home has loaded
            home.click()
        assert page.url == url and page.title() == "Zona Integritas KPU di Sulawesi Tengah"


def test_404_page_without_javascript_is_indonesian_and_links_to_the_server_root(site_dir, tmp_path, visit):
    with _serve_404(site_dir, tmp_path, "/zi/") as url:
        v = visit(url + "tidak-ada/", 390, java_script_enabled=False)
        assert v.page.locator("h1").inner_text() == "Halaman tidak ditemukan"
        assert v.page.get_by_role("link", name="Ke beranda situs").get_attribute("href") == "/"


def test_404_page_without_javascript_uses_site_url_when_it_is_set(large_group_site, tmp_path, visit):
    """The large group fixture has site_url …/zi/: styled and a working home link with JavaScript off."""
    with _serve_404(large_group_site, tmp_path, "/zi/") as url:
        v = visit(url + "sigi/tidak-ada/lebih/dalam", 390, java_script_enabled=False)
        assert v.response.status == 404
        page = v.page
        assert page.evaluate("() => getComputedStyle(document.querySelector('.md-header')).backgroundColor") == "rgb(139, 26, 26)"
        with page.expect_navigation(wait_until="load"):
            page.get_by_role("link", name="Ke beranda situs").click()
        assert page.url == url and page.title() == "Zona Integritas KPU di Sulawesi Tengah"
