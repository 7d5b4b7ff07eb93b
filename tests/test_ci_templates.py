"""The office CI that `zisite init` writes: only the deploy job sees deploy secrets, and nothing it
runs is a moving tag (actions by commit SHA, the GitLab image by digest, dependencies by hash,
zisite itself and the pre-commit hook by commit when `zisite init` knows it).

The shell snippets of the templates are run here with stand-in programs, so what is asserted is
what the CI would do, not only what the text says.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
from pathlib import Path

import pytest
import yaml

import zisite.scaffold as scaffold_module
from zisite import __version__
from zisite.scaffold import pinned_commit, scaffold

DEPLOY_NAMES = ("ZISITE_SSH_KEY", "ZISITE_KNOWN_HOSTS", "ZISITE_DEPLOY_TARGET")
PINNED_ACTION = re.compile(r"^[\w.-]+/[\w.-]+@[0-9a-f]{40}$")
USES_LINE = re.compile(r"^\s*(?:- )?uses: (?P<ref>\S+) # v\d+\.\d+\.\d+$")
MAIN_PUSH = "github.event_name == 'push' && github.ref == 'refs/heads/main'"


@pytest.fixture(scope="module")
def repo(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("ci") / "repo"
    scaffold(folder, "kab-contoh", 2026)
    return folder


@pytest.fixture(scope="module")
def github_text(repo) -> str:
    return (repo / ".github/workflows/zisite.yml").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def github(github_text) -> dict:
    return yaml.safe_load(github_text)


@pytest.fixture(scope="module")
def gitlab(repo) -> dict:
    return yaml.safe_load((repo / ".gitlab-ci.yml").read_text(encoding="utf-8"))


def _steps(flow: dict) -> list[tuple[str, dict]]:
    return [(name, step) for name, job in flow["jobs"].items() for step in job["steps"]]


def _bash(script: str, env: dict[str, str], path: Path | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    full = {"PATH": f"{path}:{os.environ['PATH']}" if path else os.environ["PATH"], "HOME": os.environ["HOME"], **env}
    return subprocess.run(["bash", "-e", "-c", script], env=full, capture_output=True, text=True, timeout=30, cwd=cwd)


SPEC = "zisite @ git+https://git.example.go.id/kpu/zisite.git@0123456789abcdef0123456789abcdef01234567"


def _spec_file(repo: Path, folder: Path, spec: str = SPEC) -> Path:
    """The office's zisite.txt with its placeholder address replaced, as the office would."""
    text = (repo / "zisite.txt").read_text(encoding="utf-8")
    (folder / "zisite.txt").write_text(re.sub(r"^zisite @ .*$", spec, text, flags=re.M), encoding="utf-8")
    return folder


def _stand_in(folder: Path, name: str) -> None:
    """A program ``name`` on PATH that writes its arguments to ``calls`` and succeeds."""
    program = folder / name
    program.write_text(f'#!/bin/sh\necho "{name} $*" >> "{folder}/calls"\n', encoding="utf-8")
    program.chmod(0o755)


# GitHub Actions


def test_every_action_is_pinned_by_commit_sha_with_its_version(github, github_text):
    refs = [step["uses"] for _job, step in _steps(github) if "uses" in step]
    assert refs and all(PINNED_ACTION.match(ref) for ref in refs), refs
    lines = [line for line in github_text.splitlines() if re.match(r"^\s*(- )?uses:", line)]
    assert [USES_LINE.match(line)["ref"] if USES_LINE.match(line) else line for line in lines] == refs
    # One release per action: two SHAs for the same action would be an update done halfway.
    by_action = {}
    for line in lines:
        action, _, rest = line.split("uses: ", 1)[1].partition("@")
        by_action.setdefault(action, set()).add(rest)
    assert {action: len(pins) for action, pins in by_action.items() if len(pins) > 1} == {}


def test_checkout_keeps_no_credentials_and_the_build_sees_all_history(github):
    checkouts = [(job, step) for job, step in _steps(github) if step.get("uses", "").startswith("actions/checkout@")]
    assert [job for job, _step in checkouts] == ["bangun", "terbit"]
    assert all(step["with"]["persist-credentials"] is False for _job, step in checkouts)
    assert checkouts[0][1]["with"]["fetch-depth"] == 0  # "Terakhir diperbarui" comes from git log


