"""Jinja2 filters for Indonesian presentation: dates, sizes, title case of printed capitals."""

from __future__ import annotations

from datetime import date

from ..domain.schedule import MONTH_NAMES

_SMALL = {"dan", "di", "dari", "ke", "tentang", "yang", "menuju", "untuk", "atas", "pada", "dalam", "atau", "serta"}
_KEEP = {"KPU", "ZI", "WBK", "WBBM", "SDM", "SPIP", "PPID", "RI", "II", "III", "IV", "SOP", "IKU", "WBS"}


def tanggal(value: date) -> str:
    """21 Januari 2026."""
    return f"{value.day} {MONTH_NAMES[value.month - 1]} {value.year}"


def kib(size: int) -> str:
    """Byte counts as readers say them: '12,3 KiB'."""
    if size < 1024:
        return f"{size} bita"
    return f"{size / 1024:.1f} KiB".replace(".", ",")


def title_case(text: str) -> str:
    """ALL-CAPS printed headings in title case, which reads (and is spoken) better."""
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


def decimal(value) -> str:
    """A Decimal or float with two decimals and a decimal comma: 88,31."""
    return f"{float(value):,.2f}".replace(",", "\u2009").replace(".", ",").replace("\u2009", ".")
