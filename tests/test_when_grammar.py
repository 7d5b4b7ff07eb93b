"""The shared "when" grammar (domain/when.py) over target waktu as KPU and ministry ZI action plans write them.

Each string is written the way it appears in public rencana aksi ZI documents (case, punctuation,
spacing, abbreviations, Roman and Arabic numbers, with and without the year), with its expected
reading in a short notation (``reading`` below):

    2026-03-01..2026-03-31          the days covered (several spans joined by " + ")
    2026-03-15                      one day
    by …                            a deadline ("paling lambat …", "hingga …")
    every bulan×2 day 10 in …       a recurrence: unit, interval, due day of the month, window, year
    after 5 hari kerja [event]      a count of days after something (a KPU event when "event")
    event                           bound to a KPU event (tahapan, pemungutan suara …): no date
    … !                             read, with a warning (spelled-out count or weekday disagrees …)

Then the strings that are deliberately unreadable, with the reason; then what the monitoring
makes of the new forms (due dates, hand-worked) and what a staff member sees from ``zisite check``.
"""

from __future__ import annotations

from datetime import date
from fractions import Fraction

import pytest

from zisite.domain.periods import parse_period
from zisite.domain.progress import Status, due_months, expected_by, owed, row_status
from zisite.domain.schedule import Kind, parse_schedule
from zisite.domain.when import When, read_when

from helpers import MINIMAL_PLAN, run_main


def reading(w: When) -> str:
    if not w.read:
        return "-"
    spans = " + ".join(str(s.start) if s.start == s.end else f"{s.start}..{s.end}" for s in w.spans)
    if w.recurrence:
        r = w.recurrence
        out = (f"every {r.unit}" + (f"×{r.interval}" if r.interval > 1 else "") + (f" day {r.day}" if r.day else "")
               + (f" in {spans}" if spans else "") + (f" {w.years[-1]}" if w.years and not spans else ""))
    elif w.relative:
        out = f"after {w.relative.count} {w.relative.unit}" + (" event" if w.event else "")
    elif w.event:
        out = "event"
    else:
        out = ("by " if w.deadline else "") + spans
    return out + (" !" if w.problem else "")


