"""The whole-site model: offices with their plans, realisasi, statistics and page texts.

Immutable containers filled by ``load`` and read by ``render``; they sit with the models so the
render stage needs nothing from the loader or the checks behind it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Generic, TypeVar

from ..diagnostics import Diagnostic, has_errors
from .stats import STATS_KINDS
from . import ComplaintStats, GratuityStats, Office, Plan, Realisasi, StatsFile, SurveyStats, WbsStats

S = TypeVar("S", bound=StatsFile)


@dataclass(frozen=True)
class PlanEntry:
    file: str
    plan: Plan
    source: str = ""  # the YAML as staff wrote it, published as a download
    realisasi: Realisasi | None = None  # plans/<slug>/<tahun>.realisasi.yaml, when there is one
    realisasi_file: str | None = None


@dataclass(frozen=True)
class StatsEntry(Generic[S]):
    """One valid statistics file: ``content/offices/<slug>/statistik/<kind>/<tahun>.yaml``."""

    file: str
    kind: str
    data: S

    @property
    def tahun(self) -> int:
        return self.data.tahun

    @property
    def contoh(self) -> bool:
        """Sample figures: every chart and table built from them says "Data contoh"."""
        return self.data.contoh

    def counts(self) -> dict[str, int]:
        """How many records the file holds, for summaries (``zisite check``, JSON reports)."""
        return STATS_KINDS[self.kind].counts(self.data)


@dataclass(frozen=True)
class OfficeStats:
    """An office's statistics, each kind as its yearly files in year order (oldest first)."""

    pengaduan: tuple[StatsEntry[ComplaintStats], ...] = ()
    gratifikasi: tuple[StatsEntry[GratuityStats], ...] = ()
    wbs: tuple[StatsEntry[WbsStats], ...] = ()
    survei: tuple[StatsEntry[SurveyStats], ...] = ()

    def entries(self) -> tuple[StatsEntry, ...]:
        return tuple(entry for kind in STATS_KINDS for entry in getattr(self, kind))

    def __bool__(self) -> bool:
        return bool(self.entries())


@dataclass(frozen=True)
class OfficeEntry:
    slug: str
    file: str
    office: Office
    plans: tuple[PlanEntry, ...] = ()
    stats: OfficeStats = field(default_factory=OfficeStats)
    pages: dict = field(default_factory=dict)  # page key → checks.page_texts.PageText

    @property
    def latest_plan(self) -> Plan | None:
        """The newest plan: the one the public pages and the group overview speak of."""
        return max((p.plan for p in self.plans), key=lambda plan: plan.tahun, default=None)


@dataclass(frozen=True)
class Project:
    """Everything a site is built from, plus every diagnostic found while reading it."""

    root: Path
    offices: tuple[OfficeEntry, ...] = ()
    diagnostics: tuple[Diagnostic, ...] = field(default_factory=tuple)

    @property
    def ok(self) -> bool:
        return not has_errors(list(self.diagnostics))

    @property
    def plans(self) -> list[PlanEntry]:
        return [p for o in self.offices for p in o.plans]

    @property
    def stats(self) -> list[StatsEntry]:
        return [e for o in self.offices for e in o.stats.entries()]

    def office(self, slug: str) -> OfficeEntry | None:
        return next((o for o in self.offices if o.slug == slug), None)
