"""Accessible inline SVG charts from plain numbers: bar, stacked bar, trend line, progress bars.

Each chart is an SVG (``role="img"``, named by its ``<title>``, described by its summary) with a text
label for every value, series told apart by patterns and a legend (never by colour alone), colours
from classes in ``zisite/theme/assets/charts.css``, plus an Indonesian summary sentence and a data table
holding the same numbers. No JavaScript, no fonts, no external references. See docs/charts.md.

One module per chart type (its drawing and its summary sentence together); ``svg`` holds the shared
drawing, ``model`` the input types, checks and the finished figure; the words are in ``text.strings``.
"""

from __future__ import annotations

from ...text.format import angka as format_number, persen as format_percent
from ...text.strings import CHART_NIHIL as NIHIL
from .bar import bar_chart
from .line import line_chart
from .model import MAX_SERIES, Chart, DataTable, Progress, Series
from .progress import progress_chart
from .stacked import stacked_bar_chart

__all__ = ["MAX_SERIES", "NIHIL", "Chart", "DataTable", "Progress", "Series", "bar_chart", "format_number",
           "format_percent", "line_chart", "progress_chart", "stacked_bar_chart"]
