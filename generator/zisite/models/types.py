"""Number and date types for data files: strict, so "010" or "2025" in quotes never slip through."""

from datetime import date
from typing import Annotated

from pydantic import BeforeValidator, Field, Strict
from pydantic_core import PydanticCustomError

from ..load.yaml import AmbiguousScalar

Year = Annotated[int, Strict(), Field(ge=2000, le=2100, description="Tahun empat angka, 2000–2100.")]
Count = Annotated[int, Strict(), Field(ge=0)]
Flag = Annotated[bool, Strict()]


def _iso_date(value: object) -> object:
    if isinstance(value, AmbiguousScalar) and value.kind == "tanggal":
        return str(value)
    if isinstance(value, str) and not isinstance(value, AmbiguousScalar):
        return value
    if isinstance(value, date):
        return value
    raise PydanticCustomError("date_type", "harus tanggal dengan format TTTT-BB-HH, misalnya 2026-01-21", {})


IsoDate = Annotated[date, BeforeValidator(_iso_date)]
