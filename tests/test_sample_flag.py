"""Sample data grown real: a `contoh: true` file that gains entries after it was first committed
warns at its `contoh` line, with what to do; the site still builds (a warning, not an error)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from helpers import run_main
from zisite.checks.minimal import MINIMAL_REALISASI
from zisite.checks.sample import added_entries

REALISASI = "plans/contoh/2026.realisasi.yaml"
SAMPLE = MINIMAL_REALISASI.replace("tahun: 2026\n", "tahun: 2026\ncontoh: true\n")
LATER = SAMPLE + """\
  - baris: "1.1.1.1"
    tanggal: 2026-03-02
    kegiatan: Rapat tim kerja yang sungguh terjadi
    jumlah: 1
"""
STATS = "content/offices/contoh/statistik/pengaduan/2026.yaml"
STATS_SAMPLE = "contoh: true\ntahun: 2026\nperiode:\n  - periode: Triwulan I\n    diterima: 3\n    selesai: 3\n"


def _git(root: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(root), "-c", "user.email=staf@contoh.go.id", "-c", "user.name=Staf", *args],
                   check=True, capture_output=True)


def _committed(make_project, files: dict[str, str]) -> Path:
    root = make_project(files)
    _git(root, "init", "-q")
    _git(root, "add", "-A")
    _git(root, "commit", "-qm", "data contoh")
    return root


def _warnings(root: Path) -> list[str]:
    result = run_main("check", str(root))
    assert result.code == 0, result.out + result.err  # a warning never stops the build
    return [line for line in result.out.splitlines() if "masih ditandai `contoh: true`" in line]


def test_an_entry_added_to_committed_sample_data_warns_at_the_flag(make_project):
    root = _committed(make_project, {REALISASI: SAMPLE})
    assert _warnings(root) == []
    (root / REALISASI).write_text(LATER, encoding="utf-8")
    [warning] = _warnings(root)
    assert warning.startswith(f"{REALISASI}:3:9: peringatan: ")  # the `contoh: true` line
    assert "1 entri ditambahkan atau diubah sesudah data contoh dibuat, yang pertama di baris 9" in warning
    out = run_main("check", str(root)).out
    assert "ubah `contoh: true` menjadi `contoh: false`" in out


def test_the_warning_stays_after_the_real_entries_are_committed(make_project):
    root = _committed(make_project, {REALISASI: SAMPLE})
    (root / REALISASI).write_text(LATER, encoding="utf-8")
    _git(root, "commit", "-qam", "realisasi Maret")
    assert len(_warnings(root)) == 1


def test_turning_the_flag_off_ends_the_warning(make_project):
    root = _committed(make_project, {REALISASI: SAMPLE})
    (root / REALISASI).write_text(LATER.replace("contoh: true", "contoh: false"), encoding="utf-8")
    assert _warnings(root) == []


def test_a_changed_sample_figure_warns_in_statistics_too(make_project):
    root = _committed(make_project, {STATS: STATS_SAMPLE})
    (root / STATS).write_text(STATS_SAMPLE.replace("diterima: 3", "diterima: 4").replace("selesai: 3", "selesai: 4"),
                              encoding="utf-8")
    [warning] = _warnings(root)
    assert warning.startswith(f"{STATS}:1:9: peringatan: ")


def test_a_file_that_started_real_is_never_compared(make_project):
    root = _committed(make_project, {REALISASI: MINIMAL_REALISASI})
    (root / REALISASI).write_text(LATER, encoding="utf-8")
    assert _warnings(root) == []


def test_without_git_there_is_no_baseline_and_no_warning(make_project):
    root = make_project({REALISASI: LATER})
    assert _warnings(root) == []


@pytest.mark.parametrize(("current", "first", "added"), [
    ({"r": [1, 2]}, {"r": [1, 2]}, []),
    ({"r": [2, 1]}, {"r": [1, 2]}, []),  # reordering is not new data
    ({"r": [1, 1]}, {"r": [1]}, [("r", 1)]),  # a second copy is
    ({"r": [{"a": 1}]}, {"r": [{"a": 2}]}, [("r", 0)]),
    ({"r": [1], "s": [5]}, {"r": [1]}, [("s", 0)]),
    ("teks", {"r": [1]}, []),
])
def test_added_entries(current, first, added):
    assert added_entries(current, first) == added
