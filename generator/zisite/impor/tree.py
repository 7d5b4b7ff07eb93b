"""Tables of cells → the four-level plan (bagian → kelompok → aksi → baris), with notes.

Rules, in the words of docs/panduan/mengimpor.md: the header row is the row whose words name
the most columns; a row whose only text is one title (merged across the table, or alone in a
table that lacks a level's column) starts a bagian (or, right under one, a kelompok); a filled
tree cell whose value differs from the row above starts a new item at that level and below; an
empty or vertically merged cell continues the item above; every other row is one baris. The
printed number in a NO column belongs to the highest level that starts on its row; a number at
the start of a tree cell ('2. Melaksanakan …') is that item's own. Every other column becomes a
declared extra column, its cells written as ``kolom_lain`` where the page shows them as printed
(``_place_extras``); nothing is invented for what the source lacks (no ``pengesahan`` without a
place or date under the table).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import numbering
from .grid import Cell, Table
from .guard import Refused
from .note import Note
from .roles import FIELDS, IGNORE, LEVELS, Column, assign, guess, normal


@dataclass(frozen=True)
class Placed:
    """One extra-column value written to ``kolom_lain``: ``path`` counts (bagian, kelompok[, aksi[, baris]])
    from 0, its length naming the level it sits on."""

    column: Column
    path: tuple[int, ...]
    parts: list[str]

    @property
    def level(self) -> str:
        return LEVELS[len(self.path) - 1]


@dataclass
class Imported:
    plan: dict                     # the plan as YAML data, in key order
    columns: list[Column]
    notes: list[Note] = field(default_factory=list)
    extras: list[Placed] = field(default_factory=list)  # every extra-column value written, for the report
    table: str = ""

    def counts(self) -> dict[str, int]:
        bagian = self.plan["bagian"]
        kelompok = [k for b in bagian for k in b["kelompok"]]
        aksi = [a for k in kelompok for a in k["aksi"]]
        return {"bagian": len(bagian), "kelompok": len(kelompok), "aksi": len(aksi),
                "baris": sum(len(a["baris"]) for a in aksi)}


_NUMBER_ROW = re.compile(r"^\(?\d{1,2}\)?\.?$")


def _header_score(row: list[Cell], override: dict[str, str] | None = None) -> int:
    """How many headings of the row name a role; 0 without a tree column. A heading named with
    ``--kolom`` counts, so a table whose words zisite does not know is found once they are named."""
    override = override or {}
    roles = []
    for c in row:
        if c.empty or len(c.text) >= 60:
            continue
        forced = override.get(normal(c.text))
        roles.append(("pohon" if forced in LEVELS else forced) if forced else guess(c.text))
    if not any(r in {"pohon", "atas"} for r in roles):
        return 0
    return sum(r is not None for r in roles)


def find_header(table: Table, override: dict[str, str] | None = None) -> int | None:
    best, best_score = None, 1
    for r, row in enumerate(table.rows[:150]):
        score = _header_score(row, override)
        if score > best_score:
            best, best_score = r, score
    return best


def two_row_headings(rows: list[list[Cell]], header: int) -> tuple[list[str], int]:
    """Headings, and the first row after them. A heading merged across columns with words under
    it ('TARGET' over 'WAKTU' and 'CAPAIAN') reads as 'TARGET WAKTU', 'TARGET CAPAIAN'."""
    head = rows[header]
    headings = [c.text for c in head]
    if header + 1 >= len(rows):
        return headings, header + 1
    below = rows[header + 1]
    wide = {i for i, c in enumerate(head) if sum(1 for x in head if x.key == c.key) > 1 and not c.empty}
    under = [i for i in wide if not below[i].empty and below[i].key != head[i].key]
    if not under or _is_number_row(below):
        return headings, header + 1
    for i, cell in enumerate(below):
        if i in wide and not cell.empty:
            headings[i] = f"{head[i].text} {cell.text}"
    return headings, header + 2


def _is_number_row(row: list[Cell]) -> bool:
    texts = [c.text for c in row if not c.empty]
    return len(texts) >= 2 and all(_NUMBER_ROW.match(t) for t in texts)


def _lone(row: list[Cell]) -> str | None:
    """The text of a row that holds one value (a line below the table, or a title row); else None."""
    texts = {c.key: c.text for c in row if not c.empty}
    return next(iter(texts.values())) if len(texts) == 1 else None


def _signature_start(rows: list[list[Cell]], r: int) -> bool:
    """The signing block begins at row ``r``: a place and date, 'Ditetapkan', 'Salinan …', or a
    title ending in a comma ('Ketua Tim Kerja ZI,') followed only by single-value lines (signed
    without a place or date printed; a table row would hold several values)."""
    from .around import starts_signing

    text = _lone(rows[r])
    if text is None:
        return False
    if starts_signing(text):
        return True
    rest = [row for row in rows[r + 1:] if not all(c.empty for c in row)]
    return text.endswith(",") and bool(rest) and all(_lone(row) is not None for row in rest)


def _title(lines: list[str]) -> str | None:
    """The plan's printed title: the upper-case lines from the last 'RENCANA AKSI' (or 'RENCANA
    KERJA') before the table."""
    from .decree import is_title

    start = None
    for i, line in enumerate(lines):
        if is_title(line):
            start = i
    if start is None:
        return None
    taken = [lines[start]]
    for line in lines[start + 1:]:
        if line.upper() != line or line.startswith("http"):
            break
        taken.append(line)
    return " ".join(taken)


