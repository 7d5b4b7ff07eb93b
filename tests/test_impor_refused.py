"""The broken-file corpus: every file `zisite impor` must refuse, with exit 1, an Indonesian
message naming the problem, and nothing written. The files are made here, byte by byte."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

import imporkit
from helpers import run_main

pytest.importorskip("docx")
pytest.importorskip("openpyxl")
pytest.importorskip("pdfplumber")

SMALL = {
    "kantor": "contoh", "tahun": 2026, "judul": "RENCANA AKSI CONTOH",
    "kolom": [{"kunci": "nomor", "judul": "NO"}, {"kunci": "aksi", "judul": "KEGIATAN"},
              {"kunci": "baris", "judul": "INDIKATOR"}, {"kunci": "target_waktu", "judul": "TARGET WAKTU"}],
    "bagian": [{"nomor": "I", "judul": "Manajemen Perubahan", "kelompok": [{"aksi": [
        {"uraian": "Membentuk tim", "baris": [{"uraian": "Tim terbentuk", "target_waktu": "Januari 2026"}]}]}]}],
}


def _docx(tmp: Path) -> Path:
    return imporkit.write_docx(SMALL, tmp / "asal.docx")


def _xlsx(tmp: Path) -> Path:
    return imporkit.write_xlsx(SMALL, tmp / "asal.xlsx")


def _rezip(source: Path, target: Path, add: dict[str, bytes] | None = None, declared: int | None = None) -> Path:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for item in old.infolist():
            new.writestr(item, old.read(item.filename))
        for name, data in (add or {}).items():
            new.writestr(name, data)
    if declared is not None:  # claim a ZIP bomb's size for word/document.xml in the central directory
        data = bytearray(target.read_bytes())
        at = data.find(b"PK\x01\x02")
        while at != -1:
            name_length = int.from_bytes(data[at + 28:at + 30], "little")
            if data[at + 46:at + 46 + name_length] == b"word/document.xml":
                data[at + 24:at + 28] = declared.to_bytes(4, "little")
            at = data.find(b"PK\x01\x02", at + 4)
        target.write_bytes(bytes(data))
    return target


def _bomb(tmp: Path) -> Path:
    return _rezip(_docx(tmp), tmp / "bom.docx", declared=4_000_000_000)


def _zip_bomb_xlsx(tmp: Path) -> Path:
    buffer = tmp / "bom.xlsx"
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (30 * 1024 * 1024))
    return buffer


def _pdf_without_table(tmp: Path) -> Path:
    from reportlab.pdfgen import canvas

    path = tmp / "surat.pdf"
    page = canvas.Canvas(str(path))
    page.drawString(72, 720, "Surat biasa tanpa tabel rencana aksi.")
    page.save()
    return path


def _scanned_pdf(tmp: Path) -> Path:
    from reportlab.pdfgen import canvas

    path = tmp / "pindaian.pdf"
    page = canvas.Canvas(str(path))
    page.rect(72, 500, 300, 200)  # a drawing, no text layer
    page.save()
    return path


def _encrypted_pdf(tmp: Path) -> Path:
    from reportlab.lib import pdfencrypt
    from reportlab.pdfgen import canvas

    path = tmp / "terkunci.pdf"
    page = canvas.Canvas(str(path), encrypt=pdfencrypt.StandardEncryption("rahasia", canPrint=0))
    page.drawString(72, 720, "RENCANA AKSI")
    page.save()
    return path


def _docx_without_table(tmp: Path) -> Path:
    import docx

    document = docx.Document()
    document.add_paragraph("Hanya paragraf, tanpa tabel.")
    path = tmp / "tanpa-tabel.docx"
    document.save(str(path))
    return path


def _csv_without_header(tmp: Path) -> Path:
    path = tmp / "acak.csv"
    path.write_text("a,b,c\n1,2,3\n", encoding="utf-8")
    return path


def _huge_csv(tmp: Path) -> Path:
    path = tmp / "raksasa.csv"
    path.write_text("NO,KEGIATAN,INDIKATOR\n" + "1,a,b\n" * 6000, encoding="utf-8")
    return path


def _bytes(name: str, data: bytes):
    def make(tmp: Path) -> Path:
        path = tmp / name
        path.write_bytes(data)
        return path
    return make


OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 2000
CORPUS = {
    "rusak.docx": (_bytes("rusak.docx", b"PK\x03\x04" + b"\x00" * 200), "rusak"),
    "terpotong.xlsx": (lambda tmp: _bytes("terpotong.xlsx", _xlsx(tmp).read_bytes()[:900])(tmp), "rusak"),
    "rusak.pdf": (_bytes("rusak.pdf", b"%PDF-1.4\n%garbage\n" + b"x" * 300), "tidak dapat dibaca sebagai PDF"),
    "kata-sandi.docx": (_bytes("kata-sandi.docx", OLE), "kata sandi"),
    "kata-sandi.xlsx": (_bytes("kata-sandi.xlsx", OLE), "kata sandi"),
    "terkunci.pdf": (_encrypted_pdf, "kata sandi"),
    "makro.docm": (lambda tmp: _rezip(_docx(tmp), tmp / "makro.docm"), "makro"),
    "makro.xlsm": (lambda tmp: _rezip(_xlsx(tmp), tmp / "makro.xlsm"), "makro"),
    "vba-tersembunyi.docx": (lambda tmp: _rezip(_docx(tmp), tmp / "vba-tersembunyi.docx",
                                                {"word/vbaProject.bin": b"\xd0\xcf\x11\xe0macro"}), "makro"),
    "vba-tersembunyi.xlsx": (lambda tmp: _rezip(_xlsx(tmp), tmp / "vba-tersembunyi.xlsx",
                                                {"xl/vbaProject.bin": b"\xd0\xcf\x11\xe0macro"}), "makro"),
    "bom.docx": (_bomb, "bom ZIP"),
    "bom.xlsx": (_zip_bomb_xlsx, "bom ZIP"),
    "raksasa.csv": (_huge_csv, "terlalu besar"),
    "pdf-bernama.docx": (lambda tmp: _bytes("pdf-bernama.docx", _pdf_without_table(tmp).read_bytes())(tmp),
                         "isinya PDF"),
    "word-bernama.xlsx": (lambda tmp: _bytes("word-bernama.xlsx", _docx(tmp).read_bytes())(tmp),
                          "isinya dokumen Word"),
    "biner.csv": (_bytes("biner.csv", b"\x00\x01\x02binary" * 10), "isinya berkas biner"),
    "kosong.csv": (_bytes("kosong.csv", b""), "kosong"),
    "lama.doc": (_bytes("lama.doc", OLE), "belum dapat diimpor"),
    "gambar.png": (_bytes("gambar.png", b"\x89PNG\r\n\x1a\n"), "tidak dikenal"),
    "tanpa-tabel.docx": (_docx_without_table, "tidak ada tabel rencana aksi"),
    "tanpa-tabel.pdf": (_pdf_without_table, "tidak ada tabel rencana aksi"),
    "pindaian.pdf": (_scanned_pdf, "lapisan teks"),
    "tanpa-judul-kolom.csv": (_csv_without_header, "tidak ada tabel rencana aksi"),
}


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_refused_cleanly(tmp_path, name):
    make, words = CORPUS[name]
    source = make(tmp_path)
    out = tmp_path / "keluar" / "2026.yaml"
    result = run_main("impor", str(source), "--kantor", "contoh", "--tahun", "2026", "--keluar", str(out))
    assert result.code == 1, (result.out, result.err)
    assert result.err.startswith("zisite impor: galat: "), result.err
    assert words in result.err, result.err
    assert imporkit.catalogue_entry(result.err.splitlines()[0]), f"not in the error catalogue: {result.err}"
    assert "Traceback" not in result.err
    assert not out.parent.exists()  # nothing written, not even the folder
    assert result.out == ""


def test_existing_target_is_not_overwritten_without_timpa(tmp_path):
    source = _docx(tmp_path)
    out = tmp_path / "2026.yaml"
    out.write_text("milik staf\n", encoding="utf-8")
    result = run_main("impor", str(source), "--kantor", "contoh", "--tahun", "2026", "--keluar", str(out))
    assert result.code == 1 and "--timpa" in result.err
    assert imporkit.catalogue_entry(result.err.splitlines()[0]).judul == "Berkas tujuan impor sudah ada"
    assert out.read_text(encoding="utf-8") == "milik staf\n"
    assert run_main("impor", str(source), "--kantor", "contoh", "--tahun", "2026", "--keluar", str(out),
                    "--timpa").code == 0
    assert "Membentuk tim" in out.read_text(encoding="utf-8")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temporary left


def test_periksa_writes_nothing(tmp_path):
    out = tmp_path / "plans" / "contoh" / "2026.yaml"
    result = run_main("impor", str(_xlsx(tmp_path)), "--kantor", "contoh", "--tahun", "2026",
                      "--keluar", str(out), "--periksa")
    assert result.code == 0
    assert "hanya diperiksa" in result.out and "Ringkasan: 1 bagian, 1 kelompok, 1 aksi, 1 baris." in result.out
    assert not out.parent.exists()


def test_without_the_extra_it_says_how_to_install(tmp_path, monkeypatch):
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "pdfplumber" else real(name, *a))
    result = run_main("impor", str(_docx(tmp_path)), "--kantor", "contoh", "--tahun", "2026", "--periksa")
    assert result.code == 2
    assert "pustaka impor belum terpasang (pdfplumber)" in result.err
    assert imporkit.catalogue_entry(result.err.splitlines()[0]).judul == "Pustaka impor belum terpasang"
    assert "pip install 'zisite[impor]'" in result.err


def test_help_is_indonesian():
    result = run_main("impor", "--help")
    assert result.code == 0
    for words in ("penggunaan: zisite impor", "Membaca tabel rencana aksi", "--periksa", "hanya laporkan",
                  "--timpa", "Kode keluar"):
        assert words in result.out
    assert "usage" not in result.out and "show this help" not in result.out


@pytest.mark.parametrize("args,words", [
    (["--kantor", "Bukan Slug"], "slug kantor"),
    (["--kolom", "tanpa tanda sama dengan"], "--kolom"),
    (["--tahun", "1999"], "di luar"),
])
def test_usage_errors_exit_2(tmp_path, args, words):
    base = {"--kantor": "contoh", "--tahun": "2026"}
    for flag, value in zip(args[::2], args[1::2]):
        base[flag] = value
    flat = [x for pair in base.items() for x in pair]
    result = run_main("impor", str(_docx(tmp_path)), *flat, "--periksa")
    assert result.code == 2 and words in result.err
    assert imporkit.catalogue_entry(result.err.splitlines()[0]), f"not in the error catalogue: {result.err}"


@pytest.mark.parametrize("kind", ["docx", "xlsx", "pdf", "csv"])
def test_damaged_copies_never_crash(tmp_path, kind):
    """Bytes overwritten across a valid file: each copy is imported or refused, never a traceback."""
    import random

    pytest.importorskip("reportlab")
    good = imporkit.WRITERS[kind](SMALL, tmp_path / f"asal.{kind}").read_bytes()
    chance = random.Random(f"impor-{kind}")  # the same copies on every run
    for number in range(40):
        data = bytearray(good)
        for _ in range(chance.randint(1, 8)):
            at = chance.randrange(len(data))
            data[at:at + 4] = bytes(chance.randrange(256) for _ in range(4))[: len(data) - at]
        source = tmp_path / f"rusak-{number}.{kind}"
        source.write_bytes(bytes(data))
        out = tmp_path / f"keluar-{number}" / "2026.yaml"
        result = run_main("impor", str(source), "--kantor", "contoh", "--tahun", "2026", "--keluar", str(out))
        assert result.code in (0, 1), (number, result.err)
        assert "Traceback" not in result.err
        assert out.exists() == (result.code == 0), (number, result.err)


def test_a_target_that_cannot_be_written_is_an_error_and_nothing_is_left(tmp_path):
    source = _docx(tmp_path)
    out = tmp_path / "2026.yaml"
    out.mkdir()  # a folder where the file should go: the replace fails
    result = run_main("impor", str(source), "--kantor", "contoh", "--tahun", "2026", "--keluar", str(out), "--timpa")
    assert result.code == 1 and f"'{out.as_posix()}' tidak dapat ditulis" in result.err
    assert out.is_dir() and list(out.iterdir()) == []
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temporary left
