"""`zisite check` refuses personal data wherever the site would publish it — plans, realisasi,
office.yaml, office pages — naming file, line, column and field in Indonesian, and leaves the
example project and ordinary numbers alone."""

from __future__ import annotations

import json

import pytest

from corpuskit import check, diagnostics_for, refused
from helpers import MINIMAL_OFFICE, MINIMAL_PLAN, ROOT
from zisite.checks.minimal import MINIMAL_REALISASI, OFFICE_FILE, PLAN_FILE, REALISASI_FILE
from zisite.load import load_project

NBSP = "\u00a0"
NIK = f"7201{NBSP}0101{NBSP}0101{NBSP}0001"
PAGE = "content/offices/contoh/halaman/kontak.md"
STATS = "content/offices/contoh/statistik/pengaduan/2026.yaml"
LAW = "UU 27/2022 tentang Pelindungan Data Pribadi"
NIK_HINT = (f"\n    petunjuk: NIK warga, pelapor atau pegawai adalah data pribadi ({LAW}) dan tidak boleh diterbitkan; "
            "hapus nomornya")
PHONE_HINT = (f"\n    petunjuk: nomor telepon pribadi adalah data pribadi ({LAW}) dan tidak boleh diterbitkan; hapus "
              "nomornya. Nomor resmi kantor ditulis di office.yaml (telepon, hotline, whatsapp) dan boleh dikutip di teks")
EMAIL_HINT = (f"\n    petunjuk: alamat surel pribadi adalah data pribadi ({LAW}) dan tidak boleh diterbitkan; hapus "
              "alamatnya, atau pakai surel resmi kantor (office.yaml: email, email_pengaduan) atau alamat .go.id")


def refusal(make_project, file: str, files: dict) -> list[str]:
    """Every galat printed for ``file`` by a refused check (exit code 1, no traceback)."""
    result = refused(check(make_project(files)))
    return diagnostics_for(result.out, file)


def test_nik_split_by_no_break_spaces_in_a_realisasi_note(make_project):
    text = MINIMAL_REALISASI.replace("kegiatan: Tim kerja ditetapkan", f"kegiatan: Tim kerja ditetapkan; narahubung NIK {NIK}")
    assert refusal(make_project, REALISASI_FILE, {REALISASI_FILE: text}) == [
        f"{REALISASI_FILE}:6:52: galat: 'kegiatan' memuat nomor yang tampak seperti NIK (16 angka) (7201…): data pribadi "
        "tidak boleh diterbitkan (di realisasi 1)" + NIK_HINT,
    ]


