"""Statistics as open data: one CSV (and JSON) per kind over all years, with field schemas.

The survey resource has the fields ``periode, responden, u1 … u9, ikm, mutu`` so that results
can be compared across offices.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..domain.survey import SKM_ELEMENTS
from ..models.stats import CHANNELS
from ..text import strings as say
from ..text.format import angka, desimal

Field = tuple[str, str, str]  # name, Frictionless type, description

COMMON: tuple[Field, ...] = (
    ("tahun", "integer", "Tahun data."),
    ("periode", "string", "Periode, misalnya 'Triwulan I'."),
    ("contoh", "boolean", "true bila angka ini data contoh, bukan data resmi."),
)


def _n(value):
    return "" if value is None else value


def _decimal(value) -> str:
    return "" if value is None else f"{float(value):.2f}"


def complaint_rows(entries):
    for e in entries:
        for p in sorted(e.data.periode, key=lambda p: p.periode.sort_key):
            row = {"tahun": e.tahun, "periode": p.periode.label, "contoh": e.contoh, "diterima": p.diterima,
                   "diproses": _n(p.diproses), "selesai": _n(p.selesai),
                   "tidak_memenuhi_syarat": _n(p.tidak_memenuhi_syarat), "diteruskan": _n(p.diteruskan),
                   "rata_rata_hari_tindak_lanjut": _n(p.rata_rata_hari_tindak_lanjut)}
            for key in CHANNELS:
                row[f"saluran_{key}"] = _n(getattr(p.saluran, key)) if p.saluran else ""
            yield row


def gratuity_rows(entries):
    for e in entries:
        for p in sorted(e.data.periode, key=lambda p: p.periode.sort_key):
            d = p.keputusan_kpk
            yield {"tahun": e.tahun, "periode": p.periode.label, "contoh": e.contoh, "nihil": p.is_nihil,
                   "penerimaan": 0 if p.is_nihil else _n(p.penerimaan), "penolakan": 0 if p.is_nihil else _n(p.penolakan),
                   "nilai_rupiah": _n(p.nilai_rupiah),
                   "milik_negara": _n(d and d.milik_negara), "milik_penerima": _n(d and d.milik_penerima),
                   "dalam_proses": _n(d and d.dalam_proses)}


def wbs_rows(entries):
    for e in entries:
        for p in sorted(e.data.periode, key=lambda p: p.periode.sort_key):
            yield {"tahun": e.tahun, "periode": p.periode.label, "contoh": e.contoh, "diterima": p.diterima,
                   "ditindaklanjuti": _n(p.ditindaklanjuti), "tidak_ditindaklanjuti": _n(p.tidak_ditindaklanjuti),
                   "diteruskan": _n(p.diteruskan)}


def dim_rows(entries):
    for e in entries:
        for item in e.data.dim:
            yield {"tahun": e.tahun, "periode": item.periode.label, "contoh": e.contoh, "masalah": item.masalah,
                   "tindak_lanjut": item.tindak_lanjut or "", "status": item.status}


def skm_rows(entries):
    for e in entries:
        for p in sorted(e.data.skm, key=lambda p: p.periode.sort_key):
            r = p.result()
            row = {"tahun": e.tahun, "periode": p.periode.label, "contoh": e.contoh, "responden": p.responden}
            row.update({key: _decimal(v) for key, v in zip(SKM_ELEMENTS, r.nrr_shown)})
            row.update({"ikm": _decimal(r.shown), "mutu": r.grade.mutu})
            yield row


def ipak_rows(entries):
    for e in entries:
        for p in sorted(e.data.spak, key=lambda p: p.periode.sort_key):
            yield {"tahun": e.tahun, "periode": p.periode.label, "contoh": e.contoh, "responden": p.responden,
                   "ipak": _decimal(p.result().shown)}


COUNT = "integer"
RESOURCES: dict[str, tuple[str, str, tuple[Field, ...], object]] = {
    # name: (stats kind, title, fields after COMMON, rows function)
    "pengaduan": ("pengaduan", "Statistik pengaduan masyarakat", (
        ("diterima", COUNT, "Pengaduan diterima."), ("diproses", COUNT, "Masih diproses."),
        ("selesai", COUNT, "Selesai ditindaklanjuti."), ("tidak_memenuhi_syarat", COUNT, "Tidak memenuhi syarat."),
        ("diteruskan", COUNT, "Diteruskan ke instansi lain."),
        ("rata_rata_hari_tindak_lanjut", "number", "Rata-rata hari kerja sampai ditindaklanjuti."),
        *((f"saluran_{key}", COUNT, f"Pengaduan lewat {label}.") for key, label in CHANNELS.items()),
    ), complaint_rows),
    "gratifikasi": ("gratifikasi", "Laporan gratifikasi", (
        ("nihil", "boolean", "true bila tidak ada laporan pada periode ini."),
        ("penerimaan", COUNT, "Laporan penerimaan gratifikasi."), ("penolakan", COUNT, "Laporan penolakan gratifikasi."),
        ("nilai_rupiah", COUNT, "Taksiran nilai yang dilaporkan (rupiah)."),
        ("milik_negara", COUNT, "Ditetapkan KPK menjadi milik negara."),
        ("milik_penerima", COUNT, "Ditetapkan KPK menjadi milik penerima."),
        ("dalam_proses", COUNT, "Belum ditetapkan KPK."),
    ), gratuity_rows),
    "wbs": ("wbs", "Laporan Whistleblowing System", (
        ("diterima", COUNT, "Laporan diterima."), ("ditindaklanjuti", COUNT, "Ditindaklanjuti."),
        ("tidak_ditindaklanjuti", COUNT, "Tidak ditindaklanjuti."), ("diteruskan", COUNT, "Diteruskan."),
    ), wbs_rows),
    "wbs-dim": ("wbs", "Daftar inventaris masalah (DIM) WBS", (
        ("masalah", "string", "Masalah yang ditemukan."), ("tindak_lanjut", "string", "Tindak lanjut."),
        ("status", "string", "selesai, proses atau belum."),
    ), dim_rows),
    "survei": ("survei", "Survei Kepuasan Masyarakat (IKM)", (
        ("responden", COUNT, "Banyaknya responden."),
        *((key, "number", f"Nilai rata-rata unsur {key.upper()} (skala 1–4).") for key in SKM_ELEMENTS),
        ("ikm", "number", "Indeks Kepuasan Masyarakat (25–100), PermenPANRB 14/2017."),
        ("mutu", "string", "Mutu pelayanan: A, B, C atau D."),
    ), skm_rows),
    "ipak": ("survei", "Indeks Persepsi Anti Korupsi (IPAK)", (
        ("responden", COUNT, "Banyaknya responden."),
        ("ipak", "number", "Rata-rata nilai unsur SPAK pada skala 1–4."),
    ), ipak_rows),
}


def stats_tables(stats) -> list[tuple[str, str, tuple[Field, ...], list[dict]]]:
    """(name, title, fields, records) for every kind the office has data for."""
    out = []
    for name, (kind, title, fields, rows) in RESOURCES.items():
        entries = getattr(stats, kind)
        records = list(rows(entries)) if entries else []
        if records:
            out.append((name, title, COMMON + tuple(fields), records))
    return out


@dataclass(frozen=True)
class HeadlineFigures:
    """The newest year's headline numbers of one office; None where the office publishes no such data.

    Every field always exists, so a template reads any of them whatever subset of statistics kinds an
    office has (a dict with only the keys present broke the group home under ``StrictUndefined``)."""

    pengaduan: str | None = None
    gratifikasi: str | None = None
    wbs: str | None = None
    ikm: str | None = None
    contoh: str = ""


def headline_figures(stats) -> HeadlineFigures | None:
    """The newest year's headline numbers of one office, for comparing offices side by side."""
    out: dict[str, str] = {}
    contoh = False
    if stats.pengaduan:
        e = stats.pengaduan[-1]
        out["pengaduan"] = say.HEADLINE_COUNT.format(count=angka(sum(p.diterima for p in e.data.periode)), year=e.tahun)
        contoh |= e.contoh
    if stats.gratifikasi:
        e = stats.gratifikasi[-1]
        reports = sum((p.penerimaan or 0) + (p.penolakan or 0) for p in e.data.periode)
        out["gratifikasi"] = (say.HEADLINE_COUNT.format(count=angka(reports), year=e.tahun) if reports
                              else say.HEADLINE_NIHIL.format(year=e.tahun))
        contoh |= e.contoh
    if stats.wbs:
        e = stats.wbs[-1]
        out["wbs"] = say.HEADLINE_COUNT.format(count=angka(sum(p.diterima for p in e.data.periode)), year=e.tahun)
        contoh |= e.contoh
    if stats.survei and stats.survei[-1].data.skm:
        e = stats.survei[-1]
        last = sorted(e.data.skm, key=lambda p: p.periode.sort_key)[-1]
        r = last.result()
        out["ikm"] = say.HEADLINE_IKM.format(ikm=desimal(r.shown), grade=r.grade.mutu, period=last.periode.title(e.tahun))
        contoh |= e.contoh
    if not out:
        return None
    return HeadlineFigures(**out, contoh=say.HEADLINE_SAMPLE if contoh else "")
