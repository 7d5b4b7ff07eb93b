"""Statistics sections for the public pages: numbers → charts, summaries and tables.

Logic only (which numbers, which sentence); the markup lives in templates/stats/*.html and the
charts in render/charts/, the sentences in text/strings.py. Each function takes one office's yearly files of one kind.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal

from ..domain.periods import covered
from ..domain.survey import IPAK_FORMULA, SKM_ELEMENT_NAMES, round_half_up
from ..models.stats import DIM_STATUS, Figure, Vague, is_approx, is_vague
from . import charts
from .charts import Series
from ..text import strings as say
from ..text.format import angka, daftar, desimal, persen, rupiah


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
    notes: tuple[str, ...] = ()  # each period's catatan, "Triwulan II 2026: …"
    written: tuple[str, ...] = ()  # figures written in another form than the page's, with how they were read
    categories: tuple["CategoryTable", ...] = ()  # counts per category the office declared
    trend: charts.Chart | None = None  # across every year's periods, on the newest year only
    trend_heading: str = ""


@dataclass(frozen=True)
class CategoryTable:
    """Counts per category the office names (pelapor, jenis objek, hasil), one column per period;
    a period that did not write a category shows a dash, never a zero."""

    caption: str
    periods: tuple[str, ...]
    rows: tuple[tuple[str, tuple[str, ...]], ...]


def when(periods, year: int) -> str:
    """"sepanjang 2026", or "pada Triwulan I–III 2026" when the periods cover part of the year."""
    span = covered([p.periode for p in periods], year)
    return say.SPAN_YEAR.format(year=year) if span is None else say.SPAN_PART.format(span=span)


def count(value) -> str:
    """A count as the page says it: "1.254", "sekitar 40" when the source says it is approximate,
    or the source's word when it gives no number ("puluhan")."""
    if is_vague(value):
        return value.written
    return say.APPROX.format(value=angka(value)) if is_approx(value) else angka(value)


def total(values) -> str:
    """A sum of counts as the page says it: approximate when any part is; a part given only as a
    word is added in words ("12 ditambah puluhan"), never as a number."""
    values = [v for v in values if v is not None]
    words = [v.written for v in values if is_vague(v)]
    known = [v for v in values if not is_vague(v)]
    shown = angka(sum(known))
    if any(is_approx(v) for v in known):
        shown = say.APPROX.format(value=shown)
    if not words:
        return shown
    return daftar(words) if not sum(known) else say.PLUS_VAGUE.format(known=shown, vague=daftar(words))


def drawn(values) -> list:
    """Counts as a chart draws them: a word-only count is 0 under its word (see ``unknown``)."""
    return [0 if is_vague(v) else (v or 0) for v in values]


def _notes(series_values) -> dict[tuple[int, int], str]:
    """Chart notes for approximate values and word-only counts."""
    return {(i, j): count(v) for i, values in enumerate(series_values) for j, v in enumerate(values) if is_approx(v)}


def _unknown(series_values) -> frozenset[tuple[int, int]]:
    return frozenset((i, j) for i, values in enumerate(series_values) for j, v in enumerate(values) if is_vague(v))


def _period_notes(names, periods) -> tuple[str, ...]:
    return tuple(say.PERIOD_NOTE.format(period=n, note=p.catatan) for n, p in zip(names, periods) if p.catatan)


def _shown(value, field: str) -> str:
    return rupiah(value) if field == "nilai_rupiah" else angka(value)


def _written(names, periods) -> tuple[str, ...]:
    """Every figure written in a form the page does not print, said once with how it was read."""
    out = []
    for name, p in zip(names, periods):
        for field, value in _figures(p):
            shown = _shown(value, field)
            if value.written not in (shown, shown.replace(" ", ""), angka(value)) and not value.approx:
                out.append(say.WRITTEN_AS.format(period=name, field=field.replace("_", " "), written=value.written,
                                                 value=shown))
    return tuple(out)


