"""Which plan rows serve a public page (the gratifikasi page lists the gratifikasi actions, …).

Derived from the plan text itself, so a new plan links itself without any extra data entry.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..domain.rows import walk
from ..models import Plan
from ..text import strings as say
from .markup import plain

TOPIC_WORDS: dict[str, tuple[str, ...]] = {
    "zona-integritas": ("tim kerja", "agen perubahan", "pakta integritas", "rencana aksi", "role model", "budaya kerja"),
    "gratifikasi": ("gratifikasi",),
    "wbs": ("whistle", "wbs"),
    "pengaduan": ("pengaduan", "dumas"),
    "survei": ("survei", "survey"),
    "benturan-kepentingan": ("benturan kepentingan",),
    "layanan-inovasi": ("pelayanan", "inovasi", "maklumat", "ppid"),
}


@dataclass(frozen=True)
class RelatedRow:
    anchor: str  # id of the row header on the plan page
    area: str
    action: str
    row: str
    due: str


def related_rows(plan: Plan) -> dict[str, list[RelatedRow]]:
    """Topic (public page key) → the plan rows that serve it; one pass over the plan for every page
    of the office (each row's text is built once, not once per page)."""
    found: dict[str, list[RelatedRow]] = {}
    for r in walk(plan):
        sub, action, row = r.group, r.action, r.row
        text = " ".join(plain(t) for t in (sub.judul, action.uraian, row.uraian) if t).lower()
        topics = [topic for topic, words in TOPIC_WORDS.items() if any(word in text for word in words)]
        if not topics:
            continue
        due = "; ".join(s.label for s in row.schedules(plan.tahun)) or say.NO_SCHEDULE
        related = RelatedRow(r.anchor, plain(r.area.judul), plain(action.uraian or sub.judul or ""),
                             plain(row.uraian or ""), due)
        for topic in topics:
            found.setdefault(topic, []).append(related)
    return found
