"""The preview opened from disk (file://) in real Chromium: styles apply under the site's CSP and
following the menu's links lands on pages, not folder listings."""

from __future__ import annotations

import pytest

from helpers import run_main

pytestmark = pytest.mark.browser


def test_preview_opened_from_disk_is_styled_and_its_links_open_pages(browser, site_dir, tmp_path):
    out = tmp_path / "pratinjau"
    assert run_main("pratinjau", str(site_dir), str(out)).code == 0
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    outside: list[str] = []
    page.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file://")
               else (outside.append(route.request.url), route.abort()))
    try:
        page.goto((out / "sigi/index.html").as_uri(), wait_until="load")
        # Stylesheets the CSP or a wrong path kept out have no CSSStyleSheet; these loaded from disk.
        assert page.evaluate("[...document.styleSheets].filter(s => s.href).length") >= 3
        assert "Arial" in page.evaluate("getComputedStyle(document.body).fontFamily")  # Material's CSS applies
        links = page.eval_on_selector_all(
            "a[href]:not([href^='#']):not([href^='http']):not([href^='mailto'])", "els => els.map(e => e.href)")
        assert len(links) > 10 and all(link.startswith("file://") for link in links)
        for link in sorted(set(links))[:8]:
            page.goto(link, wait_until="load")
            assert page.locator("h1").count() == 1, link  # a page of the site, not a listing
            assert page.evaluate("document.documentElement.lang") == "id", link
        assert outside == []
    finally:
        context.close()
