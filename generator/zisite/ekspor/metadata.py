"""What a plan holds that its printed table cannot show, as key/value rows of a hidden sheet.

`zisite impor` reads this sheet back when present (impor/metadata.py), so a plan exported and
imported again is the same plan: each bagian's pengungkit (never printed), ``sumber``, the decree's
links, the column keys (an extra column's key is not in its printed heading) and the level that
holds each extra column's values (a cell merged over a kelompok of one aksi reads as the aksi's). Pure.
"""

from __future__ import annotations

import json

SHEET = "zisite"
HEADINGS = ("KUNCI", "NILAI")


def rows(plan: dict) -> list[tuple[str, str]]:
    """(key, value) pairs; an empty value says the plan has no such field (so impor writes none)."""
    out = [("sumber", plan.get("sumber") or ""),
           ("kolom", json.dumps([{"kunci": c["kunci"], "judul": c["judul"]} for c in plan["kolom"]],
                                ensure_ascii=False))]
    if plan.get("dokumen"):
        tautan = plan["dokumen"].get("tautan")
        out.append(("dokumen.tautan", json.dumps(tautan, ensure_ascii=False) if tautan else ""))
    for i, b in enumerate(plan["bagian"], 1):  # with its title: a bagian added or moved in Excel is guessed again
        out += [(f"bagian.{i}.judul", b["judul"]), (f"bagian.{i}.pengungkit", b.get("pengungkit") or "")]
    held: dict[str, set[str]] = {}
    for level, node in _nodes(plan):
        for key in node.get("kolom_lain") or {}:
            held.setdefault(key, set()).add(level)
    out += [(f"kolom_lain.{key}", levels.pop()) for key, levels in held.items() if len(levels) == 1]
    return out


def _nodes(plan: dict):
    for b in plan["bagian"]:
        yield "bagian", b
        for k in b["kelompok"]:
            yield "kelompok", k
            for a in k["aksi"]:
                yield "aksi", a
                for r in a["baris"]:
                    yield "baris", r
