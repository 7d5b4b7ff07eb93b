"""`zisite check` on a corpus of broken files: every diagnostic pinned exactly, as staff will read it.

Each ``tests/corpus/<case>.yaml`` is one whole data file with one class of mistake (``several-errors``
has many). The harness (``corpuskit.py``) drops it into a small valid project (``office-*`` cases
replace the office file, the others the 2026 plan), runs the checker and compares every ``galat``
for that file — place, Indonesian message, ``(di …)`` suffix and ``petunjuk`` line — with the table
below, in printed order. Files that cannot be committed as text (wrong encoding, oversized, raw
control bytes) are made here.
"""

from __future__ import annotations

import json
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest

from corpuskit import HERE, Corpus, check, diagnostics_for, refused
from zisite.load.yaml import load_text

PLAN = "plans/contoh/2026.yaml"
OFFICE = "content/offices/contoh/office.yaml"


def valid_plan(make_project) -> str:
    """The valid minimal plan the ``make_project`` fixture writes, to break one thing in it."""
    return (make_project() / PLAN).read_text(encoding="utf-8")


def errors_for(output: str, file: str) -> list[str]:
    return diagnostics_for(output, file, "galat")


CASES = [
    ("anchor-alias", [
        "plans/contoh/2026.yaml:9:11: galat: anchor YAML '&kota' tidak diizinkan"
        "\n    petunjuk: hapus '&kota'; anchor dan alias tidak dipakai di berkas data",
        "plans/contoh/2026.yaml:13:11: galat: alias YAML '*kota' tidak diizinkan"
        "\n    petunjuk: tulis ulang nilainya secara lengkap; anchor dan alias tidak dipakai di berkas data",
    ]),
    ("billion-laughs", [
        "plans/contoh/2026.yaml:3:5: galat: anchor YAML '&x0' tidak diizinkan"
        "\n    petunjuk: hapus '&x0'; anchor dan alias tidak dipakai di berkas data",
        "plans/contoh/2026.yaml:4:5: galat: anchor YAML '&x1' tidak diizinkan"
        "\n    petunjuk: hapus '&x1'; anchor dan alias tidak dipakai di berkas data",
        "plans/contoh/2026.yaml:4:10: galat: alias YAML '*x0' tidak diizinkan (dipakai 9 kali)"
        "\n    petunjuk: tulis ulang nilainya secara lengkap; anchor dan alias tidak dipakai di berkas data",
        "plans/contoh/2026.yaml:5:5: galat: anchor YAML '&x2' tidak diizinkan"
        "\n    petunjuk: hapus '&x2'; anchor dan alias tidak dipakai di berkas data",
        "plans/contoh/2026.yaml:5:10: galat: alias YAML '*x1' tidak diizinkan (dipakai 9 kali)"
        "\n    petunjuk: tulis ulang nilainya secara lengkap; anchor dan alias tidak dipakai di berkas data",
        "plans/contoh/2026.yaml:6:5: galat: anchor YAML '&x3' tidak diizinkan"
        "\n    petunjuk: hapus '&x3'; anchor dan alias tidak dipakai di berkas data",
        "plans/contoh/2026.yaml:6:10: galat: alias YAML '*x2' tidak diizinkan (dipakai 9 kali)"
        "\n    petunjuk: tulis ulang nilainya secara lengkap; anchor dan alias tidak dipakai di berkas data",
        "plans/contoh/2026.yaml:7:5: galat: anchor YAML '&x4' tidak diizinkan"
        "\n    petunjuk: hapus '&x4'; anchor dan alias tidak dipakai di berkas data",
        "plans/contoh/2026.yaml:7:10: galat: alias YAML '*x3' tidak diizinkan (dipakai 9 kali)"
        "\n    petunjuk: tulis ulang nilainya secara lengkap; anchor dan alias tidak dipakai di berkas data",
        "plans/contoh/2026.yaml:8:5: galat: anchor YAML '&x5' tidak diizinkan"
        "\n    petunjuk: hapus '&x5'; anchor dan alias tidak dipakai di berkas data",
        "plans/contoh/2026.yaml:8:10: galat: masih ada 9 anchor/alias YAML lain mulai dari sini"
        "\n    petunjuk: hapus semua anchor (&…) dan alias (*…)",
    ]),
    ("bool-in-text", [
        "plans/contoh/2026.yaml:4:8: galat: 'judul' harus berupa teks, bukan true/false"
        '\n    petunjuk: bila memang teks, apit dengan tanda kutip: "true"',
    ]),
    ("column-invalid-key", [
        "plans/contoh/2026.yaml:7:13: galat: kunci kolom 'Indikator' tidak sah; kunci kolom tambahan ditulis huruf kecil, "
        "angka dan garis bawah, diawali huruf, misalnya penanggung_jawab (di kolom 2)"
        "\n    petunjuk: kolom bawaan: nomor, bagian, kelompok, aksi, baris, bukti_fisik, target_waktu, target_capaian",
    ]),
    ("column-missing-baris", [
        "plans/contoh/2026.yaml:5:1: galat: 'kolom' harus memuat kolom dengan kunci 'baris'"
        "\n    petunjuk: tambahkan misalnya - {kunci: baris, judul: INDIKATOR}",
    ]),
    ("column-twice", [
        "plans/contoh/2026.yaml:8:13: galat: kolom 'nomor' sudah disebut di baris 6 (di kolom 3)"
        "\n    petunjuk: setiap kolom hanya boleh disebut sekali; hapus salah satunya, atau ganti kuncinya",
    ]),
    ("control-character", [
        "plans/contoh/2026.yaml:4:8: galat: 'judul' memuat karakter kendali tak terlihat (U+0007)"
        "\n    petunjuk: hapus karakter itu; sering terbawa saat menyalin dari PDF atau Word",
    ]),
    ("date-format", [
        "plans/contoh/2026.yaml:10:12: galat: 'tanggal' bernilai '21 Januari 2026', bukan tanggal dengan format TTTT-BB-HH (di pengesahan)"
        "\n    petunjuk: tulis 2026-01-21 (tahun-bulan-hari)",
    ]),
    ("date-invalid", [
        "plans/contoh/2026.yaml:10:12: galat: 'tanggal' bernilai 2026-13-01, padahal bulan hanya 01 sampai 12 (di pengesahan)",
    ]),
    ("date-nonexistent", [
        "plans/contoh/2026.yaml:10:12: galat: 'tanggal' bernilai 2026-02-30, padahal tanggal itu tidak ada di kalender (di pengesahan)",
    ]),
    ("deep-nesting", [
        "plans/contoh/2026.yaml:27:48: galat: struktur bersarang lebih dari 40 tingkat"
        "\n    petunjuk: kurangi tingkat daftar atau pemetaan di dalam daftar/pemetaan",
    ]),
    ("duplicate-key", [
        "plans/contoh/2026.yaml:26:17: galat: kunci 'target_waktu' ditulis dua kali (pertama di baris 25)"
        "\n    petunjuk: hapus salah satunya; YAML hanya memakai satu nilai",
    ]),
    ("empty-file", [
        "plans/contoh/2026.yaml:1:1: galat: berkas kosong"
        "\n    petunjuk: isi berkas dengan data, atau hapus berkas ini",
    ]),
    ("empty-required-value", [
        "plans/contoh/2026.yaml:4:7: galat: 'judul' tidak boleh kosong"
        "\n    petunjuk: isi dengan teks",
    ]),
    ("html-bold", [
        "plans/contoh/2026.yaml:16:12: galat: 'judul' memuat HTML (<b>), yang tidak diizinkan di dalam teks (di bagian 1)"
        "\n    petunjuk: tulis teks biasa saja; istilah asing yang dicetak miring ditandai garis bawah, misalnya _stakeholder_",
    ]),
    ("html-script", [
        "plans/contoh/2026.yaml:23:25: galat: 'uraian' memuat HTML (<script>), yang tidak diizinkan di dalam teks (di bagian 1 › kelompok 1 › aksi 1 › baris 1)"
        "\n    petunjuk: tulis teks biasa saja; istilah asing yang dicetak miring ditandai garis bawah, misalnya _stakeholder_",
    ]),
    ("invalid-pengungkit", [
        "plans/contoh/2026.yaml:17:17: galat: 'pengungkit' bernilai 'manajemen'; harus salah satu dari: 'manajemen-perubahan', 'penataan-tatalaksana', 'penataan-sistem-manajemen-sdm', 'penguatan-akuntabilitas-kinerja', 'penguatan-pengawasan' atau 'peningkatan-kualitas-pelayanan-publik' (di bagian 1)",
    ]),
    ("kantor-wrong-folder", [
        "plans/contoh/2026.yaml:2:9: galat: 'kantor' bernilai 'sigi', padahal berkas ada di folder plans/contoh/"
        "\n    petunjuk: tulis kantor: contoh, atau pindahkan berkas ke plans/sigi/",
    ]),
    ("kelompok-without-aksi", [
        "plans/contoh/2026.yaml:19:9: galat: kunci wajib 'aksi' belum diisi (di bagian 1 › kelompok 1)",
    ]),
    ("list-without-dash", [
        "plans/contoh/2026.yaml:12:3: galat: 'penandatangan' harus berupa daftar (butir diawali '- ')"
        "\n    petunjuk: awali butir dengan '- ': tulis '- jabatan: …' lalu geser kunci berikutnya dua spasi agar "
        "sejajar dengan kunci itu",
    ]),
    ("merge-key", [
        "plans/contoh/2026.yaml:9:3: galat: penggabungan YAML '<<' tidak diizinkan"
        "\n    petunjuk: tulis semua kunci secara lengkap",
    ]),
    ("missing-judul", [
        "plans/contoh/2026.yaml:2:1: galat: kunci wajib 'judul' belum diisi",
    ]),
    ("missing-signatory-name", [
        "plans/contoh/2026.yaml:12:5: galat: kunci wajib 'nama' belum diisi (di penandatangan 1)",
    ]),
    ("office-bad-email", [
        "content/offices/contoh/office.yaml:6:8: galat: 'email' bukan alamat surel yang sah",
    ]),
    ("office-bad-phone", [
        "content/offices/contoh/office.yaml:7:10: galat: 'telepon' bukan nomor telepon yang sah (contoh: 0461 123456 atau +62 812 3456 7890)\n"
        "    petunjuk: tulis angka nomornya saja; boleh dengan spasi, tanda hubung dan kurung di sekitar kode "
        "wilayah, misalnya (0451) 421234, tanpa huruf atau kata seperti 'Telp.' atau 'ext'",
    ]),
    ("office-empty-tingkat", [
        "content/offices/contoh/office.yaml:4:9: galat: 'tingkat' tidak boleh kosong; harus salah satu dari: 'pusat', 'provinsi', 'kabupaten' atau 'kota'",
    ]),
    ("office-javascript-url", [
        "content/offices/contoh/office.yaml:9:14: galat: 'pengaduan' harus alamat web lengkap yang diawali http:// atau https:// (di tautan)",
    ]),
    ("office-unknown-tingkat", [
        "content/offices/contoh/office.yaml:4:10: galat: 'tingkat' bernilai 'kecamatan'; harus salah satu dari: 'pusat', 'provinsi', 'kabupaten' atau 'kota'",
    ]),
    ("plan-not-year-name", [
        "plans/contoh/rencana.yaml:1:1: galat: nama berkas rencana aksi 'rencana.yaml' harus berupa tahun, misalnya 2026.yaml",
    ]),
    ("several-errors", [
        "plans/contoh/2026.yaml:3:8: galat: 'tahun' bernilai 1999; tidak boleh kurang dari 2000",
        "plans/contoh/2026.yaml:4:1: galat: kunci 'judull' tidak dikenal; maksud Anda 'judul'?",
        "plans/contoh/2026.yaml:10:12: galat: 'tanggal' bernilai 2026-02-30, padahal tanggal itu tidak ada di kalender (di pengesahan)",
        "plans/contoh/2026.yaml:12:5: galat: kunci wajib 'nama' belum diisi (di penandatangan 1)",
        "plans/contoh/2026.yaml:16:17: galat: 'pengungkit' bernilai 'pengawasan'; harus salah satu dari: 'manajemen-perubahan', 'penataan-tatalaksana', 'penataan-sistem-manajemen-sdm', 'penguatan-akuntabilitas-kinerja', 'penguatan-pengawasan' atau 'peningkatan-kualitas-pelayanan-publik' (di bagian 1)",
        "plans/contoh/2026.yaml:22:25: galat: 'uraian' memuat HTML (<i>), yang tidak diizinkan di dalam teks (di bagian 1 › kelompok 1 › aksi 1 › baris 1)"
        "\n    petunjuk: tulis teks biasa saja; istilah asing yang dicetak miring ditandai garis bawah, misalnya _stakeholder_",
        "plans/contoh/2026.yaml:24:17: galat: kunci 'target_wakt' tidak dikenal; maksud Anda 'target_waktu'? (di bagian 1 › kelompok 1 › aksi 1 › baris 1)",
    ]),
    ("syntax-bad-escape", [
        "plans/contoh/2026.yaml:5:14: galat: garis miring terbalik (\\) tidak sah di dalam tanda kutip ganda"
        "\n    petunjuk: apit teks dengan tanda kutip tunggal ('...'), atau tulis '\\\\' untuk satu garis miring terbalik",
    ]),
    ("syntax-bad-indentation", [
        "plans/contoh/2026.yaml:13:6: galat: kunci 'nama' tidak sejajar dengan kunci di atasnya"
        "\n    petunjuk: kunci dalam satu pemetaan harus diawali pada kolom yang sama; periksa jumlah spasi di awal baris ini (bila ': ' memang bagian dari teks, apit teksnya dengan tanda kutip)",
    ]),
    ("syntax-colon-in-value", [
        "plans/contoh/2026.yaml:16:20: galat: tanda ':' tidak diharapkan di sini"
        "\n    petunjuk: teks yang memuat ': ' harus diapit tanda kutip, misalnya \"Catatan: ...\"",
    ]),
    ("syntax-dedent", [
        "plans/contoh/2026.yaml:10:2: galat: struktur YAML tidak sesuai indentasi"
        "\n    petunjuk: periksa indentasi baris ini: mungkin kurang atau lebih spasi",
    ]),
    ("syntax-reserved-first-char", [
        "plans/contoh/2026.yaml:5:9: galat: teks tidak boleh diawali '@' tanpa tanda kutip"
        '\n    petunjuk: apit teks dengan tanda kutip, misalnya "@kpusigi"',
    ]),
    ("syntax-text-after-quote", [
        "plans/contoh/2026.yaml:4:23: galat: ada teks lagi setelah tanda kutip penutup"
        '\n    petunjuk: apit seluruh teks dengan tanda kutip; tanda kutip ganda di dalam teks ditulis \\" (atau apit teks dengan tanda kutip tunggal)',
    ]),
    ("syntax-unclosed-quote-at-end", [
        "plans/contoh/2026.yaml:27:9: galat: tanda kutip tidak ditutup"
        "\n    petunjuk: tutup teks dengan tanda kutip yang sama dengan pembukanya",
    ]),
    ("syntax-unclosed-quote", [
        "plans/contoh/2026.yaml:4:8: galat: tanda kutip tidak ditutup"
        "\n    petunjuk: tutup teks dengan tanda kutip yang sama dengan pembukanya; tanpa penutup, baris-baris berikutnya ikut terbaca sebagai bagian teks ini",
    ]),
    ("tab-after-colon", [
        "plans/contoh/2026.yaml:4:7: galat: karakter tab tidak diizinkan"
        "\n    petunjuk: gunakan spasi, bukan tab",
    ]),
    ("tab-indentation", [
        "plans/contoh/2026.yaml:16:1: galat: tab dipakai untuk indentasi"
        "\n    petunjuk: YAML hanya menerima spasi untuk indentasi; ganti tab dengan spasi",
    ]),
    ("tag-python-object", [
        "plans/contoh/2026.yaml:4:8: galat: tag YAML '!!python/object/apply:os.system' tidak diizinkan"
        "\n    petunjuk: hapus tag itu; berkas data hanya berisi teks, angka, daftar dan pemetaan",
    ]),
    ("tag-str", [
        "plans/contoh/2026.yaml:3:8: galat: tag YAML '!!str' tidak diizinkan"
        "\n    petunjuk: hapus tag itu; berkas data hanya berisi teks, angka, daftar dan pemetaan",
    ]),
    ("top-level-list", [
        "plans/contoh/2026.yaml:1:1: galat: isi berkas harus berupa pemetaan (pasangan kunci: nilai), bukan daftar\n"
        "    petunjuk: berkas ini diawali kunci 'kantor:', 'tahun:', 'judul:', 'kolom:', 'bagian:' di awal baris "
        "(tanpa spasi di depannya); lihat contoh berkas utuh di panduan",
    ]),
    ("two-documents", [
        "plans/contoh/2026.yaml:27:1: galat: berkas memuat lebih dari satu dokumen YAML (dipisah '---')"
        "\n    petunjuk: satu berkas hanya berisi satu dokumen; hapus baris '---' ini beserta isi di bawahnya, atau pindahkan isinya ke berkas lain",
    ]),
    ("unknown-key-no-match", [
        "plans/contoh/2026.yaml:25:17: galat: kunci 'penanggung_jawab' tidak dikenal (di bagian 1 › kelompok 1 › aksi 1 › baris 1)"
        "\n    petunjuk: kunci yang sah di sini: nomor, uraian, bukti_fisik, target_waktu, target_capaian, kolom_lain; "
        "kolom tambahan ditulis kolom_lain: {penanggung_jawab: …} dan dinyatakan di 'kolom'",
    ]),
    ("unknown-key-suggestion", [
        "plans/contoh/2026.yaml:4:1: galat: kunci 'judull' tidak dikenal; maksud Anda 'judul'?",
    ]),
    ("unknown-nested-key-suggestion", [
        "plans/contoh/2026.yaml:25:17: galat: kunci 'target_wakt' tidak dikenal; maksud Anda 'target_waktu'? (di bagian 1 › kelompok 1 › aksi 1 › baris 1)",
    ]),
    ("unknown-office", [
        "plans/contohh/2026.yaml:2:9: galat: kantor 'contohh' tidak ada di content/offices/; maksud Anda 'contoh'?"
        "\n    petunjuk: pindahkan berkas ke plans/contoh/ dan tulis kantor: contoh",
    ]),
    ("yaml11-date-like", [
        "plans/contoh/2026.yaml:21:21: galat: 'uraian' bernilai 2025-10 tanpa tanda kutip, yang bisa dibaca sebagai tanggal oleh alat YAML; tulislah \"2025-10\" (di bagian 1 › kelompok 1 › aksi 1)",
    ]),
    ("yaml11-decimal", [
        "plans/contoh/2026.yaml:15:12: galat: 'nomor' bernilai 1. tanpa tanda kutip, yang dibaca sebagai bilangan desimal oleh YAML; tulislah \"1.\" (di bagian 1)",
    ]),
    ("yaml11-no", [
        "plans/contoh/2026.yaml:4:8: galat: 'judul' bernilai no tanpa tanda kutip, yang dibaca sebagai ya/tidak (boolean) oleh YAML lama; tulislah \"no\"",
    ]),
    ("yaml11-octal", [
        "plans/contoh/2026.yaml:15:12: galat: 'nomor' bernilai 010 tanpa tanda kutip, yang dibaca sebagai angka oktal atau khusus oleh YAML lama; tulislah \"010\" (di bagian 1)",
    ]),
    ("year-file-mismatch", [
        "plans/contoh/2026.yaml:3:8: galat: 'tahun' bernilai 2025, padahal nama berkasnya 2026.yaml"
        "\n    petunjuk: tulis tahun: 2026, atau ganti nama berkas menjadi 2025.yaml",
    ]),
    ("year-quoted-string", [
        "plans/contoh/2026.yaml:3:8: galat: 'tahun' harus berupa bilangan bulat, bukan teks"
        "\n    petunjuk: tulis 2026 tanpa tanda kutip",
    ]),
    ("year-too-large", [
        "plans/contoh/2026.yaml:3:8: galat: 'tahun' bernilai 2101; tidak boleh lebih dari 2100",
    ]),
    ("year-too-small", [
        "plans/contoh/2026.yaml:3:8: galat: 'tahun' bernilai 1999; tidak boleh kurang dari 2000",
    ]),
    ("year-words", [
        "plans/contoh/2026.yaml:3:8: galat: 'tahun' harus berupa bilangan bulat, bukan teks"
        "\n    petunjuk: tulis dengan angka: 2026",
    ]),
]