def _data_rows(sources, repeated: list[list[str]]):
    """(serial, row) of every body row; the serials that begin a page or a table; the lines of
    the signing block when it sits in the grid (a sheet, a CSV). Cells are re-keyed per source
    table so that two tables' positions never name the same value."""
    data: list[tuple[int, list[Cell]]] = []
    breaks: set[int] = set()
    after: list[str] = []
    for number, (t, _, start) in enumerate(sources):
        if number:
            breaks.add(len(data))
        for r in range(start, len(t.rows)):
            row = [Cell(c.parts, c.where, (number, *c.key)) for c in t.rows[r]]
            if r in t.page_breaks:
                breaks.add(len(data))
            if all(c.empty for c in row):
                continue
            if [normal(c.text) for c in row] in repeated:
                breaks.add(len(data))  # the header (or column-number row) repeated: a new page
                continue
            if _signature_start(t.rows, r):
                after = [c.text for rest in t.rows[r:] for c in _distinct(rest)]
                break
            data.append((len(data), row))
    return data, breaks, after


_LEVER_WORDS = (
    ("manajemen-perubahan", ("MANAJEMEN PERUBAHAN",)),
    ("penataan-tatalaksana", ("TATALAKSANA", "TATA LAKSANA")),
    ("penataan-sistem-manajemen-sdm", ("SDM", "SUMBER DAYA MANUSIA")),
    ("penguatan-akuntabilitas-kinerja", ("AKUNTABILITAS",)),
    ("penguatan-pengawasan", ("PENGAWASAN", "GRATIFIKASI", "SPIP", "WHISTLE", "BENTURAN KEPENTINGAN", "PENGADUAN")),
    ("peningkatan-kualitas-pelayanan-publik", ("PELAYANAN PUBLIK", "KUALITAS PELAYANAN")),
)


def lever(title: str) -> str | None:
    words = f" {normal(title)} "
    found = [slug for slug, keys in _LEVER_WORDS if any(f" {k} " in words for k in keys)]
    return found[0] if len(found) == 1 else None


class _Values:
    """Cell values by merge key; page-break rejoining appends to a value and aliases the key."""

    def __init__(self) -> None:
        self.parts: dict[tuple, list[str]] = {}
        self.alias: dict[tuple, tuple] = {}

    def key(self, cell: Cell) -> tuple:
        return self.alias.get(cell.key, cell.key)

    def get(self, cell: Cell) -> list[str]:
        key = self.key(cell)
        if key not in self.parts:
            self.parts[key] = list(cell.parts)
        return self.parts[key]


