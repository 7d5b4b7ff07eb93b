"""Progress bars: each item's value of its target with its percentage, and its summary."""

from __future__ import annotations

from typing import Sequence

from ...text import strings as say
from ...text.format import daftar, persen
from .model import Chart, DataTable, Progress, caption, check, describe, figure, fill, formatter, number, with_unit
from .svg import FS, LH, M, MIN_W, Svg, longest_word, nihil_svg, text_width, wrap



def progress_chart(title: str, items: Sequence[Progress], unit: str, *, id_prefix: str, contoh: bool = False,
                   summary: str | None = None, nihil: str = say.CHART_NIHIL, focus: int = -1, decimals: int | None = None,
                   category_label: str = say.CHART_ITEM) -> Chart:
    """Horizontal bars, one per item: ``value`` of ``target`` with its percentage (past 100 % the
    bar stays full and the label tells). A target must be positive.

    ``summary`` template fields: ``title``, ``unit``, ``label``, ``value``, ``target``, ``percent``
    of the ``focus`` item, and ``all_value``, ``all_target``, ``all_percent`` summed over the items.
    Without it: "Tercapai 3 dari 4 laporan (75 %)." for one item; the overall sum, highest and
    lowest percentage for several.
    """
    check(id_prefix, [], [])
    for item in items:
        number(item.value, f"progress {item.label!r}")
        if not number(item.target, f"progress {item.label!r} target"):
            raise ValueError(f"progress {item.label!r}: the target must be positive")
    fmt = formatter(decimals)
    svg = Svg(id_prefix, contoh, values_anchor="start")
    percents = [persen(it.value, it.target) for it in items]
    rows = tuple((it.label, fmt(it.value), fmt(it.target), pct) for it, pct in zip(items, percents))
    table = DataTable(caption(title, unit), (category_label, say.CHART_ACHIEVED, say.CHART_TARGET, say.CHART_PERCENT), rows,
                      tuple((it.value, it.target, it.value / it.target * 100) for it in items))
    done, goal = sum(it.value for it in items), sum(it.target for it in items)
    if not items:
        text = nihil
    elif summary is not None:
        it = items[focus % len(items)]
        text = fill(summary, {"title": title, "unit": unit, "label": it.label, "value": fmt(it.value),
                               "target": fmt(it.target), "percent": persen(it.value, it.target),
                               "all_value": fmt(done), "all_target": fmt(goal),
                               "all_percent": persen(done, goal)})
    elif len(items) == 1:
        text = say.CHART_PROGRESS_ONE.format(done=fmt(done), goal=with_unit(fmt(goal), unit), percent=percents[0])
    else:
        ratios = [it.value / it.target for it in items]
        high, low = max(ratios), min(ratios)
        text = say.CHART_PROGRESS_ALL.format(
            done=fmt(done), goal=with_unit(fmt(goal), unit), percent=persen(done, goal),
            highest=daftar([it.label for it, r in zip(items, ratios) if r == high]), high=percents[ratios.index(high)])
        text += "." if high == low else say.CHART_PROGRESS_LOWEST.format(
            lowest=daftar([it.label for it, r in zip(items, ratios) if r == low]), low=percents[ratios.index(low)])
    desc = describe(text, contoh)
    if not items:
        return figure("progress", id_prefix, title, text, nihil_svg(svg, title, desc, nihil), table, contoh)

    width = max(MIN_W, longest_word([it.label for it in items]) + 2 * M)
    values = [say.CHART_PROGRESS_BAR.format(value=fmt(it.value), target=fmt(it.target), percent=pct)
              for it, pct in zip(items, percents)]
    track = width - 2 * M - max(text_width(v) for v in values) - 8
    y = svg.y
    for it, value in zip(items, values):
        lines = wrap(it.label, width - 2 * M)
        svg.lines("categories", M, y + FS, lines, anchor="start")
        y += FS + (len(lines) - 1) * LH + 6
        svg.rect("bars", M, y, track, 16, cls="zi-chart__track")
        if it.value:
            svg.rect("bars", M, y, min(it.value / it.target, 1) * track, 16, svg.pattern(0))
        else:
            svg.rect("bars", M, y, 3, 16, cls="zi-chart__zero")
        svg.text("values", M + track + 8, y + 12.5, value)
        y += 16 + 12
    return figure("progress", id_prefix, title, text, svg.render(width, y - 6, title, desc, patterns=1), table,
                  contoh)
