"""Sample data that has started to look real.

A file marked ``contoh: true`` is published with a "Data contoh" label. When staff type real
entries into such a file (the sample is a convenient start) and forget the flag, real work is
published as invented. The baseline is the file as first committed (``load/history.py``): every
list entry added or changed since then is counted, and the warning says exactly what to do.
"""

from __future__ import annotations

import json

from ..diagnostics import Diagnostic, Severity
from ..load.yaml import Loaded, load_text

CODE = "sample-looks-real"
HINT = ("bila isinya sudah data sungguhan: hapus entri contoh yang tersisa, ubah `contoh: true` menjadi "
        "`contoh: false`, dan hapus catatan \"data contoh\" bila ada. Bila memang masih data contoh, "
        "peringatan ini boleh dibiarkan")


def _entries(data: object) -> list[tuple[str, int, str]]:
    """(list key, index, canonical JSON) of every entry of every top-level list."""
    if not isinstance(data, dict):
        return []
    found = []
    for key, value in data.items():
        if isinstance(value, list):
            for i, item in enumerate(value):
                found.append((key, i, json.dumps(item, sort_keys=True, default=str, ensure_ascii=False)))
    return found


def added_entries(current: object, first: object) -> list[tuple[str, int]]:
    """(list key, index) of each entry of ``current`` not found, unchanged, in ``first``."""
    before: dict[str, int] = {}
    for _key, _i, text in _entries(first):
        before[text] = before.get(text, 0) + 1
    added = []
    for key, i, text in _entries(current):
        if before.get(text, 0) > 0:
            before[text] -= 1
        else:
            added.append((key, i))
    return added


def check(loaded: Loaded, first_text: str | None) -> list[Diagnostic]:
    """A warning when a ``contoh: true`` file holds entries its first committed version did not."""
    data = loaded.data
    if not isinstance(data, dict) or data.get("contoh") is not True or first_text is None:
        return []
    first, problems = load_text(first_text, loaded.display)
    if first is None or problems or not isinstance(first.data, dict) or first.data.get("contoh") is not True:
        return []  # the file did not start as sample data: nothing to compare with
    added = added_entries(data, first.data)
    if not added:
        return []
    key, index = added[0]
    line, column = loaded.place(("contoh",))
    first_line = loaded.place((key, index))[0]
    return [Diagnostic(
        loaded.display, line, column, Severity.WARNING,
        f"berkas ini masih ditandai `contoh: true` (situs menampilkannya sebagai \"Data contoh\"), tetapi "
        f"{len(added)} entri ditambahkan atau diubah sesudah data contoh dibuat, yang pertama di baris {first_line}",
        hint=HINT, code=CODE)]
