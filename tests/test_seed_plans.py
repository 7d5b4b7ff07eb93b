"""Both seed plans are held without loss: every source cell is in the model, round-trips are exact."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from zisite.models import Plan
from zisite.load import load_project
from helpers import ROOT

SEEDS = ROOT.parent / "shared" / "seeds"
SEED_FILES = {
    ("banggai-kepulauan", 2025): "rencana-aksi-zi-kpu-banggai-kepulauan-2025.txt",
    ("sigi", 2026): "rencana-aksi-zi-kpu-sigi-2026.txt",
}


@pytest.fixture(scope="module")
def plans() -> dict[tuple[str, int], Plan]:
    project = load_project(ROOT)
    assert project.ok
    return {(e.plan.kantor, e.plan.tahun): e.plan for e in project.plans}


def _norm(text: str) -> str:
    text = re.sub(r"</?[ib]>", "", text).replace("_", "")
    return " ".join(text.split())


def _all_text(plan: Plan) -> str:
    return _norm(" | ".join(_strings(plan.model_dump())))


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        text = value.get("judul") or value.get("uraian")
        if value.get("nomor") and isinstance(text, str):
            yield f"{value['nomor']} {text}"  # the source prints the number in the same cell
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, (list, tuple)):
        for v in value:
            yield from _strings(v)


def test_counts(plans):
    assert plans["banggai-kepulauan", 2025].counts() == {"bagian": 7, "kelompok": 32, "aksi": 36, "baris": 39}
    assert plans["sigi", 2026].counts() == {"bagian": 6, "kelompok": 23, "aksi": 56, "baris": 65}


@pytest.mark.skipif(not SEEDS.is_dir(), reason="shared/seeds not beside the repository")
@pytest.mark.parametrize("key", list(SEED_FILES))
def test_every_table_cell_of_the_seed_is_in_the_plan(plans, key):
    """Each tab-separated cell of the source table occurs in the plan (page-broken cells inside merged ones)."""
    text = _all_text(plans[key])
    source = (SEEDS / SEED_FILES[key]).read_text(encoding="utf-8")
    missing = []
    for line in source.splitlines():
        if "\t" not in line or line.startswith(("NO\t", "1\t2\t", "(1)\t")):
            continue
        for cell in line.split("\t"):
            for part in re.split(r"\s{2,}", cell.strip()):
                if _norm(part) and _norm(part) not in text:
                    missing.append(part)
    assert missing == []


@pytest.mark.skipif(not SEEDS.is_dir(), reason="shared/seeds not beside the repository")
def test_sigi_decree_text_is_complete(plans):
    decree = plans["sigi", 2026].dokumen
    assert decree.nomor == "NOMOR 12 TAHUN 2026"
    assert [i.label for i in decree.menimbang] == ["a.", "b."]
    assert [i.label for i in decree.mengingat] == [f"{n}." for n in range(1, 9)]
    assert [d.label for d in decree.diktum] == ["KESATU", "KEDUA", "KETIGA"]
    assert decree.mengingat[4].isi.startswith("Peraturan Menteri Negara Pendayagunaan Aparatur Negara dan "
                                              "Reformasi Birokrasi Nomor 9 Tahun 2023 tentang Evaluasi")
    source = _norm((SEEDS / SEED_FILES["sigi", 2026]).read_text(encoding="utf-8").replace("\n- ", " "))
    for item in (*decree.menimbang, *decree.mengingat, *decree.diktum):
        assert _norm(item.isi) in source, item.label


def test_signing_and_signatories(plans):
    bk, sigi = plans["banggai-kepulauan", 2025], plans["sigi", 2026]
    assert (bk.pengesahan.tempat, bk.pengesahan.tanggal.isoformat()) == ("Salakan", "2025-10-31")
    assert [(s.jabatan, s.nama) for s in bk.penandatangan] == [("Ketua Tim Pelaksana,", "Nurul Huda")]
    assert (sigi.pengesahan.tempat, sigi.pengesahan.tanggal.isoformat()) == ("Sigi", "2026-01-21")
    assert [(s.nama, s.salinan) for s in sigi.penandatangan] == [("SOLEMAN", False), ("Sasli", True)]
    assert sigi.penandatangan[1].jabatan == "Kepala Sub Bagian Teknis Penyelenggaraan Pemilu dan Hukum,"


def test_numbering_kept_as_printed(plans):
    bk = plans["banggai-kepulauan", 2025]
    assert [a.nomor for a in bk.bagian] == ["I", "II", "III", "IV", "V", "VI", "VII"]
    assert [k.nomor for k in bk.bagian[6].kelompok] == ["1", "2", "3", "4", "5", "6", "8", "9", "10"]
    sigi = plans["sigi", 2026]
    sdm_aspek_3 = sigi.bagian[2].kelompok[2]
    assert [x.nomor for x in sdm_aspek_3.aksi] == ["1.", "1."]
    assert [k.nomor for k in sigi.bagian[5].kelompok] == ["1.", "2.", "5."]


def test_typos_and_foreign_terms_verbatim(plans):
    text = " ".join(_strings(plans["sigi", 2026].model_dump())) + " ".join(
        _strings(plans["banggai-kepulauan", 2025].model_dump()))
    for typo in ("mutase", "Acheivable", "Knowlage", "limimasa", "KABUAPTEN"):
        assert typo in text
    assert "_stakeholder_" in text and "_website_" in text and "<i>" not in text


def test_two_value_cells_are_lists_in_order(plans):
    row = plans["banggai-kepulauan", 2025].bagian[4].kelompok[0].aksi[0].baris[0]
    assert row.target_waktu == ("Oktober 2025", "Setiap bulan")
    assert row.target_capaian == ("1 (satu) Kegiatan", "1 (satu) Dokumen")
    assert row.bukti_fisik[0] == "Sosialisasi SPIP"
    assert [s.kind.value for s in row.schedules(2025)] == ["bulan", "berulang"]
    assert [(q.amount, q.unit) for q in row.targets()] == [(1, "Kegiatan"), (1, "Dokumen")]


def test_page_broken_rows_are_one_row(plans):
    sigi = plans["sigi", 2026]
    action = sigi.bagian[0].kelompok[3].aksi[2]
    assert action.uraian.startswith("Menerapkan budaya kerja dan pola pikir")
    assert action.baris[0].target_capaian == ("1 (satu) Laporan",)


@pytest.mark.parametrize("key", list(SEED_FILES))
def test_model_round_trips_through_yaml(plans, key, tmp_path):
    plan = plans[key]
    dumped = yaml.safe_dump(plan.model_dump(mode="json", exclude_defaults=True), allow_unicode=True, sort_keys=False)
    again = Plan.model_validate(yaml.safe_load(dumped))
    assert again == plan


def test_plan_files_start_with_schema_comment():
    for path in [*ROOT.glob("plans/*/*.yaml"), *ROOT.glob("content/offices/*/office.yaml")]:
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith("# yaml-language-server: $schema="), path
        schema = (path.parent / first.split("=", 1)[1]).resolve()
        assert schema.is_file(), f"{path}: {schema}"
