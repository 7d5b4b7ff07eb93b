"""Progress of a plan row against its parsed schedule on a given day (pure arithmetic).

Every schedule becomes a list of whole amounts falling due at the end of a month (``due_months``);
what is expected by a day is the sum of the amounts whose month has fully passed. So on 1 July a
"Per Triwulan" target of 4 expects 2; a month range spreads its target over its months in whole
units (targets count reports and meetings: one report over January–December falls due in December,
two meetings over October–November one a month);
"Setiap bulan" with a target of 1 expects one per month (see ``total_target``); "dalam 3 (tiga)
bulan" falls due three months after the plan was signed. Event-bound rows ("Saat tahapan") have no
due date and are never late; nor have counts of days after something undated ("paling lambat 5 (lima)
hari kerja") or daily rows: their text is shown as written, never given an invented date. A written
day ("paling lambat 31 Juli 2026") moves the due moment from the end of its month to that day; a
weekly row owes, at the end of each month, the weeks that ended (on Sunday) in it.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from enum import StrEnum
from fractions import Fraction

from .schedule import MONTHS_IN, Every, Kind, Schedule


class Status(StrEnum):
    DONE = "selesai"
    ON_TRACK = "sesuai jadwal"
    LATE = "terlambat"
    NOT_DUE = "belum jatuh tempo"
    EVENT = "terikat tahapan"
    CANCELLED = "dibatalkan"
    UNSCHEDULED = "tidak terjadwal"


# How a row with several targets reads as one: the most pressing status wins.
URGENCY = (Status.LATE, Status.ON_TRACK, Status.NOT_DUE, Status.EVENT, Status.UNSCHEDULED, Status.CANCELLED,
           Status.DONE)

Month = tuple[int, int]  # (year, month)


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def due_date(schedule: Schedule, year: int, month: int) -> date:
    """When an amount owed in ``month`` falls due: the end of the month, or the day the text names."""
    day = schedule.due_day
    if day is None or (schedule.kind is not Kind.RECURRING and (year, month) != (schedule.end_year, schedule.end_month)):
        return month_end(year, month)
    return date(year, month, min(day, calendar.monthrange(year, month)[1]))


def _month_passed(schedule: Schedule, year: int, month: int, on: date) -> bool:
    return on > due_date(schedule, year, month)


def _months(start_year: int, start: int, end_year: int, end: int) -> list[Month]:
    out, year, month = [], start_year, start
    while (year, month) <= (end_year, end):
        out.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def add_months(day: date, months: int) -> Month:
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


def total_target(schedule: Schedule, target: int) -> int:
    """The whole-plan target. A recurring target smaller than its number of periods is read as per
    period ("Setiap bulan, 1 (satu) Laporan" = one a month); otherwise it is the total
    ("Per Triwulan, 4 (empat) Kegiatan" = one a quarter)."""
    if schedule.kind is Kind.RECURRING and (per_year := sum(n for _m, n in _periods(schedule))):
        if target < per_year:
            return target * per_year
    return target


def _period_ends(schedule: Schedule) -> list[date]:
    """The last day of each period of a recurrence in its year (or window), in order.

    "Setiap 2 bulan" ends in February, April, …; a window ("Per bulan - Februari s.d. November")
    keeps its own months; weeks end on Sundays. Daily rows: none (not datable).
    """
    year = schedule.year
    first = (year, schedule.start_month or 1)
    last = (schedule.end_year or year, schedule.end_month or 12)
    if schedule.every is Every.WEEK:
        start, end = date(*first, 1), month_end(*last)
        sunday = start + timedelta(days=(6 - start.weekday()) % 7)
        ends = []
        while sunday <= end:
            ends.append(sunday)
            sunday += timedelta(days=7 * schedule.interval)
        return ends
    if schedule.every not in MONTHS_IN:
        return []
    length = MONTHS_IN[schedule.every] * schedule.interval
    return [month_end(*m) for m in _months(*first, *last)[length - 1::length]]


def _per_month(ends: list[date]) -> list[tuple[Month, int]]:
    counts: dict[Month, int] = {}
    for end in ends:
        counts[(end.year, end.month)] = counts.get((end.year, end.month), 0) + 1
    return list(counts.items())


def _periods(schedule: Schedule) -> list[tuple[Month, int]]:
    """A recurrence's periods as (month they end in, how many end there)."""
    return _per_month(_period_ends(schedule))


