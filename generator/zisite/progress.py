"""Long work told on the terminal, in Indonesian: one line per stage, and a bar while counting.

A national build takes minutes, so staff should see it move. On a terminal (stderr is a TTY and
``CI`` is not set) a counted stage redraws one line as a bar; anywhere else (CI logs, pipes,
tests) every stage is one plain line, and a long count adds a line at each quarter so a log stays
short. The commands choose the reporter (:func:`reporting`); the build and the MkDocs plugin only
say what they are doing through :func:`current`, which shows nothing unless a command asked
(plain ``mkdocs build``, the build run in-process by tests).
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Iterator
from typing import TextIO

from .text.format import angka

PREFIX = "zisite: "
QUARTERS_FROM = 400
"""A plain (not live) count this long also prints a line at 25, 50 and 75 %."""


class Progress:
    """Shows nothing: what the build calls when no command asked for progress."""

    def stage(self, text: str, total: int = 0, unit: str = "") -> None:
        """A new stage; with ``total``, a count of ``unit`` that :meth:`advance` moves on."""

    def count(self, total: int, unit: str) -> None:
        """Count ``total`` ``unit`` in the current stage (known only once the stage has begun)."""

    def advance(self, n: int = 1) -> None:
        """``n`` more of the current stage's count are done."""

    def clear(self) -> None:
        """Make room for another line on the terminal (a log message) before it is written."""

    def resume(self) -> None:
        """Show the live line again after :meth:`clear` and the line written since."""

    def finish(self) -> None:
        """End the current stage's count (the live bar's line ends)."""


class TerminalProgress(Progress):
    def __init__(self, stream: TextIO, live: bool, interval: float = 0.1, width: int = 24):
        self.stream, self.live, self.interval, self.width = stream, live, interval, width
        self.text, self.unit, self.total, self.done = "", "", 0, 0
        self._drawn = False        # a live line is on the terminal, with no newline after it
        self._cleared = False      # ... and was cleared for a log line: draw it again after that
        self._last = 0.0           # when the bar was last drawn
        self._quarter = 0          # plain: the last quarter printed

    def stage(self, text: str, total: int = 0, unit: str = "") -> None:
        self.finish()
        self.text, self.unit, self.total, self.done, self._quarter = text, unit, total, 0, 0
        if self.live:
            self._draw()
        else:
            self._line(f"{text} ({angka(total)} {unit})…" if total else f"{text}…")

    def count(self, total: int, unit: str) -> None:
        self.unit, self.total, self.done, self._quarter = unit, total, 0, 0
        if self.live:
            self._draw()

    def advance(self, n: int = 1) -> None:
        if not self.total:
            return
        self.done = min(self.done + n, self.total)
        if self.live:
            if self.done == self.total or time.monotonic() - self._last >= self.interval:
                self._draw()
        elif self.total >= QUARTERS_FROM:
            quarter = 4 * self.done // self.total
            if 0 < quarter < 4 and quarter > self._quarter:
                self._quarter = quarter
                self._line(f"{self.text}: {quarter * 25} % ({self._count()})")

    def clear(self) -> None:
        if self._drawn:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self._drawn, self._cleared = False, True

    def resume(self) -> None:
        if self._cleared:
            self._draw()

    def finish(self) -> None:
        if self._drawn or self._cleared:
            self._draw()
            self.stream.write("\n")
            self.stream.flush()
            self._drawn = False
        self.total, self._cleared = 0, False

    def _count(self) -> str:
        return f"{angka(self.done)} dari {angka(self.total)} {self.unit}"

    def _draw(self) -> None:
        if self.total:
            filled = self.width * self.done // self.total
            line = (f"{self.text} [{'#' * filled}{'.' * (self.width - filled)}] "
                    f"{100 * self.done // self.total:3d} % ({self._count()})")
        else:
            line = f"{self.text}…"
        self.stream.write(f"\r\x1b[K{PREFIX}{line}")
        self.stream.flush()
        self._drawn, self._cleared, self._last = True, False, time.monotonic()

    def _line(self, text: str) -> None:
        self.clear()
        self.stream.write(f"{PREFIX}{text}\n")
        self.stream.flush()


def is_live(stream: TextIO, environ=os.environ) -> bool:
    """A bar only for a person at a terminal: not in CI, not into a pipe or a file."""
    return not environ.get("CI") and hasattr(stream, "isatty") and stream.isatty()


def for_terminal(stream: TextIO | None = None) -> TerminalProgress:
    stream = stream if stream is not None else sys.stderr
    return TerminalProgress(stream, is_live(stream))


_current: Progress = Progress()


def current() -> Progress:
    """The reporter of the command that is running; one that shows nothing outside a command."""
    return _current


@contextlib.contextmanager
def reporting(progress: Progress) -> Iterator[Progress]:
    global _current
    previous, _current = _current, progress
    try:
        yield progress
    finally:
        progress.finish()
        _current = previous