def _figures(model, prefix: str = ""):
    """(field name, Figure) of every figure in a period, nested models and category counts included."""
    for field in type(model).model_fields:
        value = getattr(model, field)
        if isinstance(value, Figure):
            yield prefix + field, value
        elif isinstance(value, dict):
            yield from ((f"{prefix}{field} {k}", v) for k, v in value.items() if isinstance(v, Figure))
        elif hasattr(type(value), "model_fields"):
            yield from _figures(value, f"{prefix}{field} ")


def _categories(data, periods, names, fields, title: str, year: int) -> tuple[CategoryTable, ...]:
    """One table per category list written in any period, in the declared order (``daftar``), else as first written."""
    out = []
    for field, what in fields:
        written = [getattr(p, field) for p in periods]
        if not any(written):
            continue
        order = list(data.daftar.get(field, ()))
        for counts in written:
            order += [k for k in counts if k not in order]
        used = [j for j, counts in enumerate(written) if counts]
        rows = tuple((name, tuple(count(written[j][name]) if name in written[j] else say.NOT_WRITTEN for j in used))
                     for name in order)
        out.append(CategoryTable(say.CATEGORY_TABLE.format(title=title, what=what, year=year),
                                 tuple(names[j] for j in used), rows))
    return tuple(out)


def _trend(out: list[YearSection], entries, prefix: str, title: str, unit: str, records, parts,
           nihil=None, line: bool = False) -> list[YearSection]:
    """With several years, one chart across every period of every year, on the newest year's section;
    with more than ``TREND_MAX_PERIODS`` periods, one bar a year, named by the span it covers.

    ``records(data)`` lists a file's periods, ``parts(period)`` the counts a bar adds up (or the one
    IKM of a line), ``nihil(period)`` whether a period is nihil (labelled, not drawn as zero)."""
    if len(out) < 2:
        return out
    points = [(p.periode.title(entry.tahun), [p]) for entry in entries for p in _by_period(records(entry.data))]
    yearly = not line and len(points) > TREND_MAX_PERIODS
    if yearly:
        points = [(covered([p.periode for p in records(e.data)], e.tahun) or str(e.tahun), _by_period(records(e.data)))
                  for e in entries]
    names, numbers, notes, unknown = [], [], {}, set()
    for j, (name, group) in enumerate(points):
        number = _vague_sum([v for p in group for v in parts(p)])
        if nihil is not None and all(nihil(p) for p in group):
            notes[(0, j)] = say.NIHIL_MARK
        elif is_approx(number):
            notes[(0, j)] = count(number)
        if is_vague(number):
            unknown.add((0, j))
        names.append(name)
        numbers.append(0 if is_vague(number) else number)
    if not names:
        return out
    first, last = entries[0].tahun, entries[-1].tahun
    chart_title = (say.TREND_CHART_YEARS if yearly else say.TREND_CHART).format(title=title, first=first, last=last)
    contoh = any(e.contoh for e in entries)
    if line:
        chart = charts.line_chart(chart_title, names, [Series(say.IKM_SERIES, numbers)], unit,
                                  id_prefix=f"{prefix}-tren", contoh=contoh, y_min=25, y_max=100, decimals=2)
    else:
        chart = charts.bar_chart(chart_title, names, [Series(title, numbers)], unit, id_prefix=f"{prefix}-tren",
                                 contoh=contoh, notes=notes, unknown=frozenset(unknown),
                                 category_label=say.TREND_YEAR if yearly else say.CHART_PERIOD)
    out[-1] = replace(out[-1], trend=chart, trend_heading=say.TREND_HEADING.format(first=first, last=last))
    return out


TREND_MAX_PERIODS = 12
"""More periods than this across the years: the trend draws one bar a year (charts stay readable at 320 px)."""


