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
MONITOR_COLUMN = "Pemantauan"  # not in the signed document: the site's own last column

# ---------------------------------------------------------------- Monev (render/monev.py)

NO_MONTH = "—"  # a row with nothing left to fall due
TARGET_PROGRESS = "{achieved} dari {total}{unit}"  # "2 dari 4 Kegiatan"; unit arrives with its space
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
