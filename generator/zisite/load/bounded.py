"""Read a file only if it is within its size limit, never more than the limit plus one byte.

``stat`` first refuses a large file without opening it; the capped read then covers a file that
grows between the two (or reports a wrong size), so a hostile commit cannot make the check hold a
huge file in memory.
"""

from __future__ import annotations

from pathlib import Path


def read_bounded(path: Path, limit: int) -> tuple[bytes | None, int]:
    """(the file's bytes, their count), or (None, the size seen) when it is over ``limit``."""
    size = path.stat().st_size
    if size > limit:
        return None, size
    with path.open("rb") as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        return None, len(data)
    return data, len(data)
