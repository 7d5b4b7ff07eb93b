"""Warnings about a valid plan: cells the parsers cannot read. Never errors: the source is what it is."""

from __future__ import annotations

import difflib

from ..diagnostics import Diagnostic, Severity, human_path
from ..domain.rows import walk
from ..domain.schedule import Kind
from ..models import Plan
from ..models.plan import FIXED_KEYS
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
    if not plan.penandatangan and plan.pengesahan is None:
        warn(("penandatangan",), "rencana aksi belum memuat penandatangan; situs menyebutnya 'belum ditetapkan'",
             "plan-unsigned", "isi 'penandatangan' dan 'pengesahan' setelah rencana aksi ditandatangani", where=False)
    elif not plan.penandatangan:
        warn(("pengesahan",), "rencana aksi belum memuat penandatangan, tetapi memuat 'pengesahan'; situs "
             "menampilkan tempat dan tanggalnya sebagai penetapan", "plan-unsigned",
             "isi 'penandatangan' seperti tercetak; bila rencana aksi belum ditetapkan, hapus 'pengesahan'", where=False)
    warn_columns(plan, warn)
    for found_row in walk(plan):
        path, row = found_row.position.path, found_row.row
        if not row.target_waktu:
            warn(path, "target waktu kosong", "schedule-empty",
                 "biarkan bila naskah aslinya memang kosong; tanpa target waktu baris ini tidak dapat dipantau")
        for i, schedule in enumerate(row.schedules(plan.tahun)):
            if schedule.problem and row.target_waktu:
                warn(path + ("target_waktu", i), schedule.problem, "schedule-unreadable",
                     "bila naskah yang ditandatangani memang tertulis begitu, biarkan: baris ini ditampilkan apa "
                     "adanya dan tidak dipantau. Bila salah ketik, bentuk yang dikenali misalnya 'Oktober 2025', "
                     "'Januari s.d. Maret 2026', 'Triwulan III 2026', 'paling lambat 31 Juli 2026' atau 'Per Triwulan'"
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


def _owners(plan: Plan):
    """Every kelompok, aksi and baris with its level and its path in the file, in document order."""
    for a, area in enumerate(plan.bagian):
        for g, group in enumerate(area.kelompok):
            yield "kelompok", ("bagian", a, "kelompok", g), group
            for x, action in enumerate(group.aksi):
                yield "aksi", ("bagian", a, "kelompok", g, "aksi", x), action
                for r, row in enumerate(action.baris):
                    yield "baris", ("bagian", a, "kelompok", g, "aksi", x, "baris", r), row


def warn_columns(plan: Plan, warn) -> None:
    """Data the plan holds but its table would not show, and declared columns nothing fills.

    Warnings only (``warn`` reports them): the plan stays publishable, but staff learn which cells the
    page leaves out, where the open-data downloads still carry them.
    """
    declared = {c.kunci for c in plan.kolom}
    hidden: dict[str, list] = {}  # what is not shown → paths where it occurs
    used: set[str] = set()
    for level, path, owner in _owners(plan):
        if level == "kelompok" and (owner.judul or owner.nomor) and "kelompok" not in declared:
            hidden.setdefault("kelompok", []).append(path)
        if level == "aksi" and (owner.uraian or owner.nomor) and "aksi" not in declared:
            hidden.setdefault("aksi", []).append(path)
        if level == "baris":
            for key in ("bukti_fisik", "target_waktu", "target_capaian"):
                if getattr(owner, key) and key not in declared:
                    hidden.setdefault(key, []).append(path + (key,))
        for key in owner.kolom_lain or {}:
            used.add(key)
            if key not in declared:
                hidden.setdefault(key, []).append(path + ("kolom_lain", key))
    # A value written below a wider one of the same column is covered by it, as a merged cell on paper.
    wider: dict[tuple, dict] = {}  # path of a kelompok or aksi → its kolom_lain
    for level, path, owner in _owners(plan):
        if level != "kelompok":
            for key in set(owner.kolom_lain or {}) & declared:
                cover = next((name for name, at in (("kelompok", path[:4]), ("aksi", path[:6]))
                              if at != path and key in wider.get(at, {})), None)
                if cover:
                    warn(path + ("kolom_lain", key), f"nilai kolom '{key}' di sini tidak ditampilkan: {cover} di atasnya "
                         "sudah mengisi kolom itu untuk semua barisnya", "plan-column-hidden",
                         f"tulis nilainya di satu tingkat saja: di {cover}, atau di setiap baris")
        wider[path] = owner.kolom_lain or {}
    for key, paths in hidden.items():
        what = {"kelompok": "judul kelompok", "aksi": "isi aksi"}.get(key, f"isi kolom '{key}'")
        others = f" (dan {len(paths) - 1} tempat lain)" if len(paths) > 1 else ""
        title = {"kelompok": "KOMPONEN", "aksi": "KEGIATAN"}.get(key, key.replace("_", " ").upper())
        warn(paths[0], f"{what} tidak ditampilkan di tabel{others}: 'kolom' tidak memuat kolom '{key}'",
             "plan-column-hidden", f"tambahkan ke 'kolom' misalnya - {{kunci: {key}, judul: {title}}}; "
             "unduhan data terbuka tetap memuatnya")
    for i, column in enumerate(plan.kolom):
        if column.kunci in FIXED_KEYS or column.kunci in used:
            continue
        close = difflib.get_close_matches(column.kunci, list(FIXED_KEYS) + sorted(used), n=1, cutoff=0.75)
        warn(("kolom", i, "kunci"), f"kolom tambahan '{column.kunci}' tidak berisi nilai di baris mana pun"
             + (f"; maksud Anda '{close[0]}'?" if close else ""), "plan-column-unused",
             f"isi nilainya di 'kolom_lain' baris, aksi atau kelompok, misalnya kolom_lain: {{{column.kunci}: …}}; "
             "atau hapus kolom itu", where=False)
