"""The page `zisite serve` shows instead of the site while the data (or the build) has errors.

Staff edit a file and look at the browser, not the terminal: so every page they open shows the
errors there, each with its file:line:col, its hint and where the error catalogue explains it.
Self-contained (inline CSS, no font, no image, no request elsewhere), lang="id", one h1 and a
list; everything from the data is escaped. The catalogue is named in text with its section
heading: no address of a published guide is configured, and the page must work offline.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from ...build import MAX_WARNINGS_LOGGED
from ...checks.catalogue import DOC, anchor
from ...checks.catalogue.entries import ENTRIES
from ...checks.catalogue.model import GROUPS
from ...diagnostics import Diagnostic, Severity

CATALOGUE_TITLE = "Daftar pesan galat"

_STYLE = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;line-height:1.5;margin:0;
color:#1a1a1a;background:#fff}
main{max-width:60rem;margin:0 auto;padding:1.5rem 1rem 3rem}
h1{font-size:1.6rem;color:#8b0000;margin:0 0 .5rem}
ol{padding-left:1.5rem}li{margin:0 0 1.25rem}
code,.lokasi{font-family:ui-monospace,Consolas,"Liberation Mono",monospace;font-size:.95em}
.lokasi{font-weight:bold;overflow-wrap:anywhere}.pesan{margin:.25rem 0}
.petunjuk,.katalog{margin:.25rem 0;color:#333}
.tingkat{display:inline-block;padding:0 .4rem;border-radius:.2rem;background:#8b0000;color:#fff}
.tingkat.peringatan{background:#6b4e00}
@media (prefers-color-scheme:dark){body{color:#eee;background:#121212}h1{color:#ff9c9c}
.petunjuk,.katalog{color:#ccc}}
"""


def catalogue_section(code: str) -> str | None:
    """Where the catalogue explains ``code``: its entry's heading, or the section holding its entries."""
    entries = [e for e in ENTRIES if code and code in e.codes]
    if len(entries) == 1:
        return entries[0].judul
    groups = {e.kelompok for e in entries}
    if len(groups) == 1:
        return GROUPS[groups.pop()][0]
    return None


def catalogue_text(code: str) -> str:
    """"Daftar pesan galat (docs/panduan/pesan-galat.md), bagian …": the words, escaped for HTML."""
    page = f"Penjelasan: <cite>{CATALOGUE_TITLE}</cite> (<code>{escape(DOC.as_posix())}"
    section = catalogue_section(code)
    if section is None:
        return f"{page}</code>), cari kode <code>{escape(code)}</code>." if code else f"{page}</code>)."
    return (f"{page}#{escape(anchor(section))}</code>), bagian «{escape(section)}»"
            + (f", kode <code>{escape(code)}</code>." if code else "."))


def _item(d: Diagnostic) -> str:
    level = "galat" if d.severity is Severity.ERROR else "peringatan"
    where = f" (di {escape(d.where)})" if d.where else ""
    parts = [f'<li><p class="pesan"><span class="lokasi">{escape(d.file)}:{d.line}:{d.column}</span> '
             f'<span class="tingkat {level}">{level}</span> {escape(d.message)}{where}</p>']
    if d.hint:
        parts.append(f'<p class="petunjuk"><strong>Petunjuk:</strong> {escape(d.hint)}</p>')
    parts.append(f'<p class="katalog">{catalogue_text(d.code)}</p></li>')
    return "\n".join(parts)


def error_page(diagnostics: Sequence[Diagnostic] = (), message: str = "", details: Sequence[str] = ()) -> str:
    """The whole page: the data's errors (then its warnings), or ``message`` when the build itself failed,
    with ``details``: the lines the terminal showed for it (MkDocs' warnings, as the terminal words them)."""
    errors = [d for d in diagnostics if d.severity is Severity.ERROR]
    warnings = [d for d in diagnostics if d.severity is not Severity.ERROR]
    if errors:
        title = f"Situs belum dapat ditampilkan: {len(errors)} galat dalam data"
        lead = ("Perbaiki galat di bawah ini lalu simpan berkasnya. Halaman ini dimuat ulang sendiri begitu "
                "data sah; terminal menampilkan pesan yang sama.")
    else:
        title = "Situs belum dapat ditampilkan: pembangunan gagal"
        lead = "Perbaiki penyebab di bawah ini lalu simpan berkasnya. Halaman ini dimuat ulang sendiri begitu situs dibangun."
    body = [f"<h1>{escape(title)}</h1>", f"<p>{escape(lead)}</p>"]
    if message:
        body.append(f"<p><code>{escape(message)}</code></p>")
    if details:
        body += ["<ol>", *(f"<li><code>{escape(line)}</code></li>" for line in details[:MAX_WARNINGS_LOGGED]), "</ol>"]
    if errors:
        body += ["<h2>Galat</h2>", "<ol>", *map(_item, errors), "</ol>"]
    if warnings:
        body += [f"<h2>Peringatan ({len(warnings)})</h2>", "<ol>", *map(_item, warnings[:MAX_WARNINGS_LOGGED]), "</ol>"]
        if len(warnings) > MAX_WARNINGS_LOGGED:
            body.append(f"<p>… dan {len(warnings) - MAX_WARNINGS_LOGGED} peringatan lain; jalankan "
                        "<code>zisite check</code> untuk daftar lengkapnya.</p>")
    return ("<!DOCTYPE html>\n<html lang=\"id\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            f"<title>{escape(title)}</title>\n<style>{_STYLE}</style>\n</head>\n<body>\n<main>\n"
            + "\n".join(body) + "\n</main>\n</body>\n</html>\n")