# text, plan year → expected reading
READ = [
    ('Januari 2026', 2026, '2026-01-01..2026-01-31'),
    ('januari 2026', 2026, '2026-01-01..2026-01-31'),
    ('JANUARI 2026', 2026, '2026-01-01..2026-01-31'),
    ('Jan 2026', 2026, '2026-01-01..2026-01-31'),
    ('Jan. 2026', 2026, '2026-01-01..2026-01-31'),
    ('Februari', 2026, '2026-02-01..2026-02-28'),
    ('Pebruari 2026', 2026, '2026-02-01..2026-02-28'),
    ('Feb 2026', 2026, '2026-02-01..2026-02-28'),
    ('Maret 2026', 2026, '2026-03-01..2026-03-31'),
    ('Mar 2026', 2026, '2026-03-01..2026-03-31'),
    ('April 2026', 2026, '2026-04-01..2026-04-30'),
    ('Apr 2026', 2026, '2026-04-01..2026-04-30'),
    ('Mei 2026', 2026, '2026-05-01..2026-05-31'),
    ('Juni 2026', 2026, '2026-06-01..2026-06-30'),
    ('Jun 2026', 2026, '2026-06-01..2026-06-30'),
    ('Juli', 2026, '2026-07-01..2026-07-31'),
    ('Jul 2026', 2026, '2026-07-01..2026-07-31'),
    ('Agustus 2026', 2026, '2026-08-01..2026-08-31'),
    ('Agust 2026', 2026, '2026-08-01..2026-08-31'),
    ('Agu 2026', 2026, '2026-08-01..2026-08-31'),
    ('Agt 2026', 2026, '2026-08-01..2026-08-31'),
    ('Ags 2026', 2026, '2026-08-01..2026-08-31'),
    ('Sept 2026', 2026, '2026-09-01..2026-09-30'),
    ('Sep 2026', 2026, '2026-09-01..2026-09-30'),
    ('September', 2026, '2026-09-01..2026-09-30'),
    ('Oktober 2026', 2026, '2026-10-01..2026-10-31'),
    ('Okt 2026', 2026, '2026-10-01..2026-10-31'),
    ('Nopember 2026', 2026, '2026-11-01..2026-11-30'),
    ('Nop 2026', 2026, '2026-11-01..2026-11-30'),
    ('Nov 2026', 2026, '2026-11-01..2026-11-30'),
    ('Desember 2026', 2026, '2026-12-01..2026-12-31'),
    ('Des 2026', 2026, '2026-12-01..2026-12-31'),
    ('Bulan Maret 2026', 2026, '2026-03-01..2026-03-31'),
    ('Bulan Juni', 2026, '2026-06-01..2026-06-30'),
    ('Maret tahun 2026', 2026, '2026-03-01..2026-03-31'),
    ('Januari s.d. Maret 2026', 2026, '2026-01-01..2026-03-31'),
    ('Januari s.d Maret 2026', 2026, '2026-01-01..2026-03-31'),
    ('Januari s/d Maret 2026', 2026, '2026-01-01..2026-03-31'),
    ('Januari S.D Maret 2026', 2026, '2026-01-01..2026-03-31'),
    ('JANUARI S/D DESEMBER 2026', 2026, '2026-01-01..2026-12-31'),
    ('Januari sd Juni 2026', 2026, '2026-01-01..2026-06-30'),
    ('Januari sampai Juni 2026', 2026, '2026-01-01..2026-06-30'),
    ('Januari sampai dengan Juni 2026', 2026, '2026-01-01..2026-06-30'),
    ('Januari hingga Juni 2026', 2026, '2026-01-01..2026-06-30'),
    ('Januari – Juni 2026', 2026, '2026-01-01..2026-06-30'),
    ('Januari—Juni 2026', 2026, '2026-01-01..2026-06-30'),
    ('Januari-Juni 2026', 2026, '2026-01-01..2026-06-30'),
    ('Jan - Mar 2026', 2026, '2026-01-01..2026-03-31'),
    ('Okt - Des', 2026, '2026-10-01..2026-12-31'),
    ('Okt-Des 2026', 2026, '2026-10-01..2026-12-31'),
    ('Agt - Sept 2026', 2026, '2026-08-01..2026-09-30'),
    ('April s.d.Juni 2026', 2026, '2026-04-01..2026-06-30'),
    ('Februari s.d. November', 2026, '2026-02-01..2026-11-30'),
    ('Januari 2026 s.d. Desember 2026', 2026, '2026-01-01..2026-12-31'),
    ('Juli s.d. Desember tahun 2026', 2026, '2026-07-01..2026-12-31'),
    ('Oktober 2025 - Maret 2026', 2025, '2025-10-01..2026-03-31'),
    ('November 2025 s.d. Februari 2026', 2026, '2025-11-01..2026-02-28'),
    ('Desember - Januari 2026', 2026, '2025-12-01..2026-01-31'),
    ('Desember 2025 - Januari', 2026, '2025-12-01..2026-01-31'),
    ('Nop - Feb 2026', 2026, '2025-11-01..2026-02-28'),
    ('Januari-10 Mei 2026', 2026, '2026-01-01..2026-05-10'),
    ('Januari s.d. 15 Maret 2026', 2026, '2026-01-01..2026-03-15'),
    ('1-15 Maret 2026', 2026, '2026-03-01..2026-03-15'),
    ('1 s.d. 15 Maret 2026', 2026, '2026-03-01..2026-03-15'),
    ('2 Januari - 31 Maret 2026', 2026, '2026-01-02..2026-03-31'),
    ('15 Maret 2026', 2026, '2026-03-15'),
    ('15 Mar 2026', 2026, '2026-03-15'),
    ('31 Desember 2026', 2026, '2026-12-31'),
    ('tanggal 17 Agustus 2026', 2026, '2026-08-17'),
    ('Tgl. 10 Januari 2026', 2026, '2026-01-10'),
    ('10/01/2026', 2026, '2026-01-10'),
    ('2026-03-31', 2026, '2026-03-31'),
    ('31-12-2026', 2026, '2026-12-31'),
    ('hingga 30 Juni 2026', 2026, 'by 2026-06-30'),
    ('sampai dengan 31 Maret 2026', 2026, 'by 2026-03-31'),
    ('s.d. 31 Desember 2026', 2026, 'by 2026-12-31'),
    ('paling lambat tanggal 31 Juli 2026', 2026, 'by 2026-07-31'),
    ('Paling lambat 31 Januari 2026', 2026, 'by 2026-01-31'),
    ('Paling lambat akhir Maret 2026', 2026, 'by 2026-03-01..2026-03-31'),
    ('paling lambat Juni 2026', 2026, 'by 2026-06-01..2026-06-30'),
    ('Selambat-lambatnya 31 Maret 2026', 2026, 'by 2026-03-31'),
    ('selambat-lambatnya bulan Oktober 2026', 2026, 'by 2026-10-01..2026-10-31'),
    ('Maksimal 15 Februari 2026', 2026, 'by 2026-02-15'),
    ('Batas waktu 30 April 2026', 2026, 'by 2026-04-30'),
    ('Per 31 Desember 2026', 2026, '2026-12-31'),
    ('Akhir Desember 2026', 2026, '2026-12-01..2026-12-31'),
    ('Awal tahun 2026', 2026, '2026-01-01..2026-01-31'),
    ('Akhir tahun 2026', 2026, '2026-12-01..2026-12-31'),
    ('Akhir Triwulan I 2026', 2026, '2026-03-01..2026-03-31'),
    ('Senin (2/3/2026)', 2026, '2026-03-02'),
    ('Senin, 2 Maret 2026', 2026, '2026-03-02'),
    ('Kamis, 5 Februari 2026', 2026, '2026-02-05'),
    ('Jumat (13/3/2026)', 2026, '2026-03-13'),
    ("Jum'at, 13 Maret 2026", 2026, '2026-03-13'),
    ('Rabu 1 April 2026', 2026, '2026-04-01'),
    ('Selasa, 2 Maret 2026', 2026, '2026-03-02 !'),
    ('Triwulan I', 2026, '2026-01-01..2026-03-31'),
    ('Triwulan I 2026', 2026, '2026-01-01..2026-03-31'),
    ('Triwulan III 2026', 2026, '2026-07-01..2026-09-30'),
    ('TRIWULAN IV', 2026, '2026-10-01..2026-12-31'),
    ('Triwulan 2', 2026, '2026-04-01..2026-06-30'),
    ('Triwulan ke-3', 2026, '2026-07-01..2026-09-30'),
    ('TW 1', 2026, '2026-01-01..2026-03-31'),
    ('TW I 2026', 2026, '2026-01-01..2026-03-31'),
    ('TW. IV 2026', 2026, '2026-10-01..2026-12-31'),
    ('Tw 3', 2026, '2026-07-01..2026-09-30'),
    ('Triwulan II tahun 2026', 2026, '2026-04-01..2026-06-30'),
    ('Semester I', 2026, '2026-01-01..2026-06-30'),
    ('Semester II 2026', 2026, '2026-07-01..2026-12-31'),
    ('Semester 1 2026', 2026, '2026-01-01..2026-06-30'),
    ('SEMESTER II', 2026, '2026-07-01..2026-12-31'),
    ('Tahun 2026', 2026, '2026-01-01..2026-12-31'),
    ('tahun 2026', 2026, '2026-01-01..2026-12-31'),
    ('TA 2026', 2026, '2026-01-01..2026-12-31'),
    ('T.A. 2026', 2026, '2026-01-01..2026-12-31'),
    ('Tahun Anggaran 2026', 2026, '2026-01-01..2026-12-31'),
    ('2026', 2026, '2026-01-01..2026-12-31'),
    ('Triwulan I s/d III', 2026, '2026-01-01..2026-09-30'),
    ('Triwulan I s.d. Triwulan IV 2026', 2026, '2026-01-01..2026-12-31'),
    ('Triwulan I - III 2026', 2026, '2026-01-01..2026-09-30'),
    ('TW 1 s/d TW 3', 2026, '2026-01-01..2026-09-30'),
    ('Triwulan II + III', 2026, '2026-04-01..2026-09-30'),
    ('Triwulan I, II, III dan IV', 2026, '2026-01-01..2026-12-31'),
    ('Triwulan I dan III', 2026, '2026-01-01..2026-03-31 + 2026-07-01..2026-09-30'),
    ('TW 2 dan TW 4 2026', 2026, '2026-04-01..2026-06-30 + 2026-10-01..2026-12-31'),
    ('Semester I s.d. II 2026', 2026, '2026-01-01..2026-12-31'),
    ('Semester I dan II', 2026, '2026-01-01..2026-12-31'),
    ('TW 2 | Apr - Jun', 2026, '2026-04-01..2026-06-30'),
    ('Triwulan I | Januari - Maret 2026', 2026, '2026-01-01..2026-03-31'),
    ('TW 3 | Apr - Jun', 2026, '2026-07-01..2026-09-30 !'),
    ('Maret, Juni, September dan Desember 2026', 2026, '2026-03-01..2026-03-31 + 2026-06-01..2026-06-30 + 2026-09-01..2026-09-30 + 2026-12-01..2026-12-31'),
    ('Juni dan Desember 2026', 2026, '2026-06-01..2026-06-30 + 2026-12-01..2026-12-31'),
    ('Maret & September', 2026, '2026-03-01..2026-03-31 + 2026-09-01..2026-09-30'),
    ('Januari, Februari, Maret 2026', 2026, '2026-01-01..2026-03-31'),
    ('Oktober, November, Desember 2025', 2025, '2025-10-01..2025-12-31'),
    ('Setiap bulan', 2026, 'every bulan'),
    ('setiap Bulan', 2026, 'every bulan'),
    ('SETIAP BULAN', 2026, 'every bulan'),
    ('Tiap bulan', 2026, 'every bulan'),
    ('Tiap-tiap bulan', 2026, 'every bulan'),
    ('Per bulan', 2026, 'every bulan'),
    ('Bulanan', 2026, 'every bulan'),
    ('Sebulan sekali', 2026, 'every bulan'),
    ('1 (satu) kali sebulan', 2026, 'every bulan'),
    ('1 kali dalam sebulan', 2026, 'every bulan'),
    ('Setiap akhir bulan', 2026, 'every bulan'),
    ('Setiap awal bulan', 2026, 'every bulan'),
    ('setiap 2 (dua) bulan', 2026, 'every bulan×2'),
    ('Setiap 2 bulan', 2026, 'every bulan×2'),
    ('setiap dua bulan', 2026, 'every bulan×2'),
    ('Setiap 3 (tiga) bulan', 2026, 'every bulan×3'),
    ('Setiap 6 (enam) bulan', 2026, 'every bulan×6'),
    ('setiap 2 (tiga) bulan', 2026, 'every bulan×2 !'),
    ('Setiap Triwulan', 2026, 'every triwulan'),
    ('Per Triwulan', 2026, 'every triwulan'),
    ('per triwulan', 2026, 'every triwulan'),
    ('Triwulanan', 2026, 'every triwulan'),
    ('Setiap TW', 2026, 'every triwulan'),
    ('Setiap Semester', 2026, 'every semester'),
    ('Per Semester', 2026, 'every semester'),
    ('Semesteran', 2026, 'every semester'),
    ('Setiap tahun', 2026, 'every tahun'),
    ('Tahunan', 2026, 'every tahun'),
    ('Setahun sekali', 2026, 'every tahun'),
    ('Setiap minggu', 2026, 'every minggu'),
    ('setiap Minggu', 2026, 'every minggu'),
    ('Per minggu', 2026, 'every minggu'),
    ('Mingguan', 2026, 'every minggu'),
    ('Seminggu sekali', 2026, 'every minggu'),
    ('Setiap 2 (dua) minggu', 2026, 'every minggu×2'),
    ('Setiap hari', 2026, 'every hari'),
    ('Setiap hari kerja', 2026, 'every hari'),
    ('Harian', 2026, 'every hari'),
    ('Per bulan - Februari s.d. November', 2026, 'every bulan in 2026-02-01..2026-11-30'),
    ('Setiap bulan, Januari s.d. Desember 2026', 2026, 'every bulan in 2026-01-01..2026-12-31'),
    ('Setiap bulan (Januari - Desember 2026)', 2026, 'every bulan in 2026-01-01..2026-12-31'),
    ('Setiap bulan tahun 2026', 2026, 'every bulan 2026'),
    ('Setiap Triwulan 2026', 2026, 'every triwulan 2026'),
    ('Per Triwulan (TW I - TW IV)', 2026, 'every triwulan in 2026-01-01..2026-12-31'),
    ('Setiap bulan paling lambat tanggal 10', 2026, 'every bulan day 10'),
    ('Paling lambat tanggal 10 setiap bulan', 2026, 'every bulan day 10'),
    ('Tanggal 5 setiap bulan', 2026, 'every bulan day 5'),
    ('Setiap Bulan (Laporan Bulanan)', 2026, 'every bulan'),
    ('3 (tiga) bulan', 2026, 'after 3 bulan'),
    ('Dalam 3 (tiga) bulan', 2026, 'after 3 bulan'),
    ('dalam waktu 6 (enam) bulan', 2026, 'after 6 bulan'),
    ('paling lambat 5 (lima) hari kerja', 2026, 'after 5 hari kerja'),
    ('5 (lima) hari kerja', 2026, 'after 5 hari kerja'),
    ('Paling lambat 14 (empat belas) hari kerja setelah permohonan diterima', 2026, 'after 14 hari kerja'),
    ('3 (tiga) hari kerja sejak laporan diterima', 2026, 'after 3 hari kerja'),
    ('Maksimal 7 hari', 2026, 'after 7 hari'),
    ('paling lambat 3 (tiga) hari setelah penetapan', 2026, 'after 3 hari event'),
    ('5 (lima) hari kerja setelah penetapan hasil pemilihan', 2026, 'after 5 hari kerja event'),
    ('2 (dua) minggu sebelum pemungutan suara', 2026, 'after 2 minggu event'),
    ('paling lambat 5 (empat) hari kerja', 2026, 'after 5 hari kerja !'),
    ('Saat tahapan', 2026, 'event'),
    ('Setelah Tahapan', 2026, 'event'),
    ('sebelum tahapan', 2026, 'event'),
    ('Selama masa tahapan', 2026, 'event'),
    ('Pada masa tahapan Pemilu', 2026, 'event'),
    ('Sesuai tahapan Pilkada', 2026, 'event'),
    ('Menyesuaikan jadwal tahapan', 2026, 'event'),
    ('Mengikuti tahapan pemilihan', 2026, 'event'),
    ('Saat pemutakhiran data pemilih berkelanjutan', 2026, 'event'),
    ('Setelah pelantikan', 2026, 'event'),
    ('H-7 pemungutan suara', 2026, 'event'),
    ('H+3 setelah pemungutan suara', 2026, 'event'),
    ('Saat rapat pleno rekapitulasi', 2026, 'event'),
    ('Oktober - Desember 2025 (Kartu Kendali)', 2026, '2025-10-01..2025-12-31'),
    ('Maret 2026 (Rapat Evaluasi)', 2026, '2026-03-01..2026-03-31'),
    ('Januari s.d. Desember 2026.', 2026, '2026-01-01..2026-12-31'),
    ('  Maret   2026  ', 2026, '2026-03-01..2026-03-31'),
    ('Maret 2026 - Januari 2026', 2026, '2026-03-01..2026-01-31 !'),
    ('Oktober 2024', 2025, '2024-10-01..2024-10-31'),

]