def test_only_the_deploy_job_sees_secrets(github):
    assert "secrets." not in yaml.safe_dump({k: v for k, v in github.items() if k != "jobs"})
    for name, job in github["jobs"].items():
        text = yaml.safe_dump(job)
        if name != "terbit":
            assert "secrets." not in text and not any(n in text for n in DEPLOY_NAMES), name
    deploy = yaml.safe_dump(github["jobs"]["terbit"])
    assert all(f"secrets.{n}" in deploy for n in DEPLOY_NAMES)
    # The key reaches one step only, not the job's environment.
    key_steps = [step for step in github["jobs"]["terbit"]["steps"] if "secrets.ZISITE_SSH_KEY" in str(step)]
    assert len(key_steps) == 1 and "ZISITE_SSH_KEY" not in github["jobs"]["terbit"]["env"]


def test_the_deploy_job_runs_only_after_a_push_to_main(github):
    triggers = github.get("on", github.get(True))  # PyYAML reads the key `on` as YAML 1.1 true
    assert triggers["push"] == {"branches": ["main"]}
    deploy = github["jobs"]["terbit"]
    assert deploy["if"] == MAIN_PUSH and deploy["needs"] == "bangun" and deploy["environment"] == "produksi"
    assert "if" not in github["jobs"]["bangun"]  # pull requests are checked and built too
    assert github["permissions"] == {"contents": "read"} and "permissions" not in deploy


def test_the_deploy_job_publishes_the_site_the_build_job_verified(github):
    uploads = {s["with"]["name"]: s["with"]["path"] for s in github["jobs"]["bangun"]["steps"]
               if s.get("uses", "").startswith("actions/upload-artifact@")}
    (download,) = [s for s in github["jobs"]["terbit"]["steps"]
                   if s.get("uses", "").startswith("actions/download-artifact@")]
    assert uploads[download["with"]["name"]] == "site/" and download["with"]["path"] == "site"
    runs = [s["run"] for s in github["jobs"]["terbit"]["steps"] if "run" in s]
    assert 'zisite deploy "$ZISITE_DEPLOY_TARGET" --site site' in runs[-1]
    assert "zisite build" not in "\n".join(runs)


@pytest.mark.parametrize("job", ["bangun", "terbit"])
def test_github_installs_from_the_hashed_lock_when_one_is_named(github, job, repo, tmp_path):
    (install,) = [s["run"] for s in github["jobs"][job]["steps"] if s.get("name") == "Pasang zisite"]
    for program in ("python", "ssh", "rsync"):
        _stand_in(tmp_path, program)
    _spec_file(repo, tmp_path)
    lock = "https://git.example.go.id/kpu/zisite/-/raw/v0.1.0/requirements/run.txt"
    assert _bash(install, {"ZISITE_PIP_LOCK": lock}, tmp_path, cwd=tmp_path).returncode == 0
    assert (tmp_path / "calls").read_text(encoding="utf-8").splitlines() == [
        f"python -m pip install --require-hashes --no-deps -r {lock}",
        "python -m pip install --no-deps --no-build-isolation -r zisite.txt"]
    (tmp_path / "calls").unlink()
    assert _bash(install, {"ZISITE_PIP_LOCK": ""}, tmp_path, cwd=tmp_path).returncode == 0
    assert (tmp_path / "calls").read_text(encoding="utf-8").splitlines() == ["python -m pip install -r zisite.txt"]


def _github_install(github) -> str:
    return next(s["run"] for s in github["jobs"]["bangun"]["steps"] if s.get("name") == "Pasang zisite")


