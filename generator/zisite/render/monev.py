"""The Monev view of a plan: roll-ups as progress charts, late rows, the due calendar, evidence,
the per-office assessment the plan, Monev, open-data and group pages share. Arithmetic lives in
``domain.monev``; the open-data tables in ``opendata.py``; this module only shapes it for templates.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..domain.levers import LEVER_BY_SLUG, LEVERS
from ..domain.monev import PlanProgress, RowProgress, Target, assess_plan
from ..domain.progress import Status
from ..domain.rows import code_anchor
from ..text import strings as say
from ..text.format import angka, bulan, shorten_marked
from .charts import Chart, Progress, progress_chart
from .markup import plain

STATUS_CLASS = {
    Status.DONE: "done", Status.ON_TRACK: "on-track", Status.LATE: "late", Status.NOT_DUE: "not-due",
    Status.EVENT: "event", Status.CANCELLED: "cancelled", Status.UNSCHEDULED: "unscheduled",
}
STATUS_HELP = {
    Status.DONE: say.STATUS_HELP_DONE, Status.ON_TRACK: say.STATUS_HELP_ON_TRACK, Status.LATE: say.STATUS_HELP_LATE,
    Status.NOT_DUE: say.STATUS_HELP_NOT_DUE, Status.EVENT: say.STATUS_HELP_EVENT,
    Status.CANCELLED: say.STATUS_HELP_CANCELLED, Status.UNSCHEDULED: say.STATUS_HELP_UNSCHEDULED,
}


def month_label(month: tuple[int, int] | None) -> str:
    return bulan(*month) if month else say.NO_MONTH


@dataclass(frozen=True)
class RowView:
    """What a reader sees of one row's monitoring: status, figures, evidence."""

    code: str
    anchor: str
    title: str
    status: Status
    css: str
    progress: str  # "2 dari 4 Kegiatan"
    next_due: str
    records: tuple
    reason: str | None

    @property
    def shows_next_due(self) -> bool:
        """A next due month is worth printing only while the row is still running."""
        return self.status in (Status.LATE, Status.ON_TRACK, Status.NOT_DUE) and self.next_due != say.NO_MONTH

    @property
    def link_text(self) -> str:
        """What a link to this row says: its code alone ("6.2.1.1" twelve times on a page) tells a
        listener going through the links nothing, so the code comes with the start of its text."""
        return say.ROW_LINK.format(code=self.code, text=shorten_marked(self.title, 70)) if self.title else say.ROW_LINK_BARE.format(code=self.code)

    @property
    def evidence(self) -> tuple:
        """Every evidence item of every record, in record order."""
        return tuple(b for record in self.records for b in record.bukti)


def target_progress(t: Target) -> str:
    """"2 dari 4 Kegiatan" when the target states its number; else only whether it is reached,
    so no page prints a number the plan does not state."""
    if t.stated:
        return say.TARGET_PROGRESS.format(achieved=angka(min(t.achieved, t.total) if t.total else t.achieved),
                                          total=t.total, unit=f" {t.unit}" if t.unit else "")
    if t.total and t.achieved >= t.total:
        return say.TARGET_REACHED
    if t.achieved:
        return say.TARGET_RECORDED.format(records=angka(t.achieved))
    return say.TARGET_NO_RECORD


def row_view(row: RowProgress) -> RowView:
    parts = [target_progress(t) for t in row.targets]
    return RowView(row.code, code_anchor(row.code), row.row.uraian or "", row.status, STATUS_CLASS[row.status],
                   "; ".join(parts), month_label(row.next_due), row.records, row.cancelled_reason)


@dataclass(frozen=True)
class MonevPlan:
    tahun: int
    on: date
    year_over: bool
    contoh: bool
    note: str | None
    counts: tuple[tuple[Status, str, int], ...]  # status, css class, rows
    rows: int
    area_chart: Chart
    lever_chart: Chart
    late: tuple[RowView, ...]
    waiting: tuple[RowView, ...]  # event-bound, unscheduled, cancelled
    calendar: tuple[tuple[str, tuple[tuple[RowView, int], ...]], ...]
    evidence: tuple[tuple[str, tuple[tuple[RowView, object, object], ...]], ...]  # area → (row, record, bukti)
    views: dict  # code → RowView
    progress: PlanProgress  # the assessment everything above was drawn from (open data reuses it)


def _area_label(area) -> str:
    return f"{area.nomor} {plain(area.judul)}" if area.nomor else plain(area.judul)


def monev_plan(plan, realisasi, on: date, id_prefix: str) -> MonevPlan:
    progress = assess_plan(plan, realisasi.realisasi if realisasi else (), on)
    views = {r.code: row_view(r) for r in progress.rows}
    contoh = bool(realisasi and realisasi.contoh)
    total = progress.total()
    areas = progress.by_area(plan)
    area_chart = progress_chart(
        say.MONEV_AREA_CHART, [Progress(_area_label(a), r.done, r.rows) for a, r in areas if r.rows],
        say.MONEV_ROWS_UNIT, id_prefix=f"{id_prefix}-bagian", contoh=contoh, category_label=say.MONEV_AREA_LABEL)
    levers = progress.by_lever()
    lever_items = [Progress(lever.name, levers[lever.slug].done, levers[lever.slug].rows)
                   for lever in LEVERS if lever.slug in levers]
    if "" in levers:
        lever_items.append(Progress(say.MONEV_NO_LEVER, levers[""].done, levers[""].rows))
    lever_chart = progress_chart(say.MONEV_LEVER_CHART, lever_items, say.MONEV_ROWS_UNIT,
                                 id_prefix=f"{id_prefix}-pengungkit", contoh=contoh, category_label=say.MONEV_LEVER_LABEL)
    calendar = []
    for month, items in progress.calendar().items():
        calendar.append((month_label(month), tuple((views[row.code], amount if t.stated else None)
                                                   for row, t, amount in items)))
    evidence = []
    for a, area in enumerate(plan.bagian):
        found = tuple((views[r.code], record, bukti) for r in progress.rows if r.area == a
                      for record in r.records for bukti in record.bukti)
        if found:
            evidence.append((_area_label(area), found))
    waiting = tuple(views[r.code] for r in progress.rows
                    if r.status in (Status.EVENT, Status.UNSCHEDULED, Status.CANCELLED))
    return MonevPlan(plan.tahun, on, progress.year_over, contoh, realisasi.catatan if realisasi else None,
                     tuple((s, STATUS_CLASS[s], total.counts[s]) for s in Status), total.rows,
                     area_chart, lever_chart, tuple(views[r.code] for r in progress.late()), waiting,
                     tuple(calendar), tuple(evidence), views, progress)


def office_monev(entry, on: date) -> dict[int, MonevPlan]:
    """Every plan of one office assessed once (year → MonevPlan), for its pages, its open data and
    the group overview alike."""
    return {p.plan.tahun: monev_plan(p.plan, p.realisasi, on, f"{entry.slug}-monev-{p.plan.tahun}")
            for p in entry.plans}


def office_lever_progress(offices) -> list[tuple[str, dict[str, tuple[int, int]], int, bool]]:
    """Per office, its newest plan's (done, rows) per lever slug: the group overview's table.
    ``offices`` pairs each office entry with its ``office_monev``."""
    out = []
    for entry, monev_plans in offices:
        if not monev_plans:
            continue
        latest = monev_plans[max(monev_plans)]
        levers = latest.progress.by_lever()
        out.append((entry.slug, {slug: (r.done, r.rows) for slug, r in levers.items() if slug in LEVER_BY_SLUG},
                    latest.tahun, latest.contoh))
    return out
