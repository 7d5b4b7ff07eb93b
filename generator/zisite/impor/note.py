"""One line of the import report. Every line that asks a person to look is made as a ``Note``
with ``unsure=True``, wherever it is decided, so the error catalogue finds each one in the code."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Note:
    """``where``: its place in the source file; ``unsure`` ones are listed under 'Perlu diperiksa'."""

    where: str
    message: str
    unsure: bool = False
