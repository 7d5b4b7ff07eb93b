"""Open data: every plan as CSV and JSON, described by a Frictionless data package.

CSV holds plain text (term markup removed) and the parsed forms beside the verbatim cells, so a
spreadsheet user gets both what was signed and what it means.
"""

from __future__ import annotations

import csv
import io
import json

from ..domain.levers import LEVER_BY_SLUG
from ..domain.rows import walk
from ..models import Office, Plan
from ..text import strings as say
from .markup import plain

SEPARATOR = " | "  # between the values of a cell that holds several

PLAN_FIELDS: tuple[tuple[str, str, str], ...] = (
    ("kantor", "string", "Slug kantor."),
    ("tahun", "integer", "Tahun rencana aksi."),
    ("urutan", "integer", "Urutan baris dalam rencana aksi, mulai 1."),
    ("bagian_nomor", "string", "Nomor bagian seperti tercetak."),
    ("bagian", "string", "Judul bagian (tingkat 1)."),
    ("pengungkit", "string", "Komponen pengungkit ZI yang dilayani bagian ini."),
    ("kelompok_nomor", "string", "Nomor kelompok seperti tercetak."),
    ("kelompok", "string", "Isi kelompok (tingkat 2)."),
    ("aksi_nomor", "string", "Nomor aksi seperti tercetak."),
    ("aksi", "string", "Isi aksi (tingkat 3)."),
    ("baris_nomor", "string", "Nomor baris seperti tercetak."),
    ("baris", "string", "Isi baris (tingkat 4)."),
    ("bukti_fisik", "string", "Bukti fisik; beberapa nilai dipisah ' | '."),
    ("target_waktu", "string", "Target waktu seperti tercetak; beberapa nilai dipisah ' | '."),
    ("jenis_jadwal", "string", "Jenis jadwal hasil pembacaan target waktu (bulan, rentang, berulang, durasi, peristiwa, tidak_dikenali, kosong)."),
    ("jadwal", "string", "Target waktu yang dinormalkan."),
    ("target_capaian", "string", "Target capaian seperti tercetak; beberapa nilai dipisah ' | '."),
    ("jumlah_target", "string", "Jumlah target hasil pembacaan target capaian; beberapa nilai dipisah ' | '."),
    ("satuan_target", "string", "Satuan target capaian; beberapa nilai dipisah ' | '."),
)


def plan_records(slug: str, plan: Plan) -> list[dict[str, object]]:
    records = []
    for order, found in enumerate(walk(plan), start=1):
        area, sub, action, row = found.area, found.group, found.action, found.row
        schedules = row.schedules(plan.tahun)
        targets = row.targets()
        records.append({
            "kantor": slug,
            "tahun": plan.tahun,
            "urutan": order,
            "bagian_nomor": area.nomor or "",
            "bagian": plain(area.judul),
            "pengungkit": LEVER_BY_SLUG[area.pengungkit].name if area.pengungkit else "",
            "kelompok_nomor": sub.nomor or "",
            "kelompok": plain(sub.judul),
            "aksi_nomor": action.nomor or "",
            "aksi": plain(action.uraian),
            "baris_nomor": row.nomor or "",
            "baris": plain(row.uraian),
            "bukti_fisik": SEPARATOR.join(plain(v) for v in row.bukti_fisik),
            "target_waktu": SEPARATOR.join(row.target_waktu),
            "jenis_jadwal": SEPARATOR.join(str(s.kind) for s in schedules) or "kosong",
            "jadwal": SEPARATOR.join(s.label for s in schedules),
            "target_capaian": SEPARATOR.join(row.target_capaian),
            "jumlah_target": SEPARATOR.join("" if t.amount is None else str(t.amount) for t in targets),
            "satuan_target": SEPARATOR.join(t.unit or "" for t in targets),
        })
    return records


def plan_json(slug: str, plan: Plan, records: list[dict[str, object]]) -> bytes:
    """The plan as signed (verbatim, with term markup) plus the parsed rows.

    Compact on purpose: the C encoder is several times faster than an indented dump, and the
    file is for programs (the CSV is for people).
    """
    document = {
        "kantor": slug,
        "rencana_aksi": plan.model_dump(mode="json", exclude_none=True),
        "baris": records,
    }
    return (json.dumps(document, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")


def table_csv(fields, records) -> bytes:
    """Records as CSV with the header ``fields`` names; true/false spelled out (a plan is ``table_csv(PLAN_FIELDS, …)``)."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=[name for name, *_ in fields], lineterminator="\r\n")
    writer.writeheader()
    for record in records:
        writer.writerow({k: ("true" if v is True else "false" if v is False else v) for k, v in record.items()})
    return out.getvalue().encode("utf-8")


def table_json(records) -> bytes:
    return (json.dumps(records, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")


PRIMARY_KEYS = {"wbs-dim": None, "realisasi": None, "monev-status": ["tahun", "baris"]}


def datapackage(slug: str, office: Office, plans: list[Plan], tables=()) -> bytes:
    resources = []
    for plan in plans:
        resources.append({
            "name": f"rencana-aksi-{plan.tahun}",
            "title": say.DATA_PLAN_TITLE.format(office=office.nama_singkat, year=plan.tahun),
            "path": f"rencana-aksi-{plan.tahun}.csv",
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
            "schema": {
                "fields": [{"name": n, "type": t, "description": d} for n, t, d in PLAN_FIELDS],
                "primaryKey": ["urutan"],
            },
        })
    for name, title, fields, _records in tables:
        resources.append({
            "name": name,
            "title": say.DATA_TABLE_TITLE.format(title=title, office=office.nama_singkat),
            "path": f"{name}.csv",
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
            "schema": {"fields": [{"name": n, "type": t, "description": d} for n, t, d in fields],
                       "primaryKey": PRIMARY_KEYS.get(name, ["tahun", "periode"])},
        })
        if resources[-1]["schema"]["primaryKey"] is None:
            del resources[-1]["schema"]["primaryKey"]
    package = {
        "name": f"zona-integritas-{slug}",
        "title": say.DATA_PACKAGE_TITLE.format(office=office.nama_singkat),
        "description": say.DATA_PACKAGE_DESCRIPTION.format(office_name=office.nama),
        "resources": resources,
    }
    return (json.dumps(package, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
