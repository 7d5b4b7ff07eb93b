"""Browser fixtures: build the example site once, serve it on 127.0.0.1 under a sub-path, drive
real headless Chromium (Debian's package) with Playwright, and run axe-core from npm.
"""

from __future__ import annotations

import pytest

from browserkit import Visit, serve


@pytest.fixture(scope="session")
def base_url(site_dir, tmp_path_factory) -> str:
    with serve(site_dir, tmp_path_factory.mktemp("webroot")) as url:
        yield url


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
