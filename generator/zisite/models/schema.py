"""JSON Schema of every data file type, for editors (VS Code YAML) and for reviewers."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel

from . import Office, Plan, Realisasi
from .stats import STATS_KINDS

SCHEMAS: dict[str, type[BaseModel]] = {
    "plan.schema.json": Plan,
    "office.schema.json": Office,
    "realisasi.schema.json": Realisasi,
    **{kind.schema_file: kind.model for kind in STATS_KINDS.values()},
}


def schema_text(model: type[BaseModel]) -> str:
    schema = model.model_json_schema(mode="validation")
    schema = {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema}
    return json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=False) + "\n"


def write_schemas(directory: Path) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name, model in SCHEMAS.items():
        path = directory / name
        path.write_text(schema_text(model), encoding="utf-8")
        written.append(path)
    return written
