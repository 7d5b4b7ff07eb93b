"""Every case of the hostile-commit corpus (``tests/hostile.py``) has exactly its promised outcome:
refused by the check and the build with its message, nothing built; or built with every payload
visible as text and nowhere a browser would run or fetch it."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from corpuskit import diagnostics_for
from helpers import ROOT, run_main
from hostile import CASES, MARK, Case, Link
from zisite.checks.minimal import MINIMAL_OFFICE, MINIMAL_PLAN

BAD_SCHEMES = ("javascript:", "vbscript:", "data:", "file:")


def materialise(case: Case, root: Path, slug: str = "contoh") -> Path:
    """The minimal project with the case's files, under ``root`` (office ``slug``)."""
    files: dict[str, str | bytes | Link] = {
        "content/offices/contoh/office.yaml": case.office, "plans/contoh/2026.yaml": case.plan,
        "mkdocs.yml": (ROOT / "mkdocs.yml").read_text(encoding="utf-8") + case.mkdocs_extra, "content/halaman/.gitkeep": "",
        **case.files}
    for name, content in files.items():
        name = name.replace("offices/contoh/", f"offices/{slug}/").replace("plans/contoh/", f"plans/{slug}/")
        if name.startswith("plans/") and isinstance(content, str):
            content = content.replace("kantor: contoh", f"kantor: {slug}")
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, Link):
            os.symlink(content.target, path)
        elif isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8", newline="")
    return root


def executable_places(html: str) -> list[str]:
    """What in ``html`` a browser would run: ``MARK`` in script text or a style, and any event
    attribute or javascript:/data:/file: URL at all (a payload inside an https link is only text)."""
    found = []
    page = BeautifulSoup(html, "html.parser")
    for script in page.find_all("script"):
        if MARK in script.get_text():
            found.append("script")
    for tag in page.find_all(True):
        for name, value in tag.attrs.items():
            value = " ".join(value) if isinstance(value, list) else str(value)
            if name.startswith("on"):
                found.append(f"<{tag.name} {name}>")
            if name in {"href", "src", "action", "formaction", "srcset"}:
                squashed = "".join(value.split()).lower()
                if squashed.startswith(BAD_SCHEMES):
                    found.append(f"<{tag.name} {name}={value}>")
            if name == "style" and MARK in value:
                found.append(f"<{tag.name} style>")
    return found


REFUSED = [case for case in CASES if case.refused]
INERT = [case for case in CASES if case.inert]


def test_the_corpus_covers_every_class():
    assert len(CASES) >= 25 and len({case.name for case in CASES}) == len(CASES)
    assert all(bool(case.refused) != bool(case.inert) for case in CASES)
    assert all(MARK in "".join(case.inert) for case in INERT)  # every inert payload is looked for


@pytest.mark.parametrize("case", REFUSED, ids=lambda case: case.name)
def test_a_refused_case_stops_check_and_build(case, tmp_path):
    root = materialise(case, tmp_path / "repo")
    result = run_main("check", str(root))
    assert result.code == 1 and "Traceback" not in result.out + result.err, result.out + result.err
    printed = [line for line in result.out.splitlines() if ": galat: " in line]
    for expected in case.refused:
        assert expected in printed, f"{case.name}: expected\n  {expected}\nprinted\n  " + "\n  ".join(printed)
    site = tmp_path / "site"
    build = run_main("build", "--config", str(root / "mkdocs.yml"), "--site-dir", str(site), "--office", "contoh")
    assert build.code == 1 and not site.exists(), build.out + build.err


@pytest.mark.parametrize("case", INERT, ids=lambda case: case.name)
def test_an_inert_case_builds_and_its_payload_is_only_text(case, tmp_path):
    root = materialise(case, tmp_path / "repo")
    check = run_main("check", str(root))
    assert check.code == 0, check.out
    site = tmp_path / "site"
    build = run_main("build", "--config", str(root / "mkdocs.yml"), "--site-dir", str(site), "--office", "contoh")
    assert build.code == 0, build.out + build.err
    visible = ""
    for page in sorted(site.rglob("*.html")):
        html = page.read_text(encoding="utf-8")
        assert executable_places(html) == [], page.relative_to(site).as_posix()
        visible += " ".join(BeautifulSoup(html, "html.parser").get_text().split()) + "\n"
    for text in case.inert:
        assert " ".join(text.split()) in visible, f"{case.name}: '{text}' is not shown as written"


def test_the_hostile_group_site_for_the_browser_builds(hostile_site):
    assert (hostile_site / "index.html").is_file()
    assert len(list(hostile_site.rglob("*.html"))) > 10


def combined_inert_case() -> Case:
    """Every inert payload in one office (its office.yaml, plan and pages), so a browser can visit a
    site holding all of them in one office's pages rather than one office per case."""
    office, plan, files, mkdocs_extra = MINIMAL_OFFICE, MINIMAL_PLAN, {}, ""
    extra = ""
    for case in INERT:
        if case.office.startswith(MINIMAL_OFFICE):
            extra += case.office[len(MINIMAL_OFFICE):]
        else:
            office = case.office  # a case that rewrites a line of the minimal office
        plan = case.plan if case.plan != MINIMAL_PLAN else plan
        files.update(case.files)
        mkdocs_extra = case.mkdocs_extra or mkdocs_extra
    return Case("semua", "every inert payload at once", files, inert=tuple(t for c in INERT for t in c.inert),
                office=office + extra, plan=plan, mkdocs_extra=mkdocs_extra)


def build_hostile_group(destination: Path) -> Path:
    """A group site whose one office holds every inert payload (``combined_inert_case``)."""
    repo = destination.parent / "hostile-repo"
    if repo.exists():
        shutil.rmtree(repo)
    case = combined_inert_case()
    materialise(case, repo, slug="h01")
    result = run_main("build", "--config", str(repo / "mkdocs.yml"), "--site-dir", str(destination))
    assert result.code == 0, result.out + result.err
    visible = " ".join(" ".join(BeautifulSoup(p.read_text(encoding="utf-8"), "html.parser").get_text().split())
                       for p in destination.rglob("*.html"))
    assert all(" ".join(text.split()) in visible for text in case.inert)  # nothing lost in the merge
    return destination


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory) -> Path:
    return build_hostile_group(tmp_path_factory.mktemp("hostile") / "site")
