"""Jinja2 filters for Indonesian presentation: dates, sizes, decimals, title case of printed capitals."""

from __future__ import annotations

# Dates, sizes and decimals are formatted in text.format; the template filter names stay as they were.
from ..text.format import desimal as decimal, kib, tanggal

__all__ = ["decimal", "kib", "tanggal", "title_case"]

_SMALL = {"dan", "di", "dari", "ke", "tentang", "yang", "menuju", "untuk", "atas", "pada", "dalam", "atau", "serta"}
_KEEP = {"KPU", "ZI", "WBK", "WBBM", "SDM", "SPIP", "PPID", "RI", "II", "III", "IV", "SOP", "IKU", "WBS"}


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
