"""The six ZI levers (komponen pengungkit) of PermenPANRB 90/2021 as amended by 5/2024.

Weights are points of the 60-point pengungkit part of the ZI evaluation; plans from different
offices are compared by these slugs.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal


@dataclass(frozen=True)
class Lever:
    slug: str
    name: str
    weight: int


LEVERS: tuple[Lever, ...] = (
    Lever("manajemen-perubahan", "Manajemen Perubahan", 8),
    Lever("penataan-tatalaksana", "Penataan Tatalaksana", 7),
    Lever("penataan-sistem-manajemen-sdm", "Penataan Sistem Manajemen SDM", 10),
    Lever("penguatan-akuntabilitas-kinerja", "Penguatan Akuntabilitas Kinerja", 10),
    Lever("penguatan-pengawasan", "Penguatan Pengawasan", 15),
    Lever("peningkatan-kualitas-pelayanan-publik", "Peningkatan Kualitas Pelayanan Publik", 10),
)

LEVER_BY_SLUG = {lever.slug: lever for lever in LEVERS}

LeverSlug = Literal[
    "manajemen-perubahan",
    "penataan-tatalaksana",
    "penataan-sistem-manajemen-sdm",
    "penguatan-akuntabilitas-kinerja",
    "penguatan-pengawasan",
    "peningkatan-kualitas-pelayanan-publik",
]

assert set(LeverSlug.__args__) == set(LEVER_BY_SLUG)  # one list, two spellings: keep them equal
assert sum(lever.weight for lever in LEVERS) == 60
