"""Shared fixtures: the repository root, a runner for the real ``zisite`` CLI, YAML trees in tmp_path."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Result:
    code: int
    out: str
    err: str


def run_cli(*args: str, cwd: Path | None = None) -> Result:
    """Run ``zisite`` as staff would (a separate process), capturing its output and exit code."""
    proc = subprocess.run([sys.executable, "-m", "zisite", *args], cwd=cwd or ROOT,
                          capture_output=True, text=True, timeout=120)
    return Result(proc.returncode, proc.stdout, proc.stderr)


@pytest.fixture
def cli():
    return run_cli


MINIMAL_OFFICE = """\
nama: Komisi Pemilihan Umum Kabupaten Contoh
nama_singkat: KPU Kabupaten Contoh
tingkat: kabupaten
"""

MINIMAL_PLAN = """\
kantor: contoh
tahun: 2026
judul: RENCANA AKSI CONTOH
kolom:
  - {kunci: nomor, judul: "NO"}
  - {kunci: baris, judul: INDIKATOR}
pengesahan:
  tempat: Contoh
  tanggal: 2026-01-21
penandatangan:
  - jabatan: Ketua,
    nama: Contoh
bagian:
  - nomor: "1."
    judul: Manajemen Perubahan
    kelompok:
      - judul: Tim Kerja
        aksi:
          - uraian: Menetapkan tim
            baris:
              - uraian: Tim ditetapkan
                target_waktu: Januari 2026
                target_capaian: 1 (satu) Laporan
"""


@pytest.fixture
def make_project(tmp_path):
    """Write a small project tree; any file can be replaced. Returns its root."""

    def make(files: dict[str, str] | None = None, *, office: str = MINIMAL_OFFICE, plan: str | None = MINIMAL_PLAN) -> Path:
        tree = {"content/offices/contoh/office.yaml": office}
        if plan is not None:
            tree["plans/contoh/2026.yaml"] = plan
        tree.update(files or {})
        for name, text in tree.items():
            path = tmp_path / name
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(text, bytes):
                path.write_bytes(text)
            else:
                path.write_text(textwrap.dedent(text), encoding="utf-8")
        return tmp_path

    return make
