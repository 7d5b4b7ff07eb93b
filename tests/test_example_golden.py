"""Refactoring guard: the example site keeps the same set of built files and the same plan tables.

The recorded lists in ``tests/golden/`` were taken from a build before the house refactor. When a
change means to add, rename or remove a page, or to change what a plan table says, re-record with
``ZISITE_RECORD_GOLDEN=1 .venv/bin/python -m pytest tests/test_example_golden.py`` and let the
diff of the recorded files show the reviewer exactly what readers will see change.
"""

from __future__ import annotations

import os
from pathlib import Path

from bs4 import BeautifulSoup

GOLDEN = Path(__file__).parent / "golden"
OWN_SUFFIXES = (".html", ".csv", ".json", ".yaml", ".pdf")
"""Files the core writes; the engine's own assets (theme CSS/JS, search index, sitemap) are not ours."""


def built_files(site: Path) -> list[str]:
    return sorted(p.relative_to(site).as_posix() for p in site.rglob("*")
                  if p.is_file() and p.suffix in OWN_SUFFIXES and not p.relative_to(site).as_posix().startswith(("assets/", "search/", "pagefind/")))


def plan_tables(site: Path) -> list[str]:
    """Every plan table of every plan page: caption, then one line per row of cell texts."""
    lines: list[str] = []
    for page in sorted(site.glob("**/rencana-aksi/*/index.html")):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        lines.append(f"== {page.relative_to(site).as_posix()}")
        for table in soup.select("table.zi-plan"):
            lines.append("# " + " ".join(table.caption.get_text(" ").split()))
            for row in table.select("tr"):
                cells = [" ".join(cell.get_text(" ").split()) for cell in row.find_all(["th", "td"])]
                lines.append(" | ".join(cells))
    return lines


def _compare(name: str, actual: list[str]) -> None:
    path = GOLDEN / name
    if os.environ.get("ZISITE_RECORD_GOLDEN"):
        path.write_text("\n".join(actual) + "\n", encoding="utf-8")
    expected = path.read_text(encoding="utf-8").splitlines()
    missing = [line for line in expected if line not in set(actual)]
    extra = [line for line in actual if line not in set(expected)]
    assert actual == expected, f"{name}: missing {missing[:10]}, new {extra[:10]}"


def test_the_example_builds_the_recorded_files(site_dir):
    _compare("example-files.txt", built_files(site_dir))


def test_the_plan_tables_say_what_was_recorded(site_dir):
    _compare("plan-tables.txt", plan_tables(site_dir))
