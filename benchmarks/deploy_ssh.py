"""How long `zisite deploy` takes, locally and over SSH, and what an SSH deploy sends after a small edit.

    .venv/bin/python benchmarks/deploy_ssh.py [--repeat 3]

Works on a copy of the example project in a temporary folder (nothing in the repository changes)
and a throwaway sshd on 127.0.0.1 (tests/sshkit.py; needs openssh-server and rsync). Measured:
the full deploy (check + build + verify + publish) and the publish of a prebuilt site (--site)
to a local folder and over SSH, each the median of --repeat runs as a subprocess (wall clock,
including interpreter start-up); and rsync's "Total bytes sent" of a first SSH deploy, a deploy
of an unchanged site, and a deploy after a one-line change in plans/sigi/2026.yaml. Printed
only; nothing is asserted.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))

from sshkit import start_sshd  # noqa: E402

ZISITE = str(Path(sys.executable).with_name("zisite"))
PLAN = "plans/sigi/2026.yaml"


def copy_project(destination: Path) -> Path:
    destination.mkdir(parents=True)
    for name in ("mkdocs.yml", "plans", "content", "theme"):
        source = REPO / name
        if source.exists():
            (shutil.copytree if source.is_dir() else shutil.copy)(source, destination / name)
    return destination


def deploy(project: Path, *args: str, env: dict | None = None) -> tuple[float, str]:
    started = time.monotonic()
    proc = subprocess.run([ZISITE, "deploy", *args], cwd=project, capture_output=True, text=True,
                          env={**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})}, timeout=600)
    seconds = time.monotonic() - started
    if proc.returncode != 0:
        raise RuntimeError(f"zisite deploy {' '.join(args)} failed:\n{proc.stdout}{proc.stderr}")
    return seconds, proc.stdout


def sent_bytes(output: str) -> int:
    match = re.search(r"dikirim lewat ssh \(rsync\): ([\d.]+) bita", output)
    return int(match.group(1).replace(".", ""))


def files_sent(output: str, files: int) -> int:
    match = re.search(r"(\d+) berkas tidak berubah", output)
    return files - int(match.group(1)) if match else files


def median_deploy(project: Path, repeat: int, *args: str, env: dict | None = None) -> float:
    return statistics.median(deploy(project, *args, env=env)[0] for _ in range(repeat))


def one_line_change(project: Path) -> str:
    plan = project / PLAN
    lines = plan.read_text(encoding="utf-8").splitlines(keepends=True)
    index = next(i for i, line in enumerate(lines) if line.strip().startswith("- uraian: \""))
    lines[index] = lines[index].replace('"\n', ' (diperbarui)"\n')
    plan.write_text("".join(lines), encoding="utf-8")
    return f"{PLAN}:{index + 1}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="zisite-deploy-bench-") as tmp:
        work = Path(tmp)
        project = copy_project(work / "repo")
        site = work / "site"
        subprocess.run([ZISITE, "build", "--site-dir", str(site)], cwd=project, check=True, capture_output=True)
        files = sum(1 for p in site.rglob("*") if p.is_file())
        size = sum(p.stat().st_size for p in site.rglob("*") if p.is_file())
        server = start_sshd(work / "sshd")
        ssh_env = {"ZISITE_SSH": server.ssh_command}
        try:
            print("deploy: measuring local folder…", file=sys.stderr)
            local_full = median_deploy(project, args.repeat, str(work / "www"))
            local_site = median_deploy(project, args.repeat, "--site", str(site), str(work / "www"))
            print("deploy: measuring ssh…", file=sys.stderr)
            url = server.url(work / "srv")
            _, first = deploy(project, "--site", str(site), url, env=ssh_env)
            _, unchanged = deploy(project, "--site", str(site), url, env=ssh_env)
            ssh_full = median_deploy(project, args.repeat, url, env=ssh_env)
            ssh_site = median_deploy(project, args.repeat, "--site", str(site), url, env=ssh_env)
            where = one_line_change(project)
            _, changed = deploy(project, url, env=ssh_env)
        finally:
            server.stop()
    first_b, unchanged_b, changed_b = sent_bytes(first), sent_bytes(unchanged), sent_bytes(changed)
    print(f"Example site: {files} files, {size:,} bytes. Median of {args.repeat} runs, wall clock per "
          f"`zisite deploy` subprocess (Python {sys.version.split()[0]}, {os.cpu_count()} cores).\n")
    print("| target | full deploy (check + build + verify + publish) | --site (verify + publish) |")
    print("|---|---|---|")
    print(f"| local folder | {local_full:.2f} s | {local_site:.2f} s |")
    print(f"| ssh:// (sshd on 127.0.0.1) | {ssh_full:.2f} s | {ssh_site:.2f} s |")
    print("\n| SSH deploy | rsync Total bytes sent | share of first | files sent |")
    print("|---|---|---|---|")
    print(f"| first (empty target) | {first_b:,} | 100% | {files_sent(first, files)} |")
    print(f"| same site again | {unchanged_b:,} | {100 * unchanged_b / first_b:.1f}% | {files_sent(unchanged, files)} |")
    print(f"| after a one-line change ({where}) | {changed_b:,} | {100 * changed_b / first_b:.1f}% "
          f"| {files_sent(changed, files)} |")


if __name__ == "__main__":
    main()
