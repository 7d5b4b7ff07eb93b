"""Accessible inline SVG charts from plain numbers: bar, stacked bar, trend line, progress bars.

Each chart is an SVG (``role="img"``, named by its ``<title>``, described by its summary) with a text
label for every value, series told apart by patterns and a legend (never by colour alone), colours
from classes in ``zisite/theme/assets/charts.css``, plus an Indonesian summary sentence and a data table
holding the same numbers. No JavaScript, no fonts, no external references. See docs/charts.md.
"""

from __future__ import annotations

import math
import re
import string
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from typing import Sequence

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup, escape

NIHIL = "Tidak ada data pada periode ini."
MAX_SERIES = 6

_FS = 13  # label font size in SVG units; the SVG is ~_FS units per em wide, so labels match body text
_LH = 16  # line height
_M = 4  # outer margin
_MIN_W = 288  # narrowest chart (SVG units): the content width of a 320 px screen, so text stays ~1:1
_PLOT_H = 150  # height of the plot area
_DASHES = ("", "7 4", "2 3", "9 3 2 3", "4 4", "1 2")
# Marker shapes for line charts, centred on 0,0: circle, square, triangle, diamond, cross, bar.
_MARKS = ("M-4 0a4 4 0 1 0 8 0a4 4 0 1 0-8 0z", "M-3.5-3.5h7v7h-7z", "M0-4.5l4.5 8h-9z",
          "M0-5l5 5-5 5-5-5z", "M-4-1.5h8v3h-8z", "M-1.5-4.5h3v9h-3z")
# Pattern tiles (8 × 8): solid, diagonal hatch, dots, cross-hatch, horizontal, vertical lines.
_TILES = ("", '<path d="M-2 2l4-4M0 8l8-8M6 10l4-4"/>', '<circle cx="4" cy="4" r="1.8"/>',
          '<path d="M0 0l8 8M8 0l-8 8"/>', '<path d="M0 4h8"/>', '<path d="M4 0v8"/>')
_NO_FILL = ' fill="none"'
_DY = f' dy="{_LH}"'
_ID = re.compile(r"[A-Za-z][A-Za-z0-9_-]*\Z")


# ---------------------------------------------------------------- public data types

@dataclass(frozen=True)
class Series:
    """One named row of values, one per category (period)."""

    name: str
    values: tuple[float, ...]

    def __post_init__(self):
        object.__setattr__(self, "values", tuple(self.values))


@dataclass(frozen=True)
class Progress:
    """One progress bar: ``value`` achieved of ``target``."""

    label: str
    value: float
    target: float


@dataclass(frozen=True)
class DataTable:
    """The numbers of a chart as a table: ``columns`` are the header row (the first heads the row
    headers); each row is its header then its formatted cells; ``values`` holds the raw numbers."""

    caption: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    values: tuple[tuple[float, ...], ...]


@dataclass(frozen=True)
class Chart:
    id: str
    kind: str  # "bar", "stacked", "line" or "progress"
    title: str
    summary: str
    svg: Markup
    table: DataTable
    html: Markup = field(repr=False)
    contoh: bool = False

    def __html__(self) -> str:  # {{ chart }} in a template renders the figure
        return str(self.html)


# ---------------------------------------------------------------- Indonesian numbers and text

def format_number(value: float, decimals: int | None = None) -> str:
    """Indonesian style: thousands dot, decimal comma. ``decimals=None``: as many as needed (≤ 2)."""
    d = Decimal(str(value))
    if decimals is None:
        d = d.quantize(Decimal("0.01"), ROUND_HALF_UP).normalize()
        decimals = max(0, -d.as_tuple().exponent)
    d = d.quantize(Decimal(1).scaleb(-decimals), ROUND_HALF_UP)
    text = f"{abs(d):,.{decimals}f}".translate(str.maketrans(",.", ".,"))
    return ("-" if d < 0 else "") + text


def format_percent(part: float, whole: float) -> str:
    """``part`` of ``whole`` as a percentage with at most one decimal: "75 %", "66,7 %"."""
    if not whole:
        return "–"
    d = (Decimal(str(part)) * 100 / Decimal(str(whole))).quantize(Decimal("0.1"), ROUND_HALF_UP)
    return f"{format_number(d.normalize())} %"


