"""``zisite ekspor KANTOR TAHUN``: a checked plan as an Excel workbook in the office's own columns.

Exit codes: 0 written, 1 the plan has errors or the target exists or cannot be written, 2 usage
(no such office or plan, or the ``impor`` extra, which brings openpyxl, not installed).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

INSTALL_HINT = "pip install 'zisite[impor]'"


def add_parser(commands) -> None:
    ekspor = commands.add_parser(
        "ekspor", help="tulis rencana aksi (dan lembar isian realisasi) sebagai berkas Excel",
        description="Menulis plans/KANTOR/TAHUN.yaml sebagai berkas .xlsx dengan kolom kantor itu sendiri, "
                    "baris judul bagian yang digabung dan sel kegiatan yang digabung ke bawah, serta "
                    "penandatanganan di bawah tabel. Berkas itu dapat dibaca kembali dengan zisite impor. "
                    "Dengan --realisasi ditambah lembar 'Realisasi' (satu baris per baris rencana, dengan kode "
                    "barisnya) untuk diisi lalu diimpor dengan zisite impor … --jenis realisasi.",
        epilog="Contoh: zisite ekspor sigi 2026 --realisasi. Kode keluar: 0 berhasil, 1 rencana aksi bergalat "
               "atau berkas tujuan sudah ada, 2 perintah salah atau pustaka impor belum terpasang "
               f"({INSTALL_HINT}).")
    ekspor.add_argument("kantor", metavar="KANTOR", help="slug kantor, misalnya sigi")
    ekspor.add_argument("tahun", type=int, metavar="TAHUN", help="tahun rencana aksi, misalnya 2026")
    ekspor.add_argument("--keluar", metavar="BERKAS.xlsx",
                        help="berkas tujuan (bawaan: rencana-aksi-KANTOR-TAHUN.xlsx di folder ini)")
    ekspor.add_argument("--realisasi", action="store_true",
                        help="tambahkan lembar isian realisasi dengan kode setiap baris")
    ekspor.add_argument("--folder", default=".", metavar="FOLDER", help="folder proyek (bawaan: folder ini)")
    ekspor.add_argument("--timpa", action="store_true", help="timpa berkas tujuan bila sudah ada")


def _error(message: str, hint: str | None = None) -> None:
    print(f"zisite ekspor: galat: {message}", file=sys.stderr)
    if hint:
        print(f"    petunjuk: {hint}", file=sys.stderr)


def run(args: argparse.Namespace) -> int:
    import importlib.util

    if importlib.util.find_spec(package := "openpyxl") is None:
        _error(f"pustaka impor belum terpasang ({package})", f"pasang dengan: {INSTALL_HINT}")
        return 2
    from ..load import load_project
    from ..load.discover import plan_files

    root = Path(args.folder)
    files = plan_files(root, args.kantor) if root.is_dir() else {}
    if args.tahun not in files:
        known = ", ".join(str(year) for year in files)
        _error(f"tidak ada rencana aksi {args.tahun} untuk kantor '{args.kantor}' "
               f"(plans/{args.kantor}/{args.tahun}.yaml)",
               f"rencana aksi kantor ini: {known}" if known else "periksa slug kantor dan folder proyek (--folder)")
        return 2
    target = Path(args.keluar) if args.keluar else Path(f"rencana-aksi-{args.kantor}-{args.tahun}.xlsx")
    if target.suffix.lower() != ".xlsx":
        _error(f"'{target.as_posix()}' bukan nama berkas .xlsx", "tulis misalnya --keluar rencana-aksi.xlsx")
        return 2
    if target.exists() and not args.timpa:
        _error(f"'{target.as_posix()}' sudah ada; tidak ditimpa", "tambahkan --timpa untuk menimpanya")
        return 1
    project = load_project(root, only_office=args.kantor)
    office = project.office(args.kantor)
    entry = next((e for e in office.plans if e.plan.tahun == args.tahun), None) if office else None
    if entry is None:
        _error(f"{files[args.tahun]} belum dapat diekspor karena ada galat data",
               f"jalankan `zisite check --kantor {args.kantor}` untuk melihat dan memperbaikinya")
        return 1
    from ..load.yaml import load_text  # the same reader the checker used; the plan is valid
    from .workbook import save_atomic, workbook

    plan = load_text((root / files[args.tahun]).read_text(encoding="utf-8"), files[args.tahun])[0].data
    try:
        save_atomic(workbook(plan, args.realisasi), target)
    except OSError as error:
        _error(f"'{target.as_posix()}' tidak dapat ditulis: {error.strerror or error}")
        return 1
    rows = sum(len(a["baris"]) for b in plan["bagian"] for k in b["kelompok"] for a in k["aksi"])
    print(f"Ekspor {files[args.tahun]} → {target.as_posix()}: {len(plan['bagian'])} bagian, {rows} baris"
          + (", dengan lembar isian realisasi" if args.realisasi else ""))
    return 0
