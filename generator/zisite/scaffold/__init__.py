"""`zisite init`: a new repository for one office that passes `zisite check` and builds at once.

Templates live in ``files/`` under names without a leading dot (setuptools' package-data globs
skip dotfiles); ``TEMPLATES`` says where each one goes. Nothing that exists is ever overwritten.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from datetime import date
from importlib.metadata import PackageNotFoundError, distribution
from pathlib import Path

from pydantic import TypeAdapter, ValidationError

from .. import __version__
from ..models.fields import Slug
from ..models.schema import write_schemas
from . import guide
from .office_yaml import office_yaml

FILES = Path(__file__).parent / "files"
TEMPLATES = {  # template in files/ → path in the new repository ({slug}, {tahun} filled in)
    "mkdocs.yml": "mkdocs.yml",
    "README.md": "README.md",
    "gitignore": ".gitignore",
    "plan.yaml": "plans/{slug}/{tahun}.yaml",
    "github-workflow.yml": ".github/workflows/zisite.yml",
    "gitlab-ci.yml": ".gitlab-ci.yml",
    "pre-commit-config.yaml": ".pre-commit-config.yaml",
    "zisite.txt": "zisite.txt",
}
REPO_PLACEHOLDER = "https://git.example.invalid/zisite.git"
"""Where zisite is installed from until the office says: set ZISITE_REPO before `zisite init`, or
edit ``zisite.txt`` afterwards, the one place the README, CI and pre-commit all install from. CI
stops with an Indonesian message while it still names this placeholder."""
LEVELS = {"kab": "kabupaten", "kabupaten": "kabupaten", "kota": "kota", "prov": "provinsi", "provinsi": "provinsi"}


def slug_problem(slug: str) -> str | None:
    """Why ``slug`` is refused, by the same rule as ``kantor:`` in a plan; None if it is fine."""
    try:
        TypeAdapter(Slug).validate_python(slug)
    except ValidationError as exc:
        return exc.errors()[0]["msg"]
    return None


def identity(slug: str) -> dict[str, str]:
    """Placeholder name and level guessed from the slug ('kab-sigi', 'kota-palu', 'sigi')."""
    head, _, rest = slug.partition("-")
    tingkat = LEVELS.get(head) if rest else None
    region = " ".join(word.capitalize() for word in (rest if tingkat else slug).split("-"))
    tingkat = tingkat or "kabupaten"
    level = tingkat.capitalize()
    return {"nama": f"Komisi Pemilihan Umum {level} {region}", "nama_singkat": f"KPU {level} {region}",
            "tingkat": tingkat, "daerah": region}


def _same_repository(url: str, repo: str) -> bool:
    def plain(address: str) -> str:
        return address.removeprefix("git+").rstrip("/").removesuffix(".git")
    return plain(url) == plain(repo)


def pinned_commit(repo: str, direct_url: str | None) -> str | None:
    """The full commit pip installed this zisite from, when that was a git checkout of ``repo``.

    ``direct_url`` is the ``direct_url.json`` pip writes beside an install from a URL (PEP 610); it
    holds the commit a tag resolved to. A tag can be moved later, a commit cannot: the office's CI
    and pre-commit then get exactly the zisite that wrote their templates.
    """
    try:
        data = json.loads(direct_url or "null")
    except ValueError:
        return None
    vcs = data.get("vcs_info") if isinstance(data, dict) else None
    if not isinstance(vcs, dict) or vcs.get("vcs") != "git" or not _same_repository(str(data.get("url")), repo):
        return None
    commit = vcs.get("commit_id")
    return commit if isinstance(commit, str) and re.fullmatch(r"[0-9a-f]{40}", commit) else None


def _direct_url() -> str | None:
    try:
        return distribution("zisite").read_text("direct_url.json")
    except PackageNotFoundError:
        return None


def _values(slug: str, tahun: int) -> dict[str, str]:
    repo = os.environ.get("ZISITE_REPO") or REPO_PLACEHOLDER
    office = identity(slug)
    tag = f"v{__version__}"
    commit = pinned_commit(repo, _direct_url())
    return {
        "@SLUG@": slug,
        "@TAHUN@": str(tahun),
        "@NAMA_SINGKAT@": office["nama_singkat"],
        "@DAERAH@": office["daerah"],
        "@NAMA_SINGKAT_KAPITAL@": office["nama_singkat"].upper(),
        "@ZISITE_PIP_SPEC@": f"zisite @ git+{repo}@{commit or tag}",
        "@ZISITE_VERSI@": f"{__version__} (commit {commit})" if commit else __version__,
        "@PANDUAN@": f"{guide.GUIDE_FOLDER}/{guide.START}",
        "@PESAN_GALAT@": f"{guide.GUIDE_FOLDER}/{guide.CATALOGUE}",
    }


def values_repo_unset() -> bool:
    return not os.environ.get("ZISITE_REPO")


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("x", encoding="utf-8", newline="\n") as handle:  # "x": never overwrite
        handle.write(text)
    return path


def scaffold(folder: Path, slug: str, tahun: int) -> list[Path]:
    """Write the new repository into ``folder`` (empty or absent); the paths written, in order."""
    values = _values(slug, tahun)
    office = {k: v for k, v in identity(slug).items() if k != "daerah"}
    filled = {**office, "catatan": "Dibuat dengan zisite init; ganti isian contoh dengan data kantor."}
    written = [_write(folder / "content/offices" / slug / "office.yaml", office_yaml(filled))]
    for template, target in TEMPLATES.items():
        text = (FILES / template).read_text(encoding="utf-8")
        for key, value in values.items():
            text = text.replace(key, value)
        written.append(_write(folder / target.format(slug=slug, tahun=tahun), text))
    written.append(_write(folder / "content/halaman/.gitkeep", ""))  # MkDocs' docs_dir must exist
    written += guide.copy(folder, _write)
    written += write_schemas(folder / "schemas")
    return written


def run(args: argparse.Namespace) -> int:
    problem = slug_problem(args.slug)
    if problem:
        print(f"zisite: galat: slug '{args.slug}' tidak sah: {problem}", file=sys.stderr)
        return 2
    folder = Path(args.folder) if args.folder else Path(args.slug)
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        print(f"zisite: galat: folder '{folder}' sudah ada dan tidak kosong; "
              "`zisite init` tidak menimpa berkas apa pun", file=sys.stderr)
        print("    petunjuk: pilih folder lain dengan --folder FOLDER", file=sys.stderr)
        return 2
    tahun = date.today().year
    for path in scaffold(folder, args.slug, tahun):
        print(f"ditulis: {path.as_posix()}")
    print(f"\nRepositori kantor '{args.slug}' siap di {folder.as_posix()}/. Langkah berikutnya:\n"
          f"  1. isi content/offices/{args.slug}/office.yaml dan plans/{args.slug}/{tahun}.yaml\n"
          f"  2. cd {folder.as_posix()}, pasang zisite di sana (README.md, \"Memasang zisite\"), lalu jalankan "
          ".venv/bin/zisite check dan .venv/bin/zisite serve\n"
          f"  3. baca README.md dan panduan staf di {guide.GUIDE_FOLDER}/{guide.START} untuk cara menerbitkan situs")
    if values_repo_unset():
        print(f"\nCatatan: alamat pemasangan zisite di zisite.txt masih contoh ({REPO_PLACEHOLDER}). Isi dengan "
              "alamat repositori zisite yang dipakai kantor Anda sebelum CI dijalankan (lihat README.md, "
              "\"Memasang zisite\").")
    return 0
