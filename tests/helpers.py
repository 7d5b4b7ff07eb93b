"""Shared test helpers: the repository root, the real CLI, real site builds, small valid data."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

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


def build_site(destination: Path, *extra: str, config: Path = ROOT / "mkdocs.yml") -> Path:
    """A real `mkdocs build --strict` of the example site into ``destination``."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    proc = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-f", str(config),
                           "-d", str(destination), *extra], capture_output=True, text=True, env=env, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return destination


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


CHROMIUM = "/usr/bin/chromium"  # Debian's package; never a browser Playwright downloads
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--disable-quic",
]
