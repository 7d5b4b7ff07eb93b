"""`zisite check` on the real repository and on small trees: output, exit codes, nothing written."""

from __future__ import annotations

import json

from helpers import ROOT


def test_repository_is_valid_and_counts_rows(cli):
    result = cli("check")
    assert result.code == 0, result.out + result.err
    lines = result.out.splitlines()
    assert ("plans/banggai-kepulauan/2025.yaml: Rencana Aksi KPU Kabupaten Banggai Kepulauan 2025: "
            "7 bagian, 32 kelompok, 36 aksi, 39 baris") in lines
    assert ("plans/sigi/2026.yaml: Rencana Aksi KPU Kabupaten Sigi 2026: "
            "6 bagian, 23 kelompok, 56 aksi, 65 baris") in lines
    assert lines[-1].startswith("Hasil: 2 kantor, 2 rencana aksi; 0 galat,")


def test_check_json_reports_same_counts(cli):
    result = cli("check", "--format", "json")
    assert result.code == 0
    report = json.loads(result.out)
    assert report["sah"] is True and report["galat"] == 0
    counts = {(p["kantor"], p["tahun"]): p["baris"] for p in report["rencana_aksi"]}
    assert counts == {("banggai-kepulauan", 2025): 39, ("sigi", 2026): 65}
    assert all(d["tingkat"] == "peringatan" for d in report["diagnostik"])


def test_seed_warnings_point_at_empty_cells(cli):
    result = cli("check")
    assert ("plans/banggai-kepulauan/2025.yaml:90:17: peringatan: target capaian kosong "
            "(di bagian 2 › kelompok 2 › aksi 1 › baris 1)") in result.out.splitlines()


def test_check_writes_nothing(cli, make_project):
    root = make_project()
    before = sorted(p.relative_to(root) for p in root.rglob("*"))
    result = cli("check", str(root))
    assert result.code == 0, result.out
    assert sorted(p.relative_to(root) for p in root.rglob("*")) == before


def test_data_error_exits_1(cli, make_project):
    root = make_project({"plans/contoh/2026.yaml": "kantor: contoh\ntahun: dua ribu\n"})
    result = cli("check", str(root))
    assert result.code == 1
    assert "plans/contoh/2026.yaml:2:8: galat: 'tahun' harus berupa bilangan bulat, bukan teks" in result.out
    assert "Traceback" not in result.out + result.err
    assert result.out.splitlines()[-1].endswith("data TIDAK sah; situs tidak akan dibangun.")


def test_usage_errors_exit_2_in_indonesian(cli, tmp_path):
    result = cli("chek")
    assert result.code == 2
    assert "pilihan tidak sah: 'chek'" in result.err
    missing = cli("check", str(tmp_path / "tidak-ada"))
    assert missing.code == 2
    assert "folder" in missing.err and "tidak ditemukan" in missing.err


def test_help_is_indonesian(cli):
    result = cli("check", "--help")
    assert result.code == 0
    assert "penggunaan: zisite check" in result.out
    assert "tampilkan bantuan ini lalu keluar" in result.out


def test_only_one_office(cli):
    result = cli("check", "--office", "sigi")
    assert result.code == 0
    assert "banggai" not in result.out
    assert "Hasil: 1 kantor, 1 rencana aksi" in result.out


def test_a_choice_written_in_the_wrong_case_is_named_exactly(make_project):
    from helpers import run_main

    root = make_project(office="nama: Komisi Pemilihan Umum Kabupaten Contoh\nnama_singkat: KPU Kabupaten Contoh\n"
                               "tingkat: kabupaten\nzona_waktu: wita\n")
    out = run_main("check", str(root)).out
    assert "'zona_waktu' bernilai 'wita'; harus salah satu dari: 'WIB', 'WITA' atau 'WIT'" in out
    assert "petunjuk: tulis WITA persis seperti itu (huruf besar dan kecil dibedakan)" in out


def test_outside_a_repository_check_and_build_say_to_change_folder(tmp_path):
    from helpers import run_main

    (tmp_path / "kab-contoh").mkdir()
    (tmp_path / "kab-contoh/mkdocs.yml").write_text("site_name: x\n", encoding="utf-8")
    result = run_main("check", str(tmp_path))
    assert result.code == 1
    assert "folder ini bukan repositori kantor" in result.out and "cd kab-contoh" in result.out
