"""Other offices' layouts: other column orders and words, numbering 'A.' / 'a.' / '1)' / Roman,
lists in cells, a missing level, extra columns, title rows above the header, CSV dialects,
`--kolom`; and the pure parts (roles, numbers, signatures, CSV sniffing) directly."""

from __future__ import annotations

import copy
import csv
import io

import pytest
import yaml

import imporkit
from helpers import MINIMAL_OFFICE, ROOT, build_site, run_main

pytest.importorskip("docx")
pytest.importorskip("openpyxl")
pytest.importorskip("pdfplumber")

from zisite.impor import around, numbering, read_csv, roles  # noqa: E402


def _row(uraian, bukti, waktu, capaian, nomor=None, **extra):
    row = {"uraian": uraian, "bukti_fisik": bukti, "target_waktu": waktu, "target_capaian": capaian}
    row = {"nomor": nomor, **row} if nomor else row
    return {**row, "kolom_lain": extra} if extra else row


# Bagian as group rows numbered 'A.'; kelompok numbered in NO; aksi 'a.' and baris '1)' in their cells;
# targets before evidence; extra columns: penanggung jawab per row, keterangan once for an aksi (a cell
# merged over its two rows) and per row.
LETTERS = {
    "kantor": "contoh", "tahun": 2026, "judul": "RENCANA AKSI ZONA INTEGRITAS KPU KOTA CONTOH TAHUN 2026",
    "kolom": [{"kunci": "nomor", "judul": "No."}, {"kunci": "kelompok", "judul": "Sub Area"},
              {"kunci": "aksi", "judul": "Rencana Kegiatan"}, {"kunci": "baris", "judul": "Output / Indikator"},
              {"kunci": "target_waktu", "judul": "Jadwal"}, {"kunci": "target_capaian", "judul": "Target"},
              {"kunci": "bukti_fisik", "judul": "Data Dukung"},
              {"kunci": "penanggung_jawab", "judul": "Penanggung Jawab"}, {"kunci": "keterangan", "judul": "Ket."}],
    "pengesahan": {"tempat": "Contoh", "tanggal": "2026-02-02", "teks": "Contoh, 2 Februari 2026"},
    "penandatangan": [{"jabatan": "Ketua Tim Kerja,", "keterangan": "ttd", "nama": "Siti Aminah"}],
    "bagian": [
        {"nomor": "A.", "judul": "Manajemen Perubahan", "kelompok": [
            {"nomor": "1.", "judul": "Tim Kerja", "aksi": [
                {"nomor": "a.", "uraian": "Membentuk tim kerja", "kolom_lain": {"keterangan": "Wajib"}, "baris": [
                    _row("SK tim kerja", "Salinan SK", "Januari 2026", "1 (satu) Dokumen", "1)",
                         penanggung_jawab="Sekretaris"),
                    _row("Pakta integritas", ["Pakta integritas", "Daftar hadir"], ["Januari 2026", "Juli 2026"],
                         "2 (dua) Dokumen", "2)", penanggung_jawab="Kasubbag Umum")]},
                {"nomor": "b.", "uraian": "Rapat evaluasi", "baris": [
                    _row("Notula rapat", "Notula", "Per Triwulan", "4 (empat) Laporan",
                         keterangan=["Rapat pimpinan", "Rapat tim"])]}]},
            {"nomor": "2.", "judul": "Budaya Kerja", "aksi": [
                {"uraian": "Apel pagi", "baris": [_row("Daftar hadir apel", "Daftar hadir", "Setiap bulan",
                                                        "12 (dua belas) Laporan")]}]}]},
        {"nomor": "B.", "judul": "Penguatan Pengawasan", "kelompok": [
            {"nomor": "1.", "judul": "Pengendalian Gratifikasi", "aksi": [
                {"nomor": "a.", "uraian": "Sosialisasi gratifikasi", "baris": [
                    _row("Materi sosialisasi", "Foto kegiatan", "Maret 2026", "1 (satu) Kegiatan", "1)")]}]}]},
    ],
}

