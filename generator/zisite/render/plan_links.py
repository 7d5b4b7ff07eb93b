"""Which plan rows serve a public page (the gratifikasi page lists the gratifikasi actions, …).

Derived from the plan text itself, so a new plan links itself without any extra data entry.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..models import Plan
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


def row_anchor(area: int, sub: int, action: int, row: int) -> str:
    """The id of a row's header cell on the plan page (0-based indices in, 1-based id out)."""
    return f"b{area + 1}-k{sub + 1}-a{action + 1}-r{row + 1}"


def related_rows(plan: Plan, topic: str) -> list[RelatedRow]:
    words = TOPIC_WORDS.get(topic, ())
    found = []
    for a, area in enumerate(plan.bagian):
        for k, sub in enumerate(area.kelompok):
            for x, action in enumerate(sub.aksi):
                for r, row in enumerate(action.baris):
                    text = " ".join(plain(t) for t in (sub.judul, action.uraian, row.uraian) if t).lower()
                    if any(word in text for word in words):
                        due = "; ".join(s.label for s in row.schedules(plan.tahun)) or "tidak ditentukan"
                        found.append(RelatedRow(row_anchor(a, k, x, r), plain(area.judul),
                                                plain(action.uraian or sub.judul or ""), plain(row.uraian or ""), due))
    return found
