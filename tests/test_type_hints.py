"""A value of the wrong type gets a hint built from what the clerk wrote, through the real checker.

Table: (field type, value written) → (message, hint). Each row writes one value into one field of
the minimal project and asserts the only diagnostic ``zisite check`` gives for it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from zisite.checks import hints
from zisite.checks.minimal import MINIMAL_FILES, MINIMAL_PLAN, PLAN_FILE
from zisite.load import load_project

STAT = "content/offices/contoh/statistik/"


def _complaints(line: str) -> dict[str, str]:
    return {STAT + "pengaduan/2026.yaml":
            f"contoh: false\ntahun: 2026\nperiode:\n  - periode: Triwulan I\n    diterima: 1\n{line}\n"}


FIELDS = {
    # a whole number: a count in a statistics file
    "bilangan bulat": lambda v: {STAT + "pengaduan/2026.yaml":
                                 f"contoh: false\ntahun: 2026\nperiode:\n  - periode: Triwulan I\n    diterima: {v}\n"},
    # a whole number without the statistics' own checks: the plan's year
    "tahun": lambda v: {PLAN_FILE: MINIMAL_PLAN.replace("tahun: 2026", f"tahun: {v}")},
    # a number that may be a decimal
    "bilangan": lambda v: _complaints(f"    rata_rata_hari_tindak_lanjut: {v}"),
    # true/false
    "true/false": lambda v: {STAT + "gratifikasi/2026.yaml":
                             f"contoh: false\ntahun: 2026\nperiode:\n  - periode: Triwulan I\n    nihil: {v}\n"},
    "tanggal": lambda v: {PLAN_FILE: MINIMAL_PLAN.replace("tanggal: 2026-01-21", f"tanggal: {v}")},
    "daftar": lambda v: {PLAN_FILE: MINIMAL_PLAN.replace("penandatangan:\n  - jabatan: Ketua,\n    nama: Contoh",
                                                         f"penandatangan:{v}")},
    "teks": lambda v: {PLAN_FILE: MINIMAL_PLAN.replace("judul: RENCANA AKSI CONTOH", f"judul:{v}")},
}

WHOLE = "'diterima' harus berupa bilangan bulat, bukan teks"
YEAR = "'tahun' harus berupa bilangan bulat, bukan teks"
DECIMAL = "'rata_rata_hari_tindak_lanjut' harus berupa bilangan, bukan teks"
FLAG = "'nihil' harus true atau false"
BOTH = "tulis true (ya) atau false (tidak), tanpa tanda kutip"
DATE = "'tanggal' bernilai '{}', bukan tanggal dengan format TTTT-BB-HH"
LIST = "'penandatangan' harus berupa daftar (butir diawali '- ')"

CASES = [
    # Counts in statistics read Indonesian number forms (domain/numbers.py); what stays unread says so.
    ("bilangan bulat", "12 (dua belas)", "'diterima' bernilai 12 (dua belas); tidak terbaca sebagai angka",
     "tulis 12 saja, tanpa teks tambahan"),
    ("bilangan bulat", "12 orang", "'diterima' bernilai 12 orang; tidak terbaca sebagai angka",
     "tulis 12 saja, tanpa teks tambahan"),
    ("bilangan bulat", "87,5", "'diterima' bernilai 87,5, padahal jumlah harus bilangan bulat",
     "tulis bilangan bulat tanpa koma atau titik: 87 atau 88"),
    ("bilangan bulat", '"12"', WHOLE, "tulis 12 tanpa tanda kutip"),
    ("bilangan bulat", "dua belas", "'diterima' bernilai dua belas; tidak terbaca sebagai angka",
     "tulis dengan angka: 12"),
    ("bilangan bulat", "87.5", "'diterima' bernilai 87.5, padahal jumlah harus bilangan bulat",
     "tulis bilangan bulat tanpa koma atau titik: 87 atau 88"),
    ("bilangan bulat", "", "'diterima' tidak boleh kosong", "isi dengan bilangan bulat, dengan angka saja"),
    ("tahun", '"2026"', YEAR, "tulis 2026 tanpa tanda kutip"),
    ("tahun", "2026 (dua ribu dua puluh enam)", YEAR, "tulis 2026 saja, tanpa teks tambahan"),
    ("tahun", "dua ribu dua puluh enam", YEAR, "tulis dengan angka: 2026"),
    ("tahun", "2.026", YEAR, "tulis 2026, tanpa titik pemisah ribuan"),
    ("tahun", "2026.5", YEAR, "bilangan bulat ditulis tanpa koma atau titik desimal: 2026 atau 2027"),
    ("tahun", "2026.0", YEAR, "tulis 2026, tanpa koma atau titik desimal"),
    ("tahun", "02026", YEAR, "tulis 2026, tanpa angka 0 di depan"),
    ("tahun", "2_026", YEAR, "tulis 2026, tanpa garis bawah"),
    ("tahun", "2e3", YEAR, "tulis bilangan bulat dengan angka saja, tanpa huruf, tanda kutip, koma atau titik"),
    ("tahun", "true", "'tahun' harus berupa bilangan bulat, bukan true/false", "tulis angkanya, bukan true/false"),
    ("bilangan bulat", "12.0", "'diterima' bernilai 12.0, padahal jumlah harus bilangan bulat",
     "tulis 12, tanpa koma atau titik desimal"),
    ("tahun", "tahun ini", YEAR, "tulis bilangan bulat dengan angka saja, tanpa huruf, tanda kutip, koma atau titik"),
    ("bilangan", "3 hari", DECIMAL, "tulis 3 saja, tanpa teks tambahan"),
    ("bilangan", "3,5 hari", DECIMAL, "tulis 3.5 saja, tanpa teks tambahan"),
    ("bilangan", "tiga", DECIMAL, "tulis dengan angka: 3"),
    ("bilangan", '"3.5"', DECIMAL, "tulis 3.5 tanpa tanda kutip"),
    ("bilangan", "cepat", DECIMAL, "tulis angkanya saja, tanpa huruf; pemisah desimal ditulis dengan titik"),
    ("true/false", "ya", FLAG, BOTH + "; 'ya' ditulis true"),
    ("true/false", "Ya", FLAG, BOTH + "; 'Ya' ditulis true"),
    ("true/false", "benar", FLAG, BOTH + "; 'benar' ditulis true"),
    ("true/false", "tidak", FLAG, BOTH + "; 'tidak' ditulis false"),
    ("true/false", "no", FLAG, BOTH + "; 'no' ditulis false"),
    ("true/false", '"true"', FLAG, BOTH + "; 'true' ditulis true"),
    ("true/false", "mungkin", FLAG, BOTH),
    ("tanggal", "21/01/2026", DATE.format("21/01/2026"), "tulis 2026-01-21 (tahun-bulan-hari)"),
    ("tanggal", "21-1-2026", DATE.format("21-1-2026"), "tulis 2026-01-21 (tahun-bulan-hari)"),
    ("tanggal", "21 Januari 2026", DATE.format("21 Januari 2026"), "tulis 2026-01-21 (tahun-bulan-hari)"),
    ("tanggal", "3 Agustus 2026", DATE.format("3 Agustus 2026"), "tulis 2026-08-03 (tahun-bulan-hari)"),
    ("tanggal", "31/02/2026", DATE.format("31/02/2026"),
     "tulis tanggal sebagai TTTT-BB-HH (tahun-bulan-hari, angka saja); tanggal seperti tercetak "
     "(mis. 'pada tanggal 21 Januari 2026') ditulis di 'teks'"),
    ("daftar", " Ketua", LIST, "tulis setiap butir di baris sendiri, diawali '- ', misalnya '- Ketua' di baris berikutnya"),
    ("daftar", "\n  jabatan: Ketua,\n  nama: Contoh", LIST,
     "awali butir dengan '- ': tulis '- jabatan: …' lalu geser kunci berikutnya dua spasi agar sejajar dengan kunci itu"),
    ("teks", " [RENCANA, AKSI]", "'judul' harus berupa teks, bukan daftar",
     "tulis sebagai satu teks di baris kuncinya; bila beberapa butir, gabungkan dengan koma"),
    ("teks", "\n  - RENCANA\n  - AKSI", "'judul' harus berupa teks, bukan daftar",
     "tulis sebagai satu teks di baris kuncinya; bila beberapa butir, gabungkan dengan koma"),
    ("teks", " {Rencana: Aksi}", "'judul' harus berupa teks, bukan pemetaan",
     "teks yang memuat ': ' dibaca sebagai pasangan kunci: nilai; apit seluruh teks dengan tanda kutip"),
]


def _check(tmp_path: Path, files: dict[str, str]):
    for name, text in {**MINIMAL_FILES, **files}.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    return load_project(tmp_path).diagnostics


@pytest.mark.parametrize("field, written, message, hint", CASES, ids=[f"{c[0]}:{c[1].strip()}" for c in CASES])
def test_type_error_hint_is_built_from_what_was_written(tmp_path, field, written, message, hint):
    found = _check(tmp_path, FIELDS[field](written))
    assert len(found) == 1, "\n".join(d.format() for d in found)
    assert (found[0].message, found[0].hint) == (message, hint)


def test_a_number_where_text_is_expected_is_taken_as_text(tmp_path):
    assert _check(tmp_path, FIELDS["teks"](" 2026")) == ()


def test_no_hint_repeats_a_fixed_example():
    """The old stock example ("misalnya 2026" for any count) must not come back for a count."""
    for value in ("12 (dua belas)", "87,5", "12", "sepuluh orang"):
        assert "2026" not in hints.whole_number_hint(value)


@pytest.mark.parametrize("text, number", [("nol", 0), ("sebelas", 11), ("dua belas", 12), ("dua puluh", 20),
                                          ("seratus lima", 105), ("dua ribu dua puluh enam", 2026),
                                          ("dua dua", None), ("tiga hari", None), ("", None)])
def test_number_words(text, number):
    assert hints.number_from_words(text) == number


@pytest.mark.parametrize("written, iso", [("21/01/2026", "2026-01-21"), ("21.01.2026", "2026-01-21"),
                                          ("tanggal 21 Jan 2026", "2026-01-21"), ("31/02/2026", None),
                                          ("21/01-2026", None), ("Januari 2026", None)])
def test_printed_dates_read_as_iso(written, iso):
    assert hints.iso_date(written) == iso


def test_nihil_written_as_no_reports_is_read_as_true_not_false():
    from zisite.checks.hints import bool_hint

    assert bool_hint("Tidak ada", "nihil").endswith("'Tidak ada' berarti tidak ada laporan, jadi tulis nihil: true")
    assert bool_hint("tidak", "nihil").endswith("'tidak' ditulis false")  # a plain "no" stays false
    assert bool_hint("Tidak ada", "contoh").endswith("'Tidak ada' ditulis false")
