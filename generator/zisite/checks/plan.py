"""Warnings about a valid plan: cells the parsers cannot read. Never errors: the source is what it is."""

from __future__ import annotations

from ..diagnostics import Diagnostic, Severity, human_path
from ..domain.rows import walk
from ..domain.schedule import Kind
from ..models import Plan
from ..load.yaml import Loaded


def plan_warnings(plan: Plan, loaded: Loaded) -> list[Diagnostic]:
    found: list[Diagnostic] = []

    def warn(path: tuple, message: str, code: str, hint: str | None = None, where: bool = True) -> None:
        line, column = loaded.place(path)
        found.append(Diagnostic(loaded.display, line, column, Severity.WARNING, message,
                                where=human_path(path[:8]) if where else None, hint=hint, code=code))

    # A plan not yet written or signed is valid (what `zisite init` writes), but never silently so.
    if not plan.bagian:
        warn(("bagian",), "rencana aksi belum berisi baris; situs menampilkan 'Rencana aksi belum diisi'", "plan-empty",
             "isi 'bagian' dengan bagian, kelompok, aksi dan baris seperti naskah yang ditandatangani", where=False)
    if not plan.penandatangan:
        warn(("penandatangan",), "rencana aksi belum memuat penandatangan; situs menyebutnya 'belum ditetapkan'",
             "plan-unsigned", "isi 'penandatangan' dan 'pengesahan' setelah rencana aksi ditandatangani", where=False)
    for found_row in walk(plan):
        path, row = found_row.position.path, found_row.row
        if not row.target_waktu:
            warn(path, "target waktu kosong", "schedule-empty",
                 "biarkan bila naskah aslinya memang kosong; tanpa target waktu baris ini tidak dapat dipantau")
        for i, schedule in enumerate(row.schedules(plan.tahun)):
            if schedule.problem and row.target_waktu:
                warn(path + ("target_waktu", i), schedule.problem, "schedule-unreadable",
                     "tulis misalnya 'Oktober 2025', 'Januari s.d. Maret 2026', 'Triwulan III 2026', "
                     "'paling lambat 31 Juli 2026', 'Per Triwulan' atau 'Saat tahapan'"
                     if schedule.kind is Kind.UNKNOWN else
                     "periksa naskah aslinya; bila memang tertulis begitu, biarkan")
        if not row.target_capaian:
            warn(path, "target capaian kosong", "target-empty")
        for i, target in enumerate(row.targets()):
            if target.problem and row.target_capaian:
                warn(path + ("target_capaian", i), target.problem, "target-unreadable",
                     "tulis misalnya '4 (empat) Laporan'")
            if target.ambiguity:
                warn(path + ("target_capaian", i), f"{target.ambiguity}; situs membacanya sebagai target tanpa jumlah "
                     "(tercapai atau belum)", "target-ambiguous",
                     "bila naskah menargetkan jumlah, tulis misalnya '2 (dua) Laporan'; beberapa butir ditulis "
                     "'1. SOP 2. Dokumen Inovasi' atau sebagai daftar; bila naskah memang begitu, biarkan")
    return found