def _rejoin(rows: list[tuple[int, list[Cell]]], breaks: set[int], columns: list[Column], values: _Values,
            notes: list[Note]) -> list[tuple[int, list[Cell]]]:
    """A row cut by a page break continues on the next page: glue the piece back on.

    The first row of a page is a continuation when it starts no numbered item, has no NO, fills
    only columns that the row above also has text in, and is no whole row of its own: it leaves a
    bukti/target cell empty, or the row above ends in a cut target ('Januari s.d.', '1 (satu)').
    """
    from ..domain.quantity import parse_quantity
    from ..domain.schedule import Kind, parse_schedule

    field_cols = {c.role: c.index for c in columns if c.role in FIELDS}

    def cut(prev: list[Cell]) -> bool:
        if "target_waktu" in field_cols:
            waktu = values.get(prev[field_cols["target_waktu"]])
            if waktu and parse_schedule(waktu[-1], 2000).kind is Kind.UNKNOWN:
                return True
        if "target_capaian" in field_cols:
            capaian = values.get(prev[field_cols["target_capaian"]])
            if capaian and parse_quantity(capaian[-1]).unit is None:
                return True
        return False

    out: list[tuple[int, list[Cell]]] = []

    def shown(i: int) -> Cell | None:
        """The cell whose value the last row shows in column i: its own, or for a tree column left
        empty (continued, in a grid without merges) the nearest filled one above."""
        for _, earlier in reversed(out):
            if values.get(earlier[i]):
                return earlier[i]
            if i not in tree_cols:
                return None
        return None

    pending = sorted(breaks)
    tree_cols = {c.index for c in columns if c.role in LEVELS}
    number_col = next((c.index for c in columns if c.role == "nomor"), None)
    for index, row in rows:
        first_on_page = False
        while pending and index >= pending[0]:
            pending.pop(0)
            first_on_page = True
        if first_on_page and out:
            prev = out[-1][1]
            filled = [i for i, cell in enumerate(row) if not cell.empty]
            numbered = any(numbering.starts_numbered(row[i].text) for i in filled if i in tree_cols)
            above = {i: shown(i) for i in filled}
            fits = all(above.values())
            partial = any(row[i].empty for i in field_cols.values()) or cut(prev)
            if filled and not numbered and fits and partial and (number_col is None or row[number_col].empty):
                seen = set()
                for i in filled:
                    if row[i].key in seen:
                        continue
                    seen.add(row[i].key)
                    target = values.get(above[i])
                    piece = values.get(row[i])
                    target[-1] = f"{target[-1]} {piece[0]}"
                    target.extend(piece[1:])
                    values.alias[row[i].key] = values.key(above[i])
                notes.append(Note(row[filled[0]].where, "baris yang terpotong pindah halaman digabung dengan "
                                  "baris sebelumnya"))
                continue
        out.append((index, row))
    return out


def _set(node: dict, key: str, parts: list[str]) -> None:
    if len(parts) == 1:
        node[key] = parts[0]
    elif parts:
        node[key] = list(parts)


