"""Row codes at hand: `zisite baris` (list and search), the realisasi line of `zisite check`,
`zisite check --kantor`, and the code printed on every row of the plan page."""

from __future__ import annotations

import json
import re

import pytest
from bs4 import BeautifulSoup

from zisite import rowlist
from zisite.domain.rows import code_anchor, walk
from zisite.checks.minimal import MINIMAL_PLAN, MINIMAL_REALISASI, REALISASI_FILE
from helpers import ROOT, run_main

CODE_LINE = re.compile(r"^    (\d+\.\d+\.\d+\.\d+) +(\S.*)$")
SIGI_REALISASI = ("plans/sigi/2026.realisasi.yaml: Realisasi KPU Kabupaten Sigi 2026 (data contoh): "
                  "61 entri, 47 dari 65 baris tercatat")


def _plan(example_project, slug):
    return next(e.plan for e in example_project.plans if e.plan.kantor == slug)


def _codes(out: str) -> list[str]:
    return [m[1] for line in out.splitlines() if (m := CODE_LINE.match(line))]


# `zisite baris` on the example project


@pytest.mark.parametrize("slug, year, rows", [("sigi", "2026", 65), ("banggai-kepulauan", "2025", 39)])
def test_baris_lists_every_row_code_in_order(example_project, slug, year, rows):
    result = run_main("baris", slug, year, "--folder", str(ROOT))
    assert result.code == 0, result.err
    assert _codes(result.out) == [r.code for r in walk(_plan(example_project, slug))]
    lines = result.out.splitlines()
    assert lines[0].startswith(f"Kode baris Rencana Aksi KPU Kabupaten ") and f"(plans/{slug}/{year}.yaml)" in lines[0]
    assert lines[-2] == f"{rows} baris."
    assert lines[-1] == f'Catat realisasi di plans/{slug}/{year}.realisasi.yaml, misalnya:  - baris: "1.1.1.1"'


def test_baris_groups_rows_under_bagian_and_kelompok():
    lines = run_main("baris", "sigi", "--folder", str(ROOT)).out.splitlines()
    assert lines[2:6] == [
        "Bagian 1: Manajemen Perubahan",
        "  1.1 Pembentukan Tim Kerja Pembangunan Zona Integritas",
        "    1.1.1.1  Membentuk/menetapkan Tim Kerja Pembangunan Zona Integritas dan…",
        "  1.2 Rencana Pembangunan Zona Integritas",
    ]
    assert "Bagian 6: Peningkatan Kualitas Pelayanan Publik" in lines
    assert all(len(m[2]) <= rowlist.SHORT for line in lines if (m := CODE_LINE.match(line)))
    assert "_" not in "".join(lines[2:-2])  # foreign-term markup is page markup, not text


def test_baris_defaults_to_the_newest_plan_and_reads_a_year_alone(make_project):
    older = MINIMAL_PLAN.replace("tahun: 2026", "tahun: 2025").replace("Tim ditetapkan", "Tim lama")
    root = make_project({"plans/contoh/2025.yaml": older.replace("Januari 2026", "Januari 2025")})
    newest = run_main("baris", "--folder", str(root))
    assert newest.code == 0, newest.err
    assert "    1.1.1.1  Tim ditetapkan" in newest.out.splitlines()
    assert "Kode baris Rencana Aksi KPU Kabupaten Contoh 2026 (plans/contoh/2026.yaml)" in newest.out
    year_only = run_main("baris", "2025", "--folder", str(root))
    assert year_only.code == 0, year_only.err
    assert "    1.1.1.1  Tim lama" in year_only.out.splitlines()


