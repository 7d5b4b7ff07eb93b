"""One harness for the broken-file corpora (``tests/corpus/``, ``tests/corpus_stats/``).

A corpus is a folder of whole data files, each with one class of mistake, and a table giving, for
each file, every ``galat`` `zisite check` must print for it — place, Indonesian message, ``(di …)``
suffix and ``petunjuk`` line — in printed order. The harness drops a file into a small valid
project where the corpus says, runs the checker and compares.

The checker runs in this process (``zisite.cli.main``: the same code, arguments, printed lines and
exit code as the command, without starting an interpreter per file); ``assert_same_as_command``
holds that equal to the real ``zisite`` process for one case of each corpus.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from helpers import Result, run_main

HERE = Path(__file__).resolve().parent


def diagnostics_for(output: str, file: str, severity: str = "galat") -> list[str]:
    """Each diagnostic of ``severity`` printed for ``file``, with its ``petunjuk`` line joined by a newline."""
    found: list[str] = []
    current = False
    for line in output.splitlines():
        if line.startswith(file + ":") and f": {severity}: " in line:
            found.append(line)
            current = True
        elif current and line.startswith("    petunjuk: "):
            found[-1] += "\n" + line
        else:
            current = False
    return found


def check(root: Path, *args: str) -> Result:
    """`zisite check ROOT [ARGS]`, in this process."""
    return run_main("check", str(root), *args)


def refused(result: Result) -> Result:
    """The checker refused the data the way staff see it: exit code 1, nothing on stderr, no traceback."""
    assert "Traceback" not in result.out + result.err, result.out + result.err
    assert result.err == "", result.err
    assert result.code == 1, result.out
    return result


def summary_for(errors: int) -> str:
    """How the last line of a refusal with ``errors`` errors (and no warnings) ends."""
    return f"; {errors} galat, 0 peringatan: data TIDAK sah; situs tidak akan dibangun."


@dataclass(frozen=True)
class Corpus:
    folder: Path
    cases: list[tuple[str, list[str]]]  # (file stem, every galat printed for it)
    default: Callable[[str], str]  # where a case's file goes in the project, unless listed in ``places``
    places: dict[str, str] = field(default_factory=dict)

    def target(self, case: str) -> str:
        return self.places.get(case) or self.default(case)

    def read(self, case: str) -> bytes:
        return (self.folder / f"{case}.yaml").read_bytes()

    def files(self, case: str) -> dict[str, bytes]:
        """The project files that put ``case`` in place (the rest of the project stays valid)."""
        return {self.target(case): self.read(case)}

    def expected(self, case: str) -> list[str]:
        return dict(self.cases)[case]

    @property
    def ids(self) -> list[str]:
        return [name for name, _ in self.cases]

    def assert_table_matches_disk(self) -> None:
        on_disk = sorted(p.stem for p in self.folder.glob("*.yaml"))
        assert on_disk == sorted(self.ids)
        assert len(self.ids) == len(set(self.ids))
        assert all(expected for _, expected in self.cases), "every corpus file must be refused"

    def assert_reported_exactly(self, make_project, case: str, expected: list[str]) -> Result:
        file = self.target(case)
        result = refused(check(make_project(self.files(case))))
        assert diagnostics_for(result.out, file) == expected
        # Nothing else is blamed: the other files of the project are valid.
        others = [line for line in result.out.splitlines() if ": galat: " in line and not line.startswith(file + ":")]
        assert others == []
        assert result.out.splitlines()[-1].endswith(summary_for(len(expected)))
        return result

    def assert_same_as_command(self, cli, make_project, case: str) -> None:
        """The real ``zisite check`` process prints exactly what the in-process run printed."""
        root = make_project(self.files(case))
        real, here = cli("check", str(root)), check(root)
        assert (real.code, real.out, real.err) == (here.code, here.out, here.err)
        assert diagnostics_for(real.out, self.target(case)) == self.expected(case)

    def tests(self, cross_check: str):
        """The tests every corpus has, for its module to take as its own: the table and the folder
        agree; each file is reported exactly; the real command prints what the harness saw (for the
        case ``cross_check``)."""

        def table_agrees():
            self.assert_table_matches_disk()

        @pytest.mark.parametrize("case, expected", self.cases, ids=self.ids)
        def reported_exactly(make_project, case, expected):
            self.assert_reported_exactly(make_project, case, expected)

        def same_as_command(cli, make_project):
            self.assert_same_as_command(cli, make_project, cross_check)

        return table_agrees, reported_exactly, same_as_command
