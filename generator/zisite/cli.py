"""The ``zisite`` command. Exit codes: 0 valid, 1 data errors, 2 usage errors.

Help and messages are Indonesian: the people who run this are office staff.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from . import __version__, rowlist
from .checks import report as cireport
from .diagnostics import Severity
from .engines import ENGINES
from .load import load_project
from .load.discover import office_slugs, plan_files
from .models.project import Project
from .models.schema import write_schemas
from .models.stats import STATS_KINDS

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
    "expected at least one argument": "memerlukan setidaknya satu nilai",
    "invalid %(type)s value: %(value)r": "nilai %(value)r tidak sah",
    "argument %(argument_name)s: %(message)s": "argumen %(argument_name)s: %(message)s",
    "ambiguous option: %(option)s could match %(matches)s": "opsi %(option)s ambigu, bisa berarti %(matches)s",
    "show program's version number and exit": "tampilkan versi program lalu keluar",
}


def _translate(message: str) -> str:
    return _ARGPARSE_ID.get(message, message)


argparse._ = _translate  # argparse looks its strings up through this name at call time


def _iso_date(text: str) -> str:
    from datetime import date

    try:
        date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' bukan tanggal TTTT-BB-HH") from None
    return text


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
    check.add_argument("--format", choices=("teks", "json", "text", "github", "gitlab"), default="teks",
                       help="bentuk keluaran: teks (bawaan), json, github (anotasi GitHub Actions) "
                            "atau gitlab (laporan Code Quality GitLab)")
    check.add_argument("--kantor", "--office", dest="office", metavar="SLUG",
                       help="periksa satu kantor saja (beserta berkas bersama seperti mkdocs.yml); "
                            "peringatan kantor lain tidak ditampilkan")

    rows = commands.add_parser(
        "baris", help="daftar kode baris rencana aksi, untuk mencatat realisasi",
        description="Menampilkan kode baris setiap baris rencana aksi beserta teks singkatnya, dikelompokkan per "
                    "bagian. Kode ini yang ditulis pada 'baris' di berkas realisasi. Tidak menulis berkas apa pun.",
        epilog="Contoh: zisite baris sigi 2026 --cari rapat monev. "
               "Kode keluar: 0 berhasil, 1 rencana aksi memuat galat, 2 kantor atau tahun tidak ada.")
    rows.add_argument("kantor", nargs="?", metavar="KANTOR",
                      help="slug kantor, misalnya sigi; boleh dikosongkan bila repositori hanya memuat satu kantor")
    rows.add_argument("tahun", nargs="?", metavar="TAHUN",
                      help="tahun rencana aksi; bawaan: rencana aksi terbaru kantor itu")
    rows.add_argument("--cari", nargs="+", default=[], metavar="KATA",
                      help="tampilkan hanya baris yang memuat semua kata ini (huruf besar dan kecil sama), "
                           "dicari di teks baris, aksi, kelompok dan bagiannya")
    rows.add_argument("--folder", default=".", metavar="FOLDER",
                      help="folder proyek yang berisi content/ dan plans/ (bawaan: folder ini)")

    for name, text in (("build", "bangun situs ke folder site/ (setelah memeriksa data)"),
                       ("serve", "bangun dan sajikan situs di http://127.0.0.1:8000/, diperbarui saat berkas berubah")):
        command = commands.add_parser(name, help=text, description=text[0].upper() + text[1:] + ". "
                                      "Bila data tidak sah, situs tidak dibangun dan tidak ada berkas yang ditulis.")
        command.add_argument("--config", default="mkdocs.yml", metavar="BERKAS",
                             help="berkas konfigurasi MkDocs (bawaan: mkdocs.yml)")
        command.add_argument("--office", metavar="SLUG",
                             help="bangun situs satu kantor saja, di akar situs (yang diterbitkan kantor itu)")
        command.add_argument("--date", metavar="TTTT-BB-HH", type=_iso_date,
                             help="tanggal keadaan yang digambarkan situs (status monev); bawaan: SOURCE_DATE_EPOCH "
                                  "bila diisi, selain itu hari ini")
        if name == "build":
            command.add_argument("--site-dir", metavar="FOLDER", help="folder hasil (bawaan: site/)")
            command.add_argument("--engine", choices=ENGINES, default="mkdocs",
                                 help="mesin pembangun: mkdocs (bawaan) atau zensical "
                                      "(perlu `pip install 'zisite[zensical]'`)")
        else:
            command.add_argument("--dev-addr", default="127.0.0.1:8000", metavar="ALAMAT:PORT",
                                 help="alamat server (bawaan: 127.0.0.1:8000)")

    deploy = commands.add_parser(
        "deploy", help="periksa, bangun, verifikasi, lalu terbitkan situs (folder, ssh:// atau .zip)",
        description="Memeriksa data, membangun situs, memverifikasi hasilnya, lalu menerbitkannya ke TARGET: "
                    "sebuah folder, ssh://[pengguna@]host[:port]/folder, atau berkas .zip. Situs yang sudah terbit "
                    "tidak berubah bila ada langkah yang gagal.")
    deploy.add_argument("target", nargs="?", metavar="TARGET",
                        help="tujuan terbitan; bawaan: 'deploy_target' plugin zisite di mkdocs.yml")
    deploy.add_argument("--rollback", action="store_true", help="kembalikan terbitan sebelumnya (tanpa membangun)")
    deploy.add_argument("--dry-run", action="store_true", help="sebutkan yang akan dilakukan tanpa mengubah apa pun")
    deploy.add_argument("--keep", type=int, default=5, metavar="N", help="jumlah terbitan yang disimpan (bawaan: 5)")
    deploy.add_argument("--config", default="mkdocs.yml", metavar="BERKAS",
                        help="berkas konfigurasi MkDocs (bawaan: mkdocs.yml)")
    deploy.add_argument("--office", metavar="SLUG", help="terbitkan situs satu kantor saja")
    deploy.add_argument("--engine", choices=ENGINES, default="mkdocs",
                        help="mesin pembangun: mkdocs (bawaan) atau zensical")
    deploy.add_argument("--site", metavar="FOLDER",
                        help="terbitkan folder situs yang sudah dibangun (tanpa memeriksa dan membangun ulang; "
                             "verifikasi tetap dijalankan)")

    preview = commands.add_parser(
        "pratinjau", help="salin situs yang sudah dibangun agar dapat dibuka dari berkas, tanpa server",
        description="Menyalin situs yang sudah dibangun (zisite build) ke folder baru yang tautannya menunjuk "
                    "berkas (…/index.html), sehingga situs dapat dibuka langsung dari disk, misalnya sebagai "
                    "pratinjau pull request. Situs asal tidak diubah; salinan ini bukan untuk diterbitkan.",
        epilog="Contoh: zisite build && zisite pratinjau site pratinjau, lalu buka pratinjau/index.html. "
               "Kode keluar: 0 berhasil, 2 folder situs tidak ada atau folder tujuan sudah ada.")
    preview.add_argument("situs", metavar="SITUS", help="folder situs hasil zisite build, misalnya site")
    preview.add_argument("keluar", metavar="TUJUAN", help="folder baru untuk pratinjau; tidak boleh sudah ada")

    init = commands.add_parser(
        "init", help="buat repositori baru untuk satu kantor",
        description="Membuat folder repositori baru untuk satu kantor KPU: office.yaml berkomentar, rencana aksi "
                    "kosong tahun ini, mkdocs.yml, templat CI dan README untuk staf. Hasilnya langsung lolos "
                    "`zisite check` dan dapat dibangun.")
    init.add_argument("slug", metavar="SLUG", help="slug kantor, misalnya 'kab-sigi' atau 'sigi'")
    init.add_argument("--folder", metavar="FOLDER", help="folder tujuan (bawaan: ./SLUG); harus kosong atau belum ada")

    from .impor.command import add_parser as add_impor  # argparse only; the readers load when it runs

    add_impor(commands)
    from .ekspor.command import add_parser as add_ekspor

    add_ekspor(commands)

    schema = commands.add_parser("schema", help="tulis JSON Schema setiap jenis berkas",
                                 description="Menulis JSON Schema untuk setiap jenis berkas data, dipakai editor "
                                             "(VS Code YAML) untuk isian otomatis dan penanda galat.")
    schema.add_argument("path", nargs="?", default=".", metavar="FOLDER", help="folder proyek (bawaan: folder ini)")
    schema.add_argument("--output", metavar="FOLDER", help="folder tujuan (bawaan: FOLDER/schemas)")
    return parser


def _recorded(entry) -> dict[str, int]:
    """How many realisasi entries a plan has, and how many of its rows they name."""
    records = entry.realisasi.realisasi
    return {"entri": len(records), "baris_tercatat": len({r.baris for r in records})}


def _summary_lines(project: Project) -> list[str]:
    lines = []
    for office in project.offices:
        for entry in office.plans:
            c = entry.plan.counts()
            lines.append(f"{entry.file}: Rencana Aksi {office.office.nama_singkat} {entry.plan.tahun}: "
                         f"{c['bagian']} bagian, {c['kelompok']} kelompok, {c['aksi']} aksi, {c['baris']} baris")
            if entry.realisasi is not None:
                recorded = _recorded(entry)
                sample = " (data contoh)" if entry.realisasi.contoh else ""
                lines.append(f"{entry.realisasi_file}: Realisasi {office.office.nama_singkat} {entry.plan.tahun}"
                             f"{sample}: {recorded['entri']} entri, {recorded['baris_tercatat']} dari "
                             f"{c['baris']} baris tercatat")
        for stats in office.stats.entries():
            kind = STATS_KINDS[stats.kind]
            counts = ", ".join(f"{n} {kind.lists[name]}" for name, n in stats.counts().items())
            sample = " (data contoh)" if stats.contoh else ""
            lines.append(f"{stats.file}: {kind.title} {office.office.nama_singkat} "
                         f"{stats.tahun}{sample}: {counts}")
    return lines


def _check(args: argparse.Namespace) -> int:
    root = Path(args.path)
    if not root.is_dir():
        print(f"zisite: galat: folder '{args.path}' tidak ditemukan", file=sys.stderr)
        return 2
    if args.office:
        try:
            rowlist.choose_office(office_slugs(root), args.office)
        except rowlist.Refused as refused:
            print(f"zisite: galat: {refused}", file=sys.stderr)
            return 2
    project = load_project(root, only_office=args.office)
    errors = sum(1 for d in project.diagnostics if d.severity is Severity.ERROR)
    warnings = len(project.diagnostics) - errors
    if args.format == "json":
        print(json.dumps({
            "sah": project.ok,
            "galat": errors,
            "peringatan": warnings,
            "diagnostik": [d.as_json() for d in project.diagnostics],
            "rencana_aksi": [
                {"berkas": e.file, "kantor": e.plan.kantor, "tahun": e.plan.tahun, **e.plan.counts(),
                 "realisasi": None if e.realisasi is None else {"berkas": e.realisasi_file, **_recorded(e)}}
                for e in project.plans
            ],
            "statistik": [
                {"berkas": s.file, "kantor": o.slug, "jenis": s.kind, "tahun": s.tahun, "contoh": s.contoh, **s.counts()}
                for o in project.offices for s in o.stats.entries()
            ],
        }, ensure_ascii=False, indent=2))
    elif args.format == "gitlab":
        print(cireport.gitlab_codequality(project.diagnostics, args.path))
    else:
        for diagnostic in project.diagnostics:
            print(cireport.github_command(diagnostic, args.path) if args.format == "github" else diagnostic.format())
        for line in _summary_lines(project):
            print(line)
        verdict = "data sah" if project.ok else "data TIDAK sah; situs tidak akan dibangun"
        print(f"Hasil: {len(project.offices)} kantor, {len(project.plans)} rencana aksi; "
              f"{errors} galat, {warnings} peringatan: {verdict}.")
    return 0 if project.ok else 1


def _baris(args: argparse.Namespace) -> int:
    root = Path(args.folder)
    if not root.is_dir():
        print(f"zisite: galat: folder '{args.folder}' tidak ditemukan", file=sys.stderr)
        return 2
    slugs = office_slugs(root)
    kantor, tahun = args.kantor, args.tahun
    if tahun is None and kantor is not None and kantor.isdigit() and kantor not in slugs:
        kantor, tahun = None, kantor  # `zisite baris 2025` in a one-office repository
    if tahun is not None and not (len(tahun) == 4 and tahun.isascii() and tahun.isdigit()):
        print(f"zisite: galat: '{tahun}' bukan tahun; tulis misalnya 2026", file=sys.stderr)
        return 2
    try:
        slug = rowlist.choose_office(slugs, kantor)
        files = plan_files(root, slug)
        year = rowlist.choose_year(list(files), None if tahun is None else int(tahun), slug)
    except rowlist.Refused as refused:
        print(f"zisite: galat: {refused}", file=sys.stderr)
        return 2
    project = load_project(root, only_office=slug)
    office = project.office(slug)
    entry = next((e for e in office.plans if e.plan.tahun == year), None) if office else None
    if entry is None:
        print(f"zisite: galat: {files[year]} belum dapat dibaca karena ada galat data; jalankan "
              f"`zisite check --kantor {slug}` untuk melihat dan memperbaikinya", file=sys.stderr)
        return 1
    stem = entry.file.rsplit(".", 1)[0]
    for line in rowlist.report(entry.plan, office.office.nama_singkat, entry.file,
                               entry.realisasi_file or f"{stem}.realisasi.yaml", " ".join(args.cari)):
        print(line)
    return 0


def _schema(args: argparse.Namespace) -> int:
    output = Path(args.output) if args.output else Path(args.path) / "schemas"
    for path in write_schemas(output):
        print(f"ditulis: {path.as_posix()}")
    return 0


def _config_file(args: argparse.Namespace) -> Path | None:
    config = Path(args.config)
    if not config.is_file():
        print(f"zisite: galat: berkas konfigurasi '{args.config}' tidak ditemukan", file=sys.stderr)
        if args.config == "mkdocs.yml":
            print("    petunjuk: jalankan perintah ini di folder repositori kantor (yang berisi mkdocs.yml); "
                  "pindah dulu ke sana, misalnya cd kab-contoh", file=sys.stderr)
        return None
    return config


def _build(args: argparse.Namespace) -> int:
    from .engines import build  # imports the engine; only the commands that build need one

    config = _config_file(args)
    if config is None:
        return 2
    return build(args.engine, config, office=args.office, site_dir=Path(args.site_dir) if args.site_dir else None,
                 build_date=args.date)


def _serve(args: argparse.Namespace) -> int:
    from .engines.mkdocs import commands as engine  # imports MkDocs

    config = _config_file(args)
    if config is None:
        return 2
    return engine.serve(config, office=args.office, dev_addr=args.dev_addr, build_date=args.date)


def _deploy(args: argparse.Namespace) -> int:
    from .deploy.command import run  # imports MkDocs via the build

    return run(args)


def _preview(args: argparse.Namespace) -> int:
    from . import preview

    site, out = Path(args.situs), Path(args.keluar)
    if not (site / "index.html").is_file():
        print(f"zisite: galat: '{args.situs}' bukan folder situs hasil bangunan (tidak ada index.html di "
              "dalamnya)", file=sys.stderr)
        print("    petunjuk: jalankan `zisite build` dulu; situsnya ada di folder site", file=sys.stderr)
        return 2
    if out.exists():
        print(f"zisite: galat: folder '{args.keluar}' sudah ada; `zisite pratinjau` tidak menimpa apa pun",
              file=sys.stderr)
        print("    petunjuk: hapus folder itu atau pilih nama lain", file=sys.stderr)
        return 2
    pages = preview.write(site, out)
    print(f"Pratinjau {pages} halaman ditulis di {out.as_posix()}/; buka {(out / 'index.html').as_posix()} di peramban.")
    return 0


def _init(args: argparse.Namespace) -> int:
    from .scaffold import run

    return run(args)


def _impor(args: argparse.Namespace) -> int:
    from .impor.command import run

    return run(args)


def _ekspor(args: argparse.Namespace) -> int:
    from .ekspor.command import run

    return run(args)


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    handlers = {"check": _check, "baris": _baris, "schema": _schema, "build": _build, "serve": _serve,
                "deploy": _deploy, "pratinjau": _preview, "init": _init, "impor": _impor, "ekspor": _ekspor}
    return handlers[args.command](args)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
