"""Every page of a group site built from the hostile-commit corpus (``tests/hostile.py``), in real
Chromium: no dialog opens, nothing is logged as an error, no Content-Security-Policy violation is
reported — on load, and after every element showing a payload is hovered, focused and clicked."""

from __future__ import annotations

import pytest

from browserkit import serve, site_pages
from hostile import MARK
from test_hostile import build_hostile_group

pytestmark = pytest.mark.browser

RECORD = """
window.__zi_violations = [];
document.addEventListener('securitypolicyviolation', e => window.__zi_violations.push(
  e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sourceFile + ':' + e.lineNumber));
"""
# Every element whose own text shows a payload gets the events a reader's mouse, keyboard and
# finger would send; a javascript: link or an event attribute would open a dialog here.
PROVOKE = """mark => {
  const hits = [...document.querySelectorAll('body *')].filter(el =>
    [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.includes(mark)));
  for (const el of hits) {
    for (const type of ['mouseover', 'mouseenter', 'focus', 'focusin', 'pointerdown', 'mousedown']) {
      el.dispatchEvent(new Event(type, {bubbles: true}));
    }
    const link = el.closest('a');
    // An http(s) link only navigates (another host is refused by the route); any other kind of
    // link — javascript:, data:, vbscript: — is followed, as a reader's click would.
    if (!link || !/^https?:$/.test(link.protocol)) el.click();
  }
  return hits.length;
}"""


@pytest.fixture(scope="module")
def hostile_url(tmp_path_factory):
    site = build_hostile_group(tmp_path_factory.mktemp("hostile-browser") / "site")
    with serve(site, tmp_path_factory.mktemp("hostile-webroot")) as url:
        yield url, site


def test_no_page_of_a_hostile_site_runs_anything(browser, hostile_url):
    url, site = hostile_url
    context = browser.new_context(viewport={"width": 390, "height": 800})
    context.add_init_script(RECORD)
    context.route("**/*", lambda route: route.continue_() if "127.0.0.1" in route.request.url else route.abort())
    page = context.new_page()
    dialogs: list[str] = []
    errors: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(f"{dialog.type}: {dialog.message}"), dialog.dismiss()))
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(str(error)))
    problems: dict[str, list[str]] = {}
    provoked = 0
    pages = [p for p in site_pages(site) if p != "404.html"]  # 404.html has root-absolute URLs (test_404_page)
    for path in pages:
        dialogs.clear()
        errors.clear()
        page.goto(url + path, wait_until="load")
        provoked += page.evaluate(PROVOKE, MARK)
        violations = page.evaluate("() => window.__zi_violations || []")
        found = dialogs + [f"console: {e}" for e in errors] + [f"CSP: {v}" for v in violations]
        if found:
            problems[path] = list(found)
    context.close()
    assert problems == {}
    assert provoked >= 10  # the payloads really were on the pages and were poked
