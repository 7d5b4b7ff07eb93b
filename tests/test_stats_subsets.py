"""`zisite check` passes ⇒ the build works, whatever subset of the four statistics kinds an office has.

The group home compares offices by their newest figures; an office with some kinds but not all (or
a survey with only SPAK) once passed the check and crashed the build with a Jinja UndefinedError.
"""

from __future__ import annotations

import itertools
import re
import shutil
from pathlib import Path

import pytest

from helpers import EXAMPLE_DATE, ROOT, Result, run_main

KINDS = ("pengaduan", "gratifikasi", "wbs", "survei")
COLUMNS = {"pengaduan": "Pengaduan diterima", "gratifikasi": "Laporan gratifikasi", "wbs": "Laporan WBS",
           "survei": "IKM terakhir"}
SUBSETS = [s for n in range(len(KINDS) + 1) for s in itertools.combinations(KINDS, n)]


def _example(tmp_path: Path, keep: tuple[str, ...]) -> Path:
    """The example project with Sigi keeping only the statistics kinds ``keep``."""
    project = tmp_path / "proyek"
    for name in ("content", "plans"):
        shutil.copytree(ROOT / name, project / name)
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    for kind in KINDS:
        if kind not in keep:
            shutil.rmtree(project / "content/offices/sigi/statistik" / kind)
    return project


def _build(project: Path) -> Result:
    """A real MkDocs build, in this process: the command's code and output without a new interpreter
    (and its imports) for each of the sixteen subsets."""
    return run_main("build", "--config", str(project / "mkdocs.yml"), "--site-dir", str(project / "site"),
                    "--date", EXAMPLE_DATE)


def _sigi_row(html: str) -> str | None:
    """Sigi's row in the table of figures, None when Sigi has none to compare."""
    table = html[html.index('id="angka"'):]
    found = re.search(r'<tr><th scope="row"><a href="sigi/">KPU Kabupaten Sigi</a></th>(.*?)</tr>', table, re.S)
    return found and found.group(1)


@pytest.mark.parametrize("keep", SUBSETS, ids=lambda s: "+".join(s) or "tanpa-statistik")
def test_group_build_works_with_any_subset_of_statistics(tmp_path, keep):
    project = _example(tmp_path, keep)
    check = run_main("check", str(project))
    assert check.code == 0, check.out
    proc = _build(project)
    assert proc.code == 0, proc.out + proc.err
    assert "Traceback" not in proc.err
    home = (project / "site/index.html").read_text(encoding="utf-8")
    row = _sigi_row(home)
    if not keep:
        assert row is None
        return
    for kind in KINDS:
        cell = re.search(rf'data-label="{COLUMNS[kind]}">([^<]*)<', row).group(1)
        assert (cell != "—") == (kind in keep), (kind, cell)
    for kind in keep:  # the office's own page of each kind it has shows its figures
        page = (project / "site/sigi" / kind / "index.html").read_text(encoding="utf-8")
        assert "<table" in page


def test_survey_with_only_spak_builds(tmp_path):
    """A survey file with IPAK periods but no SKM: the home shows no IKM, and the build works."""
    project = _example(tmp_path, ("survei",))
    path = project / "content/offices/sigi/statistik/survei/2026.yaml"
    text = path.read_text(encoding="utf-8")
    assert "\nskm:" in text and "\nspak:" in text
    start, end = text.index("\nskm:"), text.index("\nspak:")
    path.write_text(text[:start] + text[end:], encoding="utf-8")
    assert run_main("check", str(project)).code == 0
    proc = _build(project)
    assert proc.code == 0, proc.out + proc.err
    home = (project / "site/index.html").read_text(encoding="utf-8")
    assert _sigi_row(home) is None  # a survey without SKM has no IKM: nothing to compare
    assert "IPAK" in (project / "site/sigi/survei/index.html").read_text(encoding="utf-8")
