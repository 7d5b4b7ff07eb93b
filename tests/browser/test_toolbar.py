"""The reader toolbar "Aksesibilitas" (theme/assets/toolbar.js, toolbar.css) in real Chromium:
absent without JavaScript, keyboard only, remembered across pages, every setting passes axe, text
size without horizontal scroll, the font only on demand, WCAG 1.4.12 spacing, and "Dengarkan"."""

from __future__ import annotations

import json
from urllib.parse import urlparse

import pytest

from browserkit import SUBPATH, gzip_size, site_pages

pytestmark = pytest.mark.browser

KEY = "zi-aksesibilitas"
HOME = "sigi/"
PLAN = "sigi/rencana-aksi/2026/"
CHARTS = "sigi/pengaduan/"  # the high-contrast setting recolours charts too
TOGGLES = {"contrast": "Kontras tinggi", "links": "Garis bawahi semua tautan", "font": "Huruf mudah dibaca",
           "spacing": "Jarak baris dan huruf lebih lega", "still": "Hentikan animasi"}
EVERYTHING = {"size": 2, **{key: True for key in TOGGLES}}
FONT_FILE = "assets/fonts/atkinson-hyperlegible-latin-400-normal.woff2"
FIRST_VISIT_BUDGET = 8 * 1024  # toolbar.js + toolbar.css, gzip (about 6.9 KiB now)

# Records what the page asks of the speech synthesis; __finishSpeech() ends the current utterance.
SPEECH_STUB = """
window.__speech = [];
window.SpeechSynthesisUtterance = function (text) { this.text = text; this.lang = ""; this.voice = null; };
Object.defineProperty(window, "speechSynthesis", {configurable: true, value: {
  current: null,
  speak(u) { window.__speech.push(["speak", u.text, u.lang]); this.current = u; },
  pause() { window.__speech.push(["pause"]); },
  resume() { window.__speech.push(["resume"]); },
  cancel() { window.__speech.push(["cancel"]); this.current = null; },
  getVoices() { return []; },
}});
window.__finishSpeech = () => { const u = speechSynthesis.current; if (u && u.onend) u.onend({}); };
"""
NO_SPEECH = 'Object.defineProperty(window, "speechSynthesis", {configurable: true, value: undefined});'


def _stored(base_url: str, settings: dict) -> dict:
    """A context option that starts the browser with the toolbar settings already remembered."""
    origin = "{0.scheme}://{0.netloc}".format(urlparse(base_url))
    return {"storage_state": {"cookies": [], "origins": [
        {"origin": origin, "localStorage": [{"name": KEY, "value": json.dumps(settings)}]}]}}


def _toggle(page):
    return page.get_by_role("button", name="Aksesibilitas", exact=True)


def _open(page):
    _toggle(page).click()
    assert page.locator("#zi-a11y-panel").is_visible()


def _control(page, name: str):
    return page.locator("#zi-a11y-panel").get_by_role("button", name=name, exact=True)


def _pressed(page) -> dict[str, str]:
    return page.eval_on_selector_all("#zi-a11y-panel [aria-pressed]", """els => Object.fromEntries(
        els.map(e => [e.textContent.trim(), e.getAttribute('aria-pressed')]))""")


def _html_classes(page) -> set[str]:
    return {c for c in page.evaluate("() => [...document.documentElement.classList]") if c.startswith("zi-a11y-")}


def _root_px(page) -> float:
    return float(page.evaluate("() => getComputedStyle(document.documentElement).fontSize")[:-2])


def _active(page) -> str:
    return page.evaluate("() => document.activeElement.textContent.trim()")


def test_button_in_the_header_with_javascript(base_url, visit):
    v = visit(base_url + HOME)
    button = _toggle(v.page)
    assert button.count() == 1
    assert button.evaluate("b => b.closest('.md-header') !== null")
    assert button.get_attribute("aria-expanded") == "false"
    panel_id = button.get_attribute("aria-controls")
    panel = v.page.locator(f"#{panel_id}")
    assert panel.count() == 1 and panel.is_hidden()
    title = panel.get_attribute("aria-labelledby")
    assert v.page.locator(f"#{title}").inner_text() == "Pengaturan tampilan"
    button.click()
    assert button.get_attribute("aria-expanded") == "true" and panel.is_visible()


