"""Property: "zisite check passes" always means "the site builds". Projects are made from the example
offices with any subset of the optional files (statistics kinds, plan, realisasi, office page texts),
as a group or one office, with small or large group layouts; whenever the check passes, every page
renders with its h1, the Tolak Gratifikasi badge and the footer."""

from __future__ import annotations

import shutil
import tempfile
from datetime import date
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import ROOT
from zisite.build import BuildOptions, build_site
from zisite.staff.sandbox import md_literal

KINDS = ("pengaduan", "gratifikasi", "wbs", "survei")
PLAN_YEAR = {"sigi": 2026, "banggai-kepulauan": 2025}
PAGE_TEXTS = {"kontak.md": "## Jam layanan\n\nSenin sampai Jumat.\n",
              "wbs.tambahan.md": "## Catatan kantor\n\nLaporan dijaga kerahasiaannya.\n",
              "survei.md": "## Survei kami\n\nHasil survei diumumkan setiap semester.\n"}

OFFICE = st.fixed_dictionaries({
    "stats": st.sets(st.sampled_from(KINDS)),
    "plan": st.booleans(),
    "realisasi": st.booleans(),
    "texts": st.sets(st.sampled_from(sorted(PAGE_TEXTS))),
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
        if shape["plan"]:
            year = PLAN_YEAR[slug]
            (root / "plans" / slug).mkdir(parents=True)
            shutil.copy(ROOT / "plans" / slug / f"{year}.yaml", root / "plans" / slug / f"{year}.yaml")
            if shape["realisasi"]:
                name = f"{year}.realisasi.yaml"
                shutil.copy(ROOT / "plans" / slug / name, root / "plans" / slug / name)


@settings(max_examples=40, deadline=None)
@given(PROJECT)
def test_a_project_the_check_accepts_always_builds(project):
    with tempfile.TemporaryDirectory(prefix="zisite-property-") as tmp:
        root = Path(tmp)
        write(root, project["offices"])
        office = sorted(project["offices"])[0] if project["one_office"] else None
        site = build_site(BuildOptions(root=root, office=office, build_date=project["on"],
                                       nav_offices_max=project["nav_offices_max"],
                                       overview_offices_max=project["overview_offices_max"]))
    assert site.ok, [d.format() for d in site.errors]
    assert site.pages
    for page in site.pages:
        assert page.body.startswith(f"# {md_literal(page.title)}\n"), page.path  # the h1, its text Markdown-escaped
        assert "Tolak Gratifikasi" in page.footer, page.path
        assert page.footer.startswith('<div class="zi-footer'), page.path