def _vague_sum(values):
    """A year's total as a value ``_trend`` draws: a number, approximate, or words when any part is a word."""
    if any(is_vague(v) for v in values):
        return Vague("", total(values))
    n = sum(values)
    return Figure(n, "", True) if any(is_approx(v) for v in values) else n


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
        span = when(periods, year)
        keys = (("selesai", say.COMPLAINTS_DONE), ("diproses", say.COMPLAINTS_IN_PROCESS),
                ("tidak_memenuhi_syarat", say.COMPLAINTS_REJECTED), ("diteruskan", say.COMPLAINTS_FORWARDED))
        # A period that received complaints but wrote no status is left out: its states are unknown, not 0.
        # A word-only status ("puluhan") cannot be stacked either.
        known = [j for j, p in enumerate(periods)
                 if (not p.diterima or any(getattr(p, k) is not None for k, _ in keys))
                 and not any(is_vague(getattr(p, k)) for k, _ in keys)]
        parts = [Series(label, [getattr(periods[j], key) or 0 for j in known]) for key, label in keys]
        parts = [s for s in parts if any(s.values)] or parts[:1]
        last = periods[-1]
        if not last.diterima:
            lead = say.COMPLAINTS_LEAD_NONE.format(period=names[-1])
        elif last.selesai is None:  # never "0 selesai" for a figure the file does not give
            lead = say.COMPLAINTS_LEAD_RECEIVED.format(period=names[-1], received=count(last.diterima))
        else:
            # a share of an approximate count would be a number the source does not give
            if is_approx(last.diterima) or is_approx(last.selesai):
                lead = say.COMPLAINTS_LEAD_APPROX.format(period=names[-1], received=count(last.diterima),
                                                         done=count(last.selesai))
            else:
                lead = say.COMPLAINTS_LEAD.format(period=names[-1], received=count(last.diterima),
                                                  done=count(last.selesai), share=persen(last.selesai, last.diterima))
        received_values = [p.diterima for p in periods]
        received = charts.bar_chart(
            say.COMPLAINTS_RECEIVED_CHART.format(year=year), names,
            [Series(say.COMPLAINTS_RECEIVED, drawn(received_values))], say.COMPLAINTS_UNIT,
            id_prefix=f"{prefix}-{year}-diterima", contoh=entry.contoh,
            nihil=say.COMPLAINTS_RECEIVED_NIHIL.format(when=span), notes=_notes([received_values]),
            unknown=_unknown([received_values]))
        made = [received]
        if known:
            made.append(charts.stacked_bar_chart(
                say.COMPLAINTS_STATUS_CHART.format(year=year), [names[j] for j in known], parts, say.COMPLAINTS_UNIT,
                id_prefix=f"{prefix}-{year}-status", contoh=entry.contoh,
                nihil=say.COMPLAINTS_STATUS_NIHIL.format(when=span)))
        channel_totals: dict[str, int] = {}
        categories: dict[str, int] = {}
        for name in data.daftar.get("kategori", ()):  # declared order first
            if any(name in p.kategori for p in periods):
                categories[name] = 0
        for p in periods:
            for _key, label, n in (p.saluran.items() if p.saluran else ()):
                channel_totals[label] = channel_totals.get(label, 0) + n
            for name, n in p.kategori.items():
                categories[name] = categories.get(name, 0) + n
        for totals, title, slug, label in ((channel_totals, say.COMPLAINTS_CHANNEL_CHART, "saluran", say.CHANNEL_LABEL),
                                           (categories, say.COMPLAINTS_CATEGORY_CHART, "kategori", say.CATEGORY_LABEL)):
            if totals:
                made.append(charts.bar_chart(
                    title.format(year=year), list(totals), [Series(say.COMPLAINTS_SERIES, list(totals.values()))],
                    say.COMPLAINTS_UNIT, id_prefix=f"{prefix}-{year}-{slug}", contoh=entry.contoh, category_label=label))
        days = [(n, p.rata_rata_hari_tindak_lanjut) for n, p in zip(names, periods) if p.rata_rata_hari_tindak_lanjut is not None]
        out.append(YearSection(year, entry.contoh, data.catatan, tuple(made), lead,
                               tuple((n, angka(d, 1)) for n, d in days),
                               notes=_period_notes(names, periods), written=_written(names, periods),
                               categories=_categories(data, periods, names, (("hasil", say.COMPLAINTS_OUTCOMES),),
                                                      say.COMPLAINTS_SERIES, year)))
    return _trend(out, entries, prefix, say.COMPLAINTS_RECEIVED_TREND, say.COMPLAINTS_UNIT,
                  lambda data: data.periode, lambda p: [p.diterima])