@pytest.mark.parametrize("text,year,expected", READ, ids=[f"{t}@{y}" for t, y, _e in READ])
def test_string_is_read(text, year, expected):
    assert reading(read_when(text, year)) == expected


# Deliberately unreadable: kept verbatim, shown as written, warned once.
UNREADABLE = [
    ("Per", "truncated: per what?"),
    ("Januari s.d", "truncated range: no end"),
    ("Triwulan", "which triwulan?"),
    ("Triwulan 5", "a year has four triwulan"),
    ("Semester III", "a year has two semesters"),
    ("Bulan ketiga belas", "no thirteenth month"),
    ("31 Juni 2026", "June has 30 days"),
    ("Juni 26", "a two-digit year could be a day; refused rather than guessed"),
    ("Sesuai kebutuhan", "as needed: no date and no KPU event"),
    ("Insidental", "incidental: no date"),
    ("Berkala", "periodic, but how often?"),
    ("Rutin", "routine, but how often?"),
    ("TBA", "not decided"),
    ("Menyesuaikan", "adjusting to what?"),
    ("Minggu ke-2 setiap bulan", "week-of-month forms are not read (yet)"),
    ("Kuartal 1", "not a word these plans use for a triwulan"),
    ("Q1 2026", "English abbreviation"),
    ("2x setahun", "twice a year, but when?"),
    ("Setiap 2 tahun", "never falls due inside a one-year plan"),
    ("Mulai Januari 2026", "a start with no end"),
    ("Januari s.d. selesai", "an end that is no date"),
    ("Segera", "as soon as possible"),
    ("Setiap saat", "at any time"),
    ("Awal bulan", "the start of which month?"),
]