# Roman bagian numbers in their own column, no kelompok column at all, '(i)' rows.
ROMAN = {
    "kantor": "contoh", "tahun": 2026, "judul": "RENCANA AKSI PEMBANGUNAN ZONA INTEGRITAS TAHUN 2026",
    "kolom": [{"kunci": "nomor", "judul": "NOMOR"}, {"kunci": "bagian", "judul": "AREA PERUBAHAN"},
              {"kunci": "aksi", "judul": "KEGIATAN"}, {"kunci": "baris", "judul": "LANGKAH KERJA"},
              {"kunci": "bukti_fisik", "judul": "BUKTI"}, {"kunci": "target_waktu", "judul": "WAKTU"},
              {"kunci": "target_capaian", "judul": "CAPAIAN"}],
    "pengesahan": {"tempat": "Contoh", "tanggal": "2026-01-05", "teks": "Contoh, 5 Januari 2026"},
    "penandatangan": [{"jabatan": "Sekretaris,", "nama": "Budi"}],
    "bagian": [
        {"nomor": "I", "judul": "Penataan Tatalaksana", "kelompok": [{"aksi": [
            {"nomor": "1.", "uraian": "Menyusun SOP", "baris": [
                _row("SOP disusun", "Dokumen SOP", "Februari 2026", "1 (satu) Dokumen", "(i)"),
                _row("SOP diterapkan", "Laporan", "Per Semester", "2 (dua) Laporan", "(ii)")]}]}]},
        {"nomor": "II", "judul": "Penataan Sistem Manajemen SDM", "kelompok": [{"aksi": [
            {"nomor": "1.", "uraian": "Pemutakhiran data pegawai", "baris": [
                _row("Data mutakhir", "Laporan", "Sesuai kebutuhan", "Seluruh pegawai")]}]}]},
    ],
}


# The same with 'Ket.' printed once for the whole kelompok 'Tim Kerja' (one cell merged over its two aksi).
GROUPED = copy.deepcopy(LETTERS)
_tim = GROUPED["bagian"][0]["kelompok"][0]
_tim["aksi"][0].pop("kolom_lain")
_tim["aksi"][1]["baris"][0].pop("kolom_lain")
_tim["kolom_lain"] = {"keterangan": "Area I"}


def _expected(plan: dict, merges: bool = True) -> dict:
    """What importing ``plan``'s rendering gives. ``merges=False`` (a CSV holds no merged cells): a
    kelompok's or aksi's extra-column value sits in its first row only, so it is read as that row's."""
    plan = copy.deepcopy(plan)
    if not merges:
        for b in plan["bagian"]:
            for k in b["kelompok"]:
                owners = [(k, k["aksi"][0]["baris"][0])] + [(a, a["baris"][0]) for a in k["aksi"]]
                for owner, first_row in owners:
                    for key, value in owner.pop("kolom_lain", {}).items():
                        first_row.setdefault("kolom_lain", {})[key] = value
    return imporkit.published(plan, markup=False)


@pytest.mark.parametrize("kind", ["docx", "xlsx", "csv", "pdf"])
@pytest.mark.parametrize("name,plan", [("huruf", LETTERS), ("romawi", ROMAN), ("kelompok", GROUPED)])
def test_other_layouts_import_cell_for_cell(tmp_path, kind, name, plan):
    source = imporkit.WRITERS[kind](plan, tmp_path / f"{name}.{kind}")
    out = tmp_path / "hasil.yaml"
    result = run_main("impor", str(source), "--kantor", "contoh", "--tahun", "2026", "--keluar", str(out))
    assert result.code == 0, result.err
    got = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert imporkit.published(got, markup=False) == _expected(plan, merges=kind != "csv")
    assert got["pengesahan"]["tanggal"].isoformat() == plan["pengesahan"]["tanggal"]
    assert got["penandatangan"] == plan["penandatangan"]


def test_extra_column_is_reported_with_its_values_and_locations(tmp_path):
    source = imporkit.write_xlsx(LETTERS, tmp_path / "huruf.xlsx")
    result = run_main("impor", str(source), "--kantor", "contoh", "--tahun", "2026", "--periksa")
    assert "Penanggung Jawab → kolom tambahan 'penanggung_jawab'" in result.out
    assert "Penanggung Jawab → penanggung_jawab: 2 sel berisi (2 di baris)" in result.out
    assert "baris 1.1.1.1: Sekretaris" in result.out and "baris 1.1.1.2: Kasubbag Umum" in result.out
    assert "Ket. → keterangan: 2 sel berisi (1 di aksi, 1 di baris)" in result.out
    assert "aksi 1.1.1: Wajib" in result.out and "baris 1.1.2.1: Rapat pimpinan | Rapat tim" in result.out


