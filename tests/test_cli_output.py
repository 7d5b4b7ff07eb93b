"""What `zisite build` and `deploy` say on the terminal: Indonesian stages, no English from MkDocs.

Staff read this output: MkDocs' own lines ("Cleaning site directory", "Documentation built in …")
are translated or dropped, its warnings kept with an Indonesian prefix, and long work shows its
stages (a bar on a terminal, plain lines anywhere else).
"""

from __future__ import annotations

import io
import logging
import os
import re
from pathlib import Path

import pytest

from helpers import run_cli
from zisite.checks.minimal import MINIMAL_FILES
from zisite.deploy.verify import verify_site
from zisite.engines.mkdocs.terminal import IndonesianLog, translate_abort
from zisite.progress import Progress, TerminalProgress, is_live

MKDOCS_YML = """\
site_name: Contoh
docs_dir: content/halaman
strict: true
theme:
  name: material
  language: id
  font: false
plugins:
  - zisite:
      office: contoh
"""

ENGLISH = ("Cleaning site directory", "Building documentation", "Documentation built", "Serving on",
           "Watching paths", "Detected file changes", "Reloading browsers", "An error happened", "INFO",
           "WARNING", "Aborted", "Material for MkDocs", "MkDocs 2.0", "Traceback")


def small_project(root: Path, files: dict[str, str] | None = None) -> Path:
    """The minimal valid project (one office, one plan) with a one-office mkdocs.yml."""
    for name, text in {**MINIMAL_FILES, "mkdocs.yml": MKDOCS_YML, **(files or {})}.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    (root / "content/halaman").mkdir(parents=True, exist_ok=True)
    return root


def quiet_env() -> dict:
    """Output into a pipe, and not in CI, as a clerk's script would run it: plain lines, no bar."""
    return {**{k: v for k, v in os.environ.items() if k not in ("CI", "NO_MKDOCS_2_WARNING")}}


def assert_no_english(text: str) -> None:
    found = [phrase for phrase in ENGLISH if phrase in text]
    assert not found, f"English from MkDocs in the output: {found}\n{text}"


def test_build_reports_its_stages_in_indonesian_and_no_english(tmp_path):
    project = small_project(tmp_path / "repo")
    result = run_cli("build", "--date", "2026-07-01", cwd=project, env=quiet_env())
    assert result.code == 0, result.out + result.err
    output = result.out + result.err
    assert_no_english(output)
    lines = [line for line in result.err.splitlines() if line.startswith("zisite: ")]
    pages = len(list((project / "site").rglob("index.html")))
    assert lines[:4] == ["zisite: memeriksa data…", "zisite: menyusun halaman…",
                         f"zisite: mengolah halaman ({pages} halaman)…", f"zisite: menulis situs ({pages} halaman)…"]
    assert lines[-2] == "zisite: membuat indeks pencarian…"  # Pagefind, after the HTML, silent itself
    assert re.fullmatch(r"zisite: situs dibangun dalam \d+,\d\d detik di site/", lines[-1]), lines
    assert "\r" not in output and "\x1b" not in output  # no bar into a pipe
    assert (project / "site/index.html").is_file()


def test_a_build_stopped_by_a_mkdocs_warning_says_so_in_indonesian(tmp_path):
    project = small_project(tmp_path / "repo", {"content/halaman/rusak.md": "# Rusak\n\n[tautan](tidak-ada.md)\n"})
    result = run_cli("build", "--date", "2026-07-01", cwd=project, env=quiet_env())
    assert result.code == 1
    assert "peringatan dari MkDocs (bahasa Inggris): Doc file 'rusak.md' contains a link 'tidak-ada.md'" in result.err
    assert "zisite: galat: pembangunan dihentikan: 1 peringatan dari MkDocs (mode strict" in result.err
    assert "Aborted" not in result.err and "Traceback" not in result.err


def test_invalid_data_stops_the_build_in_indonesian(tmp_path):
    project = small_project(tmp_path / "repo", {"content/offices/contoh/office.yaml": "nama: [KPU\n"})
    result = run_cli("build", cwd=project, env=quiet_env())
    assert result.code == 1
    assert_no_english(result.out + result.err)
    assert "content/offices/contoh/office.yaml:2:1: galat: daftar dalam kurung" in result.err
    assert "situs tidak dibangun" in result.err


def test_deploy_names_each_stage(tmp_path):
    project = small_project(tmp_path / "repo")
    result = run_cli("deploy", str(tmp_path / "www"), cwd=project, env=quiet_env())
    assert result.code == 0, result.out + result.err
    assert_no_english(result.out + result.err)
    said = [line for line in result.out.splitlines()]
    stages = ["zisite: membangun situs untuk diterbitkan…", "zisite: memverifikasi situs (tautan, halaman, berkas)…",
              f"zisite: menerbitkan ke {tmp_path / 'www'}…"]
    assert [line for line in said if line in stages] == stages
    assert said.index(stages[-1]) < next(i for i, line in enumerate(said) if line.startswith("zisite: terbit: "))
    assert "zisite: situs dibangun dalam" in result.err
    assert "zisite-deploy-" not in result.err  # the throw-away build folder is not named

    class Counted(Progress):
        total = done = 0

        def count(self, total, unit):
            self.total, self.unit = total, unit

        def advance(self, n=1):
            self.done += n

    counted = Counted()
    assert verify_site(tmp_path / "www/current", "/", counted) == []
    checked = [p for p in (tmp_path / "www/current").rglob("*") if p.suffix in (".html", ".css")]
    assert counted.total == counted.done == len(checked) and counted.unit == "berkas"


