"""The catalogue of every message ``zisite check`` can give, written to ``docs/panduan/pesan-galat.md``.

Each entry holds, for one diagnostic code, an Indonesian title, the cause, the fix and a small
broken example (which file, the wrong text, the right text). The page is never written by hand:
every example is dropped into the minimal valid project (``checks/minimal.py``), the real checker
(``load.load_project``) runs on it in-process, and the message it actually prints goes into the
page. So the page cannot drift from the code; ``tests/test_catalogue.py`` also fails when the
checker can give a code that has no entry here.

    python -m zisite.checks.catalogue           # rewrite docs/panduan/pesan-galat.md
    python -m zisite.checks.catalogue --check   # exit 1 if the committed page is out of date

Adding an entry is one ``Entri(...)`` in ``ENTRIES`` (``entries.py``) (see the ones around it): ``kode`` is the
code the checker gives, ``kelompok`` one of ``GROUPS``, and ``contoh`` a broken example, usually
``di_rencana``/``di_kantor`` (a snippet replaced inside the minimal plan or office file) or
``berkas_baru`` (a whole new file, e.g. statistics or a page text).
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from pathlib import Path

from ...diagnostics import Diagnostic
from ...load import load_project
from . import commands
from .commands import PERINTAH, PesanPerintah
from .entries import ENTRIES
from .model import GROUPS, Contoh, Entri

REPO_ROOT = Path(__file__).resolve().parents[4]
if not (REPO_ROOT / "generator" / "zisite").is_dir():  # installed, not a checkout: write where we are
    REPO_ROOT = Path.cwd()
DOC = Path("docs") / "panduan" / "pesan-galat.md"


# --- running the examples ---------------------------------------------------------------------

def _write(root: Path, files: dict[str, bytes]) -> None:
    for name, data in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)


def run_example(contoh: Contoh, root: Path, *, fixed: bool = False) -> list[Diagnostic]:
    """Every diagnostic the real checker gives for the example's project, written under ``root``."""
    _write(root, contoh.files(fixed))
    return list(load_project(root).diagnostics)


def example_message(entry: Entri, workdir: Path, contoh: Contoh | None = None) -> Diagnostic:
    """The first diagnostic with the entry's code at the example's file, from the real checker
    (``contoh``: one of the entry's ``contoh_lain``; by default its own example)."""
    contoh = contoh or entry.contoh
    assert contoh is not None
    found = run_example(contoh, workdir)
    where = contoh.lokasi or contoh.berkas
    for diagnostic in found:
        if diagnostic.file == where and diagnostic.code in entry.codes:
            return diagnostic
    shown = "\n".join(f"{d.code}: {d.format()}" for d in found) or "(tidak ada pesan)"
    raise AssertionError(f"contoh '{entry.judul}' tidak menghasilkan kode {entry.kode} di {where}:\n{shown}")


def entry_messages(entry: Entri, workdir: Path) -> list[Diagnostic]:
    """What the entry's examples give: its own example's message, then one per ``contoh_lain``."""
    if entry.contoh is None:
        return []
    return [example_message(entry, workdir / str(i), contoh)
            for i, contoh in enumerate((entry.contoh, *entry.contoh_lain))]


def shown_messages() -> list[tuple[Entri, str]]:
    """Every message the page shows, with its entry: the examples' real messages, then the wordings
    written in the table (``pesan``, ``pesan_lain``, with ``<…>`` where the code fills a value in)."""
    shown: list[tuple[Entri, str]] = []
    with tempfile.TemporaryDirectory(prefix="zisite-katalog-") as tmp:
        for n, entry in enumerate(ENTRIES):
            shown += [(entry, d.message) for d in entry_messages(entry, Path(tmp) / str(n))]
            shown += [(entry, text) for text in (entry.pesan, *entry.pesan_lain) if text]
    return shown


# --- the page ---------------------------------------------------------------------------------

def anchor(title: str) -> str:
    """The anchor GitHub and GitLab give a heading (titles are kept to letters, digits and spaces)."""
    text = re.sub(r"[^\w\- ]", "", title.lower())
    return text.replace(" ", "-")


_INTRO = """\
<!-- Dibuat otomatis oleh `python -m zisite.checks.catalogue` dari generator/zisite/checks/catalogue/entries.py dan commands.py. Jangan disunting langsung. -->
# Daftar pesan galat dan peringatan

Halaman ini memuat setiap pesan yang dapat diberikan `zisite check` (dan pemeriksaan sebelum situs
dibangun atau diterbitkan), masing-masing dengan penyebab, cara memperbaiki, dan contoh, lalu setiap
pesan galat perintah `zisite` lainnya (`baris`, `build`, `serve`, `deploy`, `init`, `impor`). Contoh pesan data
di sini adalah keluaran asli pemeriksa atas contoh yang salah, sehingga selalu sama dengan yang Anda lihat;
di pesan perintah, `<…>` menandai bagian yang diisi perintahnya (nama folder, alamat, jumlah).

**Cara mencari:** salin sebagian pesan yang Anda terima (tanpa nama berkas dan angka), lalu tekan
<kbd>Ctrl</kbd>+<kbd>F</kbd> di halaman ini dan tempelkan.

## Cara membaca pesan

```text
plans/sigi/2026.yaml:120:7: galat: kunci 'target_wakt' tidak dikenal; maksud Anda 'target_waktu'? (di bagian 2 › kelompok 1 › aksi 3 › baris 1)
    petunjuk: …
```

- `plans/sigi/2026.yaml` adalah berkasnya; `120` nomor baris, `7` nomor kolom (huruf ke-berapa di baris itu).
  Di penyunting web GitHub/GitLab, nomor baris tertera di sebelah kiri.
- **galat** harus diperbaiki: selama masih ada galat, situs tidak dibangun dan tidak diterbitkan, dan situs
  yang sudah terbit tidak berubah. **peringatan** sebaiknya diperiksa, tetapi tidak menghentikan apa pun.
- `(di bagian 2 › kelompok 1 › aksi 3 › baris 1)` menunjukkan tempatnya di dalam berkas, dihitung dari 1.
- Baris `petunjuk:` (bila ada) menyarankan perbaikannya.
- Satu kesalahan kadang menimbulkan beberapa pesan. Perbaiki pesan pertama, lalu periksa lagi.

Dalam contoh di bawah, kantor contoh bernama `contoh`. ⟨tab⟩ dan ⟨U+…⟩ menandai karakter yang tidak
terlihat.
"""