@pytest.fixture(scope="module")
def imported(tmp_path_factory):
    """A project of two offices whose plans come from `zisite impor`: 'contoh' from the Word file
    with extra columns, 'belum' from a sheet with no signing block; checked, then built (MkDocs)."""
    base = tmp_path_factory.mktemp("impor-situs")
    repo = base / "repo"
    (repo / "content" / "halaman").mkdir(parents=True)
    (repo / "mkdocs.yml").write_text((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), encoding="utf-8")
    unsigned = {k: v for k, v in ROMAN.items() if k not in ("pengesahan", "penandatangan")}
    reports = {}
    for slug, plan, kind in (("contoh", LETTERS, "docx"), ("belum", unsigned, "xlsx")):
        office = repo / "content" / "offices" / slug / "office.yaml"
        office.parent.mkdir(parents=True)
        office.write_text(MINIMAL_OFFICE.replace("Contoh", slug.capitalize()), encoding="utf-8")
        source = imporkit.WRITERS[kind](plan, base / f"{slug}.{kind}")
        reports[slug] = run_main("impor", str(source), "--kantor", slug, "--tahun", "2026",
                                 "--keluar", str(repo / "plans" / slug / "2026.yaml"))
        assert reports[slug].code == 0, reports[slug].err
    check = run_main("check", str(repo))
    site = build_site(base / "site", config=repo / "mkdocs.yml") if check.code == 0 else None
    return repo, reports, check, site


def _cells(site, office: str) -> dict[str, list]:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup((site / office / "rencana-aksi" / "2026" / "index.html").read_text(encoding="utf-8"),
                         "html.parser")
    return {key: [(" ".join(td.get_text(" ").split()), td.get("rowspan", "1"))
                  for td in soup.select(f"td.zi-extra--{key}")] for key in ("penanggung_jawab", "keterangan")}


def test_imported_plans_pass_check_without_hidden_or_unused_columns(imported):
    _, _, check, _ = imported
    assert check.code == 0, check.out
    assert "0 galat" in check.out and "plan-column" not in check.out and "tidak ditampilkan" not in check.out


def test_extra_columns_reach_the_built_plan_page_as_printed(imported):
    repo, _, _, site = imported
    from bs4 import BeautifulSoup

    soup = BeautifulSoup((site / "contoh" / "rencana-aksi" / "2026" / "index.html").read_text(encoding="utf-8"),
                         "html.parser")
    heads = [th.get_text() for th in soup.select("table.zi-plan")[0].select("thead th")]
    assert heads[-3:] == ["Penanggung Jawab", "Ket.", "Pemantauan"]
    cells = _cells(site, "contoh")
    assert cells["penanggung_jawab"][:2] == [("Sekretaris", "1"), ("Kasubbag Umum", "1")]
    # 'Wajib' was one cell merged over the aksi's two rows, and is one again.
    assert ("Wajib", "2") in cells["keterangan"] and ("Rapat pimpinan Rapat tim", "1") in cells["keterangan"]


def test_extra_columns_reach_the_csv_download(imported):
    _, _, _, site = imported
    rows = list(csv.DictReader(io.StringIO((site / "contoh" / "data" / "rencana-aksi-2026.csv").read_text(
        encoding="utf-8"))))
    assert list(rows[0])[-2:] == ["penanggung_jawab", "keterangan"]
    assert [r["penanggung_jawab"] for r in rows] == ["Sekretaris", "Kasubbag Umum", "", "", ""]
    assert [r["keterangan"] for r in rows] == ["Wajib", "Wajib", "Rapat pimpinan | Rapat tim", "", ""]


def test_no_signing_block_writes_no_pengesahan_and_the_page_says_belum_ditetapkan(imported):
    repo, reports, check, site = imported
    written = yaml.safe_load((repo / "plans" / "belum" / "2026.yaml").read_text(encoding="utf-8"))
    assert "pengesahan" not in written and written["penandatangan"] == []
    assert "'pengesahan' tidak ditulis" in reports["belum"].out
    assert "plans/belum/2026.yaml" in check.out and "belum memuat penandatangan" in check.out  # a warning only
    page = (site / "belum" / "rencana-aksi" / "2026" / "index.html").read_text(encoding="utf-8")
    assert "<dt>Ditetapkan</dt><dd>Belum ditetapkan</dd>" in page and "Rencana aksi ini belum ditetapkan." in page


