"""Every sentence the site says to its readers that Python (not a template) puts together.

Why a Python module and not YAML: each entry is a named constant that code imports, so a typo in
a name fails at import time and a test, not silently on one page; placeholders are ``str.format``
fields with names (``{year}``, ``{count}``) that say what goes there; and a translator or a
plain-language editor reads one file, grouped by where the text appears, with no loader, no
indentation rules and no quoting surprises (YAML's ``Nihil: …`` and ``No`` traps). Edit the words
freely; keep the ``{names}``. Numbers arrive already formatted (``text.format``).

Not here: the ``zisite check`` messages (pinned by the error catalogue and its corpora), page
titles and navigation (the page registry, render/site.py), open-data field descriptions (they
sit beside their field names, as model field descriptions do, so the two cannot drift apart), and
the templates' own text (templates/).
"""

from __future__ import annotations

# ---------------------------------------------------------------- charts (render/charts/)
# Every chart carries a one-line summary a screen reader reads first, then a data table.

CHART_NIHIL = "Tidak ada data pada periode ini."
CHART_CATEGORY_VALUE = "{category} {value}"  # "Maret 2026 puluhan": a series listed in full
CHART_SAMPLE_MARK = "Data contoh"  # printed on the chart itself
CHART_SAMPLE_DESC = "Data contoh. {summary}"  # what a screen reader hears
CHART_TABLE_CAPTION = "Tabel data: {title}"
CHART_TABLE_UNIT = " (satuan: {unit})"
CHART_PERIOD = "Periode"  # first column of a chart's data table
CHART_ITEM = "Uraian"
CHART_TOTAL = "Jumlah"
CHART_ACHIEVED = "Capaian"
CHART_TARGET = "Target"
CHART_PERCENT = "Persentase"
CHART_VALUE_UNIT = "{value} {unit}"
CHART_ALL_EQUAL = "semua nilai {value}"
CHART_EXTREMES = "tertinggi{colon} {highest} ({top}); terendah{colon} {lowest} ({low})"
CHART_VALUES_PREFIX = "nilai {extremes}"  # "Nilai tertinggi: …" for one series that varies
CHART_ONE_CATEGORY = "{category}: {values}."
CHART_SERIES_EXTREMES = "{name}: {extremes}"
# stacked bars
CHART_PART_SHARE = "{name} {value} ({share})"
CHART_PARTS_TOTAL = "Seluruhnya {total}: {shares}."
CHART_TOTALS_EXTREMES = "{total_label} {extremes}"
# lines
CHART_SAME = "tetap"
CHART_UP = "naik {by}"
CHART_DOWN = "turun {by}"
CHART_LATEST = "{name}{period}: {value}"
CHART_SINCE = ", {change} dari {period} ({value})"
# progress bars
CHART_PROGRESS_ONE = "Tercapai {done} dari {goal} ({percent})."
CHART_PROGRESS_ALL = "Seluruhnya tercapai {done} dari {goal} ({percent}). Tertinggi: {highest} ({high})"
CHART_PROGRESS_LOWEST = "; terendah: {lowest} ({low})."
CHART_PROGRESS_BAR = "{value} dari {target} ({percent})"

# ---------------------------------------------------------------- plan pages (render/plan_*.py)

NO_SCHEDULE = "tidak ditentukan"  # a row whose target waktu is empty
# A schedule as the plan summary and open data name it (domain/schedule.py ``Schedule.label``).
SCHEDULE_RANGE = "{start}–{end}"  # "Januari–Maret 2026", "November 2025–Februari 2026"
SCHEDULE_EVERY = "setiap {every}"  # every: bulan, triwulan, semester, tahun
SCHEDULE_WITHIN = "dalam {months} bulan"
MONITOR_COLUMN = "Pemantauan"  # not in the signed document: the site's own last column

# ---------------------------------------------------------------- Monev (render/monev.py)