PLANS = Corpus(HERE / "corpus", CASES, default=lambda case: OFFICE if case.startswith("office-") else PLAN,
                places={"unknown-office": "plans/contohh/2026.yaml", "plan-not-year-name": "plans/contoh/rencana.yaml"})


test_corpus_and_table_agree, test_broken_file_is_reported_exactly, test_the_command_prints_what_the_harness_saw = (
    PLANS.tests(cross_check="several-errors"))


def test_several_errors_are_all_reported_sorted_by_line(make_project):
    expected = PLANS.expected("several-errors")
    found = errors_for(refused(check(make_project(PLANS.files("several-errors")))).out, PLAN)
    assert len(found) == 7
    places = [tuple(int(n) for n in line.split(":")[1:3]) for line in found]
    assert places == sorted(places)
    assert found == expected


def test_unknown_key_without_suggestion_lists_valid_keys(make_project):
    lines = refused(check(make_project(PLANS.files("unknown-key-no-match")))).out.splitlines()
    at = lines.index("plans/contoh/2026.yaml:25:17: galat: kunci 'penanggung_jawab' tidak dikenal "
                     "(di bagian 1 › kelompok 1 › aksi 1 › baris 1)")
    assert lines[at + 1] == ("    petunjuk: kunci yang sah di sini: nomor, uraian, bukti_fisik, target_waktu, target_capaian, "
                             "kolom_lain; kolom tambahan ditulis kolom_lain: {penanggung_jawab: …} dan dinyatakan di 'kolom'")


