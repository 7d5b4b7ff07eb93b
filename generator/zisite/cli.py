"""The ``zisite`` command. Exit codes: 0 valid, 1 data errors, 2 usage errors.

Help and messages are Indonesian: the people who run this are office staff.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from . import __version__
from .diagnostics import Severity
from .project import Project, load_project
from .schema import write_schemas

_ARGPARSE_ID = {
    "usage: ": "penggunaan: ",
    "show this help message and exit": "tampilkan bantuan ini lalu keluar",
    "positional arguments": "argumen",
    "options": "opsi",
    "%(prog)s: error: %(message)s\n": "%(prog)s: galat: %(message)s\n",
    "the following arguments are required: %s": "argumen berikut wajib diisi: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "pilihan tidak sah: %(value)r (pilih dari %(choices)s)",
    "unrecognized arguments: %s": "argumen tidak dikenal: %s",
    "expected one argument": "memerlukan satu nilai",
    "argument %(argument_name)s: %(message)s": "argumen %(argument_name)s: %(message)s",
    "ambiguous option: %(option)s could match %(matches)s": "opsi %(option)s ambigu, bisa berarti %(matches)s",
    "show program's version number and exit": "tampilkan versi program lalu keluar",
}


def _translate(message: str) -> str:
    return _ARGPARSE_ID.get(message, message)


argparse._ = _translate  # argparse looks its strings up through this name at call time


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="zisite",
        description="Membuat situs transparansi Zona Integritas KPU dari berkas YAML.",
        epilog="Kode keluar: 0 data sah, 1 ada galat data, 2 perintah salah.",
    )
    parser.add_argument("--version", action="version", version=f"zisite {__version__}",
                        help="tampilkan versi program lalu keluar")
    commands = parser.add_subparsers(dest="command", metavar="PERINTAH", title="perintah")
    commands.required = True

    check = commands.add_parser("check", help="periksa semua data tanpa menulis apa pun",
                                description="Memeriksa semua berkas data dan melaporkan setiap galat dan "
                                            "peringatan beserta berkas, baris dan kolomnya. Tidak menulis berkas apa pun.")
    check.add_argument("path", nargs="?", default=".", metavar="FOLDER",
                       help="folder proyek yang berisi content/ dan plans/ (bawaan: folder ini)")
    check.add_argument("--format", choices=("teks", "json", "text"), default="teks",
                       help="bentuk keluaran: teks (bawaan) atau json")
    check.add_argument("--office", metavar="SLUG", help="periksa satu kantor saja")

    for name, text in (("build", "bangun situs ke folder site/ (setelah memeriksa data)"),
                       ("serve", "bangun dan sajikan situs di http://127.0.0.1:8000/, diperbarui saat berkas berubah")):
        command = commands.add_parser(name, help=text, description=text[0].upper() + text[1:] + ". "
                                      "Bila data tidak sah, situs tidak dibangun dan tidak ada berkas yang ditulis.")
        command.add_argument("--config", default="mkdocs.yml", metavar="BERKAS",
                             help="berkas konfigurasi MkDocs (bawaan: mkdocs.yml)")
        command.add_argument("--office", metavar="SLUG",
                             help="bangun situs satu kantor saja, di akar situs (yang diterbitkan kantor itu)")
        if name == "build":
            command.add_argument("--site-dir", metavar="FOLDER", help="folder hasil (bawaan: site/)")
        else:
            command.add_argument("--dev-addr", default="127.0.0.1:8000", metavar="ALAMAT:PORT",
                                 help="alamat server (bawaan: 127.0.0.1:8000)")

    schema = commands.add_parser("schema", help="tulis JSON Schema setiap jenis berkas",
                                 description="Menulis JSON Schema untuk setiap jenis berkas data, dipakai editor "
                                             "(VS Code YAML) untuk isian otomatis dan penanda galat.")
    schema.add_argument("path", nargs="?", default=".", metavar="FOLDER", help="folder proyek (bawaan: folder ini)")
    schema.add_argument("--output", metavar="FOLDER", help="folder tujuan (bawaan: FOLDER/schemas)")
    return parser


STATS_TITLES = {"pengaduan": "Statistik pengaduan", "gratifikasi": "Laporan gratifikasi",
                "wbs": "Laporan WBS", "survei": "Survei"}


COUNT_NAMES = {"dim": "butir DIM", "skm": "periode SKM", "spak": "periode SPAK"}


def _summary_lines(project: Project) -> list[str]:
    lines = []
    for office in project.offices:
        for entry in office.plans:
            c = entry.plan.counts()
            lines.append(f"{entry.file}: Rencana Aksi {office.office.nama_singkat} {entry.plan.tahun}: "
                         f"{c['bagian']} bagian, {c['kelompok']} kelompok, {c['aksi']} aksi, {c['baris']} baris")
        for stats in office.stats.entries():
            counts = ", ".join(f"{n} {COUNT_NAMES.get(name, name)}" for name, n in stats.counts().items())
            sample = " (data contoh)" if stats.contoh else ""
            lines.append(f"{stats.file}: {STATS_TITLES[stats.kind]} {office.office.nama_singkat} "
                         f"{stats.tahun}{sample}: {counts}")
    return lines


def _check(args: argparse.Namespace) -> int:
    root = Path(args.path)
    if not root.is_dir():
        print(f"zisite: galat: folder '{args.path}' tidak ditemukan", file=sys.stderr)
        return 2
    project = load_project(root, only_office=args.office)
    if args.office and project.office(args.office) is None and project.ok:
        print(f"zisite: galat: kantor '{args.office}' tidak ada di content/offices/", file=sys.stderr)
        return 2
    errors = sum(1 for d in project.diagnostics if d.severity is Severity.ERROR)
    warnings = len(project.diagnostics) - errors
    if args.format == "json":
        print(json.dumps({
            "sah": project.ok,
            "galat": errors,
            "peringatan": warnings,
            "diagnostik": [d.as_json() for d in project.diagnostics],
            "rencana_aksi": [
                {"berkas": e.file, "kantor": e.plan.kantor, "tahun": e.plan.tahun, **e.plan.counts()}
                for e in project.plans
            ],
            "statistik": [
                {"berkas": s.file, "kantor": o.slug, "jenis": s.kind, "tahun": s.tahun, "contoh": s.contoh, **s.counts()}
                for o in project.offices for s in o.stats.entries()
            ],
        }, ensure_ascii=False, indent=2))
    else:
        for diagnostic in project.diagnostics:
            print(diagnostic.format())
        for line in _summary_lines(project):
            print(line)
        verdict = "data sah" if project.ok else "data TIDAK sah; situs tidak akan dibangun"
        print(f"Hasil: {len(project.offices)} kantor, {len(project.plans)} rencana aksi; "
              f"{errors} galat, {warnings} peringatan: {verdict}.")
    return 0 if project.ok else 1


def _schema(args: argparse.Namespace) -> int:
    output = Path(args.output) if args.output else Path(args.path) / "schemas"
    for path in write_schemas(output):
        print(f"ditulis: {path.as_posix()}")
    return 0


def _config_file(args: argparse.Namespace) -> Path | None:
    config = Path(args.config)
    if not config.is_file():
        print(f"zisite: galat: berkas konfigurasi '{args.config}' tidak ditemukan", file=sys.stderr)
        return None
    return config


def _build(args: argparse.Namespace) -> int:
    from . import engine  # imports MkDocs; only these two commands need it

    config = _config_file(args)
    if config is None:
        return 2
    return engine.build(config, office=args.office, site_dir=Path(args.site_dir) if args.site_dir else None)


def _serve(args: argparse.Namespace) -> int:
    from . import engine

    config = _config_file(args)
    if config is None:
        return 2
    return engine.serve(config, office=args.office, dev_addr=args.dev_addr)


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    handlers = {"check": _check, "schema": _schema, "build": _build, "serve": _serve}
    return handlers[args.command](args)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
