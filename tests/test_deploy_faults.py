"""Kill `zisite deploy` at random moments while readers fetch pages: they only ever see whole releases.

Two real builds that differ (release A: the group site, release B: the Sigi office site) are
deployed alternately to one folder. Each iteration starts a deploy and SIGKILLs it at a moment
drawn from its own slice of a measured span: half the kills are timed from the start and spread
over the whole deploy; half are timed from the moment ``<name>.partial`` appears and spread over
the writing, renaming, switching and pruning that follow (start-up and verification take most
of a deploy, and a kill there proves little). A reader thread meanwhile fetches pages over HTTP from a server rooted at TARGET/current (resolved
per request) and through the filesystem. After each kill the releases on disk are complete, and
a new deploy and a rollback succeed. The seed is printed; set ZISITE_FAULT_SEED to replay it.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from deploykit import build_variant, digests, live, releases
from helpers import ROOT
from zisite.cli import main as zisite

ITERATIONS = 24  # half over the whole deploy, half over its writing part
PAGES = ("index.html", "404.html")
ONLY_IN = {"A": "sigi/index.html", "B": "rencana-aksi/2026/index.html"}  # each file exists in one release only


def _deploy_command(site: Path, target: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "zisite", "deploy", *extra, *(["--site", str(site)] if site else []), str(target)]


def _run(command: list[str]) -> subprocess.CompletedProcess:
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=60)



class _CurrentHandler(BaseHTTPRequestHandler):
    """Serves TARGET/current as a web server would: the symlink is resolved anew for each request."""

    target: Path

    def do_GET(self):  # noqa: N802 - the http.server API
        root = os.path.realpath(self.target / "current")
        try:
            with open(os.path.join(root, self.path.lstrip("/")), "rb") as f:
                body, status = f.read(), 200
        except OSError:
            body, status = b"", 404
        self.send_response(status)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


class Reader(threading.Thread):
    """Fetches continuously; records every answer that is not one whole release."""

    def __init__(self, target: Path, port: int, known: dict[str, dict[str, bytes]]) -> None:
        super().__init__(daemon=True)
        self.target, self.port, self.known = target, port, known
        self.stop = threading.Event()
        self.errors: list[str] = []
        self.fetches = {"A": 0, "B": 0}

    def _which(self, name: str, body: bytes) -> str | None:
        return next((r for r, pages in self.known.items() if pages[name] == body), None)

    def run(self) -> None:
        while not self.stop.is_set() and len(self.errors) < 20:
            try:
                for name in PAGES:  # over HTTP: each answer is a whole page of A or of B
                    with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/{name}", timeout=10) as response:
                        body = response.read()
                    if self._which(name, body) is None:
                        self.errors.append(f"HTTP /{name}: {len(body)} bytes, neither release A nor B")
                root = Path(os.path.realpath(self.target / "current"))  # the filesystem: one snapshot
                seen = {self._which(name, (root / name).read_bytes()) for name in PAGES}
                seen |= {r for r, only in ONLY_IN.items() if (root / only).is_file()}
                if len(seen) != 1 or None in seen:
                    self.errors.append(f"{root.name}: a mixture of releases {sorted(map(str, seen))}")
                else:
                    self.fetches[seen.pop()] += 1
            except Exception as exc:  # noqa: BLE001 - a missing file or refused fetch is the failure
                self.errors.append(f"{type(exc).__name__}: {exc}")
            self.stop.wait(0.005)  # a breath between rounds; ends at once when the test is done


def _assert_releases_whole(target: Path, expected: dict[str, dict[str, str]], checked: set[str], context: str) -> None:
    """Every complete release on disk (and so `current`) is exactly A or B; releases never change once complete."""
    for name in releases(target):
        if name.endswith((".partial", ".deleting")) or name in checked:
            continue
        content = digests(target / "releases" / name)
        assert content in expected.values(), f"{context}: release {name} is incomplete or mixed"
        checked.add(name)
    assert live(target) in checked, f"{context}: current is not a whole release"


def _partial_seen(target: Path, child: subprocess.Popen, timeout: float = 60) -> float | None:
    """Wait until the deploy starts writing a release; the time it did, or None if it ended first.

    Nothing announces a new folder (short of inotify), so this looks every half millisecond: the
    kill moments are measured from here, and coarser looks would blur them."""
    deadline = time.monotonic() + timeout
    while child.poll() is None:
        if any(n.endswith(".partial") for n in releases(target)):
            return time.monotonic()
        assert time.monotonic() < deadline, f"the deploy wrote no release in {timeout} s"
        time.sleep(0.0005)
    return None


def _measure(command: list[str], target: Path) -> tuple[float, float]:
    """(seconds until the deploy starts writing a release, seconds until it ends)."""
    started = time.monotonic()
    child = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    writing = _partial_seen(target, child)
    assert child.wait() == 0
    end = time.monotonic() - started
    return (writing - started if writing is not None else end), end


@pytest.fixture(scope="module")
def sites(site_dir, tmp_path_factory):
    return {"A": site_dir, "B": build_variant(tmp_path_factory.mktemp("site_sigi") / "site", office="sigi")}


@pytest.mark.slow
def test_sigkill_at_any_moment_never_shows_a_partial_site(sites, tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    seed = int(os.environ.get("ZISITE_FAULT_SEED") or 20260115)
    print(f"fault test: seed={seed} (ZISITE_FAULT_SEED={seed} replays the kill times)")
    rng = random.Random(seed)
    target = tmp_path / "www"
    known = {r: {name: (site / name).read_bytes() for name in PAGES} for r, site in sites.items()}
    assert known["A"]["index.html"] != known["B"]["index.html"] and known["A"]["404.html"] != known["B"]["404.html"]
    expected = {r: digests(site) for r, site in sites.items()}
    content_of = {tuple(sorted(d.items())): r for r, d in expected.items()}

    def live_content() -> str:
        return content_of[tuple(sorted(digests(target / "current").items()))]

    assert _run(_deploy_command(sites["A"], target)).returncode == 0
    spans = [_measure(_deploy_command(sites[site], target), target) for site in ("B", "A")]
    duration = max(end for _, end in spans)
    publishing = max(max(end - start for start, end in spans), 0.005)
    print(f"fault test: one deploy takes {duration:.3f} s, the last {publishing:.3f} s of it writing and switching")

    _CurrentHandler.target = target
    server = ThreadingHTTPServer(("127.0.0.1", 0), _CurrentHandler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    reader = Reader(target, server.server_address[1], known)
    reader.start()
    # one kill moment in each equal slice of each span, in random order
    half = ITERATIONS // 2
    moments = [("start", (i + rng.random()) * duration / half) for i in range(half)]
    moments += [(".partial", (i + rng.random()) * publishing / half) for i in range(half)]
    rng.shuffle(moments)
    checked: set[str] = set()
    phases = {"before writing": 0, "while writing": 0, "after the switch": 0, "after it finished": 0}
    try:
        for i, (mark, moment) in enumerate(moments):
            context = f"iteration {i}, kill {moment:.4f} s after the {mark} (seed {seed})"
            other = "B" if live_content() == "A" else "A"
            was_live = live(target)
            child = subprocess.Popen(_deploy_command(sites[other], target), cwd=ROOT,
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            if mark == "start" or _partial_seen(target, child) is not None:
                time.sleep(moment)  # the kill moment drawn above: deliberate, not a wait for anything
            finished = child.poll() is not None
            child.send_signal(signal.SIGKILL)
            child.wait(timeout=30)
            leftovers = [n for n in releases(target) if n.endswith(".partial")]
            phase = ("after it finished" if finished else "after the switch" if live(target) != was_live
                     else "while writing" if leftovers else "before writing")
            phases[phase] += 1
            print(f"fault test: {context}: {phase}")
            _assert_releases_whole(target, expected, checked, context)

            # the recovery runs in-process: the same code and exit codes, without a new interpreter each time
            assert zisite(["deploy", "--site", str(sites[other]), str(target)]) == 0, context
            assert live_content() == other and not any(n.endswith(".partial") for n in releases(target)), context
            before = live(target)
            assert zisite(["deploy", "--rollback", str(target)]) == 0, context
            assert live(target) != before, context
            _assert_releases_whole(target, expected, checked, context)
    finally:
        reader.stop.set()
        reader.join(timeout=30)
        server.shutdown()
        server.server_close()
    print(f"fault test: kills {phases}; reader saw whole releases A {reader.fetches['A']}x, B {reader.fetches['B']}x")
    assert reader.errors == [], f"seed {seed}: {reader.errors}"
    assert reader.fetches["A"] > 0 and reader.fetches["B"] > 0
    assert phases["while writing"] + phases["after the switch"] > 0, f"no kill hit the deploy's work: {phases}"
