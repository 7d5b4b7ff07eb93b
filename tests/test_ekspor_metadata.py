"""The hidden 'zisite' sheet: what a plan holds that its printed table cannot show (pengungkit,
sumber, the decree's links, extra column keys and levels), written by `zisite ekspor` and read back
by `zisite impor` only from a hidden sheet of that name; and the two things any office's sheet needs
read without it (a 'RENCANA KERJA' title, signers printed without a place and date)."""

from __future__ import annotations

import copy
import json

import pytest
import yaml

import imporkit
from helpers import ROOT, run_main

openpyxl = pytest.importorskip("openpyxl")

from zisite.ekspor import metadata as written  # noqa: E402
from zisite.impor import metadata as read  # noqa: E402

OTHER = ROOT / "tests" / "fixtures" / "kantor-lain"


def _plan(root, slug: str, year: int) -> dict:
    return yaml.safe_load((root / "plans" / slug / f"{year}.yaml").read_text(encoding="utf-8"))


def test_rows_carry_every_unprinted_field_and_an_empty_value_for_an_absent_one():
    plan = _plan(ROOT, "sigi", 2026)
    rows = dict(written.rows(plan))
    assert rows["sumber"] == plan["sumber"]
    assert json.loads(rows["dokumen.tautan"]) == plan["dokumen"]["tautan"]
    assert [(rows[f"bagian.{i}.judul"], rows[f"bagian.{i}.pengungkit"]) for i in range(1, len(plan["bagian"]) + 1)] \
        == [(b["judul"], b.get("pengungkit") or "") for b in plan["bagian"]]
    del plan["sumber"], plan["bagian"][0]["pengungkit"]
    rows = dict(written.rows(plan))
    assert rows["sumber"] == "" and rows["bagian.1.pengungkit"] == ""


def test_apply_puts_fields_back_and_drops_the_importers_guesses():
    plan = {"sumber": "Diimpor dari x.xlsx dengan zisite impor", "dokumen": {"jenis": "KEPUTUSAN"},
            "bagian": [{"judul": "Manajemen Perubahan", "pengungkit": "manajemen-perubahan", "kelompok": []},
                       {"judul": "Lain", "kelompok": []}]}
    meta = {"sumber": "", "dokumen.tautan": json.dumps([{"teks": "JDIH", "url": "https://jdih.go.id"}]),
            "bagian.1.judul": "Manajemen Perubahan", "bagian.1.pengungkit": "",
            "bagian.2.judul": "Lain", "bagian.2.pengungkit": "penguatan-pengawasan"}
    guessed = copy.deepcopy(plan)
    read.apply(plan, meta)
    assert "sumber" not in plan
    assert plan["dokumen"]["tautan"] == [{"teks": "JDIH", "url": "https://jdih.go.id"}]
    assert "pengungkit" not in plan["bagian"][0] and plan["bagian"][1]["pengungkit"] == "penguatan-pengawasan"
    # a bagian inserted in Excel: the titles no longer match, so every bagian keeps the importer's guess
    guessed["bagian"].insert(0, {"judul": "Baru", "kelompok": []})
    read.apply(guessed, meta)
    assert [b.get("pengungkit") for b in guessed["bagian"]] == [None, "manajemen-perubahan", None]


def _kelompok(aksi: list[dict]) -> dict:
    return {"bagian": [{"judul": "B", "kelompok": [{"judul": "K", "aksi": aksi}]}]}


def test_an_extra_value_read_on_an_only_child_moves_up_to_its_declared_level():
    one = _kelompok([{"uraian": "A", "baris": [{"uraian": "R", "kolom_lain": {"area": "Area I", "pj": "X"}}]}])
    read.apply(one, {"kolom_lain.area": "kelompok"})
    kelompok = one["bagian"][0]["kelompok"][0]
    assert kelompok["kolom_lain"] == {"area": "Area I"}
    assert list(kelompok) == ["judul", "kolom_lain", "aksi"], "kolom_lain before the children, as impor writes"
    assert kelompok["aksi"][0]["baris"][0]["kolom_lain"] == {"pj": "X"}
    # two aksi: a value on one of them covers only its rows, so it stays where it was read
    two = _kelompok([{"uraian": "A", "kolom_lain": {"area": "Area I"}, "baris": [{"uraian": "R"}]},
                     {"uraian": "B", "baris": [{"uraian": "S"}]}])
    before = copy.deepcopy(two)
    read.apply(two, {"kolom_lain.area": "kelompok"})
    assert two == before


def test_only_a_hidden_sheet_with_its_headings_is_read(tmp_path):
    book = openpyxl.Workbook()
    book.active.title = "Rencana Aksi"
    sheet = book.create_sheet("zisite")
    sheet.append(("KUNCI", "NILAI"))
    sheet.append(("sumber", "Naskah"))
    book.save(tmp_path / "terlihat.xlsx")
    assert read.read(tmp_path / "terlihat.xlsx") == {}, "a visible sheet is the office's own content"
    sheet.sheet_state = "hidden"
    book.save(tmp_path / "tersembunyi.xlsx")
    assert read.read(tmp_path / "tersembunyi.xlsx") == {"sumber": "Naskah"}
    sheet["A1"] = "CATATAN"
    book.save(tmp_path / "lain.xlsx")
    assert read.read(tmp_path / "lain.xlsx") == {}


@pytest.mark.parametrize("kind", ["xlsx", "csv"])
def test_a_rencana_kerja_title_and_signers_without_place_or_date_are_read_from_any_sheet(tmp_path, kind):
    """Not zisite's export (no hidden sheet): the title and the signing block are found from the grid."""
    plan = _plan(OTHER, "parimo", 2026)
    source = imporkit.WRITERS[kind](plan, tmp_path / f"parimo.{kind}")
    out = tmp_path / "parimo.yaml"
    result = run_main("impor", str(source), "--kantor", "parimo", "--tahun", "2026", "--keluar", str(out),
                      "--kolom", "AREA PERUBAHAN=area")
    assert result.code == 0, result.err
    got = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert got["judul"] == plan["judul"]
    assert got["penandatangan"] == plan["penandatangan"]
    assert "pengesahan" not in got
    assert "Contoh Penanda Tangan" not in json.dumps(got["bagian"]), "the signer is not a table row"
