"""`zisite check` on realisasi files: every mistake named at its line and column, in Indonesian."""

from __future__ import annotations

import pytest

REALISASI = "plans/contoh/2026.realisasi.yaml"
HEAD = "kantor: contoh\ntahun: 2026\nrealisasi:\n"


def run(cli, make_project, body: str, files: dict | None = None):
    root = make_project({REALISASI: HEAD + body, **(files or {})})
    result = cli("check", str(root))
    assert "Traceback" not in result.out + result.err
    return result


def test_valid_realisasi_with_evidence_file_passes(cli, make_project):
    body = ('  - baris: "1.1.1.1"\n    tanggal: 2026-01-20\n    kegiatan: Tim ditetapkan\n    jumlah: 1\n'
            '    bukti:\n      - judul: SK tim\n        berkas: bukti/2026/sk.pdf\n'
            '      - judul: Berita\n        url: https://contoh.go.id/berita\n')
    result = run(cli, make_project, body, {"content/offices/contoh/bukti/2026/sk.pdf": b"%PDF-1.4\n"})
    assert result.code == 0, result.out
    assert "galat" not in result.out.split("Hasil:")[0]


CASES = [
    ('  - baris: "1.1.1.2"\n    tanggal: 2026-01-20\n    kegiatan: x\n',
     "4:12: galat: baris '1.1.1.2' tidak ada di rencana aksi 2026; maksud Anda '1.1.1.1' (Tim ditetapkan)? (di realisasi 1)"),
    ('  - baris: "1.1"\n    tanggal: 2026-01-20\n    kegiatan: x\n',
     "4:12: galat: 'baris' bernilai '1.1', bukan kode baris seperti '1.2.3.1'"),
    ('  - baris: "1.1.1.1"\n    tanggal: 2025-12-20\n    kegiatan: x\n',
     "5:14: galat: 'tanggal' jatuh pada tahun 2025, di luar tahun rencana aksi (2026) (di realisasi 1)"),
    ('  - baris: "1.1.1.1"\n    bulan: "2026-13"\n    kegiatan: x\n',
     "5:12: galat: 'bulan' bernilai '2026-13', bukan bulan dengan format TTTT-BB"),
    ('  - baris: "1.1.1.1"\n    kegiatan: x\n',
     "galat: setiap realisasi harus memuat tepat satu dari 'tanggal' atau 'bulan'"),
    ('  - baris: "1.1.1.1"\n    bulan: "2026-02"\n    kegiatan: x\n    status: batal\n',
     "galat: realisasi berstatus batal harus memuat 'alasan'"),
    ('  - baris: "1.1.1.1"\n    bulan: "2026-02"\n    kegiatan: x\n    jumalh: 1\n',
     "7:5: galat: kunci 'jumalh' tidak dikenal; maksud Anda 'jumlah'?"),
    ('  - baris: "1.1.1.1"\n    bulan: "2026-02"\n    kegiatan: x\n    target_ke: 2\n',
     "7:16: galat: 'target_ke' bernilai 2, padahal baris 1.1.1.1 hanya memiliki 1 target (di realisasi 1)"),
    ('  - baris: "1.1.1.1"\n    bulan: "2026-02"\n    kegiatan: x\n    bukti:\n      - judul: Bukti\n        berkas: bukti/ada.pdf\n',
     "9:17: galat: berkas bukti 'bukti/ada.pdf' tidak ditemukan di content/offices/contoh/ (di realisasi 1)"),
    ('  - baris: "1.1.1.1"\n    bulan: "2026-02"\n    kegiatan: x\n    bukti:\n      - judul: Bukti\n        berkas: ../../rahasia.pdf\n',
     "galat: 'berkas' bernilai '../../rahasia.pdf', bukan jalur berkas di dalam folder bukti/"),
    ('  - baris: "1.1.1.1"\n    bulan: "2026-02"\n    kegiatan: x\n    bukti:\n      - judul: Bukti\n        berkas: bukti/x.html\n',
     "galat: 'bukti/x.html' bukan jenis berkas yang diterbitkan"),
    ('  - baris: "1.1.1.1"\n    bulan: "2026-02"\n    kegiatan: x\n    bukti:\n      - judul: Bukti\n',
     "galat: setiap bukti harus memuat tepat satu dari 'url' atau 'berkas'"),
    ('  - baris: "1.1.1.1"\n    bulan: "2026-02"\n    kegiatan: "<script>alert(1)</script>"\n',
     "6:15: galat:"),
]