def _fence(text: str, path: str) -> str:
    language = "markdown" if path.endswith(".md") else "yaml"
    return f"```{language}\n{text.rstrip()}\n```"


def _entry_markdown(entry: Entri, messages: list[Diagnostic]) -> str:
    codes = ", ".join(f"`{code}`" for code in entry.codes)
    level = str(messages[0].severity) if messages else "galat"
    out = [f"### {entry.judul}", "", f"Kode {codes} · {level}", ""]
    shown = [m.format() for m in messages[:1]] or [f"<berkas>:<baris>:<kolom>: galat: {entry.pesan}"]
    out += ["```text", *shown, "```", ""]
    others = [m.format() for m in messages[1:]]
    others += [f"<berkas>:<baris>:<kolom>: galat: {text}" for text in entry.pesan_lain]
    if others:
        out += ["Pesan sejenis:", "", "```text", *others, "```", ""]
    out += [f"**Penyebab.** {entry.penyebab}", "", f"**Cara memperbaiki.** {entry.perbaikan}", ""]
    contoh = entry.contoh
    if contoh is not None:
        if contoh.salah is None:
            out += [f"Salah: berkas `{contoh.berkas}`" + (" tidak ada." if contoh.dasar is None else "."), ""]
        else:
            out += [f"Salah, di `{contoh.berkas}`:", "", _fence(contoh.salah, contoh.berkas), ""]
        target = contoh.berkas_benar or contoh.berkas
        if contoh.benar is not None:
            out += [f"Benar, di `{target}`:" if contoh.berkas_benar else "Benar:", "", _fence(contoh.benar, target), ""]
        elif contoh.berkas_benar:
            out += [f"Benar: berkas `{contoh.berkas_benar}`.", ""]
    return "\n".join(out)


def _command_markdown(entry: PesanPerintah) -> str:
    out = [f"### {entry.judul}", "", "```text", entry.awalan + entry.pesan, "```", ""]
    if entry.pesan_lain:
        out += ["Pesan sejenis:", "", "```text", *(entry.awalan + text for text in entry.pesan_lain), "```", ""]
    out += [f"**Penyebab.** {entry.penyebab}", "", f"**Cara memperbaiki.** {entry.perbaikan}", ""]
    if entry.contoh:
        out += [f"Contoh perintah yang memberi pesan ini: `{entry.contoh}`", ""]
    return "\n".join(out)


def _command_sections(toc: list[str], body: list[str]) -> None:
    for key, (title, text) in commands.GROUPS.items():
        entries = [e for e in PERINTAH if e.kelompok == key]
        if not entries:
            continue
        toc.append(f"- [{title}](#{anchor(title)})")
        body += [f"## {title}", "", text, ""]
        for entry in entries:
            toc.append(f"  - [{entry.judul}](#{anchor(entry.judul)})")
            body.append(_command_markdown(entry))


def generate() -> str:
    """The whole page, from running every example through the real checker."""
    groups: dict[str, list[Entri]] = {key: [] for key in GROUPS}
    for entry in ENTRIES:
        groups[entry.kelompok].append(entry)
    toc = ["## Daftar isi", ""]
    body: list[str] = []
    with tempfile.TemporaryDirectory(prefix="zisite-katalog-") as tmp:
        for n, (key, entries) in enumerate(groups.items()):
            if not entries:
                continue
            title, files = GROUPS[key]
            toc.append(f"- [{title}](#{anchor(title)})")
            body += [f"## {title}", "", files, ""]
            for i, entry in enumerate(entries):
                toc.append(f"  - [{entry.judul}](#{anchor(entry.judul)})")
                body += [_entry_markdown(entry, entry_messages(entry, Path(tmp) / f"{n}-{i}"))]
    _command_sections(toc, body)
    return "\n".join([_INTRO, *toc, "", *body]).rstrip() + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m zisite.checks.catalogue",
                                     description="Tulis daftar pesan galat (docs/panduan/pesan-galat.md) "
                                                 "dari contoh yang dijalankan dengan pemeriksa.")
    parser.add_argument("--check", action="store_true",
                        help="jangan menulis; keluar dengan kode 1 bila berkas yang ada sudah usang")
    parser.add_argument("--output", type=Path, default=REPO_ROOT / DOC, metavar="BERKAS",
                        help=f"berkas tujuan (bawaan: {DOC.as_posix()})")
    args = parser.parse_args(argv)
    text = generate()
    current = args.output.read_text(encoding="utf-8") if args.output.is_file() else None
    if args.check:
        if current != text:
            print(f"{args.output}: usang; jalankan `python -m zisite.checks.catalogue`", file=sys.stderr)
            return 1
        return 0
    if current != text:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text(text, encoding="utf-8")
        print(f"{args.output}: ditulis ({len(ENTRIES)} entri data, {len(PERINTAH)} entri perintah)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
