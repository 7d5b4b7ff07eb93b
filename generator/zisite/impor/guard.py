"""What is refused before any reader opens a file: wrong kind, damage, passwords, macros, size.

Checked on the bytes and on a ZIP's central directory (declared sizes), so a ZIP bomb or a
macro is refused without inflating or running anything.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

MAX_BYTES = 20 * 1024 * 1024            # the file itself
MAX_UNPACKED = 200 * 1024 * 1024        # the sum of a .docx/.xlsx's declared uncompressed sizes
MAX_RATIO = 200                         # a member that inflates more than this is a ZIP bomb …
RATIO_FLOOR = 5 * 1024 * 1024           # … once it is larger than this
MAX_ROWS = 5000                         # rows in all tables of one file
MAX_CELLS = 200_000                     # cells in all tables of one file
MAX_PAGES = 300                         # pages of a PDF

KINDS = {".docx": "docx", ".xlsx": "xlsx", ".csv": "csv", ".tsv": "csv", ".txt": "csv", ".pdf": "pdf"}
MACRO_SUFFIXES = {".docm", ".dotm", ".xlsm", ".xltm", ".xlsb", ".xlam"}
NAMES = {"docx": "dokumen Word (.docx)", "xlsx": "lembar kerja Excel (.xlsx)", "csv": "teks CSV",
         "pdf": "PDF", "ole": "berkas Office lama atau terlindung kata sandi", "zip": "arsip ZIP"}


@dataclass
class Refused(Exception):
    """An input the importer will not read; ``message`` and ``hint`` are shown to staff."""

    message: str
    hint: str | None = None

    def __str__(self) -> str:
        return self.message


def _sniff(head: bytes, path: Path) -> str:
    """The kind the bytes say, whatever the name says."""
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "ole"
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        try:
            with zipfile.ZipFile(path) as archive:
                names = set(archive.namelist())
        except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, EOFError):
            raise Refused(f"'{path.name}' rusak: isinya bukan arsip Office yang utuh",
                          "buka berkas itu di Word/Excel lalu simpan ulang sebagai .docx/.xlsx") from None
        if "word/document.xml" in names:
            return "docx"
        if "xl/workbook.xml" in names:
            return "xlsx"
        return "zip"
    if b"\x00" in head:
        return "biner"
    return "csv"


def _check_zip(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, EOFError):
        raise Refused(f"'{path.name}' rusak: isinya bukan arsip Office yang utuh",
                      "buka berkas itu di Word/Excel lalu simpan ulang sebagai .docx/.xlsx") from None
    total = 0
    for info in infos:
        name = info.filename.lower()
        if name.endswith("vbaproject.bin") or name.endswith(".bin") and "activex" in name:
            raise Refused(f"'{path.name}' memuat makro (VBA); zisite tidak membaca berkas bermakro",
                          "simpan ulang tanpa makro: di Word/Excel pilih Simpan Sebagai → .docx atau .xlsx")
        if info.flag_bits & 0x1:
            raise Refused(f"'{path.name}' terenkripsi atau dilindungi kata sandi", "simpan ulang tanpa kata sandi")
        total += info.file_size
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise Refused(f"'{path.name}' ditolak: bagian '{info.filename}' mengembang lebih dari {MAX_RATIO} kali "
                          "(bom ZIP)", "periksa asal berkas ini")
    if total > MAX_UNPACKED:
        raise Refused(f"'{path.name}' terlalu besar setelah dibuka ({total // 2**20} MiB; batas "
                      f"{MAX_UNPACKED // 2**20} MiB)", "pisahkan tabel rencana aksi ke berkas tersendiri")


def check(path: Path) -> str:
    """The file's kind ('docx', 'xlsx', 'csv', 'pdf'), or Refused with the reason."""
    if not path.is_file():
        raise Refused(f"berkas '{path}' tidak ada")
    suffix = path.suffix.lower()
    if suffix in MACRO_SUFFIXES:
        raise Refused(f"'{path.name}' adalah berkas bermakro ({suffix}); zisite tidak membaca berkas bermakro",
                      "simpan ulang tanpa makro: di Word/Excel pilih Simpan Sebagai → .docx atau .xlsx")
    if suffix in {".doc", ".xls", ".odt", ".ods", ".rtf"}:
        raise Refused(f"format {suffix} belum dapat diimpor",
                      "simpan ulang sebagai .docx (Word), .xlsx (Excel), .csv atau .pdf")
    if suffix not in KINDS:
        raise Refused(f"'{path.name}': jenis berkas '{suffix or '(tanpa akhiran)'}' tidak dikenal",
                      "yang dapat diimpor: .docx, .xlsx, .csv, .tsv, .txt (teks bertab), .pdf")
    size = path.stat().st_size
    if size == 0:
        raise Refused(f"'{path.name}' kosong (0 bita)")
    if size > MAX_BYTES:
        raise Refused(f"'{path.name}' terlalu besar ({size / 2**20:.1f} MiB; batas {MAX_BYTES // 2**20} MiB)",
                      "pisahkan tabel rencana aksi ke berkas tersendiri")
    with path.open("rb") as handle:
        head = handle.read(4096)
    expected, actual = KINDS[suffix], _sniff(head, path)
    if actual == "ole":
        raise Refused(f"'{path.name}' dilindungi kata sandi atau disimpan dalam format Office lama",
                      "buka di Word/Excel, hapus kata sandinya, lalu simpan sebagai .docx/.xlsx")
    if actual != expected:
        raise Refused(f"'{path.name}' berakhiran {suffix} tetapi isinya {NAMES.get(actual, 'berkas biner')}",
                      "periksa berkasnya; simpan ulang dari aplikasi asalnya dengan jenis yang benar")
    if actual in {"docx", "xlsx"}:
        _check_zip(path)
    if actual == "pdf":
        # The trailer (or cross-reference stream) names the encryption dictionary.
        if re.search(rb"/Encrypt\s*(?:\d+\s+\d+\s+R|<<)", path.read_bytes()):
            raise Refused(f"'{path.name}' terenkripsi atau dilindungi kata sandi",
                          "cetak ulang ke PDF tanpa kata sandi, atau impor naskah Word/Excel aslinya")
    return actual


def check_size(tables) -> None:
    """Refuse a file whose tables hold more rows or cells than any plan needs."""
    rows = sum(len(t.rows) for t in tables)
    cells = sum(len(row) for t in tables for row in t.rows)
    if rows > MAX_ROWS or cells > MAX_CELLS:
        raise Refused(f"tabel terlalu besar ({rows} baris, {cells} sel; batas {MAX_ROWS} baris, {MAX_CELLS} sel)",
                      "pisahkan tabel rencana aksi ke berkas tersendiri")