def build(tables: list[Table], kantor: str, tahun: int, override: dict[str, str], source: str = "",
          declared: dict[str, str] | None = None) -> Imported:
    """The plan in the tables (``source``: the file's name, for ``sumber``); Refused without one.
    ``declared``: heading → key from zisite's own export (impor/metadata.py), below --kolom and not
    reported as forced."""
    given = set(override)
    override = {**{normal(h): k for h, k in (declared or {}).items()}, **override}
    scored = [(t, find_header(t, override)) for t in tables]
    scored = [(t, h) for t, h in scored if h is not None]
    if not scored:
        raise Refused("tidak ada tabel rencana aksi di berkas ini: tidak ditemukan baris judul kolom "
                      "(misalnya NO, KEGIATAN, INDIKATOR, BUKTI, TARGET WAKTU)",
                      "pastikan rencana aksi berupa tabel, atau sebutkan kolomnya dengan --kolom")
    table, header = max(scored, key=lambda th: (_header_score(th[0].rows[th[1]], override), len(th[0].rows)))
    notes: list[Note] = [Note(where, what) for where, what in table.notes]
    head = table.rows[header]
    headings, start = two_row_headings(table.rows, header)
    numbers: list[str | None] = [None] * len(head)
    if start < len(table.rows) and _is_number_row(table.rows[start]):
        numbers = [c.text or None for c in table.rows[start]]
        start += 1
    columns = assign(headings, numbers, override)
    if not any(c.role == "baris" for c in columns):
        raise Refused("tidak ditemukan kolom untuk baris rencana aksi (misalnya INDIKATOR atau LANGKAH AKSI)",
                      "sebutkan kolomnya dengan --kolom \"JUDUL=baris\"")
    for c in columns:
        if c.forced and normal(c.heading) in given:
            notes.append(Note(head[c.index].where, f"kolom '{c.heading}' dibaca sebagai {c.role} "
                              "(ditentukan dengan --kolom)"))
        elif not c.known and c.heading:
            notes.append(Note(head[c.index].where, f"judul kolom '{c.heading}' tidak dikenali; isinya disimpan "
                              f"sebagai kolom tambahan '{c.role}' (tentukan perannya dengan --kolom bila perlu)", True))
    # Other tables with the same header continue this one (a table per page or per bagian).
    sources = [(table, header, start)]
    for other, h in scored:
        if other is not table and two_row_headings(other.rows, h)[0] == headings:
            s = two_row_headings(other.rows, h)[1]
            s += 1 if s < len(other.rows) and _is_number_row(other.rows[s]) else 0
            sources.append((other, h, s))
    sources.sort(key=lambda src: tables.index(src[0]))

    values = _Values()
    repeated = [[normal(c.text) for c in table.rows[r]] for r in range(header, start)]
    data, breaks, after = _data_rows(sources, repeated)
    if breaks:
        data = _rejoin(data, breaks, columns, values, notes)
    above = [c.text for r in table.rows[:header] for c in _distinct(r)]  # title rows in a sheet
    title = _title(above) or _title(table.before)
    plan: dict = {"kantor": kantor, "tahun": tahun}
    if title is None:
        title = f"RENCANA AKSI PEMBANGUNAN ZONA INTEGRITAS TAHUN {tahun}"
        notes.append(Note(table.name, f"judul rencana aksi tidak ditemukan; ditulis '{title}', periksa", True))
    plan["judul"] = title
    if source:
        plan["sumber"] = f"Diimpor dari {source} dengan zisite impor"
    plan["kolom"] = []  # filled once the tree is read: which extra columns hold a value, which levels show text
    from .around import signatures
    from .decree import parse as parse_decree

    dokumen, decree_problems = parse_decree(above or table.before, table.name)
    notes.extend(decree_problems)
    if dokumen:
        plan["dokumen"] = dokumen
        notes.append(Note("di atas tabel", f"naskah keputusan dibaca: {len(dokumen.get('menimbang', []))} butir "
                          f"Menimbang, {len(dokumen.get('mengingat', []))} butir Mengingat, "
                          f"{len(dokumen.get('diktum', []))} diktum"))

    signing, signers, sign_problems = signatures(after or table.after, above or table.before)
    notes.extend(sign_problems)
    if signing:
        plan["pengesahan"] = signing
    else:  # never a placeholder: the page says 'belum ditetapkan' only while neither is written
        notes.append(Note(table.name, "tempat dan tanggal penandatanganan tidak ditemukan di bawah tabel; "
                          "'pengesahan' tidak ditulis (tambahkan sendiri bila naskah mencantumkannya)", True))
    plan["penandatangan"] = signers
    bagian, extras = _tree(data, columns, values, notes, tahun, title)
    plan["kolom"] = _declared(columns, bagian, extras, notes)
    plan["bagian"] = bagian
    return Imported(plan, columns, notes, extras, table.name)


# The heading a level read from title rows inside the table gets when it needs a column of its own
# (the same words `zisite check` suggests for plan-column-hidden).
_LEVEL_TITLES = {"kelompok": "KOMPONEN", "aksi": "KEGIATAN"}


def _declared(columns: list[Column], bagian: list[dict], extras: list[Placed], notes: list[Note]) -> list[dict]:
    """The plan's ``kolom``: the table's columns in printed order, each extra column only when a
    cell of it holds a value (an empty one would be a plan-column-unused warning), and a column
    for kelompok or aksi when title rows gave them text the table has no column for (else the
    page would hide it: plan-column-hidden)."""
    used = {p.column.role for p in extras}
    kolom = []
    for c in columns:
        if c.role == IGNORE or (c.role not in ("nomor", *LEVELS, *FIELDS) and c.role not in used):
            continue  # the report names an empty extra column
        kolom.append({"kunci": c.role, "judul": c.heading, **({"nomor": c.number} if c.number else {})})
    shown = {
        "kelompok": any(k.get("judul") or k.get("nomor") for b in bagian for k in b["kelompok"]),
        "aksi": any(a.get("uraian") or a.get("nomor") for b in bagian for k in b["kelompok"] for a in k["aksi"]),
    }
    for level in ("kelompok", "aksi"):
        if not shown[level] or any(k["kunci"] == level for k in kolom):
            continue
        deeper = LEVELS[LEVELS.index(level) + 1:]
        at = next((i for i, k in enumerate(kolom) if k["kunci"] in deeper or k["kunci"] not in ("nomor", *LEVELS)),
                  len(kolom))
        kolom.insert(at, {"kunci": level, "judul": _LEVEL_TITLES[level]})
        notes.append(Note("kolom", f"tabel tidak punya kolom {level}, tetapi baris judul di dalamnya mengisi {level}; "
                          f"ditambahkan kolom '{_LEVEL_TITLES[level]}' agar isinya tampil di situs (ganti judulnya "
                          "di 'kolom' bila perlu)", True))
    return kolom


