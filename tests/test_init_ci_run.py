"""The CI that `zisite init` writes, run step by step on the repository it wrote.

Not a container: each `run:` step (GitHub) and each script line (GitLab) runs in bash, in order,
in the new repository, with the real `zisite` of this test run. Only what needs the forge is stood
in for: `python -m pip` (zisite is already installed), `apt-get`, the `uses:` actions (checkout is
the repository itself; upload and download artifacts are copies, and the uploaded path must exist).
An `if:` this simulation does not know fails the test, so a new condition is never skipped
silently. The deploy target is a local folder, which `zisite deploy` treats like a server.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

import zisite.scaffold as scaffold_module
from zisite.scaffold import scaffold

REPO = "https://git.example.go.id/kpu/zisite.git"
COMMIT = "0123456789abcdef0123456789abcdef01234567"
VENV_BIN = Path(sys.executable).parent
MAIN_PUSH = "github.event_name == 'push' && github.ref == 'refs/heads/main'"


def _conditions(event: str, target: str) -> dict[str, bool]:
    push = event == "push"
    return {MAIN_PUSH: push, "github.event_name == 'pull_request'": event == "pull_request",
            "env.ZISITE_DEPLOY_TARGET == ''": target == "", "env.ZISITE_DEPLOY_TARGET != ''": target != ""}


def _stand_ins(folder: Path) -> Path:
    folder.mkdir()
    for name in ("python", "apt-get"):  # zisite is installed already; apt has nothing to add here
        program = folder / name
        program.write_text(f'#!/bin/sh\necho "{name} $*" >> "{folder}/calls"\n', encoding="utf-8")
        program.chmod(0o755)
    return folder


@pytest.fixture
def office(tmp_path, monkeypatch) -> Path:
    """A new office repository, committed, whose zisite.txt names a real-looking address."""
    monkeypatch.setenv("ZISITE_REPO", REPO)
    direct_url = {"url": REPO, "vcs_info": {"vcs": "git", "commit_id": COMMIT}}
    monkeypatch.setattr(scaffold_module, "_direct_url", lambda: json.dumps(direct_url))
    repo = tmp_path / "kantor"
    scaffold(repo, "kab-contoh", 2026)
    for args in (["init", "-q", "-b", "main"], ["add", "-A"], ["commit", "-qm", "zisite init"]):
        subprocess.run(["git", "-C", str(repo), "-c", "user.email=staf@contoh.go.id", "-c", "user.name=Staf", *args],
                       check=True, capture_output=True)
    return repo


def _run(script: str, repo: Path, env: dict[str, str]) -> subprocess.CompletedProcess:
    result = subprocess.run(["bash", "-e", "-c", script], cwd=repo, env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, f"step failed:\n{script}\n--- stdout\n{result.stdout}\n--- stderr\n{result.stderr}"
    return result


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    stand_ins = tmp_path / "stand-ins"
    if not stand_ins.exists():
        _stand_ins(stand_ins)
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    return {"PATH": f"{stand_ins}:{VENV_BIN}:/usr/bin:/bin", "HOME": str(home), "CI": "true",
            "SOURCE_DATE_EPOCH": "1782864000", **extra}


def _github_job(flow: dict, job: str, repo: Path, env: dict[str, str], event: str, artifacts: Path) -> list[str]:
    """Run one job's steps; the names of the steps that ran."""
    conditions = _conditions(event, env.get("ZISITE_DEPLOY_TARGET", ""))
    ran = []
    for step in flow["jobs"][job]["steps"]:
        condition = step.get("if")
        if condition is not None:
            assert condition in conditions, f"the simulation does not know the condition {condition!r}"
            if not conditions[condition]:
                continue
        uses = step.get("uses", "")
        if uses.startswith("actions/upload-artifact"):
            source = repo / step["with"]["path"]
            assert source.exists(), f"{step['with']['path']} was not made before it is uploaded"
            copy = artifacts / step["with"]["name"]
            shutil.copytree(source, copy) if source.is_dir() else shutil.copy2(source, copy)
        elif uses.startswith("actions/download-artifact"):
            shutil.copytree(artifacts / step["with"]["name"], repo / step["with"]["path"], dirs_exist_ok=True)
        elif "run" in step:
            _run(step["run"], repo, {**env, **{k: str(v) for k, v in step.get("env", {}).items() if "${{" not in str(v)}})
        ran.append(step.get("name") or uses.split("@")[0])
    return ran


