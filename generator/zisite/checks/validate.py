"""Validate loaded YAML against a model, turning pydantic's errors into Indonesian diagnostics.

Every error keeps its place: pydantic's ``loc`` is the YAML path, which the loader mapped to a
line and column. Unknown keys get the closest valid key as a suggestion.
"""

from __future__ import annotations

import re

import difflib
import types
import typing
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from ..diagnostics import Diagnostic, Severity, human_path
from ..load.yaml import Loaded
from . import hints

M = TypeVar("M", bound=BaseModel)

_TYPE_NAMES = {
    str: "teks", int: "bilangan bulat", float: "bilangan", bool: "true/false",
    dict: "pemetaan", list: "daftar",
}


def _value_kind(value: object) -> str:
    if value is None:
        return "kosong"
    for py_type in (bool, int, float, str, dict, list):
        if isinstance(value, py_type):
            return _TYPE_NAMES[py_type]
    return type(value).__name__


def _unwrap(annotation: object) -> list[object]:
    """The model classes an annotation may hold (through Optional, tuple, Annotated, …)."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _unwrap(typing.get_args(annotation)[0])
    if origin in (typing.Union, types.UnionType, tuple, list):
        found = []
        for arg in typing.get_args(annotation):
            if arg is not Ellipsis:
                found.extend(_unwrap(arg))
        return found
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    return []


def model_at(root: type[BaseModel], loc: tuple) -> type[BaseModel] | None:
    """The model class found at ``loc`` inside ``root`` (list indices are skipped)."""
    current: type[BaseModel] | None = root
    for part in loc:
        if isinstance(part, int) or current is None:
            continue
        field = current.model_fields.get(part)
        if field is None:
            return None
        candidates = _unwrap(field.annotation)
        current = candidates[0] if candidates else None
    return current


_EMPTY_KINDS = {
    "string_type": "isi dengan teks",
    "int_type": "isi dengan bilangan bulat, dengan angka saja",
    "float_type": "isi dengan angka; pemisah desimal ditulis dengan titik",
    "bool_type": "tulis true (ya) atau false (tidak)",
    "list_type": "isi dengan daftar; setiap butir diawali '- ' di baris berikutnya",
    "tuple_type": "isi dengan daftar; setiap butir diawali '- ' di baris berikutnya",
    "model_type": "isi dengan pasangan kunci: nilai di baris berikutnya, dengan indentasi lebih dalam",
    "dict_type": "isi dengan pasangan kunci: nilai di baris berikutnya, dengan indentasi lebih dalam",
    "date_type": hints.DATE_FORMAT,
}


def _date_message(name: str | None, value: object, problem: str, loc: tuple) -> tuple[str, str | None, bool]:
    """A date refused: say whether the format or the calendar is wrong."""
    hint = hints.date_hint(value)
    if tuple(loc[:-1]) == ("pengesahan",) and not hints.iso_date(value):
        hint += "; tanggal seperti tercetak (mis. 'pada tanggal 21 Januari 2026') ditulis di 'teks'"
    if isinstance(value, str):
        if "month value is outside" in problem:
            return f"'{name}' bernilai {value}, padahal bulan hanya 01 sampai 12", None, False
        if "day value is outside" in problem:
            return f"'{name}' bernilai {value}, padahal tanggal itu tidak ada di kalender", None, False
        return f"'{name}' bernilai '{value}', bukan tanggal dengan format TTTT-BB-HH", hint, False
    return f"'{name}' bukan tanggal yang sah", hint, False


def _valid_keys(root: type[BaseModel], loc: tuple) -> list[str]:
    parent = model_at(root, tuple(loc[:-1]))
    return list(parent.model_fields) if parent else []


def _closest_key(root: type[BaseModel], loc: tuple) -> str | None:
    """The valid key an unknown key at ``loc`` was probably meant to be."""
    close = difflib.get_close_matches(str(loc[-1]), _valid_keys(root, loc), n=1, cutoff=0.6)
    return close[0] if close else None


def _message(error: dict, root: type[BaseModel]) -> tuple[str, str | None, bool]:
    """(message, hint, points_at_key) for one pydantic error."""
    kind = error["type"]
    loc = error["loc"]
    ctx = error.get("ctx") or {}
    name = next((str(part) for part in reversed(loc) if isinstance(part, str)), None)
    value = error.get("input")
    if kind == "extra_forbidden":
        close = _closest_key(root, loc)
        if close:
            return f"kunci '{loc[-1]}' tidak dikenal; maksud Anda '{close}'?", None, True
        valid = _valid_keys(root, loc)
        hint = "kunci yang sah di sini: " + ", ".join(valid)
        if "kolom_lain" in valid:  # a plan level: an office's own column goes in kolom_lain
            hint += f"; kolom tambahan ditulis kolom_lain: {{{loc[-1]}: …}} dan dinyatakan di 'kolom'"
        return f"kunci '{loc[-1]}' tidak dikenal", hint, True
    if kind == "missing":
        return f"kunci wajib '{name}' belum diisi", None, False
    if value is None and name and kind in _EMPTY_KINDS:
        return f"'{name}' tidak boleh kosong", _EMPTY_KINDS[kind], False
    if kind in ("string_type",):
        return f"'{name}' harus berupa teks, bukan {_value_kind(value)}", hints.text_hint(value), False
    if kind in ("int_type", "int_parsing", "int_from_float"):
        return (f"'{name}' harus berupa bilangan bulat, bukan {_value_kind(value)}",
                hints.whole_number_hint(value), False)
    if kind in ("float_type", "float_parsing"):
        return f"'{name}' harus berupa bilangan, bukan {_value_kind(value)}", hints.decimal_hint(value), False
    if kind in ("bool_type", "bool_parsing"):
        return f"'{name}' harus true atau false", hints.bool_hint(value, name), False
    if kind in ("greater_than_equal", "greater_than", "less_than_equal", "less_than"):
        bound = {"greater_than_equal": ("tidak boleh kurang dari", "ge"),
                 "greater_than": ("harus lebih dari", "gt"),
                 "less_than_equal": ("tidak boleh lebih dari", "le"),
                 "less_than": ("harus kurang dari", "lt")}[kind]
        return f"'{name}' bernilai {value}; {bound[0]} {ctx.get(bound[1])}", None, False
    if kind == "literal_error":
        expected = str(ctx.get("expected", "")).replace(" or ", " atau ")
        if value is None:
            return f"'{name}' tidak boleh kosong; harus salah satu dari: {expected}", None, False
        choices = re.findall(r"'([^']*)'", expected)
        same = [c for c in choices if isinstance(value, str) and c.casefold() == value.strip().casefold()]
        hint = (f"tulis {same[0]} persis seperti itu (huruf besar dan kecil dibedakan)" if same else None)
        return f"'{name}' bernilai '{value}'; harus salah satu dari: {expected}", hint, False
    if kind in ("list_type", "tuple_type"):
        return f"'{name}' harus berupa daftar (butir diawali '- ')", hints.list_hint(value), False
    if kind in ("model_type", "dict_type", "model_attributes_type"):
        label = f"'{name}'" if name else "isi berkas"
        hint = None
        if not name:  # the whole file: say which keys it starts with
            required = [key for key, field in root.model_fields.items() if field.is_required()]
            hint = ("berkas ini diawali kunci " + ", ".join(f"'{key}:'" for key in required)
                    + " di awal baris (tanpa spasi di depannya); lihat contoh berkas utuh di panduan") if required else None
        return f"{label} harus berupa pemetaan (pasangan kunci: nilai), bukan {_value_kind(value)}", hint, False
    if kind == "too_short":
        return f"'{name}' harus berisi minimal {ctx.get('min_length')} butir", None, False
    if kind == "too_long":
        return f"'{name}' berisi terlalu banyak butir (maksimal {ctx.get('max_length')})", None, False
    if kind in ("date_type", "date_parsing", "date_from_datetime_parsing", "date_from_datetime_inexact"):
        return _date_message(name, value, str(ctx.get("error", "")), loc)
    if kind in ("value_error", "assertion_error"):
        return str(ctx.get("error", error["msg"])), None, False
    if kind.startswith(("yaml_", "text_", "url", "email", "phone", "slug", "column_", "date_type", "realisasi_")) \
            or "msg" in error:
        message = error["msg"]
        if kind.startswith(("url", "email", "phone", "slug", "text_", "yaml_", "realisasi_row", "realisasi_month",
                            "realisasi_file_path")) and name:
            message = f"'{name}' {message}"
        return message, ctx.get("petunjuk"), False
    return f"nilai tidak sah ({kind})", None, False


def _parent(loc: tuple) -> tuple:
    """The path above the field an error names (the field itself is in the message)."""
    loc = tuple(loc)
    while loc and isinstance(loc[-1], int):
        loc = loc[:-1]
    return loc[:-1]


def _relevant(errors: list[dict], root: type[BaseModel]) -> list[dict]:
    """Drop errors that only echo another one.

    - pydantic counts a list's *valid* items against ``min_length``, so one bad row also reports
      "too short" for every list above it; only a list that really has too few items is kept.
    - a misspelt key (``judull``) that suggests a missing one (``judul``) is reported once, as
      the misspelling.
    """
    suggested = set()
    for error in errors:
        if error["type"] == "extra_forbidden":
            loc = tuple(error["loc"])
            close = _closest_key(root, loc)
            if close:
                suggested.add(loc[:-1] + (close,))
    kept = []
    for error in errors:
        ctx = error.get("ctx") or {}
        if (error["type"] == "too_short" and isinstance(error.get("input"), (list, tuple))
                and len(error["input"]) >= int(ctx.get("min_length", 0))):
            continue
        if error["type"] == "missing" and tuple(error["loc"]) in suggested:
            continue
        kept.append(error)
    return kept


def _model_error(loaded: Loaded, error: dict) -> tuple[tuple, str, str | None] | None:
    """(path, message, hint) for the plan's own checks on ``kolom``, pointing into the list."""
    ctx = error.get("ctx") or {}
    data = loaded.data if isinstance(loaded.data, dict) else {}
    columns = data.get("kolom") if isinstance(data.get("kolom"), list) else []
    if error["type"] == "column_twice":
        same = [i for i, c in enumerate(columns) if isinstance(c, dict) and c.get("kunci") == ctx.get("key")]
        if len(same) >= 2:
            first = loaded.place(("kolom", same[0], "kunci"))[0]
            return (("kolom", same[1], "kunci"),
                    f"kolom '{ctx['key']}' sudah disebut di baris {first}",
                    "setiap kolom hanya boleh disebut sekali; hapus salah satunya, atau ganti kuncinya")
    if error["type"] == "column_missing":
        return (("kolom",), error["msg"], "tambahkan misalnya - {kunci: baris, judul: INDIKATOR}")
    return None


def validate(loaded: Loaded, model: type[M]) -> tuple[M | None, list[Diagnostic]]:
    """Validate ``loaded.data`` as ``model``; on failure, one diagnostic per problem."""
    try:
        return model.model_validate(loaded.data), []
    except ValidationError as exc:
        diagnostics = []
        for error in _relevant(exc.errors(include_url=False), model):
            loc = tuple(error["loc"])
            message, hint, at_key = _message(error, model)
            own = _model_error(loaded, error) if not loc else None
            if own is not None:
                loc, message, hint = own
                line, column = loaded.place(loc, key=loc == ("kolom",))
            elif error["type"] == "missing":
                line, column = loaded.place(loc[:-1])
            else:
                line, column = loaded.place(loc, key=at_key)
            where = human_path(_parent(loc)) or None
            diagnostics.append(Diagnostic(loaded.display, line, column, Severity.ERROR, message,
                                          where=where, hint=hint, code=error["type"]))
        return None, diagnostics