def _distinct(row: list[Cell]) -> list[Cell]:
    seen, out = set(), []
    for cell in row:
        if not cell.empty and cell.key not in seen:
            seen.add(cell.key)
            out.append(cell)
    return out


def _tree(data, columns: list[Column], values: _Values, notes: list[Note], tahun: int, title: str):
    """The bagian list and the extra-column values, from the body rows (rules: module docstring)."""
    header_words = {normal(c.heading) for c in columns if c.heading}
    col = {c.role: c.index for c in columns}
    present = [lvl for lvl in LEVELS if lvl in col]
    missing = [lvl for lvl in LEVELS[:-1] if lvl not in col]
    extras_cols = [c for c in columns if c.role not in ("nomor", *LEVELS, *FIELDS, IGNORE)]
    bagian: list[dict] = []
    current: dict[str, dict | None] = {lvl: None for lvl in LEVELS}
    last_key: dict[str, tuple | None] = {lvl: None for lvl in LEVELS}
    cells: list = []  # (column, merge key, row path, where, parts) of every filled extra-column cell
    row_paths: list[tuple] = []
    previous_group: int | None = None  # depth in `missing` of the group row just read
    tree_cols = {col[lvl] for lvl in present}

    def new(level: str, text: str | None, nomor: str | None) -> dict:
        parent_level = LEVELS[LEVELS.index(level) - 1] if level != "bagian" else None
        if parent_level and current[parent_level] is None:
            new(parent_level, None, None)
        node: dict = {}
        if nomor:
            node["nomor"] = nomor
        name = "judul" if level in ("bagian", "kelompok") else "uraian"
        if text:
            node[name] = text
        if level == "bagian":
            if not text:
                node["judul"] = title
                notes.append(Note(where_now[0], "baris ini tidak berada di bawah bagian mana pun; dibuat bagian "
                                  "berjudul sama dengan judul rencana aksi, periksa", True))
            slug = lever(node["judul"])
            if slug:
                node["pengungkit"] = slug
            node["kelompok"] = []
            bagian.append(node)
        else:
            current[parent_level].setdefault(level, []).append(node)
            if level != "baris":
                node[{"kelompok": "aksi", "aksi": "baris"}[level]] = []
        current[level] = node
        for deeper in LEVELS[LEVELS.index(level) + 1:]:
            current[deeper] = None
            last_key[deeper] = None
        return node

    where_now = [""]
    for _, row in data:
        distinct = _distinct(row)
        number_cell = row[col["nomor"]] if "nomor" in col else None
        texts = [c for c in distinct if number_cell is None or c.key != number_cell.key]
        where_now[0] = (texts or distinct)[0].where
        # A group row: one title, merged across columns, or alone in a tree column of a table
        # that lacks a level's column (a CSV of a merged title row).
        title_columns = {i for i, x in enumerate(row) if texts and x.key == texts[0].key}
        is_group = len(texts) == 1 and (len(title_columns) > 1 or (bool(missing) and title_columns <= tree_cols))
        number = number_cell.text if number_cell is not None and not number_cell.empty else None
        if is_group:
            depth = 0 if previous_group is None else previous_group + 1
            levels_for_groups = missing or ["bagian"]
            level = levels_for_groups[min(depth, len(levels_for_groups) - 1)]
            if not missing:
                notes.append(Note(texts[0].where, "baris judul selebar tabel dibaca sebagai bagian baru", True))
            text = " ".join(values.get(texts[0]))
            nomor, rest = (None, text)
            if number is None:
                nomor, rest = numbering.split(text)
            new(level, rest, number or nomor)
            previous_group = depth
            continue
        previous_group = None
        # Which level starts on this row?
        start = "baris"
        for lvl in present[:-1]:
            cell = row[col[lvl]]
            if not cell.empty and values.key(cell) != last_key[lvl]:
                start = lvl
                break
        for lvl in LEVELS[:-1]:
            if current[lvl] is None and LEVELS.index(lvl) < LEVELS.index(start) and lvl in present:
                start = lvl
                break
        number_used = number is None
        for lvl in LEVELS[LEVELS.index(start):]:
            cell = row[col[lvl]] if lvl in col else None
            parts = values.get(cell) if cell is not None and not cell.empty else []
            text = " ".join(parts) or None
            nomor = None
            if text and len(parts) == 1:
                nomor, text = numbering.split(text)
            if not number_used and nomor is None:
                nomor, number_used = number, True
            new(lvl, text, nomor)
            if lvl in col:
                last_key[lvl] = values.key(row[col[lvl]]) if not row[col[lvl]].empty else None
        row_node = current["baris"]
        if "baris" in col and row[col["baris"]].empty:
            notes.append(Note(row[col["baris"]].where, "baris tanpa isi di kolom baris; periksa apakah ini "
                              "lanjutan baris di atasnya", True))
        for f in FIELDS:
            if f in col and not row[col[f]].empty:
                _set(row_node, f, values.get(row[col[f]]))
        path = (len(bagian) - 1, len(bagian[-1]["kelompok"]) - 1, len(bagian[-1]["kelompok"][-1]["aksi"]) - 1,
                len(bagian[-1]["kelompok"][-1]["aksi"][-1]["baris"]) - 1)
        row_paths.append(path)
        for c in extras_cols:
            if not row[c.index].empty:
                cells.append((c, values.key(row[c.index]), path, row[c.index].where, values.get(row[c.index])))
        _check_cells(row, col, values, notes, tahun, header_words)
    return bagian, _place_extras(bagian, cells, row_paths, notes)


