"""The hashed locks in requirements/ cover pyproject.toml, so the two cannot drift apart.

`./dev` installs requirements/<run|test>.txt with --require-hashes --no-deps and then zisite itself
with --no-deps --no-build-isolation: a dependency or build backend missing from a lock, or pinned
outside the range pyproject.toml allows, would break a fresh set-up or an office's CI. `./dev lock`
refreshes both files (docs/maintainers.md).
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

from helpers import ROOT

LOCKS = ROOT / "requirements"
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==(\S+)\s*\\$")
HASH = re.compile(r"^\s+--hash=sha256:[0-9a-f]{64}(\s*\\)?$")
# The environment the locks are made for (`./dev lock` refuses any other Python).
TARGET = {**default_environment(), "python_version": "3.11", "python_full_version": "3.11.0",
          "sys_platform": "linux", "platform_system": "Linux", "os_name": "posix"}


def parse_lock(text: str) -> dict[str, tuple[Version, int]]:
    """Canonical name → (pinned version, number of hashes); ValueError on a line a lock must not hold."""
    pins: dict[str, tuple[Version, int]] = {}
    current = None
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if match := PIN.match(line):
            current = canonicalize_name(match[1])
            if current in pins:
                raise ValueError(f"line {number}: {current} pinned twice")
            pins[current] = (Version(match[2]), 0)
        elif HASH.match(line) and current is not None:
            version, hashes = pins[current]
            pins[current] = (version, hashes + 1)
        else:
            raise ValueError(f"line {number}: neither an exact pin nor a sha256 hash: {line!r}")
    return pins


def _pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def required(extra: str | None) -> list[Requirement]:
    """What the lock for ``extra`` (None: the runtime) must pin: dependencies and build backend."""
    project = _pyproject()
    names = [*project["project"]["dependencies"], *project["build-system"]["requires"]]
    if extra:
        names += project["project"]["optional-dependencies"][extra]
    requirements = [Requirement(name) for name in names]
    return [r for r in requirements if r.marker is None or r.marker.evaluate({**TARGET, "extra": extra or ""})]


def uncovered(pins: dict[str, tuple[Version, int]], requirements: list[Requirement]) -> list[str]:
    """Every requirement the pins miss or pin outside its range, as a readable line."""
    problems = []
    for requirement in requirements:
        name = canonicalize_name(requirement.name)
        if name not in pins:
            problems.append(f"{requirement}: not in the lock")
        elif not requirement.specifier.contains(pins[name][0], prereleases=True):
            problems.append(f"{requirement}: the lock pins {pins[name][0]}")
    return problems


@pytest.mark.parametrize(("lock", "extra"), [("run.txt", None), ("test.txt", "test")])
def test_lock_pins_every_dependency_inside_its_range_with_hashes(lock, extra):
    pins = parse_lock((LOCKS / lock).read_text(encoding="utf-8"))
    assert uncovered(pins, required(extra)) == []
    assert [name for name, (_version, hashes) in pins.items() if hashes == 0] == []


def test_test_lock_holds_the_run_lock_at_the_same_versions():
    """`./dev serve` on a venv made by `./dev test` reuses it: the test lock must include the run lock."""
    run = parse_lock((LOCKS / "run.txt").read_text(encoding="utf-8"))
    test = parse_lock((LOCKS / "test.txt").read_text(encoding="utf-8"))
    assert {name: version for name, (version, _h) in run.items() if test.get(name, (None,))[0] != version} == {}


def test_the_coverage_check_sees_a_missing_or_out_of_range_pin():
    pins = {"pydantic": (Version("3.0"), 2), "pyyaml": (Version("6.0.2"), 2)}
    assert uncovered(pins, [Requirement("pydantic>=2.7,<3"), Requirement("pyyaml>=6.0,<7"),
                            Requirement("jinja2>=3.1,<4")]) == [
        "pydantic<3,>=2.7: the lock pins 3.0", "jinja2<4,>=3.1: not in the lock"]
    with pytest.raises(ValueError, match="neither an exact pin"):
        parse_lock("mkdocs>=1.6 \\\n    --hash=sha256:" + "0" * 64 + "\n")


def test_dev_installs_from_the_locks_with_hashes():
    dev = (ROOT / "dev").read_text(encoding="utf-8")
    assert 'pip install -q --require-hashes --no-deps -r "requirements/$1.txt"' in dev
    assert "pip install -q --no-deps --no-build-isolation -e ." in dev
    assert "hash=$(cat pyproject.toml requirements/*.txt | sha256sum" in dev  # a new lock reinstalls
    assert sorted(p.name for p in LOCKS.iterdir()) == ["run.txt", "test.txt"]