@pytest.mark.parametrize("text,reason", UNREADABLE, ids=[t for t, _r in UNREADABLE])
def test_string_is_deliberately_unreadable(text, reason):
    when = read_when(text, 2026)
    assert not when.read, reason
    schedule = parse_schedule(text, 2026)
    assert schedule.kind is Kind.UNKNOWN and schedule.text == text and schedule.label == text.strip()
    assert schedule.problem


def test_collection_is_large_enough():
    assert len(READ) + len(UNREADABLE) >= 150
    assert len({t for t, *_ in READ} | {t for t, _r in UNREADABLE}) == len(READ) + len(UNREADABLE)


# --- what the monitoring makes of it -----------------------------------------------------------

JULY_1 = date(2026, 7, 1)

# text, target → the amounts due per month (plan year 2026, signed 1 January)
DUE = [
    ("paling lambat tanggal 31 Juli 2026", 1, [((2026, 7), 1)]),
    ("Triwulan III 2026", 1, [((2026, 9), 1)]),
    ("Triwulan I s/d III", 3, [((2026, 3), 1), ((2026, 6), 1), ((2026, 9), 1)]),
    ("Triwulan I dan III", 2, [((2026, 3), 1), ((2026, 9), 1)]),   # only the quarters listed
    ("Maret, Juni, September dan Desember 2026", 4, [((2026, 3), 1), ((2026, 6), 1), ((2026, 9), 1), ((2026, 12), 1)]),
    ("Semester II 2026", 1, [((2026, 12), 1)]),
    ("Tahun 2026", 1, [((2026, 12), 1)]),
    ("Desember - Januari 2026", 2, [((2025, 12), 1), ((2026, 1), 1)]),  # December of the year before
    ("Januari-10 Mei 2026", 5, [((2026, m), 1) for m in range(1, 6)]),
    ("setiap 2 (dua) bulan", 1, [((2026, m), 1) for m in (2, 4, 6, 8, 10, 12)]),
    ("Per bulan - Februari s.d. November", 1, [((2026, m), 1) for m in range(2, 12)]),
    ("Setiap bulan (Februari - November)", 1, [((2026, m), 1) for m in range(2, 12)]),  # the remark is its window
    ("Setiap Triwulan 2026", 4, [((2026, m), 1) for m in (3, 6, 9, 12)]),
    # Weeks end on Sundays: 4 Sundays in January 2026, 5 in May, 52 in the year.
    ("Setiap minggu", 1, [((2026, 1), 4), ((2026, 2), 4), ((2026, 3), 5), ((2026, 4), 4), ((2026, 5), 5),
                          ((2026, 6), 4), ((2026, 7), 4), ((2026, 8), 5), ((2026, 9), 4), ((2026, 10), 4),
                          ((2026, 11), 5), ((2026, 12), 4)]),
    ("Saat tahapan", 1, []),
    ("H-7 pemungutan suara", 1, []),
    ("paling lambat 5 (lima) hari kerja", 1, []),
    ("Setiap hari kerja", 1, []),
]