@pytest.mark.parametrize("spec", ["zisite @ git+https://git.example.invalid/zisite.git@v0.1.0", ""])
def test_install_stops_with_a_clear_message_while_the_address_is_a_placeholder(github, gitlab, repo, tmp_path, spec):
    _stand_in(tmp_path, "python")
    _spec_file(repo, tmp_path, spec)
    result = _bash(_github_install(github), {"ZISITE_PIP_LOCK": ""}, tmp_path, cwd=tmp_path)
    assert result.returncode == 1 and not (tmp_path / "calls").exists()  # nothing installed
    assert result.stdout.startswith("::error file=zisite.txt::alamat pemasangan zisite belum diisi;")
    result = _bash(gitlab["default"]["before_script"][-1], {}, tmp_path, cwd=tmp_path)
    assert result.returncode == 1 and not (tmp_path / "calls").exists()
    assert result.stderr.startswith("zisite: galat: zisite.txt: alamat pemasangan zisite belum diisi;")


def test_zisite_txt_is_the_one_place_the_address_is_written(repo):
    """README, both CI templates and pre-commit install from zisite.txt; none repeats the address."""
    address = "git.example.invalid"
    assert address in (repo / "zisite.txt").read_text(encoding="utf-8")
    for name in (".github/workflows/zisite.yml", ".gitlab-ci.yml", ".pre-commit-config.yaml", "README.md"):
        text = (repo / name).read_text(encoding="utf-8")
        assert address not in text and "ZISITE_PIP_SPEC" not in text, name
    assert "pip install -r zisite.txt" in (repo / "README.md").read_text(encoding="utf-8")


# GitLab CI


def test_gitlab_image_is_pinned_by_digest(gitlab):
    images = [gitlab["default"]["image"]] + [job["image"] for job in gitlab.values()
                                             if isinstance(job, dict) and "image" in job]
    assert all(re.fullmatch(r"python:3\.11-slim@sha256:[0-9a-f]{64}", image) for image in images), images


def _jobs(gitlab: dict) -> dict[str, dict]:
    return {name: job for name, job in gitlab.items() if isinstance(job, dict) and "script" in job}


def test_gitlab_build_jobs_do_not_use_the_deploy_variables(gitlab):
    jobs = _jobs(gitlab)
    assert sorted(jobs) == ["bangun", "periksa", "terbit", "verifikasi"]
    for name, job in jobs.items():
        if name != "terbit":
            assert "before_script" not in job and "environment" not in job, name  # the guard below runs
            assert not any(n in yaml.safe_dump(job) for n in DEPLOY_NAMES), name
    guard, *rest = gitlab["default"]["before_script"]
    assert not any(n in line for line in rest for n in DEPLOY_NAMES)
    assert all(n in guard for n in DEPLOY_NAMES)


@pytest.mark.parametrize("name", DEPLOY_NAMES)
def test_gitlab_build_jobs_stop_when_they_can_read_a_deploy_variable(gitlab, name):
    guard = gitlab["default"]["before_script"][0]
    result = _bash(guard, {name: "/builds/tmp/ZISITE_SSH_KEY", "CI_JOB_NAME": "bangun"})
    assert result.returncode == 1
    assert result.stderr.startswith("zisite: galat: job bangun dapat membaca rahasia terbitan")
    assert "Environment scope" in result.stderr and "produksi" in result.stderr
    assert _bash(guard, {"CI_JOB_NAME": "bangun"}).returncode == 0


def test_gitlab_deploy_job_alone_is_in_the_produksi_environment_on_the_default_branch(gitlab):
    deploy = gitlab["terbit"]
    assert deploy["environment"] == {"name": "produksi"}
    assert deploy["rules"] == [{"if": "$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH"}]  # no scoped variable in rules
    assert deploy["needs"] == ["bangun", "verifikasi"]
    assert deploy["script"][-1] == 'zisite deploy "$ZISITE_DEPLOY_TARGET" --site site'


def test_gitlab_deploy_job_without_a_target_ends_before_installing_anything(gitlab, tmp_path):
    first, *_ = gitlab["terbit"]["before_script"]
    script = first + "\necho lanjut\n"
    result = _bash(script, {"ZISITE_DEPLOY_TARGET": ""})
    assert result.returncode == 0 and "lanjut" not in result.stdout
    assert "ZISITE_DEPLOY_TARGET tidak diatur" in result.stdout
    assert "lanjut" in _bash(script, {"ZISITE_DEPLOY_TARGET": "ssh://zi@web.example/srv/zi"}).stdout


