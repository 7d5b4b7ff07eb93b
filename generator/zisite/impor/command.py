"""``zisite impor BERKAS --kantor SLUG --tahun TAHUN``: arguments and the one run function.

Exit codes: 0 imported (or reported), 1 the file was refused or the target exists, 2 usage
(including the ``impor`` extra not installed).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from .note import Note

INSTALL_HINT = "pip install 'zisite[impor]'"


def add_parser(commands) -> None:
    impor = commands.add_parser(
        "impor", help="ubah rencana aksi dari Word, Excel, CSV atau PDF menjadi berkas YAML",
        description="Membaca tabel rencana aksi dari berkas .docx, .xlsx, .csv/.tsv atau .pdf (yang memuat teks) "
                    "lalu menulis plans/KANTOR/TAHUN.yaml. Laporannya menyebut apa yang diputuskan dan apa yang "
                    "perlu diperiksa, lengkap dengan letaknya di berkas asal. Berkas rusak, terkunci kata sandi, "
                    "bermakro atau terlalu besar ditolak tanpa menulis apa pun. Dengan --jenis survei: lembar rekap SKM "
                    "menjadi content/offices/KANTOR/statistik/survei/TAHUN.yaml.",
        epilog="Contoh: zisite impor rencana-aksi.docx --kantor sigi --tahun 2026 --periksa. "
               "Kode keluar: 0 berhasil, 1 berkas ditolak atau tujuan sudah ada, 2 perintah salah "
               f"atau pustaka impor belum terpasang ({INSTALL_HINT}).")
    impor.add_argument("berkas", metavar="BERKAS", help="berkas rencana aksi: .docx, .xlsx, .csv, .tsv atau .pdf")
    impor.add_argument("--jenis", choices=("rencana", "realisasi", "survei"), default="rencana",
                       help="isi berkas: rencana (rencana aksi, bawaan); realisasi (lembar isian dari zisite ekspor "
                            "--realisasi; ditulis ke plans/KANTOR/TAHUN.realisasi.yaml); atau survei (lembar SKM: NRR "
                            "per periode atau jumlah jawaban 1–4 per unsur; ditulis ke "
                            "content/offices/KANTOR/statistik/survei/TAHUN.yaml)")
    impor.add_argument("--kantor", required=True, metavar="SLUG", help="slug kantor, misalnya sigi")
    impor.add_argument("--tahun", required=True, type=int, metavar="TAHUN", help="tahun rencana aksi, misalnya 2026")
    impor.add_argument("--keluar", metavar="PATH", help="berkas YAML tujuan (bawaan: plans/KANTOR/TAHUN.yaml)")
    impor.add_argument("--kolom", metavar="\"JUDUL=PERAN,…\"",
                       help="tentukan peran kolom sendiri, misalnya \"URAIAN KEGIATAN=aksi,PIC=penanggung_jawab\"; "
                            "peran: nomor, bagian, kelompok, aksi, baris, bukti_fisik, target_waktu, "
                            "target_capaian, abaikan, atau nama kolom tambahan")
    impor.add_argument("--periksa", action="store_true", help="hanya laporkan hasil pembacaan; tidak menulis berkas")
    impor.add_argument("--timpa", action="store_true", help="timpa berkas tujuan bila sudah ada")


def _missing_library() -> str | None:
    import importlib.util

    for module, package in (("docx", "python-docx"), ("openpyxl", "openpyxl"), ("pdfplumber", "pdfplumber")):
        if importlib.util.find_spec(module) is None:
            return package
    return None


def _error(message: str, hint: str | None = None) -> None:
    print(f"zisite impor: galat: {message}", file=sys.stderr)
    if hint:
        print(f"    petunjuk: {hint}", file=sys.stderr)


def _where(loc: tuple) -> str:
    """('bagian', 0, 'judul') → 'bagian 1 › judul' (counted from 1, as staff count)."""
    parts: list[str] = []
    for item in loc:
        if isinstance(item, int) and parts:
            parts[-1] = f"{parts[-1]} {item + 1}"
        else:
            parts.append(str(item))
    return " › ".join(parts) or "berkas"


def _model_problems(data: dict, kind: str = "rencana") -> list[Note]:
    """What the plan (or survey) model would refuse, as report lines in short Indonesian (full messages:
    `zisite check`)."""
    from pydantic import ValidationError

    from ..models.plan import Plan
    from ..models.stats import SurveyStats

    try:
        (SurveyStats if kind == "survei" else Plan).model_validate(data)
    except ValidationError as error:
        said = {"missing": "wajib diisi", "string_too_short": "tidak boleh kosong", "too_short": "tidak boleh kosong",
                "literal_error": "nilai tidak dikenal"}
        return [Note(_where(e["loc"]), f"belum sah ({said.get(e['type'], e['msg'])}); perbaiki lalu jalankan "
                     "zisite check", True) for e in error.errors()[:10]]
    return []


def run(args: argparse.Namespace) -> int:
    if missing := _missing_library():
        _error(f"pustaka impor belum terpasang ({missing})", f"pasang dengan: {INSTALL_HINT}")
        return 2
    from . import guard, read_csv, read_docx, read_pdf, read_xlsx, report, roles, tree, write

    if not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", args.kantor):
        _error(f"slug kantor '{args.kantor}' tidak sah", "huruf kecil, angka dan tanda hubung, misalnya kab-sigi")
        return 2
    if not 2000 <= args.tahun <= 2100:
        _error(f"tahun {args.tahun} di luar 2000–2100")
        return 2
    try:
        override = roles.parse_override(args.kolom)
    except ValueError as error:
        _error(f"--kolom: {error}", "tulis seperti \"JUDUL KOLOM=peran,JUDUL LAIN=peran\"")
        return 2
    source = Path(args.berkas)
    default = (Path("content") / "offices" / args.kantor / "statistik" / "survei" if args.jenis == "survei"
               else Path("plans") / args.kantor)
    suffix = ".realisasi.yaml" if args.jenis == "realisasi" else ".yaml"
    target = Path(args.keluar) if args.keluar else default / f"{args.tahun}{suffix}"
    if not args.periksa and target.exists() and not args.timpa:
        _error(f"'{target.as_posix()}' sudah ada; tidak ditimpa", "tambahkan --timpa untuk menimpanya, "
               "atau --periksa untuk hanya melihat laporan")
        return 1
    readers = {"docx": read_docx.read, "xlsx": read_xlsx.read, "csv": read_csv.read, "pdf": read_pdf.read}
    try:
        kind = guard.check(source)
        try:
            tables = readers[kind](source)
        except (guard.Refused, MemoryError):
            raise
        except Exception as error:  # a damaged part the library trips over after opening the file
            raise guard.Refused(f"'{source.name}' tidak dapat dibaca ({type(error).__name__}); berkasnya "
                                "mungkin rusak", "buka di aplikasi asalnya lalu simpan ulang") from None
        guard.check_size(tables)
        if args.jenis == "realisasi":
            from . import realisasi_command

            return realisasi_command.run(args, source, target, tables)
        if args.jenis == "survei":
            from . import survey

            data, notes = survey.build(tables, args.tahun)
        else:
            from . import metadata

            meta = metadata.read(source) if kind == "xlsx" else {}
            result = tree.build(tables, args.kantor, args.tahun, override, source.name, metadata.columns(meta))
            metadata.apply(result.plan, meta)
    except guard.Refused as refused:
        _error(refused.message, refused.hint)
        return 1
    shown = None if args.periksa else target.as_posix()
    if args.jenis == "survei":
        print(report.survey_text(data, notes, source.name, shown, _model_problems(data, "survei")), end="")
        schema = "statistik-survei.schema.json"
    else:
        data, schema = result.plan, "plan.schema.json"
        print(report.text(result, source.name, shown, _model_problems(data)), end="")
    if not args.periksa:
        return save(target, write.to_yaml(data, write.schema_comment(target, Path.cwd(), schema)))
    return 0


def save(target: Path, text: str) -> int:
    """Write the imported file whole (or not at all); the exit code, with the reason on failure."""
    from . import write

    try:
        write.write_atomic(target, text)
    except OSError as error:
        _error(f"'{target.as_posix()}' tidak dapat ditulis: {error.strerror or error}")
        return 1
    return 0
