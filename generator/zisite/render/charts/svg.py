"""Shared SVG drawing for every chart: sizes, patterns, text measure and layout, and the layered
``Svg`` builder that escapes every text it is given."""

from __future__ import annotations

from typing import Sequence

from markupsafe import Markup, escape

from ...text import strings as say

FS = 13  # label font size in SVG units; the SVG is ~FS units per em wide, so labels match body text
LH = 16  # line height
M = 4  # outer margin
MIN_W = 288  # narrowest chart (SVG units): the content width of a 320 px screen, so text stays ~1:1
PLOT_H = 150  # height of the plot area
DASHES = ("", "7 4", "2 3", "9 3 2 3", "4 4", "1 2")
# Marker shapes for line charts, centred on 0,0: circle, square, triangle, diamond, cross, bar.
_MARKS = ("M-4 0a4 4 0 1 0 8 0a4 4 0 1 0-8 0z", "M-3.5-3.5h7v7h-7z", "M0-4.5l4.5 8h-9z",
          "M0-5l5 5-5 5-5-5z", "M-4-1.5h8v3h-8z", "M-1.5-4.5h3v9h-3z")
# Pattern tiles (8 × 8): solid, diagonal hatch, dots, cross-hatch, horizontal, vertical lines.
_TILES = ("", '<path d="M-2 2l4-4M0 8l8-8M6 10l4-4"/>', '<circle cx="4" cy="4" r="1.8"/>',
          '<path d="M0 0l8 8M8 0l-8 8"/>', '<path d="M0 4h8"/>', '<path d="M4 0v8"/>')
_NO_FILL = ' fill="none"'
_DY = f' dy="{LH}"'


def coord(x: float) -> str:
    r = round(x, 1)
    return str(int(r)) if r == int(r) else str(r)


def text_width(text: str) -> float:
    """Estimated width of ``text`` at FS: 0.6 em a character, as wide as DejaVu Sans (the widest
    common system font) so that labels do not collide whatever font the reader has."""
    return len(text) * FS * 0.6


def wrap(text: str, width: float) -> list[str]:
    lines: list[str] = []
    for word in text.split():
        if lines and text_width(lines[-1] + " " + word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines or [""]


def longest_word(texts: Sequence[str]) -> float:
    return max((text_width(w) for t in texts for w in t.split()), default=0)


def spread(wanted: list[float], gap: float, low: float, high: float) -> list[float]:
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


class Svg:
    """Collects SVG elements by layer; every text is escaped here and nowhere else."""

    def __init__(self, prefix: str, contoh: bool, values_anchor: str = "middle"):
        self.p = prefix
        self.layers: dict[str, list[str]] = {name: [] for name in _LAYERS}
        self.values_anchor = values_anchor
        self.y = M
        if contoh:
            self.text("contoh", M, self.y + FS, say.CHART_SAMPLE_MARK)
            self.y += LH + 4

    def pattern(self, i: int) -> str:
        return f"url(#{self.p}-p{i})"

    def add(self, layer: str, markup: str) -> None:
        self.layers[layer].append(markup)

    def text(self, layer: str, x: float, y: float, text: str) -> None:
        self.add(layer, f'<text x="{coord(x)}" y="{coord(y)}">{escape(text)}</text>')

    def lines(self, layer: str, x: float, y: float, lines: list[str], anchor: str = "middle") -> None:
        """Lines of text at ``x`` (centred by default), the first baseline at ``y``."""
        spans = "".join(f'<tspan x="{coord(x)}"{_DY if i else ""}>{escape(line)}</tspan>'
                        for i, line in enumerate(lines))
        self.add(layer, f'<text y="{coord(y)}" text-anchor="{anchor}">{spans}</text>')

    def rect(self, layer: str, x: float, y: float, w: float, h: float, fill: str | None = None,
             cls: str | None = None) -> None:
        extra = (f' fill="{fill}"' if fill else "") + (f' class="{cls}"' if cls else "")
        self.add(layer, f'<rect x="{coord(x)}" y="{coord(y)}" width="{coord(w)}" height="{coord(h)}"{extra}/>')

    def legend(self, names: Sequence[str], width: float, swatch) -> None:
        """Legend items in flowing lines: a sample (``swatch(x, y, i)``) then the series name."""
        x, y = M, self.y + FS
        for i, name in enumerate(names):
            item = 22 + text_width(name)
            if x > M and x + item > width - M:
                x, y = M, y + LH + 2
            swatch(x, y, i)
            self.text("legend", x + 22, y, name)
            x += item + 14
        self.y = y + 10

    def plot_area(self) -> tuple[float, float]:
        """(top, baseline) of the plot, one line below whatever is drawn above it (mark, legend)."""
        top = self.y + LH
        return top, top + PLOT_H

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
            f'aria-labelledby="{self.p}-t" aria-describedby="{self.p}-d" viewBox="0 0 {coord(width)} {coord(height)}" '
            f'width="{coord(width / FS)}em" fill="currentColor">'
            f'<title id="{self.p}-t">{escape(title)}</title><desc id="{self.p}-d">{escape(desc)}</desc>'
            + (f"<defs>{defs}</defs>" if defs else "")
            + f'<g font-size="{FS}">{body}</g></svg>')


def nihil_svg(svg: Svg, title: str, desc: str, nihil: str) -> Markup:
    lines = wrap(nihil, MIN_W - 2 * M)
    svg.lines("nihil", MIN_W / 2, svg.y + FS + 6, lines)
    return svg.render(MIN_W, svg.y + FS + 12 + (len(lines) - 1) * LH, title, desc)


def column_slots(categories: Sequence[str], group: float, gap: float) -> tuple[float, float]:
    """(chart width, slot per category) for one column group per category: each slot fits the
    group plus ``gap`` and the longest word of its label; the chart is never narrower than MIN_W."""
    n = len(categories)
    slot = max(group + gap, longest_word(categories) + 10)
    width = max(MIN_W, 2 * M + n * slot)
    return width, (width - 2 * M) / n


def baseline_and_categories(svg: "Svg", width: float, base: float, slot: float, categories: Sequence[str]) -> float:
    """The x axis at ``base`` and each category's label centred under its slot; returns the bottom."""
    svg.add("axis", f'<path d="M{M} {coord(base)}H{coord(width - M)}"/>')
    return category_labels(svg, [M + (j + 0.5) * slot for j in range(len(categories))], categories, slot, base + LH)


def category_labels(svg: Svg, centres: Sequence[float], labels: Sequence[str], slot: float, y: float) -> float:
    wrapped = [wrap(label, slot - 6) for label in labels]
    for x, lines in zip(centres, wrapped):
        svg.lines("categories", x, y, lines)
    return y + (max(len(w) for w in wrapped) - 1) * LH