def test_absent_without_javascript(base_url, visit):
    v = visit(base_url + HOME, java_script_enabled=False, **_stored(base_url, EVERYTHING))
    assert v.page.locator(".md-header").is_visible()
    assert v.page.locator(".zi-a11y, #zi-a11y-panel").count() == 0
    assert _toggle(v.page).count() == 0
    assert _html_classes(v.page) == set()  # remembered settings need the script too
    assert v.page.locator("h1").inner_text() == "KPU Kabupaten Sigi"


def test_keyboard_only(base_url, visit):
    v = visit(base_url + HOME)
    page = v.page
    for _ in range(15):
        page.keyboard.press("Tab")
        if _active(page) == "Aksesibilitas":
            break
    assert _active(page) == "Aksesibilitas"
    page.keyboard.press("Enter")
    assert _toggle(page).get_attribute("aria-expanded") == "true"
    assert _active(page) == "Aksesibilitas"  # a disclosure: focus stays on its button

    def focused_and_visible(name):
        page.keyboard.press("Tab")
        assert _active(page) == name
        outline = page.evaluate("() => { const s = getComputedStyle(document.activeElement);"
                                " return [s.outlineStyle, parseFloat(s.outlineWidth)] }")
        assert outline[0] != "none" and outline[1] >= 2, (name, outline)

    sizes = ["A 100%", "A+ 125%", "A++ 150%"]
    for i, name in enumerate(sizes):
        focused_and_visible(name)
        page.keyboard.press("Enter" if i % 2 else "Space")
        assert {k: _pressed(page)[k] for k in sizes} == {s: str(s == name).lower() for s in sizes}
        assert _root_px(page) == [20, 25, 30][i]
    for i, (key, name) in enumerate(TOGGLES.items()):
        focused_and_visible(name)
        page.keyboard.press("Space" if i % 2 else "Enter")
        assert _pressed(page)[name] == "true"
        assert f"zi-a11y-{key}" in _html_classes(page)
        page.keyboard.press("Space")
        assert _pressed(page)[name] == "false"
        page.keyboard.press("Enter")
        assert _pressed(page)[name] == "true"
    focused_and_visible("Dengarkan")  # headless Chromium has speechSynthesis
    focused_and_visible("Kembalikan ke semula")
    page.keyboard.press("Enter")
    assert [k for k, p in _pressed(page).items() if p == "true"] == ["A 100%"]
    assert _html_classes(page) == set()
    assert page.locator("#zi-a11y-panel [role=status]").inner_text() == "Semua pengaturan dikembalikan ke semula."

    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Escape")
    assert page.locator("#zi-a11y-panel").is_hidden()
    assert _toggle(page).get_attribute("aria-expanded") == "false"
    assert _active(page) == "Aksesibilitas"


def test_no_focus_trap_and_tabbing_out_closes(base_url, visit):
    v = visit(base_url + HOME)
    _open(v.page)
    _control(v.page, "Kembalikan ke semula").focus()
    v.page.keyboard.press("Tab")
    assert v.page.evaluate("() => !document.activeElement.closest('.zi-a11y')")
    assert v.page.locator("#zi-a11y-panel").is_hidden()  # it would cover the focused element otherwise
    assert _toggle(v.page).get_attribute("aria-expanded") == "false"


def test_outside_click_closes(base_url, visit):
    v = visit(base_url + HOME)
    _open(v.page)
    _control(v.page, "Kontras tinggi").click()  # clicks inside keep it open
    assert v.page.locator("#zi-a11y-panel").is_visible()
    v.page.locator("h1").click()
    assert v.page.locator("#zi-a11y-panel").is_hidden()
    assert _toggle(v.page).get_attribute("aria-expanded") == "false"


