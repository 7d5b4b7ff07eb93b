"""A Rencana Aksi: metadata, the source decree, signatories and an ordered four-level tree.

The tree levels are named once for every office (bagian → kelompok → aksi → baris); the
headings each office printed are kept in ``kolom`` so its own table can be shown as signed.
"""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import AfterValidator, Field, WithJsonSchema, model_validator
from pydantic_core import PydanticCustomError

from ..domain import rows
from ..domain.levers import LeverSlug
from ..domain.quantity import Quantity, parse_quantity
from ..domain.schedule import Schedule, parse_schedule
from .fields import Cell, RequiredText, Slug, Text, Url
from .base import DataModel
from .types import Flag, IsoDate, Year

FIXED_KEYS = ("nomor", "bagian", "kelompok", "aksi", "baris", "bukti_fisik", "target_waktu", "target_capaian")
"""Columns the model knows; any other key names an extra column whose values sit in ``kolom_lain``."""
RESERVED_KEYS = ("kantor", "tahun", "urutan", "bagian_nomor", "pengungkit", "kelompok_nomor", "aksi_nomor",
                 "baris_nomor", "jenis_jadwal", "jadwal", "jumlah_target", "satuan_target", "uraian", "judul",
                 "kolom_lain", "pemantauan")
"""Names the open-data tables and the page already use, so an extra column may not take them."""
EXTRA_KEY = re.compile(r"[a-z][a-z0-9_]{0,39}")
_EXTRA_HINT = "huruf kecil, angka dan garis bawah, diawali huruf, misalnya penanggung_jawab"


def _column_key(value: str) -> str:
    if value in FIXED_KEYS:
        return value
    if not EXTRA_KEY.fullmatch(value):
        raise PydanticCustomError(
            "column_key", "kunci kolom '{key}' tidak sah; kunci kolom tambahan ditulis " + _EXTRA_HINT,
            {"key": value, "petunjuk": "kolom bawaan: " + ", ".join(FIXED_KEYS)})
    if value in RESERVED_KEYS:
        raise PydanticCustomError("column_key_reserved", "kunci kolom '{key}' sudah dipakai situs; pilih nama lain",
                                  {"key": value, "petunjuk": f"misalnya {value}_kantor"})
    return value


def _extra_key(value: str) -> str:
    if value in FIXED_KEYS:
        raise PydanticCustomError("extra_key_fixed", "'{key}' bukan kolom tambahan; tulis '{key}' langsung di tingkatnya",
                                  {"key": value})
    return _column_key(value)


ColumnKey = Annotated[str, AfterValidator(_column_key), WithJsonSchema({
    "anyOf": [{"enum": list(FIXED_KEYS)},
              {"type": "string", "pattern": f"^{EXTRA_KEY.pattern}$", "not": {"enum": list(RESERVED_KEYS)}}],
})]
ExtraKey = Annotated[str, AfterValidator(_extra_key), WithJsonSchema({
    "type": "string", "pattern": f"^{EXTRA_KEY.pattern}$", "not": {"enum": list(FIXED_KEYS + RESERVED_KEYS)}})]
