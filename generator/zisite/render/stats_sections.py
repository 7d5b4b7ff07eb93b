"""Statistics sections for the public pages: numbers → charts, summaries and tables.

Logic only (which numbers, which sentence); the markup lives in templates/stats/*.html and the
charts in render/charts/, the sentences in text/strings.py. Each function takes one office's yearly files of one kind.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..domain.survey import IPAK_FORMULA, SKM_ELEMENT_NAMES
from ..models.stats import DIM_STATUS
from . import charts
from .charts import Series
from ..text import strings as say
from ..text.format import angka, desimal, persen, rupiah


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


def _by_period(records):
    return sorted(records, key=lambda p: p.periode.sort_key)


def _yearly(entries):
    """(entry, data, year, periods in order, period titles) for each yearly file of a periodic kind."""
    for entry in entries:
        periods = _by_period(entry.data.periode)
        yield entry, entry.data, entry.tahun, periods, _titles(periods, entry.tahun)


def complaints(entries, prefix: str) -> list[YearSection]:
    out = []
    for entry, data, year, periods, names in _yearly(entries):
        parts = [Series(label, [getattr(p, key) or 0 for p in periods]) for key, label in (
            ("selesai", say.COMPLAINTS_DONE), ("diproses", say.COMPLAINTS_IN_PROCESS),
            ("tidak_memenuhi_syarat", say.COMPLAINTS_REJECTED), ("diteruskan", say.COMPLAINTS_FORWARDED))]
        parts = [s for s in parts if any(s.values)] or parts[:1]
        last = periods[-1]
        done = last.selesai or 0
        lead = (say.COMPLAINTS_LEAD.format(period=names[-1], received=angka(last.diterima), done=angka(done),
                                           share=persen(done, last.diterima)) if last.diterima
                else say.COMPLAINTS_LEAD_NONE.format(period=names[-1]))
        received = charts.bar_chart(
            say.COMPLAINTS_RECEIVED_CHART.format(year=year), names,
            [Series(say.COMPLAINTS_RECEIVED, [p.diterima for p in periods])], say.COMPLAINTS_UNIT,
            id_prefix=f"{prefix}-{year}-diterima", contoh=entry.contoh,
            nihil=say.COMPLAINTS_RECEIVED_NIHIL.format(year=year))
        status = charts.stacked_bar_chart(
            say.COMPLAINTS_STATUS_CHART.format(year=year), names, parts, say.COMPLAINTS_UNIT,
            id_prefix=f"{prefix}-{year}-status", contoh=entry.contoh,
            nihil=say.COMPLAINTS_STATUS_NIHIL.format(year=year))
        made = [received, status]
        channel_totals: dict[str, int] = {}
        categories: dict[str, int] = {}
        for p in periods:
            for _key, label, count in (p.saluran.items() if p.saluran else ()):
                channel_totals[label] = channel_totals.get(label, 0) + count
            for name, count in p.kategori.items():
                categories[name] = categories.get(name, 0) + count
        for totals, title, slug, label in ((channel_totals, say.COMPLAINTS_CHANNEL_CHART, "saluran", say.CHANNEL_LABEL),
                                           (categories, say.COMPLAINTS_CATEGORY_CHART, "kategori", say.CATEGORY_LABEL)):
            if totals:
                made.append(charts.bar_chart(
                    title.format(year=year), list(totals), [Series(say.COMPLAINTS_SERIES, list(totals.values()))],
                    say.COMPLAINTS_UNIT, id_prefix=f"{prefix}-{year}-{slug}", contoh=entry.contoh, category_label=label))
        days = [(n, p.rata_rata_hari_tindak_lanjut) for n, p in zip(names, periods) if p.rata_rata_hari_tindak_lanjut is not None]
        out.append(YearSection(year, entry.contoh, data.catatan, tuple(made), lead,
                               tuple((n, angka(d, 1)) for n, d in days)))
    return out


def gratuities(entries, prefix: str) -> list[YearSection]:
    out = []
    for entry, data, year, periods, names in _yearly(entries):
        nihil = [n for n, p in zip(names, periods) if p.is_nihil]
        received = [p.penerimaan or 0 for p in periods]
        refused = [p.penolakan or 0 for p in periods]
        if len(nihil) == len(periods):
            lead = say.GRATUITY_NIHIL_YEAR.format(year=year)
        else:
            lead = say.GRATUITY_LEAD.format(year=year, received=angka(sum(received)), refused=angka(sum(refused)))
        chart = charts.bar_chart(
            say.GRATUITY_CHART.format(year=year), names,
            [Series(say.GRATUITY_RECEIVED, received), Series(say.GRATUITY_REFUSED, refused)], say.REPORTS_UNIT,
            id_prefix=f"{prefix}-{year}-laporan", contoh=entry.contoh, nihil=say.GRATUITY_NIHIL_YEAR.format(year=year))
        rows = []
        for name, p in zip(names, periods):
            if p.is_nihil:
                rows.append((name, say.GRATUITY_NIHIL_PERIOD.format(period=name), None, None))
            else:
                decision = p.keputusan_kpk
                rows.append((name, None,
                             None if p.nilai_rupiah is None else rupiah(p.nilai_rupiah),
                             None if decision is None else say.GRATUITY_DECISION.format(
                                 state=decision.milik_negara, recipient=decision.milik_penerima,
                                 pending=decision.dalam_proses)))
        out.append(YearSection(year, entry.contoh, data.catatan, (chart,), lead, tuple(rows)))
    return out


def whistleblowing(entries, prefix: str) -> list[YearSection]:
    out = []
    for entry, data, year, periods, names in _yearly(entries):
        total = sum(p.diterima for p in periods)
        followed = sum(p.ditindaklanjuti or 0 for p in periods)
        lead = (say.WBS_LEAD.format(year=year, received=angka(total), followed=angka(followed)) if total
                else say.WBS_NONE.format(year=year))
        chart = charts.bar_chart(
            say.WBS_CHART.format(year=year), names,
            [Series(say.WBS_RECEIVED, [p.diterima for p in periods]),
             Series(say.WBS_FOLLOWED, [p.ditindaklanjuti or 0 for p in periods])], say.REPORTS_UNIT,
            id_prefix=f"{prefix}-{year}-wbs", contoh=entry.contoh, nihil=say.WBS_NONE.format(year=year))
        reasons = tuple((n, r) for n, p in zip(names, periods) for r in p.alasan_tidak_ditindaklanjuti)
        dim = tuple((item.periode.title(year), item.masalah, item.tindak_lanjut, DIM_STATUS[item.status])
                    for item in data.dim)
        out.append(YearSection(year, entry.contoh, data.catatan, (chart,), lead, dim, {"alasan": reasons}))
    return out


def surveys(entries, prefix: str) -> list[YearSection]:
    out = []
    for entry in entries:
        data, year = entry.data, entry.tahun
        skm = _by_period(data.skm)
        results = [(p, p.result()) for p in skm]
        made = []
        lead = ""
        if results:
            names = _titles(skm, year)
            last_period, last = results[-1]
            lead = say.IKM_LEAD.format(period=names[-1], ikm=desimal(last.shown), grade=last.grade.mutu,
                                       performance=last.grade.kinerja, respondents=angka(last_period.responden))
            made.append(charts.line_chart(
                say.IKM_CHART.format(year=year), names,
                [Series(say.IKM_SERIES, [float(r.shown) for _, r in results])], say.IKM_UNIT,
                id_prefix=f"{prefix}-{year}-ikm", contoh=entry.contoh, y_min=25, y_max=100, decimals=2))
        spak = _by_period(data.spak)
        ipak = [(p.periode.title(year), p.responden, p.result()) for p in spak]
        rows = tuple((p.periode.title(year), p.responden, r) for p, r in results)
        nrr_rows = tuple((say.SKM_ELEMENT_ROW.format(code=key.upper(), name=name), tuple(r.nrr_shown[i] for _, r in results))
                         for i, (key, name) in enumerate(SKM_ELEMENT_NAMES.items()))
        out.append(YearSection(year, entry.contoh, data.catatan, tuple(made), lead, rows,
                               {"ipak": ipak, "nrr_rows": nrr_rows, "ipak_formula": IPAK_FORMULA}))
    return out


SECTIONS = {"pengaduan": complaints, "gratifikasi": gratuities, "wbs": whistleblowing, "survei": surveys}