class OverBudget(BaseException):
    """Raised inside the code under test once it made more calls than allowed (BaseException: no
    ``except Exception`` in that code can swallow it)."""


@contextmanager
def call_budget(limit: int):
    """Count every Python function call made inside the block; fail as soon as there are more than
    ``limit``. Work counted, not seconds: the same on an idle laptop and on a loaded CI machine, and
    an exponential expansion stops at the limit instead of running for ever."""
    calls = [0]

    def count(frame, event, arg):
        if event == "call":
            calls[0] += 1
            if calls[0] > limit:
                sys.setprofile(None)
                raise OverBudget(f"more than {limit} calls")

    sys.setprofile(count)
    try:
        yield calls
    finally:
        sys.setprofile(None)


def test_billion_laughs_is_refused_without_expanding(make_project):
    """Refusing an alias bomb costs work in proportion to the file's size, never to what it expands to
    (about 18 calls a character today; 50 leaves room for other PyYAML versions)."""
    text = PLANS.read("billion-laughs").decode("utf-8")
    with call_budget(50 * len(text)) as calls:
        loaded, problems = load_text(text, PLAN)
    assert loaded is None and problems
    assert calls[0] > 100  # the counter does count the loader's work
    # Twenty levels of ten would be 10**20 nodes if anything expanded them.
    bomb = 'a0: &a0 "lol"\n' + "".join(f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]\n" for i in range(1, 21))
    with call_budget(50 * len(bomb)):
        loaded, problems = load_text(bomb, PLAN)
    assert loaded is None and len(problems) == 11  # ten shown, then one line saying how many more
    # The whole check of a project with the bomb: a valid project's work, plus that bound for the file.
    valid = make_project()
    check(valid)  # first run: whatever the checker imports lazily is imported now
    with call_budget(10**9) as valid_calls:
        assert check(valid).code == 0
    bombed = make_project(PLANS.files("billion-laughs"))
    with call_budget(valid_calls[0] + 50 * len(text)):
        refused(check(bombed))


