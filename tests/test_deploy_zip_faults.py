"""Kill `zisite deploy` to a .zip (and its --rollback) at random moments while a reader opens both archives.

Two sites that differ (A: the session build, B: the same site built for another day) are published
alternately to ``situs.zip``; each run is SIGKILLed at a moment drawn from a measured span, half
timed from the start, half from the moment the temporary archive appears. A reader thread opens
``situs.zip`` and ``situs-sebelumnya.zip`` all along: each, whenever opened, is a whole archive of A
or of B (never missing once published, never cut short). After each kill the next deploy and a
rollback succeed and leave only the two archives. ZISITE_FAULT_SEED replays the kill times.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
import zipfile
from pathlib import Path

import pytest

from deploykit import digests
from helpers import ROOT
from zisite.cli import main as zisite

ITERATIONS = int(os.environ.get("ZISITE_FAULT_ITERATIONS") or 8)  # kills per run; raise it to search longer


def _command(*args) -> list[str]:
    return [sys.executable, "-m", "zisite", "deploy", *map(str, args)]


def _content(path: Path, known: dict[str, dict[str, str]]) -> str | None:
    """Which site the archive holds (by its manifest, checked against every entry's CRC)."""
    with zipfile.ZipFile(path) as z:
        if z.testzip() is not None:
            return None
        lines = z.read("SHA256SUMS").decode("utf-8").splitlines()
    sums = {name: digest for digest, _, name in (line.partition("  ") for line in lines)}
    return next((site for site, expected in known.items() if expected == sums), None)


class Reader(threading.Thread):
    def __init__(self, folder: Path, known: dict[str, dict[str, str]]) -> None:
        super().__init__(daemon=True)
        self.folder, self.known = folder, known
        self.stop = threading.Event()
        self.errors: list[str] = []
        self.reads = 0

    def run(self) -> None:
        while not self.stop.is_set() and len(self.errors) < 20:
            for name in ("situs.zip", "situs-sebelumnya.zip"):
                try:
                    if _content(self.folder / name, self.known) is None:
                        self.errors.append(f"{name}: neither site A nor B")
                    self.reads += 1
                except Exception as exc:  # noqa: BLE001 - a missing or cut archive is the failure
                    self.errors.append(f"{name}: {type(exc).__name__}: {exc}")
            self.stop.wait(0.002)


def _temp_seen(folder: Path, child: subprocess.Popen) -> bool:
    while child.poll() is None:
        if any(p.name.startswith(".situs") for p in folder.iterdir()):
            return True
        time.sleep(0.0005)
    return False


@pytest.mark.slow
def test_sigkill_at_any_moment_leaves_both_archives_whole(site_dir, site_b, tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    seed = int(os.environ.get("ZISITE_FAULT_SEED") or 20261201)
    print(f"zip fault test: seed={seed}")
    rng = random.Random(seed)
    sites = {"A": site_dir, "B": site_b}
    known = {site: digests(folder) for site, folder in sites.items()}
    folder = tmp_path / "keluar"
    folder.mkdir()
    archive = folder / "situs.zip"
    for site in ("A", "B"):
        assert subprocess.run(_command("--site", sites[site], archive), cwd=ROOT, capture_output=True).returncode == 0
    started = time.monotonic()
    assert subprocess.run(_command("--site", site_dir, archive), cwd=ROOT, capture_output=True).returncode == 0
    duration = time.monotonic() - started
    assert _content(archive, known) == "A" and _content(folder / "situs-sebelumnya.zip", known) == "B"

    reader = Reader(folder, known)
    reader.start()
    moments = [(mark, rng.random() * (duration if mark == "start" else 0.05))
               for mark in ("start", "temp") * (ITERATIONS // 2)]
    try:
        for i, (mark, moment) in enumerate(moments):
            context = f"iteration {i}, kill {moment:.4f} s after the {mark} (seed {seed})"
            rollback = i % 4 == 3
            other = "B" if _content(archive, known) == "A" else "A"
            command = _command("--rollback", archive) if rollback else _command("--site", sites[other], archive)
            child = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            if mark == "start" or _temp_seen(folder, child):
                time.sleep(moment)
            child.send_signal(signal.SIGKILL)
            child.wait(timeout=30)
            for name in ("situs.zip", "situs-sebelumnya.zip"):
                assert _content(folder / name, known) in ("A", "B"), f"{context}: {name}"
            # recovery in-process: a deploy that changes the archive, then a rollback that swaps them
            now = _content(archive, known)
            other = "B" if now == "A" else "A"
            assert zisite(["deploy", "--site", str(sites[other]), str(archive)]) == 0, context
            assert _content(archive, known) == other and _content(folder / "situs-sebelumnya.zip", known) == now
            assert zisite(["deploy", "--rollback", str(archive)]) == 0, context
            assert _content(archive, known) == now and _content(folder / "situs-sebelumnya.zip", known) == other
            assert sorted(p.name for p in folder.iterdir()) == ["situs-sebelumnya.zip", "situs.zip"], context
    finally:
        reader.stop.set()
        reader.join(timeout=30)
    assert reader.errors == [], f"seed {seed}: {reader.errors}"
    assert reader.reads > 0