@pytest.mark.parametrize("text,target,due", DUE, ids=[t for t, *_ in DUE])
def test_due_months_of_new_forms(text, target, due):
    assert due_months(parse_schedule(text, 2026), target, date(2026, 1, 1)) == due


# A written day is due on that day, not at the end of its month.
@pytest.mark.parametrize("text,target,day,expected", [
    ("15 Maret 2026", 1, date(2026, 3, 15), 0),
    ("15 Maret 2026", 1, date(2026, 3, 16), 1),
    ("paling lambat tanggal 31 Juli 2026", 1, date(2026, 7, 31), 0),
    ("paling lambat tanggal 31 Juli 2026", 1, date(2026, 8, 1), 1),
    ("Senin (2/3/2026)", 1, date(2026, 3, 3), 1),
    ("Januari-10 Mei 2026", 5, date(2026, 5, 10), 4),
    ("Januari-10 Mei 2026", 5, date(2026, 5, 11), 5),
    ("Paling lambat tanggal 10 setiap bulan", 1, date(2026, 7, 10), 6),
    ("Paling lambat tanggal 10 setiap bulan", 1, date(2026, 7, 11), 7),
    ("setiap 2 (dua) bulan", 1, JULY_1, 3),
    ("Setiap minggu", 1, JULY_1, 26),
    ("Triwulan II + III", 2, JULY_1, 1),
])
def test_expected_by_day(text, target, day, expected):
    assert expected_by(parse_schedule(text, 2026), target, day) == Fraction(expected)


