"""The group overview of a group site: one home page, or, for a large group, a home page listing
provinces and one overview page per province.

The full overview compares every office in four tables (about 1.2 KiB per office): at a national
build of 550 offices that was a 685 KiB home page, heavier than any office page, to be loaded on a
slow phone. Above ``max_offices`` offices the home lists provinces with their totals and each
province gets the full overview of its own offices (a province with more offices than that is cut
into numbered parts), so every office is two links from the home page and no overview page grows
with the size of the country.

The functions here shape data only; the group home view (``pages/group_home.py``) renders them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..models.project import OfficeEntry
from ..text import strings as say

PATH_PREFIX = "ikhtisar"
"""Province overviews live under ``ikhtisar/<province>/``; no office slug is ``ikhtisar``."""


@dataclass(frozen=True)
class Part:
    """One overview page of a split group: a province, or one numbered part of a large province."""

    province: str
    path: str  # site path, ``ikhtisar/sulawesi-tengah/`` or ``ikhtisar/sulawesi-tengah/2/``
    slugs: tuple[str, ...]  # office slugs, in the group's office order
    number: int = 1
    of: int = 1

    @property
    def title(self) -> str:
        return self.province if self.of == 1 else say.PROVINCE_PART.format(province=self.province, number=self.number, parts=self.of)


def province_of(entry: OfficeEntry) -> str:
    office = entry.office
    if office.provinsi:
        return office.provinsi
    return say.PROVINCE_CENTRAL if office.tingkat == "pusat" else say.PROVINCE_MISSING


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "provinsi"


def split(entries: list[OfficeEntry], max_offices: int) -> list[Part]:
    """The overview parts of a group, in order of first appearance; [] when one home page is enough."""
    if len(entries) <= max_offices:
        return []
    provinces: dict[str, list[str]] = {}
    for entry in entries:
        provinces.setdefault(province_of(entry), []).append(entry.slug)
    parts: list[Part] = []
    used: set[str] = set()
    size = max(1, max_offices)
    for province, slugs in provinces.items():
        base = _slug(province)
        slug, n = base, 2
        while slug in used:  # two names that spell the same path
            slug, n = f"{base}-{n}", n + 1
        used.add(slug)
        chunks = [slugs[i:i + size] for i in range(0, len(slugs), size)]
        for number, chunk in enumerate(chunks, start=1):
            path = f"{PATH_PREFIX}/{slug}/" + (f"{number}/" if number > 1 else "")
            parts.append(Part(province, path, tuple(chunk), number, len(chunks)))
    return parts


@dataclass(frozen=True)
class PartTotals:
    part: Part
    offices: int
    plans: int
    rows: int  # plan table rows (target lines) of every plan of the part's offices
    done: int  # rows done in each office's newest plan
    assessed: int  # rows of each office's newest plan


def totals(part: Part, offices: list, progress: list) -> PartTotals:
    """``offices`` and ``progress`` as the overview template receives them (see ``pages``)."""
    mine = set(part.slugs)
    own = [plans for entry, _urls, plans in offices if entry.slug in mine]
    done = assessed = 0
    for slug, by_lever, _year, _contoh in progress:
        if slug in mine:
            done += sum(d for d, _n in by_lever.values())
            assessed += sum(n for _d, n in by_lever.values())
    return PartTotals(part, len(part.slugs), sum(len(plans) for plans in own),
                      sum(sum(counts.values()) for plans in own for _plan, counts in plans), done, assessed)