ExtraValues = Annotated[dict[ExtraKey, Cell] | None, WithJsonSchema({
    "anyOf": [{"type": "object",
               "propertyNames": {"pattern": f"^{EXTRA_KEY.pattern}$", "not": {"enum": list(FIXED_KEYS + RESERVED_KEYS)}},
               "additionalProperties": {"anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]}},
              {"type": "null"}]})]
_EXTRA_DESCRIPTION = ("Isi kolom tambahan yang dinyatakan di 'kolom' (kunci → teks atau daftar teks) untuk {level}, "
                      "misalnya {{penanggung_jawab: Sekretaris}}.")


class Column(DataModel):
    kunci: ColumnKey = Field(description="Bagian data yang ditampilkan di kolom ini: salah satu kolom bawaan "
                                         "(" + ", ".join(FIXED_KEYS) + "), atau kunci kolom tambahan ("
                                         + _EXTRA_HINT + ") yang isinya ditulis di 'kolom_lain'.")
    judul: RequiredText = Field(description="Judul kolom persis seperti tercetak, misalnya 'LANGKAH AKSI'.")
    nomor: Text | None = Field(None, description="Nomor kolom yang tercetak di bawah judul, misalnya '(4)'.")


class Item(DataModel):
    label: Text = Field(description="Penanda butir persis seperti tercetak, misalnya 'a.' atau '1.'.")
    isi: RequiredText = Field(description="Isi butir persis seperti tercetak.")


class Diktum(DataModel):
    label: RequiredText = Field(description="KESATU, KEDUA, …")
    isi: RequiredText = Field(description="Isi diktum persis seperti tercetak.")


class Link(DataModel):
    teks: RequiredText = Field(description="Teks tautan seperti tercetak.")
    url: Url = Field(description="Alamat web tautan.")


class Decree(DataModel):
    jenis: RequiredText = Field(description="Jenis naskah, misalnya 'KEPUTUSAN KOMISI PEMILIHAN UMUM KABUPATEN SIGI'.")
    nomor: RequiredText = Field(description="Nomor naskah seperti tercetak, misalnya 'NOMOR 12 TAHUN 2026'.")
    tentang: RequiredText = Field(description="Judul keputusan (setelah TENTANG).")
    pejabat: Text | None = Field(None, description="Pejabat yang menetapkan, seperti tercetak.")
    menimbang: tuple[Item, ...] = Field((), description="Butir-butir Menimbang.")
    mengingat: tuple[Item, ...] = Field((), description="Butir-butir Mengingat (dasar hukum).")
    menetapkan: Text | None = Field(None, description="Teks setelah 'Menetapkan :'.")
    diktum: tuple[Diktum, ...] = Field((), description="Diktum KESATU, KEDUA, … berurutan.")
    lampiran: Text | None = Field(None, description="Judul lampiran seperti tercetak.")
    tautan: tuple[Link, ...] = Field((), description="Tautan yang tercetak di naskah.")


class Signing(DataModel):
    tempat: RequiredText | None = Field(None, description="Tempat penandatanganan, misalnya 'Salakan'; kosongkan bila tidak tercetak.")
    tanggal: IsoDate | None = Field(None, description="Tanggal penandatanganan, format TTTT-BB-HH; kosongkan bila tidak tercetak.")
    teks: Text | None = Field(None, description="Baris tempat dan tanggal persis seperti tercetak.")

    @model_validator(mode="after")
    def _says_something(self) -> "Signing":
        if self.tempat is None and self.tanggal is None and self.teks is None:
            raise PydanticCustomError("signing_empty", "'pengesahan' tidak memuat tempat, tanggal atau teks",
                                      {"petunjuk": "hapus 'pengesahan' bila naskah tidak mencantumkannya"})
        return self


class Signatory(DataModel):
    jabatan: RequiredText = Field(description="Jabatan seperti tercetak, misalnya 'Ketua Tim Pelaksana,'.")
    nama: RequiredText = Field(description="Nama penanda tangan seperti tercetak.")
    keterangan: Text | None = Field(None, description="Keterangan di atas nama, misalnya 'ttd'.")
    instansi: Text | None = Field(None, description="Instansi di atas jabatan, bila tercetak.")
    salinan: Flag = Field(False, description="true bila ini pengesahan 'Salinan sesuai dengan aslinya'.")


class Row(DataModel):
    """One table row (tingkat 4): the leaf the targets and evidence belong to."""

    nomor: Text | None = Field(None, description="Nomor baris seperti tercetak, bila ada.")
    uraian: Text | None = Field(None, description="Isi sel tingkat 4 (Sigi: Indikator; Banggai Kepulauan: Langkah Aksi).")
    bukti_fisik: Cell = Field((), description="Bukti fisik; daftar bila sel memuat beberapa nilai.")
    target_waktu: Cell = Field((), description="Target waktu, misalnya 'Oktober 2025', 'Per Triwulan'.")
    target_capaian: Cell = Field((), description="Target capaian, misalnya '4 (empat) Laporan'; tanpa angka "
                                 "('Dokumen SOP') dipantau sebagai tercapai atau belum; butir ditulis '1. SOP 2. Inovasi'.")
    kolom_lain: ExtraValues = Field(None, description=_EXTRA_DESCRIPTION.format(level="baris ini"))

    def schedules(self, plan_year: int) -> tuple[Schedule, ...]:
        """Each target waktu value parsed, beside its verbatim text."""
        return tuple(parse_schedule(text, plan_year) for text in self.target_waktu)

    def targets(self) -> tuple[Quantity, ...]:
        """Each target capaian value parsed into quantity and unit."""
        return tuple(parse_quantity(text) for text in self.target_capaian)


class Action(DataModel):
    """Tingkat 3 (Sigi: Kegiatan/Aksi; Banggai Kepulauan: Indikator)."""

    nomor: Text | None = Field(None, description="Nomor seperti tercetak, bila ada.")
    uraian: Text | None = Field(None, description="Isi sel tingkat 3; kosong bila sel di naskah kosong.")
    kolom_lain: ExtraValues = Field(None, description=_EXTRA_DESCRIPTION.format(
        level="seluruh baris aksi ini (satu sel yang menaungi semua barisnya)"))
    baris: tuple[Row, ...] = Field(min_length=1, description="Baris-baris tabel di bawah aksi ini.")


class SubArea(DataModel):
    """Tingkat 2 (Sigi: Aspek Pemenuhan; Banggai Kepulauan: Komponen)."""

    nomor: Text | None = Field(None, description="Nomor seperti tercetak, bila ada.")
    judul: Text | None = Field(None, description="Isi sel tingkat 2.")
    kolom_lain: ExtraValues = Field(None, description=_EXTRA_DESCRIPTION.format(
        level="seluruh baris kelompok ini (satu sel yang menaungi semua barisnya)"))
    aksi: tuple[Action, ...] = Field(min_length=1, description="Aksi di bawah kelompok ini.")


class Area(DataModel):
    """Tingkat 1 (Sigi: Komponen Pengungkit; Banggai Kepulauan: bagian I–VII)."""

    nomor: Text | None = Field(None, description="Nomor seperti tercetak, misalnya 'I' atau '1.'.")
    judul: RequiredText = Field(description="Judul bagian seperti tercetak.")
    pengungkit: LeverSlug | None = Field(None, description="Komponen pengungkit ZI yang dilayani bagian ini (PermenPANRB 90/2021 jo. 5/2024).")
    kelompok: tuple[SubArea, ...] = Field(min_length=1, description="Kelompok di bawah bagian ini.")


class Plan(DataModel):
    """Satu Rencana Aksi Zona Integritas untuk satu kantor dan satu tahun."""

    kantor: Slug = Field(description="Slug kantor, sama dengan nama folder di content/offices/.")
    tahun: Year = Field(description="Tahun rencana aksi.")
    judul: RequiredText = Field(description="Judul dokumen persis seperti tercetak.")
    sumber: Text | None = Field(None, description="Keterangan naskah asal.")
    kolom: tuple[Column, ...] = Field(min_length=2, description="Judul kolom tabel persis seperti tercetak, berurutan.")
    dokumen: Decree | None = Field(None, description="Naskah keputusan yang menetapkan rencana aksi, bila ada.")
    pengesahan: Signing | None = Field(None, description="Tempat dan tanggal penandatanganan seperti tercetak; "
                                       "hapus bila naskah belum ditetapkan atau tidak mencantumkannya.")
    penandatangan: tuple[Signatory, ...] = Field((), description="Penanda tangan, berurutan; kosong selama rencana aksi belum ditetapkan.")
    bagian: tuple[Area, ...] = Field(description="Bagian-bagian rencana aksi, berurutan; [] selama rencana aksi belum diisi.")

    @model_validator(mode="after")
    def _columns_once(self) -> "Plan":
        keys = [c.kunci for c in self.kolom]
        for key in keys:
            if keys.count(key) > 1:
                raise PydanticCustomError("column_twice", "kolom '{key}' disebut lebih dari sekali di 'kolom'", {"key": key})
        if "baris" not in keys:
            raise PydanticCustomError("column_missing", "'kolom' harus memuat kolom dengan kunci 'baris'", {})
        return self

    def extra_columns(self) -> tuple[Column, ...]:
        """The declared columns the model does not know, in their printed order."""
        return tuple(c for c in self.kolom if c.kunci not in FIXED_KEYS)

    @property
    def established(self) -> bool:
        """Whether the source says anything of its signing (a place, a date or a signatory)."""
        return self.pengesahan is not None or bool(self.penandatangan)

    def counts(self) -> dict[str, int]:
        """How many bagian, kelompok, aksi and baris (templates and ``zisite check`` print these)."""
        return rows.counts(self)
