"""What a catalogue entry is: a diagnostic code with its Indonesian title, cause, fix and a broken
example dropped into the minimal valid project (``checks/minimal.py``)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ..minimal import MINIMAL_FILES, MINIMAL_OFFICE, MINIMAL_PLAN, MINIMAL_REALISASI, OFFICE_FILE, PLAN_FILE, REALISASI_FILE

GROUPS = {
    "sintaks": ("Susunan YAML", "Kesalahan penulisan yang membuat berkas YAML tidak dapat dibaca sama sekali (kode "
                "`yaml-syntax`). Dapat muncul di berkas YAML mana pun; pesan lain baru muncul setelah kesalahan ini "
                "diperbaiki."),
    "umum": ("YAML umum", "Pesan yang dapat muncul di berkas YAML mana pun."),
    "rencana": ("Rencana aksi", "Berkas `plans/<kantor>/<tahun>.yaml`."),
    "kantor": ("Identitas kantor", "Berkas `content/offices/<kantor>/office.yaml` dan folder kantor."),
    "statistik": ("Statistik", "Berkas `content/offices/<kantor>/statistik/<jenis>/<tahun>.yaml`."),
    "realisasi": ("Realisasi Monev", "Berkas `plans/<kantor>/<tahun>.realisasi.yaml`."),
    "halaman": ("Halaman kantor", "Berkas `content/offices/<kantor>/halaman/*.md`."),
}
"""Sections of the page, in order (title, which files); a section without entries is left out."""

_MARK = re.compile(r"⟨(tab|U\+[0-9A-F]{4})⟩")


def _unmark(text: str) -> str:
    """``⟨tab⟩`` and ``⟨U+200B⟩`` in an example stand for characters a page cannot show."""
    return _MARK.sub(lambda m: "\t" if m.group(1) == "tab" else chr(int(m.group(1)[2:], 16)), text)


@dataclass(frozen=True)
class Contoh:
    """A broken file and its fix.

    The broken project is the minimal one with ``berkas`` written as ``salah`` (or, with ``dasar``,
    as ``dasar`` where ``ganti`` — by default ``benar`` — is replaced by ``salah``). The fixed project
    writes ``benar`` the same way at ``berkas_benar`` (or ``berkas``); it must give no message at all.
    ``salah=None``: only the file's place or name is wrong (the file is ``dasar``).
    ``benar=None``: the fix is the minimal project itself (the page shows no "benar" block).
    """

    berkas: str
    salah: str | None
    benar: str | None
    dasar: str | None = None
    ganti: str | None = None
    berkas_benar: str | None = None
    hapus: tuple[str, ...] = ()
    tulis: Callable[[str], bytes] | None = None  # bytes of the broken file, when not plain UTF-8
    lokasi: str | None = None  # where the message is reported, when not at ``berkas``
    tambahan: tuple[tuple[str, int], ...] = ()  # (path, size in bytes) of other files in the broken project
    juga: tuple[tuple[str, str], ...] = ()  # (path, text) of files both projects write instead of the minimal ones

    def _text(self, snippet: str | None) -> str | None:
        if self.dasar is None:
            return snippet
        if snippet is None:
            return self.dasar
        old = self.ganti if self.ganti is not None else self.benar
        assert old is not None and self.dasar.count(old) == 1, f"{old!r} must occur once in the base file"
        return self.dasar.replace(old, snippet)

    def files(self, fixed: bool) -> dict[str, bytes]:
        files = {name: text.encode("utf-8") for name, text in (*MINIMAL_FILES.items(), *self.juga)}
        if fixed:
            if self.benar is not None or self.berkas_benar is not None:
                text = self._text(self.benar)
                if text is not None:
                    files[self.berkas_benar or self.berkas] = _unmark(text).encode("utf-8")
            return files
        for name in self.hapus:
            files.pop(name, None)
        text = self._text(self.salah)
        if text is not None:
            text = _unmark(text)
            files[self.berkas] = self.tulis(text) if self.tulis else text.encode("utf-8")
        for name, size in self.tambahan:
            files[name] = b"%" * size
        return files


@dataclass(frozen=True)
class Entri:
    kode: str
    kelompok: str
    judul: str
    penyebab: str
    perbaikan: str
    contoh: Contoh | None
    kode_lain: tuple[str, ...] = ()  # codes that give the same message and take the same fix
    pesan: str | None = None  # only for an entry without an example: the message, as the code words it
    contoh_lain: tuple[Contoh, ...] = ()  # more broken examples: other wordings of the same problem
    pesan_lain: tuple[str, ...] = ()  # wordings no data file can give today (fallbacks), as the code words them

    @property
    def codes(self) -> tuple[str, ...]:
        return (self.kode, *self.kode_lain)


def di_rencana(salah: str | None, benar: str | None, ganti: str | None = None, **kw) -> Contoh:
    """A snippet of the minimal plan (``plans/contoh/2026.yaml``) written wrong."""
    return Contoh(kw.pop("berkas", PLAN_FILE), salah, benar, dasar=MINIMAL_PLAN, ganti=ganti, **kw)


def di_kantor(salah: str | None, benar: str | None, ganti: str | None = None, **kw) -> Contoh:
    """A snippet of the minimal ``content/offices/contoh/office.yaml`` written wrong."""
    return Contoh(kw.pop("berkas", OFFICE_FILE), salah, benar, dasar=MINIMAL_OFFICE, ganti=ganti, **kw)


def di_realisasi(salah: str | None, benar: str | None, ganti: str | None = None, **kw) -> Contoh:
    """A snippet of a small valid ``plans/contoh/2026.realisasi.yaml`` written wrong."""
    return Contoh(kw.pop("berkas", REALISASI_FILE), salah, benar, dasar=MINIMAL_REALISASI, ganti=ganti, **kw)


def berkas_baru(berkas: str, salah: str | None, benar: str | None, **kw) -> Contoh:
    """A whole new file beside the minimal project (statistics, page texts, …)."""
    return Contoh(berkas, salah, benar, **kw)