@pytest.mark.parametrize("text,target,achieved,status", [
    ("15 Maret 2026", 1, 0, Status.LATE),
    ("Triwulan III 2026", 1, 0, Status.NOT_DUE),
    ("setiap 2 (dua) bulan", 1, 3, Status.ON_TRACK),
    ("setiap 2 (dua) bulan", 1, 2, Status.LATE),
    ("setiap 2 (dua) bulan", 1, 6, Status.DONE),
    # Not datable: never late, never given an invented date.
    ("H-7 pemungutan suara", 1, 0, Status.EVENT),
    ("5 (lima) hari kerja setelah penetapan hasil pemilihan", 1, 0, Status.EVENT),
    ("paling lambat 5 (lima) hari kerja", 1, 0, Status.UNSCHEDULED),
    ("Paling lambat 14 (empat belas) hari kerja setelah permohonan diterima", 1, 0, Status.UNSCHEDULED),
    ("Setiap hari kerja", 1, 0, Status.UNSCHEDULED),
    ("Setiap hari kerja", 1, 1, Status.DONE),
])
def test_status_of_new_forms(text, target, achieved, status):
    assert row_status(parse_schedule(text, 2026), target, achieved, JULY_1) is status


@pytest.mark.parametrize("text,kind,label", [
    ("Triwulan III 2026", Kind.RANGE, "Triwulan III 2026"),
    ("TW 2 | Apr - Jun", Kind.RANGE, "Triwulan II 2026"),
    ("Triwulan I s/d III", Kind.RANGE, "Triwulan I–III 2026"),
    ("Triwulan II + III", Kind.RANGE, "Triwulan II + III 2026"),
    ("Sept 2026", Kind.MONTH, "September 2026"),
    ("Okt - Des", Kind.RANGE, "Oktober–Desember 2026"),
    ("15 Maret 2026", Kind.MONTH, "15 Maret 2026"),
    ("1-15 Maret 2026", Kind.MONTH, "1–15 Maret 2026"),
    ("Januari-10 Mei 2026", Kind.RANGE, "Januari–10 Mei 2026"),
    ("hingga 30 Juni 2026", Kind.MONTH, "paling lambat 30 Juni 2026"),
    ("Senin (2/3/2026)", Kind.MONTH, "2 Maret 2026"),
    ("Tahun 2026", Kind.RANGE, "Tahun 2026"),
    ("Setiap minggu", Kind.RECURRING, "setiap minggu"),
    ("setiap 2 (dua) bulan", Kind.RECURRING, "setiap 2 (dua) bulan"),
    ("paling lambat 5 (lima) hari kerja", Kind.RELATIVE, "paling lambat 5 (lima) hari kerja"),
    ("H-7 pemungutan suara", Kind.EVENT, "H-7 pemungutan suara"),
    ("Saat tahapan", Kind.EVENT, "saat tahapan"),  # as before the shared grammar
    ("Setiap bulan (Januari - Desember 2026)", Kind.RECURRING, "setiap bulan"),  # as before, with its remark
])
def test_schedule_kind_and_label(text, kind, label):
    schedule = parse_schedule(text, 2026)
    assert (schedule.kind, schedule.label, schedule.problem) == (kind, label, None)


