"""Browser fixtures: build the example site once, serve it on 127.0.0.1 under a sub-path, drive
real headless Chromium (Debian's package) with Playwright, and run axe-core from npm.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlparse

import pytest

from browserkit import SUBPATH, serve

ROOT = Path(__file__).resolve().parents[2]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa", "best-practice"]


@pytest.fixture(scope="session")
def base_url(site_dir, tmp_path_factory) -> str:
    with serve(site_dir, tmp_path_factory.mktemp("webroot")) as url:
        yield url


class Visit:
    """One page load in a fresh context, remembering every request it made."""

    def __init__(self, browser, url: str, width: int, **context_options):
        self.requests: list[str] = []
        self.context = browser.new_context(viewport={"width": width, "height": 900}, **context_options)
        self.page = self.context.new_page()
        self.page.on("request", lambda request: self.requests.append(request.url))
        # Anything not on this machine is refused, and recorded above before it is.
        self.page.route("**/*", lambda route: route.continue_() if urlparse(route.request.url).hostname == "127.0.0.1"
                        else route.abort())
        self.response = self.page.goto(url, wait_until="load")
        self.page.wait_for_load_state("networkidle")

    def axe(self, tags=AXE_TAGS) -> list[dict]:
        if not AXE.is_file():
            pytest.fail(f"{AXE} is missing: run ./dev test, which runs npm ci")
        self.page.add_script_tag(path=str(AXE))
        result = self.page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", tags)
        return [{"id": v["id"], "impact": v["impact"], "help": v["help"],
                 "nodes": [n["target"] for n in v["nodes"]][:5]} for v in result["violations"]]

    def close(self):
        self.context.close()


@pytest.fixture
def visit(browser):
    opened: list[Visit] = []

    def open_page(url: str, width: int = 1280, **options) -> Visit:
        v = Visit(browser, url, width, **options)
        opened.append(v)
        return v

    yield open_page
    for v in opened:
        v.close()