def spread(total: int, parts: int) -> list[int]:
    """``total`` whole units over ``parts`` periods, each period owing what its cumulative share
    (rounded down) adds: spread(1, 12) is eleven 0s then 1; spread(2, 2) is [1, 1]."""
    return [total * (k + 1) // parts - total * k // parts for k in range(parts)]


def schedule_months(schedule: Schedule, start: date | None = None) -> list[Month]:
    """The months a schedule covers (a range: every month in it; recurring: each period's last month),
    in order; empty when it gives no date (an event, unreadable text, or a duration without ``start``)."""
    if schedule.kind in (Kind.MONTH, Kind.RANGE):
        if schedule.parts:  # "Maret, Juni dan September 2026": only the months listed
            return [m for first, last in schedule.parts for m in _months(*first, *last)]
        return _months(schedule.year, schedule.start_month, schedule.end_year or schedule.year, schedule.end_month)
    if schedule.kind is Kind.RECURRING:
        return [m for m, _n in _recurring(schedule, start)]
    if schedule.kind is Kind.DURATION and start is not None:
        return [add_months(start, schedule.months)]
    return []


def _recurring(schedule: Schedule, start: date | None) -> list[tuple[Month, int]]:
    # Periods that ended before the plan was signed are not owed: a plan signed on 31 October
    # owes "Setiap bulan" for October, November and December only.
    ends = _period_ends(schedule)
    if start is not None:
        ends = [end for end in ends if end >= start] or ends[-1:]
    return _per_month(ends)


def due_months(schedule: Schedule, target: int, start: date | None = None) -> list[tuple[Month, int]]:
    """The amounts of ``target`` falling due at the end of each month, in month order (months owing
    nothing left out); empty when the schedule gives no due date."""
    if schedule.kind is Kind.RECURRING:
        periods = _recurring(schedule, start)
        if target < sum(n for _m, n in _periods(schedule)):
            # "Setiap bulan, 1 (satu) Laporan": that much every period
            return [(month, target * n) for month, n in periods if target * n]
        weeks = [month for month, n in periods for _ in range(n)]
        amounts = spread(target, len(weeks)) if weeks else []
        owed_in: dict[Month, int] = {}
        for month, amount in zip(weeks, amounts):
            owed_in[month] = owed_in.get(month, 0) + amount
        return [(month, amount) for month, amount in owed_in.items() if amount]
    months = schedule_months(schedule, start)
    amounts = spread(target, len(months)) if months else []
    return [(month, amount) for month, amount in zip(months, amounts) if amount]


def expected_by(schedule: Schedule, target: int, on: date, start: date | None = None) -> Fraction | None:
    """How much of ``target`` should be done by ``on``; None when the schedule gives no due date."""
    due = due_months(schedule, target, start)
    if not due:
        return None
    return Fraction(sum(amount for (year, month), amount in due if _month_passed(schedule, year, month, on)))


def owed(schedule: Schedule, target: int, start: date | None = None) -> int:
    """The whole amount the plan owes for one target (what "selesai" means)."""
    due = due_months(schedule, target, start)
    return sum(amount for _month, amount in due) if due else total_target(schedule, target)


def row_status(schedule: Schedule, target: int, achieved: int, on: date, start: date | None = None) -> Status:
    """The status readers see for one target: done, on track, late, not yet due, or event-bound."""
    if achieved >= owed(schedule, target, start) > 0:
        return Status.DONE
    if schedule.kind is Kind.EVENT:
        return Status.EVENT
    expected = expected_by(schedule, target, on, start)
    if expected is None:
        return Status.UNSCHEDULED
    if expected == 0:
        return Status.ON_TRACK if achieved else Status.NOT_DUE
    return Status.ON_TRACK if achieved >= expected else Status.LATE


def combined(statuses: list[Status]) -> Status:
    """One status for a row with several targets: done only when all are, else the most pressing."""
    if not statuses:
        return Status.UNSCHEDULED
    return min(statuses, key=URGENCY.index)
