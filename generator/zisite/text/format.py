"""Numbers, percentages, dates and sizes as Indonesian readers write them: the one place for each.

``angka(1254300)`` → ``1.254.300``, ``angka(88.392)`` → ``88,39``, ``persen(2, 3)`` → ``66,7 %``,
``tanggal(date(2026, 7, 1))`` → ``1 Juli 2026``. Rounding is half up, as people round by hand
(Decimal, never binary float rounding), so a figure shown here agrees with the same figure worked
out on paper. Pure: no I/O, no locale settings (the build machine's locale must not change a page).
"""

from __future__ import annotations

import re
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

MONTH_NAMES = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
               "September", "Oktober", "November", "Desember")
_SWAP = str.maketrans(",.", ".,")  # Python's "1,234.5" → Indonesian "1.234,5"
NO_SHARE = "–"  # a percentage of nothing
TERM = re.compile(r"(?<![\w/])_(?=\S)([^_]+?)(?<=\S)_(?![\w/])")
"""A foreign term as data files mark it, ``_website_``: pages print it in italics with lang="en"."""


def plain(text: str | None) -> str:
    """The text without term markup, for CSV, titles, attributes and the terminal."""
    return TERM.sub(r"\1", text or "")


def angka(value: float, decimals: int | None = None) -> str:
    """Thousands dot, decimal comma. ``decimals=None``: as many as needed, at most 2."""
    d = Decimal(str(value))
    if decimals is None:
        d = d.quantize(Decimal("0.01"), ROUND_HALF_UP).normalize()
        decimals = max(0, -d.as_tuple().exponent)
    d = d.quantize(Decimal(1).scaleb(-decimals), ROUND_HALF_UP)
    text = f"{abs(d):,.{decimals}f}".translate(_SWAP)
    return ("-" if d < 0 else "") + text


def desimal(value) -> str:
    """Always two decimals: an IKM, an NRR or an IPAK as printed (``88,30``)."""
    return angka(value, 2)


def persen(part: float, whole: float) -> str:
    """``part`` of ``whole`` with at most one decimal and a space before the sign: "75 %", "66,7 %"."""
    if not whole:
        return NO_SHARE
    d = (Decimal(str(part)) * 100 / Decimal(str(whole))).quantize(Decimal("0.1"), ROUND_HALF_UP)
    return f"{angka(d.normalize())} %"


def rupiah(value: float) -> str:
    """``Rp1.500.000`` (no space, as on Indonesian price tags and in KPK reports)."""
    return "Rp" + angka(value)


def bulan(year: int, month: int) -> str:
    """``Juli 2026``."""
    return f"{MONTH_NAMES[month - 1]} {year}"


def tanggal(value: date) -> str:
    """``21 Januari 2026``."""
    return f"{value.day} {bulan(value.year, value.month)}"


def kib(size: int) -> str:
    """Byte counts as readers say them: ``512 bita``, ``12,3 KiB``."""
    if size < 1024:
        return f"{size} bita"
    return f"{size / 1024:.1f} KiB".replace(".", ",")


def daftar(items) -> str:
    """"A", "A dan B", "A, B dan C"."""
    items = list(items)
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " dan " + items[-1]


_SMALL = {"dan", "di", "dari", "ke", "tentang", "yang", "menuju", "untuk", "atas", "pada", "dalam", "atau", "serta"}
_KEEP = {"KPU", "ZI", "WBK", "WBBM", "SDM", "SPIP", "PPID", "RI", "II", "III", "IV", "SOP", "IKU", "WBS"}


def shorten(text: str, limit: int) -> str:
    """``text`` cut at a word boundary to at most ``limit`` characters, with "…" when cut."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(",.;:") or text[:limit]
    return cut + "…"


def shorten_marked(text: str, limit: int) -> str:
    """:func:`shorten` for text with ``_term_`` markup: a term cut in the middle is closed before the
    "…", so the page still marks what is left of it as English."""
    cut = shorten(text, limit)
    if cut.endswith("…") and len(TERM.findall(cut[:-1] + "_")) > len(TERM.findall(cut[:-1])):
        return cut[:-1] + "_…"
    return cut


def normal_case(text: str) -> str:
    """Running text printed in capitals (a plan's 30-word title) in title case for reading: screen
    readers spell or shout all-caps words, and CSS text-transform does not change what they hear.
    Text with any lower-case letter is the author's own casing and stays as written."""
    if not any(c.isupper() for c in text) or any(c.islower() for c in text):
        return text
    return title_case(text)


def title_case(text: str) -> str:
    """ALL-CAPS printed headings (as plans print them) in title case, which reads and is spoken better;
    acronyms stay capitals, small words stay lower case."""
    words = []
    for i, word in enumerate(text.split()):
        bare = word.strip(",.;:()")
        if bare in _KEEP:
            words.append(word)
        elif i > 0 and word.lower() in _SMALL:
            words.append(word.lower())
        else:
            words.append(word[:1].upper() + word[1:].lower())
    return " ".join(words)
