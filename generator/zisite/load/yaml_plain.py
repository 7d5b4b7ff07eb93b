"""What a plain (unquoted) YAML scalar means: YAML 1.2 core types, and YAML 1.1 lookalikes kept as
text but flagged, so a file means the same in every tool. Shared by the careful and the fast loader."""

from __future__ import annotations

import re


class AmbiguousScalar(str):
    """A plain scalar that YAML 1.1 tools read as something other than text.

    Kept as text here; text fields refuse it so the file means the same in every tool.
    """

    kind: str

    def __new__(cls, value: str, kind: str) -> "AmbiguousScalar":
        obj = super().__new__(cls, value)
        obj.kind = kind
        return obj


_BOOL_11 = {"y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "on", "On", "ON", "off", "Off", "OFF"}
_BOOL = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}
_NULL = {"", "~", "null", "Null", "NULL"}
_INT = re.compile(r"[-+]?(0|[1-9][0-9]*)")
_INT_11 = re.compile(r"[-+]?(0[0-7_]+|0o[0-7]+|0x[0-9a-fA-F_]+|0b[01_]+|[1-9][0-9_]*(:[0-5]?[0-9])+|[0-9][0-9_]*_[0-9_]*)")
_FLOAT = re.compile(r"[-+]?(\.[0-9]+|[0-9][0-9_]*(\.[0-9_]*)?)([eE][-+]?[0-9]+)?|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN)")
_DATE = re.compile(r"[0-9]{4}-[0-9]{1,2}(-[0-9]{1,2}([Tt ].*)?)?")


def resolve_plain(text: str) -> object:
    """Resolve a plain (unquoted) scalar: YAML 1.2 core types, and YAML 1.1 lookalikes flagged."""
    if text in _NULL:
        return None
    if text in _BOOL:
        return _BOOL[text]
    if text in _BOOL_11:
        return AmbiguousScalar(text, "boolean")
    if _INT.fullmatch(text):
        return int(text)
    if _INT_11.fullmatch(text):
        return AmbiguousScalar(text, "angka")
    if _DATE.fullmatch(text):
        return AmbiguousScalar(text, "tanggal")
    if _FLOAT.fullmatch(text):
        return AmbiguousScalar(text, "desimal")
    return text
