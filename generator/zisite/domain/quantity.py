"""Target capaian text → what it asks for: a quantity ("4 (empat) Laporan" → 4 Laporan), a
qualitative target ("Dokumen SOP dan inovasi": done or not, by evidence), or items
("1. SOP 2. Dokumen Inovasi" → two items, done or not as a whole).

A number is read only where the text states one as a count, at its start ("4 (empat) Laporan",
"Empat (4) Laporan", "minimal 2 Laporan") or after "sebanyak". Anything else stays qualitative,
so the site never prints "0 dari 1" for a target that gives no number. Forms a reader could take
either way (a lone "1. SOP", a range "2-4 Laporan", two counts in one cell, a decimal, a year at
the start) are read as qualitative and carry ``ambiguity``, which the checker warns about.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from .numbers import parse_number_words


class Reading(StrEnum):
    QUANTITY = "jumlah"
    QUALITATIVE = "kualitatif"
    ITEMS = "butir"
    EMPTY = "kosong"


@dataclass(frozen=True)
class Quantity:
    """A read target. ``amount`` is set only for ``Reading.QUANTITY``; ``problem`` is a number that
    contradicts its words; ``ambiguity`` a form that could be read two ways (both warnings)."""

    text: str
    amount: int | None
    unit: str | None
    problem: str | None = None
    reading: Reading = Reading.QUANTITY
    items: tuple[str, ...] = ()
    ambiguity: str | None = None

    @property
    def stated(self) -> bool:
        """Whether the text states a number the site may print."""
        return self.reading is Reading.QUANTITY


_AT_LEAST = r"(?:minimal|min\.|paling\s+sedikit|sekurang-kurangnya|sedikitnya|≥|>=)"
_LEADING = re.compile(rf"(?:(?P<least>{_AT_LEAST})\s*)?(?P<digits>\d{{1,3}}(?:\.\d{{3}})+|\d+)"
                      r"(?P<decimal>[.,]\d+)?\s*(?:\((?P<words>[^)]*)\))?\s*(?P<unit>.*)", re.S | re.I)
_WORDS_FIRST = re.compile(r"(?P<words>[A-Za-z][A-Za-z ]*?)\s*\((?P<digits>\d+)\)\s*(?P<unit>.*)", re.S)
_AMOUNT_AFTER = re.compile(r"(?P<unit>.+?)\s+(?:sebanyak|berjumlah|sejumlah)\s+(?P<digits>\d+)\s*"
                           r"(?:\((?P<words>[^)]*)\))?\s*(?P<rest>.*)", re.S | re.I)
_PERCENT = re.compile(r"(%|persen\b)", re.I)
_RANGE = re.compile(r"(?:-|–|s\.?\s?d\.?|s/d|sampai|hingga)\s*\d", re.I)
_SECOND_COUNT = re.compile(r"(?:\bdan\b|\bserta\b|,|\+|;)\s*\d+\s*(?:\([^)]*\)\s*)?[A-Za-z]", re.I)
_COUNT_INSIDE = re.compile(r"\d+\s*\((?P<words>[^)]*)\)")
_MARKER = re.compile(r"(?:^|(?<=\s))(?P<label>\d{1,2}|[a-hA-H])[.)](?=\s|$)")
_BULLET_LINE = re.compile(r"^\s*(?:[-•*]|\d{1,2}[.)]|[a-h][.)])\s+(?P<item>.+?)\s*$")
_NUMBER_WORD_START = re.compile(
    r"(?P<words>(?:se(?:puluh|belas|ratus|ribu)|(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan)"
    r"(?:\s+(?:belas|puluh|ratus))?))\b\s*(?P<unit>.*)", re.S | re.I)


def _clean(text: str) -> str:
    return " ".join(text.split())


def _strip_item(text: str) -> str:
    return text.strip().rstrip(";,").strip()


def _sequence(labels: list[str]) -> bool:
    """1, 2, 3 … or a, b, c …: the markers of one enumeration, in order from its first."""
    if all(label.isdigit() for label in labels):
        return [int(label) for label in labels] == list(range(1, len(labels) + 1))
    lower = [label.lower() for label in labels]
    return lower == [chr(ord("a") + i) for i in range(len(labels))]


def _items(text: str, clean: str) -> tuple[str, ...] | None:
    """The items of an enumerated target, or None when it is not one (markers must run 1, 2, … or a, b, …)."""
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) >= 2:
        found = [_BULLET_LINE.fullmatch(line) for line in lines]
        if all(found):
            return tuple(_strip_item(m["item"]) for m in found)
    markers = list(_MARKER.finditer(clean))
    if len(markers) >= 2 and markers[0].start() == 0 and _sequence([m["label"] for m in markers]):
        bounds = [m.end() for m in markers]
        ends = [m.start() for m in markers[1:]] + [len(clean)]
        items = tuple(_strip_item(clean[b:e]) for b, e in zip(bounds, ends))
        if all(items):
            return items
    parts = [_strip_item(p) for p in clean.split(";")]
    if len(parts) >= 2 and all(parts):
        return tuple(parts)
    return None


def _qualitative(text: str, ambiguity: str | None = None) -> Quantity:
    return Quantity(text, None, None, reading=Reading.QUALITATIVE, ambiguity=ambiguity)


def _words_problem(digits: int, words: str | None) -> str | None:
    if words is None:
        return None
    spoken = parse_number_words(words)
    if spoken is None:
        return f"kata bilangan '({words})' tidak dikenali"
    if spoken != digits:
        return f"angka {digits} tidak sama dengan kata bilangan '({words})' = {spoken}"
    return None


def _leading(text: str, clean: str, match: re.Match) -> Quantity:
    raw, unit = match["digits"], match["unit"].strip()
    if match["decimal"]:
        return _qualitative(text, f"'{raw}{match['decimal']}' bukan bilangan bulat; tidak jelas berapa yang ditargetkan")
    if _PERCENT.match(unit):
        return _qualitative(text)  # a level ("100%", "≥ 80 persen"), not a count of things done
    if _RANGE.match(unit):
        return _qualitative(text, f"'{clean}' menyebut rentang, bukan satu jumlah")
    if len(raw) == 4 and raw.startswith(("19", "20")) and match["words"] is None:
        return _qualitative(text, f"'{raw}' di awal target tampak seperti tahun, bukan jumlah")
    if _SECOND_COUNT.search(unit):
        return _qualitative(text, f"'{clean}' memuat lebih dari satu jumlah")
    amount = int(raw.replace(".", ""))
    return Quantity(text, amount, unit or None, _words_problem(amount, match["words"]))


@lru_cache(maxsize=8192)  # pure, and plans repeat the same few strings
def parse_quantity(text: str) -> Quantity:
    """Read one target capaian value. Problems are warnings: the source is what it is."""
    clean = _clean(text)
    if not clean:
        return Quantity(text, None, None, "target capaian kosong", Reading.EMPTY)
    items = _items(text, clean)
    if items is not None:
        return Quantity(text, None, None, reading=Reading.ITEMS, items=items)
    lone = _MARKER.match(clean)
    if lone and lone.start() == 0 and re.match(r"\d+[.)]\s+\S", clean):
        return _qualitative(text, f"'{lone.group(0)}' di awal bisa berarti nomor butir atau jumlah {lone['label']}")
    leading = _LEADING.fullmatch(clean)
    if leading:
        return _leading(text, clean, leading)
    words_first = _WORDS_FIRST.fullmatch(clean)
    if words_first and parse_number_words(words_first["words"]) is not None:
        amount = int(words_first["digits"])
        spoken = parse_number_words(words_first["words"])
        problem = None if spoken == amount else \
            f"kata bilangan '{words_first['words']}' = {spoken} tidak sama dengan angka ({amount})"
        return Quantity(text, amount, words_first["unit"].strip() or None, problem)
    spoken = _NUMBER_WORD_START.fullmatch(clean)
    if spoken and spoken["unit"] and parse_number_words(spoken["words"]) is not None:
        if _SECOND_COUNT.search(spoken["unit"]) or re.search(r"\b(dan|serta)\s+(satu|dua|tiga|empat|lima)\b", spoken["unit"], re.I):
            return _qualitative(text, f"'{clean}' memuat lebih dari satu jumlah")
        return Quantity(text, parse_number_words(spoken["words"]), spoken["unit"].strip())
    after = _AMOUNT_AFTER.fullmatch(clean)
    if after and not _SECOND_COUNT.search(after["rest"]):
        amount = int(after["digits"])
        unit = " ".join(part for part in (after["unit"].strip(), after["rest"].strip()) if part)
        return Quantity(text, amount, unit, _words_problem(amount, after["words"]))
    inside = _COUNT_INSIDE.search(clean)
    if inside and parse_number_words(inside["words"]) is not None:
        return _qualitative(text, f"'{inside.group(0)}' tidak di awal target; tidak jelas apakah itu jumlah yang ditargetkan")
    return _qualitative(text)
