"""A plan as the grid an office prints: its own columns in order, merged cells where a value spans rows.

Pure: plan data (the YAML as loaded) in, slots out, so the workbook writer only places them. The
layout is the one `zisite impor` reads back (docs/panduan/mengimpor.md): a level with its own column
is a vertically merged cell over its rows; a bagian without a column is a title row merged across
the table; the NO column holds the number of the highest level that has a column, other levels'
numbers start their cell ('2. Melaksanakan …'); an extra column's value is merged over the rows of
the level that holds it in ``kolom_lain``; a cell with several values holds one line each.
"""

from __future__ import annotations

from dataclasses import dataclass

LEVELS = ("bagian", "kelompok", "aksi", "baris")
TEXT = {"bagian": "judul", "kelompok": "judul", "aksi": "uraian", "baris": "uraian"}
CHILD = {"bagian": "kelompok", "kelompok": "aksi", "aksi": "baris"}
FIELDS = ("bukti_fisik", "target_waktu", "target_capaian")


@dataclass(frozen=True)
class Slot:
    """One grid cell: ``lines`` its values; ``span`` (rows, columns) when it starts a merge;
    ``covered`` when another cell's merge covers it."""

    lines: tuple[str, ...]
    span: tuple[int, int] = (1, 1)
    covered: bool = False


@dataclass(frozen=True)
class Sheet:
    headings: tuple[str, ...]
    numbers: tuple[str | None, ...]
    rows: tuple[tuple[Slot, ...], ...]
    codes: tuple[str | None, ...]  # the row code of each body row; None on a group row


def values(value) -> tuple[str, ...]:
    if value is None:
        return ()
    return (str(value),) if isinstance(value, str) else tuple(str(v) for v in value)


def _leaves(level: str, node: dict) -> int:
    if level == "baris":
        return 1
    child = LEVELS[LEVELS.index(level) + 1]
    return sum(_leaves(child, n) for n in node[CHILD[level]])


def layout(plan: dict) -> Sheet:
    keys = [c["kunci"] for c in plan["kolom"]]
    width = len(keys)
    number_level = next((lvl for lvl in LEVELS if lvl in keys), None)
    rows: list[tuple[Slot, ...]] = []
    codes: list[str | None] = []

    def text(level: str, node: dict) -> tuple[str, ...]:
        words = node.get(TEXT[level])
        if not words:
            return ()
        if node.get("nomor") and level != number_level:
            words = f"{node['nomor']} {words}"
        return (words,)

    def extra(key: str, chain: dict[str, dict], starts: dict[str, dict], node: dict) -> Slot:
        for level in LEVELS[:-1]:
            holder = chain.get(level)
            if holder is not None and key in (holder.get("kolom_lain") or {}):
                if level in starts:
                    return Slot(values(holder["kolom_lain"][key]), (_leaves(level, holder), 1))
                return Slot((), covered=True)
        return Slot(values((node.get("kolom_lain") or {}).get(key)))

    def walk(level: str, node: dict, chain: dict, starts: dict, code: tuple[int, ...]) -> None:
        if level == "baris":
            row = []
            for key in keys:
                if key in LEVELS[:-1]:
                    if key in starts:
                        row.append(Slot(text(key, starts[key]), (_leaves(key, starts[key]), 1)))
                    else:
                        row.append(Slot((), covered=True))
                elif key == "baris":
                    row.append(Slot(text("baris", node)))
                elif key == "nomor":
                    top = starts.get(number_level) if number_level else None
                    row.append(Slot((top["nomor"],) if top and top.get("nomor") else ()))
                elif key in FIELDS:
                    row.append(Slot(values(node.get(key))))
                else:
                    row.append(extra(key, chain, starts, node))
            rows.append(tuple(row))
            codes.append(".".join(str(i) for i in code))
            return
        child_level = LEVELS[LEVELS.index(level) + 1]
        for index, child in enumerate(node[CHILD[level]], 1):
            nested = dict(starts) if index == 1 else {}
            nested[child_level] = child
            walk(child_level, child, {**chain, child_level: child}, nested, (*code, index))

    for index, bagian in enumerate(plan["bagian"], 1):
        starts = {"bagian": bagian}
        if "bagian" not in keys:
            group = [Slot(())] * width
            first = 0
            if keys[0] == "nomor":
                group[0] = Slot((bagian["nomor"],) if bagian.get("nomor") else ())
                first = 1
            group[first] = Slot((bagian["judul"],), (1, width - first))
            group[first + 1:] = [Slot((), covered=True)] * (width - first - 1)
            rows.append(tuple(group))
            codes.append(None)
            starts = {}
        walk("bagian", bagian, {"bagian": bagian}, starts, (index,))
    return Sheet(tuple(c["judul"] for c in plan["kolom"]), tuple(c.get("nomor") for c in plan["kolom"]),
                 tuple(rows), tuple(codes))


def signature_lines(plan: dict) -> list[str]:
    """The signing block as printed below the table, in the order `zisite impor` reads it."""
    lines = []
    signing = plan.get("pengesahan")
    if signing:
        teks = signing.get("teks") or ""
        if teks.lower().startswith("pada tanggal") and signing.get("tempat"):
            lines += [f"Ditetapkan di {signing['tempat']}", teks]
        elif teks:
            lines.append(teks)
    for person in plan.get("penandatangan", []):
        if person.get("salinan"):
            lines.append("Salinan sesuai dengan aslinya")
        if person.get("instansi"):
            lines.append(person["instansi"])
        lines.append(person["jabatan"])
        if person.get("keterangan"):
            lines.append(person["keterangan"])
        lines.append(person["nama"])
    return lines


def decree_lines(plan: dict) -> list[str]:
    """The decree above the annex table (``dokumen``), one paragraph a line, as a decree prints it."""
    doc = plan.get("dokumen")
    if not doc:
        return []
    lines = [doc["jenis"], doc["nomor"], "TENTANG", doc["tentang"]]
    if doc.get("pejabat"):
        lines.append(doc["pejabat"])
    for heading, key in (("Menimbang :", "menimbang"), ("Mengingat :", "mengingat")):
        lines.append(heading)
        lines += [f"{item['label']} {item['isi']}" for item in doc.get(key, [])]
    lines.append("MEMUTUSKAN:")
    if doc.get("menetapkan"):
        lines.append(f"Menetapkan : {doc['menetapkan']}")
    lines += [f"{d['label']} : {d['isi']}" for d in doc.get("diktum", [])]
    if doc.get("lampiran"):
        lines.append(doc["lampiran"])
    return lines


def row_texts(plan: dict) -> list[tuple[str, str]]:
    """(row code, the row's text) of every row, for the realisasi template."""
    out = []
    for b, bagian in enumerate(plan["bagian"], 1):
        for k, kelompok in enumerate(bagian["kelompok"], 1):
            for a, aksi in enumerate(kelompok["aksi"], 1):
                for r, baris in enumerate(aksi["baris"], 1):
                    words = baris.get("uraian") or aksi.get("uraian") or kelompok.get("judul") or ""
                    out.append((f"{b}.{k}.{a}.{r}", words))
    return out
