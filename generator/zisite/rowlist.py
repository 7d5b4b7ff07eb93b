"""``zisite baris``: the row codes of one plan, each with a short text, grouped by bagian, searchable.

A realisasi entry names its row by code (``baris: "1.3.2.1"``). The clerk writing one has the YAML
and a terminal open, not a built site, so the codes are listed here. The codes and their order come
from the one plan-tree walk (``domain.rows.walk``); nothing here counts positions itself.

Pure functions: the CLI reads the disk and prints, these decide what to print.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from .domain.rows import walk
from .text.format import plain

SHORT = 70
"""Characters of a row's text shown on its line: with the code and indent, a line fits a terminal."""
EMPTY = "(sel kosong)"
UNTITLED = "(tanpa judul)"


class Refused(Exception):
    """The office or year asked for is not there; the message (Indonesian) names the valid choices."""


@dataclass(frozen=True)
class RowItem:
    code: str
    area: int  # 0-based position of the row's bagian
    group: int  # 0-based position of its kelompok
    text: str  # the row's cell as plain text; its action's when the row cell is empty
    action: str  # the action's cell as plain text ("" when empty or already the row's text)
    searched: str  # row, action, kelompok and bagian text, case-folded: what --cari looks in


def _clean(text: str | None) -> str:
    return " ".join(plain(text).split())


def shorten(text: str | None, limit: int = SHORT) -> str:
    """One line of at most ``limit`` characters, cut at a word when one ends near the limit, ending in "…"."""
    text = _clean(text)
    if len(text) <= limit:
        return text
    cut = text[:limit - 1]
    space = cut.rfind(" ")
    if space >= limit * 3 // 4:
        cut = cut[:space]
    return cut.rstrip(" ,;:.-/") + "…"


def row_items(plan) -> list[RowItem]:
    """Every row of ``plan`` in document order, as ``zisite baris`` lists it."""
    items = []
    for found in walk(plan):
        action = _clean(found.action.uraian)
        text = _clean(found.row.uraian) or action or EMPTY
        searched = " ".join(_clean(t) for t in (found.row.uraian, found.action.uraian, found.group.judul,
                                                found.area.judul)).casefold()
        items.append(RowItem(found.code, found.position.area, found.position.group, text,
                             "" if action == text else action, searched))
    return items