def test_title_rows_inside_the_table_get_a_column_so_check_hides_nothing(tmp_path):
    """NO, KEGIATAN, INDIKATOR: the bagian and then the kelompok are title rows across the table."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["RENCANA AKSI ZONA INTEGRITAS TAHUN 2026"])
    sheet.append(["NO", "KEGIATAN", "INDIKATOR", "TARGET WAKTU", "TARGET CAPAIAN", "KETERANGAN"])
    sheet.append(["I", "Manajemen Perubahan"])
    sheet.append([None, "A. Tim Kerja"])
    sheet.append(["1.", "Membentuk tim", "SK tim", "Januari 2026", "1 (satu) Dokumen"])
    sheet.append(["2.", "Rapat evaluasi", "Notula", "Per Triwulan", "4 (empat) Laporan"])
    sheet.merge_cells("B3:F3")
    sheet.merge_cells("B4:F4")
    book.save(tmp_path / "judul.xlsx")
    (tmp_path / "content" / "offices" / "contoh").mkdir(parents=True)
    (tmp_path / "content" / "offices" / "contoh" / "office.yaml").write_text(MINIMAL_OFFICE, encoding="utf-8")
    result = run_main("impor", str(tmp_path / "judul.xlsx"), "--kantor", "contoh", "--tahun", "2026",
                      "--keluar", str(tmp_path / "plans" / "contoh" / "2026.yaml"))
    assert result.code == 0, result.err
    assert "ditambahkan kolom 'KOMPONEN' agar isinya tampil di situs" in result.out
    assert "KETERANGAN: kosong di semua baris; tidak ditulis ke 'kolom'" in result.out
    written = yaml.safe_load((tmp_path / "plans" / "contoh" / "2026.yaml").read_text(encoding="utf-8"))
    assert [c["kunci"] for c in written["kolom"]] == ["nomor", "kelompok", "aksi", "baris", "target_waktu",
                                                       "target_capaian"]
    assert written["bagian"][0]["kelompok"][0]["judul"] == "Tim Kerja"
    check = run_main("check", str(tmp_path))
    assert check.code == 0 and "tidak ditampilkan" not in check.out and "plan-column" not in check.out, check.out


def test_unsure_cells_are_listed_with_their_location(tmp_path):
    source = imporkit.write_xlsx(ROMAN, tmp_path / "romawi.xlsx")
    result = run_main("impor", str(source), "--kantor", "contoh", "--tahun", "2026", "--periksa")
    unsure = result.out.split("Perlu diperiksa")[1]
    assert "'Rencana Aksi'!F6: target waktu 'Sesuai kebutuhan' tidak dapat dibaca sebagai jadwal" in unsure
    assert "'Rencana Aksi'!G6: target capaian 'Seluruh pegawai' tidak memuat angka" in unsure
    listed = [line for line in unsure.split("\n\n")[0].splitlines()[1:] if line.startswith("  - ")]
    assert len(listed) >= 2
    for line in listed:  # each one explained in the error catalogue, as the clerk reads it
        assert imporkit.catalogue_entry(line), f"not in the error catalogue: {line}"


def test_kolom_names_a_column_the_words_do_not(tmp_path):
    plan = copy.deepcopy(ROMAN)
    plan["kolom"][2]["judul"] = "HAL YANG DILAKUKAN"
    source = imporkit.write_csv(plan, tmp_path / "asing.csv")
    guessed = run_main("impor", str(source), "--kantor", "contoh", "--tahun", "2026", "--periksa")
    assert "HAL YANG DILAKUKAN → kolom tambahan 'hal_yang_dilakukan'" in guessed.out
    assert "Ringkasan: 2 bagian, 2 kelompok, 2 aksi, 3 baris." in guessed.out  # one aksi per bagian: no column
    told = run_main("impor", str(source), "--kantor", "contoh", "--tahun", "2026", "--periksa",
                    "--kolom", "hal yang dilakukan=aksi")
    assert "HAL YANG DILAKUKAN → aksi" in told.out and "(ditentukan dengan --kolom)" in told.out


def test_kolom_finds_a_table_whose_headings_zisite_does_not_know(tmp_path):
    """The refusal's hint says to name the columns with --kolom: then the table is found."""
    source = tmp_path / "asing.csv"
    source.write_text("No,Hal yang dikerjakan,Hasil yang diharapkan,Kapan\n"
                      "1,Membentuk tim,Tim terbentuk,Januari 2026\n", encoding="utf-8")
    refused = run_main("impor", str(source), "--kantor", "contoh", "--tahun", "2026", "--periksa")
    assert refused.code == 1 and "tidak ada tabel rencana aksi" in refused.err and "--kolom" in refused.err
    told = run_main("impor", str(source), "--kantor", "contoh", "--tahun", "2026", "--periksa", "--kolom",
                    "hal yang dikerjakan=aksi,hasil yang diharapkan=baris,kapan=target_waktu")
    assert told.code == 0, told.err
    assert "Hasil yang diharapkan → baris" in told.out and "Kapan → target_waktu" in told.out
    assert "Ringkasan: 1 bagian, 1 kelompok, 1 aksi, 1 baris." in told.out