def test_non_utf8_file(make_project):
    lines = valid_plan(make_project).encode("utf-8").splitlines(keepends=True)
    assert lines[2] == b"judul: RENCANA AKSI CONTOH\n"
    lines[2] = "judul: Rencana Aksi Café\n".encode("latin-1")  # é is the single byte 0xE9
    root = make_project({PLAN: b"".join(lines)})
    assert errors_for(refused(check(root)).out, PLAN) == [
        "plans/contoh/2026.yaml:3:24: galat: berkas bukan teks UTF-8 yang sah (bita 0xE9)"
        "\n    petunjuk: simpan ulang berkas dengan pengodean UTF-8 (bita ini mungkin karakter 'é' "
        "yang disimpan dengan pengodean Windows/Latin-1)",
    ]


def test_column_counts_characters_not_bytes_in_non_utf8_file(make_project):
    # "Ké " is 4 characters but 5 bytes; 0x92 is Word's curly apostrophe in Windows-1252.
    raw = "judul: Ké ".encode("utf-8") + b"\x92s\n"
    root = make_project({PLAN: raw})
    assert errors_for(refused(check(root)).out, PLAN) == [
        "plans/contoh/2026.yaml:1:11: galat: berkas bukan teks UTF-8 yang sah (bita 0x92)"
        "\n    petunjuk: simpan ulang berkas dengan pengodean UTF-8 (bita ini mungkin karakter '’' "
        "yang disimpan dengan pengodean Windows/Latin-1)",
    ]


