"""One data file per office and year, named with ASCII digits: no shadow file is ever published."""

from __future__ import annotations

import pytest

from helpers import MINIMAL_PLAN, run_main

STAT = "content/offices/contoh/statistik/pengaduan/"
PENGADUAN = """\
kantor: contoh
tahun: 2026
jenis: pengaduan
periode:
  - periode: "2026"
    diterima: 0
    selesai: 0
    proses: 0
    ditolak: 0
"""


def _check(root):
    return run_main("check", str(root))


def test_plan_yml_beside_yaml_is_refused(make_project):
    root = make_project({"plans/contoh/2026.yml": MINIMAL_PLAN.replace("Contoh", "Bayangan")})
    result = _check(root)
    assert result.code == 1
    assert ("plans/contoh/2026.yml:1:1: galat: berkas rencana aksi tahun 2026 ada dua: 2026.yaml dan 2026.yml\n"
            "    petunjuk: satukan isinya di 2026.yaml lalu hapus 2026.yml; hanya satu berkas per tahun yang dipakai"
            ) in result.out


def test_realisasi_yml_beside_yaml_is_refused(make_project):
    realisasi = "kantor: contoh\ntahun: 2026\nrealisasi: []\n"
    root = make_project({"plans/contoh/2026.realisasi.yaml": realisasi, "plans/contoh/2026.realisasi.yml": realisasi})
    result = _check(root)
    assert result.code == 1
    assert ("plans/contoh/2026.realisasi.yml:1:1: galat: berkas realisasi tahun 2026 ada dua: "
            "2026.realisasi.yaml dan 2026.realisasi.yml") in result.out


def test_statistics_yml_beside_yaml_is_refused(make_project):
    root = make_project({STAT + "2026.yaml": PENGADUAN, STAT + "2026.yml": PENGADUAN})
    result = _check(root)
    assert result.code == 1
    assert (f"{STAT}2026.yml:1:1: galat: berkas statistik tahun 2026 ada dua: 2026.yaml dan 2026.yml") in result.out


@pytest.mark.parametrize("name", ["٢٠٢٦", "２０２６", "२०२६"], ids=["arab", "lebar-penuh", "devanagari"])
def test_year_in_non_ascii_digits_is_refused(make_project, name):
    root = make_project({f"plans/contoh/{name}.yaml": MINIMAL_PLAN}, plan=None)
    result = _check(root)
    assert result.code == 1
    assert (f"plans/contoh/{name}.yaml:1:1: galat: nama berkas rencana aksi '{name}.yaml' harus berupa tahun, "
            "misalnya 2026.yaml") in result.out


def test_statistics_year_in_non_ascii_digits_is_refused(make_project):
    root = make_project({STAT + "٢٠٢٦.yaml": PENGADUAN})
    result = _check(root)
    assert result.code == 1
    assert f"{STAT}٢٠٢٦.yaml:1:1: galat: nama berkas statistik '٢٠٢٦.yaml' harus berupa tahun" in result.out


def test_realisasi_year_in_non_ascii_digits_is_refused(make_project):
    root = make_project({"plans/contoh/٢٠٢٦.realisasi.yaml": "kantor: contoh\ntahun: 2026\nrealisasi: []\n"})
    result = _check(root)
    assert result.code == 1
    assert "plans/contoh/٢٠٢٦.realisasi.yaml:1:1: galat: nama berkas rencana aksi '٢٠٢٦.realisasi.yaml' harus berupa tahun" in result.out
