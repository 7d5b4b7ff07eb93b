"""Statistics sections for the public pages: numbers → charts, summaries and tables.

Logic only (which numbers, which sentence); the markup lives in templates/stats/*.html and the
charts in render/charts.py. Each function takes one office's yearly files of one kind.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..domain.survey import IPAK_FORMULA, SKM_ELEMENT_NAMES
from ..models.stats import DIM_STATUS
from . import charts
from .charts import Series, format_number, format_percent


@dataclass(frozen=True)
class YearSection:
    """One statistics file (one year) ready for its template."""

    year: int
    contoh: bool
    catatan: str | None
    charts: tuple[charts.Chart, ...]
    lead: str  # the one sentence a hurried reader needs
    rows: tuple = ()  # extra rows for the template (nihil periods, DIM items, survey results)
    extra: dict | None = None


def _titles(periods, year: int) -> list[str]:
    return [p.periode.title(year) for p in periods]


def complaints(entries, prefix: str) -> list[YearSection]:
    out = []
    for entry in entries:
        data, year = entry.data, entry.tahun
        periods = sorted(data.periode, key=lambda p: p.periode.sort_key)
        names = _titles(periods, year)
        parts = [Series(label, [getattr(p, key) or 0 for p in periods]) for key, label in (
            ("selesai", "Selesai"), ("diproses", "Diproses"),
            ("tidak_memenuhi_syarat", "Tidak memenuhi syarat"), ("diteruskan", "Diteruskan"))]
        parts = [s for s in parts if any(s.values)] or parts[:1]
        last = periods[-1]
        done = last.selesai or 0
        lead = (f"Pada {names[-1]} diterima {format_number(last.diterima)} pengaduan; "
                f"{format_number(done)} selesai ({format_percent(done, last.diterima)})." if last.diterima
                else f"Tidak ada pengaduan yang diterima pada {names[-1]}.")
        received = charts.bar_chart(
            f"Pengaduan diterima per periode, {year}", names, [Series("Diterima", [p.diterima for p in periods])],
            "pengaduan", id_prefix=f"{prefix}-{year}-diterima", contoh=entry.contoh,
            nihil=f"Tidak ada pengaduan yang diterima sepanjang {year}.")
        status = charts.stacked_bar_chart(
            f"Status tindak lanjut pengaduan per periode, {year}", names, parts, "pengaduan",
            id_prefix=f"{prefix}-{year}-status", contoh=entry.contoh,
            nihil=f"Tidak ada pengaduan yang perlu ditindaklanjuti sepanjang {year}.")
        made = [received, status]
        channel_totals: dict[str, int] = {}
        for p in periods:
            if p.saluran:
                for _key, label, count in p.saluran.items():
                    channel_totals[label] = channel_totals.get(label, 0) + count
        if channel_totals:
            made.append(charts.bar_chart(
                f"Pengaduan menurut saluran masuk, {year}", list(channel_totals),
                [Series("Pengaduan", list(channel_totals.values()))], "pengaduan",
                id_prefix=f"{prefix}-{year}-saluran", contoh=entry.contoh, category_label="Saluran"))
        categories: dict[str, int] = {}
        for p in periods:
            for name, count in p.kategori.items():
                categories[name] = categories.get(name, 0) + count
        if categories:
            made.append(charts.bar_chart(
                f"Pengaduan menurut kategori, {year}", list(categories), [Series("Pengaduan", list(categories.values()))],
                "pengaduan", id_prefix=f"{prefix}-{year}-kategori", contoh=entry.contoh, category_label="Kategori"))
        days = [(n, p.rata_rata_hari_tindak_lanjut) for n, p in zip(names, periods) if p.rata_rata_hari_tindak_lanjut is not None]
        out.append(YearSection(year, entry.contoh, data.catatan, tuple(made), lead,
                               tuple((n, format_number(d, 1)) for n, d in days)))
    return out


def gratuities(entries, prefix: str) -> list[YearSection]:
    out = []
    for entry in entries:
        data, year = entry.data, entry.tahun
        periods = sorted(data.periode, key=lambda p: p.periode.sort_key)
        names = _titles(periods, year)
        nihil = [n for n, p in zip(names, periods) if p.is_nihil]
        received = [p.penerimaan or 0 for p in periods]
        refused = [p.penolakan or 0 for p in periods]
        if len(nihil) == len(periods):
            lead = f"Nihil: tidak ada laporan gratifikasi sepanjang {year}."
        else:
            lead = (f"Sepanjang {year} tercatat {format_number(sum(received))} laporan penerimaan dan "
                    f"{format_number(sum(refused))} laporan penolakan gratifikasi.")
        chart = charts.bar_chart(
            f"Laporan gratifikasi per periode, {year}", names,
            [Series("Penerimaan", received), Series("Penolakan", refused)], "laporan",
            id_prefix=f"{prefix}-{year}-laporan", contoh=entry.contoh,
            nihil=f"Nihil: tidak ada laporan gratifikasi sepanjang {year}.")
        rows = []
        for name, p in zip(names, periods):
            if p.is_nihil:
                rows.append((name, f"Nihil: tidak ada laporan gratifikasi pada {name}.", None, None))
            else:
                decision = p.keputusan_kpk
                rows.append((name, None,
                             None if p.nilai_rupiah is None else "Rp" + format_number(p.nilai_rupiah),
                             None if decision is None else
                             f"milik negara {decision.milik_negara}, milik penerima {decision.milik_penerima}, "
                             f"dalam proses {decision.dalam_proses}"))
        out.append(YearSection(year, entry.contoh, data.catatan, (chart,), lead, tuple(rows)))
    return out


def whistleblowing(entries, prefix: str) -> list[YearSection]:
    out = []
    for entry in entries:
        data, year = entry.data, entry.tahun
        periods = sorted(data.periode, key=lambda p: p.periode.sort_key)
        names = _titles(periods, year)
        total = sum(p.diterima for p in periods)
        followed = sum(p.ditindaklanjuti or 0 for p in periods)
        lead = (f"Sepanjang {year} diterima {format_number(total)} laporan WBS; "
                f"{format_number(followed)} ditindaklanjuti." if total else
                f"Tidak ada laporan WBS yang diterima sepanjang {year}.")
        chart = charts.bar_chart(
            f"Laporan Whistleblowing System per periode, {year}", names,
            [Series("Diterima", [p.diterima for p in periods]),
             Series("Ditindaklanjuti", [p.ditindaklanjuti or 0 for p in periods])], "laporan",
            id_prefix=f"{prefix}-{year}-wbs", contoh=entry.contoh,
            nihil=f"Tidak ada laporan WBS yang diterima sepanjang {year}.")
        reasons = tuple((n, r) for n, p in zip(names, periods) for r in p.alasan_tidak_ditindaklanjuti)
        dim = tuple((item.periode.title(year), item.masalah, item.tindak_lanjut, DIM_STATUS[item.status])
                    for item in data.dim)
        out.append(YearSection(year, entry.contoh, data.catatan, (chart,), lead, dim, {"alasan": reasons}))
    return out


def surveys(entries, prefix: str) -> list[YearSection]:
    out = []
    for entry in entries:
        data, year = entry.data, entry.tahun
        skm = sorted(data.skm, key=lambda p: p.periode.sort_key)
        results = [(p, p.result()) for p in skm]
        made = []
        lead = ""
        if results:
            names = _titles(skm, year)
            last_period, last = results[-1]
            lead = (f"IKM {names[-1]}: {format_number(float(last.shown), 2)} "
                    f"(mutu {last.grade.mutu}, {last.grade.kinerja}) dari {format_number(last_period.responden)} responden.")
            made.append(charts.line_chart(
                f"Indeks Kepuasan Masyarakat (IKM) per periode, {year}", names,
                [Series("IKM", [float(r.shown) for _, r in results])], "poin",
                id_prefix=f"{prefix}-{year}-ikm", contoh=entry.contoh, y_min=25, y_max=100, decimals=2))
        spak = sorted(data.spak, key=lambda p: p.periode.sort_key)
        ipak = [(p.periode.title(year), p.responden, p.result()) for p in spak]
        rows = tuple((p.periode.title(year), p.responden, r) for p, r in results)
        nrr_rows = tuple((f"{key.upper()} {name}", tuple(r.nrr_shown[i] for _, r in results))
                         for i, (key, name) in enumerate(SKM_ELEMENT_NAMES.items()))
        out.append(YearSection(year, entry.contoh, data.catatan, tuple(made), lead, rows,
                               {"ipak": ipak, "nrr_rows": nrr_rows, "ipak_formula": IPAK_FORMULA}))
    return out


SECTIONS = {"pengaduan": complaints, "gratifikasi": gratuities, "wbs": whistleblowing, "survei": surveys}
