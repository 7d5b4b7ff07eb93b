"""Shared test helpers: the repository root, the real CLI, real site builds, small valid data."""

from __future__ import annotations

import contextlib
import io
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Result:
    code: int
    out: str
    err: str


def run_cli(*args: str, cwd: Path | None = None, env: dict | None = None) -> Result:
    """Run ``zisite`` as staff would (a separate process), capturing its output and exit code."""
    proc = subprocess.run([sys.executable, "-m", "zisite", *args], cwd=cwd or ROOT,
                          capture_output=True, text=True, timeout=120, env=env)
    return Result(proc.returncode, proc.stdout, proc.stderr)


def run_main(*args: str) -> Result:
    """``zisite ARGS`` in this process: the same code, printed lines and exit code as ``run_cli``,
    without starting an interpreter (about a second on a busy CI machine) for each call."""
    from zisite.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(list(args))
        except SystemExit as exc:  # argparse refusing the arguments, as the command would
            code = exc.code if isinstance(exc.code, int) else 1
    return Result(code, out.getvalue(), err.getvalue())


EXAMPLE_DATE = "2026-07-01"  # the day the example site describes in tests: every Monev status occurs


def build_site(destination: Path, *extra: str, config: Path = ROOT / "mkdocs.yml", build_date: str = EXAMPLE_DATE) -> Path:
    """A real `zisite build` (MkDocs, strict) of the example site into ``destination``, as on ``build_date``."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    proc = subprocess.run([sys.executable, "-m", "zisite", "build", "--config", str(config), "--site-dir", str(destination),
                           "--date", build_date, *extra], capture_output=True, text=True, env=env, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return destination


from zisite.checks.minimal import MINIMAL_OFFICE, MINIMAL_PLAN  # noqa: E402,F401 - the smallest valid project


CHROMIUM = "/usr/bin/chromium"  # Debian's package; never a browser Playwright downloads
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--disable-quic",
]


def page_soup(site: Path, path: str):
    """A built page, parsed (``path`` relative to the site folder)."""
    from bs4 import BeautifulSoup

    return BeautifulSoup((site / path).read_text(encoding="utf-8"), "html.parser")


def flat_text(node) -> str:
    """A node's text as a reader hears it: whitespace collapsed."""
    return " ".join(node.get_text(" ").split())


NATIONAL_PROVINCES = {1: "Provinsi Contoh 01", 2: "Provinsi Contoh 01", 3: "Provinsi Contoh 02", 4: "Provinsi Contoh 02",
                      5: "Provinsi Contoh 01", 6: "Provinsi Contoh 02", 7: "Provinsi Contoh 02", 8: None}
"""The offices of the ``national_site`` fixture (contoh-001 …) and their provinces; 8 names none."""