def test_recurrence_owes_every_interval_from_signing():
    # Signed 31 October: "setiap 2 (dua) bulan" owes October and December; "Setiap minggu" the nine
    # Sundays from 1 November (weeks that ended in October before signing are not owed).
    signed = date(2026, 10, 31)
    assert owed(parse_schedule("setiap 2 (dua) bulan", 2026), 1, signed) == 2
    assert owed(parse_schedule("Setiap minggu", 2026), 1, signed) == 9


def test_plans_and_statistics_read_the_same_period_words():
    for text in ("Triwulan III 2026", "TW 2", "Semester II 2026", "Tahun 2026", "Okt - Des", "Triwulan I s/d III"):
        when, period = read_when(text, 2026), parse_period(text)
        assert (when.start.month, when.end.month) == (period.start_month, period.end_month), text


# --- what staff see -----------------------------------------------------------------------------

def _check(make_project, *cells: str) -> str:
    rows = "".join(f"              - uraian: Baris {i}\n                target_waktu: {cell}\n"
                   f"                target_capaian: 1 (satu) Laporan\n" for i, cell in enumerate(cells, 1))
    plan = MINIMAL_PLAN.split("              - uraian: Tim ditetapkan")[0] + rows
    root = make_project(plan=plan)
    result = run_main("check", str(root))
    assert result.code == 0, result.out
    return result.out


