"""Which plan rows serve a public page (the gratifikasi page lists the gratifikasi actions, …).

Derived from the plan text itself, so a new plan links itself without any extra data entry.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..domain.rows import walk
from ..models import Plan
from ..text import strings as say
from .markup import plain


@dataclass(frozen=True)
class RelatedRow:
    anchor: str  # id of the row header on the plan page
    area: str
    action: str
    row: str
    due: str


def related_rows(plan: Plan, topics: dict[str, tuple[str, ...]]) -> dict[str, list[RelatedRow]]:
    """Page key → the plan rows whose text names one of that page's topic words (``topics``, from
    the page registry); one pass over the plan for every page of the office."""
    found: dict[str, list[RelatedRow]] = {}
    for r in walk(plan):
        sub, action, row = r.group, r.action, r.row
        text = " ".join(plain(t) for t in (sub.judul, action.uraian, row.uraian) if t).lower()
        pages = [key for key, words in topics.items() if any(word in text for word in words)]
        if not pages:
            continue
        due = "; ".join(s.label for s in row.schedules(plan.tahun)) or say.NO_SCHEDULE
        related = RelatedRow(r.anchor, plain(r.area.judul), plain(action.uraian or sub.judul or ""),
                             plain(row.uraian or ""), due)
        for key in pages:
            found.setdefault(key, []).append(related)
    return found
