"""Progress of a plan row against its parsed schedule on a given day (pure arithmetic).

A period counts as due once it has fully passed: on 1 July a "Per Triwulan" target of 4 expects 2.
A month range spreads its target evenly over its months; "Setiap bulan" with a target of 1 expects
one per month (see ``total_target``).
Event-bound rows ("Saat tahapan") have no due date and are never late.
"""

from __future__ import annotations

import calendar
from datetime import date
from enum import StrEnum
from fractions import Fraction

from .schedule import PERIODS_PER_YEAR, Kind, Schedule


class Status(StrEnum):
    DONE = "selesai"
    ON_TRACK = "sesuai jadwal"
    LATE = "terlambat"
    NOT_DUE = "belum jatuh tempo"
    EVENT = "terikat tahapan"
    UNSCHEDULED = "tidak terjadwal"


def _month_passed(year: int, month: int, on: date) -> bool:
    return on > date(year, month, calendar.monthrange(year, month)[1])


def _months(start_year: int, start: int, end_year: int, end: int) -> list[tuple[int, int]]:
    out, year, month = [], start_year, start
    while (year, month) <= (end_year, end):
        out.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def total_target(schedule: Schedule, target: int) -> int:
    """The whole-plan target. A recurring target smaller than its number of periods is read as per
    period ("Setiap bulan, 1 (satu) Laporan" = one a month); otherwise it is the total
    ("Per Triwulan, 4 (empat) Kegiatan" = one a quarter)."""
    if schedule.kind is Kind.RECURRING:
        per_year = PERIODS_PER_YEAR[schedule.every]
        if target < per_year:
            return target * per_year
    return target


def expected_by(schedule: Schedule, target: int, on: date) -> Fraction | None:
    """How much of ``target`` should be done by ``on``; None when the schedule gives no due date."""
    if schedule.kind in (Kind.MONTH, Kind.RANGE):
        months = _months(schedule.year, schedule.start_month, schedule.end_year or schedule.year, schedule.end_month)
        if not months:
            return None
        passed = sum(_month_passed(y, m, on) for y, m in months)
        return Fraction(target * passed, len(months))
    if schedule.kind is Kind.RECURRING:
        per_year = PERIODS_PER_YEAR[schedule.every]
        length = 12 // per_year
        passed = sum(_month_passed(schedule.year, (i + 1) * length, on) for i in range(per_year))
        return Fraction(total_target(schedule, target) * passed, per_year)
    return None


def row_status(schedule: Schedule, target: int, achieved: int, on: date) -> Status:
    """The status readers see for one target: done, on track, late, not yet due, or event-bound."""
    if achieved >= total_target(schedule, target) > 0:
        return Status.DONE
    if schedule.kind is Kind.EVENT:
        return Status.EVENT
    expected = expected_by(schedule, target, on)
    if expected is None:
        return Status.UNSCHEDULED
    if expected == 0:
        return Status.NOT_DUE
    return Status.ON_TRACK if achieved >= expected else Status.LATE
