"""Property: "zisite check passes" always means "the site builds". Projects are made from the example
offices with any subset of the optional files (statistics kinds, plan, realisasi, office page texts,
an empty plan and a plan of another year, a page text of arbitrary Markdown and Jinja characters),
as a group or one office, with small or large group layouts; whenever the check passes, every page
renders with its h1, the Tolak Gratifikasi badge and the footer — in the engine-neutral core (many
examples) and through a real MkDocs build (a few, each a full build)."""

from __future__ import annotations

import shutil
import tempfile
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bs4 import BeautifulSoup

from helpers import ROOT, run_main
from zisite.build import BuildOptions, build_site
from zisite.render.markup import mark_english
from zisite.staff.sandbox import md_literal

KINDS = ("pengaduan", "gratifikasi", "wbs", "survei")
PLAN_YEAR = {"sigi": 2026, "banggai-kepulauan": 2025}
PAGE_TEXTS = {"kontak.md": "## Jam layanan\n\nSenin sampai Jumat.\n",
              "wbs.tambahan.md": "## Catatan kantor\n\nLaporan dijaga kerahasiaannya.\n",
              "survei.md": "## Survei kami\n\nHasil survei diumumkan setiap semester.\n"}

# Staff text made of the characters that matter to Markdown, Jinja and HTML: the check may refuse it
# (then nothing is built) or accept it (then it must build).
FREE_TEXT = st.lists(st.sampled_from([*"{}%#[]()<>!*_`|-:\n ", "{{ ", " }}", "{% if kantor.email %}", "{% endif %}",
                                      "{{ kantor.nama_singkat }}", "{{ surel(kantor.email) }}", "javascript:", "teks",
                                      "{% for l in kantor.layanan %}", "{% endfor %}", "{{ halaman.wbs }}", "&amp;"]),
                     max_size=25).map("".join)

OFFICE = st.fixed_dictionaries({
    "stats": st.sets(st.sampled_from(KINDS)),
    "plan": st.booleans(),
    "realisasi": st.booleans(),
    "texts": st.sets(st.sampled_from(sorted(PAGE_TEXTS))),
    "empty_plan": st.booleans(),  # next year's plan, signed but with no rows yet
    "earlier_plan": st.booleans(),  # last year's plan as well (the same rows)
    "free_text": st.none() | FREE_TEXT,
})
PROJECT = st.fixed_dictionaries({
    "offices": st.dictionaries(st.sampled_from(sorted(PLAN_YEAR)), OFFICE, min_size=1),
    "one_office": st.booleans(),
    "nav_offices_max": st.sampled_from([20, 1]),
    "overview_offices_max": st.sampled_from([40, 1]),
    "on": st.dates(min_value=date(2025, 1, 1), max_value=date(2027, 6, 30)),
})


def write(root: Path, offices: dict) -> None:
    for slug, shape in offices.items():
        source, target = ROOT / "content/offices" / slug, root / "content/offices" / slug
        target.mkdir(parents=True)
        shutil.copy(source / "office.yaml", target / "office.yaml")
        shutil.copytree(source / "bukti", target / "bukti")
        for kind in shape["stats"]:
            shutil.copytree(source / "statistik" / kind, target / "statistik" / kind)
        for name in shape["texts"]:
            (target / "halaman").mkdir(exist_ok=True)
            (target / "halaman" / name).write_text(PAGE_TEXTS[name], encoding="utf-8")
        if shape["free_text"] is not None:
            (target / "halaman").mkdir(exist_ok=True)
            (target / "halaman" / "pengaduan.tambahan.md").write_text(shape["free_text"], encoding="utf-8")
        plan = (ROOT / "plans" / slug / f"{PLAN_YEAR[slug]}.yaml").read_text(encoding="utf-8")
        this_year = f"tahun: {PLAN_YEAR[slug]}"
        if shape["empty_plan"]:
            (root / "plans" / slug).mkdir(parents=True, exist_ok=True)
            head = plan[: plan.index("\nbagian:")].replace(this_year, f"tahun: {PLAN_YEAR[slug] + 1}")
            (root / "plans" / slug / f"{PLAN_YEAR[slug] + 1}.yaml").write_text(head + "\nbagian: []\n", encoding="utf-8")
        if shape["earlier_plan"]:
            (root / "plans" / slug).mkdir(parents=True, exist_ok=True)
            (root / "plans" / slug / f"{PLAN_YEAR[slug] - 1}.yaml").write_text(
                plan.replace(this_year, f"tahun: {PLAN_YEAR[slug] - 1}"), encoding="utf-8")
        if shape["plan"]:
            year = PLAN_YEAR[slug]
            (root / "plans" / slug).mkdir(parents=True, exist_ok=True)
            shutil.copy(ROOT / "plans" / slug / f"{year}.yaml", root / "plans" / slug / f"{year}.yaml")
            if shape["realisasi"]:
                name = f"{year}.realisasi.yaml"
                shutil.copy(ROOT / "plans" / slug / name, root / "plans" / slug / name)