def test_arabic_indic_digits_in_a_realisasi_file_note(make_project):
    text = MINIMAL_REALISASI.replace("tahun: 2026\n", "tahun: 2026\ncatatan: Koordinator dapat dihubungi di "
                                     + "0812 3456 7890".translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")) + "\n")
    assert refusal(make_project, REALISASI_FILE, {REALISASI_FILE: text}) == [
        f"{REALISASI_FILE}:3:41: galat: 'catatan' memuat nomor telepon (0812…): data pribadi tidak boleh diterbitkan"
        + PHONE_HINT,
    ]


def test_nik_in_a_plan_cell_points_at_the_number_and_the_row(make_project):
    plan = MINIMAL_PLAN.replace("target_capaian: 1 (satu) Laporan",
                                f"target_capaian: 1 (satu) Laporan\n                bukti_fisik:\n"
                                f"                  - SK tim\n                  - KTP ketua tim, NIK {NIK}")
    assert refusal(make_project, PLAN_FILE, {PLAN_FILE: plan}) == [
        f"{PLAN_FILE}:26:40: galat: 'bukti_fisik' memuat nomor yang tampak seperti NIK (16 angka) (7201…): data pribadi "
        "tidak boleh diterbitkan (di bagian 1 › kelompok 1 › aksi 1 › baris 1)" + NIK_HINT,
    ]


PHONE = "0812 3456 7890"
# (text of the minimal plan, the same text with a phone number in it, the field named, where it is)
PLAN_PLACES = [
    ("judul: RENCANA AKSI CONTOH", f"judul: RENCANA AKSI CONTOH {PHONE}", "judul", None),
    ("tahun: 2026\n", f"tahun: 2026\nsumber: Diketik oleh operator ({PHONE})\n", "sumber", None),
    ('{kunci: baris, judul: INDIKATOR}', f'{{kunci: baris, judul: "INDIKATOR {PHONE}"}}', "judul", "kolom 4"),
    ("  tanggal: 2026-01-21", f"  tanggal: 2026-01-21\n  teks: Contoh, 21 Januari 2026 {PHONE}", "teks", "pengesahan"),
    ("    nama: Contoh", f"    nama: Contoh\n    keterangan: HP {PHONE}", "keterangan", "penandatangan 1"),
    ("tahun: 2026\n", f"tahun: 2026\ndokumen:\n  jenis: KEPUTUSAN\n  nomor: NOMOR 1 TAHUN 2026\n  tentang: Contoh\n"
                      f"  menimbang:\n    - {{label: a., isi: Narahubung {PHONE}}}\n", "isi", "dokumen › menimbang 1"),
    ("    judul: Manajemen Perubahan", f"    judul: Manajemen Perubahan {PHONE}", "judul", "bagian 1"),
    ("          - uraian: Menetapkan tim", f"          - uraian: Menetapkan tim {PHONE}", "uraian",
     "bagian 1 › kelompok 1 › aksi 1"),
    ("target_waktu: Januari 2026", f"target_waktu: [Januari 2026, 'hubungi {PHONE}']", "target_waktu",
     "bagian 1 › kelompok 1 › aksi 1 › baris 1"),
    ("target_capaian: 1 (satu) Laporan", f"target_capaian: 1 (satu) Laporan ke {PHONE}", "target_capaian",
     "bagian 1 › kelompok 1 › aksi 1 › baris 1"),
]


@pytest.mark.parametrize("old, new, field, where", PLAN_PLACES, ids=[f"{row[2]}@{row[3]}" for row in PLAN_PLACES])
def test_every_published_text_of_a_plan_is_guarded(tmp_path, old, new, field, where):
    assert MINIMAL_PLAN.count(old) == 1
    plan = MINIMAL_PLAN.replace(old, new)
    for name, text in {OFFICE_FILE: MINIMAL_OFFICE, PLAN_FILE: plan}.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    found = [d for d in load_project(tmp_path).diagnostics if d.severity == "galat"]
    assert [(d.code, d.message, d.where) for d in found] == [
        ("personal-data", f"'{field}' memuat nomor telepon (0812…): data pribadi tidak boleh diterbitkan", where)]
    line, column = found[0].line, found[0].column
    assert plan.splitlines()[line - 1][column - 1:].startswith("0812"), (line, column)


def test_email_written_with_at_and_dot_in_a_plan_heading_and_a_phone_in_a_comment(make_project):
    plan = MINIMAL_PLAN.replace("judul: Tim Kerja", "judul: Tim Kerja (narahubung budi [at] gmail [dot] com)")
    plan = plan.replace("pengesahan:", "# diketik ulang oleh operator, WA 0812-3456-7890\npengesahan:")
    assert refusal(make_project, PLAN_FILE, {PLAN_FILE: plan}) == [
        f"{PLAN_FILE}:7:35: galat: komentar memuat nomor telepon (0812…): berkas rencana aksi diterbitkan apa adanya "
        "sebagai unduhan YAML" + PHONE_HINT,
        f"{PLAN_FILE}:18:38: galat: 'judul' memuat alamat surel (…@gmail.com): data pribadi tidak boleh diterbitkan "
        "(di bagian 1 › kelompok 1)" + EMAIL_HINT,
    ]


def test_nik_in_office_free_text_single_and_multi_line(make_project):
    office = MINIMAL_OFFICE + (f"maklumat_pelayanan: \"Kami siap melayani.\\u00a0NIK\\u00a07201{NBSP}0101 0101 0001\"\n"
                               "layanan:\n  - nama: Informasi\n    prosedur: |\n      Datang ke kantor.\n"
                               f"      Tanyakan kepada petugas (NIK {NIK}).\n")
    assert refusal(make_project, OFFICE_FILE, {OFFICE_FILE: office}) == [
        f"{OFFICE_FILE}:4:56: galat: 'maklumat_pelayanan' memuat nomor yang tampak seperti NIK (16 angka) (7201…): "
        "data pribadi tidak boleh diterbitkan" + NIK_HINT,
        f"{OFFICE_FILE}:9:36: galat: 'prosedur' memuat nomor yang tampak seperti NIK (16 angka) (7201…): data pribadi "
        "tidak boleh diterbitkan (di layanan 1)" + NIK_HINT,
    ]


def test_nik_and_private_email_on_an_office_page(make_project):
    page = f"## Kontak\n\nPetugas: Budi (NIK {NIK}).\n\nSurel: [budi](mailto:budi@gmail.com)\n"
    assert refusal(make_project, PAGE, {PAGE: page}) == [
        f"{PAGE}:3:20: galat: teks halaman memuat nomor yang tampak seperti NIK (16 angka) (7201…): data pribadi tidak "
        "boleh diterbitkan" + NIK_HINT,
        f"{PAGE}:5:22: galat: teks halaman memuat alamat surel (…@gmail.com): data pribadi tidak boleh diterbitkan"
        + EMAIL_HINT,
    ]
    extra = "content/offices/contoh/halaman/wbs.tambahan.md"
    assert refusal(make_project, extra, {extra: "Laporkan ke budi(at)yahoo(dot)co(dot)id\n"}) == [
        f"{extra}:1:13: galat: teks halaman memuat alamat surel (…@yahoo.co.id): data pribadi tidak boleh diterbitkan"
        + EMAIL_HINT,
    ]


def test_pages_of_the_engine_folder_are_checked_too(make_project):
    """MkDocs publishes docs_dir as written: the group site's own pages may quote any office's contacts."""
    config = "site_name: Contoh\ndocs_dir: content/halaman\n"
    office = MINIMAL_OFFICE + "email: kpu.contoh@gmail.com\n"
    page = "content/halaman/tentang.md"
    files = {"mkdocs.yml": config, OFFICE_FILE: office,
             page: "# Tentang\n\nSurel kpu.contoh@gmail.com; operator: 0812-3456-7890.\n"}
    assert refusal(make_project, page, files) == [
        f"{page}:3:39: galat: teks halaman memuat nomor telepon (0812…): data pribadi tidak boleh diterbitkan"
        + PHONE_HINT,
    ]


def test_the_real_command_refuses_as_staff_see_it(cli, make_project):
    root = make_project({PAGE: f"Hubungi 0812{NBSP}3456{NBSP}7890.\n"})
    result = cli("check", str(root))
    assert result.code == 1 and "Traceback" not in result.out + result.err
    assert f"{PAGE}:1:9: galat: teks halaman memuat nomor telepon (0812…): data pribadi tidak boleh diterbitkan" in result.out
    data = json.loads(cli("check", str(root), "--format", "json").out)
    found = [d for d in data["diagnostik"] if d["kode"] == "personal-data"]
    assert [(d["berkas"], d["baris"], d["kolom"]) for d in found] == [(PAGE, 1, 9)]


def test_what_the_office_publishes_may_be_repeated_in_its_texts(make_project):
    office = MINIMAL_OFFICE + ("email: kpu.contoh@gmail.com\nwhatsapp: 0812 9999 8888\ntelepon: 0451 421234\n"
                               "situs_web: https://kpucontoh.id\nalamat: Jl. Contoh No. 1, kode pos 94361\n"
                               "upg:\n  email: upg.contoh@gmail.com\n  telepon: 0813 1111 2222\n"
                               "maklumat_pelayanan: Pengaduan lewat WhatsApp 0812-9999-8888 atau kpu.contoh [at] gmail [dot] com\n"
                               "catatan: catatan pengelola, tidak diterbitkan, NIK 7201010101010001\n")
    page = ("## Kontak\n\nWA [0812 9999 8888](https://wa.me/6281299998888), telepon (0451) 421234, UPG 0813-1111-2222, "
            "upg.contoh@gmail.com, info@kpucontoh.id, ppid@sigi.kpu.go.id, pengaduan@kpk.go.id.\n")
    realisasi = MINIMAL_REALISASI.replace("kegiatan: Tim kerja ditetapkan", "kegiatan: Tim kerja ditetapkan; info kpu.contoh@gmail.com")
    result = check(make_project({OFFICE_FILE: office, PAGE: page, REALISASI_FILE: realisasi}))
    assert result.code == 0, result.out
    assert "personal" not in result.out and "data pribadi" not in result.out


def test_ordinary_numbers_in_a_plan_are_not_personal_data(make_project):
    cells = ["Keputusan Nomor 123/PP.04-Kpt/06/KPU-Kab/II/2026", "31-12-2026", "01-01-2026 - 31-03-2026",
             "Rp1.254.300.000", "Rp 628.000.000.000,00", "lihat baris 6.2.1.1 dan 6.2.1.2", "75 %",
             "pukul 08.00-16.00 WITA", "NIP. 19780101 200501 1 001", "Tahun 2025 2026", "kode pos 94361",
             "telepon kantor (0451) 421234"]
    plan = MINIMAL_PLAN.replace("target_capaian: 1 (satu) Laporan", "target_capaian: 1 (satu) Laporan\n"
                                "                bukti_fisik:\n" + "".join(f'                  - "{c}"\n' for c in cells))
    plan = plan.replace("nama: Contoh", "nama: Dr. H. Ahmad Sudirman, S.H., M.H.\n    keterangan: NIP. 19780101 200501 1 001")
    result = check(make_project({PLAN_FILE: plan}))
    assert result.code == 0, result.out
    assert "data pribadi" not in result.out and "nama orang" not in result.out


def test_names_warn_in_complaint_statistics_but_not_in_plans(make_project):
    stats = ("contoh: false\ntahun: 2026\nperiode:\n  - periode: Triwulan I\n    diterima: 1\n"
             "    catatan: Laporan Sdri. Rina Wati tentang Bapak Kepala Desa sudah selesai\n")
    plan = MINIMAL_PLAN.replace("uraian: Menetapkan tim", "uraian: Menetapkan tim yang dipimpin Bapak Ahmad")
    result = check(make_project({STATS: stats, PLAN_FILE: plan}))
    assert result.code == 0, result.out
    assert diagnostics_for(result.out, STATS, "peringatan") == [
        f"{STATS}:6:22: peringatan: 'catatan' memuat sebutan yang tampak seperti nama orang (Sdri. R…) (di periode 1)"
        "\n    petunjuk: bila ini nama pelapor, terlapor atau warga, samarkan (misalnya 'seorang pelapor', 'seorang "
        f"pegawai'): identitas pelapor wajib dirahasiakan ({LAW}); bila bukan nama orang, biarkan",
    ]
    assert diagnostics_for(result.out, PLAN_FILE, "peringatan") == []


def test_statistics_stay_strict_even_for_the_office_own_contacts(make_project):
    office = MINIMAL_OFFICE + "email: kpu.contoh@gmail.com\n"
    stats = ("contoh: false\ntahun: 2026\nperiode:\n  - periode: Triwulan I\n    diterima: 1\n"
             "    catatan: Diterima lewat kpu.contoh@gmail.com dan (0451) 421234\n")
    result = refused(check(make_project({OFFICE_FILE: office, STATS: stats})))
    assert [line.split(": galat: ")[0] for line in diagnostics_for(result.out, STATS)] == [f"{STATS}:6:29", f"{STATS}:6:55"]


def test_the_example_project_has_no_personal_data_finding():
    project = load_project(ROOT)
    assert [d.format() for d in project.diagnostics if d.code.startswith("personal")] == []
    assert project.ok
