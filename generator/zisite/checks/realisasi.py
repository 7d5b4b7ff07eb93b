"""Checks across a realisasi file and its plan: row codes, years, quantities and evidence files.

The model has checked each record's shape; these rules need the plan (does row 2.1.4.1 exist, how
much does it target) or the disk (is the evidence file there), and each points at its own line.
"""

from __future__ import annotations

from pathlib import Path

from .. import rowlist
from ..diagnostics import Diagnostic, Severity
from ..domain import clock
from ..domain.monev import target_pairs
from ..domain.rows import walk
from ..domain.progress import owed, schedule_months
from ..models import Plan, Realisasi
from ..load import contain
from ..load.yaml import Loaded

MAX_EVIDENCE_BYTES = 20 * 1024 * 1024  # larger files belong on a document store, linked by url


def check_realisasi(realisasi: Realisasi, plan: Plan, loaded: Loaded, office_dir: Path,
                    root: Path | None = None) -> list[Diagnostic]:
    """``root``: the project folder, which an evidence file may not leave (default: above content/offices/)."""
    root = root if root is not None else office_dir.parent.parent.parent
    found: list[Diagnostic] = []

    def report(path: tuple, severity: Severity, message: str, code: str, hint: str | None = None) -> None:
        line, column = loaded.place(path)
        where = f"realisasi {path[1] + 1}" if len(path) > 1 else None
        found.append(Diagnostic(loaded.display, line, column, severity, message, where=where, hint=hint, code=code))

    rows = {r.code: r.row for r in walk(plan)}
    items = rowlist.row_items(plan)
    signed = plan.pengesahan.tanggal if plan.pengesahan else None
    achieved: dict[tuple[str, int], tuple[int, int]] = {}  # (row, target) → (sum, index of the last record)
    for i, record in enumerate(realisasi.realisasi):
        here = ("realisasi", i)
        row = rows.get(record.baris)
        if row is None:
            close = [f"'{item.code}' ({rowlist.shorten(item.text, 40)})"
                     for item in rowlist.suggest(items, record.baris, record.kegiatan)]
            report(here + ("baris",), Severity.ERROR,
                   f"baris '{record.baris}' tidak ada di rencana aksi {plan.tahun}"
                   + (f"; maksud Anda {' atau '.join(close)}?" if close else ""), "realisasi-row",
                   f"lihat kode setiap baris dengan `zisite baris {realisasi.kantor} {plan.tahun}`; "
                   f"rencana ini memiliki {len(rows)} baris, {next(iter(rows))} sampai {list(rows)[-1]}")
            continue
        pairs = target_pairs(row, plan.tahun)
        count = len(pairs)
        index = record.target_ke or 1
        if index > count:
            report(here + ("target_ke",), Severity.ERROR,
                   f"'target_ke' bernilai {index}, padahal baris {record.baris} hanya memiliki {count} target",
                   "realisasi-target", "hapus target_ke, atau tulis nomor target dari 1")
            continue
        # Work may be done in any month the row's schedule covers, e.g. November 2025 for a 2026 row
        # running "Nopember 2025 - Februari 2026".
        years = {plan.tahun} | {year for s, _q in pairs for year, _m in schedule_months(s, signed)}
        year, month = record.month
        if year not in years:
            key = "tanggal" if record.tanggal is not None else "bulan"
            allowed = " atau ".join(str(y) for y in sorted(years))
            report(here + (key,), Severity.ERROR,
                   f"'{key}' jatuh pada tahun {year}, di luar tahun rencana aksi ({allowed})", "realisasi-date",
                   f"realisasi tahun {year} dicatat di berkas realisasi tahun itu")
        for j, evidence in enumerate(record.bukti):
            if evidence.berkas is None:
                continue
            path = office_dir / evidence.berkas
            at = here + ("bukti", j, "berkas")
            refused = contain.refusal(root, path)
            if refused is not None:
                report(at, Severity.ERROR, f"berkas bukti '{evidence.berkas}' tidak diterbitkan: {refused.words(root)}",
                       refused.kind, "simpan berkas bukti sebagai berkas biasa di "
                       f"content/offices/{realisasi.kantor}/bukti/, bukan sebagai tautan")
            elif not path.is_file():
                report(at, Severity.ERROR, f"berkas bukti '{evidence.berkas}' tidak ditemukan di "
                       f"content/offices/{realisasi.kantor}/", "realisasi-file", f"simpan berkasnya di content/offices/{realisasi.kantor}/{evidence.berkas}, "
                       "atau perbaiki nama berkasnya (huruf besar dan kecil dibedakan)")
            elif path.stat().st_size > MAX_EVIDENCE_BYTES:
                report(at, Severity.ERROR, f"berkas bukti '{evidence.berkas}' berukuran "
                       f"{path.stat().st_size // (1024 * 1024)} MB; batasnya {MAX_EVIDENCE_BYTES // (1024 * 1024)} MB",
                       "realisasi-file-size", "perkecil berkasnya, atau simpan di tempat lain dan tulis url-nya")
        quantity = pairs[index - 1][1]
        if record.jumlah is not None and record.jumlah != 1 and record.status != "batal" and (
                quantity is None or not quantity.stated):
            written = f"'{quantity.text.strip()}'" if quantity is not None and quantity.text.strip() else "kosong"
            report(here + ("jumlah",), Severity.WARNING,
                   f"'jumlah' bernilai {record.jumlah}, padahal target capaian baris {record.baris} ({written}) "
                   "tidak menyebut jumlah; situs hanya menampilkan tercapai atau belum", "realisasi-jumlah-unstated",
                   "hapus 'jumlah': satu realisasi dengan bukti menandai target tanpa jumlah tercapai")
        key = (record.baris, index)
        total, _last = achieved.get(key, (0, i))
        achieved[key] = (total + record.amount, i)
    _duplicates_and_future(realisasi, report)
    for (code, index), (amount, last) in achieved.items():
        schedule, quantity = target_pairs(rows[code], plan.tahun)[index - 1]
        if quantity is None or not quantity.stated:
            continue
        target = owed(schedule, quantity.amount, signed)
        if amount > target:
            report(("realisasi", last, "jumlah"), Severity.WARNING,
                   f"jumlah realisasi baris {code} ({amount}) melebihi targetnya ({target}: {quantity.text})",
                   "realisasi-over", "periksa apakah ada realisasi yang tercatat dua kali")
    return found


def _duplicates_and_future(realisasi: Realisasi, report) -> None:
    """An entry written twice, word for word, is counted twice: warned. An entry dated after today
    is not counted by the Monev page until its day comes (``domain/monev.py``): warned, so staff
    see why it is missing."""
    seen: dict[str, int] = {}
    today = clock.today()
    for i, record in enumerate(realisasi.realisasi):
        key = record.model_dump_json()
        if key in seen:
            report(("realisasi", i), Severity.WARNING,
                   f"realisasi ini sama persis dengan realisasi ke-{seen[key] + 1}; situs menghitungnya dua kali",
                   "realisasi-duplicate", "hapus salah satunya; bila memang dua kegiatan, bedakan tanggal atau uraiannya")
        else:
            seen[key] = i
        year, month = record.month
        if (record.tanggal is not None and record.tanggal > today) or (year, month) > (today.year, today.month):
            key_name = "tanggal" if record.tanggal is not None else "bulan"
            report(("realisasi", i, key_name), Severity.WARNING,
                   f"realisasi ini bertanggal sesudah hari ini ({today.isoformat()}); situs belum menghitungnya",
                   "realisasi-future", "periksa tahun dan bulannya; realisasi dicatat setelah kegiatannya terlaksana")