def test_new_forms_pass_the_check_without_a_warning(make_project):
    out = _check(make_project, '"Triwulan III 2026"', '"TW 2 | Apr - Jun"', '"paling lambat tanggal 31 Juli 2026"',
                 '"Senin (2/3/2026)"', '"setiap 2 (dua) bulan"', '"Per bulan - Februari s.d. November"',
                 '"H-7 pemungutan suara"')
    assert "schedule-unreadable" not in out and "peringatan" not in out.split("Hasil:")[0], out


def test_unreadable_and_doubtful_cells_are_warned_once_with_a_hint(make_project):
    out = _check(make_project, '"Sesuai kebutuhan"', '"setiap 2 (tiga) bulan"', '"Selasa, 2 Maret 2026"')
    assert out.count("peringatan: target waktu 'Sesuai kebutuhan' tidak dikenali") == 1, out
    assert out.count("peringatan: angka 2 tidak sama dengan kata bilangan '(tiga)'") == 1, out
    assert out.count("peringatan: 2 Maret 2026 jatuh pada hari Senin, bukan Selasa") == 1, out
    # Unreadable: the hint names forms that are read; read with a doubt: check the source.
    assert out.count("petunjuk: bila naskah yang ditandatangani memang tertulis begitu, biarkan: baris ini ditampilkan apa adanya") == 1, out
    assert out.count("petunjuk: periksa naskah aslinya; bila memang tertulis begitu, biarkan") == 2, out
    assert "3 peringatan" in out