def _join(items: Sequence[str]) -> str:
    """"A", "A dan B", "A, B dan C"."""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " dan " + items[-1]


def _with_unit(number: str, unit: str) -> str:
    return f"{number} {unit}" if unit else number


def _fill(template: str, fields: dict[str, str]) -> str:
    unknown = [name for _, name, _, _ in string.Formatter().parse(template) if name is not None and name not in fields]
    if unknown:
        raise ValueError(f"unknown summary field(s) {unknown}; available: {sorted(fields)}")
    return template.format_map(fields)


def _extremes(labels: Sequence[str], values: Sequence[float], unit: str, fmt, colon: str = ":") -> str:
    """"tertinggi: X (15 pengaduan); terendah: Y (0)" or "semua nilai 5 pengaduan"."""
    top, low = max(values), min(values)
    if top == low:
        return f"semua nilai {_with_unit(fmt(top), unit)}"
    highest = _join([lab for lab, v in zip(labels, values) if v == top])
    lowest = _join([lab for lab, v in zip(labels, values) if v == low])
    return f"tertinggi{colon} {highest} ({_with_unit(fmt(top), unit)}); terendah{colon} {lowest} ({fmt(low)})"


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:] + "."


# ---------------------------------------------------------------- validation

def _number(value: float, what: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float, Decimal)):
        raise TypeError(f"{what}: expected a number, got {value!r}")
    if not math.isfinite(value):
        raise ValueError(f"{what}: {value!r} is not a finite number")
    if value < 0:
        raise ValueError(f"{what}: negative value {value!r}")
    return value


def _check(id_prefix: str, categories: Sequence[str], series: Sequence[Series]) -> None:
    if not _ID.match(id_prefix):
        raise ValueError(f"id_prefix {id_prefix!r} must start with a letter and hold only letters, digits, - and _")
    if len(series) > MAX_SERIES:
        raise ValueError(f"at most {MAX_SERIES} series make a readable chart, got {len(series)}")
    for s in series:
        if len(s.values) != len(categories):
            raise ValueError(f"series {s.name!r} has {len(s.values)} values for {len(categories)} categories")
        for v in s.values:
            _number(v, f"series {s.name!r}")


# ---------------------------------------------------------------- SVG drawing

def _n(x: float) -> str:
    r = round(x, 1)
    return str(int(r)) if r == int(r) else str(r)


def _width(text: str) -> float:
    """Estimated width of ``text`` at _FS: 0.6 em a character, as wide as DejaVu Sans (the widest
    common system font) so that labels do not collide whatever font the reader has."""
    return len(text) * _FS * 0.6


