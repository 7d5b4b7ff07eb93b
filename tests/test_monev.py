"""Monev arithmetic on the seed plans, hand-worked for every schedule kind they contain.

Each case names the row (its code on the plan page), the schedule text and target as printed, the
realisasi recorded, and the status a reader must see on the day; the comment shows the working.
"""

from __future__ import annotations

from datetime import date

import pytest

from zisite.domain.monev import assess_plan
from zisite.domain.rows import row_code
from zisite.domain.progress import Status, due_months, expected_by, owed, spread
from zisite.domain.schedule import parse_schedule
from zisite.models import Record
from zisite.load import load_project

from helpers import ROOT

JULY_1 = date(2026, 7, 1)
SIGNED_BANGGAI = date(2025, 10, 31)


@pytest.fixture(scope="module")
def plans():
    project = load_project(ROOT)
    return {e.plan.kantor: e for e in project.plans}


def record(code: str, month: str, amount: int | None = 1, **extra) -> Record:
    return Record(baris=code, bulan=month, kegiatan="uji", jumlah=amount, **extra)


def test_spread_in_whole_units():
    assert spread(1, 12) == [0] * 11 + [1]      # one report over a year: due in December
    assert spread(2, 2) == [1, 1]
    assert spread(1, 3) == [0, 0, 1]
    assert spread(4, 4) == [1, 1, 1, 1]
    assert spread(3, 2) == [1, 2]
    assert sum(spread(7, 5)) == 7


def test_recurring_periods_before_signing_are_not_owed():
    # Banggai Kepulauan 1.4.1.1 "Setiap bulan", "3 (tiga) Dokumen", plan signed 31 October 2025:
    # October, November, December at 3 each = 9 (not 36 for a whole year).
    schedule = parse_schedule("Setiap bulan", 2025)
    assert due_months(schedule, 3, SIGNED_BANGGAI) == [((2025, 10), 3), ((2025, 11), 3), ((2025, 12), 3)]
    assert owed(schedule, 3, SIGNED_BANGGAI) == 9
    assert expected_by(schedule, 3, date(2025, 12, 1), SIGNED_BANGGAI) == 6


def test_duration_falls_due_months_after_signing():
    # Banggai Kepulauan 2.2.1.1 "3 (tiga) bulan": signed 31 October 2025 → due end of January 2026.
    schedule = parse_schedule("3 (tiga) bulan", 2025)
    assert due_months(schedule, 1, SIGNED_BANGGAI) == [((2026, 1), 1)]
    assert expected_by(schedule, 1, date(2026, 1, 31), SIGNED_BANGGAI) == 0
    assert expected_by(schedule, 1, date(2026, 2, 1), SIGNED_BANGGAI) == 1


# (office, row code, printed target waktu, printed target capaian, records, status on 1 July 2026)
CASES = [
    # Month: "Januari 2026", 1 Laporan; due end of January; nothing recorded → late.
    ("sigi", "4.2.1.2", "Januari 2026", "1 (satu) Laporan", [], Status.LATE),
    ("sigi", "4.2.1.2", "Januari 2026", "1 (satu) Laporan", [("2026-01", 1)], Status.DONE),
    # Month not yet reached: "Desember 2026" → nothing due on 1 July.
    ("sigi", "2.2.1.1", "Desember 2026", "1 (satu) Laporan", [], Status.NOT_DUE),
    # Range: "Januari s.d. Februari 2026", 1 Laporan → the one report due end of February → late.
    ("sigi", "2.1.1.1", "Januari s.d. Februari 2026", "1 (satu) Laporan", [], Status.LATE),
    # Range over the year: "Januari s.d. Desember 2026", 1 → due in December → not due yet.
    ("sigi", "1.4.1.1", "Januari s.d. Desember 2026", "1 (satu) Laporan", [], Status.NOT_DUE),
    # … and a report already delivered early counts as on track, then done once it is the whole target.
    ("sigi", "1.4.1.1", "Januari s.d. Desember 2026", "1 (satu) Laporan", [("2026-03", 1)], Status.DONE),
    # Per Triwulan, 4 Kegiatan: one a quarter; Q1 and Q2 have passed → 2 expected.
    ("sigi", "1.3.2.2", "Per Triwulan", "4 (empat) Kegiatan", [("2026-03", 1), ("2026-06", 1)], Status.ON_TRACK),
    ("sigi", "1.3.2.2", "Per Triwulan", "4 (empat) Kegiatan", [("2026-03", 1)], Status.LATE),
    # Per Semester, 2 Laporan: one a semester; semester I has passed → 1 expected.
    ("sigi", "3.6.1.1", "Per Semester", "2 (dua) Laporan", [("2026-06", 1)], Status.ON_TRACK),
    ("sigi", "5.4.2.1", "Per Semester", "2 (dua) Laporan", [], Status.LATE),
    # Setiap Bulan, 1 Laporan: one a month (12 in all); January–June passed → 6 expected.
    ("sigi", "6.2.1.1", "Setiap Bulan", "1 (satu) Laporan", [(f"2026-0{m}", 1) for m in range(1, 7)], Status.ON_TRACK),
    ("sigi", "6.2.1.1", "Setiap Bulan", "1 (satu) Laporan", [(f"2026-0{m}", 1) for m in range(1, 6)], Status.LATE),
    # Event-bound: "Saat tahapan", 2 Kegiatan: no due date, never late, even with nothing recorded.
    ("banggai-kepulauan", "6.3.1.1", "Saat tahapan", "2 (dua) Kegiatan", [], Status.EVENT),
    ("banggai-kepulauan", "7.1.1.1", "Setelah Tahapan", "2 (dua) Kegiatan", [("2025-11", 2)], Status.DONE),
    # Duration: "3 (tiga) bulan" from signing (31 Oct 2025) → due January 2026; no target number → 1.
    ("banggai-kepulauan", "2.2.1.1", "3 (tiga) bulan", None, [], Status.LATE),
    # Empty target waktu in the source: nothing to measure against.
    ("banggai-kepulauan", "3.1.2.1", None, None, [], Status.UNSCHEDULED),
    # Range "Oktober - November 2025", 2 Kegiatan: one a month; by July 2026 both due.
    ("banggai-kepulauan", "7.1.1.2", "Oktober - November 2025", "2 (dua) Kegiatan", [("2025-10", 1)], Status.LATE),
]


