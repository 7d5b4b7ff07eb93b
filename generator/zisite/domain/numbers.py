"""Indonesian number words ("dua belas", "seratus lima") to integers, for "4 (empat) Laporan"."""

from __future__ import annotations

_UNITS = {
    "nol": 0, "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5,
    "enam": 6, "tujuh": 7, "delapan": 8, "sembilan": 9,
}
_SINGLE = {"sepuluh": 10, "sebelas": 11, "seratus": 100, "seribu": 1000}
_SCALES = {"belas": None, "puluh": 10, "ratus": 100, "ribu": 1000}


def parse_number_words(text: str) -> int | None:
    """The value of an Indonesian number phrase, or None if it is not one.

    >>> parse_number_words("dua belas")
    12
    >>> parse_number_words("seratus dua puluh lima")
    125
    """
    words = text.lower().replace("-", " ").split()
    if not words:
        return None
    total = 0  # completed thousands
    current = 0  # below a thousand
    pending: int | None = None  # a unit waiting for its scale word
    for word in words:
        if word in _UNITS:
            if pending is not None:
                return None
            pending = _UNITS[word]
        elif word in _SINGLE:
            if pending is not None:
                return None
            value = _SINGLE[word]
            if value == 1000:
                total += (current or 1) * 1000 if current else 1000
                current = 0
            else:
                current += value
        elif word in _SCALES:
            if pending is None:
                return None
            if word == "belas":
                current += 10 + pending
            elif word == "ribu":
                total += (current + pending) * 1000
                current = 0
            else:
                current += pending * _SCALES[word]
            pending = None
        else:
            return None
    if pending is not None:
        current += pending
    return total + current
