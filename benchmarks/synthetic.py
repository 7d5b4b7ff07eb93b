"""Synthetic ("contoh") projects for the benchmarks: n made-up offices, each with one real plan copied.

Everything written here is labelled *contoh* (example): office slugs ``contoh-NNN``, names
"... Kabupaten Contoh NNN", a ``catatan`` saying the data is synthetic, and a ``# contoh`` comment
at the top of every generated file. Nothing here is real data and nothing is written inside the
repository: callers pass a fresh folder (normally a temporary directory).

Offices are numbered from 001. Even-numbered offices get a copy of ``plans/sigi/2026.yaml``
(with a KOMPONEN PENGUNGKIT column); odd-numbered ones get ``plans/banggai-kepulauan/2025.yaml``
(no such column, bagian shown as full-width heading rows), saved as ``2025.yaml`` to match its
``tahun``. Both table layouts are therefore exercised from n = 2 on.
"""

from __future__ import annotations

import os
import re
import shutil
import statistics
import subprocess
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BIN = REPO / ".venv" / "bin"

# (source plan relative to REPO, file name in the synthetic project)
EVEN_PLAN = (Path("plans/sigi/2026.yaml"), "2026.yaml")
ODD_PLAN = (Path("plans/banggai-kepulauan/2025.yaml"), "2025.yaml")

SITE_NAME = "Contoh Zona Integritas KPU (data sintetis untuk pengukuran)"

# Subprocess environment: silence Material's end-of-life banner so it does not pollute output.
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}


def slug(number: int) -> str:
    return f"contoh-{number:03d}"


OFFICES_PER_PROVINCE = 15
"""About 550 kabupaten/kota offices in 38 provinces: contoh offices 001-015 are in Provinsi Contoh 01, and so on."""


def province(number: int) -> str:
    return f"Provinsi Contoh {(number - 1) // OFFICES_PER_PROVINCE + 1:02d}"


def office_email(number: int) -> str:
    """The synthetic office's own address (example.com: reserved, never anyone's)."""
    return f"kpu.{slug(number)}@example.com"


_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")


def office_yaml(number: int) -> str:
    return (
        "# yaml-language-server: $schema=../../../schemas/office.schema.json\n"
        "# contoh: kantor sintetis untuk pengukuran kinerja (benchmarks/synthetic.py); bukan data nyata.\n"
        f"nama: Komisi Pemilihan Umum Kabupaten Contoh {number:03d}\n"
        f"nama_singkat: KPU Kabupaten Contoh {number:03d}\n"
        "tingkat: kabupaten\n"
        f"provinsi: {province(number)}\n"
        f"email: {office_email(number)}\n"
        'catatan: "contoh: data sintetis untuk pengukuran"\n'
    )


def plan_yaml(number: int, source_text: str, source_name: str) -> str:
    text, replaced = re.subn(r"(?m)^kantor:.*$", f"kantor: {slug(number)}", source_text, count=1)
    if replaced != 1:
        raise ValueError(f"{source_name}: no top-level 'kantor:' line to replace")
    # A plan quotes its office's own address (Banggai Kepulauan's, in bukti fisik): the copy quotes
    # the synthetic office's, which its office.yaml publishes, as the personal-data guard requires.
    text = _EMAIL.sub(office_email(number), text)
    header = f"# contoh: salinan sintetis dari {source_name} untuk pengukuran kinerja; bukan data nyata.\n"
    first, _, rest = text.partition("\n")
    if first.startswith("# yaml-language-server:"):  # keep the schema comment on the first line
        return f"{first}\n{header}{rest}"
    return header + text