def code_distance(a: str, b: str) -> int:
    """Edits between two row codes, counted in numbers, not characters: one number changed, added,
    dropped, or two neighbours swapped (``1.1.2.1`` for ``1.1.1.2``) is one edit."""
    x, y = a.split("."), b.split(".")
    d = [[i + j if i * j == 0 else 0 for j in range(len(y) + 1)] for i in range(len(x) + 1)]
    for i in range(1, len(x) + 1):
        for j in range(1, len(y) + 1):
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (x[i - 1] != y[j - 1]))
            if i > 1 and j > 1 and x[i - 1] == y[j - 2] and x[i - 2] == y[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[-1][-1]


def suggest(items: list[RowItem], code: str, activity: str | None = None, limit: int = 3) -> list[RowItem]:
    """Rows a mistyped ``code`` may have meant, best first.

    Every row one edit away counts (``1.1.2.1`` is as near ``1.1.1.1`` as ``1.1.1.2``, so naming
    one would be a coin toss); the row whose text shares most words with the entry's ``kegiatan``
    comes first, even when its code is further off.
    """
    by_code = [item for item in items if code_distance(code, item.code) == 1]
    words = set(re.findall(r"\w{4,}", (activity or "").casefold()))

    def overlap(item: RowItem) -> float:
        return sum(1 for w in words if w in item.searched) / len(words) if words else 0.0

    by_text = max(items, key=overlap, default=None)
    chosen = sorted(by_code, key=overlap, reverse=True)
    if by_text is not None and overlap(by_text) >= 0.5 and by_text not in chosen:
        chosen.insert(0, by_text)
    return chosen[:limit]


def search(items: list[RowItem], query: str) -> list[RowItem]:
    """The rows whose text or context holds every word of ``query`` (any case); all rows for no words."""
    words = query.casefold().split()
    return [item for item in items if all(word in item.searched for word in words)]


def listing(plan, items: list[RowItem], actions: bool = False) -> list[str]:
    """``items`` grouped under their bagian and kelompok, each heading numbered as the codes count.

    ``actions``: each row also shows its action on a second line, under the plan's own name for that
    column (Sigi "Kegiatan/aksi", Banggai Kepulauan "Indikator"). A search shows them, so a row found
    by a word of its action shows that word; the full list stays one line per row."""
    width = max((len(item.code) for item in items), default=0)
    label = next((c.judul.capitalize() for c in plan.kolom if c.kunci == "aksi"), None)
    lines: list[str] = []
    area = group = None
    for item in items:
        if item.area != area:
            if lines:
                lines.append("")
            lines.append(f"Bagian {item.area + 1}: {shorten(plan.bagian[item.area].judul) or UNTITLED}")
            area, group = item.area, None
        if item.group != group:
            title = plan.bagian[item.area].kelompok[item.group].judul
            lines.append(f"  {item.area + 1}.{item.group + 1} {shorten(title) or UNTITLED}")
            group = item.group
        lines.append(f"    {item.code.ljust(width)}  {shorten(item.text)}")
        if actions and label and item.action:
            lines.append(f"    {' ' * width}  {label}: {shorten(item.action, SHORT - len(label) - 2)}")
    return lines


def choose_office(slugs: list[str], wanted: str | None) -> str:
    """The office to list: ``wanted``, or the only office there is."""
    if not slugs:
        raise Refused("belum ada kantor: folder content/offices/<slug>/ belum ada")
    choices = ", ".join(slugs)
    if wanted is None:
        if len(slugs) == 1:
            return slugs[0]
        raise Refused(f"repositori ini memuat {len(slugs)} kantor; sebutkan salah satu: {choices} "
                      f"(misalnya `zisite baris {slugs[0]}`)")
    if wanted not in slugs:
        close = difflib.get_close_matches(wanted, slugs, n=1) or [s for s in slugs if s.startswith(wanted)][:1]
        raise Refused(f"kantor '{wanted}' tidak ada di content/offices/"
                      + (f"; maksud Anda '{close[0]}'?" if close else ".") + f" Pilihan: {choices}")
    return wanted


def choose_year(years: list[int], wanted: int | None, slug: str) -> int:
    """The plan year to list: ``wanted``, or the office's newest plan."""
    if not years:
        raise Refused(f"kantor '{slug}' belum memiliki rencana aksi (plans/{slug}/<tahun>.yaml)")
    if wanted is None:
        return max(years)
    if wanted not in years:
        raise Refused(f"tidak ada rencana aksi {wanted} untuk kantor '{slug}'. "
                      f"Pilihan tahun: {', '.join(str(y) for y in sorted(years))}")
    return wanted


def report(plan, office_name: str, plan_file: str, realisasi_file: str, query: str = "") -> list[str]:
    """Everything ``zisite baris`` prints: a heading, the (matching) rows, and how to use a code."""
    items = row_items(plan)
    head = f"Kode baris Rencana Aksi {office_name} {plan.tahun} ({plan_file})"
    if not items:
        return [head, "Rencana aksi ini belum berisi baris."]
    shown = search(items, query)
    quoted = f"\"{' '.join(query.split())}\""
    if not shown:
        return [head, f"Tidak ada baris yang memuat {quoted} (dari {len(items)} baris). "
                      "Coba kata lain, atau lebih sedikit kata."]
    count = f"{len(shown)} dari {len(items)} baris memuat {quoted}." if query.split() else f"{len(items)} baris."
    return [head, "", *listing(plan, shown, actions=bool(query.split())), "", count,
            f"Catat realisasi di {realisasi_file}, misalnya:  - baris: \"{shown[0].code}\""]