def test_baris_cari_keeps_rows_holding_every_word_in_any_case():
    result = run_main("baris", "sigi", "--folder", str(ROOT), "--cari", "RAPAT", "pleno")
    assert result.code == 0
    assert _codes(result.out) == ["1.4.1.1", "1.4.3.1"]
    lines = result.out.splitlines()
    assert lines[2:6] == ["Bagian 1: Manajemen Perubahan", "  1.4 Perubahan pola pikir dan budaya kerja",
                          "    1.4.1.1  Pimpinan memberikan teladan dengan disiplin kehadiran serta…",
                          "             Kegiatan/aksi: Pimpinan berperan sebagai role model dalam…"]
    assert lines[-2:] == ['2 dari 65 baris memuat "RAPAT pleno".',
                          'Catat realisasi di plans/sigi/2026.realisasi.yaml, misalnya:  - baris: "1.4.1.1"']


def test_baris_cari_looks_in_the_context_too():
    """'Survey Persepsi Korupsi' is the kelompok's title, not in the row's own cell."""
    result = run_main("baris", "banggai-kepulauan", "--folder", str(ROOT), "--cari", "persepsi korupsi")
    assert _codes(result.out) == ["2.4.1.1"]


def test_baris_cari_shows_the_action_a_row_was_found_by():
    """Sigi's 1.3.2.1 says nothing of a meeting; its action (KEGIATAN/AKSI) does."""
    lines = run_main("baris", "sigi", "--folder", str(ROOT), "--cari", "rapat").out.splitlines()
    at = lines.index("    1.3.2.1  Tersedianya Dokumen pelaksanaan Rencana Aksi masing-masing area yang…")
    assert lines[at + 1] == "             Kegiatan/aksi: Melaksanakan rapat setiap 3 (tiga) bulan bersama…"
    full = run_main("baris", "sigi", "--folder", str(ROOT)).out
    assert "Kegiatan/aksi:" not in full  # the whole list stays one line per row


def test_baris_cari_without_match_says_so():
    result = run_main("baris", "sigi", "--folder", str(ROOT), "--cari", "kata-yang-tidak-ada")
    assert result.code == 0
    assert result.out.splitlines()[-1] == ('Tidak ada baris yang memuat "kata-yang-tidak-ada" (dari 65 baris). '
                                           "Coba kata lain, atau lebih sedikit kata.")


@pytest.mark.parametrize("args, message", [
    ((), "zisite: galat: repositori ini memuat 2 kantor; sebutkan salah satu: banggai-kepulauan, sigi "
         "(misalnya `zisite baris banggai-kepulauan`)"),
    (("sigii",), "zisite: galat: kantor 'sigii' tidak ada di content/offices/; maksud Anda 'sigi'? "
                 "Pilihan: banggai-kepulauan, sigi"),
    (("sigi", "2025"), "zisite: galat: tidak ada rencana aksi 2025 untuk kantor 'sigi'. Pilihan tahun: 2026"),
    (("sigi", "dua"), "zisite: galat: 'dua' bukan tahun; tulis misalnya 2026"),
])
def test_baris_unknown_office_or_year_exits_2_with_the_choices(args, message):
    result = run_main("baris", *args, "--folder", str(ROOT))
    assert result.code == 2
    assert result.err.splitlines() == [message]
    assert result.out == ""


def test_baris_on_a_plan_with_errors_exits_1_and_points_at_check(make_project):
    root = make_project({"plans/contoh/2026.yaml": MINIMAL_PLAN.replace("tahun: 2026", "tahun: dua ribu")})
    result = run_main("baris", "--folder", str(root))
    assert result.code == 1
    assert result.err.splitlines() == [
        "zisite: galat: plans/contoh/2026.yaml belum dapat dibaca karena ada galat data; jalankan "
        "`zisite check --kantor contoh` untuk melihat dan memperbaikinya"]


def test_baris_help_is_indonesian():
    result = run_main("baris", "--help")
    assert result.code == 0
    assert "penggunaan: zisite baris" in result.out and "--cari KATA" in result.out


# the pure functions behind it


