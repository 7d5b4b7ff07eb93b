"""The plan as accessible tables: one table per area, merged cells tied to their headers.

Screen readers announce a cell's headers through explicit ``headers``/``id`` pairs (WCAG H43),
which survive rowspans where ``scope`` alone does not. Logic lives here; the template only
prints what this module decided.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..domain.levers import LEVER_BY_SLUG
from ..models import Area, Plan
from .markup import plain
from ..domain.monev import row_code
from .plan_links import row_anchor

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


@dataclass(frozen=True)
class Group:
    """One kelompok: a tbody of rows, each a list of cells."""

    rows: tuple[tuple[Cell, ...], ...]


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
MONITOR_TITLE = "Pemantauan"  # not in the signed document: the site's own column, after the printed ones


def area_table(plan: Plan, area: Area, index: int, views: dict | None = None) -> AreaTable:
    prefix = f"b{index + 1}"
    titles = {c.kunci: c.judul for c in plan.kolom}
    columns = tuple(Column(c.kunci, c.judul, f"{prefix}-h-{c.kunci}") for c in plan.kolom if c.kunci not in HIDDEN_KEYS)
    if views is not None:
        columns += (Column(MONITOR, MONITOR_TITLE, f"{prefix}-h-{MONITOR}"),)
    keys = [c.key for c in columns]
    groups = []
    for k, sub in enumerate(area.kelompok):
        sub_id = f"{prefix}-k{k + 1}"
        sub_rows = sum(len(a.baris) for a in sub.aksi)
        rows = []
        for a, action in enumerate(sub.aksi):
            action_id = f"{sub_id}-a{a + 1}"
            for r, row in enumerate(action.baris):
                row_id = row_anchor(index, k, a, r)
                cells = []
                owners = []  # ids of the headers above this row, outermost first
                if "kelompok" in keys:
                    if a == 0 and r == 0:
                        number, values = _joined(sub.nomor, sub.judul)
                        cells.append(Cell("kelompok", titles["kelompok"], values, number, True, sub_id,
                                          f"{prefix}-h-kelompok", sub_rows, "rowgroup"))
                    owners.append(sub_id)
                if "aksi" in keys:
                    if r == 0:
                        number, values = _joined(action.nomor, action.uraian)
                        cells.append(Cell("aksi", titles["aksi"], values, number, True, action_id,
                                          " ".join([f"{prefix}-h-aksi", *owners]), len(action.baris)))
                    owners.append(action_id)
                number, values = _joined(row.nomor, row.uraian)
                cells.append(Cell("baris", titles["baris"], values, number, True, row_id,
                                  " ".join([f"{prefix}-h-baris", *owners]), 1, "row"))
                for key in LEAF_KEYS:
                    if key in keys:
                        cells.append(Cell(key, titles[key], getattr(row, key), None, False, None,
                                          " ".join([f"{prefix}-h-{key}", *owners[-1:], row_id])))
                if views is not None:
                    code = row_code(index, k, a, r)
                    cells.append(Cell(MONITOR, MONITOR_TITLE, (), None, False, None,
                                      " ".join([f"{prefix}-h-{MONITOR}", row_id]), monitor=views.get(code)))
                order = {key: i for i, key in enumerate(keys)}
                rows.append(tuple(sorted(cells, key=lambda c: order[c.key])))
        groups.append(Group(tuple(rows)))
    lever = LEVER_BY_SLUG[area.pengungkit].name if area.pengungkit else None
    return AreaTable(prefix, area.nomor, plain(area.judul), lever, columns, tuple(groups))


def plan_tables(plan: Plan, views: dict | None = None) -> tuple[AreaTable, ...]:
    """One table per area; with ``views`` (row code → monev.RowView) each row also shows its status."""
    return tuple(area_table(plan, area, i, views) for i, area in enumerate(plan.bagian))
