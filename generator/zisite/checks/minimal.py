"""The smallest valid project: one office and one plan that pass ``zisite check`` with no message.

Used by the tests (``tests/helpers.py``) and by the error catalogue (``catalogue.py``), which
breaks one thing in it at a time to show each message the checker gives.
"""

from __future__ import annotations

MINIMAL_OFFICE = """\
nama: Komisi Pemilihan Umum Kabupaten Contoh
nama_singkat: KPU Kabupaten Contoh
tingkat: kabupaten
"""

MINIMAL_PLAN = """\
kantor: contoh
tahun: 2026
judul: RENCANA AKSI CONTOH
kolom: [{kunci: nomor, judul: "NO"}, {kunci: kelompok, judul: KELOMPOK}, {kunci: aksi, judul: AKSI},
        {kunci: baris, judul: INDIKATOR},
        {kunci: bukti_fisik, judul: BUKTI FISIK}, {kunci: target_waktu, judul: TARGET WAKTU}, {kunci: target_capaian, judul: TARGET CAPAIAN}]
pengesahan:
  tempat: Contoh
  tanggal: 2026-01-21
penandatangan:
  - jabatan: Ketua,
    nama: Contoh
bagian:
  - nomor: "1."
    judul: Manajemen Perubahan
    kelompok:
      - judul: Tim Kerja
        aksi:
          - uraian: Menetapkan tim
            baris:
              - uraian: Tim ditetapkan
                target_waktu: Januari 2026
                target_capaian: 1 (satu) Laporan
"""

OFFICE_FILE = "content/offices/contoh/office.yaml"
PLAN_FILE = "plans/contoh/2026.yaml"
REALISASI_FILE = "plans/contoh/2026.realisasi.yaml"
MINIMAL_REALISASI = """\
kantor: contoh
tahun: 2026
realisasi:
  - baris: "1.1.1.1"
    tanggal: 2026-01-15
    kegiatan: Tim kerja ditetapkan
    jumlah: 1
"""

MINIMAL_FILES = {OFFICE_FILE: MINIMAL_OFFICE, PLAN_FILE: MINIMAL_PLAN}
"""Path (relative to the project root) → text of every file of the minimal project."""
