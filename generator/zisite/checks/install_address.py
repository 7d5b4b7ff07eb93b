"""``zisite.txt``: where an office repository installs zisite from (``zisite init`` writes it).

While it still holds the placeholder address, every CI run stops at its install step; saying so at
``zisite check`` lets staff fix it before the first push, not after a red pipeline.
"""

from __future__ import annotations

from pathlib import Path

from ..diagnostics import Diagnostic, Severity
from ..load.bounded import read_bounded

FILE = "zisite.txt"
PLACEHOLDER_HOST = ".invalid"


def check(root: Path) -> list[Diagnostic]:
    """A warning at the address line while it is the placeholder; nothing without the file."""
    path = Path(root) / FILE
    if not path.is_file() or path.is_symlink():
        return []
    raw, _size = read_bounded(path, 64 * 1024)
    if raw is None:
        return []
    for number, line in enumerate(raw.decode("utf-8", errors="replace").splitlines(), start=1):
        text = line.split("#", 1)[0].strip()
        if text and PLACEHOLDER_HOST in text:
            return [Diagnostic(FILE, number, line.index(text) + 1, Severity.WARNING,
                               "alamat pemasangan zisite masih alamat contoh; CI berhenti di langkah pemasangan "
                               "sampai alamat ini diganti",
                               hint="tanyakan alamat repositori zisite yang dipakai kantor Anda kepada pengelola, "
                                    "lalu tulis di baris ini, misalnya zisite @ git+https://github.com/PEMILIK/"
                                    "zisite.git@v0.2.0", code="install-placeholder")]
    return []
