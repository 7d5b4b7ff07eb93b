"""An office's identity and public channels (``content/offices/<slug>/office.yaml``).

Every channel is optional: a missing one is left out of the site, never shown as an empty link.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, Strict

from .fields import Email, Name, OptionalName, Phone, RequiredText, Text, Url
from .base import DataModel

Platform = Literal["facebook", "instagram", "x", "youtube", "tiktok", "threads", "lainnya"]


class SocialAccount(DataModel):
    platform: Platform = Field(description="Jenis media sosial.")
    nama: Text | None = Field(None, description="Nama akun, misalnya '@kpusigi'.")
    url: Url = Field(description="Alamat halaman akun.")


class Links(DataModel):
    """Links to forms and systems the office uses; each is optional."""

    pengaduan: Url | None = Field(None, description="Formulir pengaduan masyarakat milik kantor.")
    wbs: Url | None = Field(None, description="Aplikasi Whistleblowing System yang dipakai kantor.")
    survei_kepuasan: Url | None = Field(None, description="Formulir Survei Kepuasan Masyarakat (SKM).")
    survei_antikorupsi: Url | None = Field(None, description="Formulir Survei Persepsi Anti Korupsi (SPAK).")
    ppid: Url | None = Field(None, description="Laman PPID kantor.")
    jdih: Url | None = Field(None, description="Laman JDIH (produk hukum) kantor.")


class Contact(DataModel):
    """A unit's contact (e.g. the Unit Pengendalian Gratifikasi); every field optional."""

    nama: Text | None = Field(None, description="Nama unit atau jabatan, misalnya 'Unit Pengendalian Gratifikasi'.")
    email: Email | None = Field(None, description="Alamat surel unit.")
    telepon: Phone | None = Field(None, description="Nomor telepon unit.")
    alamat: Text | None = Field(None, description="Tempat melapor langsung, misalnya 'Ruang Sekretariat, lantai 1'.")


class Document(DataModel):
    """A document the office has issued (SK, pakta integritas, road map)."""

    judul: RequiredText = Field(description="Judul dokumen seperti tercetak.")
    nomor: Text | None = Field(None, description="Nomor dokumen, bila ada.")
    tanggal: Text | None = Field(None, description="Tanggal dokumen seperti tercetak, misalnya '21 Januari 2026'.")
    tautan: Url | None = Field(None, description="Alamat web tempat dokumen dapat dibaca.")


class ZiPath(DataModel):
    """The office's own path toward WBK/WBBM, shown on the Zona Integritas page."""

    pencanangan: Document | None = Field(None, description="Pencanangan pembangunan Zona Integritas.")
    pakta_integritas: Document | None = Field(None, description="Penandatanganan pakta integritas.")
    sk_tim: Document | None = Field(None, description="Keputusan pembentukan tim kerja Zona Integritas.")
    agen_perubahan: Document | None = Field(None, description="Keputusan penetapan agen perubahan.")
    road_map: Document | None = Field(None, description="Peta jalan (road map) pembangunan Zona Integritas.")


class Service(DataModel):
    """One public service and the standar pelayanan components published for it."""

    nama: RequiredText = Field(description="Nama layanan.")
    persyaratan: Text | None = Field(None, description="Persyaratan.")
    prosedur: Text | None = Field(None, description="Sistem, mekanisme dan prosedur.")
    jangka_waktu: Text | None = Field(None, description="Jangka waktu penyelesaian.")
    biaya: Text | None = Field(None, description="Biaya/tarif, misalnya 'Tidak dipungut biaya'.")
    produk: Text | None = Field(None, description="Produk layanan.")
    pengaduan: Text | None = Field(None, description="Cara menyampaikan pengaduan, saran dan masukan.")


class Innovation(DataModel):
    nama: RequiredText = Field(description="Nama inovasi, misalnya 'Podcast KPU'.")
    uraian: Text | None = Field(None, description="Penjelasan singkat.")
    tautan: Url | None = Field(None, description="Alamat web inovasi, bila ada.")


class Office(DataModel):
    """Identitas dan saluran satu kantor KPU."""

    nama: Name = Field(description="Nama lengkap, misalnya 'Komisi Pemilihan Umum Kabupaten Sigi'.")
    nama_singkat: Name = Field(description="Nama singkat, misalnya 'KPU Kabupaten Sigi'.")
    tingkat: Literal["pusat", "provinsi", "kabupaten", "kota"] = Field(description="Tingkat kantor.")
    provinsi: OptionalName | None = Field(None, description="Provinsi, misalnya 'Sulawesi Tengah'.")
    zona_waktu: Literal["WIB", "WITA", "WIT"] | None = Field(
        None, description="Zona waktu kantor untuk nama terbitan, misalnya 'WITA'; bila kosong, "
                          "ditentukan dari provinsi (bila provinsi tidak dikenal: WIB).")
    alamat: Text | None = Field(None, description="Alamat kantor.")
    situs_web: Url | None = Field(None, description="Situs web resmi kantor.")
    email: Email | None = Field(None, description="Alamat surel resmi untuk masyarakat.")
    email_pengaduan: Email | None = Field(None, description="Alamat surel khusus pengaduan, bila berbeda.")
    telepon: Phone | None = Field(None, description="Nomor telepon kantor.")
    hotline: Phone | None = Field(None, description="Nomor layanan pengaduan (call center).")
    whatsapp: Phone | None = Field(None, description="Nomor WhatsApp layanan.")
    media_sosial: tuple[SocialAccount, ...] = Field((), description="Akun media sosial resmi.")
    tautan: Links = Field(default_factory=Links, description="Tautan ke formulir dan sistem layanan.")
    upg: Contact | None = Field(None, description="Unit Pengendalian Gratifikasi (UPG) kantor.")
    zona_integritas: ZiPath = Field(default_factory=ZiPath, description="Dokumen perjalanan Zona Integritas kantor.")
    maklumat_pelayanan: Text | None = Field(None, description="Teks maklumat pelayanan kantor.")
    layanan: tuple[Service, ...] = Field((), description="Layanan publik beserta komponen standar pelayanannya.")
    inovasi: tuple[Innovation, ...] = Field((), description="Inovasi pelayanan kantor.")
    tanggapan_hambatan_hari: Annotated[int, Strict(), Field(ge=1, le=60)] | None = Field(
        None, description="Janji waktu tanggapan (hari kerja) atas laporan hambatan aksesibilitas.")
    logo: Text | None = Field(None, description="Berkas logo di folder kantor, misalnya 'logo.svg'.")
    catatan: Text | None = Field(None, description="Catatan untuk pengelola; tidak diterbitkan.")
