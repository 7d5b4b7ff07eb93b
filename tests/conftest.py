"""Fixtures: the real CLI, YAML trees in tmp_path, the example site built once per session."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from helpers import CHROMIUM, CHROMIUM_ARGS, MINIMAL_OFFICE, MINIMAL_PLAN, ROOT, build_site, run_cli  # noqa: F401


@pytest.fixture
def cli():
    return run_cli


@pytest.fixture
def make_project(tmp_path):
    """Write a small project tree; any file can be replaced. Returns its root."""

    def make(files: dict[str, str] | None = None, *, office: str = MINIMAL_OFFICE, plan: str | None = MINIMAL_PLAN) -> Path:
        tree = {"content/offices/contoh/office.yaml": office}
        if plan is not None:
            tree["plans/contoh/2026.yaml"] = plan
        tree.update(files or {})
        for name, text in tree.items():
            path = tmp_path / name
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(text, bytes):
                path.write_bytes(text)
            else:
                path.write_text(textwrap.dedent(text), encoding="utf-8")
        return tmp_path

    return make



@pytest.fixture(scope="session")
def site_dir(tmp_path_factory) -> Path:
    """The example site, built once per test session."""
    return build_site(tmp_path_factory.mktemp("site") / "site")


@pytest.fixture(scope="session")
def browser():
    """One headless Chromium for the whole session (two sync Playwright instances cannot coexist)."""
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run ./dev test, which installs Debian's chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()
