"""Vertical bar chart: one group of bars per category, one bar per series, and its summary."""

from __future__ import annotations

from typing import Sequence

from ...text import strings as say
from ...text.format import daftar, persen
from .model import Chart, Notes, Series, check, describe, extremes, figure, fill, formatter, sentence, series_table, with_unit
from .svg import M, PLOT_H, Svg, baseline_and_categories, column_slots, nihil_svg, text_width



def bar_chart(title: str, categories: Sequence[str], series: Sequence[Series], unit: str, *, id_prefix: str,
              contoh: bool = False, summary: str | None = None, nihil: str = say.CHART_NIHIL, focus: int = -1,
              decimals: int | None = None, category_label: str = say.CHART_PERIOD, notes: Notes | None = None,
              unknown: frozenset[tuple[int, int]] = frozenset()) -> Chart:
    """Vertical bars, one group per category, one bar per series.

    ``summary`` is an optional template with the fields ``title``, ``unit``, ``category`` (the
    ``focus`` category, by default the last), ``v0`` … (each series there), ``share1`` … (series i
    as a percentage of series 0 there), ``total``, and ``max``/``max_category``/``min``/
    ``min_category`` of series 0. Without it the summary names the highest and lowest values.

    ``notes`` gives words shown instead of a value, by (series, category), in the SVG and the table:
    a nihil period is labelled "nihil" with no bar or zero marker, an approximate value "sekitar 40".
    ``unknown`` marks values given only as words ("puluhan", with their note): drawn as the word,
    left out of the summary's highest and lowest, never said to be nihil.
    """
    check(id_prefix, categories, series)
    fmt = formatter(decimals)
    svg = Svg(id_prefix, contoh)
    notes = notes or {}

    def listing(i: int) -> str:
        """Every value of series i in order: a series with a word-only value has no highest or lowest."""
        return daftar([say.CHART_CATEGORY_VALUE.format(category=c, value=notes.get((i, j)) or fmt(series[i].values[j]))
                       for j, c in enumerate(categories)])

    table = series_table(title, unit, category_label, categories, series, fmt, notes=notes)
    everything = [v for s in series for v in s.values]
    if not any(everything) and not unknown:
        text = nihil
    elif summary is not None:
        j = focus % len(categories)
        first = series[0].values
        fields = {"title": title, "unit": unit, "category": categories[j],
                  "total": fmt(sum(s.values[j] for s in series)),
                  "max": fmt(max(first)), "max_category": categories[first.index(max(first))],
                  "min": fmt(min(first)), "min_category": categories[first.index(min(first))]}
        for i, s in enumerate(series):
            fields[f"v{i}"] = fmt(s.values[j])
            fields[f"share{i}"] = persen(s.values[j], first[j])
        text = fill(summary, fields)
    elif len(categories) == 1:
        parts = [(f"{s.name} " if len(series) > 1 else "") + (notes.get((i, 0)) or fmt(s.values[0]))
                 for i, s in enumerate(series)]
        parts[0] = with_unit(parts[0], unit)
        text = say.CHART_ONE_CATEGORY.format(category=categories[0], values=daftar(parts))
    elif len(series) == 1 and any(cell[0] == 0 for cell in unknown):
        text = sentence(listing(0))
    elif len(series) == 1:
        values = series[0].values
        said = extremes(categories, values, unit, fmt, shown=[notes.get((0, j)) for j in range(len(categories))])
        text = sentence(said if max(values) == min(values) else say.CHART_VALUES_PREFIX.format(extremes=said))
    else:
        text = " ".join(sentence(say.CHART_SERIES_EXTREMES.format(
            name=s.name, extremes=listing(i) if any(cell[0] == i for cell in unknown) else extremes(
                categories, s.values, unit, fmt, colon="", shown=[notes.get((i, j)) for j in range(len(categories))])))
                        for i, s in enumerate(series))
    desc = describe(text, contoh)
    if not categories or not series:
        return figure("bar", id_prefix, title, text, nihil_svg(svg, title, desc, nihil), table, contoh)

    m, n = len(series), len(categories)
    labels = [[notes.get((i, j)) or fmt(v) for j, v in enumerate(s.values)] for i, s in enumerate(series)]
    bar = max(20, max(text_width(x) for row in labels for x in row) + 4)
    group = m * bar + (m - 1) * 2
    width, slot = column_slots(categories, group, 14)
    if m > 1:
        svg.legend([s.name for s in series], width, svg.bar_swatch)
    top, base = svg.plot_area()
    vmax = max(everything) or 1
    for j in range(n):
        left = M + j * slot + (slot - group) / 2
        for i, s in enumerate(series):
            x, v = left + i * (bar + 2), s.values[j]
            h = max(v / vmax * PLOT_H, 1.5) if v else 3
            # A zero is a visible marker on the baseline, not an empty gap; a noted zero (nihil) is its word alone.
            if v or (i, j) not in notes:
                svg.rect("bars", x, base - h, bar, h, *((svg.pattern(i),) if v else (None, "zi-chart__zero")))
            svg.text("values", x + bar / 2, base - h - 4, labels[i][j])
    bottom = baseline_and_categories(svg, width, base, slot, categories)
    return figure("bar", id_prefix, title, text, svg.render(width, bottom + 6, title, desc, patterns=m), table, contoh)