def _place_extras(bagian: list[dict], cells: list, row_paths: list[tuple], notes: list[Note]) -> list[Placed]:
    """Each extra column's cells written as ``kolom_lain`` at the level the source implies: a cell
    merged over exactly an aksi's rows goes on the aksi, over exactly a kelompok's rows on the
    kelompok (the page shows both as one cell over those rows, as printed); any other cell on each
    row it covers."""
    under: dict[tuple, list[tuple]] = {}
    for path in row_paths:
        under.setdefault(path[:3], []).append(path)
        under.setdefault(path[:2], []).append(path)
    spans: dict[tuple, tuple[Column, str, list[str], list[tuple]]] = {}
    for column, key, path, where, parts in cells:
        entry = spans.setdefault((column.role, key), (column, where, parts, []))
        if path not in entry[3]:
            entry[3].append(path)
    placed: list[Placed] = []
    for column, where, parts, paths in spans.values():
        owner = next((p for p in (paths[0][:3], paths[0][:2]) if len(paths) > 1 and under[p] == paths), None)
        if owner is None and len(paths) > 1:
            notes.append(Note(where, f"sel gabungan kolom '{column.heading}' menaungi {len(paths)} baris yang bukan "
                              "tepat satu aksi atau satu kelompok; nilainya ditulis di setiap baris itu", True))
        for path in [owner] if owner else paths:
            node = bagian[path[0]]["kelompok"][path[1]]
            if len(path) > 2:
                node = node["aksi"][path[2]]
            if len(path) > 3:
                node = node["baris"][path[3]]
            node.setdefault("kolom_lain", {})[column.role] = parts[0] if len(parts) == 1 else list(parts)
            placed.append(Placed(column, path, list(parts)))
    for node in _nodes(bagian):  # kolom_lain after the item's own text, before its children
        if "kolom_lain" in node:
            for child in ("aksi", "baris"):
                if child in node:
                    node[child] = node.pop(child)
    return placed


def _nodes(bagian: list[dict]):
    for b in bagian:
        for k in b["kelompok"]:
            yield k
            for a in k["aksi"]:
                yield a
                yield from a["baris"]


def _check_cells(row: list[Cell], col: dict[str, int], values: _Values, notes: list[Note], tahun: int,
                 header_words: set[str]) -> None:
    from ..domain.quantity import parse_quantity
    from ..domain.schedule import Kind, parse_schedule

    if "target_waktu" in col:
        cell = row[col["target_waktu"]]
        for text in values.get(cell) if not cell.empty else []:
            schedule = parse_schedule(text, tahun)
            if schedule.kind is Kind.UNKNOWN:
                notes.append(Note(cell.where, f"target waktu '{text}' tidak dapat dibaca sebagai jadwal; "
                                  "disimpan apa adanya", True))
    if "target_capaian" in col:
        cell = row[col["target_capaian"]]
        for text in values.get(cell) if not cell.empty else []:
            if parse_quantity(text).amount is None:
                notes.append(Note(cell.where, f"target capaian '{text}' tidak memuat angka", True))
    for cell in _distinct(row):
        if normal(cell.text) in header_words:
            notes.append(Note(cell.where, f"sel '{cell.text}' tampak seperti judul kolom", True))
