"""Waiting on what a child process says, with a deadline, instead of sleeping and looking again.

Servers the tests start (sshd, `zisite serve`) announce on their output when they are ready, or
why they stopped; ``Lines`` reads that output on a thread as it comes (so the pipe never fills),
and ``wait_for`` returns the moment a line matches, when the output ends, or at the deadline.
"""

from __future__ import annotations

import contextlib
import queue
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO

_END = object()


class Lines:
    def __init__(self, stream: IO[str], copy_to: Path | None = None):
        self.seen: list[str] = []  # every line read so far, for messages when something fails
        self._lines: queue.Queue = queue.Queue()
        self._ended = False
        threading.Thread(target=self._read, args=(stream, copy_to), daemon=True).start()

    def _read(self, stream: IO[str], copy_to: Path | None) -> None:
        with open(copy_to, "a", encoding="utf-8") if copy_to else contextlib.nullcontext() as copy:
            for line in stream:
                if copy:
                    copy.write(line)
                    copy.flush()
                self._lines.put(line.rstrip("\n"))
        self._lines.put(_END)

    def wait_for(self, predicate: Callable[[str], bool], timeout: float) -> str | None:
        """The next line for which ``predicate`` is true; None once the output has ended (the process
        closed it, usually by exiting) or ``timeout`` seconds have passed."""
        deadline = time.monotonic() + timeout
        while not self._ended:
            try:
                line = self._lines.get(timeout=max(deadline - time.monotonic(), 0))
            except queue.Empty:
                return None
            if line is _END:
                self._ended = True
                break
            self.seen.append(line)
            if predicate(line):
                return line
        return None

    @property
    def text(self) -> str:
        return "\n".join(self.seen)
