"""Monitoring and evaluation of one plan: each row's progress on a day, and roll-ups.

Pure: a plan, its realisasi records and a day in, immutable results out. Rows are named by their
code ``bagian.kelompok.aksi.baris`` (positions counted from 1), the key realisasi files use.
A row with several targets (e.g. "Oktober 2025" and "Setiap bulan") is scored per target and shown
with its most pressing status; records pick a target with ``target_ke`` (default the first).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from fractions import Fraction

from .rows import walk
from .progress import Month, Status, combined, due_months, expected_by, owed, row_status
from .schedule import Kind, Schedule, parse_schedule


@dataclass(frozen=True)
class Target:
    """One scored target of a row: a schedule paired with a quantity."""

    schedule: Schedule
    amount: int  # the parsed target; 1 when the text gives no number (then ``stated`` is False)
    unit: str | None
    total: int  # the whole-plan amount (recurring targets per period multiplied out)
    expected: Fraction | None
    achieved: int
    status: Status
    due: tuple[tuple[Month, Fraction], ...]
    stated: bool = True  # the text states the amount; else the target is qualitative (done or not)
    items: tuple[str, ...] = ()  # the items of an enumerated target ("1. SOP 2. Dokumen Inovasi")


@dataclass(frozen=True)
class RowProgress:
    code: str
    area: int  # index into plan.bagian
    lever: str | None
    row: object  # models.Row
    targets: tuple[Target, ...]
    status: Status
    records: tuple = ()  # models.Record, in date order
    cancelled_reason: str | None = None

    @property
    def next_due(self) -> Month | None:
        """The first month whose amount is still owed (late rows: the month it fell due)."""
        for target in self.targets:
            owed = target.achieved
            for month, amount in target.due:
                owed -= amount
                if owed < 0:
                    return month
        return None

    @property
    def evidence(self) -> tuple:
        return tuple(e for record in self.records for e in record.bukti)


@dataclass(frozen=True)
class Rollup:
    """Counts of rows per status over a group of rows, and the share done."""

    rows: int
    counts: dict = field(default_factory=dict)  # Status → rows

    @property
    def done(self) -> int:
        return self.counts.get(Status.DONE, 0)

    @property
    def late(self) -> int:
        return self.counts.get(Status.LATE, 0)


def rollup(rows: list[RowProgress]) -> Rollup:
    counts = Counter(r.status for r in rows)
    return Rollup(len(rows), {status: counts.get(status, 0) for status in Status})


def target_pairs(row, plan_year: int) -> list[tuple[Schedule, object]]:
    """Pair the row's schedules with its targets: position by position, the last one repeated."""
    schedules = list(row.schedules(plan_year)) or [parse_schedule("", plan_year)]
    targets = list(row.targets()) or [None]
    n = max(len(schedules), len(targets))
    return [(schedules[min(i, len(schedules) - 1)], targets[min(i, len(targets) - 1)]) for i in range(n)]


def happened_by(record, on: date) -> bool:
    """Whether a record counts on ``on``: one dated after it (or in a month not yet begun) does not.
    Such a record is still listed with its date; it just adds nothing to the row's progress yet."""
    return (record.tanggal or date(*record.month, 1)) <= on


def assess_row(code: str, area_index: int, lever: str | None, row, plan_year: int, records: list,
               on: date, start: date | None) -> RowProgress:
    targets: list[Target] = []
    pairs = target_pairs(row, plan_year)
    counted = [r for r in records if happened_by(r, on)]
    done_flag = any(r.status == "selesai" for r in counted)
    cancelled = next((r for r in counted if r.status == "batal"), None)
    for i, (schedule, quantity) in enumerate(pairs):
        # A target stating no number (prose, items, or none at all) is done or not: one record does it,
        # once per period for a recurring one. Its 1 is arithmetic only and is never printed.
        stated = quantity is not None and quantity.stated and bool(quantity.amount)
        amount = quantity.amount if stated else 1
        mine = [r for r in counted if (r.target_ke or 1) == i + 1]
        achieved = sum(r.amount for r in mine)
        total = owed(schedule, amount, start)
        status = row_status(schedule, amount, achieved, on, start)
        if done_flag:
            status = Status.DONE
        elif cancelled is not None and status is not Status.DONE:
            status = Status.CANCELLED
        targets.append(Target(schedule, amount, quantity.unit if stated else None, total,
                              expected_by(schedule, amount, on, start), achieved, status,
                              tuple(due_months(schedule, amount, start)), stated,
                              quantity.items if quantity is not None else ()))
    ordered = tuple(sorted(records, key=lambda r: (r.month, r.tanggal or date(*r.month, 1))))
    return RowProgress(code, area_index, lever, row, tuple(targets), combined([t.status for t in targets]),
                       ordered, cancelled.alasan if cancelled is not None else None)


@dataclass(frozen=True)
class PlanProgress:
    on: date
    rows: tuple[RowProgress, ...]
    year_over: bool  # the day is past the plan year: these are final results

    def total(self) -> Rollup:
        return rollup(list(self.rows))

    def by_area(self, plan) -> list[tuple[object, Rollup]]:
        return [(area, rollup([r for r in self.rows if r.area == a])) for a, area in enumerate(plan.bagian)]

    def by_lever(self) -> dict[str, Rollup]:
        """Lever slug ('' for areas without one) → roll-up; only levers the plan serves."""
        slugs = dict.fromkeys(r.lever or "" for r in self.rows)
        return {slug: rollup([r for r in self.rows if (r.lever or "") == slug]) for slug in slugs}

    def late(self) -> list[RowProgress]:
        """Late rows, the longest overdue first."""
        late = [r for r in self.rows if r.status is Status.LATE]
        return sorted(late, key=lambda r: (r.next_due or (9999, 12), r.code))

    def calendar(self) -> dict[Month, list[tuple[RowProgress, Target, Fraction]]]:
        """Month → what falls due that month (row, target, amount), months in order."""
        months: dict[Month, list] = {}
        for row in self.rows:
            for target in row.targets:
                for month, amount in target.due:
                    months.setdefault(month, []).append((row, target, amount))
        return dict(sorted(months.items()))


def assess_plan(plan, records: tuple = (), on: date | None = None) -> PlanProgress:
    """Every row of ``plan`` scored on ``on`` from its realisasi ``records`` (models.Record)."""
    on = on or date.today()
    by_row: dict[str, list] = {}
    for record in records:
        by_row.setdefault(record.baris, []).append(record)
    start = plan.pengesahan.tanggal if plan.pengesahan else None
    rows = tuple(assess_row(r.code, r.position.area, r.area.pengungkit, r.row, plan.tahun, by_row.get(r.code, []),
                            on, start)
                 for r in walk(plan))
    return PlanProgress(on, rows, on > date(plan.tahun, 12, 31))


__all__ = ["Kind", "PlanProgress", "RowProgress", "Rollup", "Target", "assess_plan", "target_pairs"]
