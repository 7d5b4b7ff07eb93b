"""Hints for a value of the wrong type, built from what the clerk actually wrote.

A clerk who wrote ``12 (dua belas)`` needs "tulis 12 tanpa teks tambahan", not a stock example;
one who wrote ``nihil: ya`` needs to hear that ``ya`` is ``true``. Each function takes the value as
loaded (plain scalars that YAML 1.1 reads otherwise arrive as ``AmbiguousScalar`` text) and returns
one line of Indonesian. Pure: ``checks/validate.py`` calls them, the tests call them through it.
"""

from __future__ import annotations

import re
from datetime import date

from ..domain.numbers import number_from_words
from ..load.yaml_plain import AmbiguousScalar

_INTEGER = re.compile(r"[-+]?\d+")
_THOUSANDS = re.compile(r"\d{1,3}(\.\d{3})+")
_DECIMAL_POINT = re.compile(r"[-+]?\d+\.\d+")
_DECIMAL_COMMA = re.compile(r"[-+]?\d+,\d+")
_LEADING_NUMBER = re.compile(r"([-+]?\d+(?:[.,]\d+)?)\s+\S")  # "12 (dua belas)", "3 hari"
_LEADING_ZERO = re.compile(r"0\d+")
_UNDERSCORES = re.compile(r"\d+(_\d+)+")

def _quoted(value: object) -> bool:
    """Text that only a quote can have made text (the loader turns a plain ``12`` into a number)."""
    return isinstance(value, str) and not isinstance(value, AmbiguousScalar)


def whole_number_hint(value: object) -> str:
    """For a whole-number field (counts, years) that got something else."""
    if isinstance(value, bool):
        return "tulis angkanya, bukan true/false"
    if isinstance(value, (list, tuple, dict)):
        return "tulis satu bilangan bulat saja, di baris yang sama dengan kuncinya"
    if isinstance(value, float):
        value = repr(value)
    if not isinstance(value, str):
        return "tulis bilangan bulat, dengan angka saja"
    text = value.strip()
    if _LEADING_ZERO.fullmatch(text):
        return f"tulis {int(text)}, tanpa angka 0 di depan"
    if _UNDERSCORES.fullmatch(text):
        return f"tulis {text.replace('_', '')}, tanpa garis bawah"
    if _INTEGER.fullmatch(text):
        return f"tulis {text} tanpa tanda kutip" if _quoted(value) else f"tulis {text}"
    if _THOUSANDS.fullmatch(text):
        return f"tulis {text.replace('.', '')}, tanpa titik pemisah ribuan"
    if _DECIMAL_POINT.fullmatch(text) or _DECIMAL_COMMA.fullmatch(text):
        number = float(text.replace(",", "."))
        whole = int(number)
        if number == whole:
            return f"tulis {whole}, tanpa koma atau titik desimal"
        return f"bilangan bulat ditulis tanpa koma atau titik desimal: {whole} atau {whole + 1}"
    words = number_from_words(text)
    if words is not None:
        return f"tulis dengan angka: {words}"
    leading = _LEADING_NUMBER.match(text)
    if leading and "," not in leading.group(1) and "." not in leading.group(1):
        return f"tulis {leading.group(1)} saja, tanpa teks tambahan"
    return "tulis bilangan bulat dengan angka saja, tanpa huruf, tanda kutip, koma atau titik"


def decimal_hint(value: object) -> str:
    """For a number field that may hold decimals (averages, survey scores)."""
    if isinstance(value, bool):
        return "tulis angkanya, bukan true/false"
    if isinstance(value, (list, tuple, dict)):
        return "tulis satu angka saja, di baris yang sama dengan kuncinya"
    if not isinstance(value, str):
        return "tulis angkanya saja, dengan titik sebagai pemisah desimal"
    text = value.strip()
    if _DECIMAL_COMMA.fullmatch(text):
        return f"tulis {text.replace(',', '.')}: pemisah desimal ditulis dengan titik"
    if _INTEGER.fullmatch(text) or _DECIMAL_POINT.fullmatch(text):
        return f"tulis {text} tanpa tanda kutip"
    words = number_from_words(text)
    if words is not None:
        return f"tulis dengan angka: {words}"
    leading = _LEADING_NUMBER.match(text)
    if leading:
        number = leading.group(1).replace(",", ".")
        return f"tulis {number} saja, tanpa teks tambahan"
    return "tulis angkanya saja, tanpa huruf; pemisah desimal ditulis dengan titik"


