"""What a publish did (or, with --dry-run, would do), and how it is told to staff."""

from __future__ import annotations

from dataclasses import dataclass, field

from .changes import Changes, change_lines
from .releases import CHANGED
from .sitefiles import format_bytes, format_seconds


@dataclass
class Outcome:
    release: str                # the release that is (or would be) live afterwards
    was_live: str | None = None
    files: int = 0
    size: int = 0
    reused: int | None = None   # files hard-linked from the release that was live
    sent: int | None = None     # bytes written or sent over the network
    pruned: list[str] = field(default_factory=list)
    cleaned: list[str] = field(default_factory=list)
    location: str = ""          # where the live site is, e.g. /srv/zi/current
    dry_run: bool = False
    archive: bool = False       # a ZIP file: no releases, no `current`
    sent_what: str = "ditulis"  # how ``sent`` got there: written, sent over SSH, archive size
    commands: list[str] = field(default_factory=list)      # a dry run over SSH: what would run, in order
    placeholders: list[str] = field(default_factory=list)  # ... and the names in them only the host knows
    previous: str | None = None  # a ZIP: the name the replaced archive is (or would be) kept under
    unchanged: bool = False      # a ZIP: the new archive equals the live one byte for byte; nothing replaced
    changes: Changes | None = None  # a dry run: what differs from the live site


def _command_lines(o: Outcome) -> list[str]:
    return [f"uji coba (--dry-run): tidak ada yang dijalankan atau diubah di {o.location}; "
            "perintah yang akan dijalankan (yang pertama memegang kunci folder tujuan selama yang lain berjalan):",
            *(f"  {c}" for c in o.commands),
            *(f"dengan {p}" for p in o.placeholders)]


def deploy_lines(o: Outcome, seconds: float) -> list[str]:
    if o.dry_run and o.archive:
        lines = [f"uji coba (--dry-run): tidak ada yang diubah di {o.location}",
                 f"akan menulis arsip {o.location}: {o.files} berkas (termasuk daftar sidik), {format_bytes(o.size)}"]
        if o.was_live:
            lines.append(f"akan menyimpan arsip yang ada sebagai {o.previous} (kecuali isi arsip baru sama persis)")
        lines += [f"akan menghapus sisa arsip yang terputus: {n}" for n in o.cleaned]
        return lines + _changes(o)
    if o.dry_run and o.commands:
        return [*_command_lines(o), f"akan menulis terbitan {o.release}: {o.files} berkas, {format_bytes(o.size)}",
                *_changes(o)]
    if o.dry_run:
        lines = [f"uji coba (--dry-run): tidak ada yang diubah di {o.location}",
                 f"akan menulis terbitan {o.release}: {o.files} berkas, {format_bytes(o.size)}"]
        if o.reused is not None:
            lines.append(f"akan menautkan {o.reused} berkas yang tidak berubah dari {o.was_live}")
        lines.append(f"akan mengalihkan current: {o.was_live or '(belum ada)'} → {o.release}")
        lines += [f"akan membersihkan sisa penerbitan yang terputus: {n}" for n in o.cleaned]
        lines += [f"akan menghapus terbitan lama: {n}" for n in o.pruned]
        return lines + _changes(o)
    if o.unchanged:
        lines = [f"tidak ada yang diterbitkan: isi situs sama persis dengan arsip {o.release} yang sudah ada di "
                 f"{o.location} ({o.files} berkas, {format_bytes(o.size)})"
                 + (f"; {o.previous} tetap" if o.previous else "")]
    else:
        lines = [f"terbit: {o.release} di {o.location}: {o.files} berkas, {format_bytes(o.size)}"]
    if o.release.endswith(CHANGED):
        lines.append("catatan: situs ini dibangun dari perubahan yang belum di-commit (nama terbitan berakhiran "
                     f"{CHANGED}); commit perubahannya agar riwayat git sama dengan yang terbit")
    if o.previous and not o.unchanged:
        lines.append(f"arsip yang lama disimpan sebagai {o.previous}; "
                     f"untuk mengembalikannya: zisite deploy --rollback {o.location}")
    if o.reused is not None:
        lines.append(f"{o.reused} berkas tidak berubah dan ditautkan dari {o.was_live}")
    if o.sent is not None:
        lines.append(f"{o.sent_what}: {format_bytes(o.sent)}")
    lines += [f"sisa penerbitan yang terputus dibersihkan: {n}" for n in o.cleaned]
    lines += [f"terbitan lama dihapus: {n}" for n in o.pruned]
    lines.append(f"waktu: {format_seconds(seconds)}")
    return lines


def _changes(o: Outcome) -> list[str]:
    return change_lines(o.changes) if o.changes is not None else []


_DATA_STILL_THERE = ("ingat: data yang salah masih ada di berkas; perbaiki atau batalkan perubahannya (lihat panduan "
                     "\"Membatalkan terbitan\"), sebab penerbitan berikutnya memuatnya lagi")


def rollback_lines(o: Outcome, seconds: float) -> list[str]:
    if o.dry_run and o.commands:
        return _command_lines(o)
    if o.archive:
        swap = (f"{o.release} menjadi {o.was_live} lagi, dan {o.was_live} yang tadi terbit disimpan sebagai "
                f"{o.previous}")
        if o.dry_run:
            return [f"uji coba (--dry-run): tidak ada yang diubah di {o.location}", f"akan menukar arsip: {swap}"]
        return [f"dikembalikan: {swap} ({o.location})",
                f"serahkan ulang {o.location} kepada pengelola server bila server memakai salinan arsip itu",
                "jalankan --rollback sekali lagi untuk membatalkan pengembalian ini", _DATA_STILL_THERE,
                f"waktu: {format_seconds(seconds)}"]
    if o.dry_run:
        return [f"uji coba (--dry-run): tidak ada yang diubah di {o.location}",
                f"akan mengalihkan current: {o.was_live} → {o.release}"]
    return [f"dikembalikan: {o.release} aktif lagi di {o.location} (sebelumnya {o.was_live})",
            f"untuk membatalkan pengembalian ini, terbitkan lagi: zisite deploy {o.location}", _DATA_STILL_THERE,
            f"waktu: {format_seconds(seconds)}"]
