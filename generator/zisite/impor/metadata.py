"""The hidden 'zisite' sheet `zisite ekspor` writes (ekspor/metadata.py): what the printed table
cannot show, read back so that an exported plan imported again is the same plan.

Only a hidden sheet of that name whose first row is KUNCI, NILAI counts; a workbook of any other
origin has none, and its plan is read from the table alone.
"""

from __future__ import annotations

import json
import warnings
from pathlib import Path

SHEET = "zisite"
HEADINGS = ("KUNCI", "NILAI")


def read(path: Path) -> dict[str, str]:
    """Key → value of the export's hidden sheet; empty without one (or when it cannot be read)."""
    from openpyxl import load_workbook

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            book = load_workbook(path, read_only=True, data_only=True, keep_links=False, keep_vba=False)
    except Exception:  # the table reader already said why; no metadata then
        return {}
    try:
        if SHEET not in book.sheetnames or book[SHEET].sheet_state == "visible":
            return {}
        rows = [tuple("" if v is None else str(v) for v in row[:2]) for row in book[SHEET].iter_rows(values_only=True)]
    finally:
        book.close()
    if not rows or rows[0] != HEADINGS:
        return {}
    return {row[0]: (row[1] if len(row) > 1 else "") for row in rows[1:] if row and row[0]}


def columns(meta: dict[str, str]) -> dict[str, str]:
    """Printed heading → column key, as the plan declared them (--kolom's shape); {} when absent or damaged."""
    try:
        declared = json.loads(meta.get("kolom") or "[]")
        return {c["judul"]: c["kunci"] for c in declared}
    except (ValueError, TypeError, KeyError):
        return {}


CHILD = {"bagian": "kelompok", "kelompok": "aksi", "aksi": "baris"}  # each level's list of the next level


def _at(node: dict, depth: str, level: str):
    if depth == level:
        yield node
    elif depth in CHILD:
        for child in node[CHILD[depth]]:
            yield from _at(child, CHILD[depth], level)


def _lift(bagian: list[dict], key: str, level: str) -> None:
    """Move an extra column's value up to ``level`` (where the exported plan held it). The table
    reader puts a merged cell on the lowest item whose rows it covers, so a value over a kelompok of
    one aksi lands on that aksi: on a chain of only children, the value belongs to the chain's top."""
    for b in bagian:
        for node in _at(b, "bagian", level):
            if key in (node.get("kolom_lain") or {}):
                continue
            below, depth = node, level
            while depth in CHILD and len(below[CHILD[depth]]) == 1:
                below, depth = below[CHILD[depth]][0], CHILD[depth]
                if key in (below.get("kolom_lain") or {}):
                    value = below["kolom_lain"].pop(key)
                    if not below["kolom_lain"]:
                        del below["kolom_lain"]
                    children = node.pop(CHILD[level])
                    node.setdefault("kolom_lain", {})[key] = value
                    node[CHILD[level]] = children  # kolom_lain before the children, as impor writes it
                    break


def apply(plan: dict, meta: dict[str, str]) -> None:
    """Put back what the table cannot show: sumber, the decree's links, each bagian's pengungkit
    (an empty value: the plan had none, so the importer's guess is dropped; only while the bagian at
    that place still has its exported title, else the guess stays), the level of each extra column."""
    if "sumber" in meta:
        if meta["sumber"]:
            plan["sumber"] = meta["sumber"]
        else:
            plan.pop("sumber", None)
    if "dokumen.tautan" in meta and plan.get("dokumen"):
        try:
            tautan = json.loads(meta["dokumen.tautan"]) if meta["dokumen.tautan"] else None
        except ValueError:
            tautan = None
        if tautan:
            plan["dokumen"]["tautan"] = tautan
    for i, bagian in enumerate(plan.get("bagian", []), 1):
        key = f"bagian.{i}.pengungkit"
        if key in meta and meta.get(f"bagian.{i}.judul") == bagian.get("judul"):
            if meta[key]:
                bagian["pengungkit"] = meta[key]
            else:
                bagian.pop("pengungkit", None)
    for name, level in meta.items():
        if name.startswith("kolom_lain.") and level in CHILD:
            _lift(plan.get("bagian", []), name.removeprefix("kolom_lain."), level)