def test_settings_persist_to_another_page(base_url, visit):
    v = visit(base_url + HOME)
    _open(v.page)
    _control(v.page, "A++ 150%").click()
    for name in TOGGLES.values():
        _control(v.page, name).click()
    assert json.loads(v.page.evaluate(f"() => localStorage.getItem('{KEY}')")) == EVERYTHING
    v.page.goto(base_url + PLAN)
    assert _html_classes(v.page) == {"zi-a11y-size-2", *(f"zi-a11y-{k}" for k in TOGGLES)}
    assert _root_px(v.page) == 30
    _open(v.page)
    assert {k for k, p in _pressed(v.page).items() if p == "true"} == {"A++ 150%", *TOGGLES.values()}


def test_remembered_settings_apply_before_the_script(base_url, visit):
    """assets/head.js in <head> sets the classes; toolbar.js is not needed for the first paint."""
    v = visit(base_url + HOME, **_stored(base_url, EVERYTHING))
    with_script = _html_classes(v.page)
    v.page.route("**/assets/toolbar.js", lambda route: route.abort())
    v.page.reload(wait_until="load")
    assert _html_classes(v.page) == with_script == {"zi-a11y-size-2", *(f"zi-a11y-{k}" for k in TOGGLES)}
    assert _root_px(v.page) == 30
    assert _toggle(v.page).count() == 0  # and without its script the feature is simply absent
    assert v.page.locator("h1").inner_text() == "KPU Kabupaten Sigi"
    v.page.route("**/assets/head.js", lambda route: route.abort())
    v.page.reload(wait_until="load")
    assert _html_classes(v.page) == set()  # it is head.js that applies them


def test_storage_unavailable_still_works(base_url, visit):
    v = visit(base_url + HOME)
    errors = []
    v.page.on("pageerror", lambda error: errors.append(f"{error}\n{error.stack}"))
    v.page.add_init_script("Object.defineProperty(window, 'localStorage', {configurable: true, "
                           "get() { throw new DOMException('blocked', 'SecurityError'); }});")
    v.page.reload(wait_until="load")
    _open(v.page)
    _control(v.page, "Kontras tinggi").click()
    assert _html_classes(v.page) == {"zi-a11y-contrast"}
    assert [e for e in errors if "toolbar.js" in e] == []


@pytest.mark.slow
@pytest.mark.parametrize("settings", [{"size": 1}, {"size": 2}, *({key: True} for key in TOGGLES), EVERYTHING],
                         ids=lambda s: "+".join(s) if len(s) > 1 else next(iter(s)) + str(next(iter(s.values()))))
def test_axe_with_every_setting(base_url, visit, settings):
    failures = {}
    for width, scheme in ((1280, "light"), (390, "dark")):
        v = visit(base_url + HOME, width, color_scheme=scheme, **_stored(base_url, settings))
        for page in (HOME, PLAN, CHARTS):
            if page != HOME:
                v.page.goto(base_url + page, wait_until="networkidle")
            _open(v.page)
            violations = v.axe()
            if violations:
                failures[(page, width, scheme)] = violations
        v.close()
    assert failures == {}


@pytest.mark.slow
def test_text_size_150_at_320px_has_no_horizontal_scroll(site_dir, base_url, visit):
    overflow = "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]"
    failures = {}
    for settings in ({"size": 2}, EVERYTHING):
        v = visit(base_url + HOME, 320, **_stored(base_url, settings))
        for page in (p for p in site_pages(site_dir) if p != "404.html"):  # 404.html needs the root
            v.page.goto(base_url + page, wait_until="load")
            # the remembered readable font; the widths equal those after networkidle on every page
            # (checked when this replaced it), without its half second of quiet per page
            v.page.evaluate("() => document.fonts.ready.then(() => true)")
            widths = [v.page.evaluate(overflow)]
            if page == HOME:
                _open(v.page)
                widths.append(v.page.evaluate(overflow))
                box = v.page.locator("#zi-a11y-panel").bounding_box()
                assert box["x"] >= 0 and box["x"] + box["width"] <= 320, box
            if any(scroll > client for scroll, client in widths):
                failures[(page, tuple(settings))] = widths
        v.close()
    assert failures == {}


