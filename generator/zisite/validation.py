"""Validate loaded YAML against a model, turning pydantic's errors into Indonesian diagnostics.

Every error keeps its place: pydantic's ``loc`` is the YAML path, which the loader mapped to a
line and column. Unknown keys get the closest valid key as a suggestion.
"""

from __future__ import annotations

import difflib
import types
import typing
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from .diagnostics import Diagnostic, Severity
from .yamlload import Loaded

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


def human_path(loc: tuple) -> str:
    """``('bagian', 1, 'kelompok', 0)`` → ``bagian 2 › kelompok 1`` (items counted from 1)."""
    parts: list[str] = []
    for part in loc:
        if isinstance(part, int):
            if parts:
                parts[-1] += f" {part + 1}"
            else:
                parts.append(f"butir {part + 1}")
        else:
            parts.append(str(part))
    return " › ".join(parts)


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


def _message(error: dict, root: type[BaseModel]) -> tuple[str, str | None, bool]:
    """(message, hint, points_at_key) for one pydantic error."""
    kind = error["type"]
    loc = error["loc"]
    ctx = error.get("ctx") or {}
    name = next((str(part) for part in reversed(loc) if isinstance(part, str)), None)
    value = error.get("input")
    if kind == "extra_forbidden":
        parent = model_at(root, loc[:-1])
        valid = list(parent.model_fields) if parent else []
        close = difflib.get_close_matches(str(loc[-1]), valid, n=1, cutoff=0.6)
        if close:
            return f"kunci '{loc[-1]}' tidak dikenal; maksud Anda '{close[0]}'?", None, True
        return (f"kunci '{loc[-1]}' tidak dikenal",
                "kunci yang sah di sini: " + ", ".join(valid), True)
    if kind == "missing":
        return f"kunci wajib '{name}' belum diisi", None, False
    if kind in ("string_type",):
        return f"'{name}' harus berupa teks, bukan {_value_kind(value)}", None, False
    if kind in ("int_type", "int_parsing", "int_from_float"):
        return (f"'{name}' harus berupa bilangan bulat, bukan {_value_kind(value)}",
                "tulis angka tanpa tanda kutip, misalnya 2026", False)
    if kind in ("float_type", "float_parsing"):
        return f"'{name}' harus berupa bilangan, bukan {_value_kind(value)}", None, False
    if kind in ("bool_type", "bool_parsing"):
        return f"'{name}' harus true atau false", None, False
    if kind in ("greater_than_equal", "greater_than", "less_than_equal", "less_than"):
        bound = {"greater_than_equal": ("tidak boleh kurang dari", "ge"),
                 "greater_than": ("harus lebih dari", "gt"),
                 "less_than_equal": ("tidak boleh lebih dari", "le"),
                 "less_than": ("harus kurang dari", "lt")}[kind]
        return f"'{name}' bernilai {value}; {bound[0]} {ctx.get(bound[1])}", None, False
    if kind == "literal_error":
        expected = str(ctx.get("expected", "")).replace(" or ", " atau ")
        return f"'{name}' bernilai '{value}'; harus salah satu dari: {expected}", None, False
    if kind in ("list_type", "tuple_type"):
        return f"'{name}' harus berupa daftar (butir diawali '- ')", None, False
    if kind in ("model_type", "dict_type", "model_attributes_type"):
        label = f"'{name}'" if name else "isi berkas"
        return f"{label} harus berupa pemetaan (pasangan kunci: nilai), bukan {_value_kind(value)}", None, False
    if kind == "too_short":
        return f"'{name}' harus berisi minimal {ctx.get('min_length')} butir", None, False
    if kind == "too_long":
        return f"'{name}' berisi terlalu banyak butir (maksimal {ctx.get('max_length')})", None, False
    if kind in ("date_type", "date_parsing", "date_from_datetime_parsing", "date_from_datetime_inexact"):
        return (f"'{name}' bukan tanggal yang sah",
                "tulis tanggal sebagai TTTT-BB-HH, misalnya 2026-01-21", False)
    if kind in ("value_error", "assertion_error"):
        return str(ctx.get("error", error["msg"])), None, False
    if kind.startswith(("yaml_", "text_", "url", "email", "phone", "slug", "column_", "date_type")) or "msg" in error:
        message = error["msg"]
        if kind.startswith(("url", "email", "phone", "slug", "text_", "yaml_")) and name:
            message = f"'{name}' {message}"
        return message, None, False
    return f"nilai tidak sah ({kind})", None, False


def _parent(loc: tuple) -> tuple:
    """The path above the field an error names (the field itself is in the message)."""
    loc = tuple(loc)
    while loc and isinstance(loc[-1], int):
        loc = loc[:-1]
    return loc[:-1]


def validate(loaded: Loaded, model: type[M]) -> tuple[M | None, list[Diagnostic]]:
    """Validate ``loaded.data`` as ``model``; on failure, one diagnostic per problem."""
    try:
        return model.model_validate(loaded.data), []
    except ValidationError as exc:
        diagnostics = []
        for error in exc.errors(include_url=False):
            loc = tuple(error["loc"])
            message, hint, at_key = _message(error, model)
            if error["type"] == "missing":
                line, column = loaded.place(loc[:-1])
            else:
                line, column = loaded.place(loc, key=at_key)
            where = human_path(_parent(loc)) or None
            diagnostics.append(Diagnostic(loaded.display, line, column, Severity.ERROR, message,
                                          where=where, hint=hint, code=error["type"]))
        return None, diagnostics
