"""The plan tree walked once: bagian › kelompok › aksi › baris, each row with its position, its code
(``1.2.1.3``: what realisasi files name a row by) and its anchor on the plan page (``b1-k2-a1-r3``).

Positions are 0-based in code and 1-based wherever a person reads them. Every module that visits
the rows of a plan (tables, open data, Monev, checks, related rows) walks them here, so the order,
the code and the anchor cannot drift apart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

ROW_CODE_PATTERN = r"[1-9]\d*(\.[1-9]\d*){3}"
"""A row code as realisasi files write it: four numbers counted from 1 (``1.2.1.3``)."""
ROW_CODE = re.compile(ROW_CODE_PATTERN)


@dataclass(frozen=True)
class Position:
    """Where a row sits: 0-based indices of its area (bagian), group (kelompok), action and row."""

    area: int
    group: int
    action: int
    row: int

    @property
    def code(self) -> str:
        """``1.1.3.1``: counted from 1, the key realisasi files use."""
        return f"{self.area + 1}.{self.group + 1}.{self.action + 1}.{self.row + 1}"

    @property
    def anchor(self) -> str:
        """The id of the row's header cell on the plan page."""
        return f"{action_anchor(self.area, self.group, self.action)}-r{self.row + 1}"

    @property
    def path(self) -> tuple:
        """The path into the plan file, for a diagnostic's line and column."""
        return ("bagian", self.area, "kelompok", self.group, "aksi", self.action, "baris", self.row)

    @classmethod
    def from_code(cls, code: str) -> "Position":
        """``1.1.3.1`` → Position(0, 0, 2, 0); the code must have four positive numbers."""
        area, group, action, row = (int(part) - 1 for part in code.split("."))
        return cls(area, group, action, row)


def area_anchor(area: int) -> str:
    return f"b{area + 1}"


def group_anchor(area: int, group: int) -> str:
    return f"{area_anchor(area)}-k{group + 1}"


def action_anchor(area: int, group: int, action: int) -> str:
    return f"{group_anchor(area, group)}-a{action + 1}"


@dataclass(frozen=True)
class PlanRow:
    """One row of a plan with its ancestors (the model objects) and its position."""

    position: Position
    area: object  # models.Area
    group: object  # models.SubArea
    action: object  # models.Action
    row: object  # models.Row

    @property
    def code(self) -> str:
        return self.position.code

    @property
    def anchor(self) -> str:
        return self.position.anchor


def walk(plan, area_index: int | None = None) -> Iterator[PlanRow]:
    """Every row of ``plan`` in document order (or of its area ``area_index`` only)."""
    areas = enumerate(plan.bagian) if area_index is None else [(area_index, plan.bagian[area_index])]
    for a, area in areas:
        for g, group in enumerate(area.kelompok):
            for x, action in enumerate(group.aksi):
                for r, row in enumerate(action.baris):
                    yield PlanRow(Position(a, g, x, r), area, group, action, row)


def row_code(area: int, group: int, action: int, row: int) -> str:
    """The code of the row at these 0-based positions."""
    return Position(area, group, action, row).code


def code_anchor(code: str) -> str:
    """The plan page id of the row with this code: ``1.1.3.1`` → ``b1-k1-a3-r1``."""
    return Position.from_code(code).anchor


def counts(plan, area_index: int | None = None) -> dict[str, int]:
    """How many areas, groups, actions and rows the plan has (or its area ``area_index``)."""
    areas = plan.bagian if area_index is None else plan.bagian[area_index:area_index + 1]
    groups = [g for a in areas for g in a.kelompok]
    actions = [x for g in groups for x in g.aksi]
    return {"bagian": len(areas), "kelompok": len(groups), "aksi": len(actions),
            "baris": sum(len(x.baris) for x in actions)}


EXTRA_LEVELS = ("kelompok", "aksi", "baris")
"""Where an extra column's value may be written: on a kelompok or an aksi it covers all their rows."""


def extra_value(found: PlanRow, key: str) -> tuple[str | None, tuple[str, ...]]:
    """The value of extra column ``key`` for this row and the level it was written at (kelompok, aksi,
    baris); the widest level wins, as a merged cell does on paper. ``(None, ())`` when none says it."""
    for level, owner in zip(EXTRA_LEVELS, (found.group, found.action, found.row)):
        values = (owner.kolom_lain or {}).get(key)
        if values is not None:
            return level, values
    return None, ()