def test_github_pull_request_checks_builds_verifies_and_leaves_a_preview_that_opens_from_disk(office, tmp_path):
    flow = yaml.safe_load((office / ".github/workflows/zisite.yml").read_text(encoding="utf-8"))
    artifacts = tmp_path / "artifacts"
    artifacts.mkdir()
    ran = _github_job(flow, "bangun", office, _env(tmp_path), "pull_request", artifacts)
    assert "Periksa data (zisite check)" in ran and "Buat pratinjau (zisite pratinjau)" in ran
    assert (tmp_path / "stand-ins/calls").read_text(encoding="utf-8").splitlines() == [
        "python -m pip install -r zisite.txt"]
    assert (artifacts / "situs/index.html").is_file() and (office / "site.zip").is_file()
    preview = (artifacts / "pratinjau/index.html").read_text(encoding="utf-8")
    assert 'href="aksesibilitas/index.html"' in preview or 'aksesibilitas/index.html' in preview
    assert not (artifacts / "situs-zip").exists()  # the ZIP is kept for main only


def test_github_push_to_main_publishes_what_the_build_job_verified(office, tmp_path):
    flow = yaml.safe_load((office / ".github/workflows/zisite.yml").read_text(encoding="utf-8"))
    artifacts = tmp_path / "artifacts"
    artifacts.mkdir()
    _github_job(flow, "bangun", office, _env(tmp_path), "push", artifacts)
    assert (artifacts / "situs-zip").is_file() and not (artifacts / "pratinjau").exists()
    fresh = tmp_path / "terbit-checkout"
    shutil.copytree(office, fresh, ignore=shutil.ignore_patterns("site", "site.zip"))
    target = tmp_path / "server/zi"
    target.parent.mkdir()
    env = _env(tmp_path, ZISITE_DEPLOY_TARGET=str(target), ZISITE_SSH_KEY="kunci", ZISITE_KNOWN_HOSTS="sidik")
    ran = _github_job(flow, "terbit", fresh, env, "push", artifacts)
    assert "Terbitkan (zisite deploy)" in ran
    assert (target / "current/index.html").is_file() or (target / "index.html").is_file()


def test_gitlab_pipeline_runs_its_stages_in_order(office, tmp_path):
    ci = yaml.safe_load((office / ".gitlab-ci.yml").read_text(encoding="utf-8"))
    env = _env(tmp_path, CI_JOB_NAME="", CI_PROJECT_DIR=str(office))
    for stage in ci["stages"][:-1]:  # terbit needs the forge's protected environment
        (name,) = [n for n, job in ci.items() if isinstance(job, dict) and job.get("stage") == stage]
        job = ci[name]
        script = "\n".join([*job.get("before_script", ci["default"]["before_script"]), *job["script"]])
        _run(script, office, {**env, **{k: str(v) for k, v in job.get("variables", {}).items()}})
        for path in job.get("artifacts", {}).get("paths", []):
            assert (office / path).exists(), f"{name}: artifact {path} was not made"
    assert (office / "pratinjau/index.html").is_file() and (office / "site.zip").is_file()
    calls = (tmp_path / "stand-ins/calls").read_text(encoding="utf-8").splitlines()
    assert calls.count("python -m pip install --quiet -r zisite.txt") == 3  # one install per job


def test_without_an_address_ci_stops_before_installing_with_a_message(tmp_path, monkeypatch):
    monkeypatch.delenv("ZISITE_REPO", raising=False)
    repo = tmp_path / "kantor"
    scaffold(repo, "kab-contoh", 2026)
    flow = yaml.safe_load((repo / ".github/workflows/zisite.yml").read_text(encoding="utf-8"))
    (install,) = [s["run"] for s in flow["jobs"]["bangun"]["steps"] if s.get("name") == "Pasang zisite"]
    result = subprocess.run(["bash", "-e", "-c", install], cwd=repo, env=_env(tmp_path), capture_output=True, text=True)
    assert result.returncode == 1 and "alamat pemasangan zisite belum diisi" in result.stdout
    assert not (tmp_path / "stand-ins/calls").exists()