def _reports(p) -> list:
    """The report counts of one gratuity period written: receipts and refusals."""
    return [v for v in (p.penerimaan, p.penolakan) if v is not None]


def gratuities(entries, prefix: str) -> list[YearSection]:
    out = []
    for entry, data, year, periods, names in _yearly(entries):
        span = when(periods, year)
        nihil = [j for j, p in enumerate(periods) if p.is_nihil]
        received = [p.penerimaan or 0 for p in periods]
        refused = [p.penolakan or 0 for p in periods]
        unknown = _unknown([received, refused])
        if len(nihil) == len(periods):
            lead = say.GRATUITY_NIHIL_YEAR.format(when=span)
        else:
            lead = say.GRATUITY_LEAD.format(When=span[:1].upper() + span[1:], received=total(received),
                                            refused=total(refused))
        notes = _notes([received, refused])
        notes.update({(i, j): say.NIHIL_MARK for j in nihil for i in (0, 1)})
        chart = charts.bar_chart(
            say.GRATUITY_CHART.format(year=year), names,
            [Series(say.GRATUITY_RECEIVED, drawn(received)), Series(say.GRATUITY_REFUSED, drawn(refused))],
            say.REPORTS_UNIT, id_prefix=f"{prefix}-{year}-laporan", contoh=entry.contoh,
            nihil=say.GRATUITY_NIHIL_YEAR.format(when=span), notes=notes, unknown=unknown)
        rows = []
        for name, p in zip(names, periods):
            if p.is_nihil:
                rows.append((name, say.GRATUITY_NIHIL_PERIOD.format(period=name), None, None))
            else:
                decision = p.keputusan_kpk
                rows.append((name, None,
                             None if p.nilai_rupiah is None else _rupiah(p.nilai_rupiah),
                             None if decision is None else say.GRATUITY_DECISION.format(
                                 state=count(decision.milik_negara), recipient=count(decision.milik_penerima),
                                 pending=count(decision.dalam_proses))))
        objects = tuple((n, count(p.objek)) for n, p in zip(names, periods) if p.objek is not None)
        out.append(YearSection(year, entry.contoh, data.catatan, (chart,), lead, tuple(rows), {"objek": objects},
                               notes=_period_notes(names, periods), written=_written(names, periods),
                               categories=_categories(data, periods, names, (("pelapor", say.GRATUITY_REPORTERS),
                                                                             ("jenis_objek", say.GRATUITY_OBJECTS)),
                                                      say.GRATUITY_TITLE, year)))
    return _trend(out, entries, prefix, say.GRATUITY_TREND, say.REPORTS_UNIT, lambda data: data.periode, _reports,
                  nihil=lambda p: p.is_nihil)


def _rupiah(value) -> str:
    return say.APPROX.format(value=rupiah(value)) if is_approx(value) else rupiah(value)


def whistleblowing(entries, prefix: str) -> list[YearSection]:
    out = []
    for entry, data, year, periods, names in _yearly(entries):
        span = when(periods, year)
        received = [p.diterima for p in periods]
        followed = [p.ditindaklanjuti or 0 for p in periods]
        # Reports received but no follow-up figure written: unknown ("—"), never drawn or summed as 0.
        unwritten = {(1, j) for j, p in enumerate(periods) if p.diterima and p.ditindaklanjuti is None}
        When = span[:1].upper() + span[1:]
        if not any(received):
            lead = say.WBS_NONE.format(when=span)
        elif unwritten:
            lead = say.WBS_LEAD_RECEIVED.format(When=When, received=total(received))
        else:
            lead = say.WBS_LEAD.format(When=When, received=total(received), followed=total(followed))
        notes = _notes([received, followed]) | {cell: say.NOT_RECORDED for cell in unwritten}
        chart = charts.bar_chart(
            say.WBS_CHART.format(year=year), names,
            [Series(say.WBS_RECEIVED, drawn(received)), Series(say.WBS_FOLLOWED, drawn(followed))], say.REPORTS_UNIT,
            id_prefix=f"{prefix}-{year}-wbs", contoh=entry.contoh, nihil=say.WBS_NONE.format(when=span),
            notes=notes, unknown=_unknown([received, followed]) | unwritten)
        reasons = tuple((n, r) for n, p in zip(names, periods) for r in p.alasan_tidak_ditindaklanjuti)
        dim = tuple((item.periode.title(year), item.masalah, item.tindak_lanjut, DIM_STATUS[item.status])
                    for item in data.dim)
        out.append(YearSection(year, entry.contoh, data.catatan, (chart,), lead, dim, {"alasan": reasons},
                               notes=_period_notes(names, periods), written=_written(names, periods)))
    return _trend(out, entries, prefix, say.WBS_TREND, say.REPORTS_UNIT, lambda data: data.periode,
                  lambda p: [p.diterima])