def contoh_mkdocs_yml(text: str) -> str:
    """The repository's mkdocs.yml with its titles relabelled as contoh; everything else unchanged."""
    text = re.sub(r"(?m)^site_name:.*$", f"site_name: {SITE_NAME}", text, count=1)
    # The zisite plugin's `title:` option (the group home page title), if present.
    lines = text.splitlines(keepends=True)
    for i, line in enumerate(lines):
        if re.match(r"\s*-\s*zisite:\s*$", line):
            indent = len(line) - len(line.lstrip())
            for j in range(i + 1, len(lines)):
                inner = lines[j]
                if inner.strip() and (len(inner) - len(inner.lstrip())) <= indent:
                    break
                m = re.match(r"(\s*)title:", inner)
                if m:
                    lines[j] = f"{m.group(1)}title: {SITE_NAME}\n"
                    break
            break
    return "# contoh: salinan mkdocs.yml untuk pengukuran kinerja (benchmarks/synthetic.py)\n" + "".join(lines)


def make_project(root: Path, n_offices: int) -> Path:
    """Write a complete synthetic project with ``n_offices`` offices into the fresh folder ``root``.

    The result holds content/offices/contoh-NNN/office.yaml, plans/contoh-NNN/<year>.yaml,
    mkdocs.yml and an empty content/halaman/ (the MkDocs docs_dir), so both
    ``zisite check <root>`` and ``mkdocs build -f <root>/mkdocs.yml`` work there.
    """
    root = Path(root)
    if root.exists() and any(root.iterdir()):
        raise FileExistsError(f"{root} is not empty; make_project needs a fresh folder")
    root.mkdir(parents=True, exist_ok=True)
    sources = {rel: (REPO / rel).read_text(encoding="utf-8") for rel, _ in (EVEN_PLAN, ODD_PLAN)}
    for number in range(1, n_offices + 1):
        office_dir = root / "content" / "offices" / slug(number)
        office_dir.mkdir(parents=True)
        (office_dir / "office.yaml").write_text(office_yaml(number), encoding="utf-8")
        rel, name = EVEN_PLAN if number % 2 == 0 else ODD_PLAN
        plan_dir = root / "plans" / slug(number)
        plan_dir.mkdir(parents=True)
        (plan_dir / name).write_text(plan_yaml(number, sources[rel], rel.as_posix()), encoding="utf-8")
    (root / "content" / "halaman").mkdir(parents=True, exist_ok=True)
    (root / "mkdocs.yml").write_text(contoh_mkdocs_yml((REPO / "mkdocs.yml").read_text(encoding="utf-8")),
                                     encoding="utf-8")
    return root


def copy_example_project(root: Path) -> Path:
    """A copy of the repository's own example site (real data, not contoh) for the baseline row."""
    root = Path(root)
    root.mkdir(parents=True, exist_ok=True)
    for name in ("content", "plans"):
        shutil.copytree(REPO / name, root / name)
    (root / "content" / "halaman").mkdir(parents=True, exist_ok=True)
    shutil.copy2(REPO / "mkdocs.yml", root / "mkdocs.yml")
    return root


# --- shared measuring helpers -------------------------------------------------------------------

def parse_sizes(text: str) -> list[int]:
    sizes = [int(part) for part in text.split(",") if part.strip()]
    if not sizes or any(n < 1 for n in sizes):
        raise ValueError("--sizes needs positive integers, e.g. 1,10,100,550")
    return sizes


def run(cmd: list[str], cwd: Path | None = None) -> subprocess.CompletedProcess:
    """Run a command; fail loudly (not a timing assertion) if it does not succeed."""
    result = subprocess.run(cmd, cwd=cwd, env=ENV, capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(map(str, cmd))} exited {result.returncode}\n"
                           f"--- stdout ---\n{result.stdout[-4000:]}\n--- stderr ---\n{result.stderr[-4000:]}")
    return result


def timed(fn, repeat: int) -> tuple[float, list[float]]:
    """Median wall-clock seconds of ``repeat`` calls of ``fn`` (and all samples)."""
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples), samples


def tool(name: str) -> str:
    path = BIN / name
    if not path.exists():
        raise FileNotFoundError(f"{path} not found; create the venv first (./dev test or ./dev serve)")
    return str(path)


def verdict(ok: bool) -> str:
    return "met" if ok else "NOT met"