def test_gitlab_deploy_job_installs_and_requires_ssh_and_rsync(gitlab, tmp_path):
    before = gitlab["terbit"]["before_script"]
    assert any("apt-get install" in line and "openssh-client rsync" in line for line in before)
    (check,) = [line for line in before if "command -v" in line]
    _stand_in(tmp_path, "ssh")  # rsync missing; PATH holds only the stand-in folder
    result = subprocess.run(["/bin/bash", "-e", "-c", check], env={"PATH": str(tmp_path)},
                            capture_output=True, text=True, timeout=30)
    assert result.returncode == 1
    assert result.stderr.strip() == ("zisite: galat: program rsync tidak ada di image ini; "
                                     "penerbitan lewat SSH memerlukan ssh dan rsync.")
    _stand_in(tmp_path, "rsync")
    assert subprocess.run(["/bin/bash", "-e", "-c", check], env={"PATH": str(tmp_path)}).returncode == 0


def test_gitlab_installs_from_the_hashed_lock_when_one_is_named(gitlab, repo, tmp_path):
    install = gitlab["default"]["before_script"][-1]
    assert gitlab["terbit"]["before_script"][-1] == install  # the same YAML anchor
    _stand_in(tmp_path, "python")
    _spec_file(repo, tmp_path)
    lock = "/tmp/run.txt"
    assert _bash(install, {"ZISITE_PIP_LOCK": lock}, tmp_path, cwd=tmp_path).returncode == 0
    assert (tmp_path / "calls").read_text(encoding="utf-8").splitlines() == [
        f"python -m pip install --quiet --require-hashes --no-deps -r {lock}",
        "python -m pip install --quiet --no-deps --no-build-isolation -r zisite.txt"]


# The zisite revision the templates install


REPO = "https://git.example.go.id/kpu/zisite.git"
COMMIT = "0123456789abcdef0123456789abcdef01234567"


@pytest.mark.parametrize(("direct_url", "expected"), [
    ({"url": REPO, "vcs_info": {"vcs": "git", "commit_id": COMMIT, "requested_revision": "v0.1.0"}}, COMMIT),
    ({"url": REPO.removesuffix(".git") + "/", "vcs_info": {"vcs": "git", "commit_id": COMMIT}}, COMMIT),
    ({"url": "https://elsewhere.example/zisite.git", "vcs_info": {"vcs": "git", "commit_id": COMMIT}}, None),
    ({"url": REPO, "vcs_info": {"vcs": "hg", "commit_id": COMMIT}}, None),
    ({"url": REPO, "vcs_info": {"vcs": "git", "commit_id": "v0.1.0"}}, None),
    ({"url": "file:///home/zi/zisite", "dir_info": {"editable": True}}, None),
    (None, None),
])
def test_the_pinned_commit_is_the_one_pip_installed_from_the_same_repository(direct_url, expected):
    assert pinned_commit(REPO, json.dumps(direct_url) if direct_url else None) == expected
    assert pinned_commit(REPO, "{not json") is None


def test_templates_pin_zisite_by_commit_when_it_was_installed_from_git(tmp_path, monkeypatch):
    direct_url = {"url": REPO, "vcs_info": {"vcs": "git", "commit_id": COMMIT, "requested_revision": "v0.1.0"}}
    monkeypatch.setenv("ZISITE_REPO", REPO)
    monkeypatch.setattr(scaffold_module, "_direct_url", lambda: json.dumps(direct_url))
    scaffold(tmp_path / "repo", "kab-contoh", 2026)
    text = (tmp_path / "repo/zisite.txt").read_text(encoding="utf-8")
    assert f"\nzisite @ git+{REPO}@{COMMIT}\n" in text
    assert f"Ditulis oleh zisite {__version__} (commit {COMMIT})." in text


def test_templates_fall_back_to_the_release_tag_without_a_git_install(repo):
    """An editable or wheel install knows no commit (this test suite's own install, for one)."""
    text = (repo / "zisite.txt").read_text(encoding="utf-8")
    assert f"\nzisite @ git+https://git.example.invalid/zisite.git@v{__version__}\n" in text
