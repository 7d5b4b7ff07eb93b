"""`zisite ekspor` writes a plan as the office's own Excel table, and `zisite impor` reads that file
back into the same plan, cell for cell (both seeds, and an office with extra columns)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

import imporkit
from helpers import ROOT, run_main

openpyxl = pytest.importorskip("openpyxl")

SEEDS = (("sigi", 2026), ("banggai-kepulauan", 2025))
OTHER = ROOT / "tests" / "fixtures" / "kantor-lain"


def catalogued(err: str) -> None:
    """Every error line a command printed has its entry in the error catalogue, with that prefix."""
    import re

    from zisite.checks.catalogue.commands import PERINTAH

    lines = [line for line in err.splitlines() if ": galat: " in line]
    assert lines
    for line in lines:
        assert any(re.fullmatch(".+".join(re.escape(part) for part in re.split(r"<[^<>]+>", e.awalan + wording)),
                                line) for e in PERINTAH for wording in e.semua), line


def _plan(root: Path, slug: str, year: int) -> dict:
    return yaml.safe_load((root / "plans" / slug / f"{year}.yaml").read_text(encoding="utf-8"))


def _round_trip(root: Path, slug: str, year: int, tmp_path: Path) -> tuple[dict, object]:
    book = tmp_path / f"{slug}.xlsx"
    out = run_main("ekspor", slug, str(year), "--folder", str(root), "--keluar", str(book))
    assert out.code == 0, out.err
    back = tmp_path / f"{slug}.yaml"
    result = run_main("impor", str(book), "--kantor", slug, "--tahun", str(year), "--keluar", str(back))
    assert result.code == 0, result.err
    return yaml.safe_load(back.read_text(encoding="utf-8")), result


@pytest.mark.parametrize("slug,year", SEEDS)
def test_seed_exported_then_imported_is_the_same_plan(tmp_path, slug, year):
    got, result = _round_trip(ROOT, slug, year, tmp_path)
    want = _plan(ROOT, slug, year)
    # Markup (`_term_`) is written as typed, so even the italics come back.
    assert imporkit.published(got) == imporkit.published(want)
    assert got["pengesahan"] == want["pengesahan"]
    assert got["penandatangan"] == want["penandatangan"]
    assert got.get("dokumen") == want.get("dokumen"), "its links come back from the hidden zisite sheet"
    assert got.get("sumber") == want.get("sumber")
    assert "Perlu diperiksa" not in result.out, result.out


@pytest.mark.parametrize("slug,year", SEEDS)
def test_pengungkit_comes_back(tmp_path, slug, year):
    got, _ = _round_trip(ROOT, slug, year, tmp_path)
    assert [b.get("pengungkit") for b in got["bagian"]] == [b.get("pengungkit") for b in _plan(ROOT, slug, year)["bagian"]]


@pytest.mark.parametrize("root,slug,year", [(ROOT, *seed) for seed in SEEDS] + [(OTHER, "parimo", 2026)])
def test_round_trip_is_identity(tmp_path, root, slug, year):
    """Every field of the plan comes back, the unprinted ones (pengungkit, sumber, the decree's links,
    extra column keys) from the hidden 'zisite' sheet."""
    got, _ = _round_trip(root, slug, year, tmp_path)
    assert got == _plan(root, slug, year)


def test_the_sheet_has_the_offices_columns_merges_and_signing_block(tmp_path):
    book = tmp_path / "sigi.xlsx"
    assert run_main("ekspor", "sigi", "2026", "--folder", str(ROOT), "--keluar", str(book)).code == 0
    sheet = openpyxl.load_workbook(book)["Rencana Aksi"]
    plan = _plan(ROOT, "sigi", 2026)
    assert sheet.cell(1, 1).value == plan["dokumen"]["jenis"], "the decree stands above the table"
    top = next(r for r in range(1, 60) if sheet.cell(r, 1).value == "NO")
    assert sheet.cell(top - 2, 1).value == plan["judul"]
    assert [sheet.cell(top, c + 1).value for c in range(len(plan["kolom"]))] == [c["judul"] for c in plan["kolom"]]
    assert [sheet.cell(top + 1, c + 1).value for c in range(len(plan["kolom"]))] == [c["nomor"] for c in plan["kolom"]]
    merged = [str(r) for r in sheet.merged_cells.ranges]
    assert merged and all(":" in r for r in merged)
    column_b_spans = [r for r in sheet.merged_cells.ranges if r.min_col == r.max_col and r.max_row > r.min_row]
    assert column_b_spans, "kegiatan spanning rows are merged vertically"
    texts = [c.value for row in sheet.iter_rows() for c in row if isinstance(c.value, str)]
    assert plan["penandatangan"][0]["nama"] in texts
    assert not any("1.1.1.1" == t for t in texts), "row codes stay off the plan sheet (impor would keep them)"


def test_extra_columns_are_written_merged_over_their_level(tmp_path):
    book = tmp_path / "parimo.xlsx"
    assert run_main("ekspor", "parimo", "2026", "--folder", str(OTHER), "--keluar", str(book)).code == 0
    sheet = openpyxl.load_workbook(book)["Rencana Aksi"]
    headings = [sheet.cell(3, c).value for c in range(1, 12)]
    assert headings == [c["judul"] for c in _plan(OTHER, "parimo", 2026)["kolom"]]
    area = headings.index("AREA PERUBAHAN") + 1
    spans = {(r.min_row, r.max_row) for r in sheet.merged_cells.ranges if r.min_col == area == r.max_col}
    assert sheet.cell(min(spans)[0], area).value == "Area I Manajemen Perubahan"
    assert max(b - a for a, b in spans) == 2  # the kelompok's three rows


def test_office_with_extra_columns_round_trips(tmp_path):
    book = tmp_path / "parimo.xlsx"
    assert run_main("ekspor", "parimo", "2026", "--folder", str(OTHER), "--keluar", str(book)).code == 0
    back = tmp_path / "parimo.yaml"
    # AREA PERUBAHAN would be guessed as the bagian column; the export's hidden sheet names it 'area'
    result = run_main("impor", str(book), "--kantor", "parimo", "--tahun", "2026", "--keluar", str(back))
    assert result.code == 0, result.err
    assert "tidak dikenali" not in result.out and "--kolom)" not in result.out, result.out
    got, want = yaml.safe_load(back.read_text(encoding="utf-8")), _plan(OTHER, "parimo", 2026)
    assert imporkit.published(got) == imporkit.published(want)
    assert got["penandatangan"] == want["penandatangan"]
    assert "pengesahan" not in got


def test_refuses_to_overwrite_without_timpa(tmp_path):
    book = tmp_path / "sigi.xlsx"
    book.write_bytes(b"lama")
    result = run_main("ekspor", "sigi", "2026", "--folder", str(ROOT), "--keluar", str(book))
    assert result.code == 1
    assert "sudah ada; tidak ditimpa" in result.err and "--timpa" in result.err
    assert book.read_bytes() == b"lama"
    catalogued(result.err)
    assert run_main("ekspor", "sigi", "2026", "--folder", str(ROOT), "--keluar", str(book), "--timpa").code == 0
    written = openpyxl.load_workbook(book)
    assert written.sheetnames == ["Rencana Aksi", "zisite"]
    assert written["zisite"].sheet_state == "hidden", "staff see only the plan sheet"
    assert [p.name for p in tmp_path.iterdir()] == ["sigi.xlsx"], "no temporary file left behind"


def test_unknown_plan_and_wrong_suffix_are_usage_errors(tmp_path):
    result = run_main("ekspor", "sigi", "2019", "--folder", str(ROOT), "--keluar", str(tmp_path / "x.xlsx"))
    assert result.code == 2 and "tidak ada rencana aksi 2019" in result.err and "2026" in result.err
    catalogued(result.err)
    result = run_main("ekspor", "sigi", "2026", "--folder", str(ROOT), "--keluar", str(tmp_path / "x.csv"))
    assert result.code == 2 and "bukan nama berkas .xlsx" in result.err
    catalogued(result.err)
    assert not list(tmp_path.iterdir())


def test_a_plan_with_errors_is_not_exported(tmp_path):
    project = tmp_path / "proyek"
    shutil.copytree(ROOT / "content" / "offices" / "sigi", project / "content" / "offices" / "sigi")
    (project / "plans" / "sigi").mkdir(parents=True)
    text = (ROOT / "plans" / "sigi" / "2026.yaml").read_text(encoding="utf-8")
    (project / "plans" / "sigi" / "2026.yaml").write_text(text.replace("kantor: sigi", "kantor: Sigi!"), encoding="utf-8")
    result = run_main("ekspor", "sigi", "2026", "--folder", str(project), "--keluar", str(tmp_path / "x.xlsx"))
    assert result.code == 1 and "belum dapat diekspor karena ada galat data" in result.err
    catalogued(result.err)
    assert not (tmp_path / "x.xlsx").exists()


def test_help_is_indonesian():
    result = run_main("ekspor", "--help")
    assert "lembar isian realisasi" in result.out and "Kode keluar" in result.out
