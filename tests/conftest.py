"""Fixtures: the real CLI, YAML trees in tmp_path, the example site built once per run.

The suite runs in parallel (``./dev test``: pytest-xdist, ``--dist loadgroup``). What is expensive
to make is made once: the example site builds are shared by all workers of a run (the first worker
to ask builds, the others wait on a file lock), and the tests of a module that share a
module-scoped fixture are sent to one worker together.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from deploykit import build_variant
from helpers import (CHROMIUM, CHROMIUM_ARGS, MINIMAL_OFFICE, MINIMAL_PLAN, NATIONAL_PROVINCES, ROOT,  # noqa: F401
                     build_site, run_cli)


def pytest_configure(config):
    # Registered here, not in pyproject.toml, whose every change reinstalls ./dev's venv.
    config.addinivalue_line("markers", "slow: takes tens of seconds (walks every page, kills deploys): "
                            "handed out first, so the workers end together")


@pytest.hookimpl(tryfirst=True)  # before xdist reads the groups
def pytest_collection_modifyitems(config, items):
    """Tests that share a module-scoped fixture run on one worker, so the fixture is made once; the
    tests marked ``slow`` are handed out first."""
    for item in items:
        info = getattr(item, "_fixtureinfo", None)
        if info and any(defs[-1].scope == "module" for defs in info.name2fixturedefs.values() if defs):
            item.add_marker(pytest.mark.xdist_group(item.nodeid.split("::")[0]))
    # Longest first: xdist hands out work in this order, and a long test started last keeps one
    # worker busy while the other idles. The sort is stable, so the rest keeps its order.
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)


def pytest_collection_finish(session):
    """xdist groups by appending ``@group`` to the test ids; where that no longer takes (pytest 9.2,
    pytest-xdist#1386) every grouped fixture is silently made again on each worker: say so instead."""
    if session.config.getoption("loadgroup", False):
        lost = [item.nodeid for item in session.items if item.get_closest_marker("xdist_group") and "@" not in item.nodeid]
        if lost:
            raise pytest.UsageError(f"--dist loadgroup does not group with pytest {pytest.__version__} "
                                    f"(pytest-xdist#1386), e.g. {lost[0]}: keep pytest below 9.2 (pyproject.toml)")


def shared_build(tmp_path_factory, name: str, build: Callable[[Path], Path]) -> Path:
    """``build(destination)`` once per test run, whichever worker asks first; the site it returns."""
    if not os.environ.get("PYTEST_XDIST_WORKER"):
        return build(tmp_path_factory.mktemp(name) / "site")
    run = tmp_path_factory.getbasetemp().parent  # one folder per run, above each worker's own
    folder, done = run / f"shared-{name}", run / f"shared-{name}.done"
    with open(run / f"shared-{name}.lock", "w") as lock:
        # Blocks while another worker builds; the build itself is bounded by its subprocess timeout.
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not done.is_file():  # a build that failed left no mark: this worker tries again, and fails alike
            shutil.rmtree(folder, ignore_errors=True)
            build(folder / "site")
            done.touch()
    return folder / "site"


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
def example_project():
    """The example project (plans/, content/) loaded, once per run; tests only read it."""
    from zisite.load import load_project

    return load_project(ROOT)


@pytest.fixture(scope="session")
def site_dir(tmp_path_factory) -> Path:
    """The example site, built once per test run (tests only read it)."""
    return shared_build(tmp_path_factory, "site", build_site)


@pytest.fixture(scope="session")
def site_b(site_dir, tmp_path_factory) -> Path:
    """The example site built for another day: most files equal ``site_dir``'s, a few differ."""
    return shared_build(tmp_path_factory, "site_b", lambda to: build_variant(to, epoch=1767225600))  # 2026-01-01


@pytest.fixture(scope="session")
def office_site(tmp_path_factory) -> Path:
    """The one-office site an office deploys (``--office sigi``), built once per test run."""
    return shared_build(tmp_path_factory, "office_site", lambda to: build_site(to, "--office", "sigi"))


LARGE_GROUP_URL = "https://provinsi-contoh.kpu.go.id/zi/"


def _large_group_build(destination: Path) -> Path:
    repo = destination.parent / "repo"
    for name in ("plans", "content"):
        shutil.copytree(ROOT / name, repo / name)
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8").replace(
        "title: Zona Integritas KPU di Sulawesi Tengah", "title: Zona Integritas KPU di Sulawesi Tengah\n      nav_offices_max: 1")
    config = f"site_url: {LARGE_GROUP_URL}\n" + config  # its 404 page then works without JavaScript too
    (repo / "mkdocs.yml").write_text(config, encoding="utf-8")
    return build_site(destination, config=repo / "mkdocs.yml")


def _national_build(destination: Path) -> Path:
    """Eight synthetic offices with overview_offices_max 3 and nav_offices_max 3: what a national
    build of hundreds of offices does (province overviews, no office in the site nav), in miniature."""
    import re
    import sys

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from synthetic import make_project

    root = make_project(destination.parent / "repo", len(NATIONAL_PROVINCES))
    for number, province in NATIONAL_PROVINCES.items():
        office = root / "content/offices" / f"contoh-{number:03d}" / "office.yaml"
        text = re.sub(r"(?m)^provinsi:.*\n", "", office.read_text(encoding="utf-8"))
        office.write_text(text + (f"provinsi: {province}\n" if province else ""), encoding="utf-8")
    config = root / "mkdocs.yml"
    text, n = re.subn(r"(?m)^(\s+)title: (.*)$", r"\1title: \2\n\1overview_offices_max: 3\n\1nav_offices_max: 3",
                      config.read_text(encoding="utf-8"), count=1)
    assert n == 1
    config.write_text(text, encoding="utf-8")
    return build_site(destination, config=config)


@pytest.fixture(scope="session")
def national_site(tmp_path_factory) -> Path:
    """A national build in miniature (``_national_build``), once per run."""
    return shared_build(tmp_path_factory, "national_site", _national_build)


@pytest.fixture(scope="session")
def large_group_site(tmp_path_factory) -> Path:
    """The example built as a large group site (``nav_offices_max: 1``, below its two offices) with a
    ``site_url`` under ``/zi/``, once per run."""
    return shared_build(tmp_path_factory, "large_group_site", _large_group_build)


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