@pytest.mark.parametrize("office,code,when,target,done,status", CASES)
def test_status_of_seed_rows(plans, office, code, when, target, done, status):
    plan = plans[office].plan
    row = next(r for r in assess_plan(plan, (), JULY_1).rows if r.code == code)
    assert row.row.target_waktu == ((when,) if when else ())  # the case describes the real row
    assert row.row.target_capaian == ((target,) if target else ())
    records = tuple(record(code, month, n) for month, n in done)
    result = next(r for r in assess_plan(plan, records, JULY_1).rows if r.code == code)
    assert result.status is status


def test_row_with_two_targets_is_done_only_when_both_are(plans):
    # Banggai Kepulauan 5.1.1.1: "Oktober 2025" 1 Kegiatan and "Setiap bulan" 1 Dokumen (Oct–Dec: 3).
    plan = plans["banggai-kepulauan"].plan
    first = (record("5.1.1.1", "2025-10"),)
    both = first + tuple(record("5.1.1.1", f"2025-{m}", target_ke=2) for m in ("10", "11", "12"))
    by_code = lambda records: {r.code: r for r in assess_plan(plan, records, JULY_1).rows}["5.1.1.1"]  # noqa: E731
    assert [t.status for t in by_code(first).targets] == [Status.DONE, Status.LATE]
    assert by_code(first).status is Status.LATE
    assert by_code(both).status is Status.DONE


def test_cancelled_row_is_not_late_and_keeps_its_reason(plans):
    plan = plans["sigi"].plan
    records = (Record(baris="2.1.1.1", bulan="2026-02", kegiatan="uji", status="batal", alasan="alasan uji"),)
    row = {r.code: r for r in assess_plan(plan, records, JULY_1).rows}["2.1.1.1"]
    assert row.status is Status.CANCELLED and row.cancelled_reason == "alasan uji"


def test_example_data_on_1_july_2026(plans):
    """The committed sample realisasi: Sigi shows every status its plan can have; Banggai Kepulauan,
    its year over, shows a final result with event-bound rows."""
    sigi = assess_plan(plans["sigi"].plan, plans["sigi"].realisasi.realisasi, JULY_1)
    counts = sigi.total().counts
    for status in (Status.DONE, Status.ON_TRACK, Status.LATE, Status.NOT_DUE, Status.CANCELLED):
        assert counts[status] >= 1, status
    assert sum(counts.values()) == 65
    assert not sigi.year_over
    banggai = assess_plan(plans["banggai-kepulauan"].plan, plans["banggai-kepulauan"].realisasi.realisasi, JULY_1)
    assert banggai.year_over
    assert banggai.total().counts[Status.EVENT] == 2 and banggai.total().counts[Status.LATE] >= 1
    assert banggai.total().counts[Status.NOT_DUE] == 0 and banggai.total().counts[Status.ON_TRACK] == 0


def test_late_rows_come_longest_overdue_first(plans):
    late = assess_plan(plans["sigi"].plan, plans["sigi"].realisasi.realisasi, JULY_1).late()
    dues = [r.next_due for r in late]
    assert dues == sorted(dues) and dues[0] == (2026, 2)


def test_roll_ups_add_up(plans):
    progress = assess_plan(plans["sigi"].plan, plans["sigi"].realisasi.realisasi, JULY_1)
    areas = progress.by_area(plans["sigi"].plan)
    assert sum(r.rows for _a, r in areas) == 65 == sum(r.rows for r in progress.by_lever().values())
    assert sum(r.done for _a, r in areas) == progress.total().done


def test_row_code_counts_from_one():
    assert row_code(0, 0, 2, 0) == "1.1.3.1"


def test_record_dated_after_the_build_date_does_not_count(plans):
    # Sigi 4.2.1.2 "Januari 2026", 1 Laporan: a report dated 2 July does not make it done on 1 July,
    # nor does a "selesai" dated then; from 2 July on it does.
    plan = plans["sigi"].plan
    late = (Record(baris="4.2.1.2", tanggal=date(2026, 7, 2), kegiatan="uji", jumlah=1, status="selesai"),)
    on = lambda day: {r.code: r for r in assess_plan(plan, late, day).rows}["4.2.1.2"]  # noqa: E731
    assert on(JULY_1).status is Status.LATE and on(JULY_1).targets[0].achieved == 0
    assert len(on(JULY_1).records) == 1  # still listed with its date
    assert on(date(2026, 7, 2)).status is Status.DONE
    month_only = (record("4.2.1.2", "2026-08"),)
    assert {r.code: r for r in assess_plan(plan, month_only, JULY_1).rows}["4.2.1.2"].status is Status.LATE