def test_shorten_cuts_at_a_word_and_marks_the_cut():
    text = "Dokumen Rencana Aksi dipublikasikan dan disosialisasikan melalui _website_ dan media sosial resmi"
    short = rowlist.shorten(text)
    assert short == "Dokumen Rencana Aksi dipublikasikan dan disosialisasikan melalui…"
    assert len(short) <= rowlist.SHORT
    assert rowlist.shorten("  Tim\n ditetapkan ") == "Tim ditetapkan"
    assert rowlist.shorten("x" * 100) == "x" * 69 + "…"


def test_row_items_use_the_action_text_when_the_row_cell_is_empty(example_project):
    plan = _plan(example_project, "banggai-kepulauan")
    items = rowlist.row_items(plan)
    assert [i.code for i in items] == [r.code for r in walk(plan)]
    assert all(i.text and i.text != rowlist.EMPTY for i in items)
    assert rowlist.search(items, "") == items
    assert rowlist.search(items, "  ") == items


def test_choices_are_pure():
    assert rowlist.choose_office(["sigi"], None) == "sigi"
    assert rowlist.choose_year([2025, 2026], None, "sigi") == 2026
    with pytest.raises(rowlist.Refused, match="belum memiliki rencana aksi"):
        rowlist.choose_year([], None, "sigi")
    with pytest.raises(rowlist.Refused, match="belum ada kantor"):
        rowlist.choose_office([], None)


# `zisite check`: the realisasi line and --kantor


def test_check_confirms_each_realisasi_file_it_read():
    result = run_main("check", str(ROOT))
    lines = result.out.splitlines()
    assert SIGI_REALISASI in lines
    assert lines.index(SIGI_REALISASI) == lines.index(
        "plans/sigi/2026.yaml: Rencana Aksi KPU Kabupaten Sigi 2026: 6 bagian, 23 kelompok, 56 aksi, 65 baris") + 1
    assert any(line.startswith("plans/banggai-kepulauan/2025.realisasi.yaml: Realisasi KPU Kabupaten Banggai "
                               "Kepulauan 2025 (data contoh): ") for line in lines)


def test_check_realisasi_line_counts_entries_and_distinct_rows(make_project):
    two_for_one_row = MINIMAL_REALISASI + "  - baris: \"1.1.1.1\"\n    bulan: \"2026-02\"\n    kegiatan: Lagi\n"
    root = make_project({REALISASI_FILE: two_for_one_row})
    result = run_main("check", str(root))
    assert "plans/contoh/2026.realisasi.yaml: Realisasi KPU Kabupaten Contoh 2026: 2 entri, 1 dari 1 baris tercatat" \
        in result.out.splitlines()
    report = json.loads(run_main("check", str(root), "--format", "json").out)
    assert report["rencana_aksi"][0]["realisasi"] == {"berkas": REALISASI_FILE, "entri": 2, "baris_tercatat": 1}


def test_check_json_has_no_realisasi_for_a_plan_without_one(make_project):
    report = json.loads(run_main("check", str(make_project()), "--format", "json").out)
    assert report["rencana_aksi"][0]["realisasi"] is None


def test_check_kantor_leaves_out_the_other_offices_warnings(make_project):
    other = MINIMAL_PLAN.replace("kantor: contoh", "kantor: lain").replace("1 (satu) Laporan", "")
    root = make_project({"content/offices/lain/office.yaml": "nama: Komisi Pemilihan Umum Kabupaten Lain\n"
                                                             "nama_singkat: KPU Kabupaten Lain\ntingkat: kabupaten\n",
                         "plans/lain/2026.yaml": other})
    everything = run_main("check", str(root))
    assert any(line.startswith("plans/lain/2026.yaml:") and ": peringatan: " in line
               for line in everything.out.splitlines()), everything.out
    one = run_main("check", str(root), "--kantor", "contoh")
    assert one.code == 0
    assert "lain" not in one.out
    assert one.out.splitlines()[-1] == "Hasil: 1 kantor, 1 rencana aksi; 0 galat, 0 peringatan: data sah."
    assert run_main("check", str(root), "--office", "contoh").out == one.out