NO_MONTH = "—"  # a row with nothing left to fall due
TARGET_PROGRESS = "{achieved} dari {total}{unit}"  # "2 dari 4 Kegiatan"; unit arrives with its space
# A target that states no number ("Dokumen SOP dan inovasi"): reached or not, never "0 dari 1".
TARGET_REACHED = "tercapai"
DATA_EXTRA_COLUMN = "Kolom tambahan '{title}' seperti tercetak; beberapa nilai dipisah '{separator}'."
TARGET_RECORDED = "{records} realisasi tercatat, belum tercapai"
TARGET_NO_RECORD = "belum ada realisasi"
STATUS_HELP_DONE = "target seluruhnya tercapai"
STATUS_HELP_ON_TRACK = "capaian sudah sesuai dengan yang jatuh tempo"
STATUS_HELP_LATE = "capaian kurang dari yang sudah jatuh tempo"
STATUS_HELP_NOT_DUE = "belum ada yang jatuh tempo"
STATUS_HELP_EVENT = "dilaksanakan mengikuti tahapan pemilu/pemilihan; tidak punya tanggal jatuh tempo"
STATUS_HELP_CANCELLED = "dibatalkan, dengan alasan yang dicatat"
STATUS_HELP_UNSCHEDULED = "naskah tidak memuat target waktu yang dapat dipantau"
MONEV_AREA_CHART = "Baris selesai per bagian"
MONEV_AREA_LABEL = "Bagian"
MONEV_LEVER_CHART = "Baris selesai per komponen pengungkit"
MONEV_LEVER_LABEL = "Komponen pengungkit"
MONEV_NO_LEVER = "Tanpa komponen pengungkit"
MONEV_ROWS_UNIT = "baris"
MONEV_REALISASI_TABLE = "Realisasi rencana aksi"  # open-data resource titles
MONEV_STATUS_TABLE = "Status baris rencana aksi"

# ---------------------------------------------------------------- statistics pages (render/stats_sections.py)
# {year} is the file's year; {period} a period's title ("Triwulan I 2026"); numbers come formatted;
# {when} the span a file's periods cover ("sepanjang 2026", or "pada Triwulan I–III 2026" for part of a year).
SPAN_YEAR = "sepanjang {year}"
SPAN_PART = "pada {span}"
APPROX = "sekitar {value}"  # a figure the source calls approximate ("sekitar 40", "± 40")
PLUS_VAGUE = "{known} ditambah {vague}"  # a total with a part given only as a word: "12 ditambah puluhan"
NIHIL_MARK = "nihil"  # a nihil period in a chart or table, instead of a zero bar
WRITTEN_AS = "{period}, {field}: ditulis “{written}”, dibaca {value}."
PERIOD_NOTE = "{period}: {note}"
CATEGORY_TABLE = "{title} menurut {what}, {year}"
TREND_CHART = "{title} per periode, {first}–{last}"
TREND_CHART_YEARS = "{title} per tahun, {first}–{last}"  # more periods than a chart can show: one bar a year
TREND_YEAR = "Tahun"  # first column of the yearly trend table
TREND_HEADING = "Perkembangan {first}–{last}"
NOT_WRITTEN = "—"  # a category a period did not write: not zero
NOT_RECORDED = "tidak dicatat"  # a figure a period did not write, in a chart (said aloud, unlike a dash)

COMPLAINTS_LEAD = "Pada {period} diterima {received} pengaduan; {done} selesai ({share})."
COMPLAINTS_LEAD_APPROX = "Pada {period} diterima {received} pengaduan; {done} selesai."
COMPLAINTS_LEAD_RECEIVED = "Pada {period} diterima {received} pengaduan."
COMPLAINTS_LEAD_NONE = "Tidak ada pengaduan yang diterima pada {period}."
COMPLAINTS_RECEIVED_CHART = "Pengaduan diterima per periode, {year}"
COMPLAINTS_RECEIVED_NIHIL = "Tidak ada pengaduan yang diterima {when}."
COMPLAINTS_STATUS_CHART = "Status tindak lanjut pengaduan per periode, {year}"
COMPLAINTS_STATUS_NIHIL = "Tidak ada pengaduan yang perlu ditindaklanjuti {when}."
COMPLAINTS_CHANNEL_CHART = "Pengaduan menurut saluran masuk, {year}"
COMPLAINTS_CATEGORY_CHART = "Pengaduan menurut kategori, {year}"
COMPLAINTS_UNIT = "pengaduan"
COMPLAINTS_RECEIVED_TREND = "Pengaduan diterima"
COMPLAINTS_SERIES = "Pengaduan"
COMPLAINTS_RECEIVED = "Diterima"
COMPLAINTS_DONE = "Selesai"
COMPLAINTS_IN_PROCESS = "Diproses"
COMPLAINTS_REJECTED = "Tidak memenuhi syarat"
COMPLAINTS_FORWARDED = "Diteruskan"
CHANNEL_LABEL = "Saluran"
CATEGORY_LABEL = "Kategori"

