"""Stacked bar chart: one column per category made of its parts, the total on top, and its summary."""

from __future__ import annotations

from typing import Sequence

from ...text import strings as say
from ...text.format import daftar, persen
from .model import Chart, Series, check, describe, extremes, figure, fill, formatter, sentence, series_table, with_unit
from .svg import LH, M, PLOT_H, Svg, baseline_and_categories, column_slots, nihil_svg, spread, text_width



def stacked_bar_chart(title: str, categories: Sequence[str], parts: Sequence[Series], unit: str, *,
                      id_prefix: str, contoh: bool = False, summary: str | None = None, nihil: str = say.CHART_NIHIL,
                      focus: int = -1, decimals: int | None = None, category_label: str = say.CHART_PERIOD,
                      total_label: str = say.CHART_TOTAL) -> Chart:
    """One column per category made of its parts (bottom to top in the order given), total on top.

    ``summary`` template fields: ``title``, ``unit``, ``category`` (the ``focus`` category),
    ``total`` there, ``v0`` … and ``share0`` … (each part there and its share of the total),
    ``all_total``, ``all_v0`` … and ``all_share0`` … over all categories. Without it the summary
    gives the overall total with each part's share, then the highest and lowest totals.
    """
    check(id_prefix, categories, parts)
    fmt = formatter(decimals)
    svg = Svg(id_prefix, contoh, values_anchor="start")
    table = series_table(title, unit, category_label, categories, parts, fmt, total=total_label)
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
            fields[f"share{i}"] = persen(p.values[j], totals[j])
            fields[f"all_v{i}"] = fmt(sums[i])
            fields[f"all_share{i}"] = persen(sums[i], grand)
        text = fill(summary, fields)
    else:
        shares = daftar([say.CHART_PART_SHARE.format(name=p.name, value=fmt(s), share=persen(s, grand))
                         for p, s in zip(parts, sums)])
        text = say.CHART_PARTS_TOTAL.format(total=with_unit(fmt(grand), unit), shares=shares)
        if len(categories) > 1:
            text += " " + sentence(say.CHART_TOTALS_EXTREMES.format(total_label=total_label.lower(),
                                                                    extremes=extremes(categories, totals, unit, fmt)))
    desc = describe(text, contoh)
    if not categories or not parts:
        return figure("stacked", id_prefix, title, text, nihil_svg(svg, title, desc, nihil), table, contoh)

    m, n = len(parts), len(categories)
    value_w = max(text_width(fmt(v)) for v in [*totals, *(v for p in parts for v in p.values)])
    column = max(30, value_w + 6)
    label_w = 17 + value_w
    group = column + 5 + label_w
    width, slot = column_slots(categories, group, 12)
    svg.legend([p.name for p in parts], width, svg.bar_swatch)
    top, base = svg.plot_area()
    vmax = max(totals) or 1
    for j in range(n):
        x = M + j * slot + (slot - group) / 2
        y, wanted = base, []
        for i, p in enumerate(parts):
            v = p.values[j]
            h = v / vmax * PLOT_H
            if v:
                svg.rect("bars", x, y - h, column, h, svg.pattern(i))
            wanted.append(y - h / 2)
            y -= h
        if not totals[j]:
            svg.rect("bars", x, base - 3, column, 3, cls="zi-chart__zero")
        svg.text("totals", x + column / 2, min(y, base - 3) - 4, fmt(totals[j]))
        # Part labels beside the column, each with its pattern swatch, pushed apart so none overlap.
        order = sorted(range(m), key=lambda i: (wanted[i], -i))
        placed = spread([wanted[i] for i in order], LH - 2, top - LH / 2, base - 6)
        for cy, i in sorted(zip(placed, order), key=lambda pair: pair[1]):
            svg.rect("values", x + column + 5, cy - 6, 12, 12, svg.pattern(i))
            svg.text("values", x + column + 21, cy + 4.5, fmt(parts[i].values[j]))
    bottom = baseline_and_categories(svg, width, base, slot, categories)
    return figure("stacked", id_prefix, title, text, svg.render(width, bottom + 6, title, desc, patterns=m), table,
                  contoh)