def test_readable_font_is_downloaded_only_when_chosen(base_url, visit):
    v = visit(base_url + HOME)
    assert [u for u in v.requests if "/fonts/" in u or u.endswith((".woff2", ".woff", ".ttf"))] == []
    _open(v.page)
    with v.page.expect_request(lambda r: r.url.endswith(FONT_FILE)) as request:
        _control(v.page, "Huruf mudah dibaca").click()
    assert urlparse(request.value.url).path == SUBPATH + FONT_FILE
    v.page.wait_for_function("() => document.fonts.check('16px \"Atkinson Hyperlegible Live\"')", timeout=5000)
    family = v.page.evaluate("() => getComputedStyle(document.querySelector('.md-typeset p')).fontFamily")
    assert family.startswith('"Atkinson Hyperlegible Live"')  # the swap face: the choice shows at once
    v.page.goto(base_url + PLAN)  # later pages: the "optional" face, from the cache
    assert v.page.evaluate("() => getComputedStyle(document.querySelector('.md-typeset p')).fontFamily").startswith(
        '"Atkinson Hyperlegible",')
    v.page.wait_for_function("() => document.fonts.check('16px \"Atkinson Hyperlegible\"')", timeout=5000)


LAYOUT_SHIFTS = """() => new Promise(done => { const shifts = [];
    new PerformanceObserver(list => list.getEntries().forEach(e => shifts.push([e.value,
        e.sources.map(s => s.node ? s.node.nodeName + '.' + s.node.className : '?')])))
        .observe({type: 'layout-shift', buffered: true});
    setTimeout(() => done(shifts), 300); })"""


@pytest.mark.parametrize("width", [390, 1280])
def test_no_layout_shift_while_loading(base_url, visit, width):
    """The button joins the header without moving anything, remembered settings apply before the
    first paint, and the remembered font never swaps in late."""
    for settings in ({}, EVERYTHING):
        v = visit(base_url + PLAN, width, **_stored(base_url, settings))
        assert v.page.evaluate(LAYOUT_SHIFTS) == [], settings
        v.page.goto(base_url + HOME, wait_until="load")  # the font now comes from the cache
        v.page.wait_for_load_state("networkidle")
        assert v.page.evaluate(LAYOUT_SHIFTS) == [], settings
        v.close()


def test_spacing_follows_wcag_1_4_12(base_url, visit):
    v = visit(base_url + HOME)
    _open(v.page)
    _control(v.page, "Jarak baris dan huruf lebih lega").click()
    style = v.page.evaluate("""() => { const s = getComputedStyle(document.querySelector('.md-content__inner p'));
        return [s.fontSize, s.lineHeight, s.letterSpacing, s.wordSpacing, s.marginBottom].map(parseFloat) }""")
    size, line, letter, word, after = style
    assert line == pytest.approx(1.5 * size, abs=0.1)
    assert letter == pytest.approx(0.12 * size, abs=0.1)
    assert word == pytest.approx(0.16 * size, abs=0.1)
    assert after == pytest.approx(2 * size, abs=0.1)


def test_contrast_links_and_motion_take_effect(base_url, visit):
    v = visit(base_url + HOME)
    page = v.page
    link = ".zi-nav__link:not(.zi-nav__link--active)"
    assert page.evaluate(f"() => getComputedStyle(document.querySelector('{link}')).transitionDuration") != "0s"
    assert page.evaluate(f"() => getComputedStyle(document.querySelector('{link}')).textDecorationLine") == "none"
    _open(page)
    for name in ("Kontras tinggi", "Garis bawahi semua tautan", "Hentikan animasi"):
        _control(page, name).click()
    colours = page.evaluate("""() => [getComputedStyle(document.body).backgroundColor,
        getComputedStyle(document.body).color, getComputedStyle(document.querySelector('.md-typeset a')).color]""")
    assert colours == ["rgb(0, 0, 0)", "rgb(255, 255, 255)", "rgb(255, 255, 0)"]
    assert page.evaluate(f"() => getComputedStyle(document.querySelector('{link}')).textDecorationLine") == "underline"
    assert page.evaluate(f"() => getComputedStyle(document.querySelector('{link}')).transitionDuration") == "0s"
    page.keyboard.press("Tab")  # a thicker, yellow focus ring
    ring = page.evaluate("() => { const s = getComputedStyle(document.activeElement); return [s.outlineColor, s.outlineWidth] }")
    assert ring == ["rgb(255, 255, 0)", "4px"]