def _wrap(text: str, width: float) -> list[str]:
    lines: list[str] = []
    for word in text.split():
        if lines and _width(lines[-1] + " " + word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines or [""]


def _longest_word(texts: Sequence[str]) -> float:
    return max((_width(w) for t in texts for w in t.split()), default=0)


def _spread(wanted: list[float], gap: float, low: float, high: float) -> list[float]:
    """Positions near ``wanted`` (sorted top to bottom) at least ``gap`` apart, inside [low, high]."""
    pos = [min(max(w, low), high) for w in wanted]
    for i in range(1, len(pos)):
        pos[i] = max(pos[i], pos[i - 1] + gap)
    if pos and pos[-1] > high:
        pos[-1] = high
        for i in range(len(pos) - 2, -1, -1):
            pos[i] = min(pos[i], pos[i + 1] - gap)
    return pos


# Drawing layers in painting order; each is one <g> carrying what its elements share.
_LAYERS = {
    "contoh": 'class="zi-chart__contoh" font-weight="bold"',
    "legend": 'class="zi-chart__legend"',
    "grid": 'class="zi-chart__grid" fill="none" stroke="currentColor"',
    "ticks": 'class="zi-chart__ticks" text-anchor="end"',
    "bars": 'class="zi-chart__bars"',
    "axis": 'class="zi-chart__axis" fill="none" stroke="currentColor"',
    "lines": 'class="zi-chart__lines" fill="none" stroke="currentColor" stroke-width="2"',
    "marks": 'class="zi-chart__marks"',
    "totals": 'class="zi-chart__totals" text-anchor="middle" font-weight="bold"',
    "values": 'class="zi-chart__values"',
    "categories": 'class="zi-chart__categories"',
    "nihil": 'class="zi-chart__nihil" text-anchor="middle"',
}


class _Svg:
    """Collects SVG elements by layer; every text is escaped here and nowhere else."""

    def __init__(self, prefix: str, contoh: bool, values_anchor: str = "middle"):
        self.p = prefix
        self.layers: dict[str, list[str]] = {name: [] for name in _LAYERS}
        self.values_anchor = values_anchor
        self.y = _M
        if contoh:
            self.text("contoh", _M, self.y + _FS, "Data contoh")
            self.y += _LH + 4

    def pattern(self, i: int) -> str:
        return f"url(#{self.p}-p{i})"

    def add(self, layer: str, markup: str) -> None:
        self.layers[layer].append(markup)

    def text(self, layer: str, x: float, y: float, text: str) -> None:
        self.add(layer, f'<text x="{_n(x)}" y="{_n(y)}">{escape(text)}</text>')

    def lines(self, layer: str, x: float, y: float, lines: list[str], anchor: str = "middle") -> None:
        """Lines of text at ``x`` (centred by default), the first baseline at ``y``."""
        spans = "".join(f'<tspan x="{_n(x)}"{_DY if i else ""}>{escape(line)}</tspan>'
                        for i, line in enumerate(lines))
        self.add(layer, f'<text y="{_n(y)}" text-anchor="{anchor}">{spans}</text>')

    def rect(self, layer: str, x: float, y: float, w: float, h: float, fill: str | None = None,
             cls: str | None = None) -> None:
        extra = (f' fill="{fill}"' if fill else "") + (f' class="{cls}"' if cls else "")
        self.add(layer, f'<rect x="{_n(x)}" y="{_n(y)}" width="{_n(w)}" height="{_n(h)}"{extra}/>')

    def legend(self, names: Sequence[str], width: float, swatch) -> None:
        """Legend items in flowing lines: a sample (``swatch(x, y, i)``) then the series name."""
        x, y = _M, self.y + _FS
        for i, name in enumerate(names):
            item = 22 + _width(name)
            if x > _M and x + item > width - _M:
                x, y = _M, y + _LH + 2
            swatch(x, y, i)
            self.text("legend", x + 22, y, name)
            x += item + 14
        self.y = y + 10

    def bar_swatch(self, x: float, y: float, i: int) -> None:
        self.rect("legend", x, y - 11, 16, 12, self.pattern(i))

    def render(self, width: float, height: float, title: str, desc: str, patterns: int = 0,
               marks: int = 0) -> Markup:
        # Fallback paints (no stylesheet): series 0 solid, the others hatched on no background.
        defs = "".join(
            f'<pattern id="{self.p}-p{i}" class="zi-chart__s{i}" width="8" height="8" patternUnits="userSpaceOnUse">'
            f'<rect width="8" height="8"{_NO_FILL if i else ""}/>{_TILES[i]}</pattern>'
            for i in range(patterns))
        defs += "".join(f'<path id="{self.p}-m{i}" d="{_MARKS[i]}"/>' for i in range(marks))
        values = _LAYERS["values"] + f' text-anchor="{self.values_anchor}"'
        body = "".join(f'<g {values if name == "values" else _LAYERS[name]}>{"".join(parts)}</g>'
                       for name, parts in self.layers.items() if parts)
        # The width in em keeps labels near the size of the body text; CSS (max-width: 100%) lets
        # the chart shrink with the viewport down to 320 px. No pixel width anywhere.
        return Markup(
            f'<svg xmlns="http://www.w3.org/2000/svg" class="zi-chart__svg" role="img" '
            f'aria-labelledby="{self.p}-t" aria-describedby="{self.p}-d" viewBox="0 0 {_n(width)} {_n(height)}" '
            f'width="{_n(width / _FS)}em" fill="currentColor">'
            f'<title id="{self.p}-t">{escape(title)}</title><desc id="{self.p}-d">{escape(desc)}</desc>'
            + (f"<defs>{defs}</defs>" if defs else "")
            + f'<g font-size="{_FS}">{body}</g></svg>')


def _nihil_svg(svg: _Svg, title: str, desc: str, nihil: str) -> Markup:
    lines = _wrap(nihil, _MIN_W - 2 * _M)
    svg.lines("nihil", _MIN_W / 2, svg.y + _FS + 6, lines)
    return svg.render(_MIN_W, svg.y + _FS + 12 + (len(lines) - 1) * _LH, title, desc)


def _category_labels(svg: _Svg, centres: Sequence[float], labels: Sequence[str], slot: float, y: float) -> float:
    wrapped = [_wrap(label, slot - 6) for label in labels]
    for x, lines in zip(centres, wrapped):
        svg.lines("categories", x, y, lines)
    return y + (max(len(w) for w in wrapped) - 1) * _LH


# ---------------------------------------------------------------- figure and table

@lru_cache(maxsize=1)
def _template():
    env = Environment(loader=PackageLoader("zisite", "templates"), autoescape=True, undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True)
    return env.get_template("chart.html")


def _chart(kind: str, id_prefix: str, title: str, summary: str, svg: Markup, table: DataTable,
           contoh: bool) -> Chart:
    html = _template().render(id=id_prefix, kind=kind, title=title, summary=summary, svg=svg, table=table,
                              contoh=contoh)
    # Pages are Markdown with raw HTML blocks: no blank lines, no indentation.
    html = Markup("\n".join(line.strip() for line in html.splitlines() if line.strip()))
    return Chart(id_prefix, kind, title, summary, svg, table, html, contoh)


def _caption(title: str, unit: str) -> str:
    return f"Tabel data: {title}" + (f" (satuan: {unit})" if unit else "")


def _series_table(title: str, unit: str, category_label: str, categories: Sequence[str], series: Sequence[Series],
                  fmt, total: str | None = None) -> DataTable:
    rows, values = [], []
    for j, cat in enumerate(categories):
        numbers = [s.values[j] for s in series] + ([sum(s.values[j] for s in series)] if total else [])
        values.append(tuple(numbers))
        rows.append((cat, *map(fmt, numbers)))
    columns = (category_label, *(s.name for s in series), *([total] if total else []))
    return DataTable(_caption(title, unit), columns, tuple(rows), tuple(values))


def _desc(summary: str, contoh: bool) -> str:
    return ("Data contoh. " if contoh else "") + summary


# ---------------------------------------------------------------- chart types

def bar_chart(title: str, categories: Sequence[str], series: Sequence[Series], unit: str, *, id_prefix: str,
              contoh: bool = False, summary: str | None = None, nihil: str = NIHIL, focus: int = -1,
              decimals: int | None = None, category_label: str = "Periode") -> Chart:
    """Vertical bars, one group per category, one bar per series.

    ``summary`` is an optional template with the fields ``title``, ``unit``, ``category`` (the
    ``focus`` category, by default the last), ``v0`` … (each series there), ``share1`` … (series i
    as a percentage of series 0 there), ``total``, and ``max``/``max_category``/``min``/
    ``min_category`` of series 0. Without it the summary names the highest and lowest values.
    """
    _check(id_prefix, categories, series)
    fmt = lambda v: format_number(v, decimals)  # noqa: E731
    svg = _Svg(id_prefix, contoh)
    table = _series_table(title, unit, category_label, categories, series, fmt)
    everything = [v for s in series for v in s.values]
    if not any(everything):
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
            fields[f"share{i}"] = format_percent(s.values[j], first[j])
        text = _fill(summary, fields)
    elif len(categories) == 1:
        parts = [(f"{s.name} " if len(series) > 1 else "") + fmt(s.values[0]) for s in series]
        parts[0] = _with_unit(parts[0], unit)
        text = f"{categories[0]}: {_join(parts)}."
    elif len(series) == 1:
        values = series[0].values
        text = _sentence(("" if max(values) == min(values) else "nilai ") + _extremes(categories, values, unit, fmt))
    else:
        text = " ".join(_sentence(f"{s.name}: " + _extremes(categories, s.values, unit, fmt, colon=""))
                        for s in series)
    desc = _desc(text, contoh)
    if not categories or not series:
        return _chart("bar", id_prefix, title, text, _nihil_svg(svg, title, desc, nihil), table, contoh)

    m, n = len(series), len(categories)
    labels = [[fmt(v) for v in s.values] for s in series]
    bar = max(20, max(_width(x) for row in labels for x in row) + 4)
    group = m * bar + (m - 1) * 2
    slot = max(group + 14, _longest_word(categories) + 10)
    width = max(_MIN_W, 2 * _M + n * slot)
    slot = (width - 2 * _M) / n
    if m > 1:
        svg.legend([s.name for s in series], width, svg.bar_swatch)
    top = svg.y + _LH
    base = top + _PLOT_H
    vmax = max(everything) or 1
    for j in range(n):
        left = _M + j * slot + (slot - group) / 2
        for i, s in enumerate(series):
            x, v = left + i * (bar + 2), s.values[j]
            h = max(v / vmax * _PLOT_H, 1.5) if v else 3
            # A zero is a visible marker on the baseline, not an empty gap.
            svg.rect("bars", x, base - h, bar, h, *((svg.pattern(i),) if v else (None, "zi-chart__zero")))
            svg.text("values", x + bar / 2, base - h - 4, labels[i][j])
    svg.add("axis", f'<path d="M{_M} {_n(base)}H{_n(width - _M)}"/>')
    bottom = _category_labels(svg, [_M + (j + 0.5) * slot for j in range(n)], categories, slot, base + _LH)
    return _chart("bar", id_prefix, title, text, svg.render(width, bottom + 6, title, desc, patterns=m), table, contoh)


def stacked_bar_chart(title: str, categories: Sequence[str], parts: Sequence[Series], unit: str, *,
                      id_prefix: str, contoh: bool = False, summary: str | None = None, nihil: str = NIHIL,
                      focus: int = -1, decimals: int | None = None, category_label: str = "Periode",
                      total_label: str = "Jumlah") -> Chart:
    """One column per category made of its parts (bottom to top in the order given), total on top.

    ``summary`` template fields: ``title``, ``unit``, ``category`` (the ``focus`` category),
    ``total`` there, ``v0`` … and ``share0`` … (each part there and its share of the total),
    ``all_total``, ``all_v0`` … and ``all_share0`` … over all categories. Without it the summary
    gives the overall total with each part's share, then the highest and lowest totals.
    """
    _check(id_prefix, categories, parts)
    fmt = lambda v: format_number(v, decimals)  # noqa: E731
    svg = _Svg(id_prefix, contoh, values_anchor="start")
    table = _series_table(title, unit, category_label, categories, parts, fmt, total=total_label)
    totals = [sum(p.values[j] for p in parts) for j in range(len(categories))]
    sums = [sum(p.values) for p in parts]
    grand = sum(sums)
    if not grand:
        text = nihil
    elif summary is not None:
        j = focus % len(categories)
        fields = {"title": title, "unit": unit, "category": categories[j], "total": fmt(totals[j]),
                  "all_total": fmt(grand)}
        for i, p in enumerate(parts):
            fields[f"v{i}"] = fmt(p.values[j])
            fields[f"share{i}"] = format_percent(p.values[j], totals[j])
            fields[f"all_v{i}"] = fmt(sums[i])
            fields[f"all_share{i}"] = format_percent(sums[i], grand)
        text = _fill(summary, fields)
    else:
        shares = _join([f"{p.name} {fmt(s)} ({format_percent(s, grand)})" for p, s in zip(parts, sums)])
        text = f"Seluruhnya {_with_unit(fmt(grand), unit)}: {shares}."
        if len(categories) > 1:
            text += " " + _sentence(f"{total_label.lower()} " + _extremes(categories, totals, unit, fmt))
    desc = _desc(text, contoh)
    if not categories or not parts:
        return _chart("stacked", id_prefix, title, text, _nihil_svg(svg, title, desc, nihil), table, contoh)

    m, n = len(parts), len(categories)
    value_w = max(_width(fmt(v)) for v in [*totals, *(v for p in parts for v in p.values)])
    column = max(30, value_w + 6)
    label_w = 17 + value_w
    group = column + 5 + label_w
    slot = max(group + 12, _longest_word(categories) + 10)
    width = max(_MIN_W, 2 * _M + n * slot)
    slot = (width - 2 * _M) / n
    svg.legend([p.name for p in parts], width, svg.bar_swatch)
    top = svg.y + _LH
    base = top + _PLOT_H
    vmax = max(totals) or 1
    for j in range(n):
        x = _M + j * slot + (slot - group) / 2
        y, wanted = base, []
        for i, p in enumerate(parts):
            v = p.values[j]
            h = v / vmax * _PLOT_H
            if v:
                svg.rect("bars", x, y - h, column, h, svg.pattern(i))
            wanted.append(y - h / 2)
            y -= h
        if not totals[j]:
            svg.rect("bars", x, base - 3, column, 3, cls="zi-chart__zero")
        svg.text("totals", x + column / 2, min(y, base - 3) - 4, fmt(totals[j]))
        # Part labels beside the column, each with its pattern swatch, pushed apart so none overlap.
        order = sorted(range(m), key=lambda i: (wanted[i], -i))
        placed = _spread([wanted[i] for i in order], _LH - 2, top - _LH / 2, base - 6)
        for cy, i in sorted(zip(placed, order), key=lambda pair: pair[1]):
            svg.rect("values", x + column + 5, cy - 6, 12, 12, svg.pattern(i))
            svg.text("values", x + column + 21, cy + 4.5, fmt(parts[i].values[j]))
    svg.add("axis", f'<path d="M{_M} {_n(base)}H{_n(width - _M)}"/>')
    bottom = _category_labels(svg, [_M + (j + 0.5) * slot for j in range(n)], categories, slot, base + _LH)
    return _chart("stacked", id_prefix, title, text, svg.render(width, bottom + 6, title, desc, patterns=m), table,
                  contoh)


def _step(raw: float) -> float:
    """The round step (1, 2, 2.5 or 5 × 10ⁿ) at or above ``raw``."""
    mag = 10 ** math.floor(math.log10(raw))
    return next(k * mag for k in (1, 2, 2.5, 5, 10) if k * mag >= raw)


def _ticks(low: float, high: float, step: float | None) -> list[float]:
    step = step or _step((high - low) / 5)
    count = int(round((high - low) / step))
    return [low + k * step for k in range(count + 1) if low + k * step <= high + 1e-9]


def _dash(i: int) -> str:
    return f' stroke-dasharray="{_DASHES[i]}"' if _DASHES[i] else ""


def _mark(prefix: str, i: int, x: float, y: float) -> str:
    return f'<use class="zi-chart__mark zi-chart__s{i}" href="#{prefix}-m{i}" x="{_n(x)}" y="{_n(y)}"/>'


def line_chart(title: str, periods: Sequence[str], series: Sequence[Series], unit: str, *, id_prefix: str,
               contoh: bool = False, summary: str | None = None, nihil: str = NIHIL, focus: int = -1,
               decimals: int | None = None, y_min: float = 0, y_max: float | None = None,
               y_step: float | None = None, category_label: str = "Periode") -> Chart:
    """A trend over periods, one line per series, on a y axis from ``y_min`` to ``y_max`` (default: a
    round number above the largest value), ticks every ``y_step``. Values outside raise ValueError.

    ``summary`` template fields: ``title``, ``unit``, ``period`` (the ``focus`` period), ``v0`` …
    there, ``previous_period``, ``prev0`` … and ``change0`` … ("naik 2,60", "turun 1", "tetap")
    against the period before (empty for the first). Without it the summary gives, per series, the
    latest value and its change; for one series over three or more periods, also the highest and lowest.
    """
    _check(id_prefix, periods, series)
    fmt = lambda v: format_number(v, decimals)  # noqa: E731
    svg = _Svg(id_prefix, contoh)
    table = _series_table(title, unit, category_label, periods, series, fmt)
    everything = [v for s in series for v in s.values]
    top_value = max(everything, default=0)
    if y_max is None:
        step = _step((top_value or 1) / 5)
        y_max = step * math.ceil((top_value or 1) / step)
    if not y_max > y_min or any(not y_min <= v <= y_max for v in everything):
        raise ValueError(f"values must lie in the y range {y_min}–{y_max}")

    def change(now: float, before: float) -> str:
        return "tetap" if now == before else f"{'naik' if now > before else 'turun'} {fmt(abs(now - before))}"

    if not any(everything):
        text = nihil
    elif summary is not None:
        j = focus % len(periods)
        fields = {"title": title, "unit": unit, "period": periods[j], "previous_period": periods[j - 1] if j else ""}
        for i, s in enumerate(series):
            fields[f"v{i}"] = fmt(s.values[j])
            fields[f"prev{i}"] = fmt(s.values[j - 1]) if j else ""
            fields[f"change{i}"] = change(s.values[j], s.values[j - 1]) if j else ""
        text = _fill(summary, fields)
    else:
        sentences = []
        for s in series:
            name = f"{s.name} " if len(series) > 1 else ""
            now = f"{name}{periods[-1]}: {_with_unit(fmt(s.values[-1]), unit)}"
            if len(periods) > 1:
                now += f", {change(s.values[-1], s.values[-2])} dari {periods[-2]} ({fmt(s.values[-2])})"
            sentences.append(now + ".")
            if len(periods) > 2 and len(series) == 1:
                sentences.append(_sentence(_extremes(periods, s.values, unit, fmt)))
        text = " ".join(sentences)
    desc = _desc(text, contoh)
    if not periods or not series:
        return _chart("line", id_prefix, title, text, _nihil_svg(svg, title, desc, nihil), table, contoh)

    m, n = len(series), len(periods)
    ticks = _ticks(y_min, y_max, y_step)
    tick_labels = [format_number(t) for t in ticks]
    left = _M + max(_width(t) for t in tick_labels) + 6
    labels = [[fmt(v) for v in s.values] for s in series]
    slot = max(44, max(_width(x) for row in labels for x in row) + 12, _longest_word(periods) + 10)
    width = max(_MIN_W, left + n * slot + _M)
    slot = (width - left - _M) / n
    if m > 1:
        def sample(x, y, i):
            svg.add("legend", f'<path class="zi-chart__line zi-chart__s{i}" fill="none" stroke="currentColor" '
                              f'stroke-width="2" d="M{_n(x)} {_n(y - 4)}h16"{_dash(i)}/>')
            svg.add("legend", _mark(id_prefix, i, x + 8, y - 4))
        svg.legend([s.name for s in series], width, sample)
    top = svg.y + _LH
    base = top + _PLOT_H
    y_of = lambda v: base - (v - y_min) / (y_max - y_min) * _PLOT_H  # noqa: E731
    grid = "".join(f"M{_n(left)} {_n(y_of(t))}H{_n(width - _M)}" for t in ticks[1:])
    svg.add("grid", f'<path d="{grid}"/>')
    for t, label in zip(ticks, tick_labels):
        svg.text("ticks", left - 5, y_of(t) + 4.5, label)
    xs = [left + (j + 0.5) * slot for j in range(n)]
    for i, s in enumerate(series):
        d = "".join(f"{'L' if j else 'M'}{_n(x)} {_n(y_of(v))}" for j, (x, v) in enumerate(zip(xs, s.values)))
        svg.add("lines", f'<path class="zi-chart__line zi-chart__s{i}" d="{d}"{_dash(i)}/>')
    for j, x in enumerate(xs):
        for i in range(m):
            svg.add("marks", _mark(id_prefix, i, x, y_of(series[i].values[j])))
        order = sorted(range(m), key=lambda i: y_of(series[i].values[j]))
        # The highest point's label above it, the others below theirs, then pushed apart.
        wanted = [y_of(series[i].values[j]) + (-8 if k == 0 else 17) for k, i in enumerate(order)]
        placed = dict(zip(order, _spread(wanted, _LH - 2, top - _LH + _FS, base - 4)))
        for i in range(m):
            svg.text("values", x, placed[i], labels[i][j])
    svg.add("axis", f'<path d="M{_n(left)} {_n(base)}H{_n(width - _M)}"/>')
    bottom = _category_labels(svg, xs, periods, slot, base + _LH)
    return _chart("line", id_prefix, title, text, svg.render(width, bottom + 6, title, desc, marks=m), table, contoh)


def progress_chart(title: str, items: Sequence[Progress], unit: str, *, id_prefix: str, contoh: bool = False,
                   summary: str | None = None, nihil: str = NIHIL, focus: int = -1, decimals: int | None = None,
                   category_label: str = "Uraian") -> Chart:
    """Horizontal bars, one per item: ``value`` of ``target`` with its percentage (past 100 % the
    bar stays full and the label tells). A target must be positive.

    ``summary`` template fields: ``title``, ``unit``, ``label``, ``value``, ``target``, ``percent``
    of the ``focus`` item, and ``all_value``, ``all_target``, ``all_percent`` summed over the items.
    Without it: "Tercapai 3 dari 4 laporan (75 %)." for one item; the overall sum, highest and
    lowest percentage for several.
    """
    _check(id_prefix, [], [])
    for item in items:
        _number(item.value, f"progress {item.label!r}")
        if not _number(item.target, f"progress {item.label!r} target"):
            raise ValueError(f"progress {item.label!r}: the target must be positive")
    fmt = lambda v: format_number(v, decimals)  # noqa: E731
    svg = _Svg(id_prefix, contoh, values_anchor="start")
    percents = [format_percent(it.value, it.target) for it in items]
    rows = tuple((it.label, fmt(it.value), fmt(it.target), pct) for it, pct in zip(items, percents))
    table = DataTable(_caption(title, unit), (category_label, "Capaian", "Target", "Persentase"), rows,
                      tuple((it.value, it.target, it.value / it.target * 100) for it in items))
    done, goal = sum(it.value for it in items), sum(it.target for it in items)
    if not items:
        text = nihil
    elif summary is not None:
        it = items[focus % len(items)]
        text = _fill(summary, {"title": title, "unit": unit, "label": it.label, "value": fmt(it.value),
                               "target": fmt(it.target), "percent": format_percent(it.value, it.target),
                               "all_value": fmt(done), "all_target": fmt(goal),
                               "all_percent": format_percent(done, goal)})
    elif len(items) == 1:
        text = f"Tercapai {fmt(done)} dari {_with_unit(fmt(goal), unit)} ({percents[0]})."
    else:
        ratios = [it.value / it.target for it in items]
        high, low = max(ratios), min(ratios)
        text = (f"Seluruhnya tercapai {fmt(done)} dari {_with_unit(fmt(goal), unit)} ({format_percent(done, goal)}). "
                f"Tertinggi: {_join([it.label for it, r in zip(items, ratios) if r == high])} "
                f"({percents[ratios.index(high)]})")
        text += "." if high == low else (f"; terendah: {_join([it.label for it, r in zip(items, ratios) if r == low])} "
                                         f"({percents[ratios.index(low)]}).")
    desc = _desc(text, contoh)
    if not items:
        return _chart("progress", id_prefix, title, text, _nihil_svg(svg, title, desc, nihil), table, contoh)

    width = max(_MIN_W, _longest_word([it.label for it in items]) + 2 * _M)
    values = [f"{fmt(it.value)} dari {fmt(it.target)} ({pct})" for it, pct in zip(items, percents)]
    track = width - 2 * _M - max(_width(v) for v in values) - 8
    y = svg.y
    for it, value in zip(items, values):
        lines = _wrap(it.label, width - 2 * _M)
        svg.lines("categories", _M, y + _FS, lines, anchor="start")
        y += _FS + (len(lines) - 1) * _LH + 6
        svg.rect("bars", _M, y, track, 16, cls="zi-chart__track")
        if it.value:
            svg.rect("bars", _M, y, min(it.value / it.target, 1) * track, 16, svg.pattern(0))
        else:
            svg.rect("bars", _M, y, 3, 16, cls="zi-chart__zero")
        svg.text("values", _M + track + 8, y + 12.5, value)
        y += 16 + 12
    return _chart("progress", id_prefix, title, text, svg.render(width, y - 6, title, desc, patterns=1), table,
                  contoh)