@pytest.mark.parametrize("delimiter,encoding,suffix", [(";", "cp1252", ".csv"), ("\t", "utf-8", ".tsv"),
                                                       (",", "utf-8-sig", ".csv")])
def test_csv_dialects_excel_writes(tmp_path, delimiter, encoding, suffix):
    plan = copy.deepcopy(LETTERS)
    plan["bagian"][0]["judul"] = "Manajemen Perubahan – Budaya Kerja"  # an en dash: cp1252 has it
    source = imporkit.write_csv(plan, tmp_path / f"dialek{suffix}", delimiter=delimiter, encoding=encoding)
    out = tmp_path / "hasil.yaml"
    assert run_main("impor", str(source), "--kantor", "contoh", "--tahun", "2026", "--keluar", str(out)).code == 0
    got = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert got["bagian"][0]["judul"] == "Manajemen Perubahan – Budaya Kerja"
    assert imporkit.published(got, markup=False) == _expected(plan, merges=False)


# --- the pure parts --------------------------------------------------------------------------

@pytest.mark.parametrize("headings,want", [
    (["NO", "KOMPONEN PENGUNGKIT", "ASPEK PEMENUHAN", "KEGIATAN/AKSI", "INDIKATOR", "BUKTI FISIK",
      "TARGET WAKTU PELAKSANAAN", "TARGET CAPAIAN"],
     ["nomor", "bagian", "kelompok", "aksi", "baris", "bukti_fisik", "target_waktu", "target_capaian"]),
    (["NO", "KOMPONEN", "INDIKATOR", "LANGKAH AKSI", "BUKTI FISIK", "TARGET WAKTU", "TARGET CAPAIAN"],
     ["nomor", "kelompok", "aksi", "baris", "bukti_fisik", "target_waktu", "target_capaian"]),
    (["No.", "Area", "Kegiatan", "Indikator", "Jadwal", "Keterangan"],
     ["nomor", "bagian", "aksi", "baris", "target_waktu", "keterangan"]),
])
def test_roles_level_tree_columns_from_the_right(headings, want):
    assert [c.role for c in roles.assign(headings, [None] * len(headings), {})] == want


@pytest.mark.parametrize("text,want", [
    ("2. Melaksanakan rapat", ("2.", "Melaksanakan rapat")), ("a. bahwa", ("a.", "bahwa")),
    ("1) Tim terbentuk", ("1)", "Tim terbentuk")), ("IV. Area", ("IV.", "Area")), ("(ii) SOP", ("(ii)", "SOP")),
    ("1 (satu) Laporan", (None, "1 (satu) Laporan")), ("Di. tempat", (None, "Di. tempat")),
    ("(SPIP)", (None, "(SPIP)")), ("Januari s.d. Februari", (None, "Januari s.d. Februari")),
])
def test_numbering_split(text, want):
    assert numbering.split(text) == want


def test_signatures_read_both_seed_styles():
    signing, signers, _ = around.signatures(["Salakan, 31 Oktober 2025", "Ketua Tim Pelaksana,", "Nurul Huda"])
    assert signing == {"tempat": "Salakan", "tanggal": "2025-10-31", "teks": "Salakan, 31 Oktober 2025"}
    assert signers == [{"jabatan": "Ketua Tim Pelaksana,", "nama": "Nurul Huda"}]
    # Sigi's annex repeats only the signatures, wrapped as printed; place and date are the decree's.
    signing, signers, _ = around.signatures(
        ["Salinan sesuai dengan aslinya", "SEKRETARIAT KOMISI PEMILIHAN UMUM", "KABUPATEN SIGI",
         "Kepala Sub Bagian Teknis Penyelenggaraan Pemilu", "dan Hukum,", "Sasli",
         "KETUA KOMISI PEMILIHAN UMUM", "KABUPATEN SIGI,", "ttd", "SOLEMAN"],
        before=["Ditetapkan di Sigi", "pada tanggal 21 Januari 2026"])
    assert signing == {"tempat": "Sigi", "tanggal": "2026-01-21", "teks": "pada tanggal 21 Januari 2026"}
    assert signers == [
        {"jabatan": "Kepala Sub Bagian Teknis Penyelenggaraan Pemilu dan Hukum,", "nama": "Sasli",
         "instansi": "SEKRETARIAT KOMISI PEMILIHAN UMUM KABUPATEN SIGI", "salinan": True},
        {"jabatan": "KETUA KOMISI PEMILIHAN UMUM KABUPATEN SIGI,", "nama": "SOLEMAN", "keterangan": "ttd"}]


