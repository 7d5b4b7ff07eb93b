"""Property: a statistics file written with any mix of the accepted figure forms ("1.254",
"Rp1,5 juta", "sekitar 40", "puluhan"), partial or whole years, nihil periods, categories and survey subsets
either is refused as data or builds, and no built page says "Sepanjang <year>" for part of a year."""

from __future__ import annotations

import tempfile
import textwrap
from datetime import date
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from zisite.build import BuildOptions, build_site
from zisite.checks.minimal import MINIMAL_OFFICE

MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
          "November", "Desember")


@st.composite
def figure(draw, low: int = 0, high: int = 3000, words: bool = True) -> str:
    n = draw(st.integers(low, high))
    forms = ["plain", "dots", "approx", "plusminus", "juta", "quoted-dots"] + (["vague", "approx-vague"] if words else [])
    form = draw(st.sampled_from(forms))
    if form == "vague":
        return draw(st.sampled_from(["puluhan", "belasan", "Ratusan"]))
    if form == "approx-vague":
        return "sekitar puluhan"
    if form == "dots":
        return f"{n:,}".replace(",", ".")
    if form == "approx":
        return f"sekitar {n}"
    if form == "plusminus":
        return f"'± {n}'"
    if form == "juta":
        return f"Rp{n} juta"
    if form == "quoted-dots" and n >= 1000:  # a quoted plain "25" stays refused by design
        return f'"{n:,}"'.replace(",", ".")
    return str(n)


@st.composite
def periods(draw) -> list[str]:
    """Consecutive month spans from January: whole year or a part, as months or ranges."""
    cuts = sorted(draw(st.sets(st.integers(1, 11), max_size=4)))
    end = draw(st.integers(max(cuts, default=0) + 1, 12))
    bounds = [0, *cuts, end]
    out = []
    for a, b in zip(bounds, bounds[1:]):
        out.append(MONTHS[a] if b - a == 1 else f"{MONTHS[a]}–{MONTHS[b - 1]} 2026")
    return out


@st.composite
def gratuity_file(draw) -> str:
    lines = ["contoh: false", "tahun: 2026", "daftar:", "  pelapor: [UPG, Individu]", "periode:"]
    for name in draw(periods()):
        lines.append(f"  - periode: {name}")
        if draw(st.booleans()):
            lines.append("    nihil: true")
            continue
        lines += [f"    penerimaan: {draw(figure(0, 30))}", f"    penolakan: {draw(figure(0, 30))}"]
        if draw(st.booleans()):
            lines.append(f"    nilai_rupiah: {draw(figure(words=False))}")
        if draw(st.booleans()):
            lines += ["    pelapor:", f"      UPG: {draw(figure(0, 30))}"]
        if draw(st.booleans()):
            lines.append("    catatan: Rekap UPG.")
    return "\n".join(lines) + "\n"


@st.composite
def complaint_file(draw) -> str:
    lines = ["contoh: false", "tahun: 2026", "periode:"]
    for name in draw(periods()):
        lines += [f"  - periode: {name}", f"    diterima: {draw(figure())}"]
        if draw(st.booleans()):
            lines.append(f"    selesai: {draw(figure(0, 50))}")
        if draw(st.booleans()):
            lines += ["    hasil:", f"      Disidangkan: {draw(figure(0, 5))}"]
    return "\n".join(lines) + "\n"


@st.composite
def survey_file(draw) -> str:
    elements = draw(st.lists(st.sampled_from([f"u{i}" for i in range(1, 10)]), min_size=1, max_size=9, unique=True))
    lines = ["contoh: false", "tahun: 2026", "skm:", "  - periode: Semester I",
             f"    responden: {draw(figure(1, 2000, words=False))}", "    nrr:"]
    lines += [f"      {u}: {draw(st.sampled_from(['3.25', '3,4', '2.9', '4']))}" for u in sorted(elements)]
    if len(elements) < 9 or draw(st.booleans()):
        lines.append(f"    ikm_terbit: {draw(st.sampled_from(['80', '85,5', '76.61']))}")
    return "\n".join(lines) + "\n"


@settings(max_examples=40, deadline=None)
@given(gratuity_file(), complaint_file(), survey_file())
def test_any_accepted_form_builds_and_names_its_span(gratuity, complaints, survey):
    with tempfile.TemporaryDirectory(prefix="zisite-forms-") as tmp:
        root = Path(tmp)
        office = root / "content/offices/contoh"
        for kind, text in (("gratifikasi", gratuity), ("pengaduan", complaints), ("survei", survey)):
            (office / "statistik" / kind).mkdir(parents=True)
            (office / "statistik" / kind / "2026.yaml").write_text(text, encoding="utf-8")
        (office / "office.yaml").write_text(textwrap.dedent(MINIMAL_OFFICE), encoding="utf-8")
        site = build_site(BuildOptions(root=root, office="contoh", build_date=date(2026, 12, 31)))
    if not site.ok:
        assert site.errors and not site.pages
        return
    bodies = {page.path: page.body for page in site.pages}
    for path, body in bodies.items():
        assert "Traceback" not in body and "Vague(" not in body
    whole_year = {"pengaduan": "Desember" in complaints, "gratifikasi": "Desember" in gratuity}
    for kind, whole in whole_year.items():
        page = next(body for path, body in bodies.items() if path.startswith(kind))
        assert ("Sepanjang 2026" in page) <= whole, kind
