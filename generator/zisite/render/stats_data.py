"""Statistics as open data: one CSV (and JSON) per kind over all years, with field schemas.

The survey resource has the fields ``periode, responden, u1 … u9, ikm, mutu`` so that results
can be compared across offices; the element averages and ``ikm_tepat`` keep every digit (the IKM
can be recomputed from the CSV), ``ikm`` is the value as the page shows it and ``ikm_terbit`` the
one the office published. Counts are plain numbers; ``catatan_angka`` says which were approximate
or written another way, and per-category counts (pelapor, jenis objek, hasil) are one long table.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..domain.periods import covered
from ..domain.survey import SKM_ELEMENTS, exact_decimal, round_half_up
from ..models.stats import CHANNELS, Figure, Vague
from ..text import strings as say
from ..text.format import desimal
from .stats_sections import total

Field = tuple[str, str, str]  # name, Frictionless type, description

COMMON: tuple[Field, ...] = (
    ("tahun", "integer", "Tahun data."),
    ("periode", "string", "Periode, misalnya 'Triwulan I'."),
    ("contoh", "boolean", "true bila angka ini data contoh, bukan data resmi."),
)


def _n(value):
    """A count for a number column: empty when the file gives none, or only a word ("puluhan")."""
    return "" if value is None or isinstance(value, Vague) else value


def _decimal(value) -> str:
    return "" if value is None else f"{float(value):.2f}"


def _figure_notes(p) -> str:
    """"penerimaan: sekitar 4; nilai_rupiah: ditulis Rp1,5 miliar" for the figures of one period."""
    out = []
    for field in type(p).model_fields:
        value = getattr(p, field)
        if isinstance(value, Figure | Vague) and (value.approx or value.written.replace(".", "") != str(int(value))):
            # thousands dots alone ("1.254") say nothing the number column does not
            out.append(f"{field}: {value.written}" if value.approx else f"{field}: ditulis {value.written}")
    return "; ".join(out)


def _notes(p) -> dict:
    return {"catatan": p.catatan or "", "catatan_angka": _figure_notes(p)}


def complaint_rows(entries):
    for e in entries:
        for p in sorted(e.data.periode, key=lambda p: p.periode.sort_key):
            row = {"tahun": e.tahun, "periode": p.periode.label, "contoh": e.contoh, "diterima": _n(p.diterima),
                   "diproses": _n(p.diproses), "selesai": _n(p.selesai),
                   "tidak_memenuhi_syarat": _n(p.tidak_memenuhi_syarat), "diteruskan": _n(p.diteruskan),
                   "rata_rata_hari_tindak_lanjut": _n(p.rata_rata_hari_tindak_lanjut)}
            for key in CHANNELS:
                row[f"saluran_{key}"] = _n(getattr(p.saluran, key)) if p.saluran else ""
            row.update(_notes(p))
            yield row


def gratuity_rows(entries):
    for e in entries:
        for p in sorted(e.data.periode, key=lambda p: p.periode.sort_key):
            d = p.keputusan_kpk
            yield {"tahun": e.tahun, "periode": p.periode.label, "contoh": e.contoh, "nihil": p.is_nihil,
                   "penerimaan": 0 if p.is_nihil else _n(p.penerimaan), "penolakan": 0 if p.is_nihil else _n(p.penolakan),
                   "nilai_rupiah": _n(p.nilai_rupiah),
                   "milik_negara": _n(d and d.milik_negara), "milik_penerima": _n(d and d.milik_penerima),
                   "dalam_proses": _n(d and d.dalam_proses), "objek": _n(p.objek), **_notes(p)}


def wbs_rows(entries):
    for e in entries:
        for p in sorted(e.data.periode, key=lambda p: p.periode.sort_key):
            yield {"tahun": e.tahun, "periode": p.periode.label, "contoh": e.contoh, "diterima": _n(p.diterima),
                   "ditindaklanjuti": _n(p.ditindaklanjuti), "tidak_ditindaklanjuti": _n(p.tidak_ditindaklanjuti),
                   "diteruskan": _n(p.diteruskan), **_notes(p)}


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
            row.update({key: "" if (v := r.nrr_of(key)) is None else exact_decimal(v) for key in SKM_ELEMENTS})
            row.update({"jumlah_unsur": len(r.elements), "ikm_tepat": exact_decimal(r.value), "ikm": _decimal(r.shown),
                        "ikm_terbit": "" if p.ikm_terbit is None else _decimal(round_half_up(p.ikm_terbit)),
                        "alasan_selisih": p.alasan_selisih or "", "mutu": r.grade.mutu})
            yield row


CATEGORY_LISTS = {"pengaduan": ("hasil",), "gratifikasi": ("pelapor", "jenis_objek")}


def category_rows(stats):
    """Counts per declared category, one row each (long format: any office's names fit one schema)."""
    for kind, fields in CATEGORY_LISTS.items():
        for e in getattr(stats, kind):
            for p in sorted(e.data.periode, key=lambda p: p.periode.sort_key):
                for field in fields:
                    for name, n in getattr(p, field).items():
                        yield {"tahun": e.tahun, "periode": p.periode.label, "contoh": e.contoh, "statistik": kind,
                               "rincian": field, "kategori": name, "jumlah": _n(n),
                               "perkiraan": isinstance(n, Figure | Vague) and n.approx}


def ipak_rows(entries):
    for e in entries:
        for p in sorted(e.data.spak, key=lambda p: p.periode.sort_key):
            yield {"tahun": e.tahun, "periode": p.periode.label, "contoh": e.contoh, "responden": p.responden,
                   "ipak": _decimal(p.result().shown)}


COUNT = "integer"
NOTES: tuple[Field, ...] = (
    ("catatan", "string", "Catatan kantor untuk periode ini."),
    ("catatan_angka", "string", "Angka yang ditulis perkiraan ('sekitar 40') atau dengan cara lain ('Rp1,5 miliar')."),
)
RESOURCES: dict[str, tuple[str, str, tuple[Field, ...], object]] = {
    # name: (stats kind, title, fields after COMMON, rows function)
    "pengaduan": ("pengaduan", "Statistik pengaduan masyarakat", (
        ("diterima", COUNT, "Pengaduan diterima."), ("diproses", COUNT, "Masih diproses."),
        ("selesai", COUNT, "Selesai ditindaklanjuti."), ("tidak_memenuhi_syarat", COUNT, "Tidak memenuhi syarat."),
        ("diteruskan", COUNT, "Diteruskan ke instansi lain."),
        ("rata_rata_hari_tindak_lanjut", "number", "Rata-rata hari kerja sampai ditindaklanjuti."),
        *((f"saluran_{key}", COUNT, f"Pengaduan lewat {label}.") for key, label in CHANNELS.items()),
        *NOTES,
    ), complaint_rows),
    "gratifikasi": ("gratifikasi", "Laporan gratifikasi", (
        ("nihil", "boolean", "true bila tidak ada laporan pada periode ini."),
        ("penerimaan", COUNT, "Laporan penerimaan gratifikasi."), ("penolakan", COUNT, "Laporan penolakan gratifikasi."),
        ("nilai_rupiah", COUNT, "Taksiran nilai yang dilaporkan (rupiah)."),
        ("milik_negara", COUNT, "Ditetapkan KPK menjadi milik negara."),
        ("milik_penerima", COUNT, "Ditetapkan KPK menjadi milik penerima."),
        ("dalam_proses", COUNT, "Belum ditetapkan KPK."),
        ("objek", COUNT, "Banyaknya objek gratifikasi yang dilaporkan."),
        *NOTES,
    ), gratuity_rows),
    "wbs": ("wbs", "Laporan Whistleblowing System", (
        ("diterima", COUNT, "Laporan diterima."), ("ditindaklanjuti", COUNT, "Ditindaklanjuti."),
        ("tidak_ditindaklanjuti", COUNT, "Tidak ditindaklanjuti."), ("diteruskan", COUNT, "Diteruskan."),
        *NOTES,
    ), wbs_rows),
    "wbs-dim": ("wbs", "Daftar inventaris masalah (DIM) WBS", (
        ("masalah", "string", "Masalah yang ditemukan."), ("tindak_lanjut", "string", "Tindak lanjut."),
        ("status", "string", "selesai, proses atau belum."),
    ), dim_rows),
    "survei": ("survei", "Survei Kepuasan Masyarakat: Indeks Kepuasan Masyarakat (IKM)", (
        ("responden", COUNT, "Banyaknya responden."),
        *((key, "number", f"Nilai rata-rata unsur {key.upper()} (skala 1–4), tanpa pembulatan; kosong bila "
                          "unsur ini tidak diterbitkan.") for key in SKM_ELEMENTS),
        ("jumlah_unsur", COUNT, "Banyaknya unsur yang dihitung (N); setiap unsur berbobot 1/N."),
        ("ikm_tepat", "number", "IKM tanpa pembulatan: rata-rata u1 … u9 yang terisi × 25."),
        ("ikm", "number", "Indeks Kepuasan Masyarakat (25–100), PermenPANRB 14/2017, dibulatkan 2 desimal seperti di situs."),
        ("ikm_terbit", "number", "IKM seperti diterbitkan kantor, bila dicatat."),
        ("alasan_selisih", "string", "Alasan IKM terbit berbeda dari hasil hitungan."),
        ("mutu", "string", "Mutu pelayanan: A, B, C atau D."),
    ), skm_rows),
    "ipak": ("survei", "Indeks Persepsi Anti Korupsi (IPAK)", (
        ("responden", COUNT, "Banyaknya responden."),
        ("ipak", "number", "Rata-rata nilai unsur SPAK pada skala 1–4."),
    ), ipak_rows),
}


CATEGORY_FIELDS: tuple[Field, ...] = (
    ("statistik", "string", "Jenis statistik: pengaduan atau gratifikasi."),
    ("rincian", "string", "Rincian: hasil (pengaduan), pelapor atau jenis_objek (gratifikasi)."),
    ("kategori", "string", "Nama kategori seperti ditulis kantor."),
    ("jumlah", COUNT, "Banyaknya pada kategori ini; kosong bila kantor hanya menulis kata ('puluhan')."),
    ("perkiraan", "boolean", "true bila kantor menulisnya sebagai perkiraan ('sekitar …', 'puluhan')."),
)


def stats_tables(stats) -> list[tuple[str, str, tuple[Field, ...], list[dict]]]:
    """(name, title, fields, records) for every kind the office has data for."""
    out = []
    for name, (kind, title, fields, rows) in RESOURCES.items():
        entries = getattr(stats, kind)
        records = list(rows(entries)) if entries else []
        if records:
            out.append((name, title, COMMON + tuple(fields), records))
    if categories := list(category_rows(stats)):
        out.append(("statistik-kategori", "Statistik per kategori kantor", COMMON + CATEGORY_FIELDS, categories))
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


def _span(entry) -> str:
    """The year of a file, or the part of it its periods cover ("Triwulan I–III 2026")."""
    return covered([p.periode for p in entry.data.periode], entry.tahun) or str(entry.tahun)


_total = total  # as the statistics pages say a total: "sekitar 40", "12 ditambah puluhan"


def headline_figures(stats) -> HeadlineFigures | None:
    """The newest year's headline numbers of one office, for comparing offices side by side."""
    out: dict[str, str] = {}
    contoh = False
    if stats.pengaduan:
        e = stats.pengaduan[-1]
        out["pengaduan"] = say.HEADLINE_COUNT.format(count=_total(p.diterima for p in e.data.periode), year=_span(e))
        contoh |= e.contoh
    if stats.gratifikasi:
        e = stats.gratifikasi[-1]
        reports = [n for p in e.data.periode for n in (p.penerimaan, p.penolakan) if n is not None]
        out["gratifikasi"] = (say.HEADLINE_COUNT.format(count=_total(reports), year=_span(e)) if any(reports)
                              else say.HEADLINE_NIHIL.format(year=_span(e)))
        contoh |= e.contoh
    if stats.wbs:
        e = stats.wbs[-1]
        out["wbs"] = say.HEADLINE_COUNT.format(count=_total(p.diterima for p in e.data.periode), year=_span(e))
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
