"""Realisasi (monitoring records): what was done for a plan row, when, how much, and the evidence.

One file per plan, beside it: ``plans/<kantor>/<tahun>.realisasi.yaml``, so the transcribed plan
stays exactly as signed while staff add a few lines per occasion. Rows are named by their code
``bagian.kelompok.aksi.baris`` (counted from 1), which the plan page prints on every row.
"""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import AfterValidator, Field, model_validator
from pydantic_core import PydanticCustomError

from .fields import RequiredText, Slug, Text, Url
from ..domain.rows import ROW_CODE, ROW_CODE_PATTERN
from .base import DataModel
from .types import Count, Flag, IsoDate, Year

MONTH = re.compile(r"(?P<year>\d{4})-(?P<month>0[1-9]|1[0-2])")
EVIDENCE_FOLDER = "bukti"  # under content/offices/<kantor>/, published with the site
EVIDENCE_TYPES = (".pdf", ".jpg", ".jpeg", ".png", ".webp", ".csv", ".xlsx", ".docx", ".odt", ".ods")
_EVIDENCE_PATH = re.compile(EVIDENCE_FOLDER + r"(/[A-Za-z0-9_][A-Za-z0-9_.-]*)+")


def _row_code(value: str) -> str:
    if not ROW_CODE.fullmatch(value):
        raise PydanticCustomError(
            "realisasi_row_code", "bernilai '{value}', bukan kode baris seperti '1.2.3.1'",
            {"value": value, "petunjuk": "kode baris = nomor urut bagian.kelompok.aksi.baris, dihitung dari 1; "
                                         "lihat kodenya dengan `zisite baris`, atau di halaman Rencana Aksi "
                                         "(\"Kode baris\")"})
    return value


def _month(value: str) -> str:
    if not MONTH.fullmatch(value):
        raise PydanticCustomError("realisasi_month", "bernilai '{value}', bukan bulan dengan format TTTT-BB",
                                  {"value": value, "petunjuk": "tulis misalnya bulan: \"2026-03\" (dengan tanda kutip)"})
    return value


def _evidence_path(value: str) -> str:
    if not _EVIDENCE_PATH.fullmatch(value) or "/../" in f"/{value}/" or "/./" in f"/{value}/":
        raise PydanticCustomError(
            "realisasi_file_path", "bernilai '{value}', bukan jalur berkas di dalam folder bukti/",
            {"value": value, "petunjuk": "simpan berkas di content/offices/<kantor>/bukti/ lalu tulis misalnya "
                                         "berkas: bukti/2026/notulen-rapat.pdf (huruf, angka, titik, - dan _ saja)"})
    if not value.lower().endswith(EVIDENCE_TYPES):
        raise PydanticCustomError(
            "realisasi_file_type", "'{value}' bukan jenis berkas yang diterbitkan",
            {"value": value, "petunjuk": "jenis yang diterima: " + ", ".join(EVIDENCE_TYPES)})
    return value


RowCode = Annotated[str, AfterValidator(_row_code), Field(json_schema_extra={"pattern": f"^{ROW_CODE_PATTERN}$"})]
MonthText = Annotated[str, AfterValidator(_month), Field(json_schema_extra={"pattern": r"^\d{4}-(0[1-9]|1[0-2])$"})]
EvidencePath = Annotated[str, AfterValidator(_evidence_path)]


class Evidence(DataModel):
    """Bukti dukung: a web address, or a file committed under the office's ``bukti/`` folder."""

    judul: RequiredText = Field(description="Nama bukti, misalnya 'Notulen rapat'.")
    url: Url | None = Field(None, description="Alamat web bukti (https://…).")
    berkas: EvidencePath | None = Field(None, description="Berkas di content/offices/<kantor>/bukti/…, ikut diterbitkan.")

    @model_validator(mode="after")
    def _one_place(self) -> "Evidence":
        if (self.url is None) == (self.berkas is None):
            raise PydanticCustomError("realisasi_evidence", "setiap bukti harus memuat tepat satu dari 'url' atau 'berkas'",
                                      {"petunjuk": "tulis url: https://… atau berkas: bukti/…"})
        return self


class Record(DataModel):
    """One occasion on which work for a row was done (or the row was cancelled)."""

    baris: RowCode = Field(description="Kode baris rencana aksi: bagian.kelompok.aksi.baris, dihitung dari 1, misalnya '1.1.3.1'.")
    target_ke: int | None = Field(None, ge=1, strict=True,
                                  description="Untuk baris dengan beberapa target: target ke berapa (dari 1). Bawaan: 1.")
    tanggal: IsoDate | None = Field(None, description="Tanggal pelaksanaan, TTTT-BB-HH.")
    bulan: MonthText | None = Field(None, description="Bulan pelaksanaan bila tanggalnya tidak tercatat, TTTT-BB.")
    kegiatan: RequiredText = Field(description="Apa yang dilaksanakan, satu kalimat.")
    jumlah: Count | None = Field(None, description="Capaian dalam satuan target baris, misalnya 1 dari '4 (empat) Laporan'. Bawaan: 1.")
    status: Literal["selesai", "batal"] | None = Field(
        None, description="Hanya bila angka tidak dapat menyatakannya: 'selesai' (target tercapai) atau 'batal' (dibatalkan).")
    alasan: Text | None = Field(None, description="Alasan pembatalan; wajib bila status batal.")
    bukti: tuple[Evidence, ...] = Field((), description="Bukti dukung: url atau berkas.")

    @model_validator(mode="after")
    def _consistent(self) -> "Record":
        if (self.tanggal is None) == (self.bulan is None):
            raise PydanticCustomError("realisasi_when", "setiap realisasi harus memuat tepat satu dari 'tanggal' atau 'bulan'",
                                      {"petunjuk": "tulis tanggal: 2026-03-27, atau bulan: \"2026-03\" bila tanggalnya tidak tercatat"})
        if self.status == "batal" and not self.alasan:
            raise PydanticCustomError("realisasi_reason", "realisasi berstatus batal harus memuat 'alasan'",
                                      {"petunjuk": "tulis alasan: … (mengapa kegiatan dibatalkan)"})
        return self

    @property
    def amount(self) -> int:
        """What this occasion adds: its ``jumlah``, one occasion when unstated, nothing when cancelled."""
        if self.status == "batal":
            return 0
        return 1 if self.jumlah is None else self.jumlah

    @property
    def month(self) -> tuple[int, int]:
        if self.tanggal is not None:
            return self.tanggal.year, self.tanggal.month
        match = MONTH.fullmatch(self.bulan)
        return int(match["year"]), int(match["month"])


class Realisasi(DataModel):
    """Realisasi rencana aksi satu kantor untuk satu tahun."""

    kantor: Slug = Field(description="Slug kantor, sama dengan folder plans/<kantor>/.")
    tahun: Year = Field(description="Tahun rencana aksi yang dipantau.")
    contoh: Flag = Field(False, description="true bila ini data contoh; situs menandainya 'Data contoh'.")
    catatan: Text | None = Field(None, description="Catatan umum, ditampilkan di halaman Monev.")
    realisasi: tuple[Record, ...] = Field((), description="Catatan realisasi, satu butir per pelaksanaan.")
