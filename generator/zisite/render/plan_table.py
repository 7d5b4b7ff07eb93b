"""The plan as accessible tables: one table per area, merged cells tied to their headers.

Screen readers announce a cell's headers through explicit ``headers``/``id`` pairs (WCAG H43),
which survive rowspans where ``scope`` alone does not. Each plan row has exactly one row header
(its baris), so a listener hears one short name per cell, not three long ones; the kelompok is a
subheading row over its tbody, the aksi a merged data cell. Each row header also carries its
context (kelompok, aksi) for the narrow-screen card, where it is shown instead of the merged cells.
Logic lives here; the template only prints what this module decided.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..domain.levers import LEVER_BY_SLUG
from ..domain.rows import area_anchor, extra_value, group_anchor, walk
from ..models import Area, Plan
from ..models.plan import FIXED_KEYS
from ..text import strings as say
from .markup import plain

LEAF_KEYS = ("bukti_fisik", "target_waktu", "target_capaian")
HIDDEN_KEYS = ("nomor", "bagian")  # shown in each table's caption instead


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    id: str


@dataclass(frozen=True)
class Cell:
    key: str
    label: str  # the column title, for the narrow-screen card layout
    values: tuple[str, ...]
    number: str | None = None
    header: bool = False
    id: str | None = None
    headers: str = ""
    rowspan: int = 1
    scope: str | None = None
    monitor: object = None  # monev.RowView, for the "Pemantauan" column the site adds
    context: tuple[tuple[str, str | None, str | None], ...] = ()  # (label, number, text) of kelompok, aksi

    @property
    def css(self) -> str:
        """Its class: ``zi-<key>`` for the columns the site knows; an office's own column key lives in
        its own namespace, so a key such as ``sr`` or ``area`` can never take on the site's styles."""
        if self.key in FIXED_KEYS or self.key == MONITOR:
            return f"zi-{self.key}"
        return f"zi-extra zi-extra--{self.key}"


@dataclass(frozen=True)
class Group:
    """One kelompok: a tbody of rows, each a list of cells, under its subheading (a ``th`` over the
    whole width, or None when the plan prints no kelompok column)."""

    rows: tuple[tuple[Cell, ...], ...]
    heading: Cell | None = None


@dataclass(frozen=True)
class AreaTable:
    id: str
    number: str | None
    title: str
    lever: str | None
    columns: tuple[Column, ...]
    groups: tuple[Group, ...]


def _joined(number: str | None, text: str | None) -> tuple[str | None, tuple[str, ...]]:
    return number, ((text,) if text else ())


MONITOR = "pemantauan"
MONITOR_TITLE = say.MONITOR_COLUMN


def area_table(plan: Plan, area: Area, index: int, views: dict | None = None) -> AreaTable:
    prefix = area_anchor(index)
    titles = {c.kunci: c.judul for c in plan.kolom}
    grouped = "kelompok" in titles  # the kelompok becomes each tbody's subheading, not a column
    columns = tuple(Column(c.kunci, c.judul, f"{prefix}-h-{c.kunci}") for c in plan.kolom
                    if c.kunci not in HIDDEN_KEYS and c.kunci != "kelompok")
    if views is not None:
        columns += (Column(MONITOR, MONITOR_TITLE, f"{prefix}-h-{MONITOR}"),)
    keys = [c.key for c in columns]
    extras = [c.kunci for c in plan.kolom if c.kunci not in FIXED_KEYS]  # values in kolom_lain
    order = {key: i for i, key in enumerate(keys)}
    groups: list[list[tuple[Cell, ...]]] = [[] for _ in area.kelompok]
    headings: list[Cell | None] = [None for _ in area.kelompok]
    for found in walk(plan, index):
        at, sub, action, row = found.position, found.group, found.action, found.row
        sub_id = group_anchor(index, at.group)
        row_id = found.anchor
        cells = []
        owners = [sub_id] if grouped else []  # the subheading above this row
        context = []
        if grouped:
            if at.action == 0 and at.row == 0:
                number, values = _joined(sub.nomor, sub.judul)
                headings[at.group] = Cell("kelompok", titles["kelompok"], values, number, True, sub_id,
                                          "", 1, "rowgroup")
            context.append((titles["kelompok"], sub.nomor, sub.judul))
        if "aksi" in keys:
            if at.row == 0:
                number, values = _joined(action.nomor, action.uraian)
                cells.append(Cell("aksi", titles["aksi"], values, number, False, None,
                                  " ".join([f"{prefix}-h-aksi", *owners]), len(action.baris)))
            context.append((titles["aksi"], action.nomor, action.uraian))
        number, values = _joined(row.nomor, row.uraian)
        cells.append(Cell("baris", titles["baris"], values, number, True, row_id,
                          " ".join([f"{prefix}-h-baris", *owners]), 1, "row", context=tuple(context)))
        for key in LEAF_KEYS:
            if key in keys:
                cells.append(Cell(key, titles[key], getattr(row, key), None, False, None,
                                  f"{prefix}-h-{key} {row_id}"))
        for key in extras:
            level, values = extra_value(found, key)
            if level == "kelompok":  # one cell over the whole kelompok, like its title
                if at.action == 0 and at.row == 0:
                    cells.append(Cell(key, titles[key], values, None, False, None,
                                      " ".join([f"{prefix}-h-{key}", *owners]),
                                      sum(len(x.baris) for x in sub.aksi)))
            elif level == "aksi":  # one cell over the aksi's rows
                if at.row == 0:
                    cells.append(Cell(key, titles[key], values, None, False, None,
                                      " ".join([f"{prefix}-h-{key}", *owners]), len(action.baris)))
            else:
                cells.append(Cell(key, titles[key], values, None, False, None, f"{prefix}-h-{key} {row_id}"))
        if views is not None:
            cells.append(Cell(MONITOR, MONITOR_TITLE, (), None, False, None,
                              f"{prefix}-h-{MONITOR} {row_id}", monitor=views.get(found.code)))
        groups[at.group].append(tuple(sorted(cells, key=lambda c: order[c.key])))
    lever = LEVER_BY_SLUG[area.pengungkit].name if area.pengungkit else None
    return AreaTable(prefix, area.nomor, plain(area.judul), lever, columns,
                     tuple(Group(tuple(g), h) for g, h in zip(groups, headings)))


def plan_tables(plan: Plan, views: dict | None = None) -> tuple[AreaTable, ...]:
    """One table per area; with ``views`` (row code → monev.RowView) each row also shows its status."""
    return tuple(area_table(plan, area, i, views) for i, area in enumerate(plan.bagian))
