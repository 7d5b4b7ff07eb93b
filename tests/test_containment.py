"""Nothing is read or published through a symbolic link, nor from outside the project.

A committed symlink survives `git clone`: `bukti/x.pdf` → `/proc/self/environ` published the build's
environment (in CI, the deploy secrets), `halaman/kontak.md` → `/etc/passwd` its bytes. Each is
refused by `zisite check` at its own path, exit 1, and so by every build, which writes nothing.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import EXAMPLE_DATE, MINIMAL_OFFICE, ROOT, run_main

REALISASI = "plans/contoh/2026.realisasi.yaml"
EVIDENCE = ('kantor: contoh\ntahun: 2026\nrealisasi:\n  - baris: "1.1.1.1"\n    bulan: "2026-02"\n    kegiatan: x\n'
            '    bukti:\n      - judul: Bukti\n        berkas: bukti/sk.pdf\n')
LINK = ("galat: '{name}' adalah tautan simbolik (symlink); yang diterbitkan hanya berkas biasa di dalam repositori\n"
        "    petunjuk: hapus tautan itu dan simpan salinan berkasnya sendiri di tempat ini (git add berkasnya, "
        "bukan tautannya)")


@pytest.fixture
def secret(tmp_path_factory) -> Path:
    """A file outside the project, standing for /etc/passwd or a CI secret."""
    path = tmp_path_factory.mktemp("luar") / "rahasia.txt"
    path.write_text("RAHASIA=bocor\n", encoding="utf-8")
    return path


def _link(root: Path, name: str, target: Path | str) -> None:
    path = root / name
    path.parent.mkdir(parents=True, exist_ok=True)
    os.symlink(target, path)


def _refused(root: Path, *expected: str) -> str:
    result = run_main("check", str(root))
    assert result.code == 1, result.out
    assert "Traceback" not in result.out + result.err
    for line in expected:
        assert line in result.out, result.out
    assert "data TIDAK sah; situs tidak akan dibangun." in result.out
    return result.out


def test_page_text_linked_outside_is_refused(make_project, secret):
    root = make_project()
    _link(root, "content/offices/contoh/halaman/kontak.md", secret)
    out = _refused(root, "content/offices/contoh/halaman/kontak.md:1:1: " + LINK.format(name="kontak.md"))
    assert "RAHASIA" not in out


def test_page_text_linked_to_proc_environ_is_refused(make_project):
    root = make_project()
    _link(root, "content/offices/contoh/halaman/kontak.md", "/proc/self/environ")
    _refused(root, "content/offices/contoh/halaman/kontak.md:1:1: " + LINK.format(name="kontak.md"))


def test_link_pointing_inside_the_project_is_refused_too(make_project):
    root = make_project({"content/offices/contoh/catatan.md": "Teks biasa.\n"})
    _link(root, "content/offices/contoh/halaman/kontak.md", "../catatan.md")
    _refused(root, "content/offices/contoh/halaman/kontak.md:1:1: " + LINK.format(name="kontak.md"))


def test_evidence_file_linked_is_refused_at_the_link_and_at_its_realisasi(make_project):
    root = make_project({REALISASI: EVIDENCE})
    _link(root, "content/offices/contoh/bukti/sk.pdf", "/proc/self/environ")
    _refused(root,
             "content/offices/contoh/bukti/sk.pdf:1:1: " + LINK.format(name="sk.pdf"),
             f"{REALISASI}:9:17: galat: berkas bukti 'bukti/sk.pdf' tidak diterbitkan: 'content/offices/contoh/bukti/sk.pdf' "
             "adalah tautan simbolik (symlink); yang diterbitkan hanya berkas biasa di dalam repositori (di realisasi 1)\n"
             "    petunjuk: simpan berkas bukti sebagai berkas biasa di content/offices/contoh/bukti/, bukan sebagai tautan")


def test_evidence_folder_linked_to_root_is_refused(make_project):
    root = make_project({REALISASI: EVIDENCE.replace("bukti/sk.pdf", "bukti/etc/passwd.pdf")})
    _link(root, "content/offices/contoh/bukti", "/")
    out = _refused(root, "content/offices/contoh/bukti:1:1: " + LINK.format(name="bukti"),
                   f"{REALISASI}:9:17: galat: berkas bukti 'bukti/etc/passwd.pdf' tidak diterbitkan: "
                   "'content/offices/contoh/bukti' adalah tautan simbolik (symlink)")
    assert out.count("tautan simbolik") == 2  # the link once, its use once; the folder is never walked


def test_linked_office_folder_is_refused(make_project, tmp_path_factory):
    elsewhere = tmp_path_factory.mktemp("kantor-lain")
    (elsewhere / "office.yaml").write_text(MINIMAL_OFFICE.replace("kantor: contoh", "kantor: lain"), encoding="utf-8")
    root = make_project()
    _link(root, "content/offices/lain", elsewhere)
    out = _refused(root, "content/offices/lain:1:1: " + LINK.format(name="lain"))
    assert "office.yaml" not in out.split("Hasil:")[0].replace("content/offices/contoh/office.yaml", "")


def test_linked_plan_file_is_refused(make_project, tmp_path_factory):
    elsewhere = tmp_path_factory.mktemp("rencana-lain") / "2026.yaml"
    root = make_project()
    (root / "plans/contoh/2026.yaml").rename(elsewhere)
    _link(root, "plans/contoh/2026.yaml", elsewhere)
    _refused(root, "plans/contoh/2026.yaml:1:1: " + LINK.format(name="2026.yaml"))


def test_link_in_docs_dir_is_refused(make_project, secret):
    root = make_project({"mkdocs.yml": "site_name: !ENV [NAMA, Contoh]\ndocs_dir: halaman-situs\n"})
    _link(root, "halaman-situs/rahasia.md", secret)
    _refused(root, "halaman-situs/rahasia.md:1:1: " + LINK.format(name="rahasia.md"))


def test_link_in_the_theme_custom_dir_is_refused(make_project, secret):
    root = make_project({"mkdocs.yml": "docs_dir: content/halaman\ntheme:\n  name: material\n  custom_dir: tema\n"})
    _link(root, "tema/partials/rahasia.html", secret)
    _refused(root, "tema/partials/rahasia.html:1:1: " + LINK.format(name="rahasia.html"))


def test_default_docs_dir_is_checked(make_project, secret):
    root = make_project({"mkdocs.yml": "site_name: Contoh\n"})
    _link(root, "docs/rahasia.md", secret)
    _refused(root, "docs/rahasia.md:1:1: " + LINK.format(name="rahasia.md"))


def test_docs_dir_outside_the_project_is_refused(make_project, tmp_path_factory):
    outside = tmp_path_factory.mktemp("docs-luar")
    root = make_project({"mkdocs.yml": f"site_name: Contoh\ndocs_dir: {outside}\n"})
    _refused(root, f"{outside.as_posix()}:1:1: galat: '{outside.name}' berada di luar folder proyek; yang diterbitkan "
                   "hanya berkas biasa di dalam repositori")


def test_special_file_is_refused(make_project):
    root = make_project()
    (root / "content/offices/contoh/halaman").mkdir(parents=True)
    os.mkfifo(root / "content/offices/contoh/halaman/kontak.md")
    _refused(root, "content/offices/contoh/halaman/kontak.md:1:1: galat: 'kontak.md' bukan berkas biasa (misalnya "
                   "pipa atau perangkat); yang diterbitkan hanya berkas biasa di dalam repositori")


def test_checking_one_office_ignores_links_of_another(make_project, secret):
    root = make_project()
    _link(root, "content/offices/lain/halaman/kontak.md", secret)
    assert run_main("check", str(root), "--office", "contoh").code == 0
    assert run_main("check", str(root)).code == 1


def _example(tmp_path: Path) -> Path:
    project = tmp_path / "proyek"
    for name in ("content", "plans"):
        shutil.copytree(ROOT / name, project / name)
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    return project


@pytest.mark.parametrize("name", ["content/halaman/rahasia.md", "content/offices/sigi/halaman/kontak.md",
                                  "content/offices/sigi/bukti/rahasia.pdf", "plans/sigi/2027.yaml"])
@pytest.mark.parametrize("engine_args", [(), ("--office", "sigi")], ids=["grup", "satu-kantor"])
def test_build_writes_nothing(tmp_path, secret, name, engine_args):
    project = _example(tmp_path)
    _link(project, name, secret)
    site = tmp_path / "site"
    proc = subprocess.run([sys.executable, "-m", "zisite", "build", "--config", str(project / "mkdocs.yml"),
                           "--site-dir", str(site), "--date", EXAMPLE_DATE, *engine_args],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert f"{name}:1:1: galat: '{Path(name).name}' adalah tautan simbolik (symlink)" in proc.stdout + proc.stderr
    assert "situs tidak dibangun dan tidak ada berkas yang ditulis" in proc.stdout + proc.stderr
    assert not site.exists()