def _skm_notes(names, periods, results) -> tuple[str, ...]:
    """What a reader must know to read an IKM: elements left out, a published value that differs."""
    out = []
    for name, p, r in zip(names, periods, results):
        if not r.complete:
            out.append(say.SKM_SUBSET.format(period=name, n=len(r.elements),
                                             elements=", ".join(e.upper() for e in r.elements)))
        if p.ikm_terbit is not None and survey_published(p.ikm_terbit) != r.shown:
            text = say.SKM_PUBLISHED.format(period=name, published=desimal(survey_published(p.ikm_terbit)),
                                            computed=desimal(r.shown))
            text += (say.SKM_PUBLISHED_REASON.format(reason=p.alasan_selisih) if p.alasan_selisih
                     else say.SKM_PUBLISHED_NO_REASON)
            out.append(text)
    return tuple(out)


def survey_published(value) -> Decimal:
    """A published IKM as written, to two decimals (87.5 → 87,50)."""
    return round_half_up(value)


def surveys(entries, prefix: str) -> list[YearSection]:
    out = []
    for entry in entries:
        data, year = entry.data, entry.tahun
        skm = _by_period(data.skm)
        results = [(p, p.result()) for p in skm]
        made = []
        lead = ""
        names = _titles(skm, year)
        if results:
            last_period, last = results[-1]
            lead = say.IKM_LEAD.format(period=names[-1], ikm=desimal(last.shown), grade=last.grade.mutu,
                                       performance=last.grade.kinerja, respondents=count(last_period.responden))
            made.append(charts.line_chart(
                say.IKM_CHART.format(year=year), names,
                [Series(say.IKM_SERIES, [float(r.shown) for _, r in results])], say.IKM_UNIT,
                id_prefix=f"{prefix}-{year}-ikm", contoh=entry.contoh, y_min=25, y_max=100, decimals=2))
        spak = _by_period(data.spak)
        ipak = [(p.periode.title(year), count(p.responden), p.result()) for p in spak]
        rows = tuple((p.periode.title(year), count(p.responden), r) for p, r in results)
        nrr_rows = tuple((say.SKM_ELEMENT_ROW.format(code=key.upper(), name=name),
                          tuple(None if (v := r.nrr_of(key)) is None else round_half_up(v) for _, r in results))
                         for key, name in SKM_ELEMENT_NAMES.items())
        published = tuple(None if p.ikm_terbit is None else survey_published(p.ikm_terbit) for p, _ in results)
        out.append(YearSection(year, entry.contoh, data.catatan, tuple(made), lead, rows,
                               {"ipak": ipak, "nrr_rows": nrr_rows, "ipak_formula": IPAK_FORMULA,
                                "published": published if any(v is not None for v in published) else (),
                                "skm_notes": _skm_notes(names, skm, [r for _, r in results])},
                               notes=_period_notes(names, skm) + _period_notes(_titles(spak, year), spak)))
    return _trend(out, entries, prefix, say.IKM_TREND, say.IKM_UNIT, lambda data: data.skm,
                  lambda p: [float(p.result().shown)], line=True)


SECTIONS = {"pengaduan": complaints, "gratifikasi": gratuities, "wbs": whistleblowing, "survei": surveys}
