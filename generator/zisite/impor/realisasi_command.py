"""``zisite impor BERKAS --jenis realisasi``: the filled realisasi sheet → plans/KANTOR/TAHUN.realisasi.yaml.

The records are checked by the real checker (the model, then the rules against the plan) before
anything is written; each problem is shown at its sheet!cell. Exit codes as ``zisite impor``.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from .guard import Refused


def _project_root(target: Path) -> Path:
    resolved = target.resolve()
    return resolved.parent.parent.parent if resolved.parent.parent.name == "plans" else Path.cwd()


def _places(text: str) -> dict[int, tuple[int, str]]:
    """YAML line (1-based) → (record index, the key written on that line)."""
    found, index = {}, -1
    for number, line in enumerate(text.splitlines(), 1):
        if line.startswith("  - "):
            index += 1
        key = re.match(r"\s*(?:- )?([a-z_]+):", line)
        if index >= 0 and key:
            found[number] = (index, key[1])
    return found


def run(args: argparse.Namespace, source: Path, target: Path, tables) -> int:
    """``tables``: the file as read (guarded)."""
    from ..checks.realisasi import check_realisasi
    from ..checks.validate import validate
    from ..diagnostics import Severity
    from ..load import load_project
    from ..load.yaml import load_text
    from ..models import Realisasi
    from . import realisasi_sheet, write
    from .command import _error, save

    try:
        sheet = realisasi_sheet.read(tables)
    except Refused as refused:
        _error(refused.message, refused.hint)
        return 1
    root = _project_root(target)
    project = load_project(root, only_office=args.kantor)
    office = project.office(args.kantor)
    entry = next((e for e in office.plans if e.plan.tahun == args.tahun), None) if office else None
    if entry is None:
        _error(f"rencana aksi {args.tahun} kantor '{args.kantor}' tidak ditemukan atau bergalat di {root.as_posix()}",
              "realisasi diperiksa terhadap rencananya; jalankan di folder proyek, lalu `zisite check`")
        return 1
    data = {"kantor": args.kantor, "tahun": args.tahun, "realisasi": sheet.records}
    comment = write.schema_comment(target, Path.cwd()).replace("plan.schema.json", "realisasi.schema.json")
    text = write.to_yaml(data, comment)
    problems = [f"{n.where}: {n.message}" for n in sheet.problems]
    warnings: list[str] = []
    loaded, syntax = load_text(text, target.name)
    model, invalid = validate(loaded, Realisasi) if loaded else (None, syntax)
    found = list(invalid)
    if model is not None and not sheet.problems:
        found += check_realisasi(model, entry.plan, loaded, root / "content" / "offices" / args.kantor, root)
    lines = _places(text)
    for d in found:
        index, key = lines.get(d.line, (None, None))
        place = sheet.places[index] if index is not None else {}
        where = place.get(key) or place.get("baris") or sheet.sheet
        said = f"{where}: {d.message}" + (f" ({d.hint})" if d.hint else "")
        (problems if d.severity is Severity.ERROR else warnings).append(said)
    print(f"Impor realisasi {source.name} (lembar {sheet.sheet})" + ("" if args.periksa or problems
                                                                     else f" → {target.as_posix()}"))
    print(f"Ringkasan: {len(sheet.records)} realisasi, {sheet.skipped} baris belum diisi dilewati.")
    if warnings:
        print(f"Peringatan ({len(warnings)}):")
        print("\n".join(f"  - {w}" for w in warnings))
    if problems:
        _error(f"{len(problems)} isian realisasi belum sah; tidak ada berkas ditulis",
              "perbaiki sel yang disebut di lembar Excel lalu impor lagi")
        for problem in problems:
            print(f"  - {problem}", file=sys.stderr)
        return 1
    return 0 if args.periksa else save(target, text)