_YES = {"ya", "iya", "y", "yes", "benar", "betul", "ada", "sudah", "on", "true", "1"}
_NO = {"tidak", "tdk", "t", "n", "no", "bukan", "salah", "tidak ada", "belum", "off", "false", "0"}


_NONE_WORDS = {"tidak ada", "tidak ada laporan", "nihil", "kosong", "nol", "0", "-"}
"""What staff write for "no reports": for ``nihil`` that is true (nihil = nothing was reported), not
"tidak" = false."""


def bool_hint(value: object, name: str | None = None) -> str:
    """For a true/false field: say which of the two the clerk meant, when the word tells."""
    base = "tulis true (ya) atau false (tidak), tanpa tanda kutip"
    word = str(value).strip() if isinstance(value, (str, int, float)) and not isinstance(value, bool) else None
    if word is None:
        return base
    if name == "nihil" and word.lower() in _NONE_WORDS:
        return f"{base}; '{word}' berarti tidak ada laporan, jadi tulis nihil: true"
    if word.lower() in _YES:
        return f"{base}; '{word}' ditulis true"
    if word.lower() in _NO:
        return f"{base}; '{word}' ditulis false"
    return base


_MONTHS = {"januari": 1, "jan": 1, "februari": 2, "pebruari": 2, "feb": 2, "peb": 2, "maret": 3, "mar": 3,
           "april": 4, "apr": 4, "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "agustus": 8, "agu": 8,
           "agt": 8, "ags": 8, "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10,
           "november": 11, "nov": 11, "nopember": 11, "desember": 12, "des": 12}
_NUMERIC_DATE = re.compile(r"(\d{1,2})\s*([/.\-])\s*(\d{1,2})\s*\2\s*(\d{4})")
_WORDED_DATE = re.compile(r"(?:tanggal\s+)?(\d{1,2})\s+([A-Za-z]+)\.?\s+(\d{4})", re.IGNORECASE)
DATE_FORMAT = "tulis tanggal sebagai TTTT-BB-HH (tahun-bulan-hari, angka saja)"


def iso_date(value: object) -> str | None:
    """``21/01/2026`` or ``21 Januari 2026`` as ``2026-01-21``, if it names a real day."""
    if not isinstance(value, str):
        return None
    text = value.strip()
    numeric = _NUMERIC_DATE.fullmatch(text)
    worded = _WORDED_DATE.fullmatch(text)
    if numeric:
        day, month, year = int(numeric.group(1)), int(numeric.group(3)), int(numeric.group(4))
    elif worded and worded.group(2).lower() in _MONTHS:
        day, month, year = int(worded.group(1)), _MONTHS[worded.group(2).lower()], int(worded.group(3))
    else:
        return None
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def date_hint(value: object) -> str:
    """For a date field: the same day in the TTTT-BB-HH form when it can be read, else the form."""
    found = iso_date(value)
    if found:
        return f"tulis {found} (tahun-bulan-hari)"
    return DATE_FORMAT


def list_hint(value: object) -> str:
    """For a list field that got one value: show the ``- `` form with what was written."""
    if isinstance(value, dict) and value:
        first = next(iter(value))
        return (f"awali butir dengan '- ': tulis '- {first}: …' lalu geser kunci berikutnya dua spasi agar "
                "sejajar dengan kunci itu")
    if isinstance(value, (str, int, float)) and not isinstance(value, bool) and str(value).strip():
        shown = str(value).strip()
        if len(shown) > 40:
            shown = shown[:40] + "…"
        return f"tulis setiap butir di baris sendiri, diawali '- ', misalnya '- {shown}' di baris berikutnya"
    return "tulis setiap butir di baris sendiri, diawali '- '"


def text_hint(value: object) -> str | None:
    """For a text field that got a list or a mapping (a number there is taken as text)."""
    if isinstance(value, (list, tuple)):
        return "tulis sebagai satu teks; bila beberapa butir, gabungkan di satu baris dengan koma"
    if isinstance(value, dict):
        return "tulis sebagai satu teks; bila teks memuat ': ', apit seluruh teks dengan tanda kutip"
    return None
