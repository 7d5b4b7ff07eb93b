"""`zisite init`: the new office repository passes `zisite check`, builds, documents every field, never overwrites."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup

from helpers import ROOT, run_cli
from zisite.models import Office
from zisite.scaffold import FILES, TEMPLATES
from zisite.scaffold.office_yaml import _parts, office_yaml
from zisite.checks.validate import validate
from zisite.load.yaml import load_text

SLUG = "kab-contoh-baru"
OFFICE = f"content/offices/{SLUG}/office.yaml"


@pytest.fixture(scope="module")
def repo(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("init") / "repo"
    folder.mkdir()  # an empty folder is fine
    result = run_cli("init", SLUG, "--folder", str(folder))
    assert result.code == 0, result.out + result.err
    return folder


@pytest.fixture(scope="module")
def built(repo) -> Path:
    result = run_cli("build", cwd=repo)
    assert result.code == 0, result.out + result.err
    return repo / "site"


def _year() -> int:
    return date.today().year


def test_writes_the_whole_repository(repo):
    expected = ["README.md", "mkdocs.yml", ".gitignore", ".github/workflows/zisite.yml", ".gitlab-ci.yml",
                ".pre-commit-config.yaml", OFFICE, f"plans/{SLUG}/{_year()}.yaml", "content/halaman/.gitkeep",
                "schemas/plan.schema.json", "schemas/office.schema.json"]
    for name in expected:
        assert (repo / name).is_file(), name
    text = (repo / ".gitignore").read_text(encoding="utf-8")
    assert "site/" in text and ".venv/" in text
    assert not re.search(r"@[A-Z_]+@", "".join(p.read_text(encoding="utf-8") for p in repo.rglob("*") if p.is_file()))


def test_passes_check_at_once_with_warnings_for_the_empty_plan(repo):
    result = run_cli("check", str(repo), "--format", "json")
    assert result.code == 0, result.out
    report = json.loads(result.out)
    assert report["sah"] and report["galat"] == 0
    # The plan is empty and zisite.txt still names the placeholder address (ZISITE_REPO was not set).
    assert sorted(d["kode"] for d in report["diagnostik"]) == ["install-placeholder", "plan-empty", "plan-unsigned"]
    [address] = [d for d in report["diagnostik"] if d["kode"] == "install-placeholder"]
    assert address["berkas"] == "zisite.txt" and "git.example.invalid" in (repo / "zisite.txt").read_text(
        encoding="utf-8").splitlines()[address["baris"] - 1]
    assert report["rencana_aksi"][0]["tahun"] == _year()


def test_builds_the_office_at_the_site_root(repo, built):
    home = BeautifulSoup((built / "index.html").read_text(encoding="utf-8"), "html.parser")
    assert home.html["lang"] == "id"
    assert [h.get_text(strip=True) for h in home.find_all("h1")] == ["KPU Kabupaten Contoh Baru"]
    plan = (built / f"rencana-aksi/{_year()}/index.html").read_text(encoding="utf-8")
    assert "Rencana aksi belum diisi" in plan and "Belum ditetapkan" in plan
    # The packaged theme overrides arrive without a custom_dir in the office repository.
    assert "custom_dir" not in (repo / "mkdocs.yml").read_text(encoding="utf-8")
    assert (built / "assets/zi.css").is_file() and (built / "assets/toolbar.js").is_file()
    assert "fonts.googleapis" not in (built / "index.html").read_text(encoding="utf-8")


def _field_paths(model, prefix=()) -> list[tuple[str, ...]]:
    paths = []
    for name, field in model.model_fields.items():
        paths.append(prefix + (name,))
        kind, inner = _parts(field.annotation)
        if kind in ("model", "list") and isinstance(inner, type) and hasattr(inner, "model_fields"):
            paths += _field_paths(inner, prefix + (name,))
    return paths


def _uncommented(text: str) -> str:
    """office.yaml with every commented-out key switched on, as staff would do it."""
    return re.sub(r"(?m)^# (?=\s*(- )?[a-z_]+:)", "", text)


def test_office_yaml_holds_every_field_with_its_description(repo):
    text = (repo / OFFICE).read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=../../../schemas/office.schema.json\n")
    data = yaml.safe_load(_uncommented(text))
    for path in _field_paths(Office):
        node = data
        for key in path:
            node = node[0] if isinstance(node, list) else node
            assert key in node, ".".join(path)
            node = node[key]
    for field in Office.model_fields.values():
        assert field.description in text


def test_office_yaml_examples_are_valid_when_switched_on(repo):
    for text in (_uncommented((repo / OFFICE).read_text(encoding="utf-8")),
                 office_yaml({"nama": "Komisi Pemilihan Umum Kota Contoh", "nama_singkat": "KPU Kota Contoh",
                              "tingkat": "kota"}, uncomment=True)):
        loaded, problems = load_text(text, "office.yaml")
        assert problems == [] and loaded is not None
        office, problems = validate(loaded, Office)
        assert [d.format() for d in problems] == []
        assert office.tautan.pengaduan and office.zona_integritas.road_map and office.layanan


@pytest.mark.parametrize("slug", ["Kab Sigi", "kab_sigi", "sigi-", "SIGI"])
def test_refuses_a_bad_slug(tmp_path, slug):
    result = run_cli("init", slug, "--folder", str(tmp_path / "baru"))
    assert result.code == 2
    assert f"galat: slug '{slug}' tidak sah: harus huruf kecil, angka dan tanda hubung saja" in result.err
    assert not (tmp_path / "baru").exists()


def test_refuses_a_folder_that_is_not_empty_and_overwrites_nothing(tmp_path):
    (tmp_path / "README.md").write_text("milik kantor", encoding="utf-8")
    result = run_cli("init", "sigi", "--folder", str(tmp_path))
    assert result.code == 2
    assert "sudah ada dan tidak kosong" in result.err and "Traceback" not in result.err
    assert [p.name for p in tmp_path.iterdir()] == ["README.md"]
    assert (tmp_path / "README.md").read_text(encoding="utf-8") == "milik kantor"


def test_default_folder_is_the_slug(tmp_path):
    result = run_cli("init", "kota-palu", cwd=tmp_path)
    assert result.code == 0, result.err
    office_file = tmp_path / "kota-palu/content/offices/kota-palu/office.yaml"
    office = yaml.safe_load(office_file.read_text(encoding="utf-8"))
    assert office["tingkat"] == "kota" and office["nama_singkat"] == "KPU Kota Palu"


def _steps_text(job: dict) -> str:
    return "\n".join(str(step.get("run", "")) + str(step.get("uses", "")) for step in job["steps"])


def test_github_workflow_checks_builds_verifies_and_deploys(repo):
    flow = yaml.safe_load((repo / ".github/workflows/zisite.yml").read_text(encoding="utf-8"))
    triggers = flow.get("on", flow.get(True))  # PyYAML reads the key `on` as YAML 1.1 true
    assert triggers["push"]["branches"] == ["main"] and "pull_request" in triggers
    assert list(flow["jobs"]) == ["bangun", "terbit"]  # the pipeline's order; tests/test_ci_templates.py: secrets
    runs = "\n".join(_steps_text(job) for job in flow["jobs"].values())
    order = ["zisite check --format github", "zisite build", "zisite deploy site.zip --site site",
             'zisite deploy "$ZISITE_DEPLOY_TARGET" --site site']
    assert all(command in runs for command in order)
    assert [runs.index(command) for command in order] == sorted(runs.index(command) for command in order)
    assert "ZISITE_SSH=" in runs and "actions/upload-artifact" in runs
    text = (repo / ".github/workflows/zisite.yml").read_text(encoding="utf-8")
    for secret in ("ZISITE_SSH_KEY", "ZISITE_KNOWN_HOSTS", "ZISITE_DEPLOY_TARGET"):
        assert f"secrets.{secret}" in text
    uploads = {s["with"]["name"]: s for s in flow["jobs"]["bangun"]["steps"] if "upload-artifact" in s.get("uses", "")}
    assert uploads["situs"]["with"]["path"] == "site/"
    assert uploads["pratinjau"]["with"]["path"] == "pratinjau/" and "pull_request" in uploads["pratinjau"]["if"]
    assert uploads["situs-zip"]["with"]["path"] == "site.zip"


def test_gitlab_ci_has_the_same_stages_and_a_code_quality_report(repo):
    ci = yaml.safe_load((repo / ".gitlab-ci.yml").read_text(encoding="utf-8"))
    assert ci["stages"] == ["periksa", "bangun", "verifikasi", "terbit"]
    assert "zisite check --format gitlab > gl-code-quality-report.json || true" in ci["periksa"]["script"]
    assert ci["periksa"]["artifacts"]["reports"]["codequality"] == "gl-code-quality-report.json"
    assert ci["periksa"]["artifacts"]["when"] == "always"
    assert ci["bangun"]["script"] == ["zisite build", "zisite pratinjau site pratinjau"]
    assert ci["bangun"]["artifacts"]["paths"] == ["site/", "pratinjau/"]
    assert ci["verifikasi"]["script"] == ["zisite deploy site.zip --site site"]
    assert ci["terbit"]["script"][-1] == 'zisite deploy "$ZISITE_DEPLOY_TARGET" --site site'
    assert "$CI_DEFAULT_BRANCH" in ci["terbit"]["rules"][0]["if"]
    assert "ZISITE_PIP_SPEC" not in ci["variables"]  # zisite.txt says where zisite comes from


def test_pre_commit_runs_the_installed_zisite(repo):
    """The office's hook runs the zisite installed from zisite.txt, so no second address to keep."""
    config = yaml.safe_load((repo / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    (local,) = config["repos"]
    (office_hook,) = local["hooks"]
    assert local["repo"] == "local"
    assert office_hook["entry"] == "zisite check" and office_hook["language"] == "system"
    assert office_hook["pass_filenames"] is False
    office_files = re.compile(office_hook["files"])
    assert all(office_files.search(n) for n in ("plans/x/2026.yaml", "content/halaman/x.md", "mkdocs.yml"))
    assert not office_files.search("docs/panduan/index.md")
    # The hook this repository publishes, for projects that prefer a pinned remote hook:
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["id"] == "zisite-check" and hook["entry"] == "zisite check" and hook["language"] == "python"
    assert hook["pass_filenames"] is False
    files = re.compile(hook["files"])
    assert all(files.search(n) for n in ("plans/x/2026.yaml", "a.yml", "halaman/x.md")) and not files.search("x.py")


def test_office_mkdocs_yml_matches_the_example_site(repo):
    """Theme and Markdown settings the pages rely on stay the same as the example site's."""
    office = yaml.safe_load((repo / "mkdocs.yml").read_text(encoding="utf-8"))
    example = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    for key in ("docs_dir", "site_dir", "use_directory_urls", "strict", "theme", "extra", "markdown_extensions",
                "validation"):
        assert office[key] == example[key], key
    assert office["plugins"] == [{"zisite": {"office": SLUG}}]


def test_templates_ship_without_dotfile_names():
    """setuptools' package-data globs skip dotfiles: the templates are named without the dot."""
    names = sorted(p.relative_to(FILES).as_posix() for p in FILES.rglob("*") if p.is_file())
    assert names == sorted(TEMPLATES)
    assert not any(part.startswith(".") for name in names for part in name.split("/"))


def test_an_empty_plan_is_valid_with_two_warnings(cli, make_project):
    from helpers import MINIMAL_PLAN

    empty = MINIMAL_PLAN.split("pengesahan:")[0] + "penandatangan: []\nbagian: []\n"  # as `zisite init` writes it
    root = make_project(plan=empty)
    result = cli("check", str(root))
    assert result.code == 0, result.out
    assert ("plans/contoh/2026.yaml:7:16: peringatan: rencana aksi belum memuat penandatangan; "
            "situs menyebutnya 'belum ditetapkan'") in result.out
    assert "plans/contoh/2026.yaml:8:9: peringatan: rencana aksi belum berisi baris" in result.out
    assert result.out.splitlines()[-1].endswith("0 galat, 2 peringatan: data sah.")


# The staff guide travels with the repository


_LINK = re.compile(r"\]\(([^)\s]+)\)")
_CODE = re.compile(r"^(```|~~~).*?^\1|`[^`\n]*`", re.M | re.S)  # examples, not links


def _relative_links(text: str) -> list[str]:
    return [t for t in _LINK.findall(_CODE.sub("", text)) if not re.match(r"[a-z]+:|#", t)]


def test_readme_links_the_staff_guide_and_the_error_catalogue(repo):
    readme = (repo / "README.md").read_text(encoding="utf-8")
    assert "[`docs/panduan/index.md`](docs/panduan/index.md)" in readme
    assert "[`docs/panduan/pesan-galat.md`](docs/panduan/pesan-galat.md)" in readme
    assert "(docs/format-data.md)" in readme and "`docs/format-data.md`)" not in readme.replace("(docs/format-data.md)", "")
    assert (repo / "docs/panduan/pesan-galat.md").read_text(encoding="utf-8") == (
        ROOT / "docs/panduan/pesan-galat.md").read_text(encoding="utf-8")


def test_every_link_in_the_readme_and_the_copied_guide_opens_a_file_in_the_repository(repo):
    pages = [repo / "README.md", *sorted((repo / "docs").rglob("*.md"))]
    assert len(pages) > 10
    broken = []
    for page in pages:
        for target in _relative_links(page.read_text(encoding="utf-8")):
            path = target.split("#", 1)[0]
            if path and not (page.parent / path).exists():
                broken.append(f"{page.relative_to(repo)} → {target}")
    assert broken == []


def test_no_template_placeholder_is_left(repo):
    written = [p for p in repo.rglob("*") if p.is_file() and p.relative_to(repo).parts[0] != "site"]  # not the build
    leftover = [f"{p.relative_to(repo)}: {m}" for p in written
                for m in re.findall(r"@[A-Z][A-Z_]+@", p.read_text(encoding="utf-8"))]
    assert leftover == []


def test_the_wheel_carries_the_guide_and_every_package(tmp_path):
    """The guide lives in docs/ yet ships as `zisite.guide`; the package list in pyproject.toml is
    written out (see the comment there), so it must name every package under generator/."""
    import subprocess
    import sys
    import tomllib
    import zipfile

    from setuptools import find_namespace_packages

    from zisite import __version__
    from zisite.scaffold import guide

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    found = {p for p in find_namespace_packages(str(ROOT / "generator")) if (ROOT / "generator" / p.replace(".", "/") / "__init__.py").is_file()}
    assert set(config["packages"]) == found | {"zisite.guide"}
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation", "-w", str(tmp_path),
                    str(ROOT)], check=True, capture_output=True, timeout=300)
    (wheel,) = tmp_path.glob("zisite-*.whl")
    assert wheel.name.startswith(f"zisite-{__version__}-")
    names = set(zipfile.ZipFile(wheel).namelist())
    missing = [page for page in guide.pages(ROOT / "docs") if f"zisite/guide/{page}" not in names]
    assert missing == []
    assert "zisite/scaffold/files/zisite.txt" in names and "zisite/preview.py" in names