@pytest.mark.parametrize("text,want", [("a;b;c\n1;2;3\n", ";"), ("a\tb\n1\t2\n", "\t"),
                                       ('a,"b; c",d\n1,2,3\n', ",")])
def test_csv_delimiter_sniffing(text, want):
    assert read_csv.delimiter(text) == want


def test_csv_decoding_falls_back_to_windows_1252():
    assert read_csv.decode("\ufeffNO;KEGIATAN".encode("utf-8")) == "NO;KEGIATAN"
    assert read_csv.decode("Pelaksanaan – tahap".encode("cp1252")) == "Pelaksanaan – tahap"


def test_word_automatic_numbers_are_read_as_printed(tmp_path):
    """A NO column typed as a Word numbered list holds no text; Word still prints 1., 2., …"""
    import docx

    document = docx.Document()
    document.add_paragraph("RENCANA AKSI ZONA INTEGRITAS TAHUN 2026")
    table = document.add_table(rows=5, cols=5)
    for c, heading in enumerate(["NO", "KOMPONEN", "INDIKATOR", "LANGKAH AKSI", "TARGET WAKTU"]):
        table.cell(0, c).text = heading
    group = table.cell(1, 1).merge(table.cell(1, 4))
    group.text = "Manajemen Perubahan"
    table.cell(1, 0).text = "I"
    for r, (komponen, indikator, langkah) in enumerate([("Tim Kerja", "SK tim", "Membentuk tim"),
                                                         ("Rencana Aksi", "Dokumen", "Menyusun"),
                                                         ("Budaya Kerja", "Apel", "Apel pagi")], 2):
        table.cell(r, 0).paragraphs[0].style = document.styles["List Number"]  # the number, no text
        table.cell(r, 1).text = komponen
        table.cell(r, 2).text = indikator
        table.cell(r, 3).text = langkah
        table.cell(r, 4).text = "Januari 2026"
    source = tmp_path / "otomatis.docx"
    document.save(str(source))
    out = tmp_path / "hasil.yaml"
    assert run_main("impor", str(source), "--kantor", "contoh", "--tahun", "2026", "--keluar", str(out)).code == 0
    got = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert got["bagian"][0]["nomor"] == "I"
    assert [(k["nomor"], k["judul"]) for k in got["bagian"][0]["kelompok"]] == [
        ("1.", "Tim Kerja"), ("2.", "Rencana Aksi"), ("3.", "Budaya Kerja")]


def test_a_word_table_split_into_one_table_per_page_is_one_plan(tmp_path):
    import docx

    source = imporkit.write_docx(LETTERS, tmp_path / "utuh.docx")
    document = docx.Document(str(source))
    body = document.element.body
    first = document.tables[0]._tbl
    second = copy.deepcopy(first)
    rows = first.findall(docx.oxml.ns.qn("w:tr"))
    cut = 6  # the header and the first five body rows stay in the first table; the second repeats the header
    for tr in rows[cut:]:
        first.remove(tr)
    kept = second.findall(docx.oxml.ns.qn("w:tr"))
    for tr in kept[1:cut]:
        second.remove(tr)
    first.addnext(second)
    first.addnext(body.makeelement(docx.oxml.ns.qn("w:p"), {}))
    split = tmp_path / "terbelah.docx"
    document.save(str(split))
    result = run_main("impor", str(split), "--kantor", "contoh", "--tahun", "2026", "--periksa")
    assert result.code == 0, result.err
    assert "Ringkasan: 2 bagian, 3 kelompok, 4 aksi, 5 baris." in result.out