@pytest.mark.parametrize("body,expected", CASES)
def test_mistake_is_reported_and_blocks_the_build(cli, make_project, body, expected):
    result = run(cli, make_project, body)
    assert result.code == 1, result.out
    lines = [line for line in result.out.splitlines() if line.startswith(REALISASI + ":")]
    assert any(expected in line for line in lines), "\n".join(lines) or result.out


def test_quantity_above_target_is_a_warning(cli, make_project):
    body = '  - baris: "1.1.1.1"\n    bulan: "2026-01"\n    kegiatan: x\n    jumlah: 2\n'
    result = run(cli, make_project, body)
    assert result.code == 0
    assert (f"{REALISASI}:7:13: peringatan: jumlah realisasi baris 1.1.1.1 (2) melebihi targetnya "
            "(1: 1 (satu) Laporan)") in result.out


def test_realisasi_without_its_plan(cli, make_project):
    root = make_project({"plans/contoh/2025.realisasi.yaml": "kantor: contoh\ntahun: 2025\n"})
    result = cli("check", str(root))
    assert result.code == 1
    assert ("plans/contoh/2025.realisasi.yaml:1:1: galat: tidak ada rencana aksi 2025 untuk realisasi ini "
            "(plans/contoh/2025.yaml)") in result.out


def test_realisasi_of_another_office(cli, make_project):
    root = make_project({REALISASI: "kantor: lain\ntahun: 2026\n"})
    result = cli("check", str(root))
    assert result.code == 1
    assert f"{REALISASI}:1:9: galat: 'kantor' bernilai 'lain', padahal berkas ada di folder plans/contoh/" in result.out


def test_work_in_an_earlier_month_of_a_cross_year_range_is_accepted(cli, make_project):
    """A 2026 row running "Nopember 2025 - Februari 2026" may have been worked on in November 2025;
    the single report it targets is only due in February, but the range starts in 2025."""
    from helpers import MINIMAL_PLAN
    plan = MINIMAL_PLAN.replace("target_waktu: Januari 2026", "target_waktu: Nopember 2025 - Februari 2026")
    root = make_project({REALISASI: HEAD + '  - baris: "1.1.1.1"\n    bulan: "2025-11"\n    kegiatan: x\n'}, plan=plan)
    result = cli("check", str(root))
    assert result.code == 0, result.out
    root = make_project({REALISASI: HEAD + '  - baris: "1.1.1.1"\n    bulan: "2024-11"\n    kegiatan: x\n'}, plan=plan)
    result = cli("check", str(root))
    assert result.code == 1 and "di luar tahun rencana aksi (2025 atau 2026)" in result.out


ENTRY = '  - baris: "1.1.1.1"\n    tanggal: 2026-03-20\n    kegiatan: Tim ditetapkan\n    jumlah: 1\n'


def test_an_entry_written_twice_word_for_word_is_warned_at_the_second(cli, make_project):
    result = run(cli, make_project, ENTRY + ENTRY)
    assert result.code == 0, result.out  # a warning: the build goes on
    assert (f"{REALISASI}:8:5: peringatan: realisasi ini sama persis dengan realisasi ke-1; situs menghitungnya "
            "dua kali (di realisasi 2)") in result.out
    different = ENTRY + ENTRY.replace("2026-03-20", "2026-03-21")
    assert "sama persis" not in run(cli, make_project, different).out


@pytest.mark.parametrize(("when", "warned"), [("tanggal: 2026-03-21", True), ("tanggal: 2026-03-20", False),
                                              ('bulan: "2026-04"', True), ('bulan: "2026-03"', False)])
def test_an_entry_dated_after_today_is_warned(cli, make_project, when, warned):
    import os
    from datetime import datetime, timezone

    env = {**os.environ, "SOURCE_DATE_EPOCH": str(int(datetime(2026, 3, 20, 12, tzinfo=timezone.utc).timestamp()))}
    root = make_project({REALISASI: HEAD + ENTRY.replace("tanggal: 2026-03-20", when)})
    result = cli("check", str(root), env=env)
    assert result.code == 0, result.out
    line = "realisasi ini bertanggal sesudah hari ini (2026-03-20); situs belum menghitungnya"
    assert (line in result.out) is warned, result.out