GRATUITY_NIHIL_YEAR = "Nihil: tidak ada laporan gratifikasi {when}."
GRATUITY_NIHIL_PERIOD = "Nihil: tidak ada laporan gratifikasi pada {period}."
GRATUITY_LEAD = "{When} tercatat {received} laporan penerimaan dan {refused} laporan penolakan gratifikasi."
GRATUITY_CHART = "Laporan gratifikasi per periode, {year}"
GRATUITY_TITLE = "Laporan gratifikasi"
GRATUITY_TREND = "Laporan gratifikasi (penerimaan dan penolakan)"
GRATUITY_RECEIVED = "Penerimaan"
GRATUITY_REFUSED = "Penolakan"
GRATUITY_DECISION = "milik negara {state}, milik penerima {recipient}, dalam proses {pending}"
REPORTS_UNIT = "laporan"

WBS_LEAD = "{When} diterima {received} laporan WBS; {followed} ditindaklanjuti."
WBS_LEAD_RECEIVED = "{When} diterima {received} laporan WBS."
WBS_NONE = "Tidak ada laporan WBS yang diterima {when}."
WBS_CHART = "Laporan Whistleblowing System per periode, {year}"
WBS_TREND = "Laporan WBS diterima"
WBS_RECEIVED = "Diterima"
WBS_FOLLOWED = "Ditindaklanjuti"

IKM_LEAD = "Indeks Kepuasan Masyarakat (IKM) {period}: {ikm} (mutu {grade}, {performance}) dari {respondents} responden."
IKM_CHART = "Indeks Kepuasan Masyarakat (IKM) per periode, {year}"
IKM_SERIES = "IKM"
IKM_TREND = "Indeks Kepuasan Masyarakat (IKM)"
IKM_UNIT = "poin"
SKM_ELEMENT_ROW = "{code} {name}"  # "U1 Persyaratan"
SKM_SUBSET = "IKM {period} dihitung dari {n} unsur yang diterbitkan ({elements}), masing-masing berbobot 1/{n}."
SKM_PUBLISHED = ("IKM {period} yang diterbitkan kantor: {published}; hasil hitungan situs dari nilai unsurnya: "
                 "{computed}.")
SKM_PUBLISHED_REASON = " Alasan selisih: {reason}"
SKM_PUBLISHED_NO_REASON = " Kantor belum menuliskan alasan selisihnya."
GRATUITY_REPORTERS = "jenis pelapor"
GRATUITY_OBJECTS = "jenis objek"
COMPLAINTS_OUTCOMES = "hasil penanganan"

# ---------------------------------------------------------------- group overview (render/stats_data.py)

HEADLINE_COUNT = "{count} ({year})"
HEADLINE_NIHIL = "nihil ({year})"
HEADLINE_IKM = "{ikm} {grade} ({period})"
HEADLINE_SAMPLE = "ya"
# a large group: the home lists provinces, each with its own overview (render/group_overview.py)
PROVINCE_MISSING = "Provinsi belum diisi"  # offices whose office.yaml names no provinsi
PROVINCE_CENTRAL = "Tingkat pusat"  # offices at tingkat: pusat
PROVINCE_PART = "{province} (bagian {number} dari {parts})"  # a province cut into numbered pages
PROVINCE_PAGE_TITLE = "{group}: {province}"
PROVINCE_MENU = "Ikhtisar provinsi"  # the site menu's section on a province overview (its parts)
SEARCH_LIST_TITLE = "Semua halaman: {part}"  # a large group's list of every page of one province part
SEARCH_LIST_MENU = "Daftar semua halaman"  # the site menu's section on those list pages

# ---------------------------------------------------------------- standard texts (render/public_pages.py)

OTHER_SITE_LINK = "{label} (situs lain)"  # a link in a standard text that leaves the site says so

# ---------------------------------------------------------------- navigation (render/site.py)


# ---------------------------------------------------------------- open data (render/opendata.py)

DATA_PLAN_TITLE = "Rencana Aksi Zona Integritas {office} {year}"
DATA_TABLE_TITLE = "{title} {office}"
DATA_PACKAGE_TITLE = "Data Zona Integritas {office}"
DATA_PACKAGE_DESCRIPTION = "Rencana aksi dan data Zona Integritas {office_name}."

# A link to one plan row (Monev page): its code and the start of its text.
ROW_LINK = "Baris {code}: {text}"
ROW_LINK_BARE = "Baris {code}"