def _curated(project) -> bool:
    """Made only of files the example's check accepts: the check must pass."""
    return all(shape["free_text"] is None for shape in project["offices"].values())


@pytest.mark.slow
@settings(max_examples=60, deadline=None)
@given(PROJECT)
def test_a_project_the_check_accepts_always_builds(project):
    with tempfile.TemporaryDirectory(prefix="zisite-property-") as tmp:
        root = Path(tmp)
        write(root, project["offices"])
        office = sorted(project["offices"])[0] if project["one_office"] else None
        site = build_site(BuildOptions(root=root, office=office, build_date=project["on"],
                                       nav_offices_max=project["nav_offices_max"],
                                       overview_offices_max=project["overview_offices_max"]))
    if _curated(project):
        assert site.ok, [d.format() for d in site.errors]
    if not site.ok:  # refused, as data: diagnostics, no pages
        assert site.errors and not site.pages
        return
    assert site.pages
    for page in site.pages:
        # the h1, its text Markdown-escaped, English terms marked lang="en" (render/markup.py)
        assert page.body.startswith(f"# {mark_english(md_literal(page.title))}\n"), page.path
        assert "Tolak Gratifikasi" in page.footer, page.path
        assert page.footer.startswith('<div class="zi-footer'), page.path


@settings(max_examples=6, deadline=None)
@given(PROJECT)
def test_through_mkdocs_a_project_the_check_accepts_builds_every_page(project):
    with tempfile.TemporaryDirectory(prefix="zisite-property-mkdocs-") as tmp:
        root = Path(tmp) / "repo"
        write(root, project["offices"])
        config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8").replace(
            "title: Zona Integritas KPU di Sulawesi Tengah",
            f"title: Zona Integritas KPU di Sulawesi Tengah\n      nav_offices_max: {project['nav_offices_max']}"
            f"\n      overview_offices_max: {project['overview_offices_max']}")
        (root / "mkdocs.yml").write_text(config, encoding="utf-8")
        (root / "content/halaman").mkdir(parents=True, exist_ok=True)
        office = ["--office", sorted(project["offices"])[0]] if project["one_office"] else []
        checked = run_main("check", str(root))
        site = Path(tmp) / "site"
        built = run_main("build", "--config", str(root / "mkdocs.yml"), "--site-dir", str(site),
                         "--date", project["on"].isoformat(), *office)
        assert "Traceback" not in built.out + built.err
        if checked.code != 0:
            assert built.code == 1 and not site.exists()
            return
        assert built.code == 0, built.out + built.err
        pages = [p for p in site.rglob("*.html") if p.name != "404.html"]
        assert pages
        for path in pages:
            html = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
            where = path.relative_to(site).as_posix()
            assert len(html.find_all("h1")) == 1, where
            assert "Tolak Gratifikasi" in html.select_one(".zi-footer").get_text(), where
