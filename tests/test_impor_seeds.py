"""`zisite impor` reads both seed plans, rendered in their own layouts as .docx, .xlsx, .csv and
.pdf (merged group rows, vertical merges, rows cut by page breaks), back into the transcribed
YAML, cell for cell; and what it writes passes `zisite check`."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

import imporkit
from helpers import ROOT, run_main

pytest.importorskip("docx")
pytest.importorskip("openpyxl")
pytest.importorskip("pdfplumber")
pytest.importorskip("reportlab")

SEEDS = (("banggai-kepulauan", 2025), ("sigi", 2026))
FORMATS = ("docx", "xlsx", "csv", "pdf")
MARKUP = {"docx": True, "pdf": True, "xlsx": False, "csv": False}  # formats whose cells carry italics


def _seed(slug: str, year: int) -> dict:
    return yaml.safe_load((ROOT / "plans" / slug / f"{year}.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def rendered(tmp_path_factory) -> dict:
    folder = tmp_path_factory.mktemp("seeds")
    return {(slug, kind): imporkit.WRITERS[kind](_seed(slug, year), folder / f"{slug}.{kind}")
            for slug, year in SEEDS for kind in FORMATS}


@pytest.mark.parametrize("kind", FORMATS)
@pytest.mark.parametrize("slug,year", SEEDS)
def test_seed_imports_cell_for_cell(rendered, tmp_path, slug, year, kind):
    out = tmp_path / "plans" / slug / f"{year}.yaml"
    result = run_main("impor", str(rendered[slug, kind]), "--kantor", slug, "--tahun", str(year),
                      "--keluar", str(out))
    assert result.code == 0, result.err
    written = out.read_text(encoding="utf-8")
    assert written.startswith("# yaml-language-server: $schema=../../schemas/plan.schema.json\n")
    got, want = yaml.safe_load(written), _seed(slug, year)
    assert imporkit.published(got, MARKUP[kind]) == imporkit.published(want, MARKUP[kind])
    assert got["pengesahan"] == want["pengesahan"]
    assert got["penandatangan"] == want["penandatangan"]
    if kind in ("docx", "pdf"):  # the decree above the table (its links are not read)
        decree = {k: v for k, v in want["dokumen"].items() if k != "tautan"} if "dokumen" in want else None
        assert got.get("dokumen") == decree
    assert got["sumber"] == f"Diimpor dari {rendered[slug, kind].name} dengan zisite impor"
    want_counts = {"banggai-kepulauan": "7 bagian, 32 kelompok, 36 aksi, 39 baris",
                   "sigi": "6 bagian, 23 kelompok, 56 aksi, 65 baris"}[slug]
    assert f"Ringkasan: {want_counts}." in result.out


def test_pdf_rows_cut_by_a_page_break_are_rejoined_and_reported(rendered):
    result = run_main("impor", str(rendered["sigi", "pdf"]), "--kantor", "sigi", "--tahun", "2026", "--periksa")
    assert result.code == 0, result.err
    rejoined = [line for line in result.out.splitlines() if "terpotong pindah halaman" in line]
    assert rejoined and all("halaman " in line for line in rejoined)


def test_pengungkit_is_guessed_from_the_bagian_title(rendered, tmp_path):
    out = tmp_path / "sigi.yaml"
    assert run_main("impor", str(rendered["sigi", "xlsx"]), "--kantor", "sigi", "--tahun", "2026",
                    "--keluar", str(out)).code == 0
    got = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert [b.get("pengungkit") for b in got["bagian"]] == [b["pengungkit"] for b in _seed("sigi", 2026)["bagian"]]


@pytest.mark.parametrize("slug,year,kind", [("banggai-kepulauan", 2025, "docx"), ("banggai-kepulauan", 2025, "csv"),
                                            ("sigi", 2026, "docx"), ("sigi", 2026, "pdf")])
def test_written_plan_passes_zisite_check(rendered, tmp_path, slug, year, kind):
    project = tmp_path / "proyek"
    shutil.copytree(ROOT / "content" / "offices" / slug, project / "content" / "offices" / slug)
    target = project / "plans" / slug / f"{year}.yaml"
    result = run_main("impor", str(rendered[slug, kind]), "--kantor", slug, "--tahun", str(year),
                      "--keluar", str(target))
    assert result.code == 0 and "belum sah" not in result.out, result.out
    check = run_main("check", str(project))
    assert check.code == 0, check.out + check.err


def _seed_texts() -> Path | None:
    for folder in (ROOT.parent / "shared" / "seeds", ROOT.parent.parent / "shared" / "seeds"):
        if folder.is_dir():
            return folder
    return None


def _loose(value):
    """Cells compared without the extraction's <b>/<i> tags, italics markup or list splits."""
    import re

    if isinstance(value, dict):
        return {k: _loose(v) for k, v in value.items() if k != "pengungkit"}
    if isinstance(value, list):
        items = [_loose(v) for v in value]
        return " ".join(items) if all(isinstance(i, str) for i in items) and items else items
    if isinstance(value, str):
        return " ".join(imporkit.plain(re.sub(r"</?[bi]>", "", value)).split())
    return value


@pytest.mark.parametrize("slug,year", SEEDS)
def test_the_real_seed_texts_import_to_the_transcriptions(tmp_path, slug, year):
    """The seeds as they arrived (tab-separated text taken from the Word table and the PDF, with
    repeated page headers and rows cut by page breaks) give the hand transcriptions' tree."""
    folder = _seed_texts()
    if folder is None:
        pytest.skip("the seed documents (shared/seeds/) are not beside this repository")
    source = next(folder.glob(f"*{slug}-{year}.txt"))
    out = tmp_path / f"{year}.yaml"
    result = run_main("impor", str(source), "--kantor", slug, "--tahun", str(year), "--keluar", str(out))
    assert result.code == 0, result.err
    got, want = yaml.safe_load(out.read_text(encoding="utf-8")), _seed(slug, year)
    assert _loose(got["bagian"]) == _loose(want["bagian"])
    assert [(c["kunci"], c["judul"], c.get("nomor")) for c in got["kolom"]] == \
        [(c["kunci"], c["judul"], c.get("nomor")) for c in want["kolom"]]
