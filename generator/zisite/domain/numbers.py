"""Numbers as Indonesian staff write them: number words ("dua belas", "seratus lima") for "4 (empat)
Laporan", and figures in reports ("1.254.300.000", "Rp1,5 miliar", "sekitar 40")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction

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


# --- figures as staff write them in reports -------------------------------------------------

_APPROX = re.compile(r"(?:sekitar|kurang\s+lebih|lebih\s+kurang|kira-kira|kurang-lebih|±|\+/-|\+-)\s*", re.I)
_VAGUE = {"belasan": "belasan", "puluhan": "puluhan", "ratusan": "ratusan", "ribuan": "ribuan", "jutaan": "jutaan"}
_RP = re.compile(r"rp\.?\s*", re.I)
_SCALE_WORDS = {"ribu": 10 ** 3, "rb": 10 ** 3, "juta": 10 ** 6, "jt": 10 ** 6, "miliar": 10 ** 9, "milyar": 10 ** 9,
                "m": 10 ** 9, "triliun": 10 ** 12}
_NUMBER = re.compile(
    r"(?P<int>\d{1,3}(?:\.\d{3})+|\d+)(?:,(?P<frac>\d+|-{1,2}))?"
    r"(?:\s*(?P<scale>ribu|rb|juta|jt|miliar|milyar|triliun)\b)?\.?(?:\s*rupiah)?", re.I)
_DOT_DECIMAL = re.compile(r"\d+\.\d+")


class NumberError(ValueError):
    """Text that is not a figure; ``message`` (said after "bernilai …") and ``hint`` are Indonesian;
    ``code`` is the diagnostic code (``yaml_number_…``, ``yaml_decimal_count``)."""

    def __init__(self, message: str, hint: str, *, code: str):
        super().__init__(message)
        self.message, self.hint, self.code = message, hint, code


def vague_word(text: str) -> str | None:
    """The word of a count given without a number ("puluhan", "sekitar ratusan"), else None."""
    rest = " ".join(str(text).split())
    if match := _APPROX.match(rest):
        rest = rest[match.end():]
    return _VAGUE.get(rest.lower())


@dataclass(frozen=True)
class Reading:
    """A figure read from text: its exact value, whether the source calls it approximate
    ("sekitar 40"), and the text as written (kept so the page can note how it was written)."""

    value: Fraction
    approx: bool
    written: str
    rupiah: bool = False


def read_figure(text: str, *, whole: bool = True) -> Reading:
    """Read one figure as Indonesian reports write it.

    Thousands dots (``1.254.300.000``), a decimal comma (``2,5``; with ``whole`` only when the
    value is still whole, as in ``Rp1,5 miliar``), ``Rp`` and the words ribu/juta/miliar/triliun,
    and approximations (``sekitar 40``, ``± 40``, ``kurang lebih 40``). Refused, each with its
    reason: words with no number (``puluhan``: the site would have to invent one), a comma
    followed by three digits without a scale word (``1,500``: English thousands or 1½?), and a
    dot decimal written as text (``2.5`` in quotes, where a count expects a whole number).

    >>> read_figure("Rp1,5 miliar").value
    Fraction(1500000000, 1)
    >>> read_figure("sekitar 40").approx
    True
    """
    written = " ".join(str(text).split())
    rest = written
    approx = False
    if match := _APPROX.match(rest):
        approx, rest = True, rest[match.end():]
    if rest.lower() in _VAGUE:
        raise NumberError("; bukan angka, padahal angka ini dijumlahkan atau dihitung",
                          f"tulis angkanya, atau perkiraan yang tertulis di rekap (misalnya 'sekitar 40'); kata '{rest}' "
                          "hanya diterima pada jumlah laporan dan pengaduan (misalnya diterima, penerimaan) dan pada "
                          "kategori kantor, dan boleh ditulis di catatan", code="yaml_number_vague")
    rupiah = False
    if match := _RP.match(rest):
        rupiah, rest = True, rest[match.end():]
    match = _NUMBER.fullmatch(rest)
    if match is None:
        if _DOT_DECIMAL.fullmatch(rest):
            raise NumberError("; titik desimal di dalam tanda kutip tidak dibaca", f"tulis {rest.replace('.', ',')} "
                              "(koma desimal) atau angka tanpa tanda kutip", code="yaml_number_unknown")
        raise NumberError("; tidak terbaca sebagai angka", _unread_hint(rest), code="yaml_number_unknown")
    digits = match["int"].replace(".", "")
    frac = match["frac"]
    scale = _SCALE_WORDS[match["scale"].lower()] if match["scale"] else 1
    if frac and not frac.startswith("-") and len(frac) == 3 and scale == 1 and "." not in match["int"]:
        raise NumberError(f"; bisa berarti {digits}.{frac} (ribuan) atau {digits},{frac.rstrip('0') or '0'} (pecahan)",
                          f"tulis {digits}.{frac} bila maksudnya ribuan, atau {digits},{frac.rstrip('0') or '0'} "
                          "bila pecahan", code="yaml_number_ambiguous")
    value = Fraction(int(digits))
    if frac and not frac.startswith("-"):
        value += Fraction(int(frac), 10 ** len(frac))
    value *= scale
    if whole and value.denominator != 1:
        low = value.numerator // value.denominator
        raise NumberError(", padahal jumlah harus bilangan bulat",
                          f"tulis bilangan bulat tanpa koma atau titik: {low} atau {low + 1}", code="yaml_decimal_count")
    return Reading(value, approx, written, rupiah)


_UNITS = {"nol": 0, "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7,
          "delapan": 8, "sembilan": 9}
_SE = {"sepuluh": 10, "sebelas": 11, "seratus": 100}
_SCALE = {"belas": None, "puluh": 10, "ratus": 100}


def number_from_words(text: str) -> int | None:
    """0–999 999 written in Indonesian words (``dua belas`` → 12, ``dua ribu dua puluh enam`` → 2026)."""
    words = text.lower().replace("-", " ").split()
    if not words:
        return None
    total = group = 0
    unit: int | None = None
    for word in words:
        if word in _UNITS and unit is None:
            unit = _UNITS[word]
        elif word in _SE and unit is None:
            group += _SE[word]
        elif word in _SCALE and unit:
            group += 10 + unit if word == "belas" else unit * _SCALE[word]
            unit = None
        elif word == "seribu" and unit is None and not total and not group:
            total = 1000
        elif word == "ribu" and (unit or group) and not total:
            total, group, unit = (group + (unit or 0)) * 1000, 0, None
        else:
            return None
    return total + group + (unit or 0)


def _unread_hint(text: str) -> str:
    """What to write instead, from what was written: "12 (dua belas)" → 12, "dua belas" → 12."""
    if lead := re.match(r"(\d+)\s+\S", text):
        return f"tulis {lead.group(1)} saja, tanpa teks tambahan"
    if (words := number_from_words(text)) is not None:
        return f"tulis dengan angka: {words}"
    return "tulis angka saja, misalnya 1250000, 1.250.000, Rp1,5 juta atau sekitar 40"
