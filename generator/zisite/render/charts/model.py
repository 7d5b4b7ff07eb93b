"""What every chart is made of: its input types, the checks on its input, and the finished figure
(SVG, summary sentence and data table rendered through templates/chart.html)."""

from __future__ import annotations

import math
import re
import string
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from typing import Sequence

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from ...text import strings as say
from ...text.format import angka, daftar

MAX_SERIES = 6
_ID = re.compile(r"[A-Za-z][A-Za-z0-9_-]*\Z")


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


# ---------------------------------------------------------------- input checks

def number(value: float, what: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float, Decimal)):
        raise TypeError(f"{what}: expected a number, got {value!r}")
    if not math.isfinite(value):
        raise ValueError(f"{what}: {value!r} is not a finite number")
    if value < 0:
        raise ValueError(f"{what}: negative value {value!r}")
    return value


def check(id_prefix: str, categories: Sequence[str], series: Sequence[Series]) -> None:
    if not _ID.match(id_prefix):
        raise ValueError(f"id_prefix {id_prefix!r} must start with a letter and hold only letters, digits, - and _")
    if len(series) > MAX_SERIES:
        raise ValueError(f"at most {MAX_SERIES} series make a readable chart, got {len(series)}")
    for s in series:
        if len(s.values) != len(categories):
            raise ValueError(f"series {s.name!r} has {len(s.values)} values for {len(categories)} categories")
        for v in s.values:
            number(v, f"series {s.name!r}")


def formatter(decimals: int | None):
    return lambda v: angka(v, decimals)


# ---------------------------------------------------------------- summary sentences

def with_unit(value: str, unit: str) -> str:
    return say.CHART_VALUE_UNIT.format(value=value, unit=unit) if unit else value


def fill(template: str, fields: dict[str, str]) -> str:
    """A caller's own summary template, its fields checked so a typo fails the build, not the page."""
    unknown = [name for _, name, _, _ in string.Formatter().parse(template) if name is not None and name not in fields]
    if unknown:
        raise ValueError(f"unknown summary field(s) {unknown}; available: {sorted(fields)}")
    return template.format_map(fields)


def extremes(labels: Sequence[str], values: Sequence[float], unit: str, fmt, colon: str = ":",
             shown: Sequence[str | None] | None = None) -> str:
    """"tertinggi: X (15 pengaduan); terendah: Y (0)" or "semua nilai 5 pengaduan".

    ``shown`` holds a category's own words for its value ("nihil", "sekitar 40"), used when every
    category at that value says the same."""
    top, low = max(values), min(values)

    def said(value) -> str:
        words = {shown[j] if shown else None for j, v in enumerate(values) if v == value}
        return words.pop() if len(words) == 1 and None not in words else fmt(value)

    if top == low:
        return say.CHART_ALL_EQUAL.format(value=with_unit(said(top), unit))
    return say.CHART_EXTREMES.format(
        colon=colon, highest=daftar([lab for lab, v in zip(labels, values) if v == top]),
        top=with_unit(said(top), unit), lowest=daftar([lab for lab, v in zip(labels, values) if v == low]),
        low=said(low))


def sentence(text: str) -> str:
    return text[:1].upper() + text[1:] + "."


def describe(summary: str, contoh: bool) -> str:
    """The SVG's <desc>: the summary, said to be sample data where it is."""
    return say.CHART_SAMPLE_DESC.format(summary=summary) if contoh else summary


# ---------------------------------------------------------------- data table and figure

def caption(title: str, unit: str) -> str:
    return say.CHART_TABLE_CAPTION.format(title=title) + (say.CHART_TABLE_UNIT.format(unit=unit) if unit else "")


Notes = dict[tuple[int, int], str]
"""Words shown instead of a value, by (series, category): "nihil", "sekitar 40"."""


def series_table(title: str, unit: str, category_label: str, categories: Sequence[str], series: Sequence[Series],
                 fmt, total: str | None = None, notes: Notes | None = None) -> DataTable:
    rows, values = [], []
    notes = notes or {}
    for j, cat in enumerate(categories):
        numbers = [s.values[j] for s in series] + ([sum(s.values[j] for s in series)] if total else [])
        values.append(tuple(numbers))
        rows.append((cat, *(notes.get((i, j)) or fmt(v) for i, v in enumerate(numbers))))
    columns = (category_label, *(s.name for s in series), *([total] if total else []))
    return DataTable(caption(title, unit), columns, tuple(rows), tuple(values))


CARD_COLUMNS = 3
"""A data table with more columns than this becomes one card per row on narrow screens (charts.css)."""


@lru_cache(maxsize=1)
def _template():
    env = Environment(loader=PackageLoader("zisite", "templates"), autoescape=True, undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True)
    return env.get_template("chart.html")


def figure(kind: str, id_prefix: str, title: str, summary: str, svg: Markup, table: DataTable,
           contoh: bool) -> Chart:
    html = _template().render(id=id_prefix, kind=kind, title=title, summary=summary, svg=svg, table=table,
                              contoh=contoh, cards=len(table.columns) > CARD_COLUMNS)
    # Pages are Markdown with raw HTML blocks: no blank lines, no indentation.
    html = Markup("\n".join(line.strip() for line in html.splitlines() if line.strip()))
    return Chart(id_prefix, kind, title, summary, svg, table, html, contoh)
