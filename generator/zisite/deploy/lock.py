"""One deploy or rollback at a time per target: an exclusive, non-blocking ``flock``.

The kernel releases it when the process ends, so a killed deploy never leaves a stale lock.
"""

from __future__ import annotations

import fcntl
import os
from contextlib import contextmanager
from pathlib import Path

from .errors import DeployError


@contextmanager
def exclusive(path: Path, target: Path, *, create: bool = False):
    """Hold the lock on ``path`` (a lock file made if ``create``, or a folder) for ``target``."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT if create else os.O_RDONLY, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise DeployError(f"penerbitan lain ke {target} sedang berjalan; tunggu sampai selesai lalu ulangi") from None
        yield
    finally:
        os.close(fd)