def test_oversized_file(make_project):
    line = b"# " + b"x" * 61 + b"\n"  # 64 bytes of valid YAML comment
    raw = (line * (1024 * 1024 // len(line) + 1))[: 1024 * 1024] + b"\n"
    assert len(raw) == 1024 * 1024 + 1
    root = make_project({PLAN: raw})
    assert errors_for(refused(check(root)).out, PLAN) == [
        "plans/contoh/2026.yaml:1:1: galat: berkas terlalu besar (1.048.577 bita; batasnya 1.048.576 bita)"
        "\n    petunjuk: berkas data biasanya hanya puluhan KB; periksa apakah ada teks yang tersalin berulang kali",
    ]


@pytest.mark.parametrize("char, code", [("\x07", "0007"), ("\x00", "0000"), ("\x1b", "001B")])
def test_raw_control_character_in_file(make_project, char, code):
    text = valid_plan(make_project).replace("judul: RENCANA AKSI CONTOH", f"judul: RENCANA{char}AKSI CONTOH")
    root = make_project({PLAN: text.encode("utf-8")})
    assert errors_for(refused(check(root)).out, PLAN) == [
        f"plans/contoh/2026.yaml:3:15: galat: berkas memuat karakter kendali yang tidak diizinkan (U+{code})"
        "\n    petunjuk: hapus karakter tak terlihat itu (sering terbawa saat menyalin dari PDF atau Word)",
    ]


def test_one_broken_plan_fails_the_check_but_valid_plan_is_still_summarised(make_project):
    broken = valid_plan(make_project).replace("tahun: 2026", "tahun: 2025").replace("judul: RENCANA AKSI CONTOH", "judul: no")
    root = make_project({"plans/contoh/2025.yaml": broken})
    result = refused(check(root))
    lines = result.out.splitlines()
    assert lines == [
        "plans/contoh/2025.yaml:3:8: galat: 'judul' bernilai no tanpa tanda kutip, yang dibaca sebagai ya/tidak "
        "(boolean) oleh YAML lama; tulislah \"no\"",
        "plans/contoh/2026.yaml: Rencana Aksi KPU Kabupaten Contoh 2026: 1 bagian, 1 kelompok, 1 aksi, 1 baris",
        "Hasil: 1 kantor, 1 rencana aksi; 1 galat, 0 peringatan: data TIDAK sah; situs tidak akan dibangun.",
    ]


def test_json_report_of_broken_file(make_project):
    root = make_project(PLANS.files("several-errors"))
    result = check(root, "--format", "json")
    assert "Traceback" not in result.out + result.err
    assert result.code == 1
    report = json.loads(result.out)
    assert report["sah"] is False
    assert report["galat"] == 7 and report["peringatan"] == 0
    assert report["rencana_aksi"] == []
    entries = report["diagnostik"]
    assert all(entry["tingkat"] == "galat" and entry["berkas"] == PLAN for entry in entries)
    expected = []
    for text in PLANS.expected("several-errors"):
        head, _, hint = text.partition("\n    petunjuk: ")
        place, message = head.split(": galat: ")
        _, line, column = place.split(":")
        message, _, where = message.partition(" (di ")
        expected.append({"berkas": PLAN, "baris": int(line), "kolom": int(column), "pesan": message,
                         "lokasi": where[:-1] or None, "petunjuk": hint or None})
    assert [{k: e[k] for k in ("berkas", "baris", "kolom", "pesan", "lokasi", "petunjuk")} for e in entries] == expected
