"""Field types shared by every data file: text, multi-value cells, links, slugs.

Each type refuses what would surprise a reader of the published site: HTML, control
characters, YAML 1.1 lookalikes, ``javascript:`` links. Messages are Indonesian because they
reach office staff verbatim.
"""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import AfterValidator, BeforeValidator, Field, WithJsonSchema
from pydantic_core import PydanticCustomError

from ..load.yaml import AmbiguousScalar

MAX_TEXT = 5000

_HTML = re.compile(r"<\s*/?\s*[A-Za-z!?][^>]*>|<\s*/?\s*[A-Za-z]+\b|&[A-Za-z]+;|&#")
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")
"""Invisible characters refused in any text: C0 controls but tab and newline, DEL, zero-width and
bidirectional marks and overrides (U+202E shows text reversed)."""
_CONTROL = CONTROL_CHARACTERS

_AMBIGUOUS_HINT = {
    "boolean": "dibaca sebagai ya/tidak (boolean) oleh YAML lama",
    "angka": "dibaca sebagai angka oktal atau khusus oleh YAML lama",
    "tanggal": "bisa dibaca sebagai tanggal oleh alat YAML",
    "desimal": "dibaca sebagai bilangan desimal oleh YAML",
}


def _before_text(value: object) -> object:
    if isinstance(value, AmbiguousScalar):
        raise PydanticCustomError(
            "yaml_ambiguous",
            "bernilai {value} tanpa tanda kutip, yang {reason}; tulislah \"{value}\"",
            {"value": str(value), "reason": _AMBIGUOUS_HINT[value.kind]},
        )
    if isinstance(value, bool):
        word = "true" if value else "false"
        raise PydanticCustomError("text_type", "harus berupa teks, bukan true/false",
                                  {"petunjuk": f"bila memang teks, apit dengan tanda kutip: \"{word}\""})
    if isinstance(value, int):
        return str(value)
    if isinstance(value, list):
        raise PydanticCustomError("text_type", "harus berupa teks, bukan daftar",
                                  {"petunjuk": "tulis sebagai satu teks di baris kuncinya; bila beberapa butir, "
                                               "gabungkan dengan koma"})
    if isinstance(value, dict):
        raise PydanticCustomError("text_type", "harus berupa teks, bukan pemetaan",
                                  {"petunjuk": "teks yang memuat ': ' dibaca sebagai pasangan kunci: nilai; "
                                               "apit seluruh teks dengan tanda kutip"})
    return value


def _after_text(value: str) -> str:
    control = _CONTROL.search(value)
    if control:
        raise PydanticCustomError(
            "text_control", "memuat karakter kendali tak terlihat (U+{code})",
            {"code": f"{ord(control.group(0)):04X}",
             "petunjuk": "hapus karakter itu; sering terbawa saat menyalin dari PDF atau Word"})
    html = _HTML.search(value)
    if html:
        raise PydanticCustomError(
            "text_html",
            "memuat HTML ({found}), yang tidak diizinkan di dalam teks",
            {"found": html.group(0),
             "petunjuk": "tulis teks biasa saja; istilah asing yang dicetak miring ditandai garis bawah, "
                         "misalnya _stakeholder_"},
        )
    if len(value) > MAX_TEXT:
        raise PydanticCustomError("text_too_long", "teks terlalu panjang ({length} karakter; batasnya {limit})",
                                  {"length": len(value), "limit": MAX_TEXT})
    return value


Text = Annotated[str, BeforeValidator(_before_text), AfterValidator(_after_text)]
"""Free text: no HTML, no control characters; YAML 1.1 lookalikes must be quoted."""


def _nonblank(value: str) -> str:
    if not value.strip():
        raise PydanticCustomError("text_blank", "tidak boleh kosong", {})
    return value.strip()


RequiredText = Annotated[Text, AfterValidator(_nonblank)]

_NAME_MARKS = re.compile(r'["<>]')


def _name(value: str) -> str:
    mark = _NAME_MARKS.search(value)
    if mark:
        raise PydanticCustomError(
            "text_name_mark",
            "memuat tanda ({found}), yang tidak boleh ada di nama karena nama menjadi judul situs dan label tautan",
            {"found": mark.group(0),
             "petunjuk": "hapus tanda itu; bila perlu mengutip, pakai tanda kutip tunggal (') atau “ ”"})
    return value


OptionalName = Annotated[Text, AfterValidator(_name)]
Name = Annotated[RequiredText, AfterValidator(_name)]
"""A name that becomes a site name, a page title or an attribute value (in the engine's templates,
which print it unescaped): no ``"``, ``<`` or ``>``, so it can never leave an HTML attribute."""


def _cell_values(value: object) -> object:
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        return list(value)
    return [value]


def _drop_blank(values: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(v.strip() for v in values if v.strip())


Cell = Annotated[
    tuple[Text, ...],
    BeforeValidator(_cell_values),
    AfterValidator(_drop_blank),
    WithJsonSchema({
        "anyOf": [
            {"type": "string"},
            {"type": "array", "items": {"type": "string"}},
            {"type": "null"},
        ],
        "description": "Isi sel: satu teks, atau daftar teks bila sel di naskah memuat beberapa nilai.",
    }),
]
"""A table cell: one text, several texts in order, or nothing."""

_URL = re.compile(r"https?://[^\s<>\"'`]+")


def _url(value: str) -> str:
    if not _URL.fullmatch(value):
        raise PydanticCustomError("url", "harus alamat web lengkap yang diawali http:// atau https://", {})
    return value


Url = Annotated[Text, AfterValidator(_url), Field(json_schema_extra={"format": "uri", "pattern": r"^https?://"})]

_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")


def _email(value: str) -> str:
    if not _EMAIL.fullmatch(value):
        raise PydanticCustomError("email", "bukan alamat surel yang sah", {})
    return value


Email = Annotated[Text, AfterValidator(_email), Field(json_schema_extra={"format": "email"})]

_PHONE = re.compile(r"(?:\+|\()?[0-9][0-9 ()-]{4,20}[0-9]")  # "(0451) 421-234" as offices write it


def _phone(value: str) -> str:
    if not _PHONE.fullmatch(value):
        raise PydanticCustomError("phone", "bukan nomor telepon yang sah (contoh: 0461 123456 atau +62 812 3456 7890)",
                                  {"petunjuk": "tulis angka nomornya saja; boleh dengan spasi, tanda hubung dan kurung "
                                               "di sekitar kode wilayah, misalnya (0451) 421234, tanpa huruf atau kata "
                                               "seperti 'Telp.' atau 'ext'"})
    return value


Phone = Annotated[Text, AfterValidator(_phone)]

SLUG_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"


def _slug(value: str) -> str:
    if not re.fullmatch(SLUG_PATTERN, value):
        raise PydanticCustomError("slug", "harus huruf kecil, angka dan tanda hubung saja (contoh: banggai-kepulauan)", {})
    return value


Slug = Annotated[Text, AfterValidator(_slug), Field(json_schema_extra={"pattern": SLUG_PATTERN})]