# --- the log handler, record by record ---------------------------------------------------------

def _said(handler: IndonesianLog, name: str, level: int, message: str) -> str | None:
    return handler.translate(logging.LogRecord(name, level, __file__, 1, message, (), None))


def test_mkdocs_lines_are_translated_or_dropped_and_warnings_kept(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    log = IndonesianLog(io.StringIO())
    assert _said(log, "mkdocs.commands.build", logging.INFO, "Cleaning site directory") is None
    assert _said(log, "mkdocs.commands.build", logging.INFO, f"Building documentation to directory: {tmp_path}/site") is None
    assert _said(log, "mkdocs.commands.build", logging.INFO, "Documentation built in 0.83 seconds") == \
        "zisite: situs dibangun dalam 0,83 detik di site/"
    served = _said(log, "mkdocs.livereload", logging.INFO, "[10:01:02] Serving on http://127.0.0.1:8000/")
    assert served == "[10:01:02] zisite: menyajikan situs di http://127.0.0.1:8000/ (tekan Ctrl+C untuk berhenti)"
    assert _said(log, "mkdocs.livereload", logging.INFO, "[10:01:02] Detected file changes") == \
        "[10:01:02] zisite: ada berkas yang berubah; membangun ulang…"
    assert _said(log, "mkdocs.livereload", logging.INFO, "[10:01:02] Browser connected: http://x/") is None
    assert _said(log, "mkdocs.livereload", logging.WARNING, '[10:01:02] "GET /x/ HTTP/1.1" code 404') == \
        "[10:01:02] zisite: /x/ tidak ditemukan (kode 404)"
    assert _said(log, "mkdocs.structure.nav", logging.INFO, "The following pages exist in the docs directory") is None
    assert _said(log, "mkdocs.structure.pages", logging.WARNING, "Doc file 'a.md' contains a link") == \
        "peringatan dari MkDocs (bahasa Inggris): Doc file 'a.md' contains a link"
    assert _said(log, "material", logging.ERROR, "Something broke") == "galat dari MkDocs (bahasa Inggris): Something broke"
    for name in ("zisite", "zisite.serve", "mkdocs.plugins.zisite"):  # our own lines pass untouched, even INFO
        assert _said(log, name, logging.INFO, "plans/a.yaml:1:1: peringatan: x") == "plans/a.yaml:1:1: peringatan: x"


def test_strict_mode_aborts_are_translated():
    assert translate_abort("Aborted with 2 warnings in strict mode!").startswith(
        "pembangunan dihentikan: 2 peringatan dari MkDocs (mode strict")
    assert translate_abort("Aborted with 1 errors, 3 warnings in strict mode!").startswith(
        "pembangunan dihentikan: 1 galat, 3 peringatan dari MkDocs")
    assert translate_abort("Aborted with 2 configuration errors!") == "mkdocs.yml tidak sah: 2 galat konfigurasi (lihat di atas)"
    assert translate_abort("Aborted with a configuration error!") == "mkdocs.yml tidak sah: 1 galat konfigurasi (lihat di atas)"
    assert translate_abort("zisite: 1 galat dalam data") == "zisite: 1 galat dalam data"


# --- progress ------------------------------------------------------------------------------------

class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_bar_only_on_a_terminal_outside_ci():
    assert is_live(_Tty(), environ={})
    assert not is_live(_Tty(), environ={"CI": "true"})
    assert not is_live(io.StringIO(), environ={})


def test_plain_progress_is_one_line_per_stage_and_a_line_per_quarter_of_a_long_count():
    out = io.StringIO()
    progress = TerminalProgress(out, live=False)
    progress.stage("memeriksa data")
    progress.stage("menulis situs", 1000, "halaman")
    for _ in range(1000):
        progress.advance()
    progress.finish()
    assert out.getvalue().splitlines() == [
        "zisite: memeriksa data…", "zisite: menulis situs (1.000 halaman)…",
        "zisite: menulis situs: 25 % (250 dari 1.000 halaman)", "zisite: menulis situs: 50 % (500 dari 1.000 halaman)",
        "zisite: menulis situs: 75 % (750 dari 1.000 halaman)"]


def test_live_progress_redraws_one_line_and_makes_room_for_log_lines():
    out = _Tty()
    progress = TerminalProgress(out, live=True, interval=0)
    progress.stage("menulis situs", 4, "halaman")
    progress.advance()
    log = IndonesianLog(out, progress)
    log.emit(logging.LogRecord("zisite", logging.WARNING, __file__, 1, "peringatan: x", (), None))
    progress.advance(3)
    progress.finish()
    text = out.getvalue()
    assert "\rzisite: menulis situs" in text or "\r\x1b[Kzisite: menulis situs" in text
    assert "\r\x1b[Kperingatan: x\n" in text  # the bar is cleared before the log line, not mixed into it
    final = text.split("\r\x1b[K")[-1]
    assert final == f"zisite: menulis situs [{'#' * 24}] 100 % (4 dari 4 halaman)\n"


def test_progress_shows_nothing_unless_a_command_asks():
    Progress().stage("x", 3, "y")  # the default reporter of an in-process build: no output, no error
