"""Per-area summary of a plan: how many actions, which ZI lever, when they fall due."""

from __future__ import annotations

from dataclasses import dataclass

from ..domain.levers import LEVER_BY_SLUG, LEVERS
from ..domain.rows import counts, walk
from ..domain.schedule import Kind
from ..text import strings as say
from ..models import Plan


@dataclass(frozen=True)
class AreaSummary:
    number: str | None
    title: str
    lever: str | None
    actions: int
    rows: int
    due: tuple[str, ...]


def _due_labels(plan: Plan, index: int) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for found in walk(plan, index):
        schedules = found.row.schedules(plan.tahun)
        if not schedules:
            seen.setdefault(say.NO_SCHEDULE, None)
        for schedule in schedules:
            seen.setdefault(schedule.label if schedule.kind is not Kind.UNKNOWN else schedule.text, None)
    return tuple(seen)


def area_summaries(plan: Plan) -> tuple[AreaSummary, ...]:
    out = []
    for index, area in enumerate(plan.bagian):
        size = counts(plan, index)
        out.append(AreaSummary(
            area.nomor, area.judul,
            LEVER_BY_SLUG[area.pengungkit].name if area.pengungkit else None,
            size["aksi"], size["baris"], _due_labels(plan, index)))
    return tuple(out)


def rows_by_lever(plan: Plan) -> dict[str, int]:
    """Number of table rows serving each ZI lever (slug → count), all six levers present."""
    counts = {lever.slug: 0 for lever in LEVERS}
    counts[""] = 0
    for found in walk(plan):
        counts[found.area.pengungkit or ""] += 1
    return counts
