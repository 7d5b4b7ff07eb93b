"""Open data: every plan, its realisasi and computed Monev status as CSV and JSON, described by a
Frictionless data package.

CSV holds plain text (term markup removed) and the parsed forms beside the verbatim cells, so a
spreadsheet user gets both what was signed and what it means.
"""

from __future__ import annotations

import csv
import io
import json
import re
from typing import TYPE_CHECKING

from ..domain.levers import LEVER_BY_SLUG
from ..domain.progress import Status
from ..domain.rows import extra_value, walk
from ..models import Office, Plan
from ..text import strings as say
from .markup import plain

if TYPE_CHECKING:
    from .monev import MonevPlan

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


def plan_fields(plan: Plan) -> tuple[tuple[str, str, str], ...]:
    """The plan table's fields: the standard ones, then the plan's declared extra columns in their order."""
    return PLAN_FIELDS + tuple(
        (c.kunci, "string", say.DATA_EXTRA_COLUMN.format(title=plain(c.judul), separator=SEPARATOR.strip()))
        for c in plan.extra_columns())


def plan_records(slug: str, plan: Plan) -> list[dict[str, object]]:
    records = []
    extras = [c.kunci for c in plan.extra_columns()]
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
            **{key: SEPARATOR.join(plain(v) for v in extra_value(found, key)[1]) for key in extras},
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


FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n", "\0", "\uff1d", "\uff0b", "\uff0d", "\uff20")
"""A spreadsheet runs a cell beginning with one of these as a formula (OWASP "CSV Injection": = + - @
tab CR; ASVS adds NUL; LF and the full-width = + - @ that some spreadsheets also accept, to be safe)."""
NUMERIC_TYPES = frozenset({"integer", "number"})
_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")


def neutralise(value: object, numeric: bool = False) -> object:
    """A CSV cell a spreadsheet shows as text: a text beginning with a formula trigger gets a leading
    ``'`` (OWASP). Non-text values, and a number in a numeric column (e.g. ``-3``), stay as they are."""
    if not isinstance(value, str) or not value.startswith(FORMULA_TRIGGERS):
        return value
    if numeric and _NUMBER.fullmatch(value):
        return value
    return "'" + value


def table_csv(fields, records) -> bytes:
    """Records as CSV with the header ``fields`` names; true/false spelled out (a plan is ``table_csv(PLAN_FIELDS, …)``).

    Text cells are neutralised for spreadsheets (:func:`neutralise`); the JSON and YAML downloads stay verbatim.
    """
    numeric = {name for name, kind, *_ in fields if kind in NUMERIC_TYPES}
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=[name for name, *_ in fields], lineterminator="\r\n")
    writer.writeheader()
    for record in records:
        writer.writerow({k: ("true" if v is True else "false" if v is False else neutralise(v, k in numeric))
                         for k, v in record.items()})
    return out.getvalue().encode("utf-8")


def table_json(records) -> bytes:
    return (json.dumps(records, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")


PRIMARY_KEYS = {"wbs-dim": None, "realisasi": None, "monev-status": ["tahun", "baris"],
                "statistik-kategori": ["tahun", "periode", "statistik", "rincian", "kategori"]}


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
                "fields": [{"name": n, "type": t, "description": d} for n, t, d in plan_fields(plan)],
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


# ---------------------------------------------------------------- Monev: realisasi and computed status

REALISASI_FIELDS = (
    ("tahun", "integer", "Tahun rencana aksi."),
    ("baris", "string", "Kode baris: bagian.kelompok.aksi.baris, dihitung dari 1."),
    ("target_ke", "integer", "Target ke berapa pada baris dengan beberapa target."),
    ("tanggal", "date", "Tanggal pelaksanaan, bila tercatat."),
    ("bulan", "string", "Bulan pelaksanaan (TTTT-BB)."),
    ("kegiatan", "string", "Apa yang dilaksanakan."),
    ("jumlah", "integer", "Capaian dalam satuan target baris."),
    ("status", "string", "selesai atau batal, bila dicatat."),
    ("alasan", "string", "Alasan pembatalan."),
    ("bukti", "string", "Alamat bukti dukung, dipisah ' | '."),
    ("contoh", "boolean", "true bila ini data contoh, bukan data resmi."),
)
STATUS_FIELDS = (
    ("tahun", "integer", "Tahun rencana aksi."),
    ("baris", "string", "Kode baris: bagian.kelompok.aksi.baris, dihitung dari 1."),
    ("uraian", "string", "Isi sel baris (indikator atau langkah aksi)."),
    ("status", "string", "Status pada tanggal penilaian: " + ", ".join(s.value for s in Status) + "."),
    ("capaian", "string", "Capaian dibanding target, per target."),
    ("jatuh_tempo_berikut", "string", "Bulan jatuh tempo berikutnya yang belum terpenuhi."),
    ("tanggal_penilaian", "date", "Tanggal yang dipakai untuk menghitung status (tanggal pembangunan situs)."),
    ("contoh", "boolean", "true bila realisasinya data contoh."),
)


def monev_tables(plan_entries, monev_plans: dict[int, MonevPlan], evidence_url) -> list[tuple[str, str, tuple, list[dict]]]:
    """Realisasi and computed status as open-data tables (name, title, fields, records), from the
    assessments the Monev page already made (``monev_plans``: year → MonevPlan)."""
    realisasi_rows, status_rows = [], []
    for entry in plan_entries:
        plan, realisasi = entry.plan, entry.realisasi
        contoh = bool(realisasi and realisasi.contoh)
        for record in (realisasi.realisasi if realisasi else ()):
            realisasi_rows.append({
                "tahun": plan.tahun, "baris": record.baris, "target_ke": record.target_ke or 1,
                "tanggal": record.tanggal.isoformat() if record.tanggal else "", "bulan": "%04d-%02d" % record.month,
                "kegiatan": record.kegiatan, "jumlah": record.amount, "status": record.status or "",
                "alasan": record.alasan or "",
                "bukti": " | ".join(b.url or evidence_url(b.berkas) for b in record.bukti), "contoh": contoh})
        monev = monev_plans[plan.tahun]
        for row in monev.progress.rows:
            view = monev.views[row.code]
            status_rows.append({"tahun": plan.tahun, "baris": row.code, "uraian": view.title, "status": row.status.value,
                                "capaian": view.progress, "jatuh_tempo_berikut": view.next_due if row.next_due else "",
                                "tanggal_penilaian": monev.on.isoformat(), "contoh": contoh})
    out = []
    if realisasi_rows:
        out.append(("realisasi", say.MONEV_REALISASI_TABLE, REALISASI_FIELDS, realisasi_rows))
    if status_rows:
        out.append(("monev-status", say.MONEV_STATUS_TABLE, STATUS_FIELDS, status_rows))
    return out