def test_reduced_motion_is_the_default_when_the_system_asks(base_url, visit):
    v = visit(base_url + HOME, reduced_motion="reduce")
    _open(v.page)
    assert _pressed(v.page)["Hentikan animasi"] == "true"
    assert v.page.evaluate(f"() => localStorage.getItem('{KEY}')") is None


def test_dengarkan_reads_the_content_in_indonesian_on_request(base_url, visit):
    v = visit(base_url + HOME)
    v.page.add_init_script(SPEECH_STUB)
    v.page.reload(wait_until="load")
    assert _toggle(v.page).count() == 1  # toolbar.js has run
    v.page.wait_for_load_state("networkidle")  # and the page has settled (half a second without requests)
    assert v.page.evaluate("() => window.__speech") == []  # never starts by itself
    _open(v.page)
    assert _control(v.page, "Jeda").is_hidden() and _control(v.page, "Berhenti").is_hidden()
    _control(v.page, "Dengarkan").click()
    calls = v.page.evaluate("() => window.__speech")
    assert calls[0] == ["cancel"]
    assert calls[1][0] == "speak" and calls[1][2] == "id-ID" and calls[1][1].startswith("KPU Kabupaten Sigi")
    v.page.evaluate("() => window.__finishSpeech()")  # the next part follows the first
    second = v.page.evaluate("() => window.__speech")[2]
    assert second[0] == "speak" and second[2] == "id-ID" and second[1] != calls[1][1]
    status = v.page.locator("#zi-a11y-panel [role=status]")
    _control(v.page, "Jeda").click()
    assert _control(v.page, "Lanjutkan").is_visible() and status.inner_text() == "Dijeda."
    _control(v.page, "Lanjutkan").click()
    _control(v.page, "Berhenti").click()
    assert [c[0] for c in v.page.evaluate("() => window.__speech")][3:] == ["pause", "resume", "cancel"]
    assert _active(v.page) == "Dengarkan"
    assert _control(v.page, "Jeda").is_hidden() and status.inner_text() == "Pembacaan dihentikan."


def test_dengarkan_is_absent_without_speech_synthesis(base_url, visit):
    v = visit(base_url + HOME)
    v.page.add_init_script(NO_SPEECH)
    v.page.reload(wait_until="load")
    _open(v.page)
    assert _control(v.page, "Dengarkan").count() == 0
    assert "Bacakan" not in v.page.locator("#zi-a11y-panel").inner_text()
    assert _control(v.page, "Kontras tinggi").count() == 1


def test_accessibility_tree_of_the_panel(base_url, visit):
    v = visit(base_url + HOME, **_stored(base_url, {"size": 1, "links": True}))
    v.page.add_init_script(NO_SPEECH)
    v.page.reload(wait_until="load")
    _open(v.page)
    assert v.page.locator("#zi-a11y-panel").aria_snapshot() == """\
- group "Pengaturan tampilan":
  - paragraph: Pengaturan tampilan
  - group "Ukuran teks":
    - paragraph: Ukuran teks
    - button "A 100%"
    - button "A+ 125%" [pressed]
    - button "A++ 150%"
  - button "Kontras tinggi"
  - button "Garis bawahi semua tautan" [pressed]
  - button "Huruf mudah dibaca"
  - button "Jarak baris dan huruf lebih lega"
  - button "Hentikan animasi"
  - button "Kembalikan ke semula"
  - status"""


def test_first_visit_cost(site_dir, base_url, visit):
    v = visit(base_url + HOME)
    toolbar = sorted(urlparse(u).path[len(SUBPATH):] for u in set(v.requests) if "/toolbar." in u)
    assert toolbar == ["assets/toolbar.css", "assets/toolbar.js"]
    cost = sum(gzip_size(site_dir / path) for path in toolbar)
    assert cost <= FIRST_VISIT_BUDGET, cost
