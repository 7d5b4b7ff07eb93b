"""Line chart: a trend over periods, one line per series, and its summary."""

from __future__ import annotations

import math
from typing import Sequence

from ...text import strings as say
from ...text.format import angka
from .model import Chart, Series, check, describe, extremes, figure, fill, formatter, sentence, series_table, with_unit
from .svg import DASHES, FS, LH, M, MIN_W, PLOT_H, Svg, category_labels, coord, longest_word, nihil_svg, spread, text_width



def _step(raw: float) -> float:
    """The round step (1, 2, 2.5 or 5 × 10ⁿ) at or above ``raw``."""
    mag = 10 ** math.floor(math.log10(raw))
    return next(k * mag for k in (1, 2, 2.5, 5, 10) if k * mag >= raw)


def _ticks(low: float, high: float, step: float | None) -> list[float]:
    step = step or _step((high - low) / 5)
    count = int(round((high - low) / step))
    return [low + k * step for k in range(count + 1) if low + k * step <= high + 1e-9]


def _dash(i: int) -> str:
    return f' stroke-dasharray="{DASHES[i]}"' if DASHES[i] else ""


def _mark(prefix: str, i: int, x: float, y: float) -> str:
    return f'<use class="zi-chart__mark zi-chart__s{i}" href="#{prefix}-m{i}" x="{coord(x)}" y="{coord(y)}"/>'


def line_chart(title: str, periods: Sequence[str], series: Sequence[Series], unit: str, *, id_prefix: str,
               contoh: bool = False, summary: str | None = None, nihil: str = say.CHART_NIHIL, focus: int = -1,
               decimals: int | None = None, y_min: float = 0, y_max: float | None = None,
               y_step: float | None = None, category_label: str = say.CHART_PERIOD) -> Chart:
    """A trend over periods, one line per series, on a y axis from ``y_min`` to ``y_max`` (default: a
    round number above the largest value), ticks every ``y_step``. Values outside raise ValueError.

    ``summary`` template fields: ``title``, ``unit``, ``period`` (the ``focus`` period), ``v0`` …
    there, ``previous_period``, ``prev0`` … and ``change0`` … ("naik 2,60", "turun 1", "tetap")
    against the period before (empty for the first). Without it the summary gives, per series, the
    latest value and its change; for one series over three or more periods, also the highest and lowest.
    """
    check(id_prefix, periods, series)
    fmt = formatter(decimals)
    svg = Svg(id_prefix, contoh)
    table = series_table(title, unit, category_label, periods, series, fmt)
    everything = [v for s in series for v in s.values]
    top_value = max(everything, default=0)
    if y_max is None:
        step = _step((top_value or 1) / 5)
        y_max = step * math.ceil((top_value or 1) / step)
    if not y_max > y_min or any(not y_min <= v <= y_max for v in everything):
        raise ValueError(f"values must lie in the y range {y_min}–{y_max}")

    def change(now: float, before: float) -> str:
        if now == before:
            return say.CHART_SAME
        return (say.CHART_UP if now > before else say.CHART_DOWN).format(by=fmt(abs(now - before)))

    if not any(everything):
        text = nihil
    elif summary is not None:
        j = focus % len(periods)
        fields = {"title": title, "unit": unit, "period": periods[j], "previous_period": periods[j - 1] if j else ""}
        for i, s in enumerate(series):
            fields[f"v{i}"] = fmt(s.values[j])
            fields[f"prev{i}"] = fmt(s.values[j - 1]) if j else ""
            fields[f"change{i}"] = change(s.values[j], s.values[j - 1]) if j else ""
        text = fill(summary, fields)
    else:
        sentences = []
        for s in series:
            name = f"{s.name} " if len(series) > 1 else ""
            now = say.CHART_LATEST.format(name=name, period=periods[-1], value=with_unit(fmt(s.values[-1]), unit))
            if len(periods) > 1:
                now += say.CHART_SINCE.format(change=change(s.values[-1], s.values[-2]), period=periods[-2],
                                              value=fmt(s.values[-2]))
            sentences.append(now + ".")
            if len(periods) > 2 and len(series) == 1:
                sentences.append(sentence(extremes(periods, s.values, unit, fmt)))
        text = " ".join(sentences)
    desc = describe(text, contoh)
    if not periods or not series:
        return figure("line", id_prefix, title, text, nihil_svg(svg, title, desc, nihil), table, contoh)

    m, n = len(series), len(periods)
    ticks = _ticks(y_min, y_max, y_step)
    tick_labels = [angka(t) for t in ticks]
    left = M + max(text_width(t) for t in tick_labels) + 6
    labels = [[fmt(v) for v in s.values] for s in series]
    slot = max(44, max(text_width(x) for row in labels for x in row) + 12, longest_word(periods) + 10)
    width = max(MIN_W, left + n * slot + M)
    slot = (width - left - M) / n
    if m > 1:
        def sample(x, y, i):
            svg.add("legend", f'<path class="zi-chart__line zi-chart__s{i}" fill="none" stroke="currentColor" '
                              f'stroke-width="2" d="M{coord(x)} {coord(y - 4)}h16"{_dash(i)}/>')
            svg.add("legend", _mark(id_prefix, i, x + 8, y - 4))
        svg.legend([s.name for s in series], width, sample)
    top, base = svg.plot_area()
    y_of = lambda v: base - (v - y_min) / (y_max - y_min) * PLOT_H  # noqa: E731
    grid = "".join(f"M{coord(left)} {coord(y_of(t))}H{coord(width - M)}" for t in ticks[1:])
    svg.add("grid", f'<path d="{grid}"/>')
    for t, label in zip(ticks, tick_labels):
        svg.text("ticks", left - 5, y_of(t) + 4.5, label)
    xs = [left + (j + 0.5) * slot for j in range(n)]
    for i, s in enumerate(series):
        d = "".join(f"{'L' if j else 'M'}{coord(x)} {coord(y_of(v))}" for j, (x, v) in enumerate(zip(xs, s.values)))
        svg.add("lines", f'<path class="zi-chart__line zi-chart__s{i}" d="{d}"{_dash(i)}/>')
    for j, x in enumerate(xs):
        for i in range(m):
            svg.add("marks", _mark(id_prefix, i, x, y_of(series[i].values[j])))
        order = sorted(range(m), key=lambda i: y_of(series[i].values[j]))
        # The highest point's label above it, the others below theirs, then pushed apart.
        wanted = [y_of(series[i].values[j]) + (-8 if k == 0 else 17) for k, i in enumerate(order)]
        placed = dict(zip(order, spread(wanted, LH - 2, top - LH + FS, base - 4)))
        for i in range(m):
            svg.text("values", x, placed[i], labels[i][j])
    svg.add("axis", f'<path d="M{coord(left)} {coord(base)}H{coord(width - M)}"/>')
    bottom = category_labels(svg, xs, periods, slot, base + LH)
    return figure("line", id_prefix, title, text, svg.render(width, bottom + 6, title, desc, marks=m), table, contoh)