def test_a_heading_over_two_columns_names_both(tmp_path):
    """'TARGET' merged over 'WAKTU' and 'CAPAIAN', repeated on the next page as Excel prints it."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["RENCANA AKSI ZONA INTEGRITAS TAHUN 2026"])
    for _ in range(2):
        sheet.append(["NO", "KEGIATAN", "INDIKATOR", "TARGET", None])
        sheet.append([None, None, None, "WAKTU", "CAPAIAN"])
        sheet.append(["I", "Manajemen Perubahan"])
        sheet.append(["1.", "Membentuk tim", "Tim terbentuk", "Januari 2026", "1 (satu) Dokumen"])
    for top in (2, 6):
        sheet.merge_cells(f"D{top}:E{top}")
        for column in "ABC":
            sheet.merge_cells(f"{column}{top}:{column}{top + 1}")
    source = tmp_path / "dua-baris.xlsx"
    book.save(str(source))
    result = run_main("impor", str(source), "--kantor", "contoh", "--tahun", "2026", "--periksa")
    assert result.code == 0, result.err
    assert "TARGET WAKTU → target_waktu" in result.out and "TARGET CAPAIAN → target_capaian" in result.out
    assert "Ringkasan: 2 bagian, 2 kelompok, 2 aksi, 2 baris." in result.out


def test_an_excel_date_cell_reads_as_it_is_shown(tmp_path):
    """Excel turns a typed 'Januari 2026' into a date; what the sheet shows is what is imported."""
    import datetime as dt

    from openpyxl import load_workbook

    source = imporkit.write_xlsx(ROMAN, tmp_path / "tanggal.xlsx")
    book = load_workbook(source)
    sheet = book.active
    cell = next(c for row in sheet.iter_rows() for c in row if c.value == "Februari 2026")
    cell.value = dt.datetime(2026, 2, 1)
    cell.number_format = "mmmm yyyy"
    book.save(source)
    out = tmp_path / "hasil.yaml"
    result = run_main("impor", str(source), "--kantor", "contoh", "--tahun", "2026", "--keluar", str(out))
    assert result.code == 0, result.err
    got = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert imporkit.published(got, markup=False) == _expected(ROMAN)
    assert f"'Rencana Aksi'!{cell.coordinate}: sel tanggal Excel ditulis 'Februari 2026'" in result.out


def test_excel_sep_line_names_the_delimiter(tmp_path):
    source = imporkit.write_csv(ROMAN, tmp_path / "sep.csv", delimiter="|")
    source.write_text("sep=|\n" + source.read_text(encoding="utf-8-sig"), encoding="utf-8")
    result = run_main("impor", str(source), "--kantor", "contoh", "--tahun", "2026", "--periksa")
    assert "Ringkasan: 2 bagian, 2 kelompok, 2 aksi, 3 baris." in result.out, result.out + result.err


def test_word_rows_inside_content_controls_are_read(tmp_path):
    """Templates wrap rows in content controls (w:sdt); their rows are rows all the same."""
    import docx
    from docx.oxml.ns import qn

    source = imporkit.write_docx(ROMAN, tmp_path / "sdt.docx")
    document = docx.Document(str(source))
    tbl = document.tables[0]._tbl
    rows = tbl.findall(qn("w:tr"))
    sdt = tbl.makeelement(qn("w:sdt"), {})
    content = sdt.makeelement(qn("w:sdtContent"), {})
    sdt.append(content)
    rows[2].addprevious(sdt)
    for tr in rows[2:4]:
        content.append(tr)
    document.save(str(source))
    out = tmp_path / "hasil.yaml"
    assert run_main("impor", str(source), "--kantor", "contoh", "--tahun", "2026", "--keluar", str(out)).code == 0
    assert imporkit.published(yaml.safe_load(out.read_text(encoding="utf-8")), markup=False) == _expected(ROMAN)


def test_a_plan_without_signatures_is_written_and_what_is_missing_is_said(tmp_path):
    plan = {k: v for k, v in ROMAN.items() if k not in ("pengesahan", "penandatangan")}
    source = imporkit.write_csv(plan, tmp_path / "belum.csv")
    out = tmp_path / "hasil.yaml"
    result = run_main("impor", str(source), "--kantor", "contoh", "--tahun", "2026", "--keluar", str(out))
    assert result.code == 0 and out.exists()
    assert "tempat dan tanggal penandatanganan tidak ditemukan" in result.out
    unsure = result.out.split("Perlu diperiksa")[1].split("\n\n")[0].splitlines()[1:]
    assert unsure
    for line in unsure:
        assert imporkit.catalogue_entry(line), f"not in the error catalogue: {line}"
    assert yaml.safe_load(out.read_text(encoding="utf-8"))["penandatangan"] == []


def test_model_problems_are_located_as_staff_count():
    from zisite.impor.command import _model_problems
    from zisite.impor.note import Note

    problems = _model_problems({"kantor": "contoh", "tahun": 2026, "judul": "X", "kolom": [
        {"kunci": "nomor", "judul": "NO"}, {"kunci": "baris", "judul": "INDIKATOR"}],
        "pengesahan": {"tempat": "Contoh", "tanggal": "2026-01-02"}, "penandatangan": [],
        "bagian": [{"judul": "", "kelompok": []}]})
    assert Note("bagian 1 › judul", "belum sah (tidak boleh kosong); perbaiki lalu jalankan zisite check", True) \
        in problems
    assert all(imporkit.catalogue_entry(f"  - {n.where}: {n.message}") for n in problems)  # as the report prints it


@pytest.mark.parametrize("heading,key", [
    ("Penanggung Jawab", "penanggung_jawab"), ("URAIAN", "uraian_kolom"), ("Judul", "judul_kolom"),
    ("Baris", "baris_kolom"), ("5W1H / Catatan", "catatan"), ("2026", "kolom"), ("", "kolom"),
    ("Unit kerja yang bertanggung jawab atas pelaksanaan kegiatan", "unit_kerja_yang_bertanggung_jawab_atas"),
])
def test_extra_keys_are_valid_declared_column_keys(heading, key):
    from zisite.models.plan import EXTRA_KEY, FIXED_KEYS, RESERVED_KEYS

    assert roles.extra_key(heading) == key
    assert EXTRA_KEY.fullmatch(key) and key not in FIXED_KEYS + RESERVED_KEYS


def test_two_columns_with_the_same_words_get_two_keys():
    columns = roles.assign(["NO", "KEGIATAN", "INDIKATOR", "CATATAN", "KETERANGAN"], [None] * 5, {})
    assert [c.role for c in columns][-2:] == ["keterangan", "keterangan_2"]


def test_kolom_refuses_a_key_the_site_already_uses(tmp_path):
    source = imporkit.write_csv(ROMAN, tmp_path / "romawi.csv")
    result = run_main("impor", str(source), "--kantor", "contoh", "--tahun", "2026", "--periksa",
                      "--kolom", "CAPAIAN=tahun")
    assert result.code == 2
    assert "'tahun' sudah dipakai situs dan tidak dapat menjadi nama kolom tambahan" in result.err


@pytest.mark.parametrize("heading,role", [
    ("SUB BAGIAN PELAKSANA", "penanggung_jawab"), ("TARGET KEGIATAN", "target_capaian"), ("OUTPUT", "output"),
    ("Output / Indikator", "pohon"), ("Area", "atas"), ("Tenggat", "target_waktu"), ("HAL YANG DILAKUKAN", None),
])
def test_heading_words(heading, role):
    assert roles.guess(heading) == role


def test_a_decree_read_from_wrapped_lines():
    """As a PDF's text layer gives it: heads and items wrapped over several lines."""
    from zisite.impor import decree

    doc, problems = decree.parse([
        "KOMISI PEMILIHAN UMUM", "KABUPATEN SIGI", "KEPUTUSAN KOMISI PEMILIHAN UMUM", "KABUPATEN SIGI",
        "NOMOR 12 TAHUN 2026", "TENTANG", "RENCANA AKSI PEMBANGUNAN ZONA INTEGRITAS", "TAHUN 2026",
        "KETUA KOMISI PEMILIHAN UMUM KABUPATEN SIGI,", "Menimbang : a. bahwa sehubungan dengan", "pencanangan;",
        "b. bahwa berdasarkan pertimbangan;", "Mengingat : 1. Undang-Undang Nomor 28 Tahun 1999;",
        "MEMUTUSKAN:", "Menetapkan : KEPUTUSAN TENTANG RENCANA AKSI.", "KESATU : Menetapkan Rencana Aksi",
        "sebagaimana tercantum dalam Lampiran.", "KEDUA : Keputusan ini mulai berlaku.", "Ditetapkan di Sigi,",
        "pada tanggal 21 Januari 2026", "LAMPIRAN KEPUTUSAN KOMISI PEMILIHAN UMUM KABUPATEN SIGI"])
    assert problems == []
    assert doc == {
        "jenis": "KEPUTUSAN KOMISI PEMILIHAN UMUM KABUPATEN SIGI", "nomor": "NOMOR 12 TAHUN 2026",
        "tentang": "RENCANA AKSI PEMBANGUNAN ZONA INTEGRITAS TAHUN 2026",
        "pejabat": "KETUA KOMISI PEMILIHAN UMUM KABUPATEN SIGI,",
        "menimbang": [{"label": "a.", "isi": "bahwa sehubungan dengan pencanangan;"},
                      {"label": "b.", "isi": "bahwa berdasarkan pertimbangan;"}],
        "mengingat": [{"label": "1.", "isi": "Undang-Undang Nomor 28 Tahun 1999;"}],
        "menetapkan": "KEPUTUSAN TENTANG RENCANA AKSI.",
        "diktum": [{"label": "KESATU", "isi": "Menetapkan Rencana Aksi sebagaimana tercantum dalam Lampiran."},
                   {"label": "KEDUA", "isi": "Keputusan ini mulai berlaku."}],
        "lampiran": "LAMPIRAN KEPUTUSAN KOMISI PEMILIHAN UMUM KABUPATEN SIGI"}
