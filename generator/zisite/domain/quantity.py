"""Target capaian text → quantity and unit: "4 (empat) Laporan" → 4, "Laporan"."""

from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass

from .numbers import parse_number_words

_QUANTITY = re.compile(r"(?P<digits>\d+)\s*(?:\((?P<words>[^)]*)\))?\s*(?P<unit>.*)", re.S)


@dataclass(frozen=True)
class Quantity:
    """A parsed target: ``amount`` is None when the text holds no number."""

    text: str
    amount: int | None
    unit: str | None
    problem: str | None = None


@lru_cache(maxsize=8192)  # pure, and plans repeat the same few strings
def parse_quantity(text: str) -> Quantity:
    """Parse one target capaian value. Problems are warnings: the source is what it is."""
    clean = " ".join(text.split())
    if not clean:
        return Quantity(text, None, None, "target capaian kosong")
    match = _QUANTITY.fullmatch(clean)
    if not match:
        return Quantity(text, None, clean, f"target capaian '{clean}' tidak memuat jumlah")
    amount = int(match["digits"])
    unit = match["unit"].strip() or None
    problem = None
    if match["words"] is not None:
        spoken = parse_number_words(match["words"])
        if spoken is None:
            problem = f"kata bilangan '({match['words']})' tidak dikenali"
        elif spoken != amount:
            problem = f"angka {amount} tidak sama dengan kata bilangan '({match['words']})' = {spoken}"
    return Quantity(text, amount, unit, problem)