def test_check_kantor_unknown_exits_2_with_the_choices():
    result = run_main("check", str(ROOT), "--kantor", "banggai")
    assert result.code == 2
    assert result.err.splitlines() == ["zisite: galat: kantor 'banggai' tidak ada di content/offices/; "
                                       "maksud Anda 'banggai-kepulauan'? Pilihan: banggai-kepulauan, sigi"]


# the plan page


@pytest.mark.parametrize("slug, year", [("sigi", 2026), ("banggai-kepulauan", 2025)])
def test_every_plan_row_shows_its_code_visibly(site_dir, example_project, slug, year):
    page = BeautifulSoup((site_dir / slug / "rencana-aksi" / str(year) / "index.html").read_text(encoding="utf-8"),
                         "html.parser")
    rows = page.select("table.zi-plan tbody tr:not(.zi-subhead)")
    codes = [r.code for r in walk(_plan(example_project, slug))]
    assert len(rows) == len(codes)
    for row, code in zip(rows, codes):
        shown = row.select_one(".zi-monitor__code")
        assert shown is not None and " ".join(shown.get_text(" ").split()) == f"Kode baris {code}"
        assert not any("zi-sr" in (parent.get("class") or []) for parent in shown.parents)
        assert row.select_one("th.zi-baris")["id"] == code_anchor(code)  # the code is this row's, not a neighbour's


def test_an_office_unlike_any_is_refused_with_the_choices_only():
    with pytest.raises(rowlist.Refused) as refused:
        rowlist.choose_office(["banggai-kepulauan", "sigi"], "palu")
    assert str(refused.value) == "kantor 'palu' tidak ada di content/offices/. Pilihan: banggai-kepulauan, sigi"


def test_check_kantor_on_a_linked_office_reports_the_link(make_project, tmp_path_factory):
    outside = tmp_path_factory.mktemp("kantor-luar")
    (outside / "office.yaml").write_text("nama: Luar\n", encoding="utf-8")
    root = make_project()
    (root / "content/offices/lain").symlink_to(outside, target_is_directory=True)
    result = run_main("check", str(root), "--kantor", "lain")
    assert result.code == 1
    assert "content/offices/lain:1:1: galat: " in result.out


def test_baris_cari_without_a_word_is_a_usage_error_in_indonesian():
    result = run_main("baris", "sigi", "--folder", str(ROOT), "--cari")
    assert result.code == 2
    assert "argumen --cari: memerlukan setidaknya satu nilai" in result.err


def test_baris_on_a_plan_not_yet_filled_in(tmp_path):
    assert run_main("init", "contoh", "--folder", str(tmp_path / "baru")).code == 0
    result = run_main("baris", "--folder", str(tmp_path / "baru"))
    assert result.code == 0, result.err
    assert result.out.splitlines()[-1] == "Rencana aksi ini belum berisi baris."


def test_a_mistyped_code_suggests_every_equally_close_row_and_the_one_its_activity_names():
    from zisite.rowlist import RowItem, suggest

    def item(code: str, text: str) -> RowItem:
        return RowItem(code, 0, 0, text, "", text.casefold())

    items = [item("1.1.1.1", "Tim kerja ditetapkan"), item("1.1.1.2", "Rapat monitoring dan evaluasi triwulanan"),
             item("2.1.1.1", "Sosialisasi gratifikasi")]
    # 1.1.2.1 is one character from both 1.1.1.1 and 1.1.1.2: both are offered, never just one.
    assert [i.code for i in suggest(items, "1.1.2.1")] == ["1.1.1.1", "1.1.1.2"]
    # What the entry says it did decides which comes first.
    assert [i.code for i in suggest(items, "1.1.2.1", "Rapat monitoring triwulan I")][0] == "1.1.1.2"
    # A code far from every row still finds the row its activity names.
    assert [i.code for i in suggest(items, "9.9", "Sosialisasi pengendalian gratifikasi")] == ["2.1.1.1"]
    assert suggest(items, "9.9", "kegiatan lain") == []
