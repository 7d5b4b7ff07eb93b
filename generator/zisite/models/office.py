"""An office's identity and public channels (``content/offices/<slug>/office.yaml``).

Every channel is optional: a missing one is left out of the site, never shown as an empty link.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from ..fields import Email, Phone, RequiredText, Text, Url
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


class Office(DataModel):
    """Identitas dan saluran satu kantor KPU."""

    nama: RequiredText = Field(description="Nama lengkap, misalnya 'Komisi Pemilihan Umum Kabupaten Sigi'.")
    nama_singkat: RequiredText = Field(description="Nama singkat, misalnya 'KPU Kabupaten Sigi'.")
    tingkat: Literal["pusat", "provinsi", "kabupaten", "kota"] = Field(description="Tingkat kantor.")
    provinsi: Text | None = Field(None, description="Provinsi, misalnya 'Sulawesi Tengah'.")
    alamat: Text | None = Field(None, description="Alamat kantor.")
    situs_web: Url | None = Field(None, description="Situs web resmi kantor.")
    email: Email | None = Field(None, description="Alamat surel resmi untuk masyarakat.")
    email_pengaduan: Email | None = Field(None, description="Alamat surel khusus pengaduan, bila berbeda.")
    telepon: Phone | None = Field(None, description="Nomor telepon kantor.")
    hotline: Phone | None = Field(None, description="Nomor layanan pengaduan (call center).")
    whatsapp: Phone | None = Field(None, description="Nomor WhatsApp layanan.")
    media_sosial: tuple[SocialAccount, ...] = Field((), description="Akun media sosial resmi.")
    tautan: Links = Field(default_factory=Links, description="Tautan ke formulir dan sistem layanan.")
    logo: Text | None = Field(None, description="Berkas logo di folder kantor, misalnya 'logo.svg'.")
    catatan: Text | None = Field(None, description="Catatan untuk pengelola; tidak diterbitkan.")
